package io.github.probity.spring.boot.clerk;

import io.github.probity.grading.Grade;
import io.github.probity.grading.GradingContext;
import io.github.probity.grading.RiskGrader;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The clerk's application: a unit's clerk uploads an annex workbook and sees what Probity found in
 * it, cell by cell, with the level × category heat map, and downloads the annexes Probity writes
 * from it. Everything but the grader comes from the starter; {@code main} runs it on port 8080.
 */
@SpringBootApplication
public class ClerkApp {

  /**
   * Runs the application.
   *
   * @param args Spring Boot's arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(ClerkApp.class, args);
  }

  // tag::custom-grader[]
  /** The unit's own grader: the count rule, but a point without any measure is always high. */
  @Bean
  RiskGrader unitGrader() {
    RiskGrader countRule = RiskGrader.byId("count-rule");
    return new RiskGrader() {
      @Override
      public String id() {
        return "unit-count-rule";
      }

      @Override
      public Grade grade(RiskPoint point, GradingContext context) {
        Grade grade = countRule.grade(point, context);
        return point.getMeasures().isEmpty()
            ? Grade.builder().from(grade).level(RiskLevel.HIGH).build()
            : grade;
      }
    };
  }
  // end::custom-grader[]
}
