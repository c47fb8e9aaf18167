package io.github.probity.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.probity.finding.Finding;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** JSON input must be well-formed UTF-8, from bytes and from streams alike. */
class StrictUtf8Test {
  private static final ProbityJson LENIENT = ProbityJson.lenient();
  private static final byte[] SAMPLE = ProbityJson.strict().writeLedger(Fixtures.sample());
  private static final String DOC = new String(SAMPLE, StandardCharsets.UTF_8);

  /** The sample with its first risk point's title replaced by the given bytes. */
  private static byte[] withTitleBytes(String hex) {
    String title = "廉洁自律意识淡化";
    int at = DOC.indexOf(title);
    byte[] head = DOC.substring(0, at).getBytes(StandardCharsets.UTF_8);
    byte[] tail = DOC.substring(at + title.length()).getBytes(StandardCharsets.UTF_8);
    byte[] mid = HexFormat.of().parseHex(hex);
    return ByteBuffer.allocate(head.length + mid.length + tail.length)
        .put(head)
        .put(mid)
        .put(tail)
        .array();
  }

  private static Finding fromBytes(byte[] doc) {
    JsonReadException e =
        catchThrowableOfType(JsonReadException.class, () -> LENIENT.readLedger(doc));
    assertThat(e).as("expected a JsonReadException").isNotNull();
    return e.firstError();
  }

  private static Finding fromStream(byte[] doc) {
    JsonReadException e =
        catchThrowableOfType(
            JsonReadException.class, () -> LENIENT.readLedger(new ByteArrayInputStream(doc)));
    assertThat(e).as("expected a JsonReadException").isNotNull();
    return e.firstError();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "C0AF", // overlong "/"
        "E080AF", // overlong "/" in three bytes
        "EDA080EDB080", // CESU-8: a surrogate pair encoded one half at a time
        "F4908080", // above U+10FFFF
        "E4B8", // a character cut short
        "80", // a lone continuation byte
        "FF"
      })
  void illFormedSequencesAreRefusedFromBytesAndStreams(String hex) {
    byte[] doc = withTitleBytes(hex);
    Finding bytes = fromBytes(doc);
    assertThat(bytes.getCode()).isEqualTo(JsonFindingCode.INVALID_ENCODING);
    assertThat(JsonFindings.line(bytes)).isEqualTo(1);
    int title = DOC.substring(0, DOC.indexOf("廉洁自律意识淡化")).getBytes(StandardCharsets.UTF_8).length;
    // the column counts bytes: the first byte that cannot continue the character
    assertThat(JsonFindings.column(bytes)).isBetween(title + 1, title + 3);
    assertThat(fromStream(doc).getCode()).isEqualTo(JsonFindingCode.INVALID_ENCODING);
  }

  @Test
  void inputInAnotherEncodingIsRefusedNotGuessed() {
    byte[] utf16 = DOC.getBytes(StandardCharsets.UTF_16BE);
    byte[] utf32 = DOC.getBytes(java.nio.charset.Charset.forName("UTF-32BE"));
    byte[] nulls = HexFormat.of().parseHex("00001000");
    for (byte[] doc : new byte[][] {utf16, utf32, nulls}) {
      assertThat(fromBytes(doc).getCode()).isEqualTo(JsonFindingCode.INVALID_ENCODING);
      assertThat(fromStream(doc).getCode()).isEqualTo(JsonFindingCode.INVALID_ENCODING);
    }
  }

  @Test
  void everyWellFormedCharacterStillReads() {
    byte[] doc = withTitleBytes("F09F9880E4B8ADC3A9EFBFBD"); // 😀 中 é U+FFFD
    assertThat(LENIENT.readLedger(doc).value().getRiskPoints())
        .anySatisfy(p -> assertThat(p.getTitle()).isEqualTo("😀中é\uFFFD"));
  }

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  /** Random byte strings, biased towards UTF-8 lead and continuation bytes, judged like the JDK. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theCheckAgreesWithTheJdksStrictDecoder(long seed) {
    Random r = new Random(seed);
    byte[] b = new byte[1 + r.nextInt(12)];
    int[] pool = {
      0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xE1, 0xED, 0xEE,
      0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF
    };
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) pool[r.nextInt(pool.length)];
    }
    boolean jdk;
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b));
      jdk = true;
    } catch (CharacterCodingException e) {
      jdk = false;
    }
    assertThat(Utf8.invalidAt(b) < 0).as(HexFormat.of().formatHex(b)).isEqualTo(jdk);
  }
}
