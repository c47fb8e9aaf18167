package io.github.probity.testkit;

import io.github.probity.grading.RiskGrader;

/** The built-in grader RiskGrader.matrix() keeps the grader contract. */
class MatrixContractTest extends RiskGraderContract {
  @Override
  protected RiskGrader grader() {
    return RiskGrader.matrix();
  }
}
