package io.github.probity.excel;

import io.github.probity.finding.Finding;
import io.github.probity.finding.Location;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Builds a reader's {@link Finding} at a {@link Location.Cell}: the code, then the sheet, row,
 * cell, header and raw value as far as they are known. Not thread-safe; one builder per finding.
 */
final class CellFinding {
  private @Nullable ProblemCode code;
  private Optional<String> sheet = Optional.empty();
  private OptionalInt row = OptionalInt.empty();
  private Optional<String> cell = Optional.empty();
  private Optional<String> header = Optional.empty();
  private Optional<String> rawValue = Optional.empty();

  private CellFinding() {}

  static CellFinding builder() {
    return new CellFinding();
  }

  CellFinding code(ProblemCode value) {
    this.code = value;
    return this;
  }

  CellFinding sheet(String value) {
    return sheet(Optional.of(value));
  }

  CellFinding sheet(Optional<String> value) {
    this.sheet = value;
    return this;
  }

  CellFinding row(int value) {
    return row(OptionalInt.of(value));
  }

  CellFinding row(OptionalInt value) {
    this.row = value;
    return this;
  }

  CellFinding cell(String value) {
    this.cell = Optional.of(value);
    return this;
  }

  CellFinding header(String value) {
    return header(Optional.of(value));
  }

  CellFinding header(Optional<String> value) {
    this.header = value;
    return this;
  }

  CellFinding rawValue(String value) {
    return rawValue(Optional.of(value));
  }

  CellFinding rawValue(Optional<String> value) {
    this.rawValue = value;
    return this;
  }

  Finding build() {
    if (code == null) {
      throw new IllegalStateException("a finding needs a code");
    }
    return Finding.of(code, new Location.Cell(sheet, row, cell, header, rawValue));
  }
}
