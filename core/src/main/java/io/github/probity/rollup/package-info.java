/**
 * A commission's roll-up (汇总): the ledgers, implementation plans and disposition cases of many
 * units seen together — risk points by unit, level and category, each unit's plan phase and days
 * overdue, overdue measures and open cases by age, units whose annexes or points are missing.
 *
 * <p>{@link io.github.probity.rollup.Rollup} is the streaming accumulator: units are added one at a
 * time and only a small {@link io.github.probity.rollup.UnitSummary} of each is kept, so thousands
 * of units roll up in bounded memory. {@link io.github.probity.rollup.RollupResult} is the
 * immutable outcome; dates are taken in the commission's time zone from an injected {@link
 * java.time.Clock}. Files that could not be read are carried as {@link
 * io.github.probity.rollup.SourceFinding}s, so that nothing is dropped silently.
 */
@NullMarked
@ProbityStyle
package io.github.probity.rollup;

import io.github.probity.model.ProbityStyle;
import org.jspecify.annotations.NullMarked;
