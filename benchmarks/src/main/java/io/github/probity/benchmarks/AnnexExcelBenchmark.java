package io.github.probity.benchmarks;

import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.write.metadata.WriteSheet;
import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexTables;
import io.github.probity.excel.AnnexReadResult;
import io.github.probity.excel.AnnexReader;
import io.github.probity.excel.AnnexWriter;
import io.github.probity.model.Ledger;
import io.github.probity.model.LevelLabelStyle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Writes and reads annex 3 (个人) of a ledger with {@code rows} risk points, three ways: Probity
 * (print-ready layout, merges, validations; reading builds rows, problems and the ledger), raw
 * fastexcel on the same cells (no layout; reading only touches cell texts), and FastExcel (cn.idev)
 * on the same cells. Single-shot times in a 512 MiB heap: the 100k-point ledger itself takes about
 * 90 MB of heap, so the heap is sized for the data; the libraries' own working memory is what
 * differs. {@link AnnexExcelStreamingBenchmark} measures the streaming paths in 64 MiB.
 *
 * <p>Run: {@code mvn -pl benchmarks -am package -DskipTests} then {@code java -cp
 * "benchmarks/target/classes:benchmarks/target/lib/*" org.openjdk.jmh.Main AnnexExcel}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx512m"})
public class AnnexExcelBenchmark {

  /** The ledger and the same table as plain cells. */
  @State(Scope.Benchmark)
  public static class WriteState {
    /** Number of risk points. */
    @Param({"100000"})
    public int rows;

    Ledger ledger = BenchLedgers.posts(0);
    List<AnnexColumn> columns = AnnexKind.PERSONAL.columns();
    List<String[]> cells = new ArrayList<>();
    Path out = Path.of("bench-write.xlsx");

    /**
     * Builds the ledger and its cells.
     *
     * @throws IOException if the temporary file cannot be made
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
      ledger = BenchLedgers.posts(rows);
      columns = AnnexKind.PERSONAL.columns();
      cells = new ArrayList<>(rows);
      int seq = 0;
      for (var row : AnnexTables.rows(ledger, AnnexKind.PERSONAL)) {
        String[] r = new String[columns.size()];
        for (int c = 0; c < r.length; c++) {
          r[c] =
              columns.get(c) == AnnexColumn.SEQUENCE
                  ? String.valueOf(++seq)
                  : AnnexTables.cell(row, columns.get(c), LevelLabelStyle.HIGH_GENERAL_LOW);
        }
        cells.add(r);
      }
      out = Files.createTempFile("bench-write", ".xlsx");
    }

    /**
     * Removes the output file.
     *
     * @throws IOException if it cannot be removed
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      Files.deleteIfExists(out);
    }
  }

  /** A written annex file to read. */
  @State(Scope.Benchmark)
  public static class ReadState {
    /** Number of risk points. */
    @Param({"100000"})
    public int rows;

    Path file = Path.of("bench-read.xlsx");

    /**
     * Writes the file once.
     *
     * @throws IOException if writing fails
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
      file = Files.createTempFile("bench-read", ".xlsx");
      Ledger ledger = BenchLedgers.posts(rows);
      try (OutputStream o = Files.newOutputStream(file)) {
        AnnexWriter.standard().write(ledger, AnnexKind.PERSONAL, o);
      }
    }

    /**
     * Removes the file.
     *
     * @throws IOException if it cannot be removed
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      Files.deleteIfExists(file);
    }
  }

  /**
   * Probity's print-ready annex writer.
   *
   * @param s the state
   * @throws IOException if writing fails
   */
  @Benchmark
  public void writeProbity(WriteState s) throws IOException {
    try (OutputStream o = Files.newOutputStream(s.out)) {
      AnnexWriter.standard().write(s.ledger, AnnexKind.PERSONAL, o);
    }
  }

  /**
   * Raw fastexcel, inline strings, no styles: the floor.
   *
   * @param s the state
   * @throws IOException if writing fails
   */
  @Benchmark
  public void writeRawFastexcel(WriteState s) throws IOException {
    try (OutputStream o = Files.newOutputStream(s.out)) {
      Workbook wb = new Workbook(o, "Bench", "1.0");
      Worksheet ws = wb.newWorksheet("附件3 个人");
      for (int c = 0; c < s.columns.size(); c++) {
        ws.inlineString(0, c, s.columns.get(c).displayName());
      }
      int r = 1;
      for (String[] row : s.cells) {
        for (int c = 0; c < row.length; c++) {
          ws.inlineString(r, c, row[c]);
        }
        if (++r % 256 == 0) {
          ws.flush();
        }
      }
      wb.finish();
    }
  }

  /**
   * FastExcel (cn.idev) writing the same cells in batches.
   *
   * @param s the state
   */
  @Benchmark
  public void writeIdevFastExcel(WriteState s) {
    List<List<String>> head =
        s.columns.stream().map(c -> List.of(c.displayName())).collect(Collectors.toList());
    try (ExcelWriter w = FastExcel.write(s.out.toFile()).head(head).build()) {
      WriteSheet sheet = FastExcel.writerSheet("附件3 个人").build();
      List<List<String>> batch = new ArrayList<>(5000);
      for (String[] row : s.cells) {
        batch.add(List.of(row));
        if (batch.size() == 5000) {
          w.write(batch, sheet);
          batch.clear();
        }
      }
      w.write(batch, sheet);
    }
  }

  /**
   * Probity's reader: guard, merges, header, rows, problems and the ledger.
   *
   * @param s the state
   * @return the result
   * @throws IOException if reading fails
   */
  @Benchmark
  public AnnexReadResult readProbity(ReadState s) throws IOException {
    return AnnexReader.lenient().read(s.file);
  }

  /**
   * Raw fastexcel-reader touching every cell's text.
   *
   * @param s the state
   * @param bh the sink
   * @throws IOException if reading fails
   */
  @Benchmark
  public void readRawFastexcel(ReadState s, Blackhole bh) throws IOException {
    AnnexReads.rawFastexcel(s.file, bh::consume);
  }

  /**
   * FastExcel (cn.idev) reading every row as a map of cell texts.
   *
   * @param s the state
   * @param bh the sink
   */
  @Benchmark
  public void readIdevFastExcel(ReadState s, Blackhole bh) {
    AnnexReads.idevFastExcel(s.file, bh::consume);
  }
}
