/**
 * The implementation plan (实施计划, 附件4): the phases of building the mechanism with their date ranges,
 * tasks and responsible departments and people, a ready template that follows the reference plan,
 * and the plan's progress measured on a ledger against an injected {@link java.time.Clock}.
 *
 * <p>{@link io.github.probity.plan.ImplementationPlan#template(String, int)} gives the four phases
 * of the reference plan for a year; {@link io.github.probity.plan.PlanProgress#measure} measures a
 * ledger (and, optionally, the measures' review records and the posts' archives) and tells which
 * phases are done, running or overdue. Values are immutable and thread-safe.
 */
@NullMarked
@ProbityStyle
package io.github.probity.plan;

import io.github.probity.model.ProbityStyle;
import org.jspecify.annotations.NullMarked;
