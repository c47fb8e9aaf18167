package io.github.probity.testkit;

import io.github.probity.grading.RiskGrader;

/** The built-in grader RiskGrader.standard() keeps the grader contract. */
class WeightedFactorsContractTest extends RiskGraderContract {
  @Override
  protected RiskGrader grader() {
    return RiskGrader.standard();
  }
}
