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

  /** Formats a number with at most two decimals, half up, without trailing zeros. */
  static String num(double v) {
    double rounded = Math.floor(v * 100 + 0.5) / 100;
    if (rounded == Math.rint(rounded)) {
      return Long.toString((long) rounded);
    }
    return Double.toString(rounded);
  }
}
