package io.github.probity.annex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random items written as a list in a random style, with or without line breaks and separators,
 * come back exactly; items hold numbers that are no markers (50万元, 3.5%, 第一责任人 …).
 */
class AnnexTextListPropertyTest {
  private static final String[] WORDS = {
    "严格审核",
    "集体研究",
    "网上公示",
    "双人复核",
    "建立台账",
    "签订廉政承诺书",
    "开展警示教育",
    "实行回避制度",
    "资金拨付",
    "统一是非标准",
    "执行三重一大制度",
    "一把手末位表态",
    "二级单位报备",
    "进一步规范",
    "第三方评估",
    "采购管理（试行）",
    "一岗双责"
  };

  private static final String[] NUMBERS = {
    "50万元以上",
    "3.5%",
    "第一责任人",
    "2024-2026年",
    "1.5倍",
    "第1季度",
    "3个工作日",
    "第二条",
    "10.5%",
    "1.1倍",
    "12.5万元"
  };

  private static final String[] NUMERALS = {
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七",
    "十八", "十九", "二十"
  };

  private static final String BULLETS = "•·●○■□◆▲-*—";

  /** The styles a cell is written in. */
  private enum Style {
    DOT,
    COMMA,
    PAREN,
    COLON,
    PARENS,
    CIRCLED,
    SHI,
    DI,
    CN_COMMA,
    CN_PARENS,
    NK,
    BULLET;

