package io.github.probity.archive;

import io.github.probity.model.Coded;

/**
 * Which disclosure a ledger feeds: party affairs or government affairs.
 *
 * @since 0.1.0
 */
public enum DisclosureKind implements Coded {
  /** 党务公开: disclosure of party affairs. */
  PARTY_AFFAIRS("PARTY_AFFAIRS", "党务公开"),
  /** 政务公开: disclosure of government affairs. */
  GOVERNMENT_AFFAIRS("GOVERNMENT_AFFAIRS", "政务公开");

  private final String code;
  private final String label;

  DisclosureKind(String code, String label) {
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
