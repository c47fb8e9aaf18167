package io.github.probity.excel;

import io.github.probity.annex.AnnexText;
import io.github.probity.finding.Finding;
import io.github.probity.finding.Severity;
import io.github.probity.warning.CaseState;
import io.github.probity.warning.DispositionMeasure;
import io.github.probity.warning.WarningLevel;
import io.github.probity.warning.WarningStage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a warnings-and-dispositions ledger (预警处置台账) back: the sheet {@link WarningLedgerWriter}
 * writes, or one laid out like it — any sheet whose header (within the first 30 rows) names 预警编号
 * and 预警等级; columns are found by header text, with common synonyms (编号, 等级, 状态, 处置措施, 期限 …), in any
 * order.
 *
 * <p>Every row under the header is read or reported: a row without a warning id is dropped with
 * {@link ProblemCode#MISSING_WARNING_ID}; a level, stage, state, step or time it cannot recognise
 * is read as empty with {@link ProblemCode#UNREADABLE_CELL}, located by cell, header and raw value;
 * note rows (备注 …) are skipped with {@link ProblemCode#NOTE_ROW_SKIPPED}. Lenient by default; in
 * strict mode the first {@link Severity#ERROR} stops reading with a {@link
 * WorkbookRejectedException}. Files are checked against the {@link ReadLimits} and refused if
 * hostile, as by {@link AnnexReader}; only xlsx is read.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class WarningLedgerReader {
  private static final int HEADER_SEARCH_ROWS = 30;
  private static final Pattern NOTE =
      Pattern.compile("^(备\\s*注|注\\s*[：:]|说\\s*明|填表人|审核人|制表人).*", Pattern.DOTALL);
  private static final List<DateTimeFormatter> TIMES =
      List.of(
          WarningLedgerWriter.timeFormat(),
          DateTimeFormatter.ofPattern("yyyy-M-d H:mm"),
          DateTimeFormatter.ofPattern("yyyy/M/d H:mm"),
          DateTimeFormatter.ISO_LOCAL_DATE_TIME);

  /** The columns, by the writer's header text, with synonyms. */
  private static final Map<String, List<String>> SYNONYMS =
      Map.ofEntries(
          Map.entry("预警编号", List.of("编号", "预警号")),
          Map.entry("预警等级", List.of("等级", "预警级别", "级别")),
          Map.entry("预警阶段", List.of("阶段")),
          Map.entry("预警对象", List.of("对象", "涉及对象", "预警对象（人员/岗位）")),
          Map.entry("廉政风险点", List.of("风险点", "相关风险点", "廉洁风险点")),
          Map.entry("预警指标", List.of("指标", "预警类型", "预警类别")),
          Map.entry("预警时间", List.of("时间", "发生时间")),
          Map.entry("预警原因", List.of("原因", "预警内容", "预警事由")),
          Map.entry("处置状态", List.of("状态", "办理状态", "处理状态")),
          Map.entry("当前处置措施", List.of("处置措施", "当前措施", "措施")),
          Map.entry("回复期限", List.of("期限", "整改期限", "办理期限")),
          Map.entry("升级情况", List.of("升级", "升级记录")));

  private final boolean strict;
  private final ReadLimits limits;

  private WarningLedgerReader(boolean strict, ReadLimits limits) {
    this.strict = strict;
    this.limits = limits;
  }

  /**
   * Returns a lenient reader with the default limits.
   *
   * @return the reader
   */
  public static WarningLedgerReader lenient() {
    return new WarningLedgerReader(false, ReadLimits.defaults());
  }

  /**
   * Returns a strict reader with the default limits: the first error stops reading.
   *
   * @return the reader
   */
  public static WarningLedgerReader strict() {
    return new WarningLedgerReader(true, ReadLimits.defaults());
  }

  /**
   * Returns a reader like this one with other limits.
   *
   * @param limits the limits
   * @return the reader
   */
  public WarningLedgerReader withLimits(ReadLimits limits) {
    return new WarningLedgerReader(strict, limits);
  }

  /**
   * Reads a workbook from a stream, copied to a temporary file first (at most {@link
   * ReadLimits#getMaxFileBytes()} bytes); the stream is not closed.
   *
   * @param in the workbook's bytes
   * @return what was read
   * @throws WorkbookRejectedException if the workbook is refused
   * @throws IOException if reading fails
   */
  public WarningLedgerReadResult read(InputStream in) throws IOException {
    return WorkbookSource.spooled(in, limits, this::read);
  }

  /**
   * Reads an xlsx workbook file.
   *
   * @param file the workbook
   * @return what was read
   * @throws WorkbookRejectedException if the workbook is refused
   * @throws IOException if reading fails
   */
  public WarningLedgerReadResult read(Path file) throws IOException {
    Collector c = new Collector();
    WorkbookSource.read(
        file, limits, Optional.empty(), (name, merges, rows) -> c.sheet(name, rows));
    if (!c.found) {
      c.problem(CellFinding.builder().code(ProblemCode.NO_WARNING_TABLE).build());
    }
    return WarningLedgerReadResult.builder()
        .rows(c.rows)
        .rowNumbers(c.numbers)
        .problems(c.problems)
        .build();
  }

  /** Collects one workbook's rows and problems. */
  private final class Collector {
    final List<WarningLedgerRow> rows = new ArrayList<>();
    final List<Integer> numbers = new ArrayList<>();
    final List<Finding> problems = new ArrayList<>();
    boolean found;

    void problem(Finding p) throws WorkbookRejectedException {
      problems.add(p);
      if (strict && p.getSeverity() == Severity.ERROR) {
        throw new WorkbookRejectedException(p);
      }
    }

    void sheet(String sheet, Iterator<TableReader.RawRow> it) throws WorkbookRejectedException {
      int[] col = null;
      String[] headers = new String[0];
      int scanned = 0;
      while (it.hasNext() && scanned < HEADER_SEARCH_ROWS) {
        TableReader.RawRow r = it.next();
        scanned++;
        int[] mapped = map(r.cells);
        if (mapped[1] >= 0 && mapped[2] >= 0) {
          col = mapped;
          headers = r.cells;
          break;
        }
      }
      if (col == null) {
        problem(CellFinding.builder().code(ProblemCode.SHEET_SKIPPED).sheet(sheet).build());
        return;
      }
      found = true;
      while (it.hasNext()) {
        row(sheet, it.next(), col, headers);
      }
    }

    private void row(String sheet, TableReader.RawRow r, int[] col, String[] headers)
        throws WorkbookRejectedException {
      String first = null;
      for (String c : r.cells) {
        if (c != null && !c.isBlank()) {
          first = AnnexText.clean(c);
          break;
        }
      }
      if (first == null) {
        return;
      }
      if (NOTE.matcher(first).matches()) {
        problem(
            CellFinding.builder()
                .code(ProblemCode.NOTE_ROW_SKIPPED)
                .sheet(sheet)
                .row(OptionalInt.of(r.number))
                .rawValue(first)
                .build());
        return;
      }
      String id = text(r, col[1]);
      if (id.isEmpty()) {
        problem(
            cell(sheet, r, col[1], headers, ProblemCode.MISSING_WARNING_ID)
                .rawValue(first)
                .build());
        return;
      }
      WarningLedgerRow.Builder b = WarningLedgerRow.builder().warningId(id);
      parse(sheet, r, col[2], headers, WarningLevel::parse, b::level);
      parse(sheet, r, col[3], headers, WarningStage::parse, b::stage);
      b.subject(text(r, col[4]));
      b.riskPoint(text(r, col[5]));
      b.indicator(text(r, col[6]));
      parse(sheet, r, col[7], headers, WarningLedgerReader::time, b::time);
      b.reason(text(r, col[8]));
      parse(sheet, r, col[9], headers, CaseState::parse, b::caseState);
      parse(sheet, r, col[10], headers, DispositionMeasure::parse, b::currentStep);
      parse(sheet, r, col[11], headers, WarningLedgerReader::time, b::deadline);
      b.escalations(text(r, col[12]));
      rows.add(b.build());
      numbers.add(r.number);
    }

    private <T> void parse(
        String sheet,
        TableReader.RawRow r,
        int c,
        String[] headers,
        Function<String, T> parser,
        Consumer<T> set)
        throws WorkbookRejectedException {
      String t = text(r, c);
      if (t.isEmpty()) {
        return;
      }
      try {
        set.accept(parser.apply(t));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        problem(cell(sheet, r, c, headers, ProblemCode.UNREADABLE_CELL).rawValue(t).build());
      }
    }

    private CellFinding cell(
        String sheet, TableReader.RawRow r, int c, String[] headers, ProblemCode code) {
      CellFinding b =
          CellFinding.builder()
              .code(code)
              .sheet(sheet)
              .row(OptionalInt.of(r.number))
              .cell(CellRefs.cell(Math.max(c, 0), r.number));
      if (c >= 0 && c < headers.length && headers[c] != null && !headers[c].isBlank()) {
        b.header(AnnexText.clean(headers[c]));
      }
      return b;
    }
  }

  static LocalDateTime time(String text) {
    DateTimeParseException last = null;
    for (DateTimeFormatter f : TIMES) {
      try {
        return LocalDateTime.parse(text, f);
      } catch (DateTimeParseException e) {
        last = e;
      }
    }
    throw java.util.Objects.requireNonNull(last);
  }

  private static String text(TableReader.RawRow r, int c) {
    if (c < 0 || c >= r.cells.length || r.cells[c] == null) {
      return "";
    }
    return AnnexText.clean(r.cells[c]);
  }

  /** Maps the writer's columns 0…12 to the sheet's column indexes, -1 where absent. */
  static int[] map(String[] cells) {
    int[] col = new int[WarningLedgerWriter.HEADERS.size()];
    java.util.Arrays.fill(col, -1);
    for (int c = 0; c < cells.length; c++) {
      if (cells[c] == null) {
        continue;
      }
      String h = cells[c].replaceAll("[\\s\u3000]+", "");
      Optional<Integer> k = column(h);
      if (k.isPresent() && col[k.get()] < 0) {
        col[k.get()] = c;
      }
    }
    return col;
  }

  private static Optional<Integer> column(String header) {
    List<String> names = WarningLedgerWriter.HEADERS;
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (name.equals(header)) {
        return Optional.of(i);
      }
      @Nullable List<String> syn = SYNONYMS.get(name);
      if (syn != null && syn.contains(header)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}
