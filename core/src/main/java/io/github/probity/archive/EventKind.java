package io.github.probity.archive;

import io.github.probity.model.Coded;

/**
 * The kind of a {@link LedgerEvent}.
 *
 * @since 0.1.0
 */
public enum EventKind implements Coded {
  /** A risk point was added to the ledger; the subject is its id. */
  RISK_POINT_ADDED("RISK_POINT_ADDED", "新增风险点"),
  /** The leadership meeting decided a risk point's level (new or changed decision). */
  LEVEL_DECIDED("LEVEL_DECIDED", "风险等级已确定"),
  /** A measure was filed (备案); the subject is the measure id. */
  MEASURE_FILED("MEASURE_FILED", "防控措施已备案"),
  /**
   * A measure's recorded status changed (措施状态变更); the subject is the measure id.
   *
   * @since 0.1.0
   */
  MEASURE_STATUS_CHANGED("MEASURE_STATUS_CHANGED", "措施状态已变更"),
  /**
   * Evidence that a measure is in place was filed (落实佐证归档); the subject is the measure id.
   *
   * @since 0.1.0
   */
  EVIDENCE_FILED("EVIDENCE_FILED", "落实佐证已归档"),
  /**
   * A measure's effectiveness was reviewed (措施有效性评估); the subject is the measure id.
   *
   * @since 0.1.0
   */
  EFFECTIVENESS_REVIEWED("EFFECTIVENESS_REVIEWED", "措施有效性已评估"),
  /** A post's archive was revised; the subject is the post id. */
  ARCHIVE_REVISED("ARCHIVE_REVISED", "岗位档案已更新");

  private final String code;
  private final String label;

  EventKind(String code, String label) {
    this.code = code;
    this.label = label;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String displayName() {
    return label;
  }
}
