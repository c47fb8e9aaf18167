package io.github.probity.excel;

import io.github.probity.model.Coded;

/** How grave a reading problem is. */
public enum Severity implements Coded {
  /** The row or sheet could not be read; strict reading stops here. */
  ERROR("ERROR", "错误", 3),
  /** The row was read, but a value was replaced by a default or left out. */
  WARNING("WARNING", "警告", 2),
  /** Worth knowing; nothing was lost. */
  INFO("INFO", "提示", 1);

  private final String code;
  private final String label;
  private final int rank;

  Severity(String code, String label, int rank) {
    this.code = code;
    this.label = label;
    this.rank = rank;
  }

  /**
   * Returns the rank: 3 for errors, 2 for warnings, 1 for information.
   *
   * @return the rank
   */
  public int rank() {
    return rank;
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
