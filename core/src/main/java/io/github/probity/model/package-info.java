/**
 * The integrity-risk domain as immutable values: the unit, its leadership group, departments, posts
 * and people, their powers (职权事项), risk points (廉政风险点) and prevention measures (防控措施), and the
 * {@link io.github.probity.model.Ledger} (台账) that holds one unit's register.
 *
 * <p>Every value is immutable and thread-safe, built with a builder ({@code RiskPoint.builder()}),
 * and never contains {@code null}: absent values are {@link java.util.Optional}. Entities refer to
 * each other by stable ids; the ledger resolves them and rejects duplicates and dangling references
 * when it is built. Enums carry a stable machine {@code code()} and a Chinese {@code
 * displayName()}.
 *
 * <p>This package depends on no other Probity package but core's internal helpers.
 */
@NullMarked
@ProbityStyle
package io.github.probity.model;

import org.jspecify.annotations.NullMarked;
