package io.github.probity.review;

import io.github.probity.model.Coded;

/**
 * The state of a measure's review record. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum ReviewState implements Coded {
  /**
   * Drafted (起草) by whoever owns the risk; also the state after a returned measure is redrafted.
   */
  DRAFTED("DRAFTED", "已起草"),
  /** Publicised (公示中) within a range for a period; personal measures only. */
  PUBLICISED("PUBLICISED", "公示中"),
  /** Reviewed (已审核), or signed off (已把关) by the supervising leader. */
  REVIEWED("REVIEWED", "已审核"),
  /** Filed (已备案): in force and on record. Final. */
  FILED("FILED", "已备案"),
  /** Returned (已退回) with reasons, to be redrafted. */
  RETURNED("RETURNED", "已退回");

  private final String code;
  private final String label;

  ReviewState(String code, String label) {
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
