package io.github.probity.warning;

import io.github.probity.TestLedgers;
import io.github.probity.model.Department;
import io.github.probity.model.Discretion;
import io.github.probity.model.Frequency;
import io.github.probity.model.Ledger;
import io.github.probity.model.Post;
import io.github.probity.model.PowerItem;
import io.github.probity.model.PowerKind;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The shared {@link TestLedgers} unit with points of every level, signal builders and a settable
 * clock, for warning tests.
 */
final class Fixtures {
  private Fixtures() {}

  static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

  static Instant day(int d) {
    return T0.plus(Duration.ofDays(d));
  }

  /**
   * P1 principal (局长), P2 deputy supervising D1, P3 head of D1 holding POST-1 (高 point RP-1), P4
   * holding POST-2 (一般 RP-2), POST-3 of D2 (低 RP-3), P5 leader (纪检组长) without departments; RP-4 is
   * P1's own, RP-5 the group's; PI-1 is a 三重一大 procurement power, PI-2 an ordinary payment power.
   */
  static Ledger ledger() {
    return TestLedgers.ledger("P1", "P2", "P3", "P4", "P5")
        .leadershipGroup(TestLedgers.group(TestLedgers.leader("P5", "纪检组长")))
        .addDepartments(Department.builder().id("D2").name("办公室").build())
        .addPosts(
            TestLedgers.procurementPost("P3"),
            Post.builder().id("POST-2").name("支付岗").department("D1").addHolders("P4").build(),
            Post.builder().id("POST-3").name("文秘岗").department("D2").build())
        .addPowerItems(
            PowerItem.builder()
                .id("PI-1")
                .name("政府采购项目审核")
                .owner(RiskOwner.post("POST-1"))
                .kind(PowerKind.PROCUREMENT)
                .discretion(Discretion.CONSIDERABLE)
                .frequency(Frequency.WEEKLY)
                .majorMatter(true)
                .build(),
            PowerItem.builder()
                .id("PI-2")
                .name("日常经费支付")
                .owner(RiskOwner.post("POST-2"))
                .kind(PowerKind.FINANCE)
                .discretion(Discretion.LIMITED)
                .frequency(Frequency.DAILY)
                .build())
        .addRiskPoints(
            point("RP-1", RiskOwner.post("POST-1"), RiskLevel.HIGH),
            point("RP-2", RiskOwner.post("POST-2"), RiskLevel.MEDIUM),
            point("RP-3", RiskOwner.post("POST-3"), RiskLevel.LOW),
            point("RP-4", RiskOwner.leader("P1"), RiskLevel.HIGH),
            point("RP-5", RiskOwner.leadershipGroup("LG"), RiskLevel.LOW),
            point("RP-6", RiskOwner.leader("P2"), RiskLevel.MEDIUM),
            point("RP-7", RiskOwner.department("D1"), RiskLevel.LOW))
        .build();
  }

  static RiskPoint point(String id, RiskOwner owner, RiskLevel level) {
    return RiskPoint.builder()
        .id(id)
        .owner(owner)
        .category(RiskCategory.DUTY)
        .title("风险点 " + id)
        .level(level)
        .build();
  }

  static Signal petition(String id, String person, Instant time) {
    return Signal.builder()
        .id(id)
        .kind(SignalKind.PETITION)
        .subject(Subject.person(person))
        .time(time)
        .source("信访室")
        .details("反映其收受好处")
        .build();
  }

  static Signal event(String id, Instant time, Subject subject, ProcessEvent e) {
    return Signal.builder()
        .id(id)
        .kind(SignalKind.PROCESS_EVENT)
        .subject(subject)
        .time(time)
        .source("国库支付系统")
        .processEvent(e)
        .build();
  }

  static Signal payment(String id, Instant time, String amount, String approver, String executor) {
    return event(
        id,
        time,
        Subject.post("POST-2"),
        ProcessEvent.builder()
            .action(ProcessAction.PAYMENT)
            .amount(new BigDecimal(amount))
            .approver(approver)
            .executor(executor)
            .powerItem("PI-2")
            .build());
  }

  static Signal purchase(String id, Instant time, String amount, String supplier) {
    return event(
        id,
        time,
        Subject.post("POST-2"),
        ProcessEvent.builder()
            .action(ProcessAction.PURCHASE)
            .amount(new BigDecimal(amount))
            .supplier(supplier)
            .build());
  }

  static Signal post(String id, Instant time, ProcessAction action, String post, String holder) {
    return event(
        id, time, Subject.post(post), ProcessEvent.builder().action(action).holder(holder).build());
  }

  /** A clock tests set and move by hand. Not thread-safe for writers; readers see volatile time. */
  static final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void set(Instant t) {
      now = t;
    }

    void plus(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.ofHours(8);
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
