package io.github.probity.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.finding.Finding;
import io.github.probity.model.Ledger;
import io.github.probity.validation.BeanValidation;
import io.github.probity.validation.RuleSet;
import io.github.probity.validation.ValidationReport;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Validation over the generator's ledgers: the report is the same on repeated runs and on eight
 * threads at once, and its messages have no placeholder left. The same properties over ledgers full
 * of flaws, which make every rule fire, are core's.
 */
class ValidationPropertiesTest {
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-06-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
  static final RuleSet RULES = RuleSet.standard().with(BeanValidation.rule());
  static ExecutorService pool;

  @BeforeAll
  static void start() {
    pool = Executors.newFixedThreadPool(8);
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedLedgersGiveTheSameReportOnRepeatedRunsAndEightThreads(long seed) throws Exception {
    Ledger ledger = LedgerGenerator.generate(seed);
    ValidationReport first = RULES.validate(ledger, CLOCK);
    assertThat(RULES.validate(ledger, CLOCK)).isEqualTo(first);
    assertThat(RULES.validate(LedgerGenerator.generate(seed), CLOCK)).isEqualTo(first);
    List<Future<ValidationReport>> runs = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      runs.add(pool.submit(() -> RULES.validate(ledger, CLOCK)));
    }
    for (Future<ValidationReport> run : runs) {
      assertThat(run.get()).isEqualTo(first);
    }
    for (Finding v : first.getFindings()) {
      assertThat(v.getLocation().text()).isNotEmpty();
      assertThat(v.message(Locale.ENGLISH)).doesNotMatch("(?s).*\\{\\d}.*");
    }
  }
}