    /** Tells whether a marker of this style needs white space or punctuation before it. */
    boolean needsBoundary() {
      return this == SHI || this == DI || this == CN_COMMA;
    }
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void givesBackTheItemsOfAnyStyle(long seed) {
    Random rnd = new Random(seed);
    for (int round = 0; round < 20; round++) {
      Style style = Style.values()[rnd.nextInt(Style.values().length)];
      int n = 1 + rnd.nextInt(rnd.nextInt(4) == 0 ? 20 : 6);
      List<String> items = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        items.add(item(rnd));
      }
      char bullet = BULLETS.charAt(rnd.nextInt(BULLETS.length()));
      int major = 1 + rnd.nextInt(12);
      boolean lines = style == Style.BULLET || rnd.nextBoolean();
      StringBuilder cell = new StringBuilder(rnd.nextInt(5) == 0 ? "\u3000" : "");
      List<String> expected = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        if (style == Style.BULLET && rnd.nextInt(4) == 0) {
          cell.append("  ");
        }
        cell.append(marker(style, i, major, bullet, rnd));
        if (rnd.nextInt(3) == 0) {
          cell.append(' ');
        }
        String item = items.get(i - 1);
        cell.append(item);
        String sep = separator(style, lines, rnd);
        cell.append(sep);
        expected.add(sep.startsWith("。") ? item + "。" : item);
        if (lines && i < n) {
          cell.append(rnd.nextBoolean() ? "\n" : "\r\n");
        }
      }
      String text = cell.toString();
      List<String> actual = AnnexText.splitNumbered(text);
      String cleaned = AnnexText.clean(text);
      boolean range = cleaned.startsWith("一、二") || cleaned.startsWith("第一、二"); // 一、二级单位
      if (n == 1 && style == Style.NK) {
        // a lone n.1 directly before a Han character is item 1 (10.1严格审核); otherwise a number
        assertThat(actual).as(text).isIn(List.of(cleaned), expected);
      } else if (n == 1 && (style == Style.BULLET && "-*—".indexOf(bullet) >= 0 || range)) {
        assertThat(actual).as(text).containsExactly(cleaned);
      } else {
        assertThat(actual).as(text).isEqualTo(expected);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void groupsMeasuresByPoint(long seed) {
    Random rnd = new Random(seed);
    for (int round = 0; round < 10; round++) {
      int points = 2 + rnd.nextInt(4);
      List<List<String>> groups = new ArrayList<>();
      for (int p = 0; p < points; p++) {
        List<String> group = new ArrayList<>();
        int k = 1 + rnd.nextInt(4);
        for (int i = 0; i < k; i++) {
          group.add(item(rnd));
        }
        groups.add(group);
      }
      boolean nk = rnd.nextBoolean();
      String text = nk ? nkCell(groups, rnd) : nestedCell(groups, rnd);
      assertThat(AnnexText.splitMeasures(text, points)).as(text).isEqualTo(groups);
      if (nk) {
        List<String> all = new ArrayList<>();
        groups.forEach(all::addAll);
        assertThat(AnnexText.splitNumbered(text)).as(text).isEqualTo(all);
        assertThat(AnnexText.splitMeasures(text, points + 1)).as(text).containsExactly(all);
      }
    }
  }

  /** An item: a word, then words or numbers joined directly or by a comma. */
  private static String item(Random rnd) {
    StringBuilder sb = new StringBuilder(WORDS[rnd.nextInt(WORDS.length)]);
    int more = rnd.nextInt(3);
    for (int i = 0; i < more; i++) {
      if (rnd.nextBoolean()) {
        sb.append('，');
      }
      sb.append(
          rnd.nextBoolean()
              ? NUMBERS[rnd.nextInt(NUMBERS.length)]
              : WORDS[rnd.nextInt(WORDS.length)]);
    }
    return sb.toString();
  }

  private static String marker(Style style, int i, int major, char bullet, Random rnd) {
    switch (style) {
      case DOT:
        return i + (rnd.nextBoolean() ? "." : "．");
      case COMMA:
        return i + "、";
      case PAREN:
        return i + (rnd.nextBoolean() ? ")" : "）");
      case COLON:
        return i + (rnd.nextBoolean() ? ":" : "：");
      case PARENS:
        return rnd.nextBoolean() ? "(" + i + ")" : "（" + i + "）";
      case CIRCLED:
        return String.valueOf((char) ('\u2460' + i - 1));
      case SHI:
        return NUMERALS[i - 1] + "是";
      case DI:
        return "第" + NUMERALS[i - 1] + "，、是".charAt(rnd.nextInt(3));
      case CN_COMMA:
        return NUMERALS[i - 1] + (rnd.nextBoolean() ? "、" : "．");
      case CN_PARENS:
        return "（" + NUMERALS[i - 1] + "）";
      case NK:
        return major + "." + i + (rnd.nextBoolean() ? " " : rnd.nextBoolean() ? "、" : "");
      default:
        return String.valueOf(bullet);
    }
  }

  /** What follows an item: nothing, a separator, or a 。 (kept in the item). */
  private static String separator(Style style, boolean lines, Random rnd) {
    String[] seps =
        style.needsBoundary() && !lines
            ? new String[] {"；", ";", "，", "。", " "}
            : new String[] {"", "；", ";", "，", "、", "。"};
    return seps[rnd.nextInt(seps.length)];
  }

  /** {@code 1.1 …1.2 …2.1 …}, one line or several. */
  private static String nkCell(List<List<String>> groups, Random rnd) {
    StringBuilder sb = new StringBuilder();
    for (int p = 0; p < groups.size(); p++) {
      List<String> group = groups.get(p);
      for (int k = 0; k < group.size(); k++) {
        sb.append(p + 1).append('.').append(k + 1).append(rnd.nextBoolean() ? " " : "");
        sb.append(group.get(k))
            .append(rnd.nextBoolean() ? "；" : "")
            .append(rnd.nextBoolean() ? "\n" : "");
      }
    }
    return sb.toString();
  }

  /**
   * {@code 1.（1）…（2）…2.（1）…} in random outer and inner styles; some groups get a heading ({@code
   * 1.【审批】：（1）…}), added to the group as its first measure, as it is read back.
   */
  private static String nestedCell(List<List<String>> groups, Random rnd) {
    Style[] outers = {
      Style.DOT, Style.COMMA, Style.PAREN, Style.SHI, Style.CN_COMMA, Style.CIRCLED
    };
    Style outer = outers[rnd.nextInt(outers.length)];
    Style[] inners = {Style.PARENS, Style.CN_PARENS, Style.NK, Style.CIRCLED};
    Style inner = inners[rnd.nextInt(outer == Style.CIRCLED ? 3 : 4)];
    StringBuilder sb = new StringBuilder();
    for (int p = 0; p < groups.size(); p++) {
      List<String> group = groups.get(p);
      if (rnd.nextInt(3) == 0) {
        group.add(0, "【" + WORDS[rnd.nextInt(WORDS.length)] + "】");
      }
      sb.append(marker(outer, p + 1, 0, '•', rnd));
      int from = 0;
      if (group.get(0).startsWith("【")) {
        sb.append(group.get(0)).append(rnd.nextBoolean() ? "：" : "\n");
        from = 1;
      } else if (inner == Style.NK) {
        sb.append(rnd.nextBoolean() ? " " : "\n");
      }
      for (int k = from; k < group.size(); k++) {
        sb.append(marker(inner, k - from + 1, p + 1, '•', rnd));
        sb.append(group.get(k)).append(rnd.nextBoolean() ? "；" : "");
      }
      sb.append(rnd.nextBoolean() ? "\n" : "；");
    }
    return sb.toString();
  }
}
