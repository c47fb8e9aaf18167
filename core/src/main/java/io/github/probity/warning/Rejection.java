package io.github.probity.warning;

import io.github.probity.internal.Codes;
import io.github.probity.model.Coded;

/**
 * Why a {@link Monitor} did not evaluate a signal.
 *
 * @since 0.1.0
 */
public enum Rejection implements Coded {
  /** The signal sorts at or before the point the monitor had already evaluated to. */
  LATE("LATE", "迟到"),
  /** The signal has the time and id of one already buffered. */
  REPEATED("REPEATED", "重复"),
  /** The signal is dated further ahead of the monitor's clock than the allowed lead. */
  FUTURE("FUTURE", "时间超前");

  private static final Codes<Rejection> CODES = Codes.of("拒收原因 (Rejection)", Rejection.class);

  private final String code;
  private final String label;

  Rejection(String code, String label) {
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

  /**
   * Parses a code or label.
   *
   * @param text the text
   * @return the reason
   * @throws io.github.probity.model.InvalidCodeException if the text names no reason
   */
  public static Rejection parse(String text) {
    return CODES.parse(text);
  }
}
