/**
 * Early warning, supervision and disposition (预警、监督与处置): the plan's second half.
 *
 * <p>Information points (预警信息点) report {@link io.github.probity.warning.Signal}s; pluggable {@link
 * io.github.probity.warning.Indicator}s turn them into {@link io.github.probity.warning.Warning}s,
 * either as a batch ({@link io.github.probity.warning.Monitor#replay}) or live in a thread-safe
 * {@link io.github.probity.warning.Monitor} (网上实时动态监控). Each warning may open a {@link
 * io.github.probity.warning.DispositionCase} that follows one of three {@link
 * io.github.probity.warning.DispositionLadder}s with reply deadlines and escalates when a step is
 * overdue or a rectification fails. {@link io.github.probity.warning.Supervision} assigns each risk
 * point's supervisor and review cadence by level and turns overdue reviews into signals.
 * Thresholds, windows, cadences and deadlines are policy data in {@link
 * io.github.probity.warning.WarningPolicy}.
 *
 * <p>Values are immutable and thread-safe; time comes only from an injected {@link
 * java.time.Clock}. Nothing here is {@code null}: absent values are {@link java.util.Optional}.
 */
@NullMarked
@ProbityStyle
package io.github.probity.warning;

import io.github.probity.model.ProbityStyle;
import org.jspecify.annotations.NullMarked;
