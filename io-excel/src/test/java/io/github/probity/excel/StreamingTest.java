package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexRow;
import io.github.probity.annex.AnnexTables;
import io.github.probity.finding.Finding;
import io.github.probity.finding.Severity;
import io.github.probity.model.Ledger;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.RiskCategory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Writing from a row source and reading with a row handler give what the ledger paths give. */
class StreamingTest {
  private static final AnnexKind[] TABLES = {
    AnnexKind.LEADERSHIP_GROUP, AnnexKind.DEPARTMENT, AnnexKind.PERSONAL, AnnexKind.LEDGER
  };

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 200);
  }

  /** Everything a handler received, in order. */
  static final class Recorded implements AnnexRowHandler {
    final List<LocatedRow> rows = new ArrayList<>();
    final List<Finding> problems = new ArrayList<>();
    final List<Object> events = new ArrayList<>();

    @Override
    public void row(LocatedRow row) {
      rows.add(row);
      events.add(row);
    }

    @Override
    public void problem(Finding problem) {
      problems.add(problem);
      events.add(problem);
    }
  }

  private static byte[] writeRows(String unit, AnnexKind kind, Iterator<AnnexRow> rows)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AnnexWriter.standard().writeRows(unit, kind, rows, out);
    return out.toByteArray();
  }

  private static byte[] writeLedger(Ledger ledger, AnnexKind kind) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AnnexWriter.standard().write(ledger, kind, out);
    return out.toByteArray();
  }

  private static AnnexReadResult read(AnnexReader reader, byte[] book) throws IOException {
    return reader.read(new ByteArrayInputStream(book));
  }

  private static Recorded stream(AnnexReader reader, byte[] book) throws IOException {
    Recorded rec = new Recorded();
    AnnexReadSummary summary = reader.read(new ByteArrayInputStream(book), rec);
    assertThat(summary.getRowCount()).isEqualTo(rec.rows.size());
    assertThat(summary.getProblemCount()).isEqualTo(rec.problems.size());
    assertThat(summary.getDroppedRowCount())
        .isEqualTo(rec.problems.stream().filter(ProblemCode::isRowDropped).count());
    return rec;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rowSourceAndRowHandlerRoundTripLikeTheLedgerPaths(long seed) throws IOException {
    Ledger ledger = RandomLedgers.generate(seed);
    AnnexReader strict = AnnexReader.builder().strict(true).build();
    for (AnnexKind kind : TABLES) {
      byte[] fromRows =
          writeRows(ledger.getUnit().getName(), kind, AnnexTables.stream(ledger, kind).iterator());
      AnnexReadResult viaRows = read(strict, fromRows);
      AnnexReadResult viaLedger = read(strict, writeLedger(ledger, kind));
      assertThat(viaRows.problems(Severity.WARNING)).as(kind.code()).isEmpty();
      assertThat(viaRows.rows(kind))
          .as(kind.code())
          .isEqualTo(AnnexTables.carriedRows(ledger, kind))
          .isEqualTo(viaLedger.rows(kind));
      assertThat(viaRows.getRows()).isEqualTo(viaLedger.getRows());
      Recorded rec = stream(strict, fromRows);
      assertThat(rec.rows).isEqualTo(viaRows.getRows());
      assertThat(rec.problems).isEqualTo(readingProblems(viaRows));
    }
  }

  /** A department table with every kind of row a reader must read or report. */
  static Books messy() {
    Books b = RealVariantsTest.construction();
    b.sheet("附件2 科室")
        .row("某局廉政风险识别及防范措施一览表（科室）")
        .row("序号", "科室", "风险类别", "廉政风险点", "风险等级", "防控措施")
        .row("1", "办公室", "岗位职责", "公车私用", "★★", "1.车辆统一调度；2.出车登记")
        .row("", "", "", "", "", "3.定期公示用车情况")
        .row("2", "", "制度机制", "接待超标", "较高", "")
        .row("3", "财务科", "", "", "高", "")
        .row("4", "财务科", "思想作风", "1.虚报冒领；2.超标准报销", "", "严格审核票据")
        .row()
        .row("注：本表由各科室填报")
        .row("5", "财务科", "岗位职责", "资金拨付不及时", "低", "限时办结");
    b.sheet("说明").row("请于月底前报送。");
    return b;
  }

  @Test
  void theHandlerSeesExactlyWhatTheLedgerReadReturnsInOrder() throws IOException {
    byte[] book = messy().xlsx();
    AnnexReader reader = AnnexReader.builder().year(2024).build();
    AnnexReadResult whole = read(reader, book);
    Recorded rec = stream(reader, book);
    assertThat(rec.rows).isEqualTo(whole.getRows());
    assertThat(rec.problems).isEqualTo(readingProblems(whole));
    assertThat(rec.problems).extracting(Finding::getCode).contains(ProblemCode.BLANK_RISK_POINT);
    // every data row of the second sheet (rows 3 to 10 but the blank one) is read or reported
    List<Integer> seen = new ArrayList<>();
    for (Object e : rec.events) {
      if (e instanceof LocatedRow && ((LocatedRow) e).getSheet().equals("附件2 科室")) {
        seen.add(((LocatedRow) e).getRowNumber());
        seen.addAll(((LocatedRow) e).getContinuationRows());
      } else if (e instanceof Finding
          && ReadFindings.at(((Finding) e)).sheet().filter("附件2 科室"::equals).isPresent()
          && ReadFindings.at(((Finding) e)).row().isPresent()
          && (ProblemCode.isRowDropped(((Finding) e))
              || ((Finding) e).getCode() == ProblemCode.NOTE_ROW_SKIPPED)) {
        seen.add(ReadFindings.at(((Finding) e)).row().getAsInt());
      }
    }
    assertThat(seen).containsExactlyInAnyOrder(3, 4, 5, 6, 7, 7, 9, 10);
  }

  @Test
  void problemsOfARowComeBeforeTheRow() throws IOException {
    Recorded rec = stream(AnnexReader.lenient(), messy().xlsx());
    int blankLevel = -1;
    int row = -1;
    for (int i = 0; i < rec.events.size(); i++) {
      Object e = rec.events.get(i);
      if (e instanceof Finding
          && ((Finding) e).getCode() == ProblemCode.BLANK_LEVEL
          && ReadFindings.at(((Finding) e)).cell().filter("E7"::equals).isPresent()) {
        blankLevel = i;
      }
      if (e instanceof LocatedRow
          && ((LocatedRow) e).getSheet().equals("附件2 科室")
          && ((LocatedRow) e).getRowNumber() == 7) {
        row = i;
      }
    }
    assertThat(blankLevel).isNotNegative().isLessThan(row);
  }

  @Test
  void strictStreamingHandsTheErrorOverThenStops() throws IOException {
    Recorded rec = new Recorded();
    AnnexReader strict = AnnexReader.builder().strict(true).build();
    byte[] book = messy().xlsx();
    assertThatThrownBy(() -> strict.read(new ByteArrayInputStream(book), rec))
        .isInstanceOf(WorkbookRejectedException.class);
    assertThat(rec.problems).isNotEmpty();
    assertThat(rec.problems.get(rec.problems.size() - 1).getSeverity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void aWorkbookWithoutTablesIsReportedToTheHandler() throws IOException {
    Books b = new Books();
    b.sheet("说明").row("请于月底前报送。");
    Recorded rec = stream(AnnexReader.lenient(), b.xlsx());
    assertThat(rec.rows).isEmpty();
    assertThat(rec.problems)
        .extracting(Finding::getCode)
        .containsExactly(ProblemCode.SHEET_SKIPPED, ProblemCode.NO_TABLE_FOUND);
  }

  @Test
  void writingRowsRefusesTablesThatNeedTheLedgerAndRowsOfAnotherScope() {
    AnnexRow dept =
        AnnexRow.builder()
            .scope(OwnerScope.DEPARTMENT)
            .ownerName("办公室")
            .department("办公室")
            .category(RiskCategory.DUTY)
            .title("公车私用")
            .build();
    assertThatThrownBy(() -> writeRows("某局", AnnexKind.POST_ARCHIVE, List.of(dept).iterator()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> writeRows("某局", AnnexKind.PLAN, List.of(dept).iterator()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> writeRows("某局", AnnexKind.PERSONAL, List.of(dept).iterator()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 1")
        .hasMessageContaining("公车私用");
  }

  @Test
  void anEmptyRowSourceGivesAnEmptyTable() throws IOException {
    byte[] book = writeRows("某局", AnnexKind.DEPARTMENT, List.<AnnexRow>of().iterator());
    AnnexReadResult r = read(AnnexReader.lenient(), book);
    assertThat(r.getTables()).containsValue(AnnexKind.DEPARTMENT);
    assertThat(r.getRows()).isEmpty();
  }

  /** The problems of reading, without those of the ledger a whole read builds (its defaults). */
  private static List<Finding> readingProblems(AnnexReadResult read) {
    return read.getProblems().stream()
        .filter(p -> p.getCode() != ProblemCode.VALUE_DEFAULTED)
        .collect(java.util.stream.Collectors.toList());
  }
}
