package io.github.probity.annex;

import io.github.probity.model.RiskLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The text conventions of table cells: trimming (also full-width spaces), lists inside one cell
 * ({@code 1.…；2.…}, {@code （1）…（2）…}, {@code ①…②…}, {@code 一是…二是…}, {@code 1.1 …1.2 …}, bullets,
 * with or without line breaks) and measures paired with numbered risk points, the level written
 * inside a risk-point cell ({@code 公车私用★★★}, {@code （高）}), name lists ({@code 张三、李四}) and the
 * leader cell {@code 姓名（职务）}.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class AnnexText {
  /** Separates names in one cell when written. */
  public static final String NAME_SEPARATOR = "、";

  /**
   * The mark after a level that is only proposed, not yet decided collectively by the leadership
   * meeting: {@code 高（拟定）}.
   */
  public static final String PROPOSED_MARK = "（拟定）";

  /**
   * Tells whether a level cell marks its level as proposed: it ends with {@code （拟定）}, also with
   * half-width brackets or spaces.
   *
   * @param levelCell a level cell's text
   * @return {@code true} if the cell ends with the proposed mark
   */
  public static boolean isProposedLevel(String levelCell) {
    return proposedMarkAt(levelCell) >= 0;
  }

  /**
   * Removes the {@linkplain #isProposedLevel(String) proposed mark} from a level cell: {@code
   * 高（拟定）} gives {@code 高}; a cell without the mark is returned as it is.
   *
   * @param levelCell a level cell's text
   * @return the level text without the mark
   */
  public static String withoutProposedMark(String levelCell) {
    int at = proposedMarkAt(levelCell);
    return at < 0 ? levelCell : levelCell.substring(0, at);
  }

  /** Where the proposed mark starts, or -1: 拟定 in full- or half-width brackets, at the end. */
  private static int proposedMarkAt(String cell) {
    int end = cell.length();
    while (end > 0 && isSpace(cell.charAt(end - 1))) {
      end--;
    }
    if (end < 4 || (cell.charAt(end - 1) != '）' && cell.charAt(end - 1) != ')')) {
      return -1;
    }
    int i = end - 2;
    while (i >= 0 && isSpace(cell.charAt(i))) {
      i--;
    }
    if (i < 1 || cell.charAt(i) != '定' || cell.charAt(i - 1) != '拟') {
      return -1;
    }
    i -= 2;
    while (i >= 0 && isSpace(cell.charAt(i))) {
      i--;
    }
    if (i < 0 || (cell.charAt(i) != '（' && cell.charAt(i) != '(')) {
      return -1;
    }
    return i;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static final Pattern NAMES = Pattern.compile("[、，,；;/／]+");
  private static final Pattern SPACES = Pattern.compile("[\\s\u3000]+");
  private static final Pattern LEADER =
      Pattern.compile("^(.+?)\\s*[（(]\\s*([^（()）]+?)\\s*[)）]$", Pattern.DOTALL);
  private static final Pattern ROLE =
      Pattern.compile(".*(书记|董事|监事|局长|组长|主任|处长|科长|委员|领导|厅长|院长|馆长|所长|站长|队长|经理|主席|部长|总监|总师).*");

  private AnnexText() {}

  /**
   * Normalises a cell's text: line breaks to {@code \n}, no-break spaces (also an HTML {@code
   * &nbsp;} left as text by a copy from a web page) to spaces, or to nothing between two Chinese
   * characters, zero-width characters (U+200B–U+200D, U+2060, U+FEFF) and soft hyphens (U+00AD)
   * removed, and leading and trailing white space (also full-width) removed.
   *
   * @param text the raw text
   * @return the cleaned text, possibly empty
   */
  public static String clean(String text) {
    if (!needsCleaning(text)) {
      return text.strip(); // the common case: one pass that finds nothing to replace
    }
    String t = text;
    if (hasInvisible(t)) {
      StringBuilder sb = new StringBuilder(t.length());
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        if (!isInvisible(c)) {
          sb.append(c);
        }
      }
      t = sb.toString();
    }
    if (t.indexOf('&') >= 0 && t.contains("&nbsp;")) {
      t = t.replace("&nbsp;", " ");
    }
    if (t.indexOf('\r') >= 0) {
      t = t.replace("\r\n", "\n").replace('\r', '\n');
    }
    if (t.indexOf('\u00A0') >= 0) {
      StringBuilder sb = new StringBuilder(t.length());
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        if (c != '\u00A0') {
          sb.append(c);
        } else if (i == 0
            || i == t.length() - 1
            || !han(t.charAt(i - 1))
            || !han(t.charAt(i + 1))) {
          sb.append(' '); // between two Chinese characters a web page's no-break space is nothing
        }
      }
      t = sb.toString();
    }
    return t.strip();
  }

  /**
   * Tells whether a text may hold something {@link #clean} replaces: a CR, a no-break space, an
   * ampersand, or a character of U+200B–U+2060 (the zero-width ones among them, but also dashes and
   * quotes, which the precise steps then leave) or U+FEFF.
   */
  private static boolean needsCleaning(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c < '\u200B'
          ? c == '&' || c == '\r' || c == '\u00A0' || c == '\u00AD'
          : c <= '\u2060' || c == '\uFEFF') {
        return true;
      }
    }
    return false;
  }

  /** A Chinese character (the unified ideographs, extension A, the compatibility block). */
  private static boolean han(char c) {
    return c >= '\u4E00' && c <= '\u9FFF'
        || c >= '\u3400' && c <= '\u4DBF'
        || c >= '\uF900' && c <= '\uFAFF';
  }

  private static boolean hasInvisible(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (isInvisible(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The zero-width characters text copied from the web carries: U+200B–U+200D, U+2060, U+FEFF, and
   * the soft hyphen U+00AD a paste from Word or a PDF leaves where a word may break.
   */
  private static boolean isInvisible(char c) {
    return c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
  }

  /**
   * Splits a cell into the items of the list written in it, the way units number risk points or
   * measures inside one cell.
   *
   * <p>A list starts with its item 1 at the very start of the cell, and its style is the style of
   * that first marker; only markers of the same style that continue its sequence split it, so other
   * numbers stay in the items' text. The styles:
   *
   * <ul>
   *   <li>{@code 1.} {@code 1．} · {@code 1、} · {@code 1)} {@code 1）} · {@code 1:} {@code 1：} (one
   *       or two digits, not preceded by a letter, digit, dot or opening bracket and, but for
   *       {@code 1）} before {@code 50万元}, not followed by a digit, so {@code 3.5%}, {@code 1.5倍},
   *       {@code 2024-2026年} stay text);
   *   <li>{@code (1)} {@code （1）} · {@code ①}…{@code ⑳} · {@code （一）} {@code (一)} · {@code (a)}
   *       {@code （b）} {@code (A)} (a letter alone in brackets, in turn; a single {@code (a)} keeps
   *       it);
   *   <li>{@code 一是}…{@code 二是}… · {@code 第一，} {@code 第一、} {@code 第一是} {@code 第一：} · {@code 一、}
   *       {@code 一．}: Chinese numerals, each after the cell's start, white space or punctuation
   *       ({@code ；。，：！？}), so {@code 统一是}, {@code 第一责任人}, {@code 第二条} stay text;
   *   <li>{@code n.k}: {@code 1.1 …1.2 …2.1 …} or {@code 10.1 …10.2 …} (n the row's or the point's
   *       number): items in the order k = 1, 2 … with the same n, then (n+1).1; all items are
   *       returned in one list (see {@link #splitMeasures(String, int)} for grouping them by n); a
   *       number followed by a unit ({@code %} {@code ‰} {@code 倍} {@code 万} {@code 亿} {@code 元})
   *       is never a marker;
   *   <li>bullets {@code •} {@code ·} {@code ●} {@code ○} {@code ■} {@code □} {@code ◆} {@code ▲}
   *       {@code ◇} {@code ・} {@code -} {@code *} {@code —}: a list when every non-blank line
   *       starts with the same bullet (a line before the first bullet makes the cell plain text);
   *       repeated bullets ({@code ——}) count as one.
   * </ul>
   *
   * <p>Markers are removed, so are white space around items and the separators {@code ；} {@code ;}
   * {@code ，} {@code ,} {@code 、} at an item's end; a final {@code 。} stays. Items that are empty
   * after this are left out (if all are, as in {@code ①②}, the cell is one item). A list uses one
   * style: in {@code 1.审核（1）票据（2）复核；2.公示} the inner {@code （1）} markers stay inside item 1.
   *
   * <p>A single item (there is no item 2) loses its marker, and if what remains is itself a list,
   * it is split: {@code 1.违规调整预算} gives {@code 违规调整预算}, {@code 1.（1）甲（2）乙} gives {@code 甲}, {@code
   * 乙}. Not so for a single {@code n.k} item ({@code 1.1倍} is a number as often as a marker), nor
   * for a single line starting with {@code -} {@code *} {@code —}, nor when nothing follows the
   * marker, nor for a range of numerals ({@code 一、二级单位}, {@code 第一、二季度}).
   *
   * <p>A cell starting {@code 1.} before a digit is a list only when it goes on: {@code
   * 1.5万元以上支付经集体研究；2.每季度对账} gives {@code 5万元以上支付经集体研究}, {@code 每季度对账}, each further marker standing
   * after {@code ；} {@code 。} or a line break; {@code 1.5万元以上报批} alone stays whole.
   *
   * <p>Examples: {@code 1.严格审核；2.集体审议；3.网上公示。} gives {@code 严格审核}, {@code 集体审议}, {@code 网上公示。};
   * {@code 一是加强学习，二是严格审核} gives {@code 加强学习}, {@code 严格审核}; {@code 50万元以上集体研究} and {@code
   * 1.5万元以上报批} give themselves.
   *
   * <p>Plain text that does not start with a marker's first character costs one character test.
   *
   * @param text the cell's text
   * @return the items, cleaned and non-empty, in order; one item for text that is no list; empty
   *     for a blank cell
   */
  public static List<String> splitNumbered(String text) {
    String t = clean(text);
    if (t.isEmpty()) {
      return List.of();
    }
    if (!NumberedLists.mayStartList(t.charAt(0))) {
      return List.of(t);
    }
    return NumberedLists.split(t);
  }

  /**
   * Splits a measures cell into the measures of each risk point, when the cell is numbered by the
   * points of a risk-point cell that holds {@code points} numbered points.
   *
   * <p>The result has exactly {@code points} lists, the i-th holding point i+1's measures, when the
   * cell's numbering pairs with the points; otherwise it has one list holding all the cell's items
   * as {@link #splitNumbered(String)} gives them, which then belong to every point. So a caller
   * takes {@code groups.size() == points ? groups.get(i) : groups.get(0)} for point i (counted from
   * 0). The numbering pairs in two forms:
   *
   * <ul>
   *   <li>{@code n.k} with n running from 1 to {@code points}: {@code 1.1 甲 1.2 乙 2.1 丙} with two
   *       points gives {@code [[甲, 乙], [丙]]};
   *   <li>a list of exactly {@code points} items, each holding a list of another style: {@code
   *       1.（1）甲（2）乙 2.（1）丙}, or {@code 1.审批 1.1 甲 1.2 乙 2.公示 2.1 丙} (the inner n.k's n must be the
   *       item's number). The inner list may follow words of the item: a {@code 1.} {@code 1、}
   *       {@code 1）} {@code 1：} marker after white space or a colon, the other styles wherever they
   *       are markers; the item's words before it ({@code 审批}) stay as the group's first measure,
   *       without their final colon or separator, so nothing is lost. Every item must hold an inner
   *       list; {@code 1.甲 2.乙} against two points does not pair (it may as well be two measures
   *       for both).
   * </ul>
   *
   * <p>With {@code points == 1} the result is the one list {@code splitNumbered(cell)}: {@code 1.1
   * 甲 1.2 乙} gives {@code [[甲, 乙]]}. A blank cell gives one empty list. Headings are not compared
   * with the points' titles: the numbering alone decides.
   *
   * @param measuresCell the measures cell's text
   * @param points the number of risk points in the row's risk-point cell, at least 1
   * @return {@code points} lists of measures if the numbering pairs, else one list; immutable
   * @throws IllegalArgumentException if {@code points} is less than 1
   */
  public static List<List<String>> splitMeasures(String measuresCell, int points) {
    if (points < 1) {
      throw new IllegalArgumentException("points must be at least 1, was " + points);
    }
    return NumberedLists.splitMeasures(clean(measuresCell), points);
  }

  /**
   * Takes the risk level written inside a cell out of its text. Recognised marks, at the end (also
   * before a final {@code 。}, which stays, or {@code ；}, which goes) or as the first thing:
   *
   * <ul>
   *   <li>stars: {@code 公车私用★★★}; each {@code ★} counts, {@code ☆} counts for nothing ({@code ★★☆}
   *       is two stars); 3 = {@link RiskLevel#HIGH}, 2 = {@link RiskLevel#MEDIUM}, 1 = {@link
   *       RiskLevel#LOW}; a run without {@code ★} or with more than three is no mark;
   *   <li>a level word in brackets {@code （）()【】[]〔〕［］}: {@code （高）} {@code (中)} {@code （一般）}
   *       {@code （低）} {@code （一级）} {@code （二级风险）} {@code 【高】} {@code [高风险]} {@code （风险等级：高）}; a
   *       word is what {@link RiskLevel#parse(String)} accepts, also with {@code 风险} after it,
   *       after an optional label {@code 风险等级} {@code 风险级别} {@code 等级} {@code 级别}; words of ASCII
   *       letters or {@code *} alone ({@code (H)}) are not taken;
   *   <li>a labelled level at the end without brackets: {@code 公车私用，风险等级：高}.
   * </ul>
   *
   * <p>Other bracketed text stays: {@code 采购管理（试行）}, {@code 资金拨付（含下属单位）}, {@code （高速公路）养护}. A bare
   * level word is no mark ({@code 收费标准偏高}). Separators and white space between the text and the
   * mark go with it.
   *
   * @param cell the cell's text
   * @return the cleaned text without the mark (empty if the cell held only a mark) and the level;
   *     the cleaned text and no level if there is no mark
   */
  public static LevelledText levelInText(String cell) {
    return LevelMarks.extract(clean(cell));
  }

  /**
   * Splits a risk-point cell into its points, each with the level written at its end or start:
   * {@code 1.虚报冒领（高）；2.超标报销（中）} gives {@code 虚报冒领} (高) and {@code 超标报销} (一般). It is {@link
   * #splitNumbered(String)} followed by {@link #levelInText(String)} on each item, so a mark at the
   * end of the cell belongs to the last point only. One more case: a mark before the whole list
   * ({@code 【高】1.虚报冒领；2.超标报销}, also {@code 【高】1.虚报冒领}) gives its level to every point without its
   * own.
   *
   * @param cell the cell's text
   * @return the points in order, each with its level if written; empty for a blank cell
   */
  public static List<LevelledText> splitNumberedWithLevels(String cell) {
    List<String> items = splitNumbered(cell);
    if (items.size() == 1) {
      LevelledText lead = LevelMarks.leading(items.get(0));
      List<String> inner = lead == null ? items : splitNumbered(lead.getText());
      if (lead == null || inner.isEmpty() || inner.equals(List.of(lead.getText()))) {
        return List.of(LevelMarks.extract(items.get(0)));
      }
      List<LevelledText> out = new ArrayList<>(inner.size());
      for (String item : inner) {
        LevelledText own = LevelMarks.extract(item);
        out.add(
            own.getLevel().isPresent()
                ? own
                : ImmutableLevelledText.of(own.getText(), lead.getLevel()));
      }
      return List.copyOf(out);
    }
    List<LevelledText> out = new ArrayList<>(items.size());
    for (String item : items) {
      out.add(LevelMarks.extract(item));
    }
    return List.copyOf(out);
  }

  /**
   * Joins items into one cell: a single item as it is, several as {@code 1.…} lines (with a space
   * after the dot when an item starts with a digit).
   *
   * @param items the items
   * @return the cell text, empty for no items
   */
  public static String joinNumbered(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        sb.append('\n');
      }
      String item = items.get(i);
      sb.append(i + 1).append('.');
      if (!item.isEmpty() && Character.isDigit(item.charAt(0))) {
        sb.append(' '); // "2. 5万元" must not read as the number 2.5
      }
      sb.append(item);
    }
    return sb.toString();
  }

  /**
   * Splits a cell of names ({@code 张三、李四}, {@code 张三，李四}, {@code 张三 / 李四}, {@code 张三 李四}). White
   * space parts names only where each side is a whole Han name: {@code 王 芳} and {@code 欧阳 明华} (a
   * name padded to the width of three) and {@code John Smith} are one name each.
   *
   * @param text the cell's text
   * @return the names, non-empty, in order
   */
  public static List<String> splitNames(String text) {
    String t = clean(text);
    if (isPlainName(t)) {
      return List.of(t);
    }
    List<String> names = new ArrayList<>();
    for (String n : NAMES.split(t)) {
      String piece = n.strip();
      if (piece.isEmpty()) {
        continue;
      }
      if (hasSpace(piece)) {
        String[] words = SPACES.split(piece);
        boolean apart = words.length > 1;
        for (int i = 0; apart && i < words.length; i++) {
          apart = AnnexPeople.isHanFullName(words[i]);
        }
        if (apart) {
          names.addAll(List.of(words)); // 张三 李四: two names; 王 芳: one, padded
          continue;
        }
      }
      names.add(piece);
    }
    return names;
  }

  private static boolean hasSpace(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (Character.isWhitespace(t.charAt(i)) || t.charAt(i) == '\u3000') {
        return true;
      }
    }
    return false;
  }

  /** Tells whether a cleaned cell is one non-empty name, without a separator of {@link #NAMES}. */
  private static boolean isPlainName(String t) {
    if (t.isEmpty()) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '、'
          || c == '，'
          || c == ','
          || c == '；'
          || c == ';'
          || c == '/'
          || c == '／'
          || Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Formats a leader cell: {@code 姓名（职务）}.
   *
   * @param name the person's name
   * @param role the role in the group
   * @return the cell text
   */
  public static String leaderCell(String name, String role) {
    return role.isBlank() ? name : name + "（" + role + "）";
  }

  /**
   * Parses a leader cell into name and role: {@code 张明（局长）} gives both, so do {@code 张明 局长} and
   * {@code 副局长：张明} and a role run into a name ({@code 局长何平}, not {@code 局长办公室}); a role alone such
   * as {@code 党组书记、局长} gives the role as both name and role; a bare name gives no role.
   *
   * @param text the cell's text
   * @return the name (index 0) and the role (index 1, possibly empty)
   */
  public static List<String> parseLeaderCell(String text) {
    String t = clean(text);
    Matcher m = LEADER.matcher(t);
    if (m.matches()) {
      return List.of(m.group(1).strip(), m.group(2).strip());
    }
    List<String> rolesThenName = rolesThenName(t);
    if (rolesThenName != null) {
      return rolesThenName; // 党委委员、副镇长⏎周立: the roles, then the one who holds them
    }
    List<String> spaced = spacedNameAndRole(t);
    if (spaced != null) {
      return spaced;
    }
    String[] glued = AnnexPeople.roleBeforeName(t);
    if (glued != null) {
      return List.of(glued[1], glued[0]); // 局长何平: a role run into a name
    }
    if (ROLE.matcher(t).matches()) {
      if (!isPlainName(t) && !AnnexPeople.isRole(t)) {
        return List.of(t, ""); // named people of several roles (局长 赵勇、副局长 钱进): no one role
      }
      String compact = AnnexPeople.compact(t);
      String title = AnnexPeople.title(compact);
      if (title != null && AnnexPeople.isAddressedByTitle(compact)) {
        return List.of(t, title); // 王局长: a person, addressed by the role
      }
      return List.of(t, t);
    }
    return List.of(t, "");
  }

  /**
   * Roles joined by 、 or ， and then, after a line break or space, one name of two to four Han
   * characters that is no role ({@code 党委委员、副镇长 周立}): the name and the roles; else null.
   */
  private static @Nullable List<String> rolesThenName(String t) {
    int cut = -1;
    for (int i = t.length() - 1; i > 0 && cut < 0; i--) {
      char c = t.charAt(i);
      if (Character.isWhitespace(c) || c == '\u3000') {
        cut = i;
      }
    }
    if (cut <= 0) {
      return null;
    }
    String roles = t.substring(0, cut).strip();
    String name = t.substring(cut + 1).strip();
    if (name.length() < 2 || name.length() > 4 || AnnexPeople.isRole(name)) {
      return null;
    }
    for (int i = 0; i < name.length(); i++) {
      if (Character.UnicodeScript.of(name.charAt(i)) != Character.UnicodeScript.HAN) {
        return null;
      }
    }
    String[] each = roles.split("[、，,]", -1);
    if (each.length < 2) {
      return null; // one role before a name is read by the spaced rule
    }
    for (String r : each) {
      if (!AnnexPeople.isRole(r.strip())) {
        return null;
      }
    }
    return List.of(name, roles);
  }

  /**
   * A name and a role written side by side ({@code 张明 副局长}, {@code 副局长 张明}, {@code 张明、局长}) or
   * labelled ({@code 副局长：张明}, {@code 分管领导：张明}, the label no role), names of one role ({@code 副局长
   * 赵勇、副局长 钱进}), or null for any other text.
   */
  private static @Nullable List<String> spacedNameAndRole(String t) {
    boolean spacedOrLabelled = false;
    for (int i = 0; i < t.length() && !spacedOrLabelled; i++) {
      char c = t.charAt(i);
      spacedOrLabelled =
          c == '：'
              || c == ':'
              || Character.isWhitespace(c)
              || c == '\u3000'
              || "、/／".indexOf(c) >= 0;
    }
    if (!spacedOrLabelled) {
      return null;
    }
    Responsibility r = AnnexPeople.parseResponsibility(joinSpacedName(t));
    boolean responsible = r.getResponsibleName().isPresent() || r.getResponsibleRole().isPresent();
    if (responsible && (r.getSupervisorName().isPresent() || r.getSupervisorRole().isPresent())) {
      return null; // two tiers: no one leader
    }
    // one party, of either tier: 分管领导：张明 names a supervisor, the label no role
    Optional<String> name = responsible ? r.getResponsibleName() : r.getSupervisorName();
    Optional<String> role = responsible ? r.getResponsibleRole() : r.getSupervisorRole();
    if (name.isEmpty()
        || role.isEmpty()
            && AnnexPeople.identityKey(name.get()).equals(AnnexPeople.identityKey(t))) {
      return null;
    }
    return List.of(name.get(), role.orElse(""));
  }

  /**
   * The text with a two-character name padded by full-width spaces joined up ({@code 局长 马　骏} is
   * {@code 局长 马骏}): a full-width space between two characters that each stand alone is padding.
   */
  static String joinSpacedName(String t) {
    return t.indexOf('\u3000') < 0 ? t : PADDED_NAME.matcher(t).replaceAll("");
  }

  private static final Pattern PADDED_NAME =
      Pattern.compile(
          "(?<=(?:^|[\\s\u3000/／、，,;；：:])\\p{IsIdeographic})\u3000+"
              + "(?=\\p{IsIdeographic}(?:$|[\\s\u3000/／、，,;；：:]))");

  /**
   * Returns the cleaned text, or empty if it is blank.
   *
   * @param text the raw text
   * @return the cleaned text if not blank
   */
  public static Optional<String> nonBlank(String text) {
    String t = clean(text);
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }
}
