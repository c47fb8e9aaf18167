package io.github.probity.excel;

import io.github.probity.model.RiskLevel;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A level column's own words, decided from the whole sheet as its cells stream by rather than from
 * its first rows: codes 1/2/3 mean what a legend says, in the header or under the table, else 1 =
 * 一级 = 高; 黄 is 一般 on a scale with 蓝 or 绿 and 低 on one with 橙 (or alone), unless a legend says
 * otherwise; 较大 and 一般 are 一般 and 低 on a column of the three words 重大 / 较大 / 一般, and keep their
 * four-tier meaning (高, 一般) where the column also uses 低 or any other scale's word.
 *
 * <p>A column of only two of those words is graded in two tiers, and each word keeps its own
 * meaning: on 重大 / 一般, 重大 is 高 and 一般 is 一般 (中), not 低. The scale is read 重大 / 较大 / 一般 only when
 * the column places 较大 under 重大 by using both; a unit that grades in two tiers has said nothing of
 * a third below its 一般, and reading its ordinary points as low would understate them (a 低 point is
 * watched by the department head alone, a 一般 one by the supervising leader). The decision is
 * reported once ({@code 重大=高，一般=一般}), as the three-word one is.
 *
 * <p>Hollow stars alone ({@code ☆☆☆}) are the column's stars where it has no full one; where it has
 * ({@code ★★☆}), ☆ pads the full stars and counts for nothing, so {@code ☆☆☆} is no star at all: no
 * level, reported, rather than 高. A cell whose level hangs on a word not decided yet {@linkplain
 * #waits waits}; the reader holds its row until a cell or a legend decides the word, or the table
 * ends and the default decides it. One per table, one thread.
 */
final class LevelScale {
  private final Map<String, RiskLevel> words = new HashMap<>();
  private boolean codes;
  private boolean yellow;

  /** Whether a 蓝 or a 绿 was seen, which makes 黄 一般 at the table's end unless an 橙 comes. */
  private boolean cool;

  /** Whether 较大 and 一般 are decided: by a word of another scale, or at the table's end. */
  private boolean major;

  /** Whether a 重大 or a 较大 was seen: the column may grade 重大 / 较大 / 一般. */
  private boolean majorSeen;

  /** Whether a 重大 was seen. */
  private boolean greatSeen;

  /** Whether a 较大 was seen; with a 重大 it makes the scale 重大 / 较大 / 一般 unless a 低 comes. */
  private boolean largerSeen;

  /** Whether a word of another scale decided 较大 and 一般. */
  private boolean otherWordSeen;

  /** What was decided for 较大 and 一般 on a scale that uses 重大 or 较大; null until then. */
  private @Nullable String majorDecision;

  /** Whether hollow stars alone are decided: by a full star (padding) or at the table's end. */
  private boolean hollow;

  /** Whether a full star was seen, which makes ☆ padding: {@code ☆☆☆} is then no level. */
  private boolean hollowPads;

  /** Whether {@link #majorDecision} was reported. */
  private boolean reported;

  /**
   * Starts from a legend in the header (codes or colours), which decides what it names.
   *
   * @param legend the header's legend, cell text without blanks to level; empty if none
   */
  LevelScale(Map<String, RiskLevel> legend) {
    apply(legend);
  }

  /** Tells whether every word this scale decides is decided. */
  boolean decided() {
    return codes && yellow && major && hollow;
  }

  /**
   * Notes a level cell's text without blanks: an orange says 黄 is 低 (a four-colour scale 红 橙 黄 蓝,
   * wherever its colours come), a blue or a green that it is 一般 if no orange comes.
   */
  void see(String key) {
    if (!major && !key.isEmpty()) {
      seeMajor(key);
    }
    if (!hollow && key.indexOf('★') >= 0) {
      hollow = true;
      hollowPads = true; // ★★☆: the hollow stars pad the full ones
    }
    if (yellow || key.isEmpty()) {
      return;
    }
    char c = key.charAt(0);
    if (c == '橙') {
      decideYellow(RiskLevel.LOW);
    } else if (c == '蓝' || c == '绿') {
      cool = true;
    }
  }

  /** Tells whether a level cell's text without blanks names a word not decided yet. */
  boolean waits(String key) {
    return !codes && isCode(key)
        || !yellow && isYellow(key)
        || !major && dependsOnMajor(key)
        || !hollow && isHollow(key);
  }

  /**
   * Tells whether a level cell's text without blanks names no level on this scale: hollow stars
   * alone in a column whose full stars they pad.
   */
  boolean voids(String key) {
    return hollowPads && isHollow(key);
  }

  /** The level a decided word of this scale means; empty for the common level words. */
  Optional<RiskLevel> get(String key) {
    return words.isEmpty() ? Optional.empty() : Optional.ofNullable(words.get(key));
  }

  /**
   * Reads a legend in a line under the table or beside it ({@code 注：1-高 2-中 3-低}, {@code
   * 红色为高风险，黄色为中风险，蓝色为低风险}) for the words not decided yet.
   *
   * @return whether it decided any
   */
  boolean legend(String text) {
    if (decided()) {
      return false;
    }
    return header(ColumnContent.legend(text));
  }

  /**
   * Takes a legend (of a header, or of a line) for the words not decided yet: a table printed in
   * copies side by side repeats its header's legend in each copy.
   *
   * @param found the legend, cell text without blanks to level; empty if none
   * @return whether it decided any
   */
  boolean header(Map<String, RiskLevel> found) {
    boolean before = codes;
    boolean yellowBefore = yellow;
    Map<String, RiskLevel> open = new HashMap<>();
    found.forEach(
        (k, v) -> {
          if (Character.isDigit(k.charAt(0)) ? !codes : !yellow) {
            open.put(k, v);
          }
        });
    apply(open);
    return codes != before || yellow != yellowBefore;
  }

  /**
   * Decides what no cell nor legend decided: codes by their tiers, 黄 as 一般 beside a 蓝 or a 绿 and as
   * 低 otherwise.
   */
  void decideDefaults() {
    if (!codes) {
      words.putIfAbsent("1", RiskLevel.HIGH);
      words.putIfAbsent("2", RiskLevel.MEDIUM);
      words.putIfAbsent("3", RiskLevel.LOW);
      codes = true;
    }
    if (!yellow) {
      decideYellow(cool ? RiskLevel.MEDIUM : RiskLevel.LOW);
    }
    if (!major) {
      decideMajor(greatSeen && largerSeen);
    }
    hollow = true; // no full star: ☆ is the column's star
  }

  /**
   * Notes a level word while 较大 and 一般 are not decided: 重大 or 较大 says the column may grade 重大 / 较大
   * / 一般; a word of any other scale ({@code 低}, {@code 高}, {@code 二级}, {@code ★}) keeps the
   * four-tier reading 重大 = 较大 = 高, 一般 = 一般, 低 = 低.
   */
  private void seeMajor(String key) {
    String w = bare(key);
    if (w.equals("重大") || w.equals("较大")) {
      majorSeen = true;
      greatSeen |= w.equals("重大");
      largerSeen |= w.equals("较大");
    } else if (!w.equals("一般")
        && !isCode(key)
        && !isYellow(key)
        && TableReader.parseLevel(key).isPresent()) {
      otherWordSeen = true;
      decideMajor(false);
    }
  }

  /**
   * Decides 较大 and 一般: on three words 重大 / 较大 / 一般 they are 一般 and 低, else they keep their
   * four-tier meaning (高 and 一般): beside another scale's word, or on a column of two of the words.
   */
  private void decideMajor(boolean threeWords) {
    boolean atEnd = !major && !threeWords && majorSeen && !otherWordSeen;
    major = true;
    if (threeWords) {
      for (String suffix : new String[] {"", "风险"}) {
        words.put("较大" + suffix, RiskLevel.MEDIUM);
        words.put("一般" + suffix, RiskLevel.LOW);
      }
      majorDecision = "重大=高，较大=一般，一般=低";
    } else if (atEnd) {
      majorDecision = (greatSeen ? "重大=高，" : "") + (largerSeen ? "较大=高，" : "") + "一般=一般";
    } else if (majorSeen) {
      majorDecision = "重大=高，较大=高，一般=一般，低=低";
    }
  }

  /**
   * What was decided for a word whose meaning hangs on the scale ({@code 较大}, {@code 一般} in a
   * column that also uses 重大 or 较大), the first time such a word is read; null otherwise.
   */
  @Nullable String report(String key) {
    if (reported || majorDecision == null || !dependsOnMajor(key)) {
      return null;
    }
    reported = true;
    return majorDecision;
  }

  private static boolean dependsOnMajor(String key) {
    String w = bare(key);
    return w.equals("较大") || w.equals("一般");
  }

  private static String bare(String key) {
    return key.endsWith("风险") && key.length() > 2 ? key.substring(0, key.length() - 2) : key;
  }

  private void apply(Map<String, RiskLevel> legend) {
    legend.forEach(
        (k, v) -> {
          words.put(k, v);
          if (Character.isDigit(k.charAt(0))) {
            codes = true;
          } else if (k.charAt(0) == '黄') {
            yellow = true;
          }
        });
  }

  private void decideYellow(RiskLevel level) {
    words.putIfAbsent("黄", level);
    words.putIfAbsent("黄色", level);
    yellow = true;
  }

  private static boolean isCode(String key) {
    return key.length() == 1 && key.charAt(0) >= '1' && key.charAt(0) <= '3';
  }

  private static boolean isHollow(String key) {
    if (key.isEmpty() || key.length() > 3) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) != '☆') {
        return false;
      }
    }
    return true;
  }

  private static boolean isYellow(String key) {
    return key.equals("黄") || key.equals("黄色");
  }
}
