package io.github.probity.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.finding.Finding;
import io.github.probity.model.Ledger;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A lenient read keeps unknown properties aside up to a budget and skips the rest, in order. */
class UnknownPropertyBudgetTest {
  private static final String DOC =
      new String(ProbityJson.strict().writeLedger(Fixtures.sample()), StandardCharsets.UTF_8);

  /**
   * The sample with {@code count} unknown properties, each an array of {@code strings} strings of
   * {@code size} characters.
   */
  private static byte[] withUnknown(int count, int strings, int size) {
    String item = "\"" + "a".repeat(size) + "\"";
    StringBuilder extra = new StringBuilder();
    for (int i = 0; i < count; i++) {
      extra.append("\"x").append(i).append("\":[");
      extra.append(String.join(",", java.util.Collections.nCopies(strings, item))).append("],");
    }
    return DOC.replace("\"schemaVersion\":1,", "\"schemaVersion\":1," + extra)
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void unknownPropertiesBeyondTheBudgetAreSkippedAndSaidToBe() throws IOException {
    int size = 100_000;
    byte[] doc = withUnknown(30, 1, size);
    ReadResult<Ledger> fromBytes = ProbityJson.lenient().readLedger(doc);
    ReadResult<Ledger> fromStream = ProbityJson.lenient().readLedger(new ByteArrayInputStream(doc));
    for (ReadResult<Ledger> read : java.util.List.of(fromBytes, fromStream)) {
      int kept = read.unknownProperties().values().stream().mapToInt(String::length).sum();
      assertThat(kept).isLessThanOrEqualTo(ReadState.MAX_UNKNOWN_CHARS);
      // the first ones are kept, every later one skipped: no gap
      assertThat(read.unknownProperties()).containsKeys("/x0", "/x1").doesNotContainKey("/x29");
      assertThat(read.findings())
          .extracting(Finding::getCode)
          .containsSubsequence(
              JsonFindingCode.UNKNOWN_PROPERTY_KEPT, JsonFindingCode.UNKNOWN_PROPERTY_SKIPPED)
          .filteredOn(c -> c == JsonFindingCode.UNKNOWN_PROPERTY_SKIPPED)
          .hasSize(30 - read.unknownProperties().size());
      assertThat(read.value()).isEqualTo(Fixtures.sample());
    }
  }

  @Test
  void oneHugeUnknownValueIsSkippedWithoutBeingHeld() throws IOException {
    byte[] doc = withUnknown(1, 12, ReadState.MAX_UNKNOWN_CHARS / 4); // 3 times the budget
    ReadResult<Ledger> read = ProbityJson.lenient().readLedger(new ByteArrayInputStream(doc));
    assertThat(read.unknownProperties()).isEmpty();
    assertThat(read.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.getCode()).isEqualTo(JsonFindingCode.UNKNOWN_PROPERTY_SKIPPED);
              assertThat(JsonFindings.pointer(f)).isEqualTo("/x0");
            });
  }
}
