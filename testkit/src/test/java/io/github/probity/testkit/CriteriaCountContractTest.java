package io.github.probity.testkit;

import io.github.probity.grading.RiskGrader;

/** The built-in grader RiskGrader.criteriaCount() keeps the grader contract. */
class CriteriaCountContractTest extends RiskGraderContract {
  @Override
  protected RiskGrader grader() {
    return RiskGrader.criteriaCount();
  }
}
