package io.github.probity.validation;

/** The default {@link ValidLedger}, read from an annotated placeholder. */
final class Defaults {
  private Defaults() {}

  @ValidLedger
  private static final class Annotated {}

  static final ValidLedger VALID_LEDGER = Annotated.class.getAnnotation(ValidLedger.class);
}
