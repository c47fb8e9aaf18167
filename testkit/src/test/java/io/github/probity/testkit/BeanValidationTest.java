package io.github.probity.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.model.Ledger;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.stream.LongStream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Generated values also satisfy the model's Jakarta constraints (lengths, ranges, blanks). */
class BeanValidationTest {
  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void boot() {
    factory =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedLedgersHaveNoConstraintViolations(long seed) {
    assertThat(validator.validate(LedgerGenerator.generate(seed))).isEmpty();
  }

  @Test
  void largeLedgersHaveNoConstraintViolations() {
    // beyond 22 departments, names repeat with a prefix (第二分局…); they stay within limits
    Ledger ledger = LedgerGenerator.generate(3, 5_000);
    assertThat(ledger.getDepartments()).hasSizeGreaterThan(44);
    assertThat(validator.validate(ledger)).isEmpty();
  }
}
