package io.github.probity.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.probity.model.Ledger;
import io.github.probity.model.RiskPoint;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StreamingTest {
  private static final ProbityJson STRICT = ProbityJson.strict();
  private static final ProbityJson LENIENT = ProbityJson.lenient();
  private static final Ledger SAMPLE = Fixtures.sample();
  private static final String DOC = new String(STRICT.writeLedger(SAMPLE), StandardCharsets.UTF_8);

  private static LedgerStreamReader open(ProbityJson json, String doc) throws IOException {
    return json.openLedgerReader(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<RiskPoint> readAll(ProbityJson json, String doc) throws IOException {
    List<RiskPoint> out = new java.util.ArrayList<>();
    try (LedgerStreamReader r = open(json, doc)) {
      r.forEachRemaining(out::add);
    }
    return out;
  }

  @Test
  void pointsAreCheckedAgainstTheHead() {
    String doc =
        DOC.replace("\"scope\":\"LEADER\",\"id\":\"P02\"", "\"scope\":\"LEADER\",\"id\":\"P03\"");

    JsonReadException e = catchThrowableOfType(JsonReadException.class, () -> readAll(STRICT, doc));

    assertThat(e.firstError().getCode()).isEqualTo(JsonFindingCode.LEDGER_INTEGRITY);
    assertThat(JsonFindings.pointer(e.firstError())).isEqualTo("/ledger/riskPoints/2");
    assertThat(e.firstError().message(Locale.ENGLISH))
        .contains("riskPoints[RP-0003].owner", "'P03' is not in the ledger");
    assertThat(e.firstError().message(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("台账完整性错误（riskPoints[RP-0003].owner）：引用的“P03”在台账中不存在");
    assertThatThrownBy(() -> STRICT.readLedger(doc))
        .isInstanceOf(JsonReadException.class)
        .hasMessageContaining("riskPoints[RP-0003].owner");
  }

  @Test
  void theHeadMustPrecedeTheRiskPoints() {
    String points = DOC.substring(DOC.indexOf(",\"riskPoints\":"), DOC.length() - 2);
    String reordered =
        DOC.replace(points, "")
            .replace("\"ledger\":{\"unit\"", "\"ledger\":{" + points.substring(1) + ",\"unit\"");

    assertThat(STRICT.readLedger(reordered).value()).isEqualTo(SAMPLE);
    JsonReadException e =
        catchThrowableOfType(JsonReadException.class, () -> readAll(STRICT, reordered));
    assertThat(e.firstError().getCode()).isIn(JsonFindingCode.MISSING_PROPERTY);
    String unitLast =
        DOC.replaceFirst("\"unit\":\\{[^}]*\\},", "")
            .replace(
                "]}}",
                "],\"unit\":{\"code\":\"SX-CZJ\",\"name\":\"示例区财政局\",\"parentName\":\"示例区人民政府\"}}}");
    assertThat(STRICT.readLedger(unitLast).value()).isEqualTo(SAMPLE);
    JsonReadException late =
        catchThrowableOfType(JsonReadException.class, () -> readAll(STRICT, unitLast));
    assertThat(late.firstError().getCode()).isIn(JsonFindingCode.MISSING_PROPERTY);
  }

  @Test
  void theEnvelopeMustComeFirst() {
    String body = DOC.substring(DOC.indexOf("\"ledger\":"), DOC.length() - 1);
    String reordered = "{" + body + ",\"schemaVersion\":1,\"format\":\"probity-ledger\"}";

    JsonReadException e =
        catchThrowableOfType(JsonReadException.class, () -> readAll(STRICT, reordered));

    assertThat(e.firstError().getCode()).isEqualTo(JsonFindingCode.STREAM_ORDER);
    assertThat(e.firstError().message(Locale.SIMPLIFIED_CHINESE)).contains("format");
  }

  @Test
  void lenientStreamingKeepsUnknownPropertiesAfterThePoints() throws IOException {
    String doc = DOC.substring(0, DOC.length() - 2) + ",\"note\":\"x\"},\"sig\":\"abc\"}";

    try (LedgerStreamReader r = open(LENIENT, doc)) {
      assertThat(r.head().getUnit()).isEqualTo(SAMPLE.getUnit());
      List<RiskPoint> points = new java.util.ArrayList<>();
      r.forEachRemaining(points::add);
      assertThat(points).isEqualTo(SAMPLE.getRiskPoints());
      assertThat(r.unknownProperties()).containsOnlyKeys("/ledger/note", "/sig");
      assertThat(r.findings()).hasSize(2);
    }
    assertThat(
            catchThrowableOfType(JsonReadException.class, () -> readAll(STRICT, doc))
                .firstError()
                .getCode())
        .isEqualTo(JsonFindingCode.UNKNOWN_PROPERTY);
  }

  @Test
  void aFailedStreamLeavesTheDocumentIncomplete() throws IOException {
    Ledger head = Ledger.builder().from(SAMPLE).riskPoints(List.of()).build();
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    java.io.OutputStream failing =
        new java.io.FilterOutputStream(sink) {
          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            if (sink.size() + len > 20_000) {
              throw new IOException("disk full");
            }
            sink.write(b, off, len);
          }
        };

    LedgerStreamWriter w = STRICT.openLedgerWriter(failing, head);
    assertThatThrownBy(
            () -> {
              for (int i = 0; i < 1000; i++) {
                w.write(SAMPLE.getRiskPoints().get(0));
              }
            })
        .isInstanceOf(IOException.class);
    try {
      w.close();
    } catch (IOException expected) {
      // the buffered rest cannot be flushed either
    }

    JsonReadException e =
        catchThrowableOfType(JsonReadException.class, () -> STRICT.readLedger(sink.toByteArray()));
    assertThat(e.firstError().getCode()).isEqualTo(JsonFindingCode.TRUNCATED);
    assertThatThrownBy(() -> w.write(SAMPLE.getRiskPoints().get(0)))
        .isInstanceOf(IllegalStateException.class);
  }
}
