/**
 * JMH benchmarks of Probity's grading: the standard grader against a hand-coded loop, each built-in
 * grader at a million points. Not part of the published SDK.
 */
@NullMarked
package io.github.probity.benchmarks;

import org.jspecify.annotations.NullMarked;
