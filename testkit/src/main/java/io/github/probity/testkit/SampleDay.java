package io.github.probity.testkit;

import io.github.probity.model.Ledger;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import io.github.probity.warning.ProcessAction;
import io.github.probity.warning.ProcessEvent;
import io.github.probity.warning.Signal;
import io.github.probity.warning.SignalKind;
import io.github.probity.warning.Subject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One working day of warning signals (预警信息) at the sample unit 示例区财政局 ({@link SampleUnit}),
 * 2026-09-15, entirely fictional: the one day that examples, documents and tests of the warning
 * mechanism replay, whether through an in-process monitor or a stream topology.
 *
 * <p>The day holds twelve signals between 08:40 and 17:10 (Beijing time): three petitions about one
 * procurement officer, a payment of 680,000 yuan without a collective decision, two purchases from
 * one supplier that together pass the procurement threshold, a payment approved and made by one
 * person, a rectification 36 days overdue, and near misses that raise nothing (a payment under the
 * threshold, a large payment with a decision, a purchase from another supplier, a self-report).
 * With the built-in indicators and the default policy they raise five warnings, in this order:
 * 三重一大未经集体决策 (严重, on {@code ZF-0915-01}), 审批与经办不分离 ({@code ZF-0915-03}), 化整为零规避采购 ({@code
 * CG-0915-01} and {@code CG-0915-02}), 重复信访举报 (the three petitions) and 逾期未落实 ({@code ZG-0915-01}),
 * the last four 警示.
 *
 * <p>Stateless; the lists returned are immutable and equal from call to call.
 *
 * @since 0.1.0
 */
public final class SampleDay {
  /** The day: 2026-09-15. */
  public static final LocalDate DAY = LocalDate.of(2026, 9, 15);

  /** The sample unit's time zone: Asia/Shanghai. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** The end of the working record: 23:59 of {@link #DAY} in {@link #ZONE}. */
  public static final Instant END_OF_DAY = DAY.atTime(23, 59).atZone(ZONE).toInstant();

  private SampleDay() {}

  /**
   * Returns the day's signals for the sample unit's ledger ({@link SampleUnit#ledger()}).
   *
   * @return the signals, in time order
   */
  public static List<Signal> signals() {
    return signals(SampleUnit.ledger());
  }

  /**
   * Returns the day's signals for a ledger shaped like the sample unit's: the petitions and the
   * overdue rectification name the first risk point of the posts {@code D03-P1} and {@code D04-P4};
   * people are named by the sample unit's person ids.
   *
   * @param ledger a ledger with the posts {@code D03-P1} and {@code D04-P4}, each with a risk point
   * @return the signals, in time order
   * @throws java.util.NoSuchElementException if one of the two posts has no risk point
   */
  public static List<Signal> signals(Ledger ledger) {
    String procurementPoint = firstPoint(ledger, "D03-P1");
    List<Signal> s = new ArrayList<>();
    s.add(petition("XF-0915-01", "08:40", "P-D03-P1-1", procurementPoint, "来信反映其在采购计划审核中接受吃请"));
    s.add(
        payment(
            "ZF-0915-01", "09:30", "680000", "P-L2", "P-D02-P2-1", Optional.empty(), "金石建设工程有限公司"));
    s.add(purchase("CG-0915-01", "10:05", "120000", "华信办公设备有限公司", "P-D03-P1-2"));
    s.add(
        payment(
            "ZF-0915-02", "10:30", "480000", "P-L2", "P-D02-P2-1", Optional.empty(), "东方印务有限公司"));
    s.add(
        payment(
            "ZF-0915-03",
            "11:00",
            "36000",
            "P-D08-P4-1",
            "P-D08-P4-1",
            Optional.of("2026年第8次局长办公会议纪要"),
            "润泽餐饮服务有限公司"));
    s.add(petition("XF-0915-02", "11:20", "P-D03-P1-1", procurementPoint, "电话举报其向供应商透露采购预算"));
    s.add(
        payment(
            "ZF-0915-04",
            "13:45",
            "900000",
            "P-L3",
            "P-D02-P2-1",
            Optional.of("2026年第9次党组会议纪要"),
            "宏达信息技术有限公司"));
    s.add(purchase("CG-0915-02", "14:10", "95000", "华信办公设备有限公司", "P-D03-P1-2"));
    s.add(purchase("CG-0915-03", "14:30", "60000", "明远会计师事务所", "P-D03-P2-1"));
    s.add(petition("XF-0915-03", "15:40", "P-D03-P1-1", procurementPoint, "网络举报其指定采购代理机构"));
    s.add(
        Signal.builder()
            .id("ZG-0915-01")
            .kind(SignalKind.OVERDUE_RECTIFICATION)
            .subject(Subject.person("P-D04-P4-1"))
            .riskPoint(firstPoint(ledger, "D04-P4"))
            .time(at("16:30"))
            .source("纪检组")
            .details("非税收入退付专项检查问题整改逾期")
            .dueAt(LocalDate.of(2026, 8, 10).atStartOfDay(ZONE).toInstant())
            .build());
    s.add(
        Signal.builder()
            .id("ZB-0915-01")
            .kind(SignalKind.SELF_REPORT)
            .subject(Subject.person("P-D05-P4-1"))
            .time(at("17:10"))
            .source("纪检组")
            .details("主动报告亲属在辖区内经营会计师事务所")
            .build());
    return List.copyOf(s);
  }

  private static String firstPoint(Ledger ledger, String postId) {
    return ledger.riskPointsOf(RiskOwner.post(postId)).stream()
        .map(RiskPoint::getId)
        .findFirst()
        .orElseThrow();
  }

  private static Instant at(String hhmm) {
    return DAY.atTime(LocalTime.parse(hhmm)).atZone(ZONE).toInstant();
  }

  private static Signal petition(
      String id, String time, String person, String riskPoint, String details) {
    return Signal.builder()
        .id(id)
        .kind(SignalKind.PETITION)
        .subject(Subject.person(person))
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
      Optional<String> decision,
      String payee) {
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
                .supplier(payee)
                .approver(approver)
                .executor(executor)
                .collectiveDecision(decision)
                .reference(id)
                .build())
        .build();
  }

  private static Signal purchase(
      String id, String time, String amount, String supplier, String executor) {
    return Signal.builder()
        .id(id)
        .kind(SignalKind.PROCESS_EVENT)
        .subject(Subject.person(executor))
        .time(at(time))
        .source("政府采购系统")
        .processEvent(
            ProcessEvent.builder()
                .action(ProcessAction.PURCHASE)
                .amount(new BigDecimal(amount))
                .supplier(supplier)
                .approver("P-D03")
                .executor(executor)
                .reference(id)
                .build())
        .build();
  }
}
