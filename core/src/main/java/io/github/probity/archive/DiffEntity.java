package io.github.probity.archive;

import io.github.probity.model.Coded;

/**
 * The kind of ledger entity a {@link EntityChange} is about.
 *
 * @since 0.1.0
 */
public enum DiffEntity implements Coded {
  /** A post (岗位): name, department, holders, duties. */
  POST("POST", "岗位"),
  /** A risk point (风险点). */
  RISK_POINT("RISK_POINT", "风险点"),
  /** A prevention measure (防控措施). */
  MEASURE("MEASURE", "防控措施"),
  /**
   * A leadership meeting (会议) that decided levels collectively, keyed by its reference: date, kind,
   * attendees, those sitting in, dissent.
   */
  MEETING("MEETING", "会议");

  private final String code;
  private final String label;

  DiffEntity(String code, String label) {
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
