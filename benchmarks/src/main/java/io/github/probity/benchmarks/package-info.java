/**
 * JMH benchmarks of Probity: grading (the standard grader against a hand-coded loop, each built-in
 * grader at a million points), validation (the standard rule set at 100 000 and 1 000 000 risk
 * points) and the annex workbooks ({@link io.github.probity.benchmarks.AnnexExcelBenchmark}: the
 * writer and reader against FastExcel (cn.idev) and raw fastexcel on the same 100k-row table). Not
 * part of the published SDK; run with {@code org.openjdk.jmh.Main}.
 *
 * <p>Inputs are built in setup, outside the measured code, and are immutable.
 */
@NullMarked
package io.github.probity.benchmarks;

import org.jspecify.annotations.NullMarked;
