package io.github.probity.finding;

import java.util.Objects;

/** A code made by {@link FindingCode#of}. */
record DefinedCode(String code, Severity severity, String messageBundle) implements FindingCode {
  DefinedCode {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(messageBundle, "messageBundle");
    if (code.isBlank()) {
      throw new IllegalArgumentException("a finding code must not be blank");
    }
  }

  @Override
  public String toString() {
    return code;
  }
}
