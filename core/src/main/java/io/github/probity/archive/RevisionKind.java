package io.github.probity.archive;

import io.github.probity.model.Coded;

/**
 * What a revision of an archive changed; found by comparing the old and new content.
 *
 * @since 0.1.0
 */
public enum RevisionKind implements Coded {
  /** The archive was opened. */
  CREATED("CREATED", "建档"),
  /** The post's holders changed (人员交接); the post needs re-identification. */
  HOLDER_HANDOVER("HOLDER_HANDOVER", "人员变动"),
  /** The post's duties or name changed (职责调整); the post needs re-identification. */
  DUTY_CHANGE("DUTY_CHANGE", "职责调整"),
  /** A risk point's effective level changed (重新定级). */
  REGRADING("REGRADING", "风险等级调整"),
  /** A risk point was added. */
  RISK_POINT_ADDED("RISK_POINT_ADDED", "新增风险点"),
  /** A risk point was removed. */
  RISK_POINT_REMOVED("RISK_POINT_REMOVED", "删除风险点"),
  /** A risk point changed otherwise than in level or measures. */
  RISK_POINT_CHANGED("RISK_POINT_CHANGED", "风险点变更"),
  /** A measure was added. */
  MEASURE_ADDED("MEASURE_ADDED", "新增防控措施"),
  /** A measure was removed. */
  MEASURE_REMOVED("MEASURE_REMOVED", "删除防控措施"),
  /** A measure's text, type, proposer or deadline changed. */
  MEASURE_CHANGED("MEASURE_CHANGED", "防控措施变更"),
  /** A review record progressed or was added. */
  REVIEW_PROGRESS("REVIEW_PROGRESS", "审核进展"),
  /** An integrity pledge was added or changed. */
  PLEDGE("PLEDGE", "廉政承诺"),
  /** A further record (warning, disposition …) was added or changed. */
  ENTRY("ENTRY", "预警处置记录"),
  /** Nothing in the content changed, e.g. an annual confirmation. */
  CONFIRMED("CONFIRMED", "确认无变化");

  private final String code;
  private final String label;

  RevisionKind(String code, String label) {
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
