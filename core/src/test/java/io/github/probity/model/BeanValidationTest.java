package io.github.probity.model;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves the model's field constraints are seen by a Jakarta validator (getter-style accessors).
 */
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

  @Test
  void aValidLedgerHasNoViolations() {
    assertThat(validator.validate(ModelFixtures.ledger().build())).isEmpty();
  }

  @Test
  void constraintsOnGetterAccessorsFire() {
    RiskPoint point =
        ModelFixtures.point("RP-1", RiskOwner.post("P")).title("长".repeat(201)).build();
    Set<ConstraintViolation<RiskPoint>> violations = validator.validate(point);
    assertThat(violations).extracting(v -> v.getPropertyPath().toString()).containsExactly("title");
  }

  @Test
  void constraintsCascadeFromTheLedgerIntoNestedValues() {
    Ledger ledger =
        ModelFixtures.ledger()
            .addPeople(Person.builder().id("P9").name(" ").build())
            .addRiskPoints(
                ModelFixtures.point("RP-9", RiskOwner.post("POST-1"))
                    .manifestation("")
                    .addMonitoringIndicators("")
                    .build())
            .build();
    assertThat(validator.validate(ledger))
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder(
            "people[3].name",
            "riskPoints[4].manifestation",
            "riskPoints[4].monitoringIndicators[0].<list element>");
  }
}
