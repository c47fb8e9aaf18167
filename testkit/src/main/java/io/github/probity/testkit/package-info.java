/**
 * Test support for Probity users: a hand-written sample unit ({@link
 * io.github.probity.testkit.SampleUnit}), seeded, domain-aware generators of model values ({@link
 * io.github.probity.testkit.ModelGenerators}) and of whole, internally consistent ledgers ({@link
 * io.github.probity.testkit.LedgerGenerator}), usable from any test framework, and contract tests
 * for graders and rules written against the core API.
 *
 * <p>Everything here builds immutable core values; generators are seeded, so the same seed always
 * gives the same values. Nothing keeps mutable shared state; a {@code ModelGenerators} instance is
 * owned by one thread.
 */
@NullMarked
package io.github.probity.testkit;

import org.jspecify.annotations.NullMarked;
