package io.github.probity.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.finding.Finding;
import io.github.probity.model.Ledger;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The README's io-json snippet, compiled and run. */
class ReadmeExampleTest {

  @Test
  void readmeSnippetRuns() throws IOException {
    Ledger ledger = Fixtures.sample();
    String fromOa =
        new String(ProbityJson.strict().writeLedger(ledger), StandardCharsets.UTF_8)
            .replace("\"level\":\"LOW\"", "\"level\":\"低\"");
    java.io.PrintStream console = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      // tag::json[]
      ProbityJson json = ProbityJson.strict();
      byte[] bytes = json.writeLedger(ledger); // canonical UTF-8: equal ledgers, equal bytes
      Ledger back = json.readLedger(bytes).value();

      // lenient: Chinese labels (低 → LOW) and unknown properties are accepted and reported
      ReadResult<Ledger> read = ProbityJson.lenient().readLedger(fromOa);
      for (Finding f : read.findings()) {
        System.out.println(f.getLocation().text() + " " + f.message(Locale.SIMPLIFIED_CHINESE));
      }

      // strict: every error is located by JSON pointer, line and column
      try {
        json.readLedger(fromOa);
      } catch (JsonReadException e) {
        System.out.println(
            e.firstError().getCode().code() + " " + e.firstError().getLocation().text());
      }
      // end::json[]

      assertThat(back).isEqualTo(ledger);
      assertThat(read.value()).isEqualTo(ledger);
    } finally {
      System.setOut(console);
    }
    List<String> printed = captured.toString(StandardCharsets.UTF_8).lines().toList();

    assertThat(printed)
        .containsExactly(
            "/ledger/riskPoints/1/level (line 1, column 1855) “低”按名称识别为 LOW",
            "JSON_INVALID_CODE /ledger/riskPoints/1/level (line 1, column 1855)");
  }

  @Test
  void readmeStreamingSnippetRuns() throws IOException {
    Ledger ledger = Fixtures.sample();
    Ledger head = Ledger.builder().from(ledger).riskPoints(List.of()).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ProbityJson json = ProbityJson.strict();
    long[] seen = new long[1];

    // tag::json-streaming[]
    try (OutputStream os = out;
        LedgerStreamWriter writer = json.openLedgerWriter(os, head)) {
      for (var point : ledger.getRiskPoints()) { // e.g. from a database cursor
        writer.write(point);
      }
    }
    try (InputStream in = new ByteArrayInputStream(out.toByteArray());
        LedgerStreamReader reader = json.openLedgerReader(in)) {
      Ledger h = reader.head(); // unit, people, posts … without risk points
      reader.forEachRemaining(point -> seen[0]++); // one point in memory at a time
      assertThat(h).isEqualTo(head);
    }
    // end::json-streaming[]

    assertThat(seen[0]).isEqualTo(3);
  }
}
