package io.github.probity.review;

import io.github.probity.model.Coded;

/**
 * What is overdue about a review record.
 *
 * @since 0.1.0
 */
public enum OverdueKind implements Coded {
  /** A drafted measure that needs publicity was not publicised in time. */
  PUBLICITY("PUBLICITY", "逾期未公示"),
  /**
   * A measure awaiting review (publicity over, or drafted where none is needed) was not reviewed in
   * time.
   */
  REVIEW("REVIEW", "逾期未审核"),
  /** A reviewed measure was not filed in time. */
  FILING("FILING", "逾期未备案");

  private final String code;
  private final String label;

  OverdueKind(String code, String label) {
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
