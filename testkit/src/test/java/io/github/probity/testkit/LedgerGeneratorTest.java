package io.github.probity.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.model.Department;
import io.github.probity.model.Leader;
import io.github.probity.model.LeadershipGroup;
import io.github.probity.model.Ledger;
import io.github.probity.model.LevelDecision;
import io.github.probity.model.Measure;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.Post;
import io.github.probity.model.PowerItem;
import io.github.probity.model.PowerKind;
import io.github.probity.model.ProcessStep;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import io.github.probity.validation.RuleSet;
import io.github.probity.validation.ValidationReport;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class LedgerGeneratorTest {
  private static final LocalDate JUNE_FIRST = LocalDate.of(2026, 6, 1);

  static LongStream seeds() {
    return LongStream.range(0, 250);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedLedgerSatisfiesTheDocumentedInvariants(long seed) {
    Ledger ledger = LedgerGenerator.generate(seed);

    assertThat(ledger.getRiskPoints()).hasSizeBetween(10, 300);
    assertInvariants(ledger, ledger.getRiskPoints().size());
    assertThat(ledger.getDepartments()).hasSizeBetween(2, 10);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void sameSeedGivesAnEqualLedger(long seed) {
    Ledger first = LedgerGenerator.generate(seed);
    Ledger second = LedgerGenerator.generate(seed);

    assertThat(second).isEqualTo(first).isNotSameAs(first);
    assertThat(second.hashCode()).isEqualTo(first.hashCode());
    assertThat(LedgerGenerator.generate(seed, first.getRiskPoints().size())).isEqualTo(first);
  }

  @Test
  void differentSeedsGiveDifferentLedgers() {
    Set<Ledger> ledgers =
        seeds().mapToObj(LedgerGenerator::generate).collect(Collectors.toCollection(HashSet::new));

    assertThat(ledgers).hasSize((int) seeds().count());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void nextSeedGivesADifferentLedger(long seed) {
    assertThat(LedgerGenerator.generate(seed + 1)).isNotEqualTo(LedgerGenerator.generate(seed));
  }

  @ParameterizedTest(name = "{0} risk points")
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 7, 19, 20, 21, 50, 299, 300, 301, 1000, 5000})
  void sizedGenerationGivesExactlyThatManyPoints(int size) {
    for (long seed = 0; seed < 20; seed++) {
      Ledger ledger = LedgerGenerator.generate(seed, size);

      assertThat(ledger.getRiskPoints()).hasSize(size);
      assertInvariants(ledger, size);
    }
  }

  @Test
  void largeLedgerScalesDepartmentsPostsAndPeople() {
    Ledger ledger = LedgerGenerator.generate(7, 20_000);

    assertThat(ledger.getRiskPoints()).hasSize(20_000);
    assertThat(ledger.getPosts()).hasSizeBetween(2_000, 5_000);
    assertThat(ledger.getDepartments()).hasSizeGreaterThan(10);
    assertThat(ledger.getPeople()).hasSizeGreaterThan(ledger.getPosts().size());
    assertThat(ledger.getRiskPoints().get(41).getId()).isEqualTo("RP-00042");
    assertInvariants(ledger, 20_000);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void titlesRarelyRepeatWithinAnOwnerAndFewDeadlinesPassBeforeJune(long seed) {
    Ledger ledger = LedgerGenerator.generate(seed);
    int n = ledger.getRiskPoints().size();
    int repeats = 0;
    for (List<RiskPoint> points : ledger.riskPointsByOwner().values()) {
      Set<String> titles = new HashSet<>();
      for (RiskPoint p : points) {
        if (!titles.add(p.getTitle())) {
          repeats++;
        }
      }
    }
    long overdue =
        ledger.getRiskPoints().stream()
            .flatMap(p -> p.getMeasures().stream())
            .filter(m -> m.getDeadline().filter(d -> d.isBefore(JUNE_FIRST)).isPresent())
            .count();

    assertThat(repeats).as("repeated titles within an owner").isLessThanOrEqualTo(1 + n / 20);
    assertThat(overdue).as("deadlines before June").isLessThanOrEqualTo(1 + n / 10);
  }

  @Test
  void largeLedgerKeepsASmallShareOfEachDefect() {
    Ledger ledger = LedgerGenerator.generate(11, 100_000);
    Clock clock = Clock.fixed(Instant.parse("2026-06-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    ValidationReport report = RuleSet.standard().validate(ledger, clock);

    for (String rule : List.of("PR-TEXT-001", "PR-MEASURE-003", "PR-POINT-002")) {
      assertThat(report.byRule(rule)).as(rule).hasSizeBetween(20, 5_000);
    }
    // on June 1 the grading phase runs: undecided levels are pending (PR-DECISION-004), not defects
    assertThat(report.getFindings())
        .filteredOn(f -> !f.getCode().code().equals("PR-DECISION-004"))
        .hasSizeLessThan(25_000);
  }

  @Test
  void mostLedgersRecordTheirMeetingsAndFewDecisionsMissTheirDate() {
    int recorded = 0;
    int decisions = 0;
    int misdated = 0;
    for (long seed = 0; seed < 200; seed++) {
      Ledger ledger = LedgerGenerator.generate(seed);
      if (ledger.getMeetings().isEmpty()) {
        continue;
      }
      recorded++;
      assertThat(ledger.getMeetings())
          .extracting(io.github.probity.model.Meeting::getReference)
          .containsExactlyElementsOf(
              io.github.probity.model.Meeting.inferredFrom(ledger).stream()
                  .map(io.github.probity.model.Meeting::getReference)
                  .toList());
      for (io.github.probity.model.Meeting m : ledger.getMeetings()) {
        assertThat(ledger.decidedAt(m.getReference())).as(m.getReference()).isNotEmpty();
        assertThat(m.getAttendees())
            .allMatch(a -> ledger.getLeadershipGroup().leader(a).isPresent());
        for (RiskPoint p : ledger.decidedAt(m.getReference())) {
          decisions++;
          if (!p.getDecision().orElseThrow().getDate().equals(m.getDate())) {
            misdated++;
          }
        }
      }
    }
    assertThat(recorded).isBetween(120, 180);
    assertThat(misdated).isPositive().isLessThan(decisions / 20);
  }

  @Test
  void negativeSizeIsRejected() {
    assertThatThrownBy(() -> LedgerGenerator.generate(1, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void seedsCoverEveryCategoryScopeKindAndLevelOften() {
    Set<RiskCategory> categories = EnumSet.noneOf(RiskCategory.class);
    Set<OwnerScope> scopes = EnumSet.noneOf(OwnerScope.class);
    Set<PowerKind> kinds = EnumSet.noneOf(PowerKind.class);
    Set<RiskLevel> levels = EnumSet.noneOf(RiskLevel.class);
    Set<RiskLevel> residuals = EnumSet.noneOf(RiskLevel.class);
    int aboveEffective = 0;
    int withoutFactors = 0;
    int sizes = 0;
    for (long seed = 0; seed < 50; seed++) {
      Ledger ledger = LedgerGenerator.generate(seed);
      sizes += ledger.getRiskPoints().size();
      for (RiskPoint p : ledger.getRiskPoints()) {
        categories.add(p.getCategory());
        scopes.add(p.getOwner().getScope());
        p.getLevel().ifPresent(levels::add);
        p.getResidualLevel().ifPresent(residuals::add);
        if (p.getResidualRationale().isPresent()) {
          aboveEffective++;
        }
        if (p.getFactors().isEmpty()) {
          withoutFactors++;
        }
      }
      ledger.getPowerItems().forEach(i -> kinds.add(i.getKind()));
    }
    assertThat(categories).containsExactlyInAnyOrderElementsOf(RiskCategory.five());
    assertThat(scopes).containsExactlyInAnyOrder(OwnerScope.values());
    assertThat(kinds).containsExactlyInAnyOrder(PowerKind.values());
    assertThat(levels).containsExactlyInAnyOrder(RiskLevel.values());
    assertThat(residuals).containsExactlyInAnyOrder(RiskLevel.values());
    assertThat(aboveEffective).isPositive();
    assertThat(withoutFactors).isBetween(sizes / 20, sizes / 4);
  }

  @Test
  void ledgersVaryInSize() {
    Set<Integer> sizes =
        seeds()
            .mapToObj(s -> LedgerGenerator.generate(s).getRiskPoints().size())
            .collect(Collectors.toSet());
    assertThat(sizes).hasSizeGreaterThan(100);
    assertThat(sizes.stream().mapToInt(Integer::intValue).min().orElseThrow()).isLessThan(30);
    assertThat(sizes.stream().mapToInt(Integer::intValue).max().orElseThrow()).isGreaterThan(200);
  }

  /** Checks everything the Javadoc of LedgerGenerator promises. */
  static void assertInvariants(Ledger ledger, int size) {
    assertThat(ledger.getYear()).isEqualTo(ModelGenerators.YEAR);
    assertThat(ledger.getUnit().getName()).endsWith("财政局");

    // leadership group
    LeadershipGroup group = ledger.getLeadershipGroup();
    List<Leader> leaders = group.getLeaders();
    assertThat(group.getId()).isEqualTo("LG");
    assertThat(leaders).hasSizeBetween(3, 7);
    assertThat(leaders.get(0).isPrincipal()).isTrue();
    assertThat(leaders.stream().filter(Leader::isPrincipal)).hasSize(1);
    assertThat(leaders.stream().map(Leader::getPersonId).distinct()).hasSize(leaders.size());
    if (leaders.size() >= 4) {
      assertThat(leaders.get(leaders.size() - 1).getRole()).contains("纪检组长");
    }
    String principal = leaders.get(0).getPersonId();
    Set<String> leaderIds =
        leaders.stream().map(Leader::getPersonId).collect(Collectors.toUnmodifiableSet());

    // departments
    assertThat(ledger.getDepartments()).hasSizeGreaterThanOrEqualTo(2);
    if (size <= 300) {
      assertThat(ledger.getDepartments()).hasSizeLessThanOrEqualTo(10);
    }
    for (Department d : ledger.getDepartments()) {
      String head = d.getHead().orElseThrow();
      String leader = d.getSupervisingLeader().orElseThrow();
      assertThat(ledger.person(head)).isPresent();
      assertThat(leaderIds).doesNotContain(head).contains(leader);
      assertThat(leader).isNotEqualTo(principal);
    }
    for (Leader l : leaders) {
      Set<String> expected =
          ledger.getDepartments().stream()
              .filter(d -> d.getSupervisingLeader().orElseThrow().equals(l.getPersonId()))
              .map(Department::getId)
              .collect(Collectors.toSet());
      assertThat(l.getSupervisedDepartments()).containsExactlyInAnyOrderElementsOf(expected);
    }

    // posts
    if (size > 0) {
      assertThat(ledger.getPosts()).isNotEmpty();
    }
    for (Post p : ledger.getPosts()) {
      assertThat(p.getHolders()).hasSizeBetween(1, 2).doesNotHaveDuplicates();
      assertThat(p.getDuties()).hasSizeBetween(1, 3);
      assertThat(p.getName()).endsWith("岗");
      assertThat(ledger.riskPointsOf(RiskOwner.post(p.getId()))).isNotEmpty();
      assertThat(
              ledger.getPowerItems().stream()
                  .filter(i -> i.getOwner().equals(RiskOwner.post(p.getId()))))
          .hasSize(1);
    }

    // power items
    for (PowerItem item : ledger.getPowerItems()) {
      if (item.getOwner().getScope() == OwnerScope.LEADERSHIP_GROUP) {
        assertThat(item.isMajorMatter()).isTrue();
      }
      if (item.isMajorMatter()) {
        assertThat(item.getProcessSteps()).isNotEmpty();
        if (!ledger.getPosts().isEmpty()) {
          assertThat(item.getProcessSteps()).allMatch(s -> s.getPost().isPresent());
        }
      }
    }

    // risk points
    List<RiskPoint> points = ledger.getRiskPoints();
    assertThat(points).hasSize(size);
    int width = Math.max(4, Integer.toString(size).length());
    for (int i = 0; i < points.size(); i++) {
      RiskPoint p = points.get(i);
      assertThat(p.getId())
          .isEqualTo("RP-" + "0".repeat(width - Integer.toString(i + 1).length()) + (i + 1));
      if (i > 0) {
        assertThat(scopeRank(p.getOwner().getScope()))
            .isGreaterThanOrEqualTo(scopeRank(points.get(i - 1).getOwner().getScope()));
      }
      assertPoint(ledger, p, principal, leaderIds);
    }
    assertThat(ledger.riskPointsByOwner().values().stream().mapToInt(List::size).sum())
        .isEqualTo(size);

    // coverage
    Set<OwnerScope> scopes = EnumSet.noneOf(OwnerScope.class);
    Set<RiskCategory> categories = EnumSet.noneOf(RiskCategory.class);
    points.forEach(
        p -> {
          scopes.add(p.getOwner().getScope());
          categories.add(p.getCategory());
        });
    if (size >= 4) {
      assertThat(scopes).containsExactlyInAnyOrder(OwnerScope.values());
    }
    if (size >= 5) {
      assertThat(categories).containsExactlyInAnyOrderElementsOf(RiskCategory.five());
    }
    if (size >= 20) {
      assertThat(ledger.getPowerItems().stream().map(PowerItem::getKind).distinct())
          .containsExactlyInAnyOrder(PowerKind.values());
      assertThat(points).anyMatch(p -> p.getLevel().isEmpty());
      assertThat(points)
          .anyMatch(p -> p.getDecision().filter(d -> d.changesProposal()).isPresent());
      assertThat(points)
          .anyMatch(p -> p.getDecision().filter(d -> !d.changesProposal()).isPresent());
      assertThat(points).anyMatch(p -> p.getResidualLevel().isPresent());
      assertThat(points).anyMatch(p -> !p.getMonitoringIndicators().isEmpty());
    }
  }

  private static void assertPoint(
      Ledger ledger, RiskPoint p, String principal, Set<String> leaderIds) {
    assertThat(p.getMeasures()).hasSizeBetween(1, 3);
    for (int m = 0; m < p.getMeasures().size(); m++) {
      Measure measure = p.getMeasures().get(m);
      assertThat(measure.getId()).isEqualTo(p.getId() + "-M" + (m + 1));
      measure.getProposer().ifPresent(x -> assertThat(p.getResponsible()).contains(x));
    }
    p.getPowerItem()
        .ifPresent(
            id -> {
              PowerItem item = ledger.powerItem(id).orElseThrow();
              assertThat(item.getOwner()).isEqualTo(p.getOwner());
              p.getProcessStep()
                  .ifPresent(
                      s ->
                          assertThat(item.getProcessSteps())
                              .extracting(ProcessStep::getId)
                              .contains(s));
            });
    RiskOwner owner = p.getOwner();
    p.getResponsible()
        .ifPresent(
            r -> {
              switch (owner.getScope()) {
                case LEADERSHIP_GROUP:
                  assertThat(r).isEqualTo(principal);
                  break;
                case LEADER:
                  assertThat(r).isEqualTo(owner.getId());
                  break;
                case DEPARTMENT:
                  assertThat(ledger.department(owner.getId()).orElseThrow().getHead()).contains(r);
                  break;
                default:
                  assertThat(ledger.post(owner.getId()).orElseThrow().getHolders()).contains(r);
              }
            });
    p.getSupervisor()
        .ifPresent(
            s -> {
              if (owner.getScope() == OwnerScope.LEADERSHIP_GROUP) {
                assertThat(s).isEqualTo(lastLeader(ledger));
              } else if (owner.getScope() == OwnerScope.LEADER) {
                assertThat(s)
                    .isEqualTo(owner.getId().equals(principal) ? lastLeader(ledger) : principal);
              } else {
                Department dept = ledger.departmentOf(owner).orElseThrow();
                RiskLevel level = p.effectiveLevel().orElse(RiskLevel.MEDIUM);
                boolean headAnswers =
                    p.getResponsible().isPresent() && dept.getHead().equals(p.getResponsible());
                assertThat(Optional.of(s))
                    .isEqualTo(
                        level == RiskLevel.HIGH
                            ? Optional.of(principal)
                            : level == RiskLevel.MEDIUM || headAnswers
                                ? dept.getSupervisingLeader()
                                : dept.getHead());
              }
            });
    p.getDecision()
        .ifPresent(
            d -> {
              assertThat(p.getLevel()).contains(d.getProposedLevel());
              if (d.changesProposal()) {
                assertThat(d.getRationale()).isPresent();
              }
            });
    if (p.getResidualLevel().isPresent()) {
      RiskLevel effective = p.effectiveLevel().orElseThrow();
      if (p.getResidualLevel().get().rank() > effective.rank()) {
        assertThat(p.getResidualRationale()).isPresent();
      }
    }
    assertThat(p.getTitle()).isNotBlank();
    assertThat(p.getMonitoringIndicators()).hasSizeLessThanOrEqualTo(2);
    p.getDecision()
        .map(LevelDecision::getMeetingReference)
        .ifPresent(r -> assertThat(r).contains("2026年"));
  }

  private static int scopeRank(OwnerScope scope) {
    return IntStream.range(0, 4)
        .filter(
            i ->
                scope
                    == List.of(
                            OwnerScope.LEADERSHIP_GROUP,
                            OwnerScope.LEADER,
                            OwnerScope.DEPARTMENT,
                            OwnerScope.POST)
                        .get(i))
        .findFirst()
        .orElseThrow();
  }

  private static String lastLeader(Ledger ledger) {
    List<Leader> leaders = ledger.getLeadershipGroup().getLeaders();
    return leaders.get(leaders.size() - 1).getPersonId();
  }
}
