package io.github.probity.docx;

import io.github.probity.model.Ledger;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import io.github.probity.testkit.SampleUnit;
import io.github.probity.warning.CaseAction;
import io.github.probity.warning.DispositionCase;
import io.github.probity.warning.Indicator;
import io.github.probity.warning.Monitor;
import io.github.probity.warning.ProcessAction;
import io.github.probity.warning.ProcessEvent;
import io.github.probity.warning.Signal;
import io.github.probity.warning.SignalKind;
import io.github.probity.warning.Subject;
import io.github.probity.warning.Warning;
import io.github.probity.warning.WarningPolicy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A day of warnings for the sample unit, as the examples' day replay produces them (2026-09-15:
 * three petitions about one procurement officer, a large payment without a collective decision,
 * purchases split under the threshold, a payment approved and made by one person, an overdue
 * rectification), and their cases walked up the ladders.
 */
final class SampleDay {
  static final Ledger LEDGER = SampleUnit.ledger();
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final LocalDate DAY = LocalDate.of(2026, 9, 15);
  static final Instant END_OF_DAY = DAY.atTime(23, 59).atZone(ZONE).toInstant();
  static final WarningPolicy POLICY = WarningPolicy.defaults();

  private SampleDay() {}

  static List<Warning> warnings() {
    return Monitor.replay(signals(), POLICY, Optional.of(LEDGER), Indicator.builtIns());
  }

  /** A case opened and verified at the end of the day: the ladder's first step in force. */
  static DispositionCase verified(Warning w) {
    Clock clock = Clock.fixed(END_OF_DAY, ZONE);
    return DispositionCase.open(w, POLICY, "预警系统", clock)
        .apply(CaseAction.ACCEPT, "P-L4", clock, "纪检组受理")
        .apply(CaseAction.VERIFY, "P-L4", clock, "经核实，情况属实");
  }

  /**
   * The case at every step of its ladder: verified, then escalated each time the step in force is
   * overdue, up to the last step.
   */
  static List<DispositionCase> everyStep(Warning w) {
    List<DispositionCase> steps = new ArrayList<>();
    DispositionCase c = verified(w);
    steps.add(c);
    while (c.getDispositions().size() < c.getLadder().steps().size()) {
      Instant late = c.current().orElseThrow().getDueAt().plus(Duration.ofHours(1));
      c = c.apply(CaseAction.ESCALATE, "预警系统", Clock.fixed(late, ZONE), "逾期未回复");
      steps.add(c);
    }
    return steps;
  }

  static List<Signal> signals() {
    String procurementPoint = firstPoint("D03-P1");
    List<Signal> s = new ArrayList<>();
    s.add(petition("XF-0915-01", "08:40", procurementPoint, "来信反映其在采购计划审核中接受吃请"));
    s.add(payment("ZF-0915-01", "09:30", "680000", "P-L2", "P-D02-P2-1", Optional.empty()));
    s.add(purchase("CG-0915-01", "10:05", "120000"));
    s.add(
        payment(
            "ZF-0915-03",
            "11:00",
            "36000",
            "P-D08-P4-1",
            "P-D08-P4-1",
            Optional.of("2026年第8次局长办公会议纪要")));
    s.add(petition("XF-0915-02", "11:20", procurementPoint, "电话举报其向供应商透露采购预算"));
    s.add(purchase("CG-0915-02", "14:10", "95000"));
    s.add(petition("XF-0915-03", "15:40", procurementPoint, "网络举报其指定采购代理机构"));
    s.add(
        Signal.builder()
            .id("ZG-0915-01")
            .kind(SignalKind.OVERDUE_RECTIFICATION)
            .subject(Subject.person("P-D04-P4-1"))
            .riskPoint(firstPoint("D04-P4"))
            .time(at("16:30"))
            .source("纪检组")
            .details("非税收入退付专项检查问题整改逾期")
            .dueAt(LocalDate.of(2026, 8, 10).atStartOfDay(ZONE).toInstant())
            .build());
    return s;
  }

  private static String firstPoint(String postId) {
    return LEDGER.riskPointsOf(RiskOwner.post(postId)).stream()
        .map(RiskPoint::getId)
        .findFirst()
        .orElseThrow();
  }

  private static Instant at(String hhmm) {
    return LocalDateTime.of(DAY, LocalTime.parse(hhmm)).atZone(ZONE).toInstant();
  }

  private static Signal petition(String id, String time, String riskPoint, String details) {
    return Signal.builder()
        .id(id)
        .kind(SignalKind.PETITION)
        .subject(Subject.person("P-D03-P1-1"))
        .riskPoint(riskPoint)
        .time(at(time))
        .source("信访室")
        .details(details)
        .addEvidence("信访件" + id)
        .build();
  }

  private static Signal payment(
      String id,
      String time,
      String amount,
      String approver,
      String executor,
      Optional<String> decision) {
    return Signal.builder()
        .id(id)
        .kind(SignalKind.PROCESS_EVENT)
        .subject(Subject.person(executor))
        .time(at(time))
        .source("国库支付系统")
        .processEvent(
            ProcessEvent.builder()
                .action(ProcessAction.PAYMENT)
                .amount(new BigDecimal(amount))
                .supplier("金石建设工程有限公司")
                .approver(approver)
                .executor(executor)
                .collectiveDecision(decision)
                .reference(id)
                .build())
        .build();
  }

  private static Signal purchase(String id, String time, String amount) {
    return Signal.builder()
        .id(id)
        .kind(SignalKind.PROCESS_EVENT)
        .subject(Subject.person("P-D03-P1-2"))
        .time(at(time))
        .source("政府采购系统")
        .processEvent(
            ProcessEvent.builder()
                .action(ProcessAction.PURCHASE)
                .amount(new BigDecimal(amount))
                .supplier("华信办公设备有限公司")
                .approver("P-D03")
                .executor("P-D03-P1-2")
                .reference(id)
                .build())
        .build();
  }
}
