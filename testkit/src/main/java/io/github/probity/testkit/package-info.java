/**
 * Test support for Probity users: seeded, domain-aware generators of model values ({@link
 * io.github.probity.testkit.ModelGenerators}) and of whole, internally consistent ledgers ({@link
 * io.github.probity.testkit.LedgerGenerator}), usable from any test framework.
 *
 * <p>Everything here builds immutable core values from a seed: the same seed always gives the same
 * values. Generators keep no shared mutable state; a {@code ModelGenerators} instance is owned by
 * one thread.
 */
@NullMarked
package io.github.probity.testkit;

import org.jspecify.annotations.NullMarked;
