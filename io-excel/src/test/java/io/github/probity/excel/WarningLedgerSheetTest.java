package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.probity.finding.Finding;
import io.github.probity.finding.Severity;
import io.github.probity.model.Ledger;
import io.github.probity.testkit.CaseGenerator;
import io.github.probity.testkit.LedgerGenerator;
import io.github.probity.testkit.SampleUnit;
import io.github.probity.testkit.SignalGenerator;
import io.github.probity.warning.CaseBook;
import io.github.probity.warning.CaseState;
import io.github.probity.warning.DispositionMeasure;
import io.github.probity.warning.Indicator;
import io.github.probity.warning.Monitor;
import io.github.probity.warning.Signal;
import io.github.probity.warning.Warning;
import io.github.probity.warning.WarningLevel;
import io.github.probity.warning.WarningPolicy;
import io.github.probity.warning.WarningStage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WarningLedgerSheetTest {
  private static final WarningLedgerWriter WRITER = WarningLedgerWriter.standard();

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  static Ledger ledger(long seed) {
    return seed % 2 == 0 ? SampleUnit.ledger() : LedgerGenerator.generate(seed, 40);
  }

  static byte[] write(Ledger ledger, List<Warning> warnings, CaseBook book) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WRITER.write(ledger, warnings, book.cases(), out);
    return out.toByteArray();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theLedgerSheetReadsBackRowForRow(long seed) throws IOException {
    Ledger ledger = ledger(seed);
    CaseBook book = CaseGenerator.generate(seed, ledger, 150, WarningPolicy.defaults());
    List<Signal> more = SignalGenerator.stream(seed + 1000, ledger, 40);
    List<Warning> uncased =
        Monitor.replay(more, WarningPolicy.defaults(), Optional.of(ledger), Indicator.builtIns());

    byte[] xlsx = write(ledger, uncased, book);
    WarningLedgerReadResult back =
        WarningLedgerReader.strict().read(new ByteArrayInputStream(xlsx));

    List<WarningLedgerRow> expected = WRITER.rows(ledger, uncased, book.cases());
    assertThat(back.getRows()).isEqualTo(expected);
    assertThat(back.getRowNumbers())
        .isEqualTo(IntStream.rangeClosed(4, expected.size() + 3).boxed().toList());
    assertThat(back.getProblems()).isEmpty();
  }

  @Test
  void levelsAreFilledInTheirColoursAndCasesShowStateStepDeadlineAndEscalations()
      throws IOException {
    Ledger ledger = SampleUnit.ledger();
    CaseBook book = CaseGenerator.generate(5, ledger, 300, WarningPolicy.defaults());
    byte[] xlsx = write(ledger, List.of(), book);

    String styles = entry(xlsx, "xl/styles.xml");
    for (WarningLevel l : WarningLevel.values()) {
      assertThat(styles).contains(l.colourHex().substring(1));
    }
    String sheet = entry(xlsx, "xl/worksheets/sheet1.xml");
    assertThat(sheet)
        .contains("orientation=\"landscape\"")
        .contains("fitToWidth=\"1\"")
        .contains("<mergeCell ref=\"A1:M1\"/>")
        .contains("state=\"frozen\"");
    assertThat(entry(xlsx, "xl/workbook.xml")).contains("预警处置台账");

    List<WarningLedgerRow> rows =
        WarningLedgerReader.lenient().read(new ByteArrayInputStream(xlsx)).getRows();
    assertThat(rows).extracting(r -> r.getCaseState().orElseThrow()).contains(CaseState.VERIFIED);
    WarningLedgerRow escalated =
        rows.stream().filter(r -> !r.getEscalations().isEmpty()).findFirst().orElseThrow();
    assertThat(escalated.getEscalations()).contains("→").contains("（");
    assertThat(escalated.getCurrentStep()).isPresent();
    assertThat(escalated.getDeadline()).isPresent();
  }

  static String entry(byte[] xlsx, String name) throws IOException {
    java.nio.file.Path tmp = java.nio.file.Files.createTempFile("probity-test-", ".xlsx");
    try {
      java.nio.file.Files.write(tmp, xlsx);
      try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(tmp.toFile())) {
        ZipEntry e = zip.getEntry(name);
        assertThat(e).as(name).isNotNull();
        String xml = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
        return java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);")
            .matcher(xml)
            .replaceAll(m -> new String(Character.toChars(Integer.parseInt(m.group(1), 16))));
      }
    } finally {
      java.nio.file.Files.deleteIfExists(tmp);
    }
  }

  @Test
  void aHandMadeLedgerIsReadWithEveryProblemLocated() throws IOException {
    Books books = new Books();
    books.sheet("说明").row("本工作簿为预警处置台账");
    books
        .sheet("台账")
        .row("某局预警处置台账")
        .row("编号", "预警对象", "等级", "时间", "状态", "处置措施", "期限", "预警原因", "阶段")
        .row(
            "W-1",
            "人员：张三",
            "严重",
            "2026-09-15 09:30",
            "已核实",
            "警示提醒",
            "2026/9/20 9:30",
            "大额支付",
            "风险已显现")
        .row("W-2", "人员：李四", "特别严重", "2026-09-15 10:00", "待处理", "", "", "", "倾向性苗头")
        .row("", "人员：王五", "警示", "2026-09-15 11:00", "", "", "", "无编号", "")
        .row("W-3", "岗位：出纳", "提醒", "昨天", "", "", "", "", "")
        .row("备注：本表由纪检组填报");
    byte[] xlsx = books.xlsx();

    WarningLedgerReadResult r = WarningLedgerReader.lenient().read(new ByteArrayInputStream(xlsx));

    assertThat(r.getRows())
        .extracting(WarningLedgerRow::getWarningId)
        .containsExactly("W-1", "W-2", "W-3");
    assertThat(r.getRowNumbers()).containsExactly(3, 4, 6);
    WarningLedgerRow w1 = r.getRows().get(0);
    assertThat(w1.getLevel()).contains(WarningLevel.SEVERE);
    assertThat(w1.getStage()).contains(WarningStage.APPEARED);
    assertThat(w1.getCaseState()).contains(CaseState.VERIFIED);
    assertThat(w1.getCurrentStep()).contains(DispositionMeasure.WARNING_REMINDER);
    assertThat(w1.getDeadline()).contains(LocalDateTime.of(2026, 9, 20, 9, 30));
    assertThat(r.getRows().get(1).getLevel()).isEmpty();

    assertThat(r.getProblems())
        .extracting(Finding::getCode, p -> p.getLocation().text())
        .containsExactly(
            org.assertj.core.api.Assertions.tuple(ProblemCode.SHEET_SKIPPED, "说明"),
            org.assertj.core.api.Assertions.tuple(ProblemCode.UNREADABLE_CELL, "台账!C4"),
            org.assertj.core.api.Assertions.tuple(ProblemCode.MISSING_WARNING_ID, "台账!A5"),
            org.assertj.core.api.Assertions.tuple(ProblemCode.UNREADABLE_CELL, "台账!D6"),
            org.assertj.core.api.Assertions.tuple(ProblemCode.NOTE_ROW_SKIPPED, "台账!7"));
    Finding level = r.getProblems().get(1);
    assertThat(ReadFindings.at(level).header()).contains("等级");
    assertThat(ReadFindings.at(level).rawValue()).contains("特别严重");
    assertThat(ProblemCode.isRowDropped(r.getProblems().get(2))).isTrue();
    assertThat(r.problems(Severity.ERROR)).hasSize(1);

    WorkbookRejectedException strict =
        catchThrowableOfType(
            WorkbookRejectedException.class,
            () -> WarningLedgerReader.strict().read(new ByteArrayInputStream(xlsx)));
    assertThat(strict.getReason()).isEqualTo(WorkbookRejectedException.Reason.STRICT_ERROR);
  }

  @Test
  void aWorkbookWithoutTheLedgerSaysSo() throws IOException {
    Books books = new Books();
    books.sheet("Sheet1").row("序号", "风险点", "防控措施").row("1", "x", "y");

    WarningLedgerReadResult r =
        WarningLedgerReader.lenient().read(new ByteArrayInputStream(books.xlsx()));

    assertThat(r.getRows()).isEmpty();
    assertThat(r.getProblems()).extracting(Finding::getCode).contains(ProblemCode.NO_WARNING_TABLE);
    assertThat(
            catchThrowableOfType(
                    WorkbookRejectedException.class,
                    () ->
                        WarningLedgerReader.lenient()
                            .read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4})))
                .getReason())
        .isEqualTo(WorkbookRejectedException.Reason.NOT_A_WORKBOOK);
  }
}
