package io.github.probity.testkit;

import io.github.probity.grading.RiskGrader;

/** The built-in grader RiskGrader.powerType() keeps the grader contract. */
class PowerTypeContractTest extends RiskGraderContract {
  @Override
  protected RiskGrader grader() {
    return RiskGrader.powerType();
  }
}
