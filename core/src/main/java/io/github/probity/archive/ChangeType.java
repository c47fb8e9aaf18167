package io.github.probity.archive;

import io.github.probity.model.Coded;

/**
 * Whether an entity was added, removed or changed between two ledgers.
 *
 * @since 0.1.0
 */
public enum ChangeType implements Coded {
  /** Present only in the newer ledger. */
  ADDED("ADDED", "新增"),
  /** Present only in the older ledger. */
  REMOVED("REMOVED", "删除"),
  /** Present in both, with at least one field different. */
  CHANGED("CHANGED", "变更");

  private final String code;
  private final String label;

  ChangeType(String code, String label) {
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
