/**
 * JMH benchmarks of Probity: the JSON documents (a million-point ledger written and read against
 * Jackson databind on plain records, and streamed in 128 MiB), grading (the standard grader against
 * a hand-coded loop, each built-in grader at a million points) and validation (the standard rule
 * set at 100 000 and 1 000 000 risk points). Not part of the published SDK; run with {@code
 * org.openjdk.jmh.Main}.
 *
 * <p>Inputs are built in setup, outside the measured code, and are immutable.
 */
@NullMarked
package io.github.probity.benchmarks;

import org.jspecify.annotations.NullMarked;
