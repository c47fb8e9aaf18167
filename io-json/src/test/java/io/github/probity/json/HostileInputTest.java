package io.github.probity.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.probity.finding.Finding;
import io.github.probity.finding.Severity;
import io.github.probity.model.Ledger;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HostileInputTest {
  private static final ProbityJson STRICT = ProbityJson.strict();
  private static final ProbityJson LENIENT = ProbityJson.lenient();
  private static final byte[] SAMPLE = STRICT.writeLedger(Fixtures.sample());
  private static final String DOC = new String(SAMPLE, StandardCharsets.UTF_8);

  private static Finding error(ProbityJson json, byte[] doc) {
    JsonReadException e = catchThrowableOfType(JsonReadException.class, () -> json.readLedger(doc));
    assertThat(e).as("expected a JsonReadException").isNotNull();
    return e.firstError();
  }

  private static Finding error(ProbityJson json, String doc) {
    return error(json, doc.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void deepNestingIsRejectedBeforeItExhaustsTheStack() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    String doc = DOC.replace("\"schemaVersion\":1,", "\"schemaVersion\":1,\"x\":" + deep + ",");

    Finding f = error(LENIENT, doc);
    assertThat(f.getCode()).isEqualTo(JsonFindingCode.LIMIT_EXCEEDED);
    assertThat(f.message(Locale.ENGLISH)).contains("nesting depth");
    assertThat(error(STRICT, doc).getCode()).isEqualTo(JsonFindingCode.UNKNOWN_PROPERTY);
    // a body before the envelope's version is buffered, under the same limits
    assertThat(error(STRICT, "{\"ledger\":" + deep + "}").getCode())
        .isEqualTo(JsonFindingCode.LIMIT_EXCEEDED);
    assertThat(error(STRICT, "[".repeat(100_000)).getCode()).isEqualTo(JsonFindingCode.WRONG_TYPE);
  }

  @Test
  void hugeStringsAreRejected() {
    String huge = "长".repeat(1_000_001);
    Finding f = error(STRICT, DOC.replace("廉洁自律意识淡化", huge));
    assertThat(f.getCode()).isEqualTo(JsonFindingCode.LIMIT_EXCEEDED);
    assertThat(JsonFindings.pointer(f)).isEqualTo("/ledger/riskPoints/2/title");

    ProbityJson tight =
        ProbityJson.builder().limits(JsonLimits.defaults().withMaxStringLength(100)).build();
    assertThat(error(tight, DOC.replace("廉洁自律意识淡化", "x".repeat(101))).getCode())
        .isEqualTo(JsonFindingCode.LIMIT_EXCEEDED);
    assertThat(error(tight, DOC.replace("\"year\"", "\"" + "k".repeat(300) + "\"")).getCode())
        .isEqualTo(JsonFindingCode.LIMIT_EXCEEDED);
  }

  @Test
  void documentSizeAndTokenCountAreLimited() {
    ProbityJson small =
        ProbityJson.builder().limits(JsonLimits.defaults().withMaxDocumentLength(1000)).build();
    ProbityJson few =
        ProbityJson.builder().limits(JsonLimits.defaults().withMaxTokenCount(100)).build();

    assertThat(error(small, SAMPLE).getCode()).isEqualTo(JsonFindingCode.LIMIT_EXCEEDED);
    assertThat(error(small, DOC).getCode()).isEqualTo(JsonFindingCode.LIMIT_EXCEEDED);
    JsonReadException streamed =
        catchThrowableOfType(
            JsonReadException.class, () -> small.readLedger(new ByteArrayInputStream(SAMPLE)));
    assertThat(streamed.firstError().getCode()).isEqualTo(JsonFindingCode.LIMIT_EXCEEDED);
    assertThat(error(few, SAMPLE).getCode()).isEqualTo(JsonFindingCode.LIMIT_EXCEEDED);
  }

  @Test
  void limitsBelongToTheInstanceNotTheJvm() {
    StreamReadConstraints before = StreamReadConstraints.defaults();
    ProbityJson tight =
        ProbityJson.builder().limits(JsonLimits.defaults().withMaxStringLength(10)).build();

    assertThat(error(tight, SAMPLE).getCode()).isEqualTo(JsonFindingCode.LIMIT_EXCEEDED);
    assertThat(STRICT.readLedger(SAMPLE).value()).isEqualTo(Fixtures.sample());
    assertThat(StreamReadConstraints.defaults()).isSameAs(before);
    assertThat(StreamReadConstraints.defaults().getMaxStringLength())
        .isEqualTo(StreamReadConstraints.DEFAULT_MAX_STRING_LEN);
  }

  @Test
  void invalidUtf8IsRejectedWithItsLocation() {
    int at = DOC.indexOf("RP-0003") + 3;
    byte[] bad = Arrays.copyOf(SAMPLE, SAMPLE.length);
    bad[DOC.substring(0, at).getBytes(StandardCharsets.UTF_8).length] = (byte) 0xC3;
    byte[] lone = Arrays.copyOf(SAMPLE, SAMPLE.length);
    lone[DOC.substring(0, at).getBytes(StandardCharsets.UTF_8).length] = (byte) 0xFF;

    for (byte[] doc : new byte[][] {bad, lone}) {
      Finding f = error(LENIENT, doc);
      assertThat(f.getCode()).isEqualTo(JsonFindingCode.INVALID_ENCODING);
      assertThat(JsonFindings.line(f)).isEqualTo(1);
      assertThat(JsonFindings.column(f)).isPositive();
    }
  }

  @Test
  void anIntegerTooLargeForItsFieldIsNamedAsSuch() {
    assertThat(DOC).contains("\"year\":");
    String doc = DOC.replaceFirst("\"year\":\\d+", "\"year\":99999999999");
    Finding f = error(STRICT, doc);
    assertThat(f.getCode()).isEqualTo(JsonFindingCode.INVALID_VALUE);
    assertThat(f.message(Locale.ENGLISH))
        .contains("99999999999")
        .contains("outside")
        .doesNotContain("Expected integer");
  }

  @Test
  void everyTruncationIsReportedAsTruncated() {
    for (int n = 0; n < SAMPLE.length; n++) {
      byte[] prefix = Arrays.copyOf(SAMPLE, n);
      Finding f = error(STRICT, prefix);
      // a cut inside true, false or null reads as an unrecognised token
      boolean inLiteral = n > 0 && Character.isLetter(SAMPLE[n - 1]) && SAMPLE[n - 1] > 0;
      assertThat(f.getCode())
          .as("prefix of %d bytes", n)
          .isIn(
              JsonFindingCode.TRUNCATED,
              JsonFindingCode.INVALID_ENCODING,
              inLiteral ? JsonFindingCode.SYNTAX : JsonFindingCode.TRUNCATED);
    }
  }

  @Test
  void streamingReadEnforcesTheSameLimits() {
    ProbityJson tight =
        ProbityJson.builder().limits(JsonLimits.defaults().withMaxStringLength(5)).build();
    JsonReadException e =
        catchThrowableOfType(
            JsonReadException.class,
            () -> tight.openLedgerReader(new ByteArrayInputStream(SAMPLE)).close());
    assertThat(e.firstError().getCode()).isEqualTo(JsonFindingCode.LIMIT_EXCEEDED);
  }

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  /** Corrupts a few bytes of a valid document: the reader returns a ledger or a located error. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void corruptedDocumentsNeverFailOtherwise(long seed) throws IOException {
    Random r = new Random(seed);
    byte[] doc = Arrays.copyOf(SAMPLE, SAMPLE.length);
    for (int i = 1 + r.nextInt(4); i > 0; i--) {
      doc[r.nextInt(doc.length)] = (byte) r.nextInt(256);
    }
    for (ProbityJson json : new ProbityJson[] {STRICT, LENIENT}) {
      try {
        Ledger ledger = json.readLedger(doc).value();
        assertThat(json.readLedger(json.writeLedger(ledger)).value()).isEqualTo(ledger);
      } catch (JsonReadException e) {
        assertThat(e.getFindings()).isNotEmpty();
        assertThat(e.firstError().getSeverity()).isEqualTo(Severity.ERROR);
        assertThat(e.firstError().message(Locale.SIMPLIFIED_CHINESE)).isNotBlank();
      }
      try (LedgerStreamReader reader = json.openLedgerReader(new ByteArrayInputStream(doc))) {
        reader.forEachRemaining(rp -> assertThat(rp.getId()).isNotBlank());
      } catch (JsonReadException e) {
        assertThat(e.getFindings()).isNotEmpty();
      }
    }
  }
}
