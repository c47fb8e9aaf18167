package io.github.probity.annex;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * People and roles as table cells give them: the identity of a name, whether a text names a
 * position rather than a person, and who a responsibility cell (责任人, 责任领导) names.
 *
 * <p><b>Names.</b> Units pad two-character names to the width of three ({@code 王　芳}, {@code 王 芳})
 * and type Latin names in full width. {@link #identityKey(String)} makes every such spelling of one
 * name equal; {@link #displayName(String)} is the spelling a ledger shows.
 *
 * <p><b>Roles.</b> A role is a text that names a position: a generic one ({@code 科室负责人}, {@code
 * 分管领导}, {@code 直接责任人}, {@code 班子成员}), or a title ({@code 局长}, {@code 副局长}, {@code 党组书记}, {@code
 * 办公室主任}, {@code 财务科长}, {@code 总会计师}) with whatever qualifies it. A body named where a person would
 * be ({@code 上级纪委}, {@code 驻局纪检组}, {@code 领导班子}) is a role too: no person's name, but the position
 * that answers; a discipline-inspection body or officer is of the supervising tier. A single
 * surname before a title ({@code 张科长}, {@code 欧阳局长}) addresses one person: that text is a name, not
 * a role. A full name run into a title without a separator ({@code 张伟科长}) cannot be told from a
 * department-qualified title ({@code 财务科长}) and is read as a role; tables write {@code 张伟（科长）} or
 * {@code 张伟 科长}, which are read as name and role. A role followed by a name without a separator
 * ({@code 局长何平}, {@code 副主任李明}) is read as role and name when what follows the role is two or three
 * characters that look like a name (a known surname, no organisation character, no role, not a word
 * written after a role such as {@code 信箱}, {@code 任期}, nor ending as such words do in {@code 会},
 * {@code 线}, {@code 批} …): {@code 局长办公室}, {@code 科长助理}, {@code 局长信箱} and {@code 主任会议} stay whole. A
 * plain name of two to four Han characters never ends in a title or a generic role word, so it is
 * never taken for a role.
 *
 * <p><b>Tiers.</b> In a two-tier cell the supervising tier is the one whose role names the unit's
 * leadership ({@code 分管…}, {@code 主要…}, {@code 局长}, {@code 副局长}, {@code 书记}, {@code 领导} …); the
 * responsible tier is the department or post level ({@code 科室…}, {@code 部门…}, {@code 岗位…}, {@code
 * 科长}, {@code 直接责任人} …).
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class AnnexPeople {
  /** Separates the parties of one responsibility cell. */
  private static final String SEPARATORS = "、，,；;/／|｜\n";

  /** Words that end a role whatever comes before them. */
  private static final List<String> GENERIC_ROLES =
      List.of(
          "负责人", "责任人", "领导人", "领导", "经办人", "承办人", "审核人", "审批人", "办事员", "工作人员", "人员", "科员", "干部",
          "成员", "一把手", "监察员", "联络员", "管理员", "代表人", "法人代表");

  /**
   * Words that end the name of a body ({@code 驻局纪检组}, {@code 上级纪委}, {@code 领导班子}, {@code
   * 党风廉政建设领导小组}). A table names a body where it would name a person; a body is no person's name, so
   * it is read as the position that answers: a role.
   */
  private static final List<String> BODIES =
      List.of(
          "纪委", "监委", "纪工委", "纪检组", "监察组", "纪检室", "监察室", "小组", "委员会", "党组", "党委", "党工委", "党总支",
          "党支部", "班子");

  /** Titles, longest first; a surname before one addresses a person. */
  private static final List<String> TITLES =
      List.of(
          "总会计师", "总经济师", "总工程师", "董事长", "总经理", "秘书长", "调研员", "巡视员", "教导员", "指导员", "会计师", "检察长",
          "书记", "局长", "厅长", "处长", "科长", "庭长", "关长", "股长", "主任", "组长", "院长", "馆长", "所长", "站长", "队长",
          "行长", "校长", "社长", "部长", "区长", "县长", "市长", "省长", "镇长", "乡长", "经理", "董事", "监事", "主席", "委员",
          "总监", "会计", "出纳", "助理", "专员", "干事", "秘书", "主管");

  /** Common single-character surnames (not 副, 总, 正, 原, 代, 支, 党: they qualify titles). */
  private static final String SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏"
          + "韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷"
          + "詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农"
          + "司卓古吉缪简车项连芦麦褚娄窦戚岑景宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池"
          + "查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰卿狄"
          + "平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於"
          + "呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由";

  private static final Set<String> COMPOUND_SURNAMES =
      Set.of(
          "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐",
          "钟离", "端木", "独孤", "南宫", "西门", "百里", "呼延", "闻人", "申屠", "澹台", "太史", "公冶", "赫连", "万俟", "濮阳",
          "淳于", "单于", "拓跋", "完颜", "第五");

  /** Characters of organisation words; a personal name has none after its surname. */
  private static final String ORGANISATION_CHARS = "科室局处股部办组委检监党团站所院司厅务管";

  /** Cell texts that mean nobody is named. */
  private static final Set<String> PLACEHOLDERS =
      Set.of("无", "暂无", "待定", "空", "-", "--", "—", "——", "－", "/", "／", "\\");

  /** Roles of the unit's principal leader (主要领导). */
  private static final Set<String> PRINCIPAL_ROLES =
      Set.of(
          "书记", "党组书记", "党委书记", "党工委书记", "党总支书记", "局长", "厅长", "主任", "院长", "处长", "所长", "站长", "馆长",
          "队长", "行长", "校长", "社长", "部长", "区长", "县长", "市长", "省长", "镇长", "乡长", "主席", "董事长", "总经理",
          "主要负责人", "主要领导", "一把手");

  /** Markers of the supervising tier that win over department words (分管科室 is still 分管). */
  private static final List<String> SUPERVISOR_FIRST =
      List.of("分管", "主管领导", "主要", "一把手", "党组", "党委");

  /** Markers of discipline inspection, whose bodies and officers are of the supervising tier. */
  private static final List<String> DISCIPLINE_MARKS =
      List.of("纪委", "纪检", "监委", "纪工委", "监察组", "监察室");

  /** Markers of the responsible tier (department and post level). */
  private static final List<String> RESPONSIBLE_MARKS =
      List.of("科", "股", "部门", "岗", "处室", "处长", "室", "直接", "经办", "具体", "办事", "工作人员", "站长", "所长");

  /** Markers of the supervising tier (the unit's leadership). */
  private static final List<String> SUPERVISOR_MARKS =
      List.of("领导", "局长", "厅长", "书记", "主任", "组长", "院长", "董事长", "总经理", "主席", "区长", "县长", "市长", "班子");

  /** Roles of a department's head, after the department's own name or 科室/部门 is removed. */
  private static final Set<String> HEAD_ROLES =
      Set.of("负责人", "主要负责人", "科长", "股长", "处长", "主任", "部长");

  private static final List<String> HEAD_PREFIXES = List.of("本科室", "本部门", "科室", "部门", "股室", "处室");

  private static final int MAX_ROLE_LENGTH = 30;

  /**
   * Labels inside a cell that name only the tier of the person after them ({@code 责任人：钱涛}), not a
   * position: the person has no role by them; so do the supervising labels ({@code 分管领导：赵军}, see
   * {@link #labelTier}). A label naming a position ({@code 科室负责人：李华}, {@code 副局长：赵军}) is the
   * person's role.
   */
  private static final Map<String, Tier> TIER_LABELS =
      Map.of(
          "责任人", Tier.RESPONSIBLE,
          "防控责任人", Tier.RESPONSIBLE,
          "责任领导", Tier.SUPERVISOR,
          "监督人", Tier.SUPERVISOR,
          "监督责任人", Tier.SUPERVISOR,
          "监管责任人", Tier.SUPERVISOR);

  /**
   * Words a supervising label ends in after {@code 分管} or {@code 主管} and an optional unit character
   * ({@code 分管领导}, {@code 分管局领导}, {@code 主管负责人}): the label says who supervises, not which post.
   */
  private static final List<String> SUPERVISING_LABEL_ENDS = List.of("领导", "领导人", "负责人", "领导同志");

  /** Unit characters a supervising label may hold before its end ({@code 分管局领导}). */
  private static final String SUPERVISING_LABEL_UNITS = "局院校所处厅部区县镇乡委";

  /**
   * Texts after a role that are no name though their first character is a surname ({@code 局长信箱},
   * {@code 主任任期}): words a role is written before in a cell.
   */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "信箱", "信访", "公开", "公示", "公章", "任期", "任职", "任命", "文件", "安排", "谈话", "计划", "时间", "车辆", "司机",
          "宣布", "明确", "全面", "全权", "方案", "应当", "严格", "强调", "章程", "程序", "成员", "相关", "高度", "万元", "带头",
          "牵头", "亲自", "管理", "接待日", "办公会");

  /**
   * Last characters no given name ends in but words after a role do ({@code 信箱}, {@code 例会}, {@code
   * 专线}, {@code 签批}): a text ending in one is no name.
   */
  private static final String NOT_NAME_ENDS = "箱会议室件期话线表单函印费款辆责职制度案划序示批签核审确排布访稿";

  private AnnexPeople() {}

  /**
   * Returns the key under which spellings of one name are the same person: NFKC-normalised
   * (full-width Latin letters, digits and spaces become half-width), invisible characters removed,
   * middle-dot variants unified ({@code ·}), trimmed; inside a name made of Han characters (and
   * middle dots) all white space is removed, inside any other name runs of white space become one
   * space. Letter case is kept: {@code ZHANG Wei} and {@code Zhang Wei} stay apart.
   *
   * <p>{@code 王　芳}, {@code 王 芳} and {@code 王芳} give {@code 王芳}; {@code ＪＯＨＮ　ＳＭＩＴＨ} gives {@code
   * JOHN SMITH}.
   *
   * @param name a name as a cell gives it
   * @return the identity key, possibly empty for a blank name
   */
  public static String identityKey(String name) {
    String t = Normalizer.normalize(name, Normalizer.Form.NFKC);
    t = unifyDots(withoutInvisible(t)).strip();
    return isHanName(t) ? withoutSpaces(t) : collapseSpaces(t);
  }

  /**
   * Returns the spelling a ledger shows for a name: trimmed (also full-width spaces), invisible
   * characters removed, and for a name made of Han characters the padding white space inside it
   * removed ({@code 王　芳} shows as {@code 王芳}: the padding aligns columns, it is not part of the
   * name). Any other name is kept as written, full-width letters included.
   *
   * @param name a name as a cell gives it
   * @return the display spelling; the trimmed input if nothing else is left
   */
  public static String displayName(String name) {
    String trimmed = AnnexText.clean(name);
    String t = withoutInvisible(trimmed);
    String shown = isHanName(t) ? withoutSpaces(t) : t;
    return shown.isEmpty() ? trimmed : shown;
  }

  /**
   * Tells whether a cell text names positions rather than people: one role ({@code 科室负责人}, {@code
   * 副局长}, {@code 分管 领导}) or several ({@code 党组书记、局长}, {@code 分管领导人 / 科室负责人}), and no person's name.
   * {@code 王芳}, {@code 张科长} and {@code 张伟（科长）} are not roles; see the class description for how
   * names and roles are told apart.
   *
   * @param text a cell text
   * @return {@code true} if the text is made of roles only
   */
  public static boolean isRole(String text) {
    Responsibility r = parseResponsibility(text);
    return r.getResponsibleName().isEmpty()
        && r.getSupervisorName().isEmpty()
        && (r.getResponsibleRole().isPresent() || r.getSupervisorRole().isPresent());
  }

  /**
   * Tells whether a leader's role makes them the unit's principal leader (主要领导): one of its parts
   * is 党组书记, 党委书记, 书记, 局长, 厅长, 主任, 院长, 董事长, 总经理, 主要负责人, 主要领导 or a like head-of-unit title, without
   * 副 (a leading 局 or 厅, as in 局党组书记, is ignored). {@code 党组书记、局长} and {@code 局长} are; {@code 副局长},
   * {@code 纪检组长} and {@code 党组成员、副局长} are not.
   *
   * @param role a leader's role text
   * @return {@code true} for a principal leader's role
   */
  public static boolean isPrincipalRole(String role) {
    for (String part : parts(role)) {
      String p = compact(part);
      if (p.length() > 2 && (p.startsWith("局") || p.startsWith("厅"))) {
        p = p.substring(1);
      }
      if (PRINCIPAL_ROLES.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A cell whose names padded with full-width spaces are joined up where they stand beside a role
   * ({@code 部长 韦　东}); a name alone keeps its padding as written.
   */
  private static String unpadded(String cell) {
    String joined = AnnexText.joinSpacedName(cell);
    if (joined.equals(cell)) {
      return cell;
    }
    for (int i = 0; i < joined.length(); i++) {
      char c = joined.charAt(i);
      if (Character.isWhitespace(c) || c == '\u3000' || "/／、，,;；：:".indexOf(c) >= 0) {
        return joined;
      }
    }
    return cell;
  }

  /**
   * Parses a responsibility cell (责任人 or 责任领导) into who is responsible and who supervises.
   *
   * <ul>
   *   <li>One party: {@code 张伟} (a name), {@code 科室负责人} (a role), {@code 张伟（科长）}, {@code 科长（张伟）},
   *       {@code 张伟 科长}, {@code 科室负责人：张伟} (name and role) — the responsible party; only a name
   *       under a supervising label ({@code 分管领导：张伟}, {@code 责任领导：张伟}) is the supervisor, without a
   *       role unless a position word gives one ({@code 分管领导：张伟（副局长）}).
   *   <li>Names apart by white space ({@code 张三 李四}) are several people, each a whole Han name: a
   *       padded name ({@code 王 芳}, {@code 欧阳 明华}) stays one.
   *   <li>Two tiers, split at {@code 、，,；;/|} or a line break outside brackets: {@code 分管领导人 /
   *       科室负责人}, {@code 分管领导、科室负责人}, {@code 张三（分管副局长）/李四（科长）}, {@code 分管领导：王明；科室负责人：李华} — the
   *       parties whose role is of the supervising tier become the supervisor, the others the
   *       responsible party.
   *   <li>A name beside a role ({@code 王明 / 科室负责人}) is one person holding that role.
   *   <li>Parties of one tier only stay together as the responsible party: roles joined as one role
   *       text ({@code 党组书记、局长}), several names kept as one name text ({@code 张三、李四}), since a risk
   *       point has one responsible person and nothing may be lost; names of one role each ({@code
   *       副局长 赵勇、副局长 钱进}) as the names with that role, names of different roles as written.
   *   <li>A blank cell, or one that says nobody ({@code 无}, {@code /}, {@code —}), gives an empty
   *       result.
   * </ul>
   *
   * <p>Names are returned trimmed as written; roles with white space inside a Han text removed.
   *
   * @param cell the cell's text
   * @return who the cell names; {@link Responsibility#isEmpty()} for nobody
   */
  public static Responsibility parseResponsibility(String cell) {
    List<Party> parties = new ArrayList<>();
    for (String part : parts(unpadded(cell))) {
      if (!PLACEHOLDERS.contains(part)) {
        parties.add(party(part));
      }
    }
    Responsibility.Builder b = Responsibility.builder();
    if (parties.isEmpty()) {
      return b.build();
    }
    Party pair = nameWithRole(parties);
    if (pair != null) {
      return b.responsibleName(Optional.ofNullable(pair.name))
          .responsibleRole(Optional.ofNullable(pair.role))
          .build();
    }
    List<Party> upper = new ArrayList<>();
    List<Party> lower = new ArrayList<>();
    for (Party p : parties) {
      (p.tier() == Tier.SUPERVISOR ? upper : lower).add(p);
    }
    if (lower.isEmpty() && upper.size() >= 2) {
      headsBelowSupervisors(upper, lower);
    }
    if ((upper.isEmpty() || lower.isEmpty()) && labelledPair(cell, parties)) {
      // 科长：张三；副科长：李四 — two people each labelled by a position of one tier: the first
      // responsible, the second over them, as a two-tier cell is read
      upper = List.of(parties.get(1));
      lower = List.of(parties.get(0));
    }
    if (lower.isEmpty() && labelledSupervisors(upper)) {
      // 分管领导：彭涛, 责任领导：赵军 alone: the label says this person supervises
      Party supervisor = merge(upper);
      return b.supervisorName(Optional.ofNullable(supervisor.name))
          .supervisorRole(Optional.ofNullable(supervisor.role))
          .build();
    }
    if (upper.isEmpty() || lower.isEmpty() || partyPostAndOffice(cell, parties)) {
      Party all = merge(parties);
      return b.responsibleName(Optional.ofNullable(all.name))
          .responsibleRole(Optional.ofNullable(all.role))
          .build();
    }
    Party responsible = merge(lower);
    Party supervisor = merge(upper);
    return b.responsibleName(Optional.ofNullable(responsible.name))
        .responsibleRole(Optional.ofNullable(responsible.role))
        .supervisorName(Optional.ofNullable(supervisor.name))
        .supervisorRole(Optional.ofNullable(supervisor.role))
        .build();
  }

  /**
   * Returns who a row names in its responsibility columns. A column that comes with its role
   * ({@link AnnexRow#getResponsibleRole()}, {@link AnnexRow#getSupervisorRole()}) is taken as it is
   * (the name as the name); a column without one is parsed with {@link
   * #parseResponsibility(String)}, so a source that copies whole cells into {@link
   * AnnexRow#getResponsible()} loses nothing. The 责任人 column gives the responsible party; a second
   * tier it names becomes the supervisor when the 责任领导 column names nobody. The 责任领导 column gives
   * the supervisor: its supervising tier if it has two, otherwise its one party; a lower tier it
   * names becomes the responsible party when the 责任人 column names nobody.
   *
   * @param row a row
   * @return who is responsible and who supervises
   */
  public static Responsibility responsibility(AnnexRow row) {
    Responsibility resp = column(row.getResponsible(), row.getResponsibleRole());
    Responsibility sup = column(row.getSupervisor(), row.getSupervisorRole());
    Responsibility.Builder b = Responsibility.builder();
    if (hasResponsible(resp)) {
      b.responsibleName(resp.getResponsibleName()).responsibleRole(resp.getResponsibleRole());
    } else if (sup.hasSupervisor()) {
      b.responsibleName(sup.getResponsibleName()).responsibleRole(sup.getResponsibleRole());
    }
    if (sup.hasSupervisor()) {
      b.supervisorName(sup.getSupervisorName()).supervisorRole(sup.getSupervisorRole());
    } else if (hasResponsible(sup)) {
      b.supervisorName(sup.getResponsibleName()).supervisorRole(sup.getResponsibleRole());
    } else {
      b.supervisorName(resp.getSupervisorName()).supervisorRole(resp.getSupervisorRole());
    }
    return b.build();
  }

  /**
   * Formats a responsibility cell for one party: {@code 姓名（角色）} for a name and a role, the name or
   * the role alone when only one is given, empty for neither. {@link #parseResponsibility(String)}
   * reads the text back as the same name and role.
   *
   * @param name the person's name
   * @param role the role text
   * @return the cell text
   */
  public static String responsibilityCell(Optional<String> name, Optional<String> role) {
    if (name.isPresent() && role.isPresent()) {
      return name.get() + "（" + role.get() + "）";
    }
    return name.or(() -> role).orElse("");
  }

  /**
   * Tells whether a role makes its holder the head of the given department: 负责人, 主要负责人, 科长, 股长, 处长,
   * 主任 or 部长, alone or after 科室, 部门, 股室, 处室 or the department's own name (预算科科长, 办公室主任).
   */
  static boolean isHeadRole(String role, String department) {
    String r = compact(role);
    String d = compact(department);
    if (!d.isEmpty() && r.startsWith(d) && r.length() > d.length()) {
      r = r.substring(d.length());
    }
    for (String prefix : HEAD_PREFIXES) {
      if (r.startsWith(prefix) && r.length() > prefix.length()) {
        r = r.substring(prefix.length());
        break;
      }
    }
    return HEAD_ROLES.contains(r);
  }

  // ------------------------------------------------------------------ parties

  /** One party of a responsibility cell: a name, a role or both; {@code text} as written. */
  private static final class Party {
    final String text;
    final @Nullable String name;
    final @Nullable String role;

    /** The tier a label that names only the tier gave ({@code 责任领导：赵军}); null if none did. */
    final @Nullable Tier labelTier;

    Party(String text, @Nullable String name, @Nullable String role) {
      this(text, name, role, null);
    }

    Party(String text, @Nullable String name, @Nullable String role, @Nullable Tier labelTier) {
      this.text = text;
      this.name = name;
      this.role = role;
      this.labelTier = labelTier;
    }

    static Party named(String text) {
      return new Party(text, text, null);
    }

    static Party role(String text) {
      return new Party(text, null, displayName(text));
    }

    /** The tier by the role; by the name only when it is a surname and a title (李局长). */
    Tier tier() {
      if (labelTier != null && role == null) {
        return labelTier;
      }
      if (role != null) {
        return Tier.of(compact(role));
      }
      return name != null && isAddressedByTitle(compact(name)) ? Tier.of(compact(name)) : Tier.NONE;
    }
  }

  /**
   * In a cell whose parties all read as leaders, moves those titled as a department's head ({@code
   * 主任}, 科长 …) to the responsible tier when others are explicitly the supervising one ({@code
   * 分管副局长}): {@code 主任：陈红；分管副局长：李强} names the office's head under the supervising leader.
   */
  private static void headsBelowSupervisors(List<Party> upper, List<Party> lower) {
    List<Party> heads = new ArrayList<>();
    boolean supervising = false;
    for (Party p : upper) {
      String role = p.role == null ? "" : compact(p.role);
      if (containsAny(role, SUPERVISOR_FIRST)) {
        supervising = true;
      } else if (HEAD_ROLES.contains(role)) {
        heads.add(p);
      }
    }
    if (supervising && !heads.isEmpty() && heads.size() < upper.size()) {
      upper.removeAll(heads);
      lower.addAll(heads);
    }
  }

  /**
   * Tells whether a cell of roles only, joined by {@code 、} alone, is one leader's titles: a party
   * post beside an office ({@code 党组书记、主任}, {@code 党委委员、副局长}) is how one person's position is
   * written, not two tiers.
   */
  private static boolean partyPostAndOffice(String cell, List<Party> parties) {
    if (parties.size() != 2) {
      return false;
    }
    boolean party = false;
    for (Party p : parties) {
      if (p.name != null || p.role == null) {
        return false;
      }
      String r = compact(p.role);
      party |= r.startsWith("党") && (r.endsWith("书记") || r.endsWith("成员") || r.endsWith("委员"));
    }
    String t = AnnexText.clean(cell);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c != '、' && SEPARATORS.indexOf(c) >= 0) {
        return false;
      }
    }
    return party;
  }

  /**
   * Tells whether a cell names two people, each with a position as the label before a colon, apart
   * by {@code ；} ({@code 科长：张三；副科长：李四}, {@code 庭长：郑伟；副庭长：冯雪}).
   */
  private static boolean labelledPair(String cell, List<Party> parties) {
    if (parties.size() != 2 || AnnexText.clean(cell).indexOf('；') < 0 && cell.indexOf(';') < 0) {
      return false;
    }
    for (Party p : parties) {
      if (p.name == null || p.role == null || indexOfAny(p.text, '：', ':') < 0) {
        return false;
      }
    }
    return true;
  }

  /** The tier a role belongs to in a two-tier cell. */
  enum Tier {
    SUPERVISOR,
    RESPONSIBLE,
    NONE;

    static Tier of(String role) {
      if (containsAny(role, DISCIPLINE_MARKS)) {
        return SUPERVISOR; // 驻局纪检组, 纪检监察室主任: discipline inspection supervises
      }
      if (containsAny(role, "科室", "部门", "股室", "处室", "岗位")) {
        return RESPONSIBLE;
      }
      if (containsAny(role, SUPERVISOR_FIRST)) {
        return SUPERVISOR;
      }
      if (containsAny(role, RESPONSIBLE_MARKS)) {
        return RESPONSIBLE;
      }
      return containsAny(role, SUPERVISOR_MARKS) ? SUPERVISOR : NONE;
    }
  }

  /** The parties' texts of a cell: split at separators outside brackets, trimmed, non-empty. */
  private static List<String> parts(String cell) {
    String t = AnnexText.clean(cell);
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '（' || c == '(') {
        depth++;
      } else if ((c == '）' || c == ')') && depth > 0) {
        depth--;
      } else if (depth == 0 && SEPARATORS.indexOf(c) >= 0) {
        addPart(out, t.substring(start, i));
        start = i + 1;
      }
    }
    addPart(out, t.substring(start));
    return out;
  }

  /** Adds a part; one made of roles separated by white space ({@code 分管领导 科室负责人}) as each role. */
  private static void addPart(List<String> out, String part) {
    String p = AnnexText.clean(part);
    if (p.isEmpty()) {
      return;
    }
    List<String> tokens = tokens(p);
    if (tokens.size() > 1
        && (tokens.stream().allMatch(tok -> isSingleRole(compact(tok)))
            || tokens.stream().allMatch(AnnexPeople::isHanFullName))) {
      out.addAll(tokens); // 分管领导 科室负责人; 张三 李四, two names apart by a space
    } else {
      out.add(p);
    }
  }

  /** Parses one party: {@code 角色：姓名}, {@code 姓名（角色）}, {@code 姓名 角色}, a role or a name. */
  private static Party party(String part) {
    String bare = withoutAsides(part); // 刘洋（电话：0991-6231234）: its colon labels no party
    int colon = indexOfAny(bare, '：', ':');
    return colon >= 0 ? labelled(bare, colon) : simple(bare);
  }

  private static Party labelled(String part, int colon) {
    String left = part.substring(0, colon).strip();
    String right = part.substring(colon + 1).strip();
    if (left.isEmpty() || right.isEmpty()) {
      return simple(left.isEmpty() ? right : left);
    }
    Party r = simple(right);
    if (isSingleRole(compact(left))) {
      if (r.name == null) {
        return r;
      }
      Tier labelTier = labelTier(compact(left));
      if (labelTier != null) {
        // 责任人：钱涛: the label names the tier, not a position
        return new Party(part, r.name, r.role, labelTier);
      }
      String label = displayName(left);
      return new Party(part, r.name, r.role == null ? label : label + "（" + r.role + "）");
    }
    Party l = simple(left);
    if (l.role == null && r.name == null) {
      return new Party(part, l.name, r.role); // 王明：科长
    }
    return Party.named(part);
  }

  /**
   * The tier a label before a colon names when it names no post: {@code 责任人}, {@code 责任领导}, {@code
   * 监督人} …, and the supervising labels {@code 分管领导}, {@code 分管局领导}, {@code 主管领导}, {@code 分管负责人}
   * (every supervisor of a cell is its 分管领导: the label says the tier, a position word such as
   * {@code 副局长} says the role); null for a label that names a post ({@code 科室负责人}, {@code 副局长}).
   */
  private static @Nullable Tier labelTier(String label) {
    Tier t = TIER_LABELS.get(label);
    if (t != null || label.length() < 4 || !label.startsWith("分管") && !label.startsWith("主管")) {
      return t;
    }
    String rest = label.substring(2);
    if (SUPERVISING_LABEL_UNITS.indexOf(rest.charAt(0)) >= 0 && rest.length() > 2) {
      rest = rest.substring(1);
    }
    return SUPERVISING_LABEL_ENDS.contains(rest) ? Tier.SUPERVISOR : null;
  }

  private static Party simple(String part) {
    String bare = withoutAsides(part);
    if (!bare.equals(part)) {
      return simple(bare); // 张丽同志, 刘洋 13899012345: the name
    }
    String[] b = bracketed(part);
    if (b != null) {
      return bracketedParty(part, b[0], b[1]);
    }
    List<String> tokens = tokens(part);
    if (tokens.size() == 2) {
      String a = tokens.get(0);
      String c = tokens.get(1);
      if (looksLikeName(a) && isSingleRole(compact(c))) {
        return new Party(part, a, displayName(c)); // 张伟 科长
      }
      if (looksLikeName(c) && isSingleRole(compact(a))) {
        return new Party(part, c, displayName(a)); // 科长 张伟
      }
    }
    if (isSingleRole(compact(part))) {
      return Party.role(part);
    }
    String[] glued = roleBeforeName(part);
    return glued == null ? Party.named(part) : new Party(part, glued[1], glued[0]);
  }

  /**
   * A party's text without what a unit writes after a name and is no part of it: a phone number
   * ({@code 刘洋 13899012345}, {@code 刘洋（电话：0991-6231234）}), seven digits or more at the end, and the
   * courtesy {@code 同志} ({@code 张丽同志}); each only where a name is left before it. Any other text is
   * returned as it is.
   */
  static String withoutAsides(String part) {
    String t = part;
    if (t.length() < 2) {
      return t;
    }
    char end = t.charAt(t.length() - 1);
    boolean phone =
        (end >= '0' && end <= '9' || end == '）' || end == ')') && digits(t) >= MIN_PHONE_DIGITS;
    Matcher m = phone ? PHONE_AFTER.matcher(t) : null; // most names have no digits: no matching
    if (m != null && m.find() && m.start() > 0 && digits(m.group()) >= MIN_PHONE_DIGITS) {
      String before = t.substring(0, m.start()).strip();
      List<String> words = tokens(before);
      String last = words.isEmpty() ? "" : words.get(words.size() - 1);
      if (looksLikeName(withoutCourtesy(before))
          || looksLikeName(withoutCourtesy(last))
          || isSingleRole(compact(before))) {
        t = before;
      }
    }
    if (!t.endsWith(COURTESY)) {
      return t;
    }
    String bare = withoutCourtesy(t);
    return looksLikeName(bare) ? bare : t;
  }

  /** The text without a trailing 同志 (and the white space before it). */
  private static String withoutCourtesy(String t) {
    return t.endsWith(COURTESY) ? t.substring(0, t.length() - COURTESY.length()).strip() : t;
  }

  private static int digits(String t) {
    int n = 0;
    for (int i = 0; i < t.length(); i++) {
      n += Character.isDigit(t.charAt(i)) ? 1 : 0;
    }
    return n;
  }

  /** The courtesy written after a name in Party documents. */
  private static final String COURTESY = "同志";

  /** The fewest digits of a phone number (a local number without its area code). */
  private static final int MIN_PHONE_DIGITS = 7;

  /** A phone number ending a party's text, labelled or bracketed or neither. */
  private static final Pattern PHONE_AFTER =
      Pattern.compile("[\\s\u3000]*[（(]?(?:联系电话|电话|手机)?[:：]?\\+?\\d[\\d-]{5,}\\d[)）]?$");

  /**
   * Splits a role run into a name without a separator ({@code 局长何平}, {@code 副主任李明}): the text is a
   * role (one, no separator in it) followed by two or three Han characters that look like a name (a
   * known surname, no organisation characters, no role, no word written after a role); {@code
   * {role, name}}, or null for any other text ({@code 局长办公室}, {@code 科长助理}, {@code 主任科员}, {@code
   * 局长信箱}, {@code 副局长赵勇、副局长钱进}).
   *
   * @param text a cell text or a party of one
   * @return the role and the name, or null
   */
  static String @Nullable [] roleBeforeName(String text) {
    String t = compact(text);
    for (int n = 2; n <= 3; n++) {
      int cut = t.length() - n;
      if (cut < 2) {
        break;
      }
      String role = t.substring(0, cut);
      String name = t.substring(cut);
      if (endsInRoleWord(role)
          && isSingleRole(role)
          && !isAddressedByTitle(role)
          && !hasSeparator(role)
          && !holdsRoleAndName(role)
          && looksLikeName(name)
          && isPlausibleGivenName(name)
          && title(name) == null
          && !endsWithGenericRole(name)) {
        return new String[] {role, name};
      }
    }
    return null;
  }

  /**
   * Tells whether what follows a role could be a person's name rather than a word written after the
   * role ({@code 信箱}, {@code 任期}, {@code 办公会}): not a known such word, and not ending in a
   * character that ends such words and no given name ({@code 会}, {@code 箱}, {@code 线}, {@code 批}
   * …).
   */
  private static boolean isPlausibleGivenName(String name) {
    return !NOT_NAMES.contains(name) && NOT_NAME_ENDS.indexOf(name.charAt(name.length() - 1)) < 0;
  }

  /**
   * Tells whether a role text has a role and a name run together inside it ({@code 科长张伟副科长} of
   * {@code 科长张伟副科长李娜}): two people, not one role before a name.
   */
  private static boolean holdsRoleAndName(String role) {
    for (int i = 2; i + 2 < role.length(); i++) {
      String before = role.substring(0, i);
      if (!endsInRoleWord(before)) {
        continue;
      }
      for (int n = 2; n <= 3 && i + n < role.length(); n++) {
        String name = role.substring(i, i + n);
        if (looksLikeName(name) && isPlausibleGivenName(name) && title(name) == null) {
          return true;
        }
      }
    }
    return false;
  }

  /** Tells whether a compact text holds a separator of parties ({@code 副局长赵勇、副局长}). */
  private static boolean hasSeparator(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (SEPARATORS.indexOf(t.charAt(i)) >= 0 || t.charAt(i) == '：' || t.charAt(i) == ':') {
        return true;
      }
    }
    return false;
  }

  private static boolean endsInRoleWord(String t) {
    return title(t) != null || endsWithGenericRole(t);
  }

  private static boolean endsWithGenericRole(String t) {
    for (String g : GENERIC_ROLES) {
      if (t.endsWith(g)) {
        return true;
      }
    }
    return false;
  }

  private static Party bracketedParty(String part, String outer, String inner) {
    boolean outerRole = isRoleList(outer);
    boolean innerRole = isRoleList(inner);
    if (innerRole && !outerRole) {
      return new Party(part, outer, displayName(inner));
    }
    if (outerRole && !innerRole) {
      return new Party(part, inner, displayName(outer));
    }
    return outerRole ? Party.role(part) : Party.named(part);
  }

  /**
   * Splits {@code outer（inner）}: the text before the first opening bracket and the text up to the
   * closing bracket that ends the part; null if the part is not of that form.
   */
  private static String @Nullable [] bracketed(String part) {
    int last = part.length() - 1;
    char end = part.charAt(last);
    if (end != '）' && end != ')') {
      return null;
    }
    int open = indexOfAny(part, '（', '(');
    if (open <= 0 || open >= last) {
      return null;
    }
    String outer = part.substring(0, open).strip();
    String inner = part.substring(open + 1, last).strip();
    return outer.isEmpty() || inner.isEmpty() ? null : new String[] {outer, inner};
  }

  /** The one party of a name-only party beside a role-only one ({@code 王明 / 科室负责人}), or null. */
  private static @Nullable Party nameWithRole(List<Party> parties) {
    if (parties.size() != 2) {
      return null;
    }
    Party a = parties.get(0);
    Party b = parties.get(1);
    Party name = a.role == null ? a : b.role == null ? b : null;
    Party role = name == a ? b : a;
    if (name == null
        || name.name == null
        || name.labelTier != null
        || isAddressedByTitle(compact(name.name))
        || role.name != null
        || role.role == null) {
      return null;
    }
    return new Party(name.text + "、" + role.text, name.name, role.role);
  }

  /** Tells whether every party is named and put in the supervising tier by its label. */
  private static boolean labelledSupervisors(List<Party> parties) {
    if (parties.isEmpty()) {
      return false;
    }
    for (Party p : parties) {
      if (p.name == null || p.labelTier != Tier.SUPERVISOR) {
        return false;
      }
    }
    return true;
  }

  /**
   * One party for several of one tier: roles joined as one role; names of one role each ({@code 副局长
   * 赵勇、副局长 钱进}) as the names with that role; otherwise the texts as one name.
   */
  private static Party merge(List<Party> parties) {
    if (parties.size() == 1) {
      return parties.get(0);
    }
    List<String> texts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    boolean rolesOnly = true;
    boolean namesOnly = true;
    String role = parties.get(0).role;
    boolean oneRole = role != null;
    for (Party p : parties) {
      rolesOnly &= p.name == null;
      namesOnly &= p.name != null && p.role == null;
      oneRole &= p.name != null && role != null && role.equals(p.role);
      texts.add(p.name == null ? p.role : p.text);
      names.add(p.name == null ? "" : p.name);
    }
    String joined = String.join(AnnexText.NAME_SEPARATOR, texts);
    if (oneRole || namesOnly) {
      // 副局长 赵勇、副局长 钱进: the names, with their one role; 责任人：钱涛、…: the names
      return new Party(joined, String.join(AnnexText.NAME_SEPARATOR, names), role);
    }
    return rolesOnly ? new Party(joined, null, joined) : Party.named(joined);
  }

  // ------------------------------------------------------------------ roles and names

  /**
   * Tells whether a compact text (no white space) is one role: it ends in a generic role word, or
   * in a title that no lone surname precedes.
   */
  static boolean isSingleRole(String t) {
    if (t.isEmpty() || t.length() > MAX_ROLE_LENGTH) {
      return false;
    }
    for (String g : GENERIC_ROLES) {
      if (t.endsWith(g)) {
        return true;
      }
    }
    for (String b : BODIES) {
      if (t.endsWith(b)) {
        return true;
      }
    }
    String title = title(t);
    return title != null && !addressesOne(t.substring(0, t.length() - title.length()));
  }

  /** Tells whether a text is roles only, several separated as in a cell ({@code 党组书记、局长}). */
  private static boolean isRoleList(String text) {
    List<String> ps = parts(text);
    return !ps.isEmpty() && ps.stream().allMatch(p -> isSingleRole(compact(p)));
  }

  /** Tells whether a compact text is a surname and a title ({@code 张科长}): one person. */
  static boolean isAddressedByTitle(String t) {
    String title = title(t);
    return title != null && addressesOne(t.substring(0, t.length() - title.length()));
  }

  static @Nullable String title(String t) {
    for (String title : TITLES) {
      if (t.endsWith(title)) {
        return title;
      }
    }
    return null;
  }

  private static boolean isSurname(String prefix) {
    return (prefix.length() == 1 && SURNAMES.indexOf(prefix.charAt(0)) >= 0)
        || COMPOUND_SURNAMES.contains(prefix);
  }

  /**
   * Whether what stands before a title addresses one person: a surname ({@code 张}科长), also with the
   * title's 副 ({@code 周副}书记, a deputy addressed by surname).
   */
  private static boolean addressesOne(String prefix) {
    return isSurname(prefix)
        || (prefix.length() == 2 && prefix.charAt(1) == '副' && isSurname(prefix.substring(0, 1)));
  }

  /**
   * Tells whether a text looks like one person's name: two to four Han characters after a known
   * surname and without characters of organisations ({@code 科}, {@code 室}, {@code 局} …) nor a role
   * ({@code 王芳}, {@code 欧阳明}; not {@code 科员}, {@code 兼档案管理}), or a text with Latin letters and no
   * Han. White space inside (padding) is ignored.
   *
   * @param text a text
   * @return {@code true} if it looks like a personal name
   */
  public static boolean isPersonalName(String text) {
    return looksLikeName(text);
  }

  /**
   * Tells whether a token is a whole Han name: a personal name of two to four Han characters that
   * is more than a surname ({@code 张三}, {@code 欧阳明华}; not {@code 王}, {@code 欧阳}, which a padded
   * name {@code 王 芳} or {@code 欧阳 明华} splits into).
   */
  static boolean isHanFullName(String token) {
    return token.length() >= 2
        && !COMPOUND_SURNAMES.contains(token)
        && token.codePoints().allMatch(AnnexPeople::isHan)
        && looksLikeName(token);
  }

  /**
   * Tells whether a token looks like a personal name: two to four Han characters after a known
   * surname and without organisation characters, or a text with Latin letters and no Han.
   */
  private static boolean looksLikeName(String token) {
    String t = compact(token);
    if (t.isEmpty() || isSingleRole(t)) {
      return false;
    }
    if (t.codePoints().noneMatch(AnnexPeople::isHan)) {
      return t.codePoints().anyMatch(Character::isLetter);
    }
    int surname = COMPOUND_SURNAMES.contains(t.substring(0, Math.min(2, t.length()))) ? 2 : 1;
    if (t.length() < 2 || t.length() > 4 + surname - 1 || !isSurname(t.substring(0, surname))) {
      return false;
    }
    for (int i = surname; i < t.length(); i++) {
      if (ORGANISATION_CHARS.indexOf(t.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  // ------------------------------------------------------------------ text helpers

  /** A column's parties: taken as given when the row gives the role, otherwise parsed. */
  private static Responsibility column(Optional<String> name, Optional<String> role) {
    if (role.isPresent()) {
      return Responsibility.builder().responsibleName(name).responsibleRole(role).build();
    }
    return name.map(AnnexPeople::parseResponsibility).orElseGet(AnnexPeople::empty);
  }

  private static boolean hasResponsible(Responsibility r) {
    return r.getResponsibleName().isPresent() || r.getResponsibleRole().isPresent();
  }

  private static Responsibility empty() {
    return Responsibility.builder().build();
  }

  /** NFKC, without white space or invisible characters: the form roles are recognised in. */
  static String compact(String text) {
    return withoutSpaces(withoutInvisible(Normalizer.normalize(text, Normalizer.Form.NFKC)));
  }

  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean space = i == text.length() || isSpace(text.charAt(i));
      if (space && start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return out;
  }

  private static boolean isHanName(String t) {
    boolean han = false;
    for (int i = 0; i < t.length(); ) {
      int cp = t.codePointAt(i);
      i += Character.charCount(cp);
      if (isHan(cp)) {
        han = true;
      } else if (!isSpace(cp) && !isMiddleDot(cp)) {
        return false;
      }
    }
    return han;
  }

  private static boolean isHan(int cp) {
    return cp >= 0x4E00 && cp <= 0x9FFF // the unified block, without a script lookup
        || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  private static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  private static boolean isMiddleDot(int cp) {
    return cp == '\u00B7'
        || cp == '\u30FB'
        || cp == '\u2027'
        || cp == '\u2022'
        || cp == '\u2219'
        || cp == '\u22C5'
        || cp == '\uFF65';
  }

  private static boolean isInvisible(int cp) {
    return (cp >= '\u200B' && cp <= '\u200D') || cp == '\u2060' || cp == '\uFEFF';
  }

  private static String withoutInvisible(String t) {
    return filter(t, cp -> !isInvisible(cp));
  }

  private static String withoutSpaces(String t) {
    return filter(t, cp -> !isSpace(cp));
  }

  private static String unifyDots(String t) {
    StringBuilder sb = new StringBuilder(t.length());
    t.codePoints().forEach(cp -> sb.appendCodePoint(isMiddleDot(cp) ? '\u00B7' : cp));
    return sb.toString();
  }

  private static String collapseSpaces(String t) {
    StringBuilder sb = new StringBuilder(t.length());
    boolean space = false;
    for (int i = 0; i < t.length(); ) {
      int cp = t.codePointAt(i);
      i += Character.charCount(cp);
      if (isSpace(cp)) {
        space = true;
        continue;
      }
      if (space && sb.length() > 0) {
        sb.append(' ');
      }
      space = false;
      sb.appendCodePoint(cp);
    }
    return sb.toString();
  }

  private static String filter(String t, java.util.function.IntPredicate keep) {
    for (int i = 0; i < t.length(); i++) {
      if (!keep.test(t.charAt(i))) {
        StringBuilder sb = new StringBuilder(t.length());
        t.codePoints().filter(keep).forEach(sb::appendCodePoint);
        return sb.toString();
      }
    }
    return t;
  }

  private static int indexOfAny(String t, char a, char b) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == a || c == b) {
        return i;
      }
    }
    return -1;
  }

  private static boolean containsAny(String text, String... words) {
    return containsAny(text, List.of(words));
  }

  private static boolean containsAny(String text, List<String> words) {
    for (String w : words) {
      if (text.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
