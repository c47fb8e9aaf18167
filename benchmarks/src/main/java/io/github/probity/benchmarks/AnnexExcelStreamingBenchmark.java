package io.github.probity.benchmarks;

import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.write.metadata.WriteSheet;
import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexRow;
import io.github.probity.excel.AnnexReadSummary;
import io.github.probity.excel.AnnexReader;
import io.github.probity.excel.AnnexRowHandler;
import io.github.probity.excel.AnnexWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;
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
 * Annex 3 (个人) with {@code rows} risk points, streamed in a JVM with a 64 MiB heap, three ways on
 * the same input and the same cells: each writer takes the same lazily made {@link AnnexRow}s (see
 * {@link AnnexRowSource}) and writes the texts Probity prints; each reader reads the same file of
 * those rows, in two flavours ({@code file}): written by Probity ({@code probity}: inline strings)
 * and saved the way Excel saves it ({@code excel}: shared strings, every table cell styled, owner
 * cells merged; written by POI in a JVM of its own, see {@link SharedStringsAnnex}).
 *
 * <ul>
 *   <li>Probity: {@link AnnexWriter#writeRows} (title, merged owner cells, styles, row heights,
 *       drop-downs, print setup) and {@link AnnexReader#read(Path, AnnexRowHandler)} (zip and XML
 *       guard, header search, merges, rows with their problems).
 *   <li>Raw dhatim fastexcel / fastexcel-reader: inline strings without any layout; reading touches
 *       every cell's text. The floor for these libraries (fastexcel-reader is the fastest xlsx
 *       reader measured; it has no merged ranges and no size limits).
 *   <li>Raw StAX: the Aalto parser Probity reads with, over the sheet part alone, taking the text
 *       of every {@code t} and {@code v} element: what parsing the XML costs, without a guard,
 *       merged ranges, header search or rows (nor, in the {@code excel} file, the shared strings:
 *       it takes their indices).
 *   <li>FastExcel (cn.idev): rows of texts in batches of 1,000; reading gives every row as a map.
 * </ul>
 *
 * <p>Probity's writer makes a reproducible package that the JDK's {@code ZipInputStream} reads:
 * fastexcel stores its parts uncompressed and its zip stream is taken apart as it is written, each
 * part deflated once at level 3 with merged ranges in sheet order. Against fastexcel's own zip
 * (level 3, not reproducible) that costs about a sixth more CPU time for this table; the figures of
 * the last run and how they were taken are in {@code benchmarks/README.md}.
 *
 * <p>Run: {@code mvn -pl benchmarks -am package -DskipTests} then {@code java -cp
 * "benchmarks/target/classes:benchmarks/target/lib/*" org.openjdk.jmh.Main AnnexExcel -f 1 -wi 2 -i
 * 3} (add {@code -p file=excel} for one flavour); compare ratios within one run, or better, run
 * {@link AnnexReadInterleaved}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx64m"})
@State(Scope.Benchmark)
public class AnnexExcelStreamingBenchmark {
  private static final String UNIT = "示例区财政局";
  private static final String SHEET = "附件3 个人";

  /** Number of risk points. */
  @Param({"100000"})
  public int rows;

  private final List<AnnexColumn> columns = AnnexKind.PERSONAL.columns();
  private Path written = Path.of("bench-stream-write.xlsx");

  /** The file the read benchmarks read, in the flavour asked for; made once per trial. */
  @State(Scope.Benchmark)
  public static class ReadFile {
    /**
     * {@code probity}: written by Probity's streaming writer; {@code excel}: shared strings, as
     * Excel saves it.
     */
    @Param({"probity", "excel"})
    public String file = "probity";

    private Path annex = Path.of("bench-stream-read.xlsx");

