package io.github.probity.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.finding.Finding;
import io.github.probity.finding.Severity;
import io.github.probity.model.Discretion;
import io.github.probity.model.Effectiveness;
import io.github.probity.model.EffectivenessReview;
import io.github.probity.model.Evidence;
import io.github.probity.model.Frequency;
import io.github.probity.model.Leader;
import io.github.probity.model.LeadershipGroup;
import io.github.probity.model.Ledger;
import io.github.probity.model.LevelDecision;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureStatus;
import io.github.probity.model.MeasureType;
import io.github.probity.model.Post;
import io.github.probity.model.PowerItem;
import io.github.probity.model.PowerKind;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each standard rule: the fixture passes it, one change fails it, with path and both messages. */
class StandardRulesTest {

  record Case(
      String ruleId,
      Severity severity,
      Supplier<Ledger> failing,
      Clock clock,
      String path,
      String zh,
      String en) {
    @Override
    public String toString() {
      return ruleId + " " + path;
    }
  }

  static Case c(
      String ruleId,
      Severity severity,
      Supplier<Ledger> failing,
      String path,
      String zh,
      String en) {
    return new Case(ruleId, severity, failing, Fixtures.CLOCK, path, zh, en);
  }

  static final String POST1 = "departments[D1].posts[POST-1]";
  static final String POST2 = "departments[D1].posts[POST-2]";
  static final String RP3 = "departments[D1].riskPoints[RP-3]";
  static final String M1 = POST1 + ".riskPoints[RP-1].measures[M-1]";

  /** The fixture with its measure M-1 of RP-1 changed. */
  static Ledger withM1(java.util.function.Consumer<Measure.Builder> change) {
    Measure.Builder b = Measure.builder().from(Fixtures.ledger().measure("M-1").orElseThrow());
    change.accept(b);
    return Fixtures.withPoint("RP-1", p -> p.measures(List.of(b.build())));
  }

  /** In place, at 100 %, with evidence of 2026-05-10 so that no review is due on 2026-06-01. */
  static Measure.Builder done(Measure.Builder m) {
    return m.status(MeasureStatus.DONE)
        .progress(100)
        .addEvidence(evidence(LocalDate.of(2026, 5, 10)));
  }

