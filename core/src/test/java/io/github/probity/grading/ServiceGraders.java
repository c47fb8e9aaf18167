package io.github.probity.grading;

import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;

/** Graders registered with ServiceLoader in the test resources. */
final class ServiceGraders {
  private ServiceGraders() {}

  /** A vendor grader found by its id. */
  public static final class Vendor implements RiskGrader {
    /** Creates the grader. */
    public Vendor() {}

    @Override
    public String id() {
      return "vendor";
    }

    @Override
    public Grade grade(RiskPoint point, GradingContext context) {
      return Grade.builder()
          .riskPointId(point.getId())
          .level(RiskLevel.MEDIUM)
          .policyId(id())
          .policyVersion("1")
          .addExplanation(Reason.of("vendor", "厂商规则", "vendor rule"))
          .build();
    }
  }

  /** One of two graders registered under the same id. */
  public static final class DuplicateA implements RiskGrader {
    /** Creates the grader. */
    public DuplicateA() {}

    @Override
    public String id() {
      return "duplicate";
    }

    @Override
    public Grade grade(RiskPoint point, GradingContext context) {
      return new Vendor().grade(point, context);
    }
  }

  /** The other of two graders registered under the same id. */
  public static final class DuplicateB implements RiskGrader {
    /** Creates the grader. */
    public DuplicateB() {}

    @Override
    public String id() {
      return "duplicate";
    }

    @Override
    public Grade grade(RiskPoint point, GradingContext context) {
      return new Vendor().grade(point, context);
    }
  }
}
