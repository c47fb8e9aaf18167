package io.github.probity.rollup;

import io.github.probity.finding.FindingCode;
import io.github.probity.finding.Severity;

/**
 * The stable codes of the problems a roll-up reports about its inputs, besides the findings of the
 * readers themselves. Their messages, in Chinese and English, are in the bundle {@code
 * io.github.probity.rollup.RollupMessages}.
 *
 * @since 0.1.0
 */
public enum RollupProblemCode implements FindingCode {
  /** A file could not be read at all (arguments: the reason). */
  UNREADABLE("ROLLUP_UNREADABLE", Severity.ERROR),
  /** A document was refused by its reader; its own findings follow (arguments: the kind). */
  REJECTED("ROLLUP_REJECTED", Severity.ERROR),
  /** A file is not a document the roll-up takes (arguments: the format found, or empty). */
  NOT_TAKEN("ROLLUP_NOT_TAKEN", Severity.WARNING),
  /** A unit has a second document of a kind it already has; the second is left out. */
  DUPLICATE("ROLLUP_DUPLICATE", Severity.ERROR),
  /** A unit has a plan or cases but no ledger (arguments: the unit). */
  NO_LEDGER("ROLLUP_NO_LEDGER", Severity.WARNING);

  private static final String BUNDLE = "io.github.probity.rollup.RollupMessages";

  private final String code;
  private final Severity severity;

  RollupProblemCode(String code, Severity severity) {
    this.code = code;
    this.severity = severity;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public String messageBundle() {
    return BUNDLE;
  }
}
