/**
 * The disposition ladders' paperwork (处置文书) as print-ready Word documents (.docx).
 *
 * <p>{@link io.github.probity.docx.DispositionPaperWriter} drafts each {@link
 * io.github.probity.docx.DispositionPaper} from a disposition case — the prevention notice for
 * tendency signs, the disposition notice, the reminder, inquiry and warning cards, the reminder and
 * admonition talk records, the self-analysis with its integrity pledge, the order to rectify and
 * the rectification report — as a {@link io.github.probity.docx.Paper} (number, addressee, facts,
 * requirements, deadline, issuing body and date) and lays it out in the plain official style of
 * GB/T 9704 without the red letterhead: A4, margins 3.7 cm top, 3.5 cm bottom, 2.8 cm left and 2.6
 * cm right, title in 方正小标宋简体 二号, body in 仿宋_GB2312 三号, headings in 黑体, page numbers in 宋体 四号; the
 * document's font table names a fallback for each (华文中宋, 仿宋, SimHei, SimSun) for machines without
 * the official fonts. Numbers come from the caller ({@link io.github.probity.docx.DocumentNumber})
 * or a thread-safe sequence ({@link io.github.probity.docx.DocumentNumbering}) and print as {@code
 * 示财纪〔2026〕3号}.
 *
 * <p>Deadlines are counted in working days of core's {@link
 * io.github.probity.review.WorkingCalendar} by default (the day of issue not counted); a writer
 * built with {@code calendarDays()} prints the case's own calendar-day deadline instead.
 *
 * <pre>{@code
 * DispositionPaperWriter writer =
 *     DispositionPaperWriter.builder()
 *         .clock(clock) // created/modified times: equal inputs give equal bytes
 *         .issuer("示例区财政局纪检组")
 *         .build();
 * DocumentNumbering numbers = DocumentNumbering.of("示财纪", 2026, 1);
 * for (DispositionCase c : caseBook.cases()) {
 *   writer.writeAll(ledger, c, numbers, Path.of("papers")); // 示财纪〔2026〕1号-处置通知书-张三.docx, …
 * }
 * }</pre>
 *
 * <p>Apache POI's XWPF builds the documents: it is the maintained Java model of WordprocessingML
 * that Word, WPS and LibreOffice open without complaint, it is already the project's reference for
 * xlsx in tests, and it reads documents back, which the tests use to check every paper's text.
 */
@NullMarked
package io.github.probity.docx;

import org.jspecify.annotations.NullMarked;
