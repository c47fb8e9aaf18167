/**
 * The standard annex tables as format-neutral data: the table kinds (附件1 领导班子, 附件2 科室, 附件3 个人, 附件4
 * 实施计划, the per-post archive 一岗一档 and the whole ledger 台账), their canonical columns with the header
 * synonyms real units print, the cell text conventions (numbered lists, level labels), and the
 * mapping between a {@link io.github.probity.model.Ledger} and table rows in both directions; annex
 * 4 maps an {@link io.github.probity.plan.ImplementationPlan} through {@link
 * io.github.probity.annex.PlanTables}.
 *
 * <p>Format modules (Excel, JSON) take columns, headers and rows from here and never re-derive
 * them. Everything here is immutable or stateless and thread-safe.
 */
@NullMarked
@ProbityStyle
package io.github.probity.annex;

import io.github.probity.model.ProbityStyle;
import org.jspecify.annotations.NullMarked;
