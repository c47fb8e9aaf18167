package io.github.probity.grading;

import io.github.probity.model.Ledger;
import io.github.probity.model.RiskPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Derives a risk point's residual level (剩余风险等级) from its effective level and the state of its
 * measures: whether they are in place and what their latest effectiveness review found (措施落实情况
 * 与有效性评估). A pluggable strategy, versioned like a {@link GradingPolicy}: every assessment records
 * the policy's id and version.
 *
 * <p>The standard table ({@link #standard()}, id {@value #STANDARD_ID}, version {@value
 * #BUILT_IN_VERSION}), read top to bottom, measures in force being those not abandoned:
 *
 * <table>
 *   <caption>Standard residual levels</caption>
 *   <tr><th>measures in force</th><th>basis</th><th>residual level</th><th>flagged</th></tr>
 *   <tr><td>none</td><td>{@link ResidualBasis#NO_MEASURES}</td><td>unchanged</td><td>no</td></tr>
 *   <tr><td>any whose latest review is 无效</td><td>{@link ResidualBasis#INEFFECTIVE}</td>
 *       <td>unchanged</td><td>yes</td></tr>
 *   <tr><td>any not 已落实</td><td>{@link ResidualBasis#NOT_IN_PLACE}</td><td>unchanged</td>
 *       <td>no</td></tr>
 *   <tr><td>any 已落实 without review</td><td>{@link ResidualBasis#NOT_REVIEWED}</td>
 *       <td>unchanged</td><td>no</td></tr>
 *   <tr><td>all reviewed, some 基本有效</td><td>{@link ResidualBasis#BASICALLY_EFFECTIVE}</td>
 *       <td>unchanged</td><td>no</td></tr>
 *   <tr><td>all 已落实 and 有效</td><td>{@link ResidualBasis#EFFECTIVE}</td>
 *       <td>one level lower, never below 低</td><td>no</td></tr>
 * </table>
 *
 * <p>{@link #reducing} builds the same table with other steps. Implementations are stateless,
 * deterministic and thread-safe.
 *
 * @since 0.1.0
 */
public interface ResidualLevelPolicy {
  /** Id of the standard policy. */
  String STANDARD_ID = "measures-in-motion";

  /** Version of the built-in policies. */
  String BUILT_IN_VERSION = "1";

  /** {@return the policy's id; an assessment records it} */
  String id();

  /** {@return the policy's version; an assessment records it} */
  String version();

  /**
   * Assesses one point.
   *
   * @param point the risk point
   * @return the assessment, or empty while the point has no effective level
   */
  Optional<ResidualAssessment> assess(RiskPoint point);

  /**
   * Assesses every graded point of a ledger, in ledger order.
   *
   * @param ledger the ledger
   * @return the assessments; points without an effective level are skipped
   */
  default List<ResidualAssessment> assessAll(Ledger ledger) {
    List<ResidualAssessment> out = new ArrayList<>();
    for (RiskPoint p : ledger.getRiskPoints()) {
      assess(p).ifPresent(out::add);
    }
    return out;
  }

  /**
   * Returns the standard policy: one level lower when every measure in force is 已落实 and 有效.
   *
   * @return the standard policy
   */
  static ResidualLevelPolicy standard() {
    return StandardResidualPolicy.STANDARD;
  }

  /**
   * Returns the standard table with other steps: how many levels a point goes down when all its
   * measures are 有效, and when all are at least 基本有效 (never below 低).
   *
   * @param id the policy's id, non-blank
   * @param version the policy's version, non-blank
   * @param effectiveSteps levels down when all measures are 有效, 0–2
   * @param basicallyEffectiveSteps levels down when all are at least 基本有效, 0 to {@code
   *     effectiveSteps}
   * @return the policy
   * @throws IllegalArgumentException if an id is blank or the steps are out of range
   */
  static ResidualLevelPolicy reducing(
      String id, String version, int effectiveSteps, int basicallyEffectiveSteps) {
    return new StandardResidualPolicy(id, version, effectiveSteps, basicallyEffectiveSteps);
  }
}
