/**
 * Ledgers, their revisions and post archives in a relational database, on plain JDBC: no ORM, so it
 * sits beside MyBatis, JPA or jOOQ in the same host.
 *
 * <p>{@link io.github.probity.store.jdbc.ProbityStore} is the entry point: it runs the versioned
 * migrations (Flyway, schema history in {@code probity_schema_history}) for PostgreSQL, MySQL 8,
 * MariaDB or H2 and hands out the {@link io.github.probity.store.jdbc.LedgerStore} — each save a
 * new revision of a unit's ledger for a year, with its {@link io.github.probity.archive.LedgerDiff}
 * against the previous one, guarded by optimistic concurrency — and the {@link
 * io.github.probity.store.jdbc.ArchiveStore}, whose revisions per post and year are append-only,
 * form a hash chain verified on every read and export their head hash. The tables are documented in
 * {@code docs/store.md}. Stores are thread-safe; each call takes its own connection from the host's
 * {@link javax.sql.DataSource}.
 */
@NullMarked
@ProbityStyle
package io.github.probity.store.jdbc;

import io.github.probity.model.ProbityStyle;
import org.jspecify.annotations.NullMarked;
