package io.github.probity.excel;

import io.github.probity.annex.AnnexText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What online forms (问卷星, 金数据, 腾讯文档收集表, 钉钉智能填表, 企业微信 …) put into the tables they export: a column
 * headed by its question ({@code 3、请填写本岗位存在的廉政风险点：}, {@code Q3 风险等级}, {@code 第4题 防控措施}), an answer
 * chosen with its option letter ({@code A.高}), the options of a multiple-choice answer joined by
 * {@code ┋} or {@code |}, and an "other" option's own words in {@code 其他〖…〗}. Headers are read once
 * per table; the checks on cells are a character test unless the cell holds one of these marks.
 * Stateless.
 */
final class FormAnswers {
  /** The mark 问卷星 joins a multiple-choice answer's options with. */
  static final char JOINED = '┋';

  /** A question's number before its wording: {@code 3、} {@code 3.} {@code Q3} {@code 第3题}. */
  private static final Pattern NUMBER =
      Pattern.compile(
          "^(?:第\\s*\\d{1,3}\\s*题|[QＱ]\\s*\\d{1,3}(?![\\d.])|\\d{1,2}[.、．](?!\\d))\\s*[.、．:：]?\\s*");

  /** A question's end: a colon or a question mark, and 是 or 为 before it ({@code 风险点是：}). */
  private static final Pattern END = Pattern.compile("(?:[是为])?\\s*[：:？?]+\\s*$");

  /** The words a header says a column holds several answers by: （可填多条）, 【多选题】, （多选）. */
  private static final Pattern SEVERAL = Pattern.compile("多选|多条|可多填|多项|可填多");

  /** An "other" option with its own words: 其他〖收受礼金〗, 其它〖…〗. */
  private static final Pattern OTHER = Pattern.compile("其[他它]\\s*〖([^〗]*)〗");

  private FormAnswers() {}

  /**
   * A header without its question's number and end: {@code 2、您的岗位名称：} is {@code 您的岗位名称}, {@code Q3
   * 风险等级} is {@code 风险等级}; the header itself when nothing is left or it is no question.
   */
  static String wording(String header) {
    if (header.isEmpty()) {
      return header;
    }
    char first = header.charAt(0);
    boolean numbered =
        Character.isDigit(first) || first == '第' || first == 'Q' || first == 'Ｑ' || first == 'q';
    char last = header.charAt(header.length() - 1);
    boolean asked = "：:？?".indexOf(last) >= 0;
    if (!numbered && !asked) {
      return header;
    }
    String t = numbered ? NUMBER.matcher(header.toUpperCase(Locale.ROOT)).replaceFirst("") : header;
    if (numbered && t.length() == header.length()) {
      t = header; // no question number: keep the header's own case
    } else if (numbered) {
      t = header.substring(header.length() - t.length());
    }
    if (asked) {
      t = END.matcher(t).replaceFirst("");
    }
    t = t.strip();
    return t.isEmpty() ? header : t;
  }

  /** The longest question or option a header of one column per option is made of. */
  private static final int OPTION_PART = 10;

