package io.github.probity.annex;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Classifies a header cell into the {@link AnnexColumn} it means by the words it is made of, so
 * that headers worded in ways no list of spellings foresaw are still placed: {@code 廉政风险点表现形式},
 * {@code 风险点涉及的岗位}, {@code 部门责任人}, {@code 风险级别（一、二、三级）}.
 *
 * <p>The text is normalised first (NFKC, so full-width forms become half-width; white space and
 * line breaks removed; notes in brackets such as {@code （高/中/低）} removed). A known spelling (a
 * column's printed header, code or synonym) scores 1. Otherwise each column has weighted key words;
 * a key word that ends the header scores a little more, because a Chinese noun phrase ends with its
 * head ({@code 部门负责人} is a person, not a department). A header that ends with a generic word
 * ({@code 名称}, {@code 描述}, {@code 内容}, {@code 信息}) is placed by what it describes, and a risk
 * described ({@code 风险描述}, {@code 廉政风险点描述}) is the manifestation; a 点 of risk ({@code 风险防控点},
 * {@code 风险易发点}) is the risk point. Headers of record-keeping ({@code 创建人姓名}, {@code 执行年份}) and of
 * scores ({@code 风险发生可能性L值}, {@code 权力重要程度}, {@code 行使频率}), of counts ({@code 风险点数}) and of rates
 * ({@code 措施完成率}) mean no column; {@code 风险来源} (思想道德, 制度机制 …) is the category.
 *
 * <p>Stateless and thread-safe.
 */
final class HeaderMeaning {
  /** The lowest score at which a header is taken to mean a column without the caller's say. */
  static final double THRESHOLD = 0.6;

  private static final double HEAD_BONUS = 0.1;
  private static final String[] GENERIC_HEADS = {"名称", "描述", "内容", "信息", "情况", "简述"};
  private static final String[] NOT_A_COLUMN = {
    "创建", "录入", "填报人", "修改", "更新时间", "时间", "日期", "年份", "年度", "可能性", "严重性", "风险值", "分值", "得分", "L值",
    "C值", "D值", "电话", "联系", "编号", "代码", "重要程度", "危害程度", "严重程度", "频率", "频次", "概率", "点数", "个数", "数量",
    "完成率", "落实率", "比率", "比例", "占比", "百分比"
  };
  private static final String CONJUNCTIONS = "及和与";

  /**
   * Characters that make the key word after them a reference ({@code 本岗位近三年是否…}, {@code 该风险点的等级}):
   * a form's question names what it asks about by them, and the word is no head of the header.
   */
  private static final String REFERS = "本该此";

  /** Heads of a count: 风险点数, 岗位个数, 数量, 合计 count rows and hold no column's values. */
  private static final String[] COUNTS = {
    "点数", "项数", "个数", "件数", "次数", "数量", "总数", "合计", "小计", "人数"
  };

  /** Words that classify; 风险类别 is a risk's category, 事项类别 or 人员类型 is not. */
  private static final String[] CLASSIFIERS = {"类别", "类型", "种类", "分类"};

  /** Words of what a leader supervises: 分管范围 is an area, not a person. */
  private static final String[] AREAS = {
    "范围", "工作", "领域", "科室", "部门", "单位", "业务", "内容", "事项", "分工", "职责"
  };

  /** Words that make a person responsible (责任人) the supervising one: 领导责任人, 监督责任人. */
  private static final String[] SUPERVISING = {"领导", "分管", "监督", "主管", "监管"};

  /** Words that make a leader column the supervising leader's: 分管局领导, 主管领导. */
  private static final String[] SUPERVISES = {"分管", "监督", "主管", "监管", "协管"};

  /**
   * A risk qualified by whose it is and nothing else: 岗位风险, 科室廉政风险, 个人廉洁风险点 (but not 岗位职责风险, a
   * category).
   */
  private static final Pattern OWNER_RISK =
      Pattern.compile("(?:岗位|职位|科室|处室|股室|部室|部门|单位|个人|班子成员|班子)(?:廉政|廉洁)?风险点?");

  /** Columns naming whose a point is; a word of theirs before 风险 only qualifies the risk. */
  private static final Set<AnnexColumn> OWNERS =
      EnumSet.of(
          AnnexColumn.OWNER,
          AnnexColumn.LEADER,
          AnnexColumn.DEPARTMENT,
          AnnexColumn.POST,
          AnnexColumn.HOLDER);

  /** Characters that make 及/和/与 part of a word ({@code 涉及}, {@code 参与}) rather than "and". */
  private static final String BOUND_BEFORE = "涉普危触波顾论参给";

  /** A column's key words and their weights, side by side. */
  private static final class Words {
    final String[] words;
    final double[] weights;

    Words(String[] words, double[] weights) {
      this.words = words;
      this.weights = weights;
    }
  }

  private static final Map<AnnexColumn, Words> WORDS = new EnumMap<>(AnnexColumn.class);

  static {
    words(AnnexColumn.SEQUENCE, "序号", 1.0, "序", 0.7, "NO", 0.7, "NO.", 0.7);
    words(AnnexColumn.SCOPE, "层级", 0.9, "层面", 0.8, "主体类型", 0.9);
    words(AnnexColumn.OWNER, "责任主体", 0.95, "主体", 0.8, "风险主体", 0.95, "对象", 0.4);
    words(
        AnnexColumn.LEADER,
        "班子成员",
        0.95,
        "领导班子",
        0.9,
        "领导职务",
        0.9,
        "职务",
        0.75,
        "局领导",
        0.85,
        "领导干部",
        0.85,
        "班子",
        0.8,
        "领导姓名",
        0.95);
    words(
        AnnexColumn.DEPARTMENT,
        "科室",
        0.9,
        "部门",
        0.85,
        "处室",
        0.9,
        "股室",
        0.9,
        "内设机构",
        0.9,
        "机构",
        0.6,
        "单位",
        0.6,
        "所室",
        0.85,
        "部室",
        0.9,
        "中队",
        0.7,
        "站所",
        0.85,
        "庭室",
        0.85,
        "社区",
        0.75,
        "村居",
        0.75,
        "窗口",
        0.75,
        "所队",
        0.6,
        "教研室",
        0.85,
        "院系",
        0.85,
        "系部",
        0.85,
        "学院",
        0.75,
        "学校",
        0.75,
        "分局",
        0.8,
        "大队",
        0.7,
        "分公司",
        0.8,
        "乡镇",
        0.8,
        "街道",
        0.7,
        "学校",
        0.75);
    words(AnnexColumn.POST, "岗位", 0.9, "职位", 0.85, "岗", 0.6);
    words(AnnexColumn.HOLDER, "在岗人", 0.95, "姓名", 0.75, "人员", 0.65, "在岗", 0.8, "民警", 0.7, "干警", 0.7);
    words(
        AnnexColumn.POWER_ITEM,
        "职权",
        0.9,
        "职责",
        0.85,
        "权力",
        0.85,
        "事项",
        0.75,
        "环节",
        0.75,
        "流程",
        0.7,
        "权责",
        0.85,
        "业务",
        0.6,
        "工作内容",
        0.75,
        "主要工作",
        0.7);
    words(
        AnnexColumn.CATEGORY,
        "风险类别",
        1.0,
        "风险类型",
        1.0,
        "风险种类",
        1.0,
        "风险分类",
        1.0,
        "风险来源",
        0.9,
        "类别",
        0.75,
        "类型",
        0.7,
        "种类",
        0.75,
        "分类",
        0.7);
    words(
        AnnexColumn.RISK_POINT,
        "风险点",
        0.9,
        "风险名称",
        0.9,
        "风险事项",
        0.85,
        "风险项目",
        0.75,
        "风险隐患",
        0.8,
        "廉政风险",
        0.7,
        "廉洁风险",
        0.7,
        "风险",
        0.45);
    words(
        AnnexColumn.MANIFESTATION,
        "表现形式",
        0.9,
        "表现",
        0.8,
        "具体表现",
        0.95,
        "情形",
        0.7,
        "风险描述",
        0.9,
        "风险内容",
        0.85,
        "主要内容",
        0.45);
    words(
        AnnexColumn.LEVEL,
        "等级",
        0.9,
        "级别",
        0.9,
        "风险程度",
        0.8,
        "星级",
        0.8,
        "定级",
        0.85,
        "等次",
        0.85,
        "评级",
        0.85);
    words(
        AnnexColumn.MEASURES,
        "措施",
        0.95,
        "要点",
        0.7,
        "对策",
        0.85,
        "举措",
        0.9,
        "防控",
        0.6,
        "防范",
        0.6,
        "办法",
        0.55,
        "做法",
        0.6);
    words(AnnexColumn.RESPONSIBLE, "责任人", 0.9, "负责人", 0.85, "经办人", 0.7, "承办人", 0.7, "责任人员", 0.9);
    words(
        AnnexColumn.SUPERVISOR,
        "责任领导",
        0.95,
        "分管领导",
        0.95,
        "分管",
        0.85,
        "监管领导",
        0.9,
        "监督领导",
        0.9,
        "主管领导",
        0.9,
        "协管",
        0.8,
        "领导",
        0.55);
    words(AnnexColumn.MONITORING, "监测", 0.9, "预警指标", 0.95, "监控指标", 0.95, "指标", 0.7);
    words(AnnexColumn.REMARK, "备注", 0.95, "说明", 0.65);
  }

  private HeaderMeaning() {}

  private static void words(AnnexColumn column, Object... pairs) {
    String[] w = new String[pairs.length / 2];
    double[] s = new double[pairs.length / 2];
    for (int i = 0; i < w.length; i++) {
      w[i] = (String) pairs[2 * i];
      s[i] = (Double) pairs[2 * i + 1];
    }
    WORDS.put(column, new Words(w, s));
  }

  /**
   * Traditional characters of the words headers are made of, and their simplified forms at the same
   * index: a unit in Hong Kong, Macau or Taiwan, or one that pastes from such a file, heads its
   * columns 風險點, 崗位, 責任人, 風險等級, and a header means what its simplified form means.
   */
  private static final String TRADITIONAL =
      "號門崗風險點級責領導務內單處長員職權構違規類項條監別潔實際與審計劃備註時間稱關鍵環節體現樣負預範辦稅層屬場態況設議對參標準執說總數經濟價評發後據們書記舉報進歸統會問題聯繫電話則業階種";

  private static final String SIMPLIFIED =
      "号门岗风险点级责领导务内单处长员职权构违规类项条监别洁实际与审计划备注时间称关键环节体现样负预范办税层属场态况设议对参标准执说总数经济价评发后据们书记举报进归统会问题联系电话则业阶种";

  /** The simplified form of a traditional character of {@link #TRADITIONAL}, else the character. */
  private static char simplified(char c) {
    if (c < '\u4E00') {
      return c;
    }
    int at = TRADITIONAL.indexOf(c);
    return at < 0 ? c : SIMPLIFIED.charAt(at);
  }

  /**
   * Normalises a header for matching: NFKC, no white space, no bracketed notes, upper case, the
   * traditional characters of {@link #TRADITIONAL} simplified.
   *
   * @param header the header text
   * @return the normalised text; the note alone where the whole header is a note
   */
  static String normalize(String header) {
    String t = Normalizer.normalize(AnnexText.clean(header), Normalizer.Form.NFKC);
    StringBuilder sb = new StringBuilder(t.length());
    StringBuilder note = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '(' || c == '[' || c == '【' || c == '〔') {
        depth++;
      } else if ((c == ')' || c == ']' || c == '】' || c == '〕') && depth > 0) {
        depth--;
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '*' || c == '※') {
        continue; // 风险点* or ※风险点: a required field's mark
      } else if (depth > 0) {
        note.append(simplified(c));
      } else {
        sb.append(c == '／' ? '/' : simplified(c));
      }
    }
    String out = sb.length() > 0 ? sb.toString() : note.toString();
    return withoutTranslation(out).toUpperCase(Locale.ROOT);
  }

  /**
   * A bilingual header's Chinese words: {@code Risk Point / 风险点} and {@code 风险点 Risk Point} are
   * {@code 风险点}. Runs of two or more Latin letters (with the dots and slashes between them) go
   * where the header holds Chinese characters; a single letter stays ({@code L值}, {@code A类}).
   */
  private static final Pattern TRANSLATION_JOINS = Pattern.compile("^[./&-]+|[./&-]+$");

  private static String withoutTranslation(String n) {
    boolean han = false;
    int letters = 0;
    int longest = 0;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      han |= Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
      letters = c < 128 && Character.isLetter(c) ? letters + 1 : 0;
      longest = Math.max(longest, letters);
    }
    if (!han || longest < 2) {
      return n;
    }
    StringBuilder sb = new StringBuilder(n.length());
    int i = 0;
    while (i < n.length()) {
      int j = i;
      while (j < n.length() && n.charAt(j) < 128 && Character.isLetter(n.charAt(j))) {
        j++;
      }
      if (j - i >= 2) {
        i = j; // a word of the translation
        continue;
      }
      if (j > i) {
        sb.append(n, i, j);
        i = j;
        continue;
      }
      sb.append(n.charAt(i++));
    }
    String out = TRANSLATION_JOINS.matcher(sb).replaceAll("");
    return out.isEmpty() ? n : out;
  }

  /**
   * Normalises a known spelling: as {@link #normalize(String)}, but a bracketed note stays part of
   * it without its brackets ({@code 单位（科室）} is {@code 单位科室}), so that a header is that spelling
   * only when it carries the note too.
   */
  static String normalizeWithNotes(String name) {
    String t = Normalizer.normalize(AnnexText.clean(name), Normalizer.Form.NFKC);
    StringBuilder sb = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if ("()[]【】〔〕".indexOf(c) >= 0 || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        continue;
      }
      sb.append(c == '／' ? '/' : c);
    }
    return sb.toString().toUpperCase(Locale.ROOT);
  }

  /**
   * The column a known spelling names when one of the header's bracketed notes is read as part of
   * it: {@code 姓名（职务）（必填）} is {@code 姓名职务}, a leader, not {@code 姓名}, a post holder.
   */
  private static @Nullable AnnexColumn withNote(
      Map<String, AnnexColumn> exact, String bare, String header) {
    String t = Normalizer.normalize(AnnexText.clean(header), Normalizer.Form.NFKC);
    int open = -1;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '(' || c == '[' || c == '【' || c == '〔') {
        open = i;
      } else if ((c == ')' || c == ']' || c == '】' || c == '〕') && open >= 0) {
        String note = t.substring(open + 1, i).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        AnnexColumn c2 = exact.get(bare + note);
        if (c2 != null && !note.isEmpty()) {
          return c2;
        }
        open = -1;
      }
    }
    return null;
  }

  /**
   * Returns the columns a header may mean, best first, each with a score in (0, 1]; known spellings
   * score 1.
   *
   * @param exact the known spellings, normalised
   * @param header the header text
   * @return the candidates, possibly empty
   */
  static List<HeaderMatch> candidates(Map<String, AnnexColumn> exact, String header) {
    String n = normalize(header);
    if (n.isEmpty()) {
      return List.of();
    }
    AnnexColumn known = withNote(exact, n, header); // 姓名（职务）: the note is part of the name
    if (known == null || exact.get(n) == AnnexColumn.POST) {
      known = exact.get(n); // 岗位（人员）: the post, its holders in its cells' brackets
    }
    if (known != null) {
      return List.of(HeaderMatch.of(known, 1.0));
    }
    if (n.equals("系")) {
      return List.of(HeaderMatch.of(AnnexColumn.DEPARTMENT, 0.85)); // 学院 · 系 · 教研室
    }
    if (n.length() == 1) {
      String whole = normalizeWithNotes(header);
      if (whole.length() > 1 && !whole.equals(header)) {
        return candidates(exact, whole); // 村（社区）: one character says little, its note the rest
      }
    }
    List<HeaderMatch> joined = conjoined(exact, n); // each conjunct is screened on its own
    if (!joined.isEmpty()) {
      return joined;
    }
    if ((n.endsWith("代码") || n.endsWith("代号")) && (n.contains("等级") || n.contains("级别"))) {
      return List.of(HeaderMatch.of(AnnexColumn.LEVEL, 0.9)); // 等级代码: levels written as codes
    }
    if (containsAny(n, NOT_A_COLUMN) || endsWithAny(n, COUNTS)) {
      return List.of();
    }
    if (n.length() > 2 && n.endsWith("责任")) {
      // 主体责任, 直接责任: who bears it; 监督责任, 领导责任: who oversees it (a person, as 责任人)
      return List.of(
          HeaderMatch.of(
              containsAny(n, SUPERVISING) ? AnnexColumn.SUPERVISOR : AnnexColumn.RESPONSIBLE,
              0.85));
    }
    String phase = phase(n);
    if (phase != null && n.length() > phase.length()) {
      // 前期预防, 事中监控, 后期处置: the measures of one phase, each phase a column
      List<HeaderMatch> rest = candidates(exact, n.substring(phase.length()));
      // the rest must name a prevention (防范, 监控, 处置 …): 中期评估, 后期维护 are no measures
      boolean placed = !rest.isEmpty() && rest.get(0).getScore() >= THRESHOLD;
      if (placed
          ? rest.get(0).getColumn() == AnnexColumn.MEASURES
              || rest.get(0).getColumn() == AnnexColumn.MONITORING
          : containsAny(n.substring(phase.length()), PREVENTION)) {
        return List.of(HeaderMatch.of(AnnexColumn.MEASURES, 0.85));
      }
    }
    if (n.endsWith("点") && n.contains("风险") && !n.endsWith("风险点")) {
      // 风险防控点, 廉政风险易发点: the head is 点, a point of risk whatever comes between
      return List.of(HeaderMatch.of(AnnexColumn.RISK_POINT, 0.9));
    }
    String generic = genericHead(n);
    if (generic != null && n.length() > generic.length()) {
      String subject = n.substring(0, n.length() - generic.length());
      List<HeaderMatch> of = candidates(exact, subject);
      if (!of.isEmpty() && !"名称".equals(generic) && isRisk(of.get(0).getColumn())) {
        return List.of(HeaderMatch.of(AnnexColumn.MANIFESTATION, 0.9));
      }
      if (!of.isEmpty()) {
        return of;
      }
    }
    List<HeaderMatch> scored = scored(n);
    if (!scored.isEmpty()) {
      AnnexColumn top = scored.get(0).getColumn();
      if ((top == AnnexColumn.CATEGORY || top == AnnexColumn.POWER_ITEM)
          && classifiesSomethingElse(n)) {
        // 事项类别, 人员类型: kept as an extra, never read as risk categories; 职权类别 (行政处罚,
        // 行政许可) is the kind of a power, not the power itself
        return List.of();
      }
      if (top == AnnexColumn.SCOPE && ownerWordBefore(n)) {
        return List.of(); // 岗位层级, 职务层级: the grade of a post, not whose the row is
      }
      if (top == AnnexColumn.SUPERVISOR && !n.endsWith("人") && endsWithAny(n, AREAS)) {
        return List.of(); // 分管范围, 分管工作: what a leader supervises, not who
      }
      if (top == AnnexColumn.LEADER && containsAny(n, SUPERVISES)) {
        // 分管局领导, 主管领导: the leader who supervises the row, not the row's own leader
        return List.of(HeaderMatch.of(AnnexColumn.SUPERVISOR, scored.get(0).getScore()));
      }
      if (top == AnnexColumn.RESPONSIBLE && containsAny(n, SUPERVISING)) {
        return List.of(HeaderMatch.of(AnnexColumn.SUPERVISOR, scored.get(0).getScore()));
      }
      if (OWNERS.contains(top) && OWNER_RISK.matcher(n).matches()) {
        // 岗位廉政风险, 科室风险: the risk is the head of the phrase, the owner only qualifies it
        return List.of(HeaderMatch.of(AnnexColumn.RISK_POINT, scored.get(0).getScore()));
      }
    }
    return scored;
  }

  /** Stems of the words that name a prevention after a phase: 事前防范, 中期监控, 后期处置, 事中控制. */
  private static final String[] PREVENTION = {
    "防", "控", "监", "管", "处置", "纠", "整改", "追", "问责", "查", "惩", "审", "预警", "提醒", "把关", "措施", "治"
  };

  /** The phases a prevention is split into: 事前 · 事中 · 事后, 前期 · 中期 · 后期. */
  private static final String[] PHASES = {"事前", "事中", "事后", "事先", "前期", "中期", "后期"};

  /** The phase a header starts with ({@code 事前防范}), or null. */
  private static @Nullable String phase(String n) {
    for (String p : PHASES) {
      if (n.startsWith(p)) {
        return p;
      }
    }
    return null;
  }

  /** Words of a post or a person that, before 层级, make it a post's grade ({@code 岗位层级}). */
  private static final String[] POST_WORDS = {"岗位", "职务", "职位", "人员", "干部"};

  /** Tells whether a 层级 header is qualified by a post or a person ({@code 岗位层级}, {@code 职务层级}). */
  private static boolean ownerWordBefore(String n) {
    int at = n.indexOf("层");
    return at > 0 && containsAny(n.substring(0, at), POST_WORDS);
  }

  private static boolean endsWithAny(String n, String[] words) {
    for (String w : words) {
      if (n.endsWith(w)) {
        return true;
      }
    }
    return false;
  }

  /** {@code X类别} where X is something other than the risk: the class of a matter, not a risk's. */
  private static boolean classifiesSomethingElse(String n) {
    if (n.contains("风险")) {
      return false;
    }
    for (String c : CLASSIFIERS) {
      if (n.endsWith(c)) {
        return n.length() > c.length();
      }
    }
    return false;
  }

  /**
   * Places {@code A及B} by its first conjunct ({@code 风险点及等级} holds risk points, with their levels),
   * or by the second where the first says nothing.
   */
  private static List<HeaderMatch> conjoined(Map<String, AnnexColumn> exact, String n) {
    for (int i = 1; i < n.length() - 1; i++) {
      if (CONJUNCTIONS.indexOf(n.charAt(i)) >= 0 && BOUND_BEFORE.indexOf(n.charAt(i - 1)) < 0) {
        // 以及 is "and" too: the first conjunct ends before 以
        int end = n.charAt(i) == '及' && n.charAt(i - 1) == '以' && i > 1 ? i - 1 : i;
        List<HeaderMatch> first = candidates(exact, n.substring(0, end));
        if (!first.isEmpty() && first.get(0).getScore() >= THRESHOLD) {
          return first;
        }
        return candidates(exact, n.substring(i + 1));
      }
    }
    return List.of();
  }

  private static boolean isRisk(AnnexColumn c) {
    return c == AnnexColumn.RISK_POINT || c == AnnexColumn.MANIFESTATION;
  }

  private static List<HeaderMatch> scored(String n) {
    List<HeaderMatch> out = new ArrayList<>();
    for (Map.Entry<AnnexColumn, Words> e : WORDS.entrySet()) {
      double best = 0;
      int bestEnd = -1;
      String[] words = e.getValue().words;
      double[] weights = e.getValue().weights;
      for (int i = 0; i < words.length; i++) {
        int at = n.lastIndexOf(words[i]);
        if (at < 0 || at > 0 && REFERS.indexOf(n.charAt(at - 1)) >= 0) {
          continue; // 本岗位, 该风险点: a question's reference to what it asks about, not its head
        }
        int end = at + words[i].length();
        double s = weights[i] + (end == n.length() ? HEAD_BONUS : 0);
        if (s > best || (s == best && end > bestEnd)) {
          best = s;
          bestEnd = end;
        }
      }
      if (best > 0) {
        // the later key word wins a tie: it is nearer the head of the phrase
        // the position only breaks ties among placed headers: it never lifts a weak word over the
        // bar
        double score = best >= THRESHOLD ? Math.min(0.99, best + bestEnd * 1e-4) : best;
        out.add(HeaderMatch.of(e.getKey(), score));
      }
    }
    out.sort(Comparator.comparingDouble(HeaderMatch::getScore).reversed());
    return out;
  }

  private static @Nullable String genericHead(String n) {
    for (String g : GENERIC_HEADS) {
      if (n.endsWith(g)) {
        return g;
      }
    }
    return null;
  }

  private static boolean containsAny(String n, String[] words) {
    for (String w : words) {
      if (n.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
