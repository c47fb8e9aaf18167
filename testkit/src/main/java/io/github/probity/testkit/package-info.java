/**
 * Test support for Probity users: a hand-written sample unit ({@link
 * io.github.probity.testkit.SampleUnit}), seeded generators of domain values and contract tests for
 * graders and rules written against the core API.
 *
 * <p>Everything here builds immutable core values; nothing keeps mutable shared state.
 */
@NullMarked
package io.github.probity.testkit;

import org.jspecify.annotations.NullMarked;
