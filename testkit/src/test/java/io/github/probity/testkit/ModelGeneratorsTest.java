package io.github.probity.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.model.Department;
import io.github.probity.model.Discretion;
import io.github.probity.model.Frequency;
import io.github.probity.model.Leader;
import io.github.probity.model.LeadershipGroup;
import io.github.probity.model.LevelDecision;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureType;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.Person;
import io.github.probity.model.Post;
import io.github.probity.model.PowerItem;
import io.github.probity.model.PowerKind;
import io.github.probity.model.ProcessStep;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import io.github.probity.model.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ModelGeneratorsTest {

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  /** A mix of calls whose results are compared between instances. */
  private static List<Object> sample(ModelGenerators g) {
    List<Object> values = new ArrayList<>();
    values.add(g.unit());
    values.add(g.person());
    values.add(g.department());
    values.add(g.riskFactors());
    values.add(g.riskLevel());
    values.add(g.levelDecision(RiskLevel.MEDIUM));
    values.add(g.powerItem(RiskOwner.department("D-01")));
    for (int i = 0; i < 5; i++) {
      values.add(g.riskPoint(RiskOwner.post("PT-0001")));
    }
    return values;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void sameSeedGivesTheSameSequence(long seed) {
    assertThat(sample(ModelGenerators.seeded(seed)))
        .isEqualTo(sample(ModelGenerators.seeded(seed)));
  }

  @Test
  void differentSeedsGiveDifferentSequences() {
    long distinct = seeds().mapToObj(s -> sample(ModelGenerators.seeded(s))).distinct().count();
    assertThat(distinct).isEqualTo(seeds().count());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void textsAreFromThePoolsAndFit(long seed) {
    ModelGenerators g = ModelGenerators.seeded(seed);
    for (int i = 0; i < 20; i++) {
      String name = g.personName();
      assertThat(name).hasSizeBetween(2, 4);
      assertThat(Arrays.stream(Pools.SURNAMES).anyMatch(name::startsWith)).isTrue();
      assertThat(Pools.DEPARTMENT_NAMES).contains(g.departmentName());
      assertThat(g.departmentName()).matches(".*(科|室|中心)");
      assertThat(g.meetingReference()).matches("2026年第\\d+次(党组会议|局长办公会议)");
    }
    for (PowerKind kind : PowerKind.values()) {
      assertThat(g.postName(kind)).endsWith("岗");
      assertThat(g.powerItemName(kind)).isNotBlank().hasSizeLessThanOrEqualTo(200);
      assertThat(g.duty(kind)).matches("(负责|配合).*").hasSizeLessThanOrEqualTo(500);
      assertThat(g.monitoringIndicator(kind)).isNotBlank().hasSizeLessThanOrEqualTo(500);
      for (RiskCategory category : RiskCategory.five()) {
        assertThat(g.riskTitle(category, kind)).isNotBlank().hasSizeLessThanOrEqualTo(200);
        assertThat(g.manifestation(category, kind)).isNotBlank().hasSizeLessThanOrEqualTo(2000);
      }
      for (MeasureType type : MeasureType.values()) {
        assertThat(g.measureText(type, kind)).isNotBlank().hasSizeLessThanOrEqualTo(1000);
      }
    }
  }

  @Test
  void textsMatchTheirKind() {
    assertThat(Pools.all(Pools.titles(RiskCategory.DUTY, PowerKind.PROCUREMENT)))
        .contains("采购需求审核把关不严", "指定品牌或设置倾向性条款");
    assertThat(Pools.all(Pools.titles(RiskCategory.EXTERNAL, PowerKind.PROCUREMENT)))
        .contains("与供应商串通");
    assertThat(Pools.all(Pools.measures(MeasureType.PROCESS, PowerKind.PROCUREMENT)))
        .contains("采购需求实行“双人复核”");
    assertThat(Pools.all(Pools.measures(MeasureType.SUPERVISION, PowerKind.FINANCE)))
        .contains("资金拨付事项纳入“三重一大”集体决策");
    assertThat(Pools.postNames(PowerKind.FINANCE)).contains("会计核算岗");
    assertThat(Pools.DEPARTMENT_NAMES).contains("预算科", "国库科", "政府采购监管科");
    assertThat(Pools.DEPARTMENT_KINDS.length).isEqualTo(Pools.DEPARTMENT_NAMES.length);
  }

  @Test
  void enumsCoverEveryValue() {
    ModelGenerators g = ModelGenerators.seeded(1);
    Set<RiskCategory> drawn = EnumSet.noneOf(RiskCategory.class);
    for (int i = 0; i < 500; i++) {
      drawn.add(g.riskCategory());
    }
    assertThat(drawn).containsExactlyInAnyOrderElementsOf(RiskCategory.five());
    assertCovers(RiskLevel.class, i -> g.riskLevel());
    assertCovers(OwnerScope.class, i -> g.ownerScope());
    assertCovers(PowerKind.class, i -> g.powerKind());
    assertCovers(Discretion.class, i -> g.discretion());
    assertCovers(Frequency.class, i -> g.frequency());
    assertCovers(MeasureType.class, i -> g.measureType());
  }

  private static <E extends Enum<E>> void assertCovers(Class<E> type, Function<Integer, E> draw) {
    Set<E> seen = EnumSet.noneOf(type);
    for (int i = 0; i < 500; i++) {
      seen.add(draw.apply(i));
    }
    assertThat(seen).containsExactlyInAnyOrder(type.getEnumConstants());
  }

  @Test
  void riskLevelIsWeightedLikeRealLedgers() {
    ModelGenerators g = ModelGenerators.seeded(3);
    Map<RiskLevel, Integer> counts = new EnumMap<>(RiskLevel.class);
    for (int i = 0; i < 10_000; i++) {
      counts.merge(g.riskLevel(), 1, Integer::sum);
    }
    assertThat(counts.get(RiskLevel.HIGH)).isBetween(1_700, 2_300);
    assertThat(counts.get(RiskLevel.MEDIUM)).isBetween(4_200, 4_800);
    assertThat(counts.get(RiskLevel.LOW)).isBetween(3_200, 3_800);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void organisationValuesAreInRange(long seed) {
    ModelGenerators g = ModelGenerators.seeded(seed);

    Unit unit = g.unit();
    assertThat(unit.getCode()).matches("\\d{18}");
    assertThat(unit.getName()).endsWith("财政局");
    assertThat(unit.getParentName()).isPresent();

    Person first = g.person();
    Person second = g.person();
    assertThat(first.getId()).isEqualTo("P-0001");
    assertThat(second.getId()).isEqualTo("P-0002");
    assertThat(first.getTitle()).isPresent();
    assertThat(g.person("X", "科长").getTitle()).contains("科长");

    Department free = g.department();
    assertThat(free.getId()).isEqualTo("D-0001");
    assertThat(free.getHead()).isEmpty();
    Department d1 = g.department("D-01", "P-0001", "L-1");
    Department d2 = g.department("D-02", "P-0002", "L-1");
    assertThat(d1.getHead()).contains("P-0001");
    assertThat(d1.getSupervisingLeader()).contains("L-1");

    Leader principal = g.leader("L-0", true, List.of());
    Leader deputy = g.leader("L-1", false, List.of(d1, d2));
    assertThat(principal.isPrincipal()).isTrue();
    assertThat(principal.getRole()).isEqualTo("党组书记、局长");
    assertThat(deputy.isPrincipal()).isFalse();
    assertThat(deputy.getRole()).isIn((Object[]) Pools.DEPUTY_ROLES);
    assertThat(deputy.getSupervisedDepartments()).containsExactly("D-01", "D-02");
    assertThat(deputy.getDivisionOfWork()).contains(d1.getName(), d2.getName());

    LeadershipGroup group = g.leadershipGroup(List.of(principal, deputy));
    assertThat(group.getId()).isEqualTo("LG");
    assertThat(group.getLeaders()).containsExactly(principal, deputy);
    assertThat(group.principal()).contains(principal);

    Post post = g.post("PT-01", "D-01", PowerKind.PROCUREMENT, List.of("P-0001", "P-0002"));
    assertThat(post.getName()).isIn((Object[]) Pools.postNames(PowerKind.PROCUREMENT));
    assertThat(post.getDepartment()).isEqualTo("D-01");
    assertThat(post.getHolders()).containsExactly("P-0001", "P-0002");
    assertThat(post.getDuties()).hasSizeBetween(1, 3).doesNotHaveDuplicates();
    assertThat(g.post("D-01").getId()).isEqualTo("PT-0001");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void powerValuesAreInRange(long seed) {
    ModelGenerators g = ModelGenerators.seeded(seed);
    PowerKind kind = g.powerKind();

    ProcessStep step = g.processStep("S9", kind, Optional.of("PT-01"));
    assertThat(step.getId()).isEqualTo("S9");
    assertThat(step.getName()).isIn((Object[]) Pools.stepNames(kind));
    assertThat(step.getPost()).contains("PT-01");

    List<String> posts = List.of("PT-01", "PT-02");
    RiskOwner owner = RiskOwner.leadershipGroup("LG");
    PowerItem major = g.powerItem("PI-1", owner, kind, true, posts);
    assertThat(major.isMajorMatter()).isTrue();
    assertThat(major.getOwner()).isEqualTo(owner);
    assertThat(major.getKind()).isEqualTo(kind);
    assertThat(major.getName()).isIn((Object[]) Pools.powerItemNames(kind));
    assertThat(major.getDiscretion()).isNotEqualTo(Discretion.NONE);
    assertThat(major.getProcessSteps()).hasSizeBetween(3, 6);
    assertThat(major.getProcessSteps().get(0).getName()).isEqualTo("提出动议");
    for (int i = 0; i < major.getProcessSteps().size(); i++) {
      ProcessStep s = major.getProcessSteps().get(i);
      assertThat(s.getId()).isEqualTo("S" + (i + 1));
      assertThat(s.getPost()).isPresent().get().isIn(posts);
    }

    PowerItem minor = g.powerItem("PI-2", RiskOwner.post("PT-01"), kind, false, posts);
    assertThat(minor.isMajorMatter()).isFalse();
    assertThat(minor.getProcessSteps()).hasSizeBetween(0, 4);
    minor
        .getProcessSteps()
        .forEach(
            s -> {
              assertThat(s.getName()).isIn((Object[]) Pools.stepNames(kind));
              s.getPost().ifPresent(p -> assertThat(p).isIn(posts));
            });

    PowerItem allocated = g.powerItem(RiskOwner.post("PT-01"));
    assertThat(allocated.getId()).isEqualTo("PI-0001");
    assertThat(allocated.getProcessSteps()).allMatch(s -> s.getPost().isEmpty());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void gradingValuesAreInRange(long seed) {
    ModelGenerators g = ModelGenerators.seeded(seed);
    for (int i = 0; i < 20; i++) {
      RiskFactors f = g.riskFactors();
      assertThat(f.getImportance()).isBetween(1, 5);
      assertThat(f.getFrequency()).isBetween(1, 5);
      assertThat(f.getProbability()).isBetween(1, 5);
      f.getDiscretion().ifPresent(v -> assertThat(v).isBetween(1, 5));
      f.getHarm().ifPresent(v -> assertThat(v).isBetween(1, 5));

      RiskLevel proposed = g.riskLevel();
      LevelDecision d = g.levelDecision(proposed);
      assertThat(d.getProposedLevel()).isEqualTo(proposed);
      assertThat(Math.abs(d.getLevel().rank() - proposed.rank())).isLessThanOrEqualTo(1);
      if (d.changesProposal()) {
        assertThat(d.getRationale()).isPresent();
      }
      assertThat(d.getDate()).isBetween(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 7, 31));
      assertThat(d.getMeetingReference()).startsWith("2026年第");

      RiskCategory category = g.riskCategory();
      PowerKind kind = g.powerKind();
      Measure m = g.measure("M-" + i, category, kind, Optional.of("P-1"));
      assertThat(m.getId()).isEqualTo("M-" + i);
      assertThat(m.getProposer()).contains("P-1");
      assertThat(m.getText()).isIn(Pools.all(Pools.measures(m.getType(), kind)));
      m.getDeadline().ifPresent(date -> assertThat(date.getYear()).isEqualTo(2026));
      assertThat(g.measure(category).getProposer()).isEmpty();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void riskPointsAreConsistent(long seed) {
    ModelGenerators g = ModelGenerators.seeded(seed);
    RiskOwner owner = RiskOwner.post("PT-01");
    PowerItem item = g.powerItem("PI-1", owner, g.powerKind(), true, List.of("PT-01", "PT-02"));
    for (int i = 0; i < 20; i++) {
      RiskCategory category = g.riskCategory();
      Optional<PowerItem> power = i % 2 == 0 ? Optional.of(item) : Optional.empty();
      PowerKind kind = power.map(PowerItem::getKind).orElse(PowerKind.OTHER);
      RiskPoint p =
          g.riskPoint("RP-" + i, owner, category, power, Optional.of("P-1"), Optional.of("L-1"));

      assertThat(p.getId()).isEqualTo("RP-" + i);
      assertThat(p.getOwner()).isEqualTo(owner);
      assertThat(p.getCategory()).isEqualTo(category);
      assertThat(p.getTitle()).isIn(Pools.all(Pools.titles(category, kind)));
      p.getManifestation()
          .ifPresent(
              text -> assertThat(text).isIn(Pools.all(Pools.manifestations(category, kind))));
      assertThat(p.getPowerItem()).isEqualTo(power.map(PowerItem::getId));
      p.getProcessStep()
          .ifPresent(
              s -> assertThat(item.getProcessSteps()).extracting(ProcessStep::getId).contains(s));
      assertThat(p.getResponsible()).contains("P-1");
      assertThat(p.getSupervisor()).contains("L-1");
      assertThat(p.getMeasures()).hasSizeBetween(1, 3);
      for (int k = 0; k < p.getMeasures().size(); k++) {
        assertThat(p.getMeasures().get(k).getId()).isEqualTo(p.getId() + "-M" + (k + 1));
        assertThat(p.getMeasures().get(k).getProposer()).contains("P-1");
      }
      p.getDecision().ifPresent(d -> assertThat(p.getLevel()).contains(d.getProposedLevel()));
      if (p.getResidualLevel().isPresent()) {
        assertThat(p.effectiveLevel()).isPresent();
        if (p.getResidualLevel().get().rank() > p.effectiveLevel().get().rank()) {
          assertThat(p.getResidualRationale()).isPresent();
        }
      }
      assertThat(p.getMonitoringIndicators())
          .hasSizeLessThanOrEqualTo(2)
          .doesNotHaveDuplicates()
          .allMatch(x -> Pools.all(Pools.indicators(kind)).contains(x));
      assertThat(p.getMeasures().stream().map(Measure::getText)).doesNotHaveDuplicates();
      // one business object throughout the point
      Set<Integer> rows = rowsOf(Pools.titles(category, kind), p.getTitle());
      for (Measure m : p.getMeasures()) {
        rows.retainAll(rowsOf(Pools.measures(m.getType(), kind), m.getText()));
      }
      for (String x : p.getMonitoringIndicators()) {
        rows.retainAll(rowsOf(Pools.indicators(kind), x));
      }
      assertThat(rows).as("rows shared by the texts of %s", p).isNotEmpty();
    }
    RiskPoint allocated = g.riskPoint(owner);
    assertThat(allocated.getId()).isEqualTo("RP-0001");
    assertThat(allocated.getPowerItem()).isEmpty();
    assertThat(allocated.getResponsible()).isEmpty();
    assertThat(allocated.getMeasures()).allMatch(m -> m.getProposer().isEmpty());
  }

  private static Set<Integer> rowsOf(String[][] rows, String text) {
    Set<Integer> found = new HashSet<>();
    for (int o = 0; o < rows.length; o++) {
      if (Arrays.asList(rows[o]).contains(text)) {
        found.add(o);
      }
    }
    return found;
  }

  @Test
  void riskPointsShowTheDocumentedMix() {
    ModelGenerators g = ModelGenerators.seeded(11);
    int n = 5_000;
    int factors = 0;
    int levels = 0;
    int decisions = 0;
    int changed = 0;
    int residuals = 0;
    int indicators = 0;
    for (int i = 0; i < n; i++) {
      RiskPoint p =
          g.riskPoint(
              "RP-" + i,
              RiskOwner.post("PT-1"),
              g.riskCategory(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty());
      factors += p.getFactors().isPresent() ? 1 : 0;
      levels += p.getLevel().isPresent() ? 1 : 0;
      decisions += p.getDecision().isPresent() ? 1 : 0;
      changed += p.getDecision().filter(LevelDecision::changesProposal).isPresent() ? 1 : 0;
      residuals += p.getResidualLevel().isPresent() ? 1 : 0;
      indicators += p.getMonitoringIndicators().isEmpty() ? 0 : 1;
    }
    assertThat(factors).isBetween(n * 80 / 100, n * 90 / 100);
    assertThat(levels).isBetween(n * 82 / 100, n * 94 / 100);
    assertThat(decisions).isBetween(n * 12 / 100, n * 24 / 100);
    assertThat(changed).isBetween(decisions / 6, decisions / 3);
    assertThat(residuals).isBetween(n * 30 / 100, n * 42 / 100);
    assertThat(indicators).isBetween(n * 25 / 100, n * 35 / 100);
  }

  @Test
  void sharedFactorsAreEqualToBuiltOnes() {
    ModelGenerators g = ModelGenerators.seeded(5);
    for (int i = 0; i < 1_000; i++) {
      RiskFactors f = g.riskFactors();
      RiskFactors.Builder b =
          RiskFactors.builder()
              .importance(f.getImportance())
              .frequency(f.getFrequency())
              .probability(f.getProbability());
      f.getDiscretion().ifPresent(b::discretion);
      f.getHarm().ifPresent(b::harm);
      assertThat(b.build()).isEqualTo(f);
    }
  }
}
