package io.github.probity.excel;

import io.github.probity.finding.Finding;
import io.github.probity.finding.Location;

/** Reads the workbook location of a reader's finding in tests. */
final class ReadFindings {
  private ReadFindings() {}

  static Location.Cell at(Finding f) {
    return (Location.Cell) f.getLocation();
  }
}
