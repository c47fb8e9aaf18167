package io.github.probity.grading;

import io.github.probity.model.RiskLevel;
import java.util.ArrayList;
import java.util.List;

/** Collects the explanation and score while a built-in grader evaluates a point in full. */
final class Explainer {
  final List<Reason> reasons = new ArrayList<>();
  double score = Double.NaN;

  void add(String key, String chinese, String english) {
    reasons.add(Reason.of(key, chinese, english));
  }

  static String en(RiskLevel level) {
    return level.code();
  }

  static String num(double v) {
    if (v == Math.rint(v)) {
      return Long.toString((long) v);
    }
    return java.math.BigDecimal.valueOf(v)
        .setScale(2, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}
