package io.github.probity.grading;

import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;

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

  @Override
  public String toString() {
    return "checked(" + delegate + ")";
  }
}