  static Evidence evidence(LocalDate date) {
    return Evidence.builder()
        .reference("采购需求审核记录.pdf")
        .sha256("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
        .date(date)
        .by("P4")
        .build();
  }

  static EffectivenessReview review(String reviewer) {
    return EffectivenessReview.builder()
        .date(LocalDate.of(2026, 5, 15))
        .reviewer(reviewer)
        .verdict(Effectiveness.EFFECTIVE)
        .build();
  }

  static Ledger withExtraPost(boolean withPower) {
    Ledger.Builder b =
        Fixtures.builder()
            .addPosts(
                Post.builder()
                    .id("POST-3")
                    .name("档案管理岗")
                    .department("D1")
                    .addHolders("P3")
                    .build());
    if (withPower) {
      b.addPowerItems(
          PowerItem.builder()
              .id("PI-3")
              .name("档案查阅审批")
              .owner(RiskOwner.post("POST-3"))
              .kind(PowerKind.APPROVAL)
              .discretion(Discretion.LIMITED)
              .frequency(Frequency.MONTHLY)
              .build());
    }
    return b.build();
  }

  static LevelDecision.Builder decision(RiskLevel proposed, RiskLevel decided) {
    LevelDecision.Builder b =
        LevelDecision.builder()
            .meetingReference("2026年第3次党组会议")
            .date(LocalDate.of(2026, 5, 20))
            .proposedLevel(proposed)
            .level(decided);
    return b;
  }

  /** The fixture with one point's level not decided by the meeting. */
  static Ledger decidedExcept(String undecided) {
    return Fixtures.withPoint(undecided, b -> b.decision(Optional.empty()));
  }

  @Test
  void decidedLevelsPassBeforeDuringAndAfterTheGradingPhase() {
    for (String day : List.of("2026-05-10", "2026-06-01", "2026-07-14", "2027-01-05")) {
      ValidationReport report =
          RuleSet.standard().validate(Fixtures.ledger(), Fixtures.clockAt(day));
      assertThat(report.byRule("PR-DECISION-003")).as(day).isEmpty();
      assertThat(report.byRule("PR-DECISION-004")).as(day).isEmpty();
    }
    ValidationReport before =
        RuleSet.standard().validate(decidedExcept("RP-3"), Fixtures.clockAt("2026-05-13"));
    assertThat(before.byRule("PR-DECISION-004")).isEmpty();
    ValidationReport during =
        RuleSet.standard().validate(decidedExcept("RP-3"), Fixtures.clockAt("2026-07-13"));
    assertThat(during.byRule("PR-DECISION-004")).hasSize(1);
    assertThat(during.byRule("PR-DECISION-003")).isEmpty();
  }

  @Test
  void theUnitsOwnPlanDatesTheGradingPhase() {
    io.github.probity.plan.ImplementationPlan late =
        io.github.probity.plan.ImplementationPlan.forLedger(Fixtures.ledger())
            .shiftedTo(LocalDate.of(2026, 9, 1));
    ValidationReport report =
        RuleSet.standard()
            .validate(
                ValidationContext.of(decidedExcept("RP-3"), Fixtures.clockAt("2026-07-14"))
                    .withPlan(late));
    assertThat(report.byRule("PR-DECISION-003")).isEmpty();
    assertThat(report.byRule("PR-DECISION-004")).isEmpty();
  }

  static Stream<Case> cases() {
    return Stream.of(
        c(
            "PR-POST-001",
            Severity.ERROR,
            () -> withExtraPost(false),
            "departments[D1].posts[POST-3].riskPoints",
            "岗位“档案管理岗”（POST-3）没有任何廉政风险点，无法建立“一岗一档”。",
            "Post 档案管理岗 (POST-3) has no risk point, so it has no post archive (one post, one"
                + " archive)."),
        c(
            "PR-OWNER-001",
            Severity.ERROR,
            () -> Fixtures.withoutPoint("RP-5"),
            "leadershipGroup.leaders[P2].riskPoints",
            "班子成员李文华（副局长）没有个人廉政风险点。",
            "Leader 李文华 (副局长) has no personal risk point."),
        c(
            "PR-OWNER-002",
            Severity.ERROR,
            () -> Fixtures.withoutPoint("RP-3"),
            "departments[D1].riskPoints",
            "科室“政府采购监管科”（D1）没有科室廉政风险点。",
            "Department 政府采购监管科 (D1) has no department risk point."),
        c(
            "PR-OWNER-003",
            Severity.ERROR,
            () -> Fixtures.withoutPoint("RP-6"),
            "leadershipGroup.riskPoints",
            "领导班子“局领导班子”（LG）没有班子廉政风险点。",
            "Leadership group 局领导班子 (LG) has no group risk point."),
        c(
            "PR-POINT-001",
            Severity.ERROR,
            () ->
                Fixtures.withPoint(
                    "RP-3", b -> b.level(Optional.empty()).decision(Optional.empty())),
            RP3 + ".level",
            "风险点 RP-3“科室采购制度执行不到位”既没有风险等级，也没有评级因素。",
            "Risk point RP-3 \"科室采购制度执行不到位\" has neither a risk level nor grading factors."),
        c(
            "PR-POINT-002",
            Severity.ERROR,
            () -> Fixtures.withPoint("RP-3", b -> b.responsible(Optional.empty())),
            RP3 + ".responsible",
            "风险点 RP-3“科室采购制度执行不到位”没有防控责任人。",
            "Risk point RP-3 \"科室采购制度执行不到位\" has no responsible person."),
        c(
            "PR-MEASURE-001",
            Severity.ERROR,
            () -> Fixtures.withPoint("RP-3", b -> b.measures(List.of())),
            RP3 + ".measures",
            "风险点 RP-3“科室采购制度执行不到位”没有防控措施。",
            "Risk point RP-3 \"科室采购制度执行不到位\" has no prevention measure."),
        c(
            "PR-MEASURE-002",
            Severity.ERROR,
            () ->
                Fixtures.withPoint(
                    "RP-2",
                    b ->
                        b.measures(
                            List.of(
                                Fixtures.measure("M-2", MeasureType.SEPARATION_OF_DUTIES, "P3")))),
            POST2 + ".riskPoints[RP-2].measures[M-2].proposer",
            "个人风险点 RP-2 的防控措施 M-2 由赵敏提出，其不是岗位“资金支付岗”的在岗人。",
            "Measure M-2 of personal risk point RP-2 was proposed by 赵敏, who does not hold post"
                + " 资金支付岗."),
        c(
            "PR-MEASURE-002",
            Severity.ERROR,
            () ->
                Fixtures.withPoint(
                    "RP-5",
                    b -> b.measures(List.of(Fixtures.measure("M-5", MeasureType.EDUCATION, "P1")))),
            "leadershipGroup.leaders[P2].riskPoints[RP-5].measures[M-5].proposer",
            "风险点 RP-5 的防控措施 M-5 由王建国提出，不是领导干部李文华本人制定。",
            "Measure M-5 of risk point RP-5 was proposed by 王建国, not by the leader 李文华"
                + " personally."),
        new Case(
            "PR-MEASURE-003",
            Severity.WARNING,
            Fixtures::ledger,
            Fixtures.clockAt("2027-01-05"),
            POST1 + ".riskPoints[RP-1].measures[M-1].deadline",
            "风险点 RP-1 的防控措施 M-1 应于 2026-12-31 前落实，已逾期（今天是 2027-01-05）。",
            "Measure M-1 of risk point RP-1 was due on 2026-12-31 and is overdue (today is"
                + " 2027-01-05)."),
        c(
            "PR-MEASURE-004",
            Severity.WARNING,
            () -> withM1(m -> m.status(MeasureStatus.DONE).progress(100)),
            M1 + ".evidence",
            "风险点 RP-1 的防控措施 M-1 记为已落实，但没有落实佐证。",
            "Measure M-1 of risk point RP-1 is recorded as in place but has no evidence."),
        c(
            "PR-MEASURE-005",
            Severity.ERROR,
            () -> withM1(m -> m.status(MeasureStatus.ABANDONED)),
            M1 + ".abandonReason",
            "风险点 RP-1 的防控措施 M-1 已废止，未写明废止理由。",
            "Measure M-1 of risk point RP-1 is abandoned without a reason."),
        c(
            "PR-MEASURE-005",
            Severity.ERROR,
            () -> withM1(m -> m.status(MeasureStatus.ABANDONED).abandonReason("\u00a0")),
            M1 + ".abandonReason",
            "风险点 RP-1 的防控措施 M-1 已废止，未写明废止理由。",
            "Measure M-1 of risk point RP-1 is abandoned without a reason."),
        c(
            "PR-MEASURE-006",
            Severity.WARNING,
            () -> withM1(m -> m.status(MeasureStatus.IN_PROGRESS).progress(100)),
            M1 + ".progress",
            "风险点 RP-1 的防控措施 M-1 进度已达100%，状态却为“推进中”，不是“已落实”。",
            "Measure M-1 of risk point RP-1 is at 100% progress but recorded as 推进中, not as in"
                + " place."),
        c(
            "PR-MEASURE-006",
            Severity.WARNING,
            () -> withM1(m -> done(m).progress(80)),
            M1 + ".progress",
            "风险点 RP-1 的防控措施 M-1 记为已落实，进度却只有80%。",
            "Measure M-1 of risk point RP-1 is recorded as in place at 80% progress."),
        c(
            "PR-MEASURE-007",
            Severity.ERROR,
            () -> withM1(m -> done(m).addReviews(review("P4"))),
            M1 + ".reviews",
            "风险点 RP-1 的防控措施 M-1 于 2026-05-15 由其提出人钱进评估有效性，应由监督责任人评估。",
            "The effectiveness of measure M-1 of risk point RP-1 was reviewed on 2026-05-15 by 钱进,"
                + " who proposed it; the supervisor reviews it."),
        c(
            "PR-MEASURE-007",
            Severity.ERROR,
            () -> withM1(m -> done(m).proposer("P3").addReviews(review("P4"))),
            M1 + ".reviews",
            "风险点 RP-1 的防控措施 M-1 于 2026-05-15 由风险点责任人钱进评估有效性，应由监督责任人评估。",
            "The effectiveness of measure M-1 of risk point RP-1 was reviewed on 2026-05-15 by 钱进,"
                + " the point's responsible person; the supervisor reviews it."),
        c(
            "PR-MEASURE-008",
            Severity.WARNING,
            () ->
                withM1(
                    m ->
                        m.status(MeasureStatus.DONE)
                            .progress(100)
                            .evidence(List.of())
                            .addEvidence(evidence(LocalDate.of(2026, 2, 1)))),
            M1 + ".reviews",
            "风险点 RP-1（高）的防控措施 M-1 应于 2026-05-01 前完成有效性评估，已逾期（今天是 2026-06-01）。",
            "The effectiveness review of measure M-1 of risk point RP-1 (高) was due on 2026-05-01 and"
                + " is overdue (today is 2026-06-01)."),
        c(
            "PR-SUPERVISOR-001",
            Severity.ERROR,
            () -> Fixtures.withPoint("RP-1", b -> b.supervisor("P2")),
            POST1 + ".riskPoints[RP-1].supervisor",
            "高等级风险点 RP-1 的责任领导为李文华，按等级应由主要领导王建国负责监控。",
            "High-level risk point RP-1 is supervised by 李文华; its level requires the principal"
                + " leader 王建国."),
        c(
            "PR-SUPERVISOR-001",
            Severity.ERROR,
            () -> Fixtures.withPoint("RP-1", b -> b.supervisor(Optional.empty())),
            POST1 + ".riskPoints[RP-1].supervisor",
            "高等级风险点 RP-1 没有责任领导，按等级应由主要领导王建国负责监控。",
            "High-level risk point RP-1 has no supervisor; its level requires the principal leader"
                + " 王建国."),
        c(
            "PR-SUPERVISOR-001",
            Severity.ERROR,
            StandardRulesTest::withoutPrincipal,
            POST1 + ".riskPoints[RP-1].supervisor",
            "高等级风险点 RP-1 应由主要领导负责监控，但领导班子未标明主要领导。",
            "High-level risk point RP-1 needs the principal leader as supervisor, but the leadership"
                + " group marks no principal leader."),
        c(
            "PR-REF-001",
            Severity.ERROR,
            () -> Fixtures.withPoint("RP-3", b -> b.supervisor("P4")),
            RP3 + ".supervisor",
            "风险点 RP-3 的责任领导钱进既不是领导班子成员，也不是所在科室负责人。",
            "The supervisor 钱进 of risk point RP-3 is neither a member of the leadership group nor"
                + " the head of its department."),
        c(
            "PR-REF-001",
            Severity.ERROR,
            () -> Fixtures.withPoint("RP-5", b -> b.supervisor("P2")),
            "leadershipGroup.leaders[P2].riskPoints[RP-5].supervisor",
            "领导干部李文华监管本人的风险点 RP-5，应由其他班子成员负责监控。",
            "Leader 李文华 supervises his or her own risk point RP-5; another member of the"
                + " leadership group must."),
        c(
            "PR-SUPERVISOR-002",
            Severity.ERROR,
            () -> Fixtures.withPoint("RP-3", b -> b.supervisor("P3").responsible("P4")),
            RP3 + ".supervisor",
            "风险点 RP-3 的等级为“一般”，其责任领导赵敏不是领导班子成员；只有低等级风险点可由科室负责人监控。",
            "Risk point RP-3 is of level MEDIUM, but its supervisor 赵敏 is not a member of the"
                + " leadership group; only a low-level point may be supervised by its department"
                + " head."),
        c(
            "PR-REF-002",
            Severity.ERROR,
            () -> Fixtures.withPoint("RP-2", b -> b.supervisor("P5")),
            POST2 + ".riskPoints[RP-2].supervisor",
            "孙丽既是风险点 RP-2 的责任人，又是其责任领导，应由他人负责监控。",
            "孙丽 is both the responsible person and the supervisor of risk point RP-2; another"
                + " person must supervise."),
        c(
            "PR-REF-003",
            Severity.ERROR,
            () -> Fixtures.withPoint("RP-6", b -> b.responsible("P2").supervisor("P1")),
            "leadershipGroup.riskPoints[RP-6].supervisor",
            "领导班子风险点 RP-6 由对班子负总责的主要领导王建国监控，应由其他班子成员负责监控。",
            "Leadership-group risk point RP-6 is supervised by the principal leader 王建国, who"
                + " answers for the group; another member of the group must supervise."),
        new Case(
            "PR-DECISION-003",
            Severity.ERROR,
            () -> decidedExcept("RP-3"),
            Fixtures.clockAt("2026-07-14"),
            RP3 + ".decision",
            "风险点 RP-3“科室采购制度执行不到位”的等级未经领导班子会议集体研究确定，而“开展风险分析，制定防范措施”阶段已于 2026-07-13 结束。",
            "The level of risk point RP-3 \"科室采购制度执行不到位\" was not decided collectively by a"
                + " leadership meeting, though the phase \"开展风险分析，制定防范措施\" ended on"
                + " 2026-07-13."),
        new Case(
            "PR-DECISION-004",
            Severity.WARNING,
            () -> decidedExcept("RP-3"),
            Fixtures.clockAt("2026-05-14"),
            RP3 + ".decision",
            "风险点 RP-3“科室采购制度执行不到位”的等级尚未经领导班子会议集体研究确定；“开展风险分析，制定防范措施”阶段于 2026-07-13 结束。",
            "The level of risk point RP-3 \"科室采购制度执行不到位\" is not yet decided collectively by"
                + " a leadership meeting; the phase \"开展风险分析，制定防范措施\" ends on 2026-07-13."),
        c(
            "PR-DECISION-001",
            Severity.ERROR,
            () ->
                Fixtures.withPoint(
                    "RP-3",
                    b ->
                        b.decision(
                            decision(RiskLevel.HIGH, RiskLevel.MEDIUM)
                                .rationale("集体研究认为该科室已有配套制度")
                                .build())),
            RP3 + ".decision.proposedLevel",
            "风险点 RP-3 提交会议的拟定等级为“高”，与台账记录的等级“一般”不一致。",
            "The meeting decided risk point RP-3 on a proposed level HIGH, but the ledger records"
                + " the level MEDIUM."),
        c(
            "PR-DECISION-002",
            Severity.ERROR,
            () ->
                Fixtures.withPoint(
                    "RP-3",
                    b ->
                        b.decision(
                            decision(RiskLevel.MEDIUM, RiskLevel.MEDIUM)
                                .meetingReference("\u00A0\u3000")
                                .build())),
            RP3 + ".decision.meetingReference",
            "风险点 RP-3 的等级决定缺少会议名称（为空白）。",
            "The level decision on risk point RP-3 has a blank meeting reference."),
        c(
            "PR-DECISION-002",
            Severity.ERROR,
            () ->
                Fixtures.withPoint(
                    "RP-3",
                    b ->
                        b.decision(
                            decision(RiskLevel.MEDIUM, RiskLevel.LOW).rationale("\u200B").build())),
            RP3 + ".decision.rationale",
            "会议将风险点 RP-3 的等级由“一般”改为“低”，但未说明理由。",
            "The meeting changed the level of risk point RP-3 from MEDIUM to LOW without a"
                + " rationale."),
        c(
            "PR-DECISION-005",
            Severity.ERROR,
            () ->
                io.github.probity.model.Ledger.builder()
                    .from(
                        Fixtures.withPoint(
                            "RP-3",
                            b ->
                                b.decision(
                                    decision(RiskLevel.MEDIUM, RiskLevel.MEDIUM)
                                        .meetingReference("2026年第4次党组会议")
                                        .build())))
                    .addMeetings(
                        io.github.probity.model.Meeting.builder()
                            .reference("2026年第3次党组会议")
                            .date(LocalDate.of(2026, 5, 20))
                            .kind(io.github.probity.model.MeetingKind.PARTY_GROUP)
                            .build(),
                        io.github.probity.model.Meeting.builder()
                            .reference("2026年第4次党组会议")
                            .date(LocalDate.of(2026, 5, 21))
                            .kind(io.github.probity.model.MeetingKind.PARTY_GROUP)
                            .build())
                    .build(),
            RP3 + ".decision.date",
            "风险点 RP-3 的等级决定日期为 2026-05-20，但所依据的会议“2026年第4次党组会议”召开于 2026-05-21。",
            "The level decision on risk point RP-3 is dated 2026-05-20, but its meeting 2026年第4次党组会议 was"
                + " held on 2026-05-21."),
        c(
            "PR-DECISION-006",
            Severity.ERROR,
            () ->
                io.github.probity.model.Ledger.builder()
                    .from(Fixtures.ledger())
                    .meetings(
                        List.of(
                            io.github.probity.model.Meeting.builder()
                                .from(
                                    io.github.probity.model.Meeting.inferredFrom(Fixtures.ledger())
                                        .get(0))
                                .addAttendees("P1")
                                .addOtherAttendees("纪检组长　李明")
                                .build()))
                    .build(),
            "meetings[2026年第3次党组会议].attendees",
            "会议“2026年第3次党组会议”集体研究确定风险等级，但到会的领导班子成员仅 1 人（共 2 人），未超过半数，不足以作出集体决定。",
            "The meeting 2026年第3次党组会议 decided risk levels with 1 of the leadership group's 2"
                + " members present, not more than half: it had no quorum for a collective"
                + " decision."),
        c(
            "PR-DEPT-001",
            Severity.ERROR,
            () -> Fixtures.withDepartment(b -> b.supervisingLeader("P1")),
            "departments[D1].supervisingLeader",
            "科室“政府采购监管科”（D1）登记的分管领导王建国并不分管该科室，科室防控措施无人把关。",
            "Department 政府采购监管科 (D1) lists 王建国 as supervising leader, who is not a leader"
                + " supervising it, so its measures lack a valid sign-off."),
        c(
            "PR-DEPT-001",
            Severity.ERROR,
            () -> Fixtures.withDepartment(b -> b.supervisingLeader(Optional.empty())),
            "departments[D1].supervisingLeader",
            "科室“政府采购监管科”（D1）有科室风险点，但没有分管领导把关防控措施。",
            "Department 政府采购监管科 (D1) has department risk points but no supervising leader to"
                + " sign off its measures."),
        c(
            "PR-POWER-001",
            Severity.ERROR,
            () -> Fixtures.withPowerItem("PI-1", b -> b.majorMatter(false)),
            POST1 + ".powerItems[PI-1].majorMatter",
            "采购类职权事项“政府采购项目审核”（PI-1）未纳入“三重一大”事项决策范围。",
            "Power item 政府采购项目审核 (PI-1) of kind PROCUREMENT is not marked as a major matter"
                + " (three-important-one-large)."),
        c(
            "PR-POWER-002",
            Severity.WARNING,
            () -> Fixtures.withPowerItem("PI-2", b -> b.majorMatter(false)),
            POST2 + ".powerItems[PI-2].majorMatter",
            "财务类职权事项“资金拨付审核”（PI-2）未纳入“三重一大”事项决策范围，请核实是否涉及大额资金使用。",
            "Finance power item 资金拨付审核 (PI-2) is not marked as a major matter; check whether it"
                + " uses large funds."),
        c(
            "PR-POWER-003",
            Severity.ERROR,
            () ->
                Fixtures.withPoint(
                    "RP-1",
                    b ->
                        b.measures(
                            List.of(Fixtures.measure("M-1", MeasureType.INSTITUTIONAL, "P4")))),
            POST1 + ".powerItems[PI-1]",
            "采购类职权事项“政府采购项目审核”（PI-1）没有分权制衡类防控措施。",
            "Power item 政府采购项目审核 (PI-1) of kind PROCUREMENT has no separation-of-duties"
                + " measure."),
        c(
            "PR-SOD-001",
            Severity.ERROR,
            StandardRulesTest::withBudgetApprovalHeldByPayer,
            "people[P5]",
            "孙丽同时担任岗位“资金支付岗”和“预算审批岗”，违反不相容职务分离（审批与支付）。",
            "孙丽 holds posts 资金支付岗 and 预算审批岗, whose duties must be separated"
                + " (APPROVAL_AND_PAYMENT)."),
        c(
            "PR-SOD-001",
            Severity.ERROR,
            StandardRulesTest::withAcceptanceByPurchaser,
            POST1 + ".powerItems[PI-1].processSteps[S2]",
            "钱进同时负责职权事项“政府采购项目审核”的“采购审核”和“履约验收”环节，违反不相容职务分离（采购与验收）。",
            "钱进 performs both steps 采购审核 and 履约验收 of power item 政府采购项目审核, which must be"
                + " separated (PURCHASE_AND_ACCEPTANCE)."),
        c(
            "PR-TEXT-001",
            Severity.WARNING,
            StandardRulesTest::withDuplicateTitle,
            POST1 + ".riskPoints[RP-7].title",
            "风险点 RP-7 与同一责任主体的风险点 RP-1 标题重复：“采购需求审核　把关不严”。",
            "Risk point RP-7 repeats the title \"采购需求审核　把关不严\" of risk point RP-1 of the same"
                + " owner."),
        c(
            "PR-TEXT-002",
            Severity.ERROR,
            () ->
                Fixtures.withPoint(
                    "RP-3",
                    b ->
                        b.measures(
                            List.of(
                                Measure.builder()
                                    .id("M-3")
                                    .text("\u3000\u3000")
                                    .type(MeasureType.INSTITUTIONAL)
                                    .build()))),
            RP3 + ".measures[M-3].text",
            "风险点 RP-3 的防控措施 M-3 去除空格（含全角空格）后为空。",
            "Measure M-3 of risk point RP-3 is blank once spaces (also full-width) are removed."),
        c(
            "PR-TEXT-002",
            Severity.ERROR,
            () -> Fixtures.withPoint("RP-3", b -> b.title("\u3000")),
            RP3 + ".title",
            "风险点 RP-3 的标题去除空格（含全角空格）后为空。",
            "The title of risk point RP-3 is blank once spaces (also full-width) are removed."),
        c(
            "PR-POST-002",
            Severity.WARNING,
            () -> withExtraPost(true),
            "departments[D1].posts[POST-3].riskPoints",
            "岗位“档案管理岗”（POST-3）有 1 项职权事项，但没有廉政风险点。",
            "Post 档案管理岗 (POST-3) holds 1 power item(s) but has no risk point."),
        c(
            "PR-DEPT-002",
            Severity.WARNING,
            () -> Fixtures.withPoint("RP-2", b -> b.category(RiskCategory.PROCESS)),
            "departments[D1].riskPoints",
            "科室“政府采购监管科”（D1）的风险点只覆盖五类风险中的 2 类，应至少覆盖 3 类。",
            "The risk points of department 政府采购监管科 (D1) cover 2 of the five risk categories; at"
                + " least 3 are expected."));
  }

  static Ledger withoutPrincipal() {
    LeadershipGroup g = Fixtures.ledger().getLeadershipGroup();
    List<Leader> leaders = new ArrayList<>();
    for (Leader l : g.getLeaders()) {
      Leader.Builder b = Leader.builder();
      b.from(l);
      b.principal(false);
      leaders.add(b.build());
    }
    LeadershipGroup.Builder gb = LeadershipGroup.builder();
    gb.from(g);
    gb.leaders(leaders);
    return Fixtures.builder().leadershipGroup(gb.build()).build();
  }

  static Ledger withBudgetApprovalHeldByPayer() {
    return Fixtures.builder()
        .addPosts(
            Post.builder()
                .id("POST-3")
                .name("预算审批岗")
                .department("D1")
                .addHolders("P5")
                .addDuties("审批部门预算调整")
                .build())
        .build();
  }

  static Ledger withAcceptanceByPurchaser() {
    return Fixtures.withPowerItem(
        "PI-1",
        b -> {
          PowerItem item = Fixtures.ledger().powerItem("PI-1").orElseThrow();
          b.processSteps(
              List.of(
                  item.getProcessSteps().get(0),
                  io.github.probity.model.ProcessStep.builder()
                      .id("S2")
                      .name("履约验收")
                      .post("POST-1")
                      .build()));
        });
  }

  static Ledger withDuplicateTitle() {
    RiskPoint rp1 = Fixtures.ledger().riskPoint("RP-1").orElseThrow();
    RiskPoint.Builder b = RiskPoint.builder();
    b.from(rp1);
    b.id("RP-7")
        .title("采购需求审核　把关不严")
        .measures(List.of(Fixtures.measure("M-7", MeasureType.SEPARATION_OF_DUTIES, "P4")));
    return Fixtures.builder().addRiskPoints(b.build()).build();
  }

  @Test
  void theFixturePassesEveryStandardRule() {
    ValidationReport report = RuleSet.standard().validate(Fixtures.ledger(), Fixtures.CLOCK);
    assertThat(report.getFindings()).isEmpty();
    assertThat(report.isValid()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachRuleFailsOnItsCase(Case c) {
    ValidationReport passing = RuleSet.standard().validate(Fixtures.ledger(), Fixtures.CLOCK);
    assertThat(passing.byRule(c.ruleId())).isEmpty();

    ValidationReport failing = RuleSet.standard().validate(c.failing().get(), c.clock());
    List<Finding> found = failing.byRule(c.ruleId());
    assertThat(found).hasSize(1);
    Finding v = found.get(0);
    assertThat(v.getCode().code()).isEqualTo(c.ruleId());
    assertThat(v.getSeverity()).isEqualTo(c.severity());
    assertThat(v.getLocation().text()).isEqualTo(c.path());
    assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(c.zh());
    assertThat(v.message()).isEqualTo(c.zh());
    assertThat(v.message(Locale.ENGLISH)).isEqualTo(c.en());
    if (c.severity() == Severity.ERROR) {
      assertThat(failing.isValid()).isFalse();
    }
  }

  @Test
  void theHeadSupervisesLowPointsAndAnotherLeaderThePrincipalsOwnHighPoints() {
    Ledger ledger = Fixtures.withPoint("RP-2", b -> b.supervisor("P3"));
    Ledger own =
        Fixtures.builder()
            .riskPoints(
                Fixtures.withPoint(
                        "RP-4",
                        b ->
                            b.level(RiskLevel.HIGH)
                                .decision(Fixtures.decided(RiskLevel.HIGH))
                                .supervisor("P2"))
                    .getRiskPoints())
            .build();
    assertThat(RuleSet.standard().validate(ledger, Fixtures.CLOCK).getFindings()).isEmpty();
    assertThat(RuleSet.standard().validate(own, Fixtures.CLOCK).getFindings()).isEmpty();
  }

  @Test
  void everyStandardRuleHasACase() {
    assertThat(cases().map(Case::ruleId).distinct())
        .containsExactlyInAnyOrderElementsOf(
            RuleSet.standard().rules().stream()
                .map(Rule::id)
                .filter(id -> !id.equals(ArchiveRule.ID)) // needs archives: ArchiveRuleTest
                .filter(id -> !id.equals(ReviewerNotProposer.ID)) // needs reviews: ReviewRuleTest
                .filter(
                    id -> !id.equals(ExtraFactorValues.ID)) // needs a policy: ExtraFactorRuleTest
                .toList());
  }
}
