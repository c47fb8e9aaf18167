/**
 * The standard annex workbooks (xlsx): {@link io.github.probity.excel.AnnexWriter} writes annexes
 * 1–3, the per-post archive and the ledger print-ready; {@link io.github.probity.excel.AnnexReader}
 * reads the tables real units fill in, with every problem located and none of their rows dropped.
 *
 * <p>Columns, headers and the ledger–row mapping come from {@link io.github.probity.annex}. Writing
 * and reading stream in bounded memory: {@link io.github.probity.excel.AnnexWriter#writeRows}
 * writes from rows made one at a time and {@link io.github.probity.excel.AnnexRowHandler} receives
 * rows as they are read, neither needing a whole ledger; reading refuses hostile files (zip bombs,
 * DOCTYPE, oversize sheets) with a typed {@link io.github.probity.excel.WorkbookRejectedException}
 * and changes no JVM-global setting. Legacy {@code .xls} files need the optional {@code
 * org.apache.poi:poi}.
 */
@NullMarked
@ProbityStyle
package io.github.probity.excel;

import io.github.probity.model.ProbityStyle;
import org.jspecify.annotations.NullMarked;
