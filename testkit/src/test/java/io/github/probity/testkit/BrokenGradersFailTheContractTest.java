package io.github.probity.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.grading.Grade;
import io.github.probity.grading.GradingContext;
import io.github.probity.grading.GradingException;
import io.github.probity.grading.Reason;
import io.github.probity.grading.RiskGrader;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The contract catches graders that break it. */
class BrokenGradersFailTheContractTest {

  private static RiskGraderContract contractOf(RiskGrader grader) {
    return new RiskGraderContract() {
      @Override
      protected RiskGrader grader() {
        return grader;
      }
    };
  }

  /** A grader whose level depends on a counter: neither deterministic nor thread-safe. */
  private static RiskGrader counting() {
    AtomicInteger calls = new AtomicInteger();
    return new RiskGrader() {
      @Override
      public String id() {
        return "counting";
      }

      @Override
      public Grade grade(RiskPoint point, GradingContext context) {
        return Grade.builder()
            .riskPointId(point.getId())
            .level(RiskLevel.ofRank(1 + calls.getAndIncrement() % 3))
            .policyId("counting")
            .policyVersion("1")
            .addExplanation(Reason.of("n", "计数", "count"))
            .build();
      }
    };
  }

  @Test
  void aNonDeterministicGraderFails() {
    assertThatThrownBy(() -> contractOf(counting()).isDeterministic(3))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> contractOf(counting()).isThreadSafe())
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void aGraderThatThrowsFailsNamingThePoint() {
    RiskGrader throwing =
        new RiskGrader() {
          @Override
          public String id() {
            return "throwing";
          }

          @Override
          public Grade grade(RiskPoint point, GradingContext context) {
            throw new IllegalStateException("no factors");
          }
        };
    assertThatThrownBy(() -> contractOf(throwing).isTotalOverGeneratedLedgers(5))
        .isInstanceOf(GradingException.class)
        .hasMessageContaining("RP-0001");
  }

  @Test
  void aGraderThatFalselyDeclaresMonotonicityFails() {
    RiskGrader inverted =
        new RiskGrader() {
          @Override
          public String id() {
            return "inverted";
          }

          @Override
          public boolean isMonotone() {
            return true;
          }

          @Override
          public Grade grade(RiskPoint point, GradingContext context) {
            int importance = point.getFactors().map(f -> f.getImportance()).orElse(3);
            return Grade.builder()
                .riskPointId(point.getId())
                .level(importance >= 4 ? RiskLevel.LOW : RiskLevel.HIGH)
                .policyId("inverted")
                .policyVersion("1")
                .addExplanation(Reason.of("i", "重要程度", "importance"))
                .build();
          }
        };
    RiskGraderContract contract = contractOf(inverted);
    assertThatThrownBy(
            () -> {
              for (long seed = 0; seed < 200; seed++) {
                contract.isMonotoneWhereDeclared(seed);
              }
            })
        .isInstanceOf(AssertionError.class);
  }
}
