package io.github.probity.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the same 100,000-point annex the write benchmarks of {@link AnnexExcelStreamingBenchmark}
 * write, with the same three writers, but interleaved in one JVM: each round runs every writer
 * once, in turn, and takes the CPU time of the writing thread as well as the wall time, so that a
 * ratio taken within each round, and its median over the rounds, does not drift with a shared
 * machine's load as separate JMH runs do.
 *
 * <p>Run, after {@code mvn -pl benchmarks -am package -DskipTests}: {@code java -Xmx64m -cp
 * "benchmarks/target/classes:benchmarks/target/lib/*"
 * io.github.probity.benchmarks.AnnexWriteInterleaved [rounds] [rows]} (defaults 8 and 100,000). The
 * first round warms up and is not counted.
 */
public final class AnnexWriteInterleaved {
  private static final int WARM_UP_ROUNDS = 1;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private AnnexWriteInterleaved() {}

  /** A writer under test. */
  private interface Write {
    void run() throws IOException;
  }

  /**
   * Runs the rounds and prints, per writer, the median CPU and wall time and the median of
   * Probity's per-round CPU-time and wall-time ratios to it.
   *
   * @param args rounds and rows, both optional
   * @throws IOException if a writer fails
   */
  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    AnnexExcelStreamingBenchmark bench = new AnnexExcelStreamingBenchmark();
    bench.rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    Map<String, Write> writers = new LinkedHashMap<>();
    writers.put("probity", bench::writeProbity);
    writers.put("rawFastexcel", bench::writeRawFastexcel);
    writers.put("idevFastExcel", bench::writeIdevFastExcel);
    bench.setUp();
    try {
      Map<String, List<long[]>> times = new LinkedHashMap<>();
      for (int round = 0; round < WARM_UP_ROUNDS + rounds; round++) {
        for (Map.Entry<String, Write> w : writers.entrySet()) {
          long cpu = THREADS.getCurrentThreadCpuTime();
          long wall = System.nanoTime();
          w.getValue().run();
          long[] t = {THREADS.getCurrentThreadCpuTime() - cpu, System.nanoTime() - wall};
          if (round >= WARM_UP_ROUNDS) {
            times.computeIfAbsent(w.getKey(), k -> new ArrayList<>()).add(t);
          }
        }
      }
      List<long[]> probity = times.getOrDefault("probity", List.of());
      times.forEach(
          (name, t) -> {
            double[] cpu = new double[t.size()];
            double[] wall = new double[t.size()];
            for (int i = 0; i < t.size(); i++) {
              cpu[i] = (double) probity.get(i)[0] / t.get(i)[0];
              wall[i] = (double) probity.get(i)[1] / t.get(i)[1];
            }
            System.out.printf(
                Locale.ROOT,
                "%-14s cpu %6.0f ms  wall %6.0f ms  probity/this (median of rounds) cpu %.2f"
                    + " wall %.2f%n",
                name,
                median(t, 0) / 1e6,
                median(t, 1) / 1e6,
                median(cpu),
                median(wall));
          });
    } finally {
      bench.tearDown();
    }
  }

  private static double median(List<long[]> t, int index) {
    return median(t.stream().mapToDouble(x -> x[index]).toArray());
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
