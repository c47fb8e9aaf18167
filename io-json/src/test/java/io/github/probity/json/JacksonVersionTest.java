package io.github.probity.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import io.github.probity.model.Ledger;
import org.junit.jupiter.api.Test;

/**
 * The build runs against the Jackson version the POM selects: 2.19 by default (Spring Boot 3's
 * pin), the newest 2.x with {@code -Pjackson-latest}. This pins that the selection took effect and
 * that the whole document format works on it.
 */
class JacksonVersionTest {
  @Test
  void runsOnTheSelectedJackson2Version() {
    Version databind = PackageVersion.VERSION;
    Version core = com.fasterxml.jackson.core.json.PackageVersion.VERSION;
    String expected = System.getProperty("probity.expectedJacksonVersion", databind.toString());

    assertThat(databind.getMajorVersion()).isEqualTo(2);
    assertThat(databind.getMinorVersion()).isGreaterThanOrEqualTo(19);
    assertThat(databind.toString()).isEqualTo(expected);
    assertThat(core.toString()).isEqualTo(expected);

    Ledger sample = Fixtures.sample();
    assertThat(ProbityJson.strict().readLedger(ProbityJson.strict().writeLedger(sample)).value())
        .isEqualTo(sample);
  }
}
