package io.github.probity.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.probity.excel.WarningLedgerReadResult;
import io.github.probity.excel.WarningLedgerReader;
import io.github.probity.excel.WarningLedgerRow;
import io.github.probity.excel.WarningLedgerWriter;
import io.github.probity.json.ProbityJson;
import io.github.probity.model.Ledger;
import io.github.probity.testkit.SampleDay;
import io.github.probity.testkit.SampleUnit;
import io.github.probity.warning.CaseBook;
import io.github.probity.warning.CaseState;
import io.github.probity.warning.DispositionCase;
import io.github.probity.warning.DispositionMeasure;
import io.github.probity.warning.Subject;
import io.github.probity.warning.Warning;
import io.github.probity.warning.WarningLevel;
import io.github.probity.warning.WarningStage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WarningDayReplayTest {
  private static final Ledger LEDGER = SampleUnit.ledger();

  @Test
  void theSampleDayRaisesExactlyTheseWarnings() {
    WarningDayReplay.Result day = WarningDayReplay.run();

    assertThat(day.warnings())
        .extracting(Warning::getId, Warning::getLevel, Warning::getStage, Warning::getSubject)
        .containsExactly(
            tuple(
                "MAJOR_MATTER_WITHOUT_DECISION:ZF-0915-01",
                WarningLevel.SEVERE,
                WarningStage.APPEARED,
                Subject.person("P-D02-P2-1")),
            tuple(
                "SAME_APPROVER_AND_EXECUTOR:ZF-0915-03",
                WarningLevel.CAUTION,
                WarningStage.APPEARED,
                Subject.person("P-D08-P4-1")),
            tuple(
                "SPLIT_PURCHASES:CG-0915-02",
                WarningLevel.CAUTION,
                WarningStage.APPEARED,
                Subject.person("P-D03-P1-2")),
            tuple(
                "REPEATED_PETITIONS:XF-0915-03",
                WarningLevel.CAUTION,
                WarningStage.TENDENCY,
                Subject.person("P-D03-P1-1")),
            tuple(
                "OVERDUE:ZG-0915-01",
                WarningLevel.CAUTION,
                WarningStage.APPEARED,
                Subject.person("P-D04-P4-1")));
    assertThat(day.warnings().get(2).getSignals()).containsExactly("CG-0915-01", "CG-0915-02");
    assertThat(day.warnings().get(3).getSignals())
        .containsExactly("XF-0915-01", "XF-0915-02", "XF-0915-03");
    assertThat(day.warnings().get(0).getReason()).isEqualTo("大额资金支付680000元未经集体决策");
    assertThat(day.rejected()).isZero();
  }

  @Test
  void everyWarningOpensACaseAndTheSevereOneIsVerified() {
    WarningDayReplay.Result day = WarningDayReplay.run();

    assertThat(day.cases()).hasSize(5);
    DispositionCase severe =
        day.caseBook().get("CASE:MAJOR_MATTER_WITHOUT_DECISION:ZF-0915-01").orElseThrow();
    assertThat(severe.getState()).isEqualTo(CaseState.VERIFIED);
    assertThat(severe.current().orElseThrow().getMeasure())
        .isEqualTo(DispositionMeasure.WARNING_REMINDER);
    assertThat(severe.current().orElseThrow().getDueAt())
        .isEqualTo(severe.current().orElseThrow().getIssuedAt().plus(Duration.ofDays(5)));
    assertThat(day.cases())
        .filteredOn(c -> c != severe && !c.getId().equals(severe.getId()))
        .extracting(DispositionCase::getState)
        .containsOnly(CaseState.PENDING);
  }

  @Test
  void theReportNamesPeopleLevelsAndStepsInChinese() {
    String text = WarningDayReplay.render(LEDGER, WarningDayReplay.run());

    assertThat(text)
        .contains("示例区财政局 预警 5 条")
        .contains("【严重·红色】风险已显现｜三重一大未经集体决策｜人员 曹永辉")
        .contains("【警示·橙色】倾向性苗头｜重复信访举报｜人员 蒋海峰")
        .contains("处置案件 5 件")
        .contains("已核实｜风险问题｜严重｜当前措施：警示提醒｜回复期限：2026-09-20 23:59");
  }

  @Test
  void aStoredDayReplaysToTheSameWarnings() throws IOException {
    ProbityJson json = ProbityJson.strict();
    byte[] stored = json.writeSignals(SampleDay.signals(LEDGER));
    Clock endOfDay =
        Clock.fixed(
            WarningDayReplay.DAY.atTime(23, 59).atZone(WarningDayReplay.ZONE).toInstant(),
            WarningDayReplay.ZONE);

    WarningDayReplay.Result again =
        WarningDayReplay.replay(LEDGER, new ByteArrayInputStream(stored), endOfDay);

    assertThat(again.warnings()).isEqualTo(WarningDayReplay.run().warnings());
  }

  @Test
  void theDayIsStoredAsJsonAndPrintedAsTheLedgerSheet() throws IOException {
    WarningDayReplay.Result day = WarningDayReplay.run();
    java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
    // tag::storage[]
    ProbityJson json = ProbityJson.strict();
    byte[] signals = json.writeSignals(SampleDay.signals(LEDGER)); // probity-signals
    byte[] cases = json.writeCases(day.caseBook()); // probity-cases: history, steps, deadlines
    CaseBook restored = json.readCases(cases, Clock.systemUTC()).value(); // history replayed

    WarningLedgerWriter.standard().write(LEDGER, restored, xlsx); // 预警处置台账, level in colour
    WarningLedgerReadResult sheet =
        WarningLedgerReader.lenient().read(new ByteArrayInputStream(xlsx.toByteArray()));
    // sheet.getProblems(): every row not taken, located as 预警处置台账!C5 with header and value
    // end::storage[]
    assertThat(json.readSignals(signals).value()).isEqualTo(SampleDay.signals(LEDGER));
    assertThat(restored.cases()).isEqualTo(day.caseBook().cases());
    assertThat(sheet.getProblems()).isEmpty();
    assertThat(sheet.getRows())
        .extracting(WarningLedgerRow::getWarningId)
        .containsExactly(
            "MAJOR_MATTER_WITHOUT_DECISION:ZF-0915-01",
            "SAME_APPROVER_AND_EXECUTOR:ZF-0915-03",
            "SPLIT_PURCHASES:CG-0915-02",
            "REPEATED_PETITIONS:XF-0915-03",
            "OVERDUE:ZG-0915-01");
    assertThat(sheet.getRows().get(0).getCaseState()).contains(CaseState.VERIFIED);
    assertThat(sheet.getRows().get(0).getDeadline())
        .contains(java.time.LocalDateTime.of(2026, 9, 20, 23, 59));
  }
}
