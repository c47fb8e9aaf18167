/**
 * Test support for Probity users: the hand-written sample unit 示例区财政局 ({@link
 * io.github.probity.testkit.SampleUnit}), seeded, domain-aware generators of model values ({@link
 * io.github.probity.testkit.ModelGenerators}) and of whole, internally consistent ledgers ({@link
 * io.github.probity.testkit.LedgerGenerator}), usable from any test framework, and contract tests
 * for graders and rules written against the core API.
 *
 * <p>Everything here builds immutable core values; generated values come from a seed, and the same
 * seed always gives the same values. Generators keep no shared mutable state; a {@code
 * ModelGenerators} instance is owned by one thread.
 */
@NullMarked
package io.github.probity.testkit;

import org.jspecify.annotations.NullMarked;
