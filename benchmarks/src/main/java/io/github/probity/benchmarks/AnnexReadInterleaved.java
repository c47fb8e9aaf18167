package io.github.probity.benchmarks;

import io.github.probity.annex.AnnexKind;
import io.github.probity.excel.AnnexWriter;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the same 100,000-point annex the read benchmarks of {@link AnnexExcelStreamingBenchmark}
 * read, with the same four readers, but interleaved in one JVM: each round runs every reader once
 * on every file, in turn, and takes the CPU time of the reading thread (all four read on the
 * calling thread) as well as the wall time. On a shared machine whose speed drifts over minutes,
 * separate JMH runs can differ by tens of percent; a ratio taken within each round, and its median
 * over the rounds, does not drift with it.
 *
 * <p>Two files of the same rows: {@code probity}, written by Probity (inline strings), and {@code
 * excel}, saved the way Excel saves it ({@link SharedStringsAnnex}: shared strings, every table
 * cell styled, owner cells merged). Ratios are reported per file.
 *
 * <p>Run, after {@code mvn -pl benchmarks -am package -DskipTests}: {@code java -Xmx64m -cp
 * "benchmarks/target/classes:benchmarks/target/lib/*"
 * io.github.probity.benchmarks.AnnexReadInterleaved [rounds] [rows]} (defaults 15 and 100,000). The
 * first three rounds warm up and are not counted. The shared-strings file is written first, by POI
 * in a JVM of its own (half a minute).
 */
public final class AnnexReadInterleaved {
  private static final int WARM_UP_ROUNDS = 3;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static long sink;

  private AnnexReadInterleaved() {}

  /** A reader under test. */
  private interface Read {
    void run(Path annex, int rows, Consumer<Object> sink) throws Exception;
  }

  /**
   * Runs the rounds and prints, per file and reader, the median CPU and wall time, and per other
   * reader the median of its per-round CPU-time ratio to Probity's on that file.
   *
   * @param args rounds and rows, both optional
   * @throws Exception if a reader fails
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    Map<String, Read> readers = new LinkedHashMap<>();
    readers.put("probity", (f, n, s) -> AnnexReads.probity(f, n, s));
    readers.put("rawFastexcel", (f, n, s) -> AnnexReads.rawFastexcel(f, s));
    readers.put("idevFastExcel", (f, n, s) -> AnnexReads.idevFastExcel(f, s));
    readers.put("rawStax", (f, n, s) -> AnnexReads.rawStax(f, s));
    Map<String, Path> files = new LinkedHashMap<>();
    try {
      Path written = Files.createTempFile("annex-interleaved", ".xlsx");
      files.put("probity", written);
      try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(written), 1 << 16)) {
        AnnexWriter.standard()
            .writeRows("示例区财政局", AnnexKind.PERSONAL, AnnexRowSource.rows(rows), o);
      }
      Path excel = Files.createTempFile("annex-interleaved-sst", ".xlsx");
      files.put("excel", excel);
      SharedStringsAnnex.create(rows, excel);
      Map<String, Map<String, List<long[]>>> times = new LinkedHashMap<>();
      for (int round = 0; round < WARM_UP_ROUNDS + rounds; round++) {
        for (Map.Entry<String, Path> f : files.entrySet()) {
          for (Map.Entry<String, Read> r : readers.entrySet()) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            r.getValue().run(f.getValue(), rows, o -> sink++);
            long[] t = {THREADS.getCurrentThreadCpuTime() - cpu, System.nanoTime() - wall};
            if (round >= WARM_UP_ROUNDS) {
              times
                  .computeIfAbsent(f.getKey(), k -> new LinkedHashMap<>())
                  .computeIfAbsent(r.getKey(), k -> new ArrayList<>())
                  .add(t);
            }
          }
        }
      }
      for (Map.Entry<String, Path> f : files.entrySet()) {
        System.out.println("file " + f.getKey() + " (" + Files.size(f.getValue()) + " bytes)");
        print(times.getOrDefault(f.getKey(), Map.of()));
      }
      System.out.println("(" + sink + " objects handed over)");
    } finally {
      for (Path f : files.values()) {
        Files.deleteIfExists(f);
      }
    }
  }

  private static void print(Map<String, List<long[]>> times) {
    List<long[]> probity = times.getOrDefault("probity", List.of());
    times.forEach(
        (name, t) -> {
          double[] ratios = new double[t.size()];
          for (int i = 0; i < t.size(); i++) {
            ratios[i] = (double) probity.get(i)[0] / t.get(i)[0];
          }
          System.out.printf(
              Locale.ROOT,
              "%-14s cpu %6.0f ms  wall %6.0f ms  probity/this (cpu, median of rounds) %.2f%n",
              name,
              median(t, 0) / 1e6,
              median(t, 1) / 1e6,
              median(ratios));
        });
    System.out.println("(" + probity.size() + " rounds)");
  }

  private static double median(List<long[]> t, int index) {
    double[] v = t.stream().mapToDouble(x -> x[index]).toArray();
    return median(v);
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
