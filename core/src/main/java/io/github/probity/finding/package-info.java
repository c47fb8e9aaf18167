/**
 * What Probity says when something is wrong, whoever found it: a validation rule, a workbook or
 * JSON reader, the plan or the ledger's own integrity checks.
 *
 * <p>Every such statement is one {@link io.github.probity.finding.Finding}: a {@link
 * io.github.probity.finding.FindingCode} that is stable between releases, a {@link
 * io.github.probity.finding.Severity}, a {@link io.github.probity.finding.Location} in the input's
 * own terms (a model path, a workbook cell, a JSON pointer, a plan field) and arguments that render
 * in Chinese and English from resource bundles. Input that cannot be accepted at all is refused
 * with an {@link io.github.probity.finding.InputRejectedException} carrying its findings.
 *
 * <p>Everything here is immutable and thread-safe.
 */
@NullMarked
@ProbityStyle
package io.github.probity.finding;

import io.github.probity.model.ProbityStyle;
import org.jspecify.annotations.NullMarked;