  /**
   * The index of the colon in a header of one column per option of a question ({@code 风险类别:岗位职责},
   * {@code 防控措施：定期轮岗}): one colon between two short parts and no other sentence mark; else -1.
   */
  static int optionColon(String header) {
    int colon = -1;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == ':' || c == '：') {
        if (colon >= 0) {
          return -1;
        }
        colon = i;
      } else if ("，,。；;！？!?".indexOf(c) >= 0) {
        return -1;
      }
    }
    if (colon < 2 || header.length() - colon - 1 < 2) {
      return -1;
    }
    return colon <= OPTION_PART && header.length() - colon - 1 <= OPTION_PART ? colon : -1;
  }

  /** Whether a cell of an option column ticks its option: 1, √, ✓, ●, ☑, ■, 是. */
  static boolean ticks(String cell) {
    return cell.equals("1") || cell.length() == 1 && "√✓✔●☑■是".indexOf(cell.charAt(0)) >= 0;
  }

  /** Whether a cell of an option column leaves its option: blank, 0, ×, 否. */
  static boolean leaves(String cell) {
    return cell.isEmpty() || cell.equals("0") || cell.equals("×") || cell.equals("否");
  }

  /** Whether a header says its column holds several answers in a cell: （可填多条）, 【多选题】. */
  static boolean several(String header) {
    return SEVERAL.matcher(header).find();
  }

  /**
   * An answer without its option letter: {@code A.高} is {@code 高}, {@code B、业务流程} is {@code 业务流程};
   * the text itself when it starts with none. A letter is taken only before {@code .} {@code 、} or
   * {@code ．} and words that are not ASCII ({@code A.M.} stays).
   */
  static String withoutOptionLetter(String t) {
    if (t.length() < 3) {
      return t;
    }
    char a = t.charAt(0);
    char dot = t.charAt(1);
    if (a >= 'A' && a <= 'Z' && (dot == '.' || dot == '、' || dot == '．') && t.charAt(2) > 127) {
      return t.substring(2).strip();
    }
    return t;
  }

  /**
   * Whether a cell may hold a form's marks: a joined answer, an "other" answer or an option letter.
   */
  static boolean mayBeAnswer(String t) {
    return t.indexOf(JOINED) >= 0
        || t.indexOf('〖') >= 0
        || t.indexOf('|') >= 0
        || (t.length() >= 3 && t.charAt(0) >= 'A' && t.charAt(0) <= 'Z');
  }

  /**
   * The options of a form's answer: split at {@code ┋} and {@code |} (and, where {@code several},
   * at {@code ；} and line breaks too), each without its option letter, an "other" option as its own
   * words; null when the cell holds none of these marks, so that the caller reads it as it would.
   *
   * @param cell the cleaned cell
   * @param several whether the column's header says a cell holds several answers
   */
  static @Nullable List<String> options(String cell, boolean several) {
    if (!mayBeAnswer(cell) && !(several && hasBreak(cell))) {
      return null;
    }
    if (cell.indexOf(JOINED) < 0
        && cell.indexOf('|') < 0
        && cell.indexOf('〖') < 0
        && !(several && hasBreak(cell))
        && (withoutOptionLetter(cell).length() == cell.length() || lettersAgain(cell))) {
      return null; // no option's mark, or a list lettered A. B. C. in one cell
    }
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= cell.length(); i++) {
      char c = i < cell.length() ? cell.charAt(i) : JOINED;
      if (c == JOINED || c == '|' || several && (c == '；' || c == ';' || c == '\n')) {
        String part = option(cell.substring(from, i));
        if (!part.isEmpty()) {
          out.add(part);
        }
        from = i + 1;
      }
    }
    if (out.size() == 1 && out.get(0).equals(cell)) {
      return null;
    }
    return out.isEmpty() ? null : out;
  }

  /** Whether a letter before a dot starts another item after the first: A.甲 B.乙. */
  private static boolean lettersAgain(String cell) {
    for (int i = 2; i + 1 < cell.length(); i++) {
      char a = cell.charAt(i);
      char dot = cell.charAt(i + 1);
      if (a >= 'A' && a <= 'Z' && (dot == '.' || dot == '、' || dot == '．')) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasBreak(String cell) {
    return cell.indexOf('；') >= 0 || cell.indexOf(';') >= 0 || cell.indexOf('\n') >= 0;
  }

  /** One option: without its letter, an "other" option's words, no final separator. */
  private static String option(String part) {
    String t = withoutOptionLetter(AnnexText.clean(part));
    Matcher m = OTHER.matcher(t);
    if (m.find()) {
      String own = m.group(1).strip();
      t = own.isEmpty() ? t : own;
    }
    int end = t.length();
    while (end > 0 && "；;，,。".indexOf(t.charAt(end - 1)) >= 0 && t.charAt(end - 1) != '。') {
      end--;
    }
    return t.substring(0, end).strip();
  }
}
