package io.github.probity.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** The clock of a command: the system clock, or noon of a given date in the local zone. */
final class Dates {
  private Dates() {}

  static Clock clock(Optional<LocalDate> date) {
    ZoneId zone = ZoneId.systemDefault();
    return date.map(d -> Clock.fixed(d.atTime(12, 0).atZone(zone).toInstant(), zone))
        .orElseGet(() -> Clock.system(zone));
  }
}
