package io.github.probity.testkit;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexRow;
import io.github.probity.annex.AnnexTables;
import io.github.probity.annex.AnnexText;
import io.github.probity.model.LevelLabelStyle;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.RiskCategory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Draws annex tables (附件1–3) in foreign layouts: the layouts and wordings real units use (see the
 * practice notes), so that a reader can be checked against tables it has never seen. Give it a kind
 * and the rows the table should hold ({@link #table(AnnexKind, List)}); it draws a layout and
 * returns a {@link ForeignTable}: the sheet's cells and merged ranges, and the rows and extras a
 * reader should give back.
 *
 * <p>What is drawn is chosen by {@link Variation}s, each a dimension of real-world layout; {@link
 * Variation#standard()} holds those a reader of today's files is expected to handle, the others are
 * off until switched on with {@link #with(Variation...)}. Numbered lists inside a cell are written
 * in the styles of {@link Numbering} ({@link Numbering#standard()} by default; see {@link
 * #numberedIn(Numbering...)}).
 *
 * <p>Texts come from the rows given (for example {@code AnnexTables.rows(ledger, kind)} of a {@link
 * LedgerGenerator} ledger, a few dozen rows) and from shared pools of official wording: headers,
 * titles, group labels, notes and extra values never start with a list marker and are not taken for
 * headers or levels. The rows' texts must not start with a list marker either ({@code 1.}, {@code
 * （1）}, {@code ①}, {@code 一是} …), or a reader would rightly split them; {@link #table(AnnexKind,
 * List)} refuses such rows.
 *
 * <p>Deterministic: the same seed, variations and sequence of calls give equal tables. Not
 * thread-safe: it draws from one random stream; use one instance per thread.
 *
 * @since 0.1.0
 */
public final class ForeignLayouts {

  /**
   * A dimension of layout along which tables are drawn. A variation that is on is drawn for some
   * tables and not others; one that is off is never drawn. {@link #isStandard() Standard}
   * variations are on by default.
   */
  public enum Variation {
    /** A {@code 序号} column first, numbering the data rows 1, 2, …. */
    SEQUENCE_COLUMN(true),
    /**
     * Optional columns left out at random: 职权事项, 风险类别, 表现形式, 风险等级, 防控措施, 责任人, 责任领导, and in a
     * personal table 科室 and 在岗人. The risk point and the owner (班子成员, 科室, 岗位) are always there.
     * Without it every column the kind prints is present.
     */
    OPTIONAL_COLUMNS(true),
    /** Columns in a drawn order instead of the standard order (序号 stays first). */
    COLUMN_ORDER(true),
    /**
     * Header wording drawn per column from the wordings real units print (风险点, 风险名称, 廉洁风险点, 主要风险点,
     * 廉政风险点及等级; 科室, 部门, 处室, 业务处室, 单位/科室, 责任部门; 岗位名称, 具体岗位; 风险种类; 风险级别; 防范措施, 控制措施, 预防和控制措施,
     * 防控要点及防控措施; 第一责任人, 直接责任人; 分管领导 …). Without it the standard headers.
     */
    HEADER_WORDINGS(true),
    /**
     * Header cells decorated as typists do: full-width spaces between the characters ({@code 科　室}),
     * a line break inside ({@code 防控\n措施}), or a bracketed note ({@code 风险等级（高/中/低）}, {@code
     * （必填）}).
     */
    HEADER_DECORATIONS(true),
    /**
     * The owner column of a leadership or department table headed by the owner's role ({@code
     * 责任主体}, {@code 责任单位}) rather than what it is; the kind is then named by the sheet ({@code
     * 附件1}, {@code 领导班子}) or the title.
     */
    SUBJECT_HEADED_OWNER(true),
    /**
     * Zero to two title rows above the header: the unit's title merged across the table, a line
     * {@code 填报单位：… 填报日期：…} in one or two cells, sometimes a blank row before the header.
     */
    TITLE_ROWS(true),
    /**
     * A two-row header whose upper band holds group labels ({@code 基本信息}, {@code 风险识别}, {@code
     * 责任落实} …) merged over the columns below; other columns have a blank cell above.
     */
    GROUPED_HEADER(true),
    /**
     * A two-row header whose single headers are merged down over both rows, with group labels
     * merged over sub-headers where there are groups.
     */
    VERTICAL_HEADER_MERGES(true),
    /**
     * Owner cells (班子成员, 科室, 岗位, 在岗人, 责任主体) merged down over an owner's consecutive rows, column by
     * column; otherwise repeated on every row.
     */
    MERGED_OWNERS(true),
    /**
     * Equal values of one owner's consecutive rows merged down in the 职权事项, 风险类别, 风险等级, 责任人 and
     * 责任领导 columns.
     */
    MERGED_EQUAL_CELLS(true),
    /**
     * Several measures in one cell numbered in a style drawn from the numbering pool ({@link
     * #numberedIn(Numbering...)}) with a drawn separator (a line break, {@code ；}, both, a space,
     * or nothing). Without it: {@code 1.} items on separate lines.
     */
    MEASURE_NUMBERING(true),
    /**
     * Levels written 高/中/低, 高/一般/低, 一级/二级/三级, ★★★/★★/★, or with 风险 appended (高风险, 二级风险). Without
     * it: 高/一般/低.
     */
    LEVEL_LABELS(true),
    /** Some level cells left blank; such a point has no level (it is to be graded). */
    BLANK_LEVELS(true),
    /** Categories written 岗位职责, 岗位职责风险 or 岗位职责类. Without it: 岗位职责. */
    CATEGORY_LABELS(true),
    /** Holders separated by 、, ，, / or a space. Without it: 、. */
    NAME_LISTS(true),
    /** Leader cells {@code 姓名(职务)} with half-width parentheses as well as {@code 姓名（职务）}. */
    LEADER_CELLS(true),
    /**
     * One or two columns that mean no canonical column, with values: 状态 (已公示), 创建时间 (2026-03-02
     * 09:30), 备注, 联系电话. A reader keeps them as extras under their header.
     */
    EXTRA_COLUMNS(true),
    /** Blank spacer rows between data rows (inside merged owner cells where they fall there). */
    SPACER_ROWS(true),
    /**
     * Note rows under the table ({@code 备注：…}, {@code 注：…}, {@code 填表人：…}), maybe after a blank
     * row.
     */
    NOTE_ROWS(true),
    /**
     * Data cells padded with leading or trailing spaces, full-width or not (a full-width space
     * before {@code 建筑市场监管科}), which a reader trims.
     */
    PADDED_CELLS(true),
    /**
     * The first data row may consist only of short texts that each read like a header (e.g. {@code
     * 局领导班子 · 重大事项决策 · 岗位职责风险 · 公务接待中滥用职权}, no number, name or level), as in a table of texts only.
     * When off, such a table gets a {@code 序号} column. Off by default: {@code AnnexReader} takes
     * such a row for the lower row of a two-row header.
     */
    HEADER_LIKE_FIRST_ROW(true),
    /**
     * The leader column headed {@code 姓名（职务）}, the note in brackets saying what the cell holds. Off
     * by default: {@code AnnexReader} reads the header as 姓名 (the post holders).
     */
    NAME_AND_ROLE_LEADER_HEADER(true),
    /**
     * A lone measure numbered as item 1 ({@code 1.严格执行…}). Off by default: {@code AnnexReader}
     * keeps the marker in the text.
     */
    NUMBERED_SINGLE_MEASURE(true),
    /**
     * Stars padded with hollow ones, which count for nothing: ★★☆ (一般), ★☆☆ (低). Off by default:
     * {@code AnnexReader} does not read them as levels.
     */
    HOLLOW_STARS(true),
    /**
     * No level column; the level written after the title in the risk point's cell, in brackets
     * ({@code 违规拨付资金（高）}) or as stars ({@code 违规拨付资金★★★}). Off by default: {@code AnnexReader}
     * keeps the level in the title.
     */
    LEVEL_IN_TITLE(true),
    /**
     * Extra columns under a group label of a two-row header as well ({@code 其他信息} over {@code 状态 ·
     * 创建时间}); their values are still keyed by their own header ({@code 创建时间}). Off by default:
     * {@code AnnexReader} keys some by {@code 组/表头}, and a lower header row holding a header that
     * means nothing is not taken as a header.
     */
    EXTRAS_UNDER_GROUP_LABEL(true),
    /**
     * Group labels that read as columns themselves ({@code 风险信息}, {@code 廉政风险}, {@code 岗位信息},
     * {@code 风险防控}, {@code 防控责任}). Off by default: {@code AnnexReader} may take such a band for the
     * header, or a label for a title naming the kind.
     */
    GROUP_LABELS_NAMING_COLUMNS(true),
    /**
     * A header in the upper row of a two-row header whose words name another kind of table, such as
     * {@code 岗位职责} (the power item column) over a department table. When off, such a header is
     * printed in its standard wording. Off by default: {@code AnnexReader} reads the upper row as a
     * title as well and takes the kind from it.
     */
    UPPER_HEADER_NAMING_ANOTHER_KIND(true);

    private final boolean standard;

    Variation(boolean standard) {
      this.standard = standard;
    }

    /**
     * Tells whether this variation is on by default.
     *
     * @return whether it is standard
     */
    public boolean isStandard() {
      return standard;
    }

    /**
     * Returns the variations on by default.
     *
     * @return a new mutable set of the standard variations
     */
    public static Set<Variation> standard() {
      Set<Variation> s = EnumSet.noneOf(Variation.class);
      for (Variation v : values()) {
        if (v.standard) {
          s.add(v);
        }
      }
      return s;
    }
  }

  /**
   * A style of numbering the items of a list inside one cell. To add a style, add a constant with
   * its marker and the separators it is written with; make it standard once readers handle it.
   * {@link #YI_SHI}, {@link #DI_YI}, {@link #ROW_DOT} and {@link #BULLET} are not standard yet:
   * {@code AnnexReader} does not split them.
   */
  public enum Numbering {
    /** {@code 1.} {@code 2.} */
    DOT(true, ALL_SEPARATORS) {
      @Override
      public String marker(int item, int row) {
        return item + ".";
      }
    },
    /** {@code 1、} {@code 2、} */
    IDEOGRAPHIC_COMMA(true, ALL_SEPARATORS) {
      @Override
      public String marker(int item, int row) {
        return item + "、";
      }
    },
    /** {@code （1）} {@code （2）} */
    FULL_WIDTH_PARENTHESES(true, ALL_SEPARATORS) {
      @Override
      public String marker(int item, int row) {
        return "（" + item + "）";
      }
    },
    /** {@code ①} {@code ②} */
    CIRCLED(true, ALL_SEPARATORS) {
      @Override
      public String marker(int item, int row) {
        return String.valueOf((char) ('\u2460' + item - 1));
      }
    },
    /** {@code (1)} {@code (2)}, half-width. */
    PARENTHESES(true, ALL_SEPARATORS) {
      @Override
      public String marker(int item, int row) {
        return "(" + item + ")";
      }
    },
    /** {@code 1）} {@code 2）} */
    RIGHT_PARENTHESIS(true, ALL_SEPARATORS) {
      @Override
      public String marker(int item, int row) {
        return item + "）";
      }
    },
    /** {@code 一是} {@code 二是} */
    YI_SHI(true, CLAUSE_SEPARATORS) {
      @Override
      public String marker(int item, int row) {
        return Pools.numeral(item) + "是";
      }
    },
    /** {@code 第一，} {@code 第二，} */
    DI_YI(true, CLAUSE_SEPARATORS) {
      @Override
      public String marker(int item, int row) {
        return "第" + Pools.numeral(item) + "，";
      }
    },
    /** {@code n.1} {@code n.2}, where n is the data row's number. */
    ROW_DOT(true, new String[] {"\n", "；", " "}) {
      @Override
      public String marker(int item, int row) {
        return row + "." + item;
      }
    },
    /** {@code ●} before every item, one item a line. */
    BULLET(true, new String[] {"\n"}) {
      @Override
      public String marker(int item, int row) {
        return "●";
      }
    };

    private final boolean standard;
    private final String[] separators;

    Numbering(boolean standard, String[] separators) {
      this.standard = standard;
      this.separators = separators;
    }

    /**
     * Returns the marker of an item.
     *
     * @param item the item's 1-based number in its cell
     * @param row the 1-based number of the data row (for {@link #ROW_DOT})
     * @return the marker, written right before the item's text
     */
    public abstract String marker(int item, int row);

    /**
     * Returns the separators this style is written with between items, such as {@code "\n"} or
     * {@code "；"}.
     *
     * @return the separators, a new list
     */
    public List<String> separators() {
      return List.of(separators);
    }

    /**
     * Tells whether this style is in the pool by default.
     *
     * @return whether it is standard
     */
    public boolean isStandard() {
      return standard;
    }

    /**
     * Returns the styles in the pool by default.
     *
     * @return a new mutable set of the standard styles
     */
    public static Set<Numbering> standard() {
      Set<Numbering> s = EnumSet.noneOf(Numbering.class);
      for (Numbering n : values()) {
        if (n.standard) {
          s.add(n);
        }
      }
      return s;
    }
  }

  private static final String[] ALL_SEPARATORS = {"\n", "；", "；\n", " ", ""};
  private static final String[] CLAUSE_SEPARATORS = {"；", "；\n", "\n"};

  // ---------------------------------------------------------------- pools

  private static final Map<AnnexColumn, String[]> WORDINGS = new EnumMap<>(AnnexColumn.class);
  private static final Map<AnnexColumn, String[]> NOTES = new EnumMap<>(AnnexColumn.class);

  static {
    WORDINGS.put(AnnexColumn.SEQUENCE, new String[] {"序号", "编号"});
    WORDINGS.put(
        AnnexColumn.LEADER,
        new String[] {
          "班子成员", "领导班子/班子成员", "领导班子成员", "领导职务", "姓名及职务", "局领导", "领导干部", "班子成员（姓名、职务）"
        });
    WORDINGS.put(AnnexColumn.OWNER, new String[] {"责任主体", "责任单位", "风险主体"});
    WORDINGS.put(
        AnnexColumn.DEPARTMENT,
        new String[] {
          "科室", "部门", "处室", "业务处室", "单位/科室", "责任部门", "科室（部门）", "所在科室", "部门名称", "单位", "科室名称", "内设机构"
        });
    WORDINGS.put(
        AnnexColumn.POST, new String[] {"岗位", "岗位名称", "具体岗位", "工作岗位", "所在岗位", "风险岗位", "岗位（职位）"});
    WORDINGS.put(AnnexColumn.HOLDER, new String[] {"在岗人", "在岗人员", "姓名", "岗位人员", "在岗人姓名", "人员"});
    WORDINGS.put(
        AnnexColumn.POWER_ITEM,
        new String[] {
          "职权事项", "职权内容", "主要职责", "职责内容", "权力事项", "岗位职责", "工作职责", "关键环节", "重要环节", "业务事项", "权力运行环节"
        });
    WORDINGS.put(AnnexColumn.CATEGORY, new String[] {"风险类别", "风险种类", "风险类型", "类别", "风险分类"});
    WORDINGS.put(
        AnnexColumn.RISK_POINT,
        new String[] {
          "风险点", "风险名称", "廉洁风险点", "主要风险点", "廉政风险点", "廉政风险点及等级", "风险点名称", "廉政风险点名称", "廉政风险"
        });
    WORDINGS.put(
        AnnexColumn.MANIFESTATION,
        new String[] {
          "表现形式", "风险表现形式", "主要表现形式", "具体表现", "风险描述", "廉政风险主要内容及表现形式", "风险点描述", "主要表现", "风险内容"
        });
    WORDINGS.put(AnnexColumn.LEVEL, new String[] {"风险等级", "风险级别", "等级", "级别", "风险等级评定"});
    WORDINGS.put(
        AnnexColumn.MEASURES,
        new String[] {
          "防控措施",
          "防范措施",
          "控制措施",
          "预防和控制措施",
          "防控要点及防控措施",
          "风险防控措施",
          "主要防控措施",
          "廉政风险防控措施",
          "细化的防控措施",
          "预防措施"
        });
    WORDINGS.put(
        AnnexColumn.RESPONSIBLE, new String[] {"责任人", "第一责任人", "直接责任人", "防控责任人", "具体责任人", "责任人员"});
    WORDINGS.put(
        AnnexColumn.SUPERVISOR,
        new String[] {"责任领导", "分管领导", "分管领导人", "监督责任人", "分管（协管）领导", "主管领导", "监管领导"});

    NOTES.put(AnnexColumn.LEVEL, new String[] {"（高/中/低）", "（高、中、低）", "（一、二、三级）", "（★）"});
    NOTES.put(AnnexColumn.MEASURES, new String[] {"（可多条）", "（逐条列明）"});
    NOTES.put(AnnexColumn.HOLDER, new String[] {"（多人用顿号分隔）"});
    NOTES.put(AnnexColumn.CATEGORY, new String[] {"（五类）"});
  }

  private static final String[] GENERAL_NOTES = {"（必填）", "（选填）", "【必填】"};

  /** The extra columns: header, then the values it is filled with. */
  private static final String[][] EXTRAS = {
    {"状态", "已公示", "已备案", "待审核", "已审核", "草稿", "已归档"},
    {"创建时间"},
    {"备注", "新增风险点", "较上年调高等级", "已落实整改", "与上年一致", "纪检组重点监督", "经集体研究确定", "岗位人员已调整"},
    {"联系电话"}
  };

  private static final String[] GROUP_LABELS = {
    "基本信息", "风险识别", "风险评估", "责任落实", "责任分工", "防控", "其他信息"
  };
  private static final String[] COLUMN_GROUP_LABELS = {"风险信息", "廉政风险", "岗位信息", "风险防控", "防控责任"};
  private static final String[] NAME_AND_ROLE = {"姓名（职务）", "姓名(职务)", "姓名\n（职务）"};
  private static final String[] HOLLOW_STAR_LEVELS = {"★★★", "★★☆", "★☆☆"};
  private static final String[] PADDING = {"\u3000", " ", "  ", "\u3000\u3000"};

  private static final String[][] LEVEL_STYLES = {
    {"高", "中", "低"},
    {"高", "一般", "低"},
    {"一级", "二级", "三级"},
    {"★★★", "★★", "★"},
    {"高风险", "中风险", "低风险"},
    {"一级风险", "二级风险", "三级风险"}
  };

  private static final String[] CATEGORY_SUFFIXES = {"", "风险", "类"};
  private static final String[] NAME_SEPARATORS = {"、", "，", "/", " "};

  private static final String[] NOTE_TEXTS = {
    "备注：风险等级分为高、中、低三级。",
    "备注：本表由各科室填报，经分管领导审核后报纪检组备案。",
    "注：防控措施应逐条列明，责任落实到人。",
    "说明：“三重一大”事项须经集体研究决定。"
  };

  private static final String[] SHEETS_LEADERSHIP = {"附件1", "领导班子", "附件1 领导班子", "班子成员"};
  private static final String[] SHEETS_DEPARTMENT = {"附件2", "科室", "附件2 科室", "部门风险"};
  private static final String[] SHEETS_PERSONAL = {"附件3", "个人", "附件3 个人", "岗位风险", "导出数据"};
  private static final String[] NEUTRAL_SHEETS = {"Sheet1", "表1", "风险排查"};

  // ---------------------------------------------------------------- the generator

  private final long seed;
  private final Set<Variation> variations;
  private final Set<Numbering> numberings;
  private final SplittableRandom random;

  private ForeignLayouts(long seed, Set<Variation> variations, Set<Numbering> numberings) {
    this.seed = seed;
    this.variations = Collections.unmodifiableSet(EnumSet.copyOf(variations));
    this.numberings = Collections.unmodifiableSet(EnumSet.copyOf(numberings));
    this.random = new SplittableRandom(seed);
  }

  /**
   * Returns a generator with the standard variations and numbering styles.
   *
   * @param seed the seed; the same seed gives the same tables
   * @return a new generator
   */
  public static ForeignLayouts seeded(long seed) {
    return new ForeignLayouts(seed, Variation.standard(), Numbering.standard());
  }

  /**
   * Returns a generator with the same seed (drawing from the start again) and these variations on
   * as well.
   *
   * @param more the variations to switch on
   * @return a new generator
   */
  public ForeignLayouts with(Variation... more) {
    Set<Variation> s = EnumSet.noneOf(Variation.class);
    s.addAll(variations);
    s.addAll(Arrays.asList(more));
    return new ForeignLayouts(seed, s, numberings);
  }

  /**
   * Returns a generator with the same seed (drawing from the start again) and these variations off.
   *
   * @param less the variations to switch off
   * @return a new generator
   */
  public ForeignLayouts without(Variation... less) {
    Set<Variation> s = EnumSet.noneOf(Variation.class);
    s.addAll(variations);
    s.removeAll(Arrays.asList(less));
    return new ForeignLayouts(seed, s, numberings);
  }

  /**
   * Returns a generator with the same seed (drawing from the start again) and exactly these
   * variations on; none gives the standard layout of each kind, one header row, every column.
   *
   * @param only the variations to switch on
   * @return a new generator
   */
  public ForeignLayouts only(Variation... only) {
    Set<Variation> s = EnumSet.noneOf(Variation.class);
    s.addAll(Arrays.asList(only));
    return new ForeignLayouts(seed, s, numberings);
  }

  /**
   * Returns a generator with the same seed (drawing from the start again) that numbers measures in
   * the given styles (when {@link Variation#MEASURE_NUMBERING} is on).
   *
   * @param styles the styles, at least one
   * @return a new generator
   * @throws IllegalArgumentException if no style is given
   */
  public ForeignLayouts numberedIn(Numbering... styles) {
    if (styles.length == 0) {
      throw new IllegalArgumentException("at least one numbering style is needed");
    }
    return new ForeignLayouts(seed, variations, EnumSet.copyOf(Arrays.asList(styles)));
  }

  /**
   * Returns the variations this generator draws.
   *
   * @return the variations, unmodifiable
   */
  public Set<Variation> variations() {
    return variations;
  }

  /**
   * Returns the numbering styles measures are written in.
   *
   * @return the styles, unmodifiable
   */
  public Set<Numbering> numberings() {
    return numberings;
  }

  /**
   * Draws a layout for a table of the given kind holding the given rows, in their order.
   *
   * @param kind {@link AnnexKind#LEADERSHIP_GROUP}, {@link AnnexKind#DEPARTMENT} or {@link
   *     AnnexKind#PERSONAL}
   * @param rows the rows, each of a scope the kind lists; an owner's rows adjacent (as {@link
   *     AnnexTables#rows} gives them) where their cells are to be merged; group names containing 班子
   * @return the table and what a reader should give back
   * @throws IllegalArgumentException if the kind is another, a row's scope does not belong to the
   *     kind, or a row's title, measure or name starts with a list marker
   */
  public ForeignTable table(AnnexKind kind, List<AnnexRow> rows) {
    if (kind != AnnexKind.LEADERSHIP_GROUP
        && kind != AnnexKind.DEPARTMENT
        && kind != AnnexKind.PERSONAL) {
      throw new IllegalArgumentException("kind must be one of annexes 1–3, was " + kind);
    }
    for (AnnexRow r : rows) {
      if (!kind.scopes().contains(r.getScope())) {
        throw new IllegalArgumentException(
            "a " + kind + " table holds no " + r.getScope() + " row: " + r.getTitle());
      }
      checkText(r.getTitle());
      checkText(r.getOwnerName());
      r.getMeasures().forEach(ForeignLayouts::checkText);
    }
    return new Draw(kind, rows).table();
  }

  private static void checkText(String text) {
    String t = AnnexText.clean(text);
    if (!t.isEmpty()
        && ("0123456789(（●•·-".indexOf(t.charAt(0)) >= 0
            || (t.charAt(0) >= '\u2460' && t.charAt(0) <= '\u2473')
            || t.startsWith("一是")
            || t.startsWith("第一"))) {
      throw new IllegalArgumentException("text starts with a list marker: " + text);
    }
  }

  private static String[] wordings(AnnexColumn column) {
    String[] w = WORDINGS.get(column);
    return w == null ? new String[] {column.displayName()} : w;
  }

  private boolean on(Variation v) {
    return variations.contains(v);
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private int between(int min, int max) {
    return random.nextInt(min, max + 1);
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private <T> void shuffle(List<T> list, int from) {
    for (int i = list.size() - 1; i > from; i--) {
      int j = between(from, i);
      Collections.swap(list, i, j);
    }
  }

  /** A column of the drawn table. */
  private static final class Col {
    /** The canonical column; {@link AnnexColumn#REMARK} for an extra column. */
    final AnnexColumn role;

    /** The index into {@link #EXTRAS}, or -1 for a canonical column. */
    final int extra;

    String header = "";
    String group = "";
    boolean merged;

    Col(AnnexColumn role, int extra) {
      this.role = role;
      this.extra = extra;
    }

    boolean isExtra() {
      return extra >= 0;
    }

    boolean isOwner() {
      return role == AnnexColumn.LEADER
          || role == AnnexColumn.OWNER
          || role == AnnexColumn.DEPARTMENT
          || role == AnnexColumn.POST
          || role == AnnexColumn.HOLDER;
    }

    String name() {
      return isExtra() ? EXTRAS[extra][0] : role.name();
    }
  }

  /** One table being drawn: all per-table state lives here. */
  private final class Draw {
    final AnnexKind kind;
    final List<AnnexRow> rows;
    final int n;
    final List<String> features = new ArrayList<>();
    final List<Col> cols = new ArrayList<>();
    final String unit = pick(Pools.UNITS)[0];
    String[] levels = LEVEL_STYLES[1];
    String categorySuffix = "";
    String nameSeparator = "、";
    boolean halfWidthParentheses;
    Numbering numbering = Numbering.DOT;
    String separator = "\n";
    boolean subject;
    boolean numberSingle;
    boolean levelInTitle;
    boolean starsInTitle;
    boolean padded;

    Draw(AnnexKind kind, List<AnnexRow> rows) {
      this.kind = kind;
      this.rows = rows;
      this.n = rows.size();
      features.add("kind:" + kind);
    }

    ForeignTable table() {
      columns();
      styles();
      for (Col c : cols) {
        c.header = header(c);
      }
      boolean[] blankLevel = new boolean[n];
      for (int i = 0; i < n; i++) {
        blankLevel[i] = on(Variation.BLANK_LEVELS) && chance(0.15);
      }
      String[][] body = body(blankLevel);
      if (n > 0 && !on(Variation.HEADER_LIKE_FIRST_ROW) && readsLikeHeader(body[0])) {
        Col sequence = new Col(AnnexColumn.SEQUENCE, -1);
        cols.add(0, sequence);
        sequence.header = header(sequence);
        features.add("sequence:added, the first row read like a header");
        body = body(blankLevel);
      }
      Sheet sheet = new Sheet(cols.size());
      String sheetName = sheetName();
      titles(sheet);
      headerRows(sheet);
      int[] dataRows = data(sheet, body);
      notes(sheet);
      List<AnnexRow> expected = new ArrayList<>(n);
      List<Map<String, String>> extras = new ArrayList<>(n);
      List<Integer> numbers = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        expected.add(expected(rows.get(i), blankLevel[i]));
        Map<String, String> e = new LinkedHashMap<>();
        for (int c = 0; c < cols.size(); c++) {
          Col col = cols.get(c);
          if (col.isExtra() && !AnnexText.clean(body[i][c]).isEmpty()) {
            e.put(extraKey(col), AnnexText.clean(body[i][c]));
          }
        }
        extras.add(e);
        numbers.add(dataRows[i] + 1);
      }
      return new ForeignTable(
          kind,
          sheetName,
          cols.size(),
          sheet.rows,
          sheet.merges,
          expected,
          extras,
          numbers,
          features);
    }

    private String[][] body(boolean[] blankLevel) {
      String[][] body = new String[n][cols.size()];
      for (int i = 0; i < n; i++) {
        for (int c = 0; c < cols.size(); c++) {
          String text = cell(cols.get(c), i, blankLevel[i]);
          if (padded && !text.isEmpty() && chance(0.2)) {
            text = chance(0.5) ? pick(PADDING) + text : text + pick(PADDING);
          }
          body[i][c] = text;
        }
      }
      return body;
    }

    /**
     * Tells whether a row could be taken for the lower row of a two-row header: each of its texts
     * short, without a colon, and the header of some column.
     */
    private boolean readsLikeHeader(String[] cells) {
      boolean any = false;
      for (String cell : cells) {
        String t = AnnexText.clean(cell);
        if (t.isEmpty()) {
          continue;
        }
        if (t.length() > 24 || t.indexOf('：') >= 0 || t.indexOf(':') >= 0) {
          return false;
        }
        if (AnnexColumn.match(t).isEmpty()) {
          return false;
        }
        any = true;
      }
      return any;
    }

    // -------------------------------------------------------------- columns

    private void columns() {
      boolean optional = on(Variation.OPTIONAL_COLUMNS);
      subject = kind != AnnexKind.PERSONAL && on(Variation.SUBJECT_HEADED_OWNER) && chance(0.25);
      for (AnnexColumn c : kind.columns()) {
        switch (c) {
          case SEQUENCE:
            if (on(Variation.SEQUENCE_COLUMN) && chance(0.6)) {
              cols.add(new Col(c, -1));
            }
            break;
          case LEADER:
            cols.add(new Col(subject ? AnnexColumn.OWNER : c, -1));
            break;
          case DEPARTMENT:
            if (kind == AnnexKind.DEPARTMENT) {
              cols.add(new Col(subject ? AnnexColumn.OWNER : c, -1));
            } else if (!optional || chance(0.85)) {
              cols.add(new Col(c, -1));
            }
            break;
          case POST:
          case RISK_POINT:
            cols.add(new Col(c, -1));
            break;
          case HOLDER:
            if (!optional || chance(0.8)) {
              cols.add(new Col(c, -1));
            }
            break;
          default:
            if (!optional || chance(0.7)) {
              cols.add(new Col(c, -1));
            }
            break;
        }
      }
      if (on(Variation.LEVEL_IN_TITLE) && chance(0.4)) {
        cols.removeIf(c -> c.role == AnnexColumn.LEVEL);
        levelInTitle = true;
        starsInTitle = chance(0.5);
        features.add("level-in-title:" + (starsInTitle ? "stars" : "brackets"));
      }
      if (on(Variation.EXTRA_COLUMNS) && chance(0.5)) {
        List<Integer> pool = new ArrayList<>(List.of(0, 1, 2, 3));
        shuffle(pool, 0);
        int k = between(1, 2);
        List<Integer> chosen = new ArrayList<>(pool.subList(0, k));
        Collections.sort(chosen);
        for (int e : chosen) {
          cols.add(new Col(AnnexColumn.REMARK, e));
        }
      }
      if (on(Variation.COLUMN_ORDER) && chance(0.5)) {
        boolean sequence = cols.get(0).role == AnnexColumn.SEQUENCE;
        shuffle(cols, sequence ? 1 : 0);
        features.add("order:drawn");
      }
      StringBuilder sb = new StringBuilder("columns:");
      for (Col c : cols) {
        sb.append(c.name()).append(' ');
      }
      features.add(sb.toString().strip());
    }

    private void styles() {
      if (on(Variation.LEVEL_LABELS)) {
        levels = pick(LEVEL_STYLES);
      }
      if (on(Variation.CATEGORY_LABELS)) {
        categorySuffix = pick(CATEGORY_SUFFIXES);
      }
      if (on(Variation.NAME_LISTS)) {
        nameSeparator = pick(NAME_SEPARATORS);
      }
      if (on(Variation.HOLLOW_STARS) && chance(0.3)) {
        levels = HOLLOW_STAR_LEVELS;
      }
      halfWidthParentheses = on(Variation.LEADER_CELLS) && chance(0.3);
      numberSingle = on(Variation.NUMBERED_SINGLE_MEASURE) && chance(0.5);
      padded = on(Variation.PADDED_CELLS) && chance(0.5);
      if (numberSingle) {
        features.add("numbered-single-measure");
      }
      if (padded) {
        features.add("padded");
      }
      if (on(Variation.MEASURE_NUMBERING)) {
        numbering = pick(new ArrayList<>(numberings));
        separator = pick(numbering.separators());
      }
      features.add("levels:" + levels[0] + "/" + levels[1] + "/" + levels[2]);
      features.add("numbering:" + numbering + "+" + separator.replace("\n", "⏎"));
    }

    private String header(Col c) {
      String base;
      if (c.isExtra()) {
        base = EXTRAS[c.extra][0];
      } else if (c.role == AnnexColumn.LEADER
          && on(Variation.NAME_AND_ROLE_LEADER_HEADER)
          && chance(0.4)) {
        base = pick(NAME_AND_ROLE);
      } else if (on(Variation.HEADER_WORDINGS)) {
        base = pick(wordings(c.role));
      } else {
        base = c.role == AnnexColumn.OWNER ? "责任主体" : c.role.displayName();
      }
      features.add("wording:" + c.name() + "=" + base);
      if (on(Variation.HEADER_DECORATIONS) && chance(0.3)) {
        base = decorate(c, base);
        features.add("decorated:" + c.name() + "=" + base.replace("\n", "⏎"));
      }
      return base;
    }

    private String decorate(Col c, String text) {
      int how = between(0, 2);
      if (how == 0 && text.length() <= 4) {
        String gap = chance(0.7) ? "\u3000" : "  ";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
          if (i > 0) {
            sb.append(gap);
          }
          sb.append(text.charAt(i));
        }
        return sb.toString();
      }
      if (how <= 1 && text.length() >= 4) {
        int at = between(2, text.length() - 2);
        return text.substring(0, at) + "\n" + text.substring(at);
      }
      String[] notes = c.isExtra() ? GENERAL_NOTES : NOTES.getOrDefault(c.role, GENERAL_NOTES);
      String note = chance(0.7) ? pick(notes) : pick(GENERAL_NOTES);
      return text + (chance(0.3) ? "\n" : "") + note;
    }

    // -------------------------------------------------------------- cells

    private String cell(Col c, int i, boolean blankLevel) {
      AnnexRow r = rows.get(i);
      if (c.isExtra()) {
        return extraValue(c.extra);
      }
      switch (c.role) {
        case SEQUENCE:
          return Integer.toString(i + 1);
        case LEADER:
        case OWNER:
          if (r.getScope() == OwnerScope.LEADER && r.getLeaderRole().isPresent()) {
            String role = r.getLeaderRole().get();
            return halfWidthParentheses
                ? r.getOwnerName() + "(" + role + ")"
                : AnnexText.leaderCell(r.getOwnerName(), role);
          }
          return r.getOwnerName();
        case HOLDER:
          return String.join(nameSeparator, r.getHolders());
        case CATEGORY:
          return r.getCategory().isSpecified()
              ? r.getCategory().displayName() + categorySuffix
              : "";
        case LEVEL:
          return blankLevel || r.getLevel().isEmpty() ? "" : levels[3 - r.getLevel().get().rank()];
        case RISK_POINT:
          if (levelInTitle && !blankLevel && r.getLevel().isPresent()) {
            int rank = r.getLevel().get().rank();
            return starsInTitle
                ? r.getTitle() + HOLLOW_STAR_LEVELS[0].substring(0, rank)
                : r.getTitle() + "（" + levels[3 - rank] + "）";
          }
          return r.getTitle();
        case MEASURES:
          return measures(r.getMeasures(), i + 1);
        default:
          return AnnexTables.cell(r, c.role, LevelLabelStyle.HIGH_GENERAL_LOW);
      }
    }

    private String measures(List<String> items, int row) {
      if (items.size() == 1 && !numberSingle) {
        return items.get(0);
      }
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < items.size(); k++) {
        if (k > 0) {
          sb.append(separator);
        }
        sb.append(numbering.marker(k + 1, row)).append(items.get(k));
      }
      return sb.toString();
    }

    private String extraValue(int extra) {
      if (chance(0.15)) {
        return "";
      }
      switch (EXTRAS[extra][0]) {
        case "创建时间":
          return String.format(
              java.util.Locale.ROOT,
              "%d-%02d-%02d %02d:%02d",
              Pools.YEAR,
              between(1, 4),
              between(1, 28),
              between(8, 17),
              between(0, 59));
        case "联系电话":
          return chance(0.5)
              ? "0571-8" + digits(7)
              : "1" + pick(new String[] {"3", "5", "8"}) + digits(9);
        default:
          return EXTRAS[extra][between(1, EXTRAS[extra].length - 1)];
      }
    }

    private String digits(int count) {
      StringBuilder sb = new StringBuilder(count);
      for (int i = 0; i < count; i++) {
        sb.append((char) ('0' + random.nextInt(10)));
      }
      return sb.toString();
    }

    private AnnexRow expected(AnnexRow r, boolean blankLevel) {
      AnnexRow.Builder b =
          AnnexRow.builder().scope(r.getScope()).ownerName(r.getOwnerName()).title(r.getTitle());
      if (r.getScope() == OwnerScope.LEADER) {
        r.getLeaderRole().ifPresent(b::leaderRole);
      }
      if (r.getScope() == OwnerScope.DEPARTMENT) {
        b.department(r.getOwnerName());
      } else if (r.getScope() == OwnerScope.POST && has(AnnexColumn.DEPARTMENT)) {
        b.department(r.getDepartment());
      }
      if (has(AnnexColumn.HOLDER)) {
        b.holders(r.getHolders());
      }
      if (has(AnnexColumn.POWER_ITEM)) {
        b.powerItem(r.getPowerItem());
      }
      b.category(has(AnnexColumn.CATEGORY) ? r.getCategory() : RiskCategory.UNSPECIFIED);
      if (has(AnnexColumn.MANIFESTATION)) {
        b.manifestation(r.getManifestation());
      }
      if ((has(AnnexColumn.LEVEL) || levelInTitle) && !blankLevel) {
        b.level(r.getLevel());
      }
      if (has(AnnexColumn.MEASURES)) {
        b.measures(r.getMeasures());
      }
      if (has(AnnexColumn.RESPONSIBLE)) {
        b.responsible(r.getResponsible());
      }
      if (has(AnnexColumn.SUPERVISOR)) {
        b.supervisor(r.getSupervisor());
      }
      return b.build();
    }

    private boolean has(AnnexColumn role) {
      for (Col c : cols) {
        if (!c.isExtra() && c.role == role) {
          return true;
        }
      }
      return false;
    }

    private String extraKey(Col c) {
      return AnnexText.clean(c.header);
    }

    // -------------------------------------------------------------- sheet

    private String sheetName() {
      String[] named =
          kind == AnnexKind.LEADERSHIP_GROUP
              ? SHEETS_LEADERSHIP
              : kind == AnnexKind.DEPARTMENT ? SHEETS_DEPARTMENT : SHEETS_PERSONAL;
      // a leadership table whose owner column is headed 责任主体 is known by its sheet name
      boolean mustName = subject && kind == AnnexKind.LEADERSHIP_GROUP;
      String name = mustName || chance(0.5) ? pick(named) : pick(NEUTRAL_SHEETS);
      features.add("sheet:" + name);
      return name;
    }

    private void titles(Sheet sheet) {
      if (!on(Variation.TITLE_ROWS)) {
        return;
      }
      int count = between(0, 2);
      features.add("titles:" + count);
      if (count >= 1) {
        String title = unit + title();
        int r = sheet.row();
        sheet.set(r, 0, title);
        if (chance(0.8)) {
          sheet.merge(r, 0, r, sheet.width - 1);
        }
      }
      if (count == 2) {
        int r = sheet.row();
        String who = "填报单位：" + unit + (chance(0.5) ? "（盖章）" : "");
        String when = "填报日期：" + Pools.YEAR + "年" + between(1, 6) + "月" + between(1, 28) + "日";
        if (chance(0.5) || sheet.width < 3) {
          sheet.set(r, 0, who + "\u3000\u3000\u3000" + when);
          if (chance(0.5)) {
            sheet.merge(r, 0, r, sheet.width - 1);
          }
        } else {
          sheet.set(r, 0, who);
          sheet.set(r, sheet.width - 1, when);
        }
      }
      if (count >= 1 && chance(0.2)) {
        sheet.row(); // a blank row between the titles and the header
      }
    }

    private String title() {
      switch (kind) {
        case LEADERSHIP_GROUP:
          return pick(new String[] {"廉政风险识别及防范措施一览表（领导班子）", "领导班子廉政风险防控一览表", "局领导班子及班子成员廉政风险点一览表"});
        case DEPARTMENT:
          return pick(new String[] {"廉政风险识别及防范措施一览表（科室）", "科室廉政风险防控一览表", "各科室廉政风险点及防控措施汇总表"});
        default:
          return pick(new String[] {"廉政风险识别及防范措施一览表（个人）", "岗位廉政风险排查表", "个人岗位廉政风险点登记表"});
      }
    }

    private void headerRows(Sheet sheet) {
      List<String> modes = new ArrayList<>(List.of("single", "single"));
      if (on(Variation.GROUPED_HEADER)) {
        modes.add("grouped");
      }
      if (on(Variation.VERTICAL_HEADER_MERGES)) {
        modes.add("vertical");
      }
      String mode = pick(modes);
      if (!mode.equals("single") && !groups(mode.equals("grouped"))) {
        mode = "single";
      }
      features.add("header:" + mode);
      int top = sheet.row();
      if (mode.equals("single")) {
        for (int c = 0; c < cols.size(); c++) {
          sheet.set(top, c, cols.get(c).header);
        }
        return;
      }
      int bottom = sheet.row();
      for (int c = 0; c < cols.size(); c++) {
        Col col = cols.get(c);
        if (!col.group.isEmpty()) {
          sheet.set(bottom, c, col.header);
          if (c == 0 || !col.group.equals(cols.get(c - 1).group)) {
            int end = c;
            while (end + 1 < cols.size() && col.group.equals(cols.get(end + 1).group)) {
              end++;
            }
            sheet.set(top, c, col.group);
            if (end > c) {
              sheet.merge(top, c, top, end);
            }
          }
        } else if (mode.equals("grouped")) {
          sheet.set(bottom, c, col.header);
        } else {
          if (!on(Variation.UPPER_HEADER_NAMING_ANOTHER_KIND)
              && AnnexKind.recognise(col.header).filter(k -> k != kind).isPresent()) {
            col.header = col.role.displayName();
            features.add("reworded:" + col.name() + "=" + col.header);
          }
          sheet.set(top, c, col.header);
          sheet.merge(top, c, bottom, c);
        }
      }
    }

    /** Draws runs of two to four adjacent columns under group labels; tells whether any was. */
    private boolean groups(boolean needed) {
      List<String> labels = new ArrayList<>(List.of(GROUP_LABELS));
      if (on(Variation.GROUP_LABELS_NAMING_COLUMNS)) {
        labels.addAll(List.of(COLUMN_GROUP_LABELS));
      }
      shuffle(labels, 0);
      int next = 0;
      for (int attempt = 0; attempt < 3 && next == 0; attempt++) {
        int c = 0;
        while (c < cols.size() && next < labels.size()) {
          int run = 0;
          while (c + run < cols.size() && groupable(cols.get(c + run))) {
            run++;
          }
          if (run >= 2 && chance(0.6)) {
            int len = between(2, Math.min(4, run));
            String label = labels.get(next++);
            for (int k = c; k < c + len; k++) {
              cols.get(k).group = label;
            }
            c += len;
          } else {
            c++;
          }
        }
        if (!needed) {
          break;
        }
      }
      for (Col col : cols) {
        if (!col.group.isEmpty()) {
          features.add("group:" + col.name() + "=" + col.group);
        }
      }
      return next > 0 || !needed;
    }

    private boolean groupable(Col c) {
      return (!c.isExtra() || on(Variation.EXTRAS_UNDER_GROUP_LABEL))
          && c.role != AnnexColumn.SEQUENCE;
    }

    /** Writes the data rows with any spacers; returns each data row's 0-based sheet row. */
    private int[] data(Sheet sheet, String[][] body) {
      int[] spacersAfter = new int[Math.max(n, 1)];
      if (on(Variation.SPACER_ROWS) && n >= 2 && chance(0.5)) {
        int k = between(1, 3);
        for (int s = 0; s < k; s++) {
          spacersAfter[between(0, n - 2)]++;
        }
        features.add("spacers:" + k);
      }
      int[] at = new int[n];
      for (int i = 0; i < n; i++) {
        at[i] = sheet.row();
        for (int c = 0; c < cols.size(); c++) {
          sheet.set(at[i], c, body[i][c]);
        }
        for (int s = 0; s < spacersAfter[i]; s++) {
          sheet.row();
        }
      }
      for (int c = 0; c < cols.size(); c++) {
        Col col = cols.get(c);
        // cells merge over one owner's rows, and only where they read the same (two leaders may
        // share a name)
        int cc = c;
        if (col.isOwner() && on(Variation.MERGED_OWNERS) && chance(0.7)) {
          col.merged = true;
          mergeRuns(sheet, at, c, i -> runKey(rows.get(i), col.role, body[i][cc]));
        } else if (mergesEqual(col) && on(Variation.MERGED_EQUAL_CELLS) && chance(0.4)) {
          col.merged = true;
          mergeRuns(sheet, at, c, i -> runKey(rows.get(i), AnnexColumn.OWNER, body[i][cc]));
        }
        if (col.merged) {
          features.add("merged:" + col.name());
        }
      }
      return at;
    }

    private boolean mergesEqual(Col c) {
      switch (c.role) {
        case POWER_ITEM:
        case CATEGORY:
        case LEVEL:
        case RESPONSIBLE:
        case SUPERVISOR:
          return !c.isExtra();
        default:
          return false;
      }
    }

    /** The key that adjacent cells of a column share when they may be merged; empty if never. */
    private String runKey(AnnexRow row, AnnexColumn owner, String text) {
      String t = AnnexText.clean(text);
      return t.isEmpty()
          ? ""
          : AnnexTables.mergeKey(row, owner).map(k -> k + "\u0000" + t).orElse("");
    }

    private void mergeRuns(
        Sheet sheet, int[] at, int c, java.util.function.IntFunction<String> key) {
      int i = 0;
      while (i < n) {
        String k = key.apply(i);
        int j = i;
        while (!k.isEmpty() && j + 1 < n && k.equals(key.apply(j + 1))) {
          j++;
        }
        if (j > i) {
          for (int m = i + 1; m <= j; m++) {
            sheet.set(at[m], c, "");
          }
          sheet.merge(at[i], c, at[j], c); // the value stays in the top cell
        }
        i = j + 1;
      }
    }

    private void notes(Sheet sheet) {
      if (!on(Variation.NOTE_ROWS) || !chance(0.5)) {
        return;
      }
      if (chance(0.5)) {
        sheet.row();
      }
      int count = between(1, 2);
      features.add("notes:" + count);
      List<String> texts = new ArrayList<>(List.of(NOTE_TEXTS));
      texts.add("填表人：" + pick(Pools.NAMES) + "\u3000\u3000审核人：" + pick(Pools.NAMES));
      shuffle(texts, 0);
      for (int k = 0; k < count; k++) {
        int r = sheet.row();
        sheet.set(r, 0, texts.get(k));
        if (chance(0.5) && sheet.width > 1) {
          sheet.merge(r, 0, r, sheet.width - 1);
        }
      }
    }
  }

  /** The grid being written and its merged ranges. */
  private static final class Sheet {
    final int width;
    final List<String[]> rows = new ArrayList<>();
    final List<String> merges = new ArrayList<>();

    Sheet(int width) {
      this.width = width;
    }

    /** Appends a blank row and returns its 0-based index. */
    int row() {
      String[] r = new String[width];
      Arrays.fill(r, "");
      rows.add(r);
      return rows.size() - 1;
    }

    void set(int row, int column, String text) {
      rows.get(row)[column] = text;
    }

    void merge(int r1, int c1, int r2, int c2) {
      merges.add(ref(r1, c1) + ":" + ref(r2, c2));
    }

    private static String ref(int row, int column) {
      StringBuilder letters = new StringBuilder();
      int c = column + 1;
      while (c > 0) {
        int rem = (c - 1) % 26;
        letters.insert(0, (char) ('A' + rem));
        c = (c - 1) / 26;
      }
      return letters.toString() + (row + 1);
    }
  }

  /**
   * Returns a short description of this generator.
   *
   * @return the seed and the variations
   */
  @Override
  public String toString() {
    return "ForeignLayouts{seed="
        + seed
        + ", variations="
        + variations
        + ", numberings="
        + numberings
        + "}";
  }
}