    /**
     * Writes the file, with {@code rows} rows.
     *
     * @param bench the benchmark's state, for the number of rows
     * @throws IOException if writing fails
     */
    @Setup(Level.Trial)
    public void setUp(AnnexExcelStreamingBenchmark bench) throws IOException {
      annex = Files.createTempFile("bench-stream-read-" + file, ".xlsx");
      if ("excel".equals(file)) {
        SharedStringsAnnex.create(bench.rows, annex);
      } else {
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(annex), 1 << 16)) {
          AnnexWriter.standard()
              .writeRows(UNIT, AnnexKind.PERSONAL, AnnexRowSource.rows(bench.rows), o);
        }
      }
    }

    /**
     * Removes the file.
     *
     * @throws IOException if it cannot be removed
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      Files.deleteIfExists(annex);
    }
  }

  /**
   * Makes the file to write to.
   *
   * @throws IOException if it cannot be made
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    written = Files.createTempFile("bench-stream-write", ".xlsx");
  }

  /**
   * Removes the file written.
   *
   * @throws IOException if it cannot be removed
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(written);
  }

  /**
   * Probity's print-ready table from a row source.
   *
   * @return the rows written
   * @throws IOException if writing fails
   */
  @Benchmark
  public long writeProbity() throws IOException {
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(written), 1 << 16)) {
      return AnnexWriter.standard()
          .writeRows(UNIT, AnnexKind.PERSONAL, AnnexRowSource.rows(rows), o);
    }
  }

  /**
   * Raw fastexcel, the same cells as inline strings, no layout.
   *
   * @throws IOException if writing fails
   */
  @Benchmark
  public void writeRawFastexcel() throws IOException {
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(written), 1 << 16)) {
      Workbook wb = new Workbook(o, "Bench", "1.0");
      Worksheet ws = wb.newWorksheet(SHEET);
      for (int c = 0; c < columns.size(); c++) {
        ws.inlineString(0, c, columns.get(c).displayName());
      }
      Iterator<AnnexRow> source = AnnexRowSource.rows(rows);
      int r = 1;
      while (source.hasNext()) {
        String[] row = AnnexRowSource.cells(source.next(), columns, r);
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

  /** FastExcel (cn.idev), the same cells in batches of 1,000 rows. */
  @Benchmark
  public void writeIdevFastExcel() {
    List<List<String>> head =
        columns.stream().map(c -> List.of(c.displayName())).collect(Collectors.toList());
    try (ExcelWriter w = FastExcel.write(written.toFile()).head(head).build()) {
      WriteSheet sheet = FastExcel.writerSheet(SHEET).build();
      List<List<String>> batch = new ArrayList<>(1000);
      Iterator<AnnexRow> source = AnnexRowSource.rows(rows);
      int r = 1;
      while (source.hasNext()) {
        batch.add(List.of(AnnexRowSource.cells(source.next(), columns, r++)));
        if (batch.size() == 1000) {
          w.write(batch, sheet);
          batch.clear();
        }
      }
      w.write(batch, sheet);
    }
  }

  /**
   * Probity's reader with a row handler: every row with its location, every problem.
   *
   * @param f the file
   * @param bh the sink
   * @return the summary
   * @throws IOException if reading fails
   */
  @Benchmark
  public AnnexReadSummary readProbity(ReadFile f, Blackhole bh) throws IOException {
    return AnnexReads.probity(f.annex, rows, bh::consume);
  }

  /**
   * Raw fastexcel-reader touching every cell's text.
   *
   * @param f the file
   * @param bh the sink
   * @throws IOException if reading fails
   */
  @Benchmark
  public void readRawFastexcel(ReadFile f, Blackhole bh) throws IOException {
    AnnexReads.rawFastexcel(f.annex, bh::consume);
  }

  /**
   * The bare StAX parse of the sheet part: every cell text, nothing else.
   *
   * @param f the file
   * @param bh the sink
   * @throws IOException if reading fails
   * @throws XMLStreamException if the part is not XML
   */
  @Benchmark
  public void readRawStax(ReadFile f, Blackhole bh) throws IOException, XMLStreamException {
    AnnexReads.rawStax(f.annex, bh::consume);
  }

  /**
   * FastExcel (cn.idev) reading every row as a map of cell texts.
   *
   * @param f the file
   * @param bh the sink
   */
  @Benchmark
  public void readIdevFastExcel(ReadFile f, Blackhole bh) {
    AnnexReads.idevFastExcel(f.annex, bh::consume);
  }
}
