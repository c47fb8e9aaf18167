package io.github.probity.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.archive.Archive;
import io.github.probity.model.Department;
import io.github.probity.model.Leader;
import io.github.probity.model.LeadershipGroup;
import io.github.probity.model.Ledger;
import io.github.probity.model.LevelDecision;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureType;
import io.github.probity.model.Person;
import io.github.probity.model.Post;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import io.github.probity.model.Unit;
import io.github.probity.review.ReviewAction;
import io.github.probity.review.ReviewRecord;
import io.github.probity.review.ReviewState;
import io.github.probity.review.ReviewStep;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PlanProgressTest {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  static Clock at(int month, int day) {
    return Clock.fixed(LocalDate.of(2026, month, day).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
  }

  /** Three posts, two with points; three points, two graded, one decided; four measures. */
  static Ledger ledger() {
    Measure m1 = Measure.builder().id("RP1-M1").text("双人复核").type(MeasureType.PROCESS).build();
    Measure m2 =
        Measure.builder().id("RP1-M2").text("定期轮岗").type(MeasureType.SEPARATION_OF_DUTIES).build();
    Measure m3 = Measure.builder().id("RP2-M1").text("网上公开").type(MeasureType.TECHNOLOGY).build();
    Measure m4 = Measure.builder().id("RP3-M1").text("警示教育").type(MeasureType.EDUCATION).build();
    return Ledger.builder()
        .unit(Unit.builder().code("U1").name("示例区财政局").build())
        .year(2026)
        .addPeople(
            Person.builder().id("P1").name("王局长").build(),
            Person.builder().id("P2").name("张三").build(),
            Person.builder().id("P3").name("李四").build())
        .leadershipGroup(
            LeadershipGroup.builder()
                .id("LG")
                .name("局领导班子")
                .addLeaders(Leader.builder().personId("P1").role("局长").principal(true).build())
                .build())
        .addDepartments(Department.builder().id("D1").name("预算科").head("P2").build())
        .addPosts(
            Post.builder().id("S1").name("预算编制岗").department("D1").addHolders("P2").build(),
            Post.builder().id("S2").name("预算审核岗").department("D1").addHolders("P3").build(),
            Post.builder().id("S3").name("综合岗").department("D1").build())
        .addRiskPoints(
            RiskPoint.builder()
                .id("RP1")
                .owner(RiskOwner.post("S1"))
                .category(RiskCategory.DUTY)
                .title("预算编制不公")
                .level(RiskLevel.HIGH)
                .decision(
                    LevelDecision.builder()
                        .meetingReference("2026年第5次党组会议")
                        .date(LocalDate.of(2026, 6, 20))
                        .proposedLevel(RiskLevel.HIGH)
                        .level(RiskLevel.HIGH)
                        .build())
                .addMeasures(m1, m2)
                .supervisor("P1")
                .build(),
            RiskPoint.builder()
                .id("RP2")
                .owner(RiskOwner.post("S1"))
                .category(RiskCategory.PROCESS)
                .title("指标调整随意")
                .level(RiskLevel.LOW)
                .addMeasures(m3)
                .build(),
            RiskPoint.builder()
                .id("RP3")
                .owner(RiskOwner.post("S2"))
                .category(RiskCategory.IDEOLOGY)
                .title("审核把关不严")
                .addMeasures(m4)
                .build())
        .build();
  }

  static ReviewRecord filed(String measureId, String pointId) {
    Instant t = Instant.parse("2026-06-01T02:00:00Z");
    return ReviewRecord.builder()
        .measureId(measureId)
        .riskPointId(pointId)
        .owner(RiskOwner.post("S1"))
        .addTrail(
            ReviewStep.builder()
                .action(ReviewAction.DRAFT)
                .toState(ReviewState.DRAFTED)
                .actor("P2")
                .at(t)
                .build(),
            ReviewStep.builder()
                .action(ReviewAction.REVIEW)
                .fromState(ReviewState.DRAFTED)
                .toState(ReviewState.REVIEWED)
                .actor("P1")
                .at(t.plusSeconds(60))
                .build(),
            ReviewStep.builder()
                .action(ReviewAction.FILE)
                .fromState(ReviewState.REVIEWED)
                .toState(ReviewState.FILED)
                .actor("P1")
                .at(t.plusSeconds(120))
                .build())
        .build();
  }

  @Test
  void figuresOnTheLedgerAlone() {
    PlanProgress p = PlanProgress.measure(ledger(), at(5, 20));

    assertThat(p.getDate()).isEqualTo(LocalDate.of(2026, 5, 20));
    assertThat(p.share(ProgressIndicator.POSTS_WITH_RISK_POINTS)).contains(Share.of(2, 3));
    assertThat(p.share(ProgressIndicator.POINTS_GRADED)).contains(Share.of(2, 3));
    assertThat(p.share(ProgressIndicator.POINTS_DECIDED)).contains(Share.of(1, 3));
    assertThat(p.share(ProgressIndicator.POINTS_WITH_MEASURES)).contains(Share.of(3, 3));
    assertThat(p.share(ProgressIndicator.POINTS_SUPERVISED)).contains(Share.of(1, 3));
    assertThat(p.share(ProgressIndicator.MEASURES_FILED)).isEmpty();
    assertThat(p.share(ProgressIndicator.POSTS_WITH_ARCHIVE)).isEmpty();
    assertThat(p.getFigures().keySet())
        .containsExactly(
            ProgressIndicator.POSTS_WITH_RISK_POINTS,
            ProgressIndicator.POINTS_GRADED,
            ProgressIndicator.POINTS_DECIDED,
            ProgressIndicator.POINTS_WITH_MEASURES,
            ProgressIndicator.POINTS_SUPERVISED);
    assertThat(Share.of(2, 3).format(Locale.CHINA)).isEqualTo("2/3（66.7%）");
  }

  @Test
  void phasesAreOverdueAgainstTheClock() {
    PlanProgress p = PlanProgress.measure(ledger(), at(5, 20));

    assertThat(p.getPhases())
        .extracting(PhaseProgress::getStatus)
        .containsExactly(
            PhaseStatus.OVERDUE,
            PhaseStatus.OVERDUE,
            PhaseStatus.IN_PROGRESS,
            PhaseStatus.NOT_STARTED);
    assertThat(p.overdue()).extracting(PhaseProgress::getDaysOverdue).containsExactly(22L, 9L);
    assertThat(p.getPhases().get(1).getOpenTasks()).containsExactly("明确职责", "查找风险");
    assertThat(p.isCompleted()).isFalse();

    PlanProgress before = PlanProgress.measure(ledger(), at(4, 19));
    assertThat(before.getPhases()).allMatch(x -> x.getStatus() == PhaseStatus.NOT_STARTED);
    assertThat(before.overdue()).isEmpty();

    PlanProgress lastDay = PlanProgress.measure(ledger(), at(4, 28));
    assertThat(lastDay.getPhases().get(0).getStatus()).isEqualTo(PhaseStatus.IN_PROGRESS);
  }

  @Test
  void recordedCompletionAndFullIndicatorsCompleteTasks() {
    Ledger full = Ledger.builder().from(ledger()).posts(ledger().getPosts().subList(0, 2)).build();
    ImplementationPlan plan =
        ImplementationPlan.forLedger(full)
            .withTaskCompleted("召开动员会议", LocalDate.of(2026, 4, 21))
            .withTaskCompleted("开展廉政教育", LocalDate.of(2026, 4, 27))
            .withTaskCompleted("明确职责", LocalDate.of(2026, 6, 1));

    PlanProgress may20 = PlanProgress.measure(plan, full, at(5, 20));
    assertThat(may20.getPhases().get(0).getStatus()).isEqualTo(PhaseStatus.COMPLETED);
    assertThat(may20.getPhases().get(1).getStatus()).isEqualTo(PhaseStatus.OVERDUE);
    assertThat(may20.getPhases().get(1).getDoneTasks()).containsExactly("查找风险");

    PlanProgress june2 = PlanProgress.measure(plan, full, at(6, 2));
    assertThat(june2.getPhases().get(1).getStatus()).isEqualTo(PhaseStatus.COMPLETED);
    assertThat(june2.getPhases().get(1).getDaysOverdue()).isZero();
  }

  @Test
  void aRecordedCompletionWithUnmetIndicatorsIsNotDone() {
    // 评定风险等级 recorded as completed while one of three levels is decided
    ImplementationPlan plan =
        ImplementationPlan.forLedger(ledger())
            .withTaskCompleted("廉政风险分析", LocalDate.of(2026, 6, 1))
            .withTaskCompleted("评定风险等级", LocalDate.of(2026, 6, 1));

    PlanProgress p = PlanProgress.measure(plan, ledger(), at(6, 2));

    PhaseProgress analysis = p.getPhases().get(2);
    assertThat(analysis.getDoneTasks()).containsExactly("廉政风险分析");
    assertThat(analysis.getOpenTasks()).contains("评定风险等级");
    assertThat(analysis.getUnmetTasks()).containsExactly("评定风险等级");
    assertThat(analysis.getStatus()).isEqualTo(PhaseStatus.IN_PROGRESS);
    assertThat(p.summary(Locale.SIMPLIFIED_CHINESE)).contains("；记录已完成但指标未达到：评定风险等级\n");
    assertThat(p.summary(Locale.ENGLISH))
        .contains("; recorded as completed but indicators not met: 评定风险等级\n");
  }

  @Test
  void anUnmeasuredIndicatorDoesNotContradictARecordedCompletion() {
    // 制定防范措施 names MEASURES_FILED, not measured without review records
    Ledger ledger = ledger();
    ImplementationPlan plan =
        ImplementationPlan.forLedger(ledger).withTaskCompleted("制定防范措施", LocalDate.of(2026, 6, 1));
    PhaseProgress analysis = PlanProgress.measure(plan, ledger, at(6, 2)).getPhases().get(2);
    assertThat(analysis.getDoneTasks()).containsExactly("制定防范措施");
    assertThat(analysis.getUnmetTasks()).isEmpty();
    PhaseProgress measured =
        PlanProgress.measure(plan, ledger, List.of(), List.of(), at(6, 2)).getPhases().get(2);
    assertThat(measured.getUnmetTasks()).containsExactly("制定防范措施");
  }

  @Test
  void reviewsAndArchivesAreMeasuredWhenGiven() {
    Ledger ledger = ledger();
    List<ReviewRecord> reviews = List.of(filed("RP1-M1", "RP1"), filed("RP2-M1", "RP2"));
    List<Archive> archives = List.of(Archive.of(ledger, "S1", reviews));

    PlanProgress p =
        PlanProgress.measure(
            ImplementationPlan.forLedger(ledger), ledger, reviews, archives, at(9, 1));

    assertThat(p.share(ProgressIndicator.MEASURES_FILED)).contains(Share.of(2, 4));
    assertThat(p.share(ProgressIndicator.POSTS_WITH_ARCHIVE)).contains(Share.of(1, 3));
    assertThat(p.overdue()).hasSize(4);
    assertThat(
            PlanProgress.measure(
                    ImplementationPlan.forLedger(ledger), ledger, List.of(), List.of(), at(9, 1))
                .share(ProgressIndicator.MEASURES_FILED))
        .contains(Share.of(0, 4));
  }

  @Test
  void theSummaryReadsInChineseAndEnglish() {
    PlanProgress p = PlanProgress.measure(ledger(), at(5, 20));

    assertThat(p.summary(Locale.SIMPLIFIED_CHINESE))
        .startsWith("示例区财政局2026年廉政风险预警防控机制建设工作实施计划进度（截至2026年5月20日）\n")
        .contains("  岗位风险点查找率：2/3（66.7%）\n")
        .contains("  防控措施审核备案率：未统计（未提供审核记录）\n")
        .contains("  第1阶段 广泛宣传发动，夯实思想基础（2026年4月20日—4月28日）：已逾期 22 天；未完成：召开动员会议、开展廉政教育\n")
        .contains("  第4阶段 加强风险管理，建立预警防控机制（2026年7月16日—8月31日）：未开始\n");
    assertThat(p.summary(Locale.ENGLISH))
        .startsWith("Implementation plan 2026 of 示例区财政局: progress on 2026-05-20\n")
        .contains("  posts with risk points: 2/3 (66.7%)\n")
        .contains("overdue by 9 days; open: 明确职责, 查找风险");
  }
}
