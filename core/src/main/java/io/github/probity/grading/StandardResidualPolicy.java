package io.github.probity.grading;

import io.github.probity.model.Effectiveness;
import io.github.probity.model.EffectivenessReview;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureStatus;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import java.util.Optional;

/** The table of {@link ResidualLevelPolicy}, with its steps as data. Immutable and thread-safe. */
final class StandardResidualPolicy implements ResidualLevelPolicy {
  static final StandardResidualPolicy STANDARD =
      new StandardResidualPolicy(STANDARD_ID, BUILT_IN_VERSION, 1, 0);

  private final String id;
  private final String version;
  private final int effectiveSteps;
  private final int basicSteps;

  StandardResidualPolicy(String id, String version, int effectiveSteps, int basicSteps) {
    if (id.isBlank() || version.isBlank()) {
      throw new IllegalArgumentException("ResidualLevelPolicy id and version must not be blank");
    }
    if (effectiveSteps < 0 || effectiveSteps > 2 || basicSteps < 0 || basicSteps > effectiveSteps) {
      throw new IllegalArgumentException(
          "ResidualLevelPolicy steps must satisfy 0 <= basicallyEffectiveSteps <= effectiveSteps"
              + " <= 2, were "
              + basicSteps
              + " and "
              + effectiveSteps);
    }
    this.id = id;
    this.version = version;
    this.effectiveSteps = effectiveSteps;
    this.basicSteps = basicSteps;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String version() {
    return version;
  }

  @Override
  public Optional<ResidualAssessment> assess(RiskPoint point) {
    Optional<RiskLevel> level = point.effectiveLevel();
    if (level.isEmpty()) {
      return Optional.empty();
    }
    ResidualBasis basis = basis(point);
    int steps =
        basis == ResidualBasis.EFFECTIVE
            ? effectiveSteps
            : basis == ResidualBasis.BASICALLY_EFFECTIVE ? basicSteps : 0;
    RiskLevel residual = RiskLevel.ofRank(Math.max(1, level.get().rank() - steps));
    return Optional.of(
        ResidualAssessment.builder()
            .riskPointId(point.getId())
            .level(level.get())
            .residualLevel(residual)
            .basis(basis)
            .flagged(basis == ResidualBasis.INEFFECTIVE)
            .policyId(id)
            .policyVersion(version)
            .build());
  }

  private static ResidualBasis basis(RiskPoint point) {
    boolean any = false;
    boolean ineffective = false;
    boolean notInPlace = false;
    boolean notReviewed = false;
    boolean basic = false;
    for (Measure m : point.getMeasures()) {
      if (m.getStatus() == MeasureStatus.ABANDONED) {
        continue;
      }
      any = true;
      Optional<Effectiveness> verdict = m.latestReview().map(EffectivenessReview::getVerdict);
      ineffective |= verdict.equals(Optional.of(Effectiveness.INEFFECTIVE));
      notInPlace |= m.getStatus() != MeasureStatus.DONE;
      notReviewed |= verdict.isEmpty();
      basic |= verdict.equals(Optional.of(Effectiveness.BASICALLY_EFFECTIVE));
    }
    if (!any) {
      return ResidualBasis.NO_MEASURES;
    }
    if (ineffective) {
      return ResidualBasis.INEFFECTIVE;
    }
    if (notInPlace) {
      return ResidualBasis.NOT_IN_PLACE;
    }
    if (notReviewed) {
      return ResidualBasis.NOT_REVIEWED;
    }
    return basic ? ResidualBasis.BASICALLY_EFFECTIVE : ResidualBasis.EFFECTIVE;
  }

  @Override
  public String toString() {
    return id + "@" + version;
  }
}
