package io.github.probity.review;

import io.github.probity.model.Coded;

/**
 * An action on a measure's review record; each moves it from one state to another.
 *
 * @since 0.1.0
 */
public enum ReviewAction implements Coded {
  /** Draft (起草) a new measure: no state to {@link ReviewState#DRAFTED}. */
  DRAFT("DRAFT", "起草"),
  /** Publicise (公示): {@link ReviewState#DRAFTED} to {@link ReviewState#PUBLICISED}. */
  PUBLICISE("PUBLICISE", "公示"),
  /**
   * Review (审核) or sign off (把关): to {@link ReviewState#REVIEWED}, from {@link
   * ReviewState#PUBLICISED} after the publicity period, or from {@link ReviewState#DRAFTED} where
   * no publicity is required.
   */
  REVIEW("REVIEW", "审核"),
  /** File (备案): {@link ReviewState#REVIEWED} to {@link ReviewState#FILED}. */
  FILE("FILE", "备案"),
  /**
   * Return (退回) with reasons, from any state the reviewer may act on, to {@link
   * ReviewState#RETURNED}.
   */
  RETURN("RETURN", "退回"),
  /**
   * Redraft (修改) a returned measure: {@link ReviewState#RETURNED} to {@link ReviewState#DRAFTED}.
   */
  REDRAFT("REDRAFT", "重新起草");

  private final String code;
  private final String label;

  ReviewAction(String code, String label) {
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
