/**
 * One archive per post (一岗一档), its revision history as a hash chain, ledger differences, events for
 * host applications, and the ledger's disclosure view (党务公开/政务公开) with redaction.
 *
 * <p>An {@link io.github.probity.archive.Archive} is built from a ledger and the measures' review
 * records; an {@link io.github.probity.archive.ArchiveHistory} keeps its revisions, each sealed
 * with SHA-256 over the previous revision's hash and the {@link
 * io.github.probity.archive.CanonicalForm} of its content, so that {@code verify()} finds the first
 * altered revision. {@link io.github.probity.archive.LedgerDiff} compares two ledgers field by
 * field; {@link io.github.probity.archive.LedgerEvents} turns changes into events for listeners;
 * {@link io.github.probity.archive.DisclosureView} is what may be published. Values are immutable
 * and thread-safe; time comes only from an injected {@link java.time.Clock}.
 */
@NullMarked
@ProbityStyle
package io.github.probity.archive;

import io.github.probity.model.ProbityStyle;
import org.jspecify.annotations.NullMarked;
