package io.github.probity.grading;

import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import java.util.List;

/** Enforces the {@link RiskGrader} contract on a wrapped grader; see {@link RiskGrader#checked}. */
final class CheckedGrader implements RiskGrader {
  private final RiskGrader delegate;

  CheckedGrader(RiskGrader delegate) {
    this.delegate = delegate;
  }

  @Override
  public String id() {
    return delegate.id();
  }

  @Override
  public List<ExtraFactor> extraFactors() {
    return delegate.extraFactors();
  }

  @Override
  public boolean isMonotone() {
    return delegate.isMonotone();
  }

  @Override
  @SuppressWarnings("null")
  public Grade grade(RiskPoint point, GradingContext context) {
    Grade grade;
    try {
      grade = delegate.grade(point, context);
    } catch (GradingException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new GradingException(id(), point.getId(), "threw " + e, e);
    }
    if ((Object) grade == null) {
      throw new GradingException(id(), point.getId(), "returned no grade", null);
    }
    if (!grade.getRiskPointId().equals(point.getId())) {
      throw new GradingException(
          id(), point.getId(), "returned a grade of '" + grade.getRiskPointId() + "'", null);
    }
    return grade;
  }

  @Override
  public RiskLevel level(RiskPoint point, GradingContext context) {
    RiskLevel level;
    try {
      level = delegate.level(point, context);
    } catch (GradingException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new GradingException(id(), point.getId(), "threw " + e, e);
    }
    if ((Object) level == null) {
      throw new GradingException(id(), point.getId(), "returned no level", null);
    }
    return level;
  }

  /**
   * Grades the ledger in bulk through the wrapped grader; a failure is retried point by point so
   * that the exception names the point, and a result of the wrong size or with a missing level is
   * reported as a failure of the point concerned.
   */
  @Override
  @SuppressWarnings("null")
  public List<RiskLevel> levels(GradingContext context) {
    List<RiskPoint> points = context.getLedger().getRiskPoints();
    List<RiskLevel> levels;
    try {
      levels = delegate.levels(context);
    } catch (GradingException e) {
      throw e;
    } catch (RuntimeException e) {
      // Find the point: the per-point path names it.
      for (RiskPoint p : points) {
        level(p, context);
      }
      String first = points.isEmpty() ? "" : points.get(0).getId();
      throw new GradingException(id(), first, "threw in bulk grading " + e, e);
    }
    if ((Object) levels == null || levels.size() != points.size()) {
      String first = points.isEmpty() ? "" : points.get(0).getId();
      throw new GradingException(
          id(),
          first,
          "returned "
              + ((Object) levels == null ? "no levels" : levels.size() + " levels")
              + " for "
              + points.size()
              + " risk points",
          null);
    }
    for (int i = 0; i < points.size(); i++) {
      if ((Object) levels.get(i) == null) {
        throw new GradingException(id(), points.get(i).getId(), "returned no level", null);
      }
    }
    return levels;
  }

  @Override
  public String toString() {
    return "checked(" + delegate + ")";
  }
}
