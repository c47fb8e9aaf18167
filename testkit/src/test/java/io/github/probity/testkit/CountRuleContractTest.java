package io.github.probity.testkit;

import io.github.probity.grading.RiskGrader;

/** The built-in grader RiskGrader.countRule() keeps the grader contract. */
class CountRuleContractTest extends RiskGraderContract {
  @Override
  protected RiskGrader grader() {
    return RiskGrader.countRule();
  }
}
