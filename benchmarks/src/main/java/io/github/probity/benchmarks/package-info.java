/**
 * JMH benchmarks of Probity: the JSON documents (a million-point ledger written and read against
 * Jackson databind on plain records, and streamed in 128 MiB), grading (the standard grader against
 * a hand-coded loop, each built-in grader at a million points), validation (the standard rule set
 * at 100 000 and 1 000 000 risk points), the early-warning monitor, and the annex workbooks ({@link
 * io.github.probity.benchmarks.AnnexExcelBenchmark}: the writer and reader against FastExcel
 * (cn.idev) and raw fastexcel on the same 100k-row table). Not part of the published SDK; run with
 * {@code org.openjdk.jmh.Main}.
 *
 * <p>Inputs are built in setup, outside the measured code, and are immutable.
 */
@NullMarked
package io.github.probity.benchmarks;

import org.jspecify.annotations.NullMarked;
