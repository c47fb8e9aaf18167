package io.github.probity.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.archive.Archive;
import io.github.probity.finding.Finding;
import io.github.probity.model.Ledger;
import io.github.probity.model.Measure;
import io.github.probity.model.RiskPoint;
import io.github.probity.review.ReviewRecord;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of validation over {@link FlawedLedgers}: the report is the same on repeated runs and
 * on eight threads at once; every violation has a known rule, a path and messages with no
 * placeholder left; between them the ledgers make every rule of the set fire.
 */
class ValidationPropertiesTest {
  static final Clock CLOCK = Fixtures.CLOCK;
  static final RuleSet RULES = RuleSet.standard().with(BeanValidation.rule());
  static final Set<String> FIRED = ConcurrentHashMap.newKeySet();
  static ExecutorService pool;

  @BeforeAll
  static void start() {
    pool = Executors.newFixedThreadPool(8);
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
    // the flawed ledgers exercise every rule, so the properties cover every rule
    assertThat(FIRED)
        .containsExactlyInAnyOrderElementsOf(RULES.rules().stream().map(Rule::id).toList());
  }

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  static Ledger flawed(long seed) {
    return FlawedLedgers.generate(seed, 30 + (int) (seed % 50));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void flawedLedgersGiveTheSameReportOnRepeatedRunsAndEightThreads(long seed) throws Exception {
    Ledger ledger = flawed(seed);
    ValidationReport first = RULES.validate(ledger, CLOCK);
    assertThat(RULES.validate(ledger, CLOCK)).isEqualTo(first);
    assertThat(RULES.validate(flawed(seed), CLOCK)).isEqualTo(first);
    List<Future<ValidationReport>> runs = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      runs.add(pool.submit(() -> RULES.validate(ledger, CLOCK)));
    }
    for (Future<ValidationReport> run : runs) {
      assertThat(run.get()).isEqualTo(first);
    }
    for (Finding v : first.getFindings()) {
      FIRED.add(v.getCode().code());
      assertThat(RULES.rule(v.getCode().code())).isPresent();
      assertThat(v.getLocation().text()).isNotEmpty();
      assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).doesNotMatch("(?s).*\\{\\d}.*");
      assertThat(v.message(Locale.ENGLISH)).doesNotMatch("(?s).*\\{\\d}.*");
    }
    assertThat(first.summary()).startsWith(first.isValid() ? "校验通过" : "校验未通过");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyPostNeedsExactlyOneCurrentArchiveWhenArchivesAreGiven(long seed) {
    Ledger ledger = flawed(seed);
    List<Archive> archives = new ArrayList<>(Archive.allOf(ledger, List.of()));
    ValidationContext all = ValidationContext.of(ledger, CLOCK).withArchives(archives);
    assertThat(RULES.validate(all).byRule("PR-ARCHIVE-001")).isEmpty();

    int dropped = (int) (seed % archives.size());
    String missing = archives.remove(dropped).getPost().getId();
    boolean duplicated = !archives.isEmpty();
    if (duplicated) {
      archives.add(archives.get(0));
    }
    List<Finding> found =
        RULES
            .validate(ValidationContext.of(ledger, CLOCK).withArchives(archives))
            .byRule("PR-ARCHIVE-001");

    assertThat(found).extracting(f -> f.getLocation().text()).anyMatch(p -> p.contains(missing));
    assertThat(found).hasSize(duplicated ? 2 : 1);
    for (Finding v : found) {
      FIRED.add(v.getCode().code());
      assertThat(v.message(Locale.ENGLISH)).doesNotMatch("(?s).*\\{\\d}.*");
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void afterTheGradingPhaseAndWithReviewRecordsTheirRulesFire(long seed) {
    Ledger ledger = flawed(seed);
    List<ReviewRecord> reviews = new ArrayList<>();
    for (RiskPoint rp : ledger.getRiskPoints()) {
      for (Measure m : rp.getMeasures()) {
        m.getProposer().ifPresent(p -> reviews.add(ReviewRuleTest.selfReviewed(m.getId(), rp, p)));
      }
    }
    ValidationReport report =
        RULES.validate(
            ValidationContext.of(ledger, Fixtures.clockAt("2026-08-01")).withReviews(reviews));
    assertThat(report.byRule("PR-DECISION-004")).isEmpty();
    assertThat(report.byRule("PR-REVIEW-001")).hasSameSizeAs(reviews);
    for (Finding v : report.getFindings()) {
      FIRED.add(v.getCode().code());
      assertThat(v.message(Locale.ENGLISH)).doesNotMatch("(?s).*\\{\\d}.*");
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void withAPolicyEveryExtraValueThatDoesNotFitIsFoundAndTheOthersAreNot(long seed) {
    java.util.Random r = new java.util.Random(seed);
    Ledger ledger = flawed(seed);
    int bad = 0;
    List<RiskPoint> points = new ArrayList<>();
    for (RiskPoint rp : ledger.getRiskPoints()) {
      if (rp.getFactors().isPresent() && r.nextBoolean()) {
        int petitions = r.nextInt(30) - 5;
        bad += petitions < 0 || petitions > 20 ? 1 : 0;
        rp =
            RiskPoint.builder()
                .from(rp)
                .factors(
                    io.github.probity.model.RiskFactors.builder()
                        .from(rp.getFactors().get())
                        .putExtra("PETITIONS", io.github.probity.model.FactorValue.of(petitions))
                        .build())
                .build();
      }
      points.add(rp);
    }
    double score = r.nextInt(130) - 10;
    bad += score < 0 || score > 100 ? 1 : 0;
    Ledger withValues =
        Ledger.builder()
            .from(ledger)
            .riskPoints(points)
            .putOwnerFactors(
                ledger.getRiskPoints().get(0).getOwner(),
                java.util.Map.of("APPRAISAL", io.github.probity.model.FactorValue.of(score)))
            .build();
    io.github.probity.grading.GradingPolicy policy =
        io.github.probity.grading.GradingPolicy.builder()
            .from(io.github.probity.grading.GradingPolicy.standard())
            .addExtraFactors(
                io.github.probity.grading.ExtraFactor.builder()
                    .code("APPRAISAL")
                    .label("民主评议得分")
                    .scope(io.github.probity.grading.ExtraFactor.Scope.OWNER)
                    .min(0)
                    .max(100)
                    .inverse(true)
                    .build(),
                io.github.probity.grading.ExtraFactor.builder()
                    .code("PETITIONS")
                    .label("信访件数")
                    .scope(io.github.probity.grading.ExtraFactor.Scope.POINT)
                    .min(0)
                    .max(20)
                    .integer(true)
                    .build())
            .build();
    assertThat(RULES.validate(ValidationContext.of(withValues, CLOCK)).byRule("PR-FACTOR-001"))
        .isEmpty();
    ValidationReport report =
        RULES.validate(ValidationContext.of(withValues, CLOCK).withPolicy(policy));
    assertThat(report.byRule("PR-FACTOR-001")).hasSize(bad);
    for (Finding v : report.getFindings()) {
      FIRED.add(v.getCode().code());
      assertThat(v.message(Locale.ENGLISH)).doesNotMatch("(?s).*\\{\\d}.*");
    }
  }
}
