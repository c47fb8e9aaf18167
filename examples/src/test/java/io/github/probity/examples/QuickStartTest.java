package io.github.probity.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.model.Ledger;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QuickStartTest {

  @Test
  void quickStartBuildsTheLedgerItShows() {
    Ledger ledger = QuickStart.ledger();
    assertThat(ledger.riskPointsOf(RiskOwner.post("D03-01")))
        .singleElement()
        .satisfies(p -> assertThat(p.effectiveLevel()).contains(RiskLevel.HIGH));
  }

  @Test
  void readmeShowsTheQuickStartCodeVerbatim() throws IOException {
    String source =
        Files.readString(
            Path.of("src/main/java/io/github/probity/examples/QuickStart.java"),
            StandardCharsets.UTF_8);
    Matcher tagged =
        Pattern.compile(
                "// tag::quickstart\\[]\\n(.*?)\\n\\s*// end::quickstart\\[]", Pattern.DOTALL)
            .matcher(source);
    assertThat(tagged.find()).isTrue();
    String snippet = tagged.group(1).stripIndent().strip();
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains("```java\n" + snippet + "\n```");
  }
}
