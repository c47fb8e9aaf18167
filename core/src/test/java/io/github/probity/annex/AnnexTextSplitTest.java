package io.github.probity.annex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The list splitter finds exactly the markers of the documented patterns, on random cells: the
 * style of the marker at the cell's start, then that style's markers in sequence.
 */
class AnnexTextSplitTest {
  private static final String NOT_AFTER = "(?<![0-9A-Za-z.．（(])";

  /** The documented marker patterns of the digit styles; group "n" is the number, "k" for n.k. */
  private static final Pattern NK =
      Pattern.compile(
          NOT_AFTER
              + "(?<n>\\d{1,2})[.．](?<k>\\d{1,2})(?![0-9])(?![.．][0-9])"
              + "(?:[.．、:：)）]|(?![%％‰倍万亿元]))");

  private static final List<Pattern> STYLES =
      List.of(
          NK,
          arabic("[.．]"),
          arabic("、"),
          Pattern.compile(NOT_AFTER + "(?<n>\\d{1,2})\\s*[)）]"),
          arabic("[:：]"),
          Pattern.compile("[（(]\\s*(?<n>\\d{1,2})\\s*[)）]"),
          Pattern.compile("(?<c>[\\u2460-\\u2473])"));

  private static final String[] PIECES = {
    "1", "2", "3", "10", "12", "123", ".", "．", "、", ":", "：", ")", "）", "(", "（", " ", "\n", "\t",
    "\u3000", "①", "②", "③", "⑳", "a", "Z", "；", ";", "，", "审核", "资金", "5万元", "%", "倍", "第", "项"
  };

  private static final String[] STARTS = {"1.", "（1）", "①", "1、", "1）", "1：", "1.1", "2.1 "};

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 300);
  }

  private static Pattern arabic(String sign) {
    return Pattern.compile(NOT_AFTER + "(?<n>\\d{1,2})\\s*" + sign + "(?![0-9])");
  }

  /** The marker's number, or k for n.k. */
  private static int number(Pattern style, Matcher m) {
    if (style == NK) {
      return Integer.parseInt(m.group("k"));
    }
    if (style.pattern().contains("<c>")) {
      return m.group("c").charAt(0) - 0x2460 + 1;
    }
    return Integer.parseInt(m.group("n"));
  }

  private static List<String> reference(String text) {
    String t = AnnexText.clean(text);
    if (t.isEmpty()) {
      return List.of();
    }
    for (Pattern style : STYLES) {
      Matcher m = style.matcher(t);
      if (m.lookingAt()) {
        return number(style, m) == 1 ? list(t, style, m) : List.of(t);
      }
    }
    return List.of(t);
  }

  /** The list of the given style whose first marker {@code m} matched at the start. */
  private static List<String> list(String t, Pattern style, Matcher m) {
    List<int[]> cuts = new ArrayList<>();
    cuts.add(new int[] {m.start(), m.end()});
    int major = style == NK ? Integer.parseInt(m.group("n")) : 0;
    int firstNumber = number(style, m);
    int last = 1;
    while (m.find()) {
      int n = number(style, m);
      int mj = style == NK ? Integer.parseInt(m.group("n")) : 0;
      if (n == last + 1 && mj == major || style == NK && mj == major + 1 && n == 1) {
        cuts.add(new int[] {m.start(), m.end()});
        last = n;
        major = mj;
      }
    }
    if (cuts.size() < 2) {
      String rest = item(t.substring(cuts.get(0)[1]));
      int after = cuts.get(0)[1];
      boolean keptNk =
          style == NK
              && (firstNumber != 1
                  || after >= t.length()
                  || Character.UnicodeScript.of(t.charAt(after)) != Character.UnicodeScript.HAN);
      return keptNk || rest.isEmpty() ? List.of(t) : reference(rest);
    }
    List<String> items = new ArrayList<>();
    for (int i = 0; i < cuts.size(); i++) {
      int end = i + 1 < cuts.size() ? cuts.get(i + 1)[0] : t.length();
      String item = item(t.substring(cuts.get(i)[1], end));
      if (!item.isEmpty()) {
        items.add(item);
      }
    }
    return items.isEmpty() ? List.of(t) : items;
  }

  private static String item(String s) {
    String item = s.strip();
    while (!item.isEmpty() && "；;，,、".indexOf(item.charAt(item.length() - 1)) >= 0) {
      item = item.substring(0, item.length() - 1).strip();
    }
    return item;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void splitsLikeTheMarkerPattern(long seed) {
    Random rnd = new Random(seed);
    for (int k = 0; k < 50; k++) {
      StringBuilder sb = new StringBuilder();
      if (rnd.nextBoolean()) {
        sb.append(STARTS[rnd.nextInt(STARTS.length)]);
      }
      int n = rnd.nextInt(24);
      for (int i = 0; i < n; i++) {
        sb.append(PIECES[rnd.nextInt(PIECES.length)]);
      }
      String text = sb.toString();
      assertThat(AnnexText.splitNumbered(text)).as(text).isEqualTo(reference(text));
    }
  }

  @Test
  void splitsTheUsualLayouts() {
    assertThat(AnnexText.splitNumbered("1.严格审核；2.集体审议；3.网上公示。"))
        .containsExactly("严格审核", "集体审议", "网上公示。");
    assertThat(AnnexText.splitNumbered("（1）签订承诺书（2）警示教育")).containsExactly("签订承诺书", "警示教育");
    assertThat(AnnexText.splitNumbered("1、全程电子化\n2、随机抽取")).containsExactly("全程电子化", "随机抽取");
    assertThat(AnnexText.splitNumbered("①会前酝酿②记录存档")).containsExactly("会前酝酿", "记录存档");
    assertThat(AnnexText.splitNumbered("1.5万元以上报批")).containsExactly("1.5万元以上报批");
    assertThat(AnnexText.splitNumbered("1）50万元以上变更集体决策 2）变更资料存档"))
        .containsExactly("50万元以上变更集体决策", "变更资料存档");
    assertThat(AnnexText.splitNumbered("审核把关不严")).containsExactly("审核把关不严");
  }
}
