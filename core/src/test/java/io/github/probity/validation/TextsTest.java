package io.github.probity.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The text checks' fast paths against their plain definitions. */
class TextsTest {
  /** Characters that matter to the checks, and some that do not. */
  private static final int[] ALPHABET = {
    ' ', '\t', '\n', 0x1C, 0x7F, 0x85, 0xA0, 0x1680, 0x180E, 0x2000, 0x2007, 0x200A, 0x200B, 0x200D,
    0x200E, 0x2018, 0x201C, 0x201D, 0x2026, 0x2028, 0x2029, 0x202F, 0x205F, 0x2060, 0x206F, 0x3000,
    0x3001, 0x3002, 0xFEFF, 0xFF01, 0xFF08, 0xFF09, 0xFF21, 0xFF41, 0xFF5E, 0xFF5F, 0xFF61, 'A',
    'Z', 'a', 'z', '0', '(', '采', '购', '审', '核', 0x20000
  };

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  private static boolean isSpaceByDefinition(int cp) {
    return Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || cp == 0x200B
        || cp == 0x200C
        || cp == 0x200D
        || cp == 0x2060
        || cp == 0xFEFF;
  }

  /** The normalisation without its fast path. */
  private static String comparableByDefinition(String text) {
    StringBuilder sb = new StringBuilder();
    text.codePoints()
        .filter(cp -> !isSpaceByDefinition(cp))
        .map(cp -> cp >= 0xFF01 && cp <= 0xFF5E ? cp - 0xFEE0 : cp)
        .map(cp -> cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp)
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }

  @Test
  void isSpaceAgreesWithItsDefinitionOnEveryCodePoint() {
    List<Integer> wrong = new ArrayList<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Texts.isSpace(cp) != isSpaceByDefinition(cp)) {
        wrong.add(cp);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void comparableAndIsBlankAgreeWithTheirDefinitions(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int k = 0; k < 50; k++) {
      StringBuilder sb = new StringBuilder();
      int length = r.nextInt(0, 12);
      for (int i = 0; i < length; i++) {
        sb.appendCodePoint(ALPHABET[r.nextInt(ALPHABET.length)]);
      }
      String text = sb.toString();
      String expected = comparableByDefinition(text);
      assertThat(Texts.comparable(text)).as("comparable of %s", text).isEqualTo(expected);
      if (Texts.isPlain(text)) {
        assertThat(expected).as("plain %s", text).isEqualTo(text);
      }
      assertThat(Texts.isBlank(text)).as("blank %s", text).isEqualTo(expected.isEmpty());
    }
  }
}
