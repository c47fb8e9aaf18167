/**
 * Grading of risk points (评定风险等级): the pluggable {@link io.github.probity.grading.RiskGrader}, its
 * policies as versioned data ({@link io.github.probity.grading.GradingPolicy}), the {@link
 * io.github.probity.grading.Grade} it produces with a bilingual explanation, five built-in methods,
 * override rules, re-grading of a ledger under a new policy and derivation of who supervises each
 * point.
 *
 * <p>The leadership meeting's decision on a level ({@link io.github.probity.model.LevelDecision})
 * and the residual level are recorded facts and live in the model; this package holds the
 * algorithms over them. Every public value is immutable and thread-safe; every built-in grader is
 * deterministic, thread-safe and does no I/O.
 */
@NullMarked
@io.github.probity.model.ProbityStyle
package io.github.probity.grading;

import org.jspecify.annotations.NullMarked;
