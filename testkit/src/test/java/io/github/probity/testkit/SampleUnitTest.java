package io.github.probity.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.model.Department;
import io.github.probity.model.Leader;
import io.github.probity.model.Ledger;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureType;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.Post;
import io.github.probity.model.PowerItem;
import io.github.probity.model.PowerKind;
import io.github.probity.model.ProcessStep;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleUnitTest {
  private static final Set<PowerKind> MONEY =
      EnumSet.of(PowerKind.PROCUREMENT, PowerKind.CONSTRUCTION, PowerKind.FINANCE);

  private final Ledger ledger = SampleUnit.ledger();

  @Test
  void describesTheUnit() {
    assertThat(ledger.getUnit().getName()).isEqualTo(SampleUnit.NAME).isEqualTo("示例区财政局");
    assertThat(ledger.getUnit().getCode()).isEqualTo(SampleUnit.CODE);
    assertThat(ledger.getUnit().getParentName()).contains("示例区人民政府");
    assertThat(ledger.getYear()).isEqualTo(2026);
    assertThat(ledger.getLeadershipGroup().getName()).isEqualTo("局领导班子");
  }

  @Test
  void hasTheExpectedSize() {
    assertThat(ledger.getLeadershipGroup().getLeaders()).hasSize(5);
    assertThat(ledger.getDepartments()).hasSize(8);
    assertThat(ledger.getPosts()).hasSizeBetween(35, 45);
    assertThat(ledger.getRiskPoints()).hasSizeBetween(140, 170);
    assertThat(ledger.getPowerItems()).hasSizeGreaterThanOrEqualTo(20);
  }

  @Test
  void leadershipGroupHasOnePrincipalAndOneDisciplineLeader() {
    List<Leader> leaders = ledger.getLeadershipGroup().getLeaders();
    assertThat(leaders).filteredOn(Leader::isPrincipal).hasSize(1);
    assertThat(leaders).filteredOn(l -> l.getRole().contains("纪检组长")).hasSize(1);
    assertThat(leaders)
        .allSatisfy(
            l -> {
              assertThat(l.getDivisionOfWork()).isNotBlank();
              assertThat(l.getSupervisedDepartments()).isNotEmpty();
            });
  }

  @Test
  void everyDepartmentHasAHeadAndASupervisingLeaderWhoSupervisesIt() {
    for (Department d : ledger.getDepartments()) {
      assertThat(d.getHead()).isPresent();
      String leader = d.getSupervisingLeader().orElseThrow();
      assertThat(ledger.getLeadershipGroup().leader(leader))
          .hasValueSatisfying(l -> assertThat(l.getSupervisedDepartments()).contains(d.getId()));
      assertThat(ledger.postsOf(d.getId())).hasSizeBetween(4, 6);
    }
  }

  @Test
  void postsHaveOneOrTwoDistinctHoldersAndTwoToFourDuties() {
    Set<String> holders = new HashSet<>();
    for (Post p : ledger.getPosts()) {
      assertThat(p.getHolders()).hasSizeBetween(1, 2);
      assertThat(p.getDuties()).hasSizeBetween(2, 4);
      for (String h : p.getHolders()) {
        assertThat(holders.add(h)).as("%s holds more than one post", h).isTrue();
      }
    }
  }

  @Test
  void everyCategoryAndScopeIsPresent() {
    assertThat(ledger.getRiskPoints().stream().map(RiskPoint::getCategory))
        .containsAll(RiskCategory.five());
    assertThat(ledger.getRiskPoints().stream().map(p -> p.getOwner().getScope()))
        .containsAll(EnumSet.allOf(OwnerScope.class));
  }

  @Test
  void everyOwnerHasPoints() {
    assertThat(ledger.riskPointsOf(RiskOwner.leadershipGroup(SampleUnit.GROUP_ID)))
        .hasSizeBetween(5, 8);
    for (Leader l : ledger.getLeadershipGroup().getLeaders()) {
      assertThat(ledger.riskPointsOf(RiskOwner.leader(l.getPersonId()))).hasSizeBetween(3, 5);
    }
    for (Department d : ledger.getDepartments()) {
      List<RiskPoint> points = ledger.riskPointsOf(RiskOwner.department(d.getId()));
      assertThat(points).hasSizeBetween(4, 6);
      assertThat(points.stream().map(RiskPoint::getCategory).distinct().count())
          .isGreaterThanOrEqualTo(3);
    }
    for (Post p : ledger.getPosts()) {
      assertThat(ledger.riskPointsOf(RiskOwner.post(p.getId()))).hasSizeBetween(2, 4);
    }
  }

  @Test
  void everyPointIsCompleteAndHasFewerHighThanOtherLevels() {
    for (RiskPoint p : ledger.getRiskPoints()) {
      assertThat(p.getMeasures()).as(p.getId()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
      assertThat(p.getLevel()).as(p.getId()).isPresent();
      assertThat(p.effectiveLevel()).as(p.getId()).isPresent();
      assertThat(p.getManifestation()).as(p.getId()).isPresent();
      assertThat(p.getFactors()).as(p.getId()).isPresent();
      assertThat(p.getResponsible()).as(p.getId()).isPresent();
      assertThat(p.getSupervisor()).as(p.getId()).isPresent();
    }
    Map<RiskLevel, Long> byLevel =
        ledger.getRiskPoints().stream()
            .collect(
                Collectors.groupingBy(
                    p -> p.effectiveLevel().orElseThrow(), Collectors.counting()));
    assertThat(byLevel).containsKeys(RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW);
    assertThat(byLevel.get(RiskLevel.HIGH))
        .isLessThan(byLevel.get(RiskLevel.MEDIUM))
        .isLessThan(byLevel.get(RiskLevel.LOW));
  }

  @Test
  void responsiblePersonAndProposerFollowTheOwner() {
    String principal = principal();
    for (RiskPoint p : ledger.getRiskPoints()) {
      RiskOwner owner = p.getOwner();
      String responsible = p.getResponsible().orElseThrow();
      switch (owner.getScope()) {
        case POST:
          assertThat(ledger.post(owner.getId()).orElseThrow().getHolders()).contains(responsible);
          break;
        case DEPARTMENT:
          assertThat(ledger.department(owner.getId()).orElseThrow().getHead())
              .contains(responsible);
          break;
        case LEADER:
          assertThat(responsible).isEqualTo(owner.getId());
          break;
        default:
          assertThat(responsible).isEqualTo(principal);
      }
      assertThat(p.getMeasures())
          .allSatisfy(m -> assertThat(m.getProposer()).as(m.getId()).contains(responsible));
    }
  }

  @Test
  void supervisorFollowsTheLevel() {
    String principal = principal();
    String discipline =
        ledger.getLeadershipGroup().getLeaders().stream()
            .filter(l -> l.getRole().contains("纪检组长"))
            .findFirst()
            .orElseThrow()
            .getPersonId();
    for (RiskPoint p : ledger.getRiskPoints()) {
      RiskLevel level = p.effectiveLevel().orElseThrow();
      RiskOwner owner = p.getOwner();
      String expected;
      if (owner.getScope() == OwnerScope.POST || owner.getScope() == OwnerScope.DEPARTMENT) {
        Department d = ledger.departmentOf(owner).orElseThrow();
        String head = d.getHead().orElseThrow();
        expected =
            level == RiskLevel.HIGH
                ? principal
                : level == RiskLevel.LOW && !p.getResponsible().orElseThrow().equals(head)
                    ? head
                    : d.getSupervisingLeader().orElseThrow();
      } else if (owner.getScope() == OwnerScope.LEADERSHIP_GROUP) {
        expected = discipline;
      } else {
        expected = level == RiskLevel.LOW ? discipline : principal;
        if (expected.equals(owner.getId())) {
          expected = expected.equals(principal) ? discipline : principal;
        }
      }
      assertThat(p.getSupervisor()).as(p.getId()).isNotEqualTo(p.getResponsible());
      assertThat(p.getSupervisor()).as(p.getId()).contains(expected);
      if (owner.getScope() == OwnerScope.LEADER) {
        assertThat(p.getSupervisor().orElseThrow()).as(p.getId()).isNotEqualTo(owner.getId());
      }
    }
  }

  @Test
  void moneyPowersAreMajorMattersAndTheirPointsSeparateDuties() {
    List<PowerItem> money =
        ledger.getPowerItems().stream().filter(i -> MONEY.contains(i.getKind())).toList();
    assertThat(money)
        .extracting(PowerItem::getKind)
        .contains(PowerKind.PROCUREMENT, PowerKind.CONSTRUCTION, PowerKind.FINANCE);
    for (PowerItem item : money) {
      assertThat(item.isMajorMatter()).as(item.getId()).isTrue();
      List<RiskPoint> points =
          ledger.getRiskPoints().stream()
              .filter(p -> p.getPowerItem().filter(item.getId()::equals).isPresent())
              .toList();
      assertThat(points).as("points on %s", item.getId()).isNotEmpty();
      for (RiskPoint p : points) {
        assertThat(p.getMeasures())
            .as(p.getId())
            .extracting(Measure::getType)
            .contains(MeasureType.SEPARATION_OF_DUTIES);
      }
    }
  }

  @Test
  void pointsNameOnlyExistingStepsOfTheirPowerItem() {
    long onPower = 0;
    for (RiskPoint p : ledger.getRiskPoints()) {
      if (p.getProcessStep().isPresent()) {
        PowerItem item = ledger.powerItem(p.getPowerItem().orElseThrow()).orElseThrow();
        assertThat(item.getProcessSteps())
            .extracting(ProcessStep::getId)
            .contains(p.getProcessStep().get());
        onPower++;
      }
    }
    assertThat(onPower).isGreaterThanOrEqualTo(40);
  }

  @Test
  void noPersonHoldsIncompatibleStepsOfOnePower() {
    for (PowerItem item : ledger.getPowerItems()) {
      assertSeparated(item, s -> s.contains("审批") || s.contains("审定"), s -> s.contains("支付"));
      assertSeparated(item, s -> s.contains("审批") || s.contains("审定"), s -> s.contains("拨付"));
      assertSeparated(item, s -> s.contains("采购"), s -> s.contains("验收"));
    }
  }

  @Test
  void stepsAreAssignedToPostsAndSomeStepsToTheLeadership() {
    List<ProcessStep> steps =
        ledger.getPowerItems().stream().flatMap(i -> i.getProcessSteps().stream()).toList();
    assertThat(steps).filteredOn(s -> s.getPost().isPresent()).hasSizeGreaterThan(60);
    assertThat(steps).filteredOn(s -> s.getName().contains("支付")).isNotEmpty();
    assertThat(steps).filteredOn(s -> s.getName().contains("验收")).isNotEmpty();
  }

  @Test
  void noOwnerHasTwoPointsWithOneTitle() {
    for (Map.Entry<RiskOwner, List<RiskPoint>> e : ledger.riskPointsByOwner().entrySet()) {
      List<String> titles = e.getValue().stream().map(RiskPoint::getTitle).toList();
      assertThat(titles).as(e.getKey().toString()).doesNotHaveDuplicates();
    }
  }

  @Test
  void everyLevelWasDecidedByTheLeadershipMeeting() {
    List<RiskPoint> decided =
        ledger.getRiskPoints().stream().filter(p -> p.getDecision().isPresent()).toList();
    assertThat(decided).hasSameSizeAs(ledger.getRiskPoints());
    assertThat(decided)
        .allSatisfy(
            p -> {
              assertThat(p.getDecision().get().getMeetingReference()).matches("2026年第[56]次党组会议");
              assertThat(p.getDecision().get().getDate()).isBefore(LocalDate.of(2026, 7, 14));
              assertThat(p.getDecision().get().getProposedLevel()).isEqualTo(p.getLevel().get());
            });
    assertThat(decided)
        .filteredOn(
            p ->
                p.getDecision().get().changesProposal()
                    || p.getDecision().get().getMeetingReference().contains("第6次"))
        .hasSizeBetween(3, 15);
    assertThat(decided)
        .filteredOn(p -> p.getDecision().get().changesProposal())
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.getDecision().get().getRationale()).isPresent());
  }

  @Test
  void someMeasuresHaveDeadlinesInTheSecondHalfOf2026AndSomePointsAreMonitored() {
    List<LocalDate> deadlines =
        ledger.getRiskPoints().stream()
            .flatMap(p -> p.getMeasures().stream())
            .flatMap(m -> m.getDeadline().stream())
            .toList();
    assertThat(deadlines)
        .isNotEmpty()
        .allSatisfy(d -> assertThat(d).isAfter(LocalDate.of(2026, 6, 30)).isBefore("2027-01-01"));
    assertThat(ledger.getRiskPoints())
        .filteredOn(p -> !p.getMonitoringIndicators().isEmpty())
        .hasSizeBetween(10, 60);
  }

  @Test
  void everyPersonIsALeaderAHeadOrAHolder() {
    Set<String> roles = new HashSet<>();
    ledger.getLeadershipGroup().getLeaders().forEach(l -> roles.add(l.getPersonId()));
    ledger.getDepartments().forEach(d -> roles.add(d.getHead().orElseThrow()));
    ledger.getPosts().forEach(p -> roles.addAll(p.getHolders()));
    assertThat(ledger.getPeople())
        .allSatisfy(p -> assertThat(roles).contains(p.getId()))
        .hasSize(roles.size());
  }

  @Test
  void isBuiltOnceAndShared() {
    assertThat(SampleUnit.ledger()).isSameAs(ledger).isEqualTo(ledger);
  }

  private String principal() {
    return ledger.getLeadershipGroup().principal().orElseThrow().getPersonId();
  }

  private void assertSeparated(PowerItem item, Predicate<String> a, Predicate<String> b) {
    Set<String> left = holders(item, a);
    Set<String> right = holders(item, b);
    left.retainAll(right);
    assertThat(left).as("%s: one person holds incompatible steps", item.getId()).isEmpty();
  }

  private Set<String> holders(PowerItem item, Predicate<String> stepName) {
    Set<String> holders = new HashSet<>();
    for (ProcessStep s : item.getProcessSteps()) {
      if (stepName.test(s.getName())) {
        s.getPost().flatMap(ledger::post).ifPresent(p -> holders.addAll(p.getHolders()));
      }
    }
    return holders;
  }
}
