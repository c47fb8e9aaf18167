/**
 * JMH benchmarks. {@link io.github.probity.benchmarks.AnnexExcelBenchmark} compares Probity's annex
 * writer and reader with FastExcel (cn.idev) and with raw fastexcel on the same 100k-row table.
 */
@NullMarked
package io.github.probity.benchmarks;

import org.jspecify.annotations.NullMarked;
