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

/** The list splitter finds exactly the markers of the documented pattern, on random cells. */
class AnnexTextSplitTest {
  /** The documented marker pattern; the splitter must agree with it on every text. */
  private static final Pattern MARKER =
      Pattern.compile(
          "(?<![0-9A-Za-z.．])(\\d{1,2})\\s*[.．、:：)）](?![0-9])"
              + "|[（(]\\s*(\\d{1,2})\\s*[)）]"
              + "|([\\u2460-\\u2473])");

  private static final String[] PIECES = {
    "1", "2", "3", "10", "12", "123", ".", "．", "、", ":", "：", ")", "）", "(", "（", " ", "\n", "\t",
    "\u3000", "①", "②", "③", "⑳", "a", "Z", "；", ";", "审核", "资金", "5万元", "第", "项"
  };

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 300);
  }

  private static List<String> reference(String text) {
    String t = AnnexText.clean(text);
    if (t.isEmpty()) {
      return List.of();
    }
    List<int[]> cuts = new ArrayList<>();
    Matcher m = MARKER.matcher(t);
    int expected = 1;
    while (m.find()) {
      int n;
      if (m.group(1) != null) {
        n = Integer.parseInt(m.group(1));
      } else if (m.group(2) != null) {
        n = Integer.parseInt(m.group(2));
      } else {
        n = m.group(3).charAt(0) - 0x2460 + 1;
      }
      if (n != expected) {
        continue;
      }
      if (expected == 1 && !t.substring(0, m.start()).isBlank()) {
        return List.of(t);
      }
      cuts.add(new int[] {m.start(), m.end()});
      expected++;
    }
    if (cuts.size() < 2) {
      return List.of(t);
    }
    List<String> items = new ArrayList<>();
    for (int i = 0; i < cuts.size(); i++) {
      int end = i + 1 < cuts.size() ? cuts.get(i + 1)[0] : t.length();
      String item = t.substring(cuts.get(i)[1], end).strip();
      while (item.endsWith("；") || item.endsWith(";")) {
        item = item.substring(0, item.length() - 1).strip();
      }
      if (!item.isEmpty()) {
        items.add(item);
      }
    }
    return items;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void splitsLikeTheMarkerPattern(long seed) {
    Random rnd = new Random(seed);
    for (int k = 0; k < 50; k++) {
      StringBuilder sb = new StringBuilder();
      if (rnd.nextBoolean()) {
        sb.append(rnd.nextBoolean() ? "1." : rnd.nextBoolean() ? "（1）" : "①");
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
    assertThat(AnnexText.splitNumbered("审核把关不严")).containsExactly("审核把关不严");
  }
}
