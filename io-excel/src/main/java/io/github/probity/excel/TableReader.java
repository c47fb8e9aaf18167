package io.github.probity.excel;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexPeople;
import io.github.probity.annex.AnnexRow;
import io.github.probity.annex.AnnexText;
import io.github.probity.annex.CategorySuggestion;
import io.github.probity.annex.HeaderMatch;
import io.github.probity.annex.LevelledText;
import io.github.probity.annex.Responsibility;
import io.github.probity.finding.Finding;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the table on one sheet from its rows: finds the header under any title rows (also a two-row
 * header), maps columns, expands merged cells, and turns data rows into {@link AnnexRow}s,
 * reporting every row it cannot take. One instance per sheet, one thread.
 *
 * <p>Rows that are no risk points are told by their content and reported, never read as points: the
 * column numbers under a header, repeated headers, section rows (merged across, or a heading such
 * as {@code 一、办公室} alone, which names the department of the rows under it in a table without a
 * department column), subtotal and total rows, notes and sign-off lines. A header of other columns
 * under the body starts another table on the same sheet. Owner cells written once over their rows
 * without a merge are carried down, and {@code 同上} stands for the cell above. A header printed in
 * copies side by side (a table printed in halves) makes each copy's columns a table of their own,
 * read one after the other with the same titles. Everything that is recognised about the header is
 * recognised once per table; the row path only looks at each row's own cells.
 */
final class TableReader {
  private static final int HEADER_SEARCH_ROWS = 30;

  /**
   * Data rows looked at before reading, to place columns whose header says too little and to tell
   * what the table is: most tables whole, so that a long first block (the leaders' posts before the
   * staff's) does not decide for the rows under it.
   */
  private static final int LOOKAHEAD_ROWS = 200;

  /** Rows always looked at before reading, however much text they hold. */
  private static final int MIN_LOOKAHEAD_ROWS = 30;

  /** About the text the rows looked at may hold beyond the first {@value #MIN_LOOKAHEAD_ROWS}. */
  private static final long LOOKAHEAD_BYTES = 1L << 20;

  /** The longest label a cell may start with ({@code 主要防控措施：}). */
  private static final int MAX_LABEL = 8;

  /**
   * The most points and problems held while points wait for their level's word, beyond which the
   * word is decided from what was seen: a legend under a longer table is not waited for.
   */
  private static final int MAX_HELD = 4096;

  /**
   * The most bytes, as estimated by {@link #heldBytes}, of the cells of a table's further copies
   * side by side held until its first copy is read: a printed page's table holds far fewer, and a
   * sheet that would make the reader hold more is refused rather than read into memory whole.
   */
  static final long MAX_HELD_COPY_BYTES = 16L << 20;

  /** The most responsibility cells parsed and kept per sheet. */
  private static final int MAX_CACHED = 4096;

  private static final Pattern BLANKS = Pattern.compile("[\\s\u3000]+");
  private static final Pattern LEVEL_SUFFIX = Pattern.compile("(风险岗位|岗位|风险点|风险|等级|色)$");
  private static final Pattern NOTE =
      Pattern.compile(
          "^(备\\s*注|注\\s*[：:]|注\\s*\\d|注意\\s*[：:]|附\\s*注|说\\s*明|填表说明|填报说明|填表要求|填表人|填报人"
              + "|填表\\s*[：:]|填报单位|审核人|审核\\s*[：:]|制表人|制表\\s*[：:]|编制人|编制\\s*[：:]|负责人\\s*[：:]|主要负责人\\s*[：:]|经办人\\s*[：:]"
              + "|联系人|联系电话|单位负责人|领导签字|签字|盖章|日期\\s*[：:]|填报日期|填表日期"
              + "|公示时间|群众意见|党组织审核意见|备案日期).*",
          Pattern.DOTALL);

  /** The first characters of the words {@link #NOTE} starts with. */
  private static final String NOTE_STARTS = "备注说填审制负主经联单领签盖附日公群党编";

  /** A line of the sign-off under a table: a seal ({@code （盖章）}) or a date alone. */
  private static final Pattern SIGN_OFF =
      Pattern.compile(
          ".*[（(]\\s*(盖章|公章|签章|签字|签名)\\s*[)）].*"
              + "|\\d{4}\\s*年\\s*\\d{1,2}\\s*月(\\s*\\d{1,2}\\s*日)?|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}",
          Pattern.DOTALL);

  /** A subtotal or total row starts with one of these words. */
  private static final String[] SUMMARY_WORDS = {"合计", "小计", "总计", "共计", "累计"};

  /** A 序号 cell that is a number: 1, 1.2, （一）, ① … */
  private static final Pattern SEQUENCE_NUMBER =
      Pattern.compile(
          "[(（]?[0-9０-９一二三四五六七八九十百零〇]{1,6}(?:[.．、\\-－][0-9０-９]{1,4})*[)）.．、]?|[\u2460-\u2473]"
              + "|[0-9lO]{0,2}l[0-9lO]{0,2}|[1-9][0-9O]{0,2}"); // l0, l, 1O: 1 read as l, 0 as O

  /** Level words of other scales (较高/一般/较低, 重大/较大/一般), mapped to the three levels. */
  private static final Map<String, RiskLevel> OTHER_SCALES =
      Map.ofEntries(
          Map.entry("较高", RiskLevel.HIGH),
          Map.entry("偏高", RiskLevel.HIGH),
          Map.entry("重大", RiskLevel.HIGH),
          Map.entry("较大", RiskLevel.HIGH),
          Map.entry("较小", RiskLevel.LOW),
          Map.entry("偏低", RiskLevel.LOW),
          Map.entry("I", RiskLevel.HIGH),
          Map.entry("II", RiskLevel.MEDIUM),
          Map.entry("III", RiskLevel.LOW),
          // A/B/C grades (A类风险 is the highest), as some units' lists write them
          Map.entry("A", RiskLevel.HIGH),
          Map.entry("B", RiskLevel.MEDIUM),
          Map.entry("C", RiskLevel.LOW),
          Map.entry("A类", RiskLevel.HIGH),
          Map.entry("B类", RiskLevel.MEDIUM),
          Map.entry("C类", RiskLevel.LOW),
          Map.entry("A级", RiskLevel.HIGH),
          Map.entry("B级", RiskLevel.MEDIUM),
          Map.entry("C级", RiskLevel.LOW),
          // warning colours (红色预警): 红 高, 橙 中, 黄 低 on the three-colour scale; 蓝 and 绿 低
          Map.entry("红", RiskLevel.HIGH),
          Map.entry("橙", RiskLevel.MEDIUM),
          Map.entry("黄", RiskLevel.LOW),
          Map.entry("蓝", RiskLevel.LOW),
          Map.entry("绿", RiskLevel.LOW));

  /** A heading: its enumerator (group 1) and a short text. */
  private static final Pattern HEADING =
      Pattern.compile(
          "^(第[一二三四五六七八九十]+(?:部分|类|节|章|项)[、，,：:.．]?|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])"
              + "[^\\n]{0,30}$");

  /** A department's name: it ends as units' departments do (科, 室, 处, 股, 部, 队, 所, 站, 中心 …). */
  private static final Pattern DEPARTMENT_NAME =
      Pattern.compile("[\\p{IsHan}A-Za-z0-9（）()]{1,20}(科|室|处|股|部|队|所|站|中心|办|局|院|馆|组|委)");

  /** A count in brackets after a section's name: {@code （共3个风险点）}, {@code （2项）}. */
  private static final Pattern COUNT_NOTE =
      Pattern.compile("\\s*[（(]\\s*(?:共|计|合计)?\\s*\\d{1,4}\\s*(?:个|项|条|处)[^（()）]{0,10}[)）]$");

  /** A text and a bracketed note at its end. */
  private static final Pattern BRACKETED =
      Pattern.compile("^(.+?)\\s*[（(]\\s*([^（()）]+?)\\s*[)）]$", Pattern.DOTALL);

  /**
   * A category by its one distinctive word where the common synonyms take only the other one
   * ({@code 道德} beside {@code 思想}, {@code 职权} beside {@code 职责}), and by the other words units name
   * the categories with ({@code 廉洁自律}, {@code 制度执行}, {@code 外部干扰}).
   */
  private static final Map<String, RiskCategory> CATEGORY_WORDS =
      Map.ofEntries(
          Map.entry("道德", RiskCategory.IDEOLOGY),
          Map.entry("思想作风", RiskCategory.IDEOLOGY),
          Map.entry("职权", RiskCategory.DUTY),
          Map.entry("岗位职权", RiskCategory.DUTY),
          Map.entry("程序", RiskCategory.PROCESS),
          Map.entry("运行机制", RiskCategory.INSTITUTION),
          // 廉洁自律 is a person's own conduct, 制度执行 how the rules are kept, 外部干扰 pressure from
          // outside
          Map.entry("廉洁自律", RiskCategory.IDEOLOGY),
          Map.entry("思想认识", RiskCategory.IDEOLOGY),
          Map.entry("制度执行", RiskCategory.INSTITUTION),
          Map.entry("制度缺陷", RiskCategory.INSTITUTION),
          Map.entry("制度漏洞", RiskCategory.INSTITUTION),
          Map.entry("外部干扰", RiskCategory.EXTERNAL),
          Map.entry("社会环境", RiskCategory.EXTERNAL),
          Map.entry("职责履行", RiskCategory.DUTY),
          Map.entry("履职", RiskCategory.DUTY),
          Map.entry("权力行使", RiskCategory.PROCESS));

  /** Words after a category that say nothing more: 类, 方面, 风险, 的风险, 风险点. */
  private static final Pattern CATEGORY_TAIL =
      Pattern.compile("(?:类|方面|的|风险点|风险|[（(][^（()）\\n]*[)）])+$");

  /**
   * The longest category cell whose words around the category are stripped: a category with its
   * words is short, and {@link #CATEGORY_TAIL} recurses once per word it repeats.
   */
  private static final int MAX_CATEGORY_TEXT = 40;

  /** The longest post cell looked at for holders in brackets ({@code 出纳岗（李娜、王强）}). */
  private static final int MAX_POST_WITH_HOLDERS = 64;

  /** Texts of a holder cell that name nobody: the post is vacant. */
  private static final Set<String> VACANT =
      Set.of("空缺", "暂缺", "空岗", "缺员", "待定", "待配", "无", "暂无", "/", "／", "-", "—", "——");

  /**
   * A line break inside a numbered measure right after a comma, and the blanks around it: the
   * sentence goes on, wrapped by hand (a break after anything else is the writer's own line).
   */
  private static final Pattern WRAPPED = Pattern.compile("(?<=[，、,])[ \t\u3000]*\n[ \t\u3000]*");

  /** Texts of a cell that mean nothing is written there: 无, 暂无, a slash or a dash. */
  private static final Set<String> NOTHING =
      Set.of("无", "暂无", "/", "／", "\\", "-", "--", "—", "——", "－");

  /** Texts of a cell that mean "as the row above": 同上, 同前, 〃. */
  private static final Set<String> DITTO = Set.of("同上", "同上。", "同前", "〃", "\u2033");

  /** Words that name kinds of department, never one. */
  private static final Set<String> GENERIC_UNITS =
      Set.of("科室", "部门", "处室", "股室", "机关科室", "内设机构", "科室层面", "部门层面", "下属单位", "基层单位");

  /** Marks in a tick column that say "not this level". */
  private static final String NO_TICK = "否×xX✗✘无/／-－—0";

  /** Last characters of titles (局长, 负责人, 领导, 书记, 主任, 委员, 经理 …), never of a plain name. */
  private static final String TITLE_ENDS = "长人导记任员理席监师部管";

  /** The columns that may name a row's owner. */
  private static final AnnexColumn[] OWNER_COLUMNS = {
    AnnexColumn.DEPARTMENT,
    AnnexColumn.POST,
    AnnexColumn.LEADER,
    AnnexColumn.OWNER,
    AnnexColumn.HOLDER
  };

  /** A label of a labelled section row: a short word and a colon. */
  private static final Pattern FIELD_LABEL = Pattern.compile("([\\p{IsHan}]{1,6})\\s*[：:]");

  private static final Pattern ARCHIVE_FIELD = Pattern.compile("(科室|岗位|在岗人)[：:]\\s*([^\\s　]*)");

  /** Receives rows and problems; strict reading throws from {@link #problem}. */
  interface Sink {
    void row(LocatedRow row) throws WorkbookRejectedException;

    void problem(Finding problem) throws WorkbookRejectedException;

    /**
     * Receives a table found on a sheet, with the 0-based column each canonical column was found in
     * (the first one where several map to the same column).
     */
    void table(String sheet, AnnexKind kind, Map<AnnexColumn, Integer> headerColumns);

    void titleText(String text);
  }

  /** A row as the file holds it: 1-based number and own cell texts by 0-based column. */
  static final class RawRow {
    final int number;
    final String[] cells;

    /**
     * The text struck through out of each cell (a revision's deletion), by 0-based column; null
     * when the row has none or the source does not tell.
     */
    String @Nullable [] struck;

    /**
     * What each formula cell without a value shows instead (a cached error, or {@link
     * SheetRows#UNCOMPUTED} where no result was cached), by 0-based column; null when the row has
     * none or the source does not tell. Such a cell's text is blank.
     */
    String @Nullable [] unread;

    /**
     * Whether every cell of the row with text is filled grey, as a revision greys a point it took
     * out; false when the source does not tell.
     */
    boolean greyed;

    RawRow(int number, String[] cells) {
      this.number = number;
      this.cells = cells;
    }
  }

  private final String sheet;

  /** The department the sheet's name names, or empty: see {@link #sheetDepartment(String)}. */
  private final String sheetDepartment;

  private final ReaderConfig config;

  /** Where rows and problems go: {@link #out}, in order, after the points held waiting. */
  private final Sink sink;

  /** The caller's sink. */
  private final Sink out;

  /**
   * The points and problems held, in order, while a point waits for its level's word to be decided
   * ({@link LevelScale}): each a {@link Pending} or a {@link Finding}.
   */
  private final java.util.ArrayDeque<Object> held;

  /**
   * The level column's own words, decided from the whole table: shared by the readers of a table's
   * copies side by side, as are the points held.
   */
  private LevelScale scale;

  /**
   * The scale of each table of the sheet, in order, the first the reader's first: shared by the
   * readers of copies side by side, so that a second table further down has one scale over its
   * copies, of its own.
   */
  private final List<LevelScale> scales;

  /** The index in {@link #scales} of the table being read. */
  private int tableIndex;

  /**
   * Whether the table's end, where this reader's rows end, decides the words no cell nor legend
   * decided: not so for a copy with further copies to its right, whose cells and legends count too.
   */
  private final boolean decidesAtEnd;

  /** The level cell text of the point being read, when its word is not decided yet. */
  private @Nullable String waitingLevel;

  /**
   * What a greyed row is: not known yet, a point a revision took out (a legend said so), a point.
   */
  private enum Grey {
    UNKNOWN,
    DELETED,
    KEPT
  }

  /**
   * What this table's greyed rows are: a note saying grey marks the points taken out ({@code
   * 灰色底纹为已删除的风险点}) makes them deleted; the table's end without one keeps them, grey being no more
   * than a fill.
   */
  private Grey greyRule = Grey.UNKNOWN;

  private final List<int[]> merges;

  /** Whether the workbook counts date serials from 1904-01-01 rather than from 1899-12-30. */
  private final boolean date1904;

  private final MergeFiller filler;

  /**
   * The columns this reader reads, {@code [from, to)}: one copy of a header printed side by side,
   * or the whole sheet.
   */
  private final int from;

  private final int to;

  /** Whether this reader reads the whole sheet, and may find copies of its header side by side. */
  private final boolean whole;

  /**
   * Whether this reader reports what is the sheet's rather than a copy's: its titles and a missing
   * category column (the whole sheet or its first copy).
   */
  private final boolean reportsSheet;

  /** The sheet's title texts found by the reader of the whole sheet, for a copy's reader. */
  private final List<String> givenTitles;

  /** The rows read while the header band is looked for, handed on to the copies' readers. */
  private final List<Read> consumed = new ArrayList<>();

  private boolean keeping = true;

  private HeaderBand band;
  private Map<AnnexColumn, List<Integer>> columns;
  private AnnexKind kind = AnnexKind.DEPARTMENT;
  private final Map<String, String> archive = new java.util.HashMap<>();
  private @Nullable Pending pending;
  private final Map<String, People> responsibilities = new java.util.HashMap<>();

  /** The pair of cells {@link #withResponsibility} parsed last, and what it gave. */
  private String lastResponsible = "";

  private String lastSupervisor = "";
  private @Nullable People lastResponsibility;

  /** What {@link #withResponsibility} found for the row it looked at last; null for plain names. */
  private @Nullable People lastSetAside;

  /**
   * The people a row's 责任人 and 责任领导 cells name, and a party one cell names in a tier the other cell
   * names too ({@code setAside}, null if none), with the column it was written in.
   */
  private record People(
      Responsibility responsibility, @Nullable String setAside, AnnexColumn setAsideColumn) {}

  /** Level cells read so far, each parsed once. */
  private final Map<String, Optional<RiskLevel>> levels = new java.util.HashMap<>();

  /** Owner cells whose scope was read so far, each parsed once. */
  private final Map<String, Optional<OwnerScope>> scopes = new java.util.HashMap<>();

  /** Leader cells read so far, each parsed once. */
  private final Map<String, List<String>> leaderCells = new java.util.HashMap<>();

  /** 姓名 cells read as a holder and a post ({@code 张三（出纳）}), each once per sheet. */
  private final Map<String, List<String>> holderPosts = new java.util.HashMap<>();

  /** The row's own person, whom 本人 in its responsibility cells names; empty if none. */
  private String self = "";

  /**
   * The column the row's department was read from where the table names departments in a tree of
   * columns ({@code 处室 · 科室}), so that a higher body standing as the department is no extra too; -1
   * otherwise.
   */
  private int departmentSource = -1;

  /** The head a department cell names beside the department ({@code 科长：李明}), or empty. */
  private String departmentHead = "";

  /** The department cell last read, and what {@link #departmentName} gave for it, and its head. */
  private String lastDepartmentCell = "";

  private String lastDepartmentName = "";

  private String lastDepartmentHead = "";

  /** Category cells read so far, each parsed once. */
  private final Map<String, Optional<RiskCategory>> categories = new java.util.HashMap<>();

  /** The owner columns whose cells the row being read does not name its owner by, in order. */
  private final List<Integer> unusedOwnerCells = new ArrayList<>();

  private int headerNumber;

  /** The cells of the last data row, 同上 resolved: what 同上 in the next row stands for. */
  private String @Nullable [] lastData;

  /** The text of the last section row, which may name the kind of a table under it. */
  private String lastSection = "";

  /**
   * The level the last section row names ({@code 一、高风险点}), for a table without a level column whose
   * rows are sorted by level; null if it names none.
   */
  private @Nullable RiskLevel sectionLevel;

  /** The department the last section row named, for a table without a department column. */
  private String sectionDept = "";

  /** Whether a row under the header was taken as data (or as a part of one) yet. */
  private boolean bodyStarted;

  /** The owner cells of the last data row, blanks carried down included. */
  private final String[] ownersAbove = blankOwners();

  /**
   * The column each cell label ({@code 风险点：}, {@code 措施：}) means, {@link AnnexColumn#REMARK} for
   * none (a remark label never strips: a remark is no column a label could repeat).
   */
  private final Map<String, AnnexColumn> labels = new java.util.HashMap<>();

  /** The owner fields the last labelled section row gave, for owner columns the table lacks. */
  private final Map<AnnexColumn, String> sectionOwners = new EnumMap<>(AnnexColumn.class);

  /** The last 0-based column of the sheet's print area; no print area: the sheet's last. */
  private int printedTo = Integer.MAX_VALUE;

  /** The 0-based index of the first row under the header band. */
  private int bodyTop;

  /**
   * A reader of one sheet's table.
   *
   * @param date1904 whether the workbook counts date serials from 1904-01-01
   */
  TableReader(String sheet, List<int[]> merges, ReaderConfig config, Sink sink, boolean date1904) {
    this(
        sheet,
        merges,
        config,
        sink,
        date1904,
        0,
        Integer.MAX_VALUE,
        List.of(),
        true,
        true,
        new ArrayList<>(List.of(new LevelScale(Map.of()))),
        new java.util.ArrayDeque<>(),
        true);
  }

  private TableReader(
      String sheet,
      List<int[]> merges,
      ReaderConfig config,
      Sink sink,
      boolean date1904,
      int from,
      int to,
      List<String> givenTitles,
      boolean whole,
      boolean reportsSheet,
      List<LevelScale> scales,
      java.util.ArrayDeque<Object> held,
      boolean decidesAtEnd) {
    this.sheet = sheet;
    this.sheetDepartment = sheetDepartment(sheet);
    this.config = config;
    this.out = sink;
    this.sink = new Holding();
    this.merges = merges;
    this.date1904 = date1904;
    this.filler = new MergeFiller(merges);
    this.from = from;
    this.to = to;
    this.givenTitles = givenTitles;
    this.whole = whole;
    this.reportsSheet = reportsSheet;
    this.scales = scales;
    this.scale = scales.get(0);
    this.held = held;
    this.decidesAtEnd = decidesAtEnd;
    this.band = new HeaderBand(config);
    this.columns = band.columns;
  }

  /** A row and its cells after merged ranges were expanded. */
  private static final class Read {
    final RawRow raw;
    final MergeFiller.Filled filled;

    Read(RawRow raw, MergeFiller.Filled filled) {
      this.raw = raw;
      this.filled = filled;
    }
  }

  private Read next(Iterator<RawRow> rows) {
    RawRow r = rows.next();
    Read read = new Read(r, fill(r));
    if (keeping) {
      consumed.add(read);
    }
    return read;
  }

  /** A row's cells with merged ranges expanded, those outside this reader's columns blank. */
  private MergeFiller.Filled fill(RawRow r) {
    MergeFiller.Filled f = filler.fill(r.number - 1, r.cells);
    if (!whole) {
      for (int c = 0; c < f.values.length; c++) {
        if (c < from || c >= to) {
          f.values[c] = "";
          f.mergeTop[c] = -1;
        }
      }
    }
    return f;
  }

  /**
   * Says the sheet's print area ends at a column: cells right of it and of the header are notes
   * beside the printed table (a reviewer's 核稿意见), named by a finding and read into no row.
   *
   * @param lastColumn the print area's last 0-based column
   */
  void printArea(int lastColumn) {
    printedTo = lastColumn;
  }

  /** Reads the sheet's rows. */
  void read(Iterator<RawRow> rows) throws WorkbookRejectedException {
    if (config.kind(sheet).isEmpty()
        && AnnexKind.recognise(sheet).filter(k -> k == AnnexKind.PLAN).isPresent()) {
      sink.problem(sheetProblem(ProblemCode.SHEET_SKIPPED).rawValue(sheet).build());
      return; // annex 4 is read by readPlan
    }
    if (rows instanceof SheetColumns columns && rows.hasNext()) {
      band.hidden.or(columns.hiddenColumns()); // a hidden column yields to a visible one
    }
    List<Read> head = new ArrayList<>();
    int header = -1;
    Read best = null;
    int bestRoles = 0;
    while (rows.hasNext() && head.size() < HEADER_SEARCH_ROWS) {
      Read r = next(rows);
      head.add(r);
      if (band.isHeader(r.filled.values)) {
        header = head.size() - 1;
        break;
      }
      int roles = band.roles(r.filled.values).size();
      if (roles > bestRoles) {
        best = r;
        bestRoles = roles;
      }
    }
    if (header < 0) {
      Carried above = carried;
      int start = bestRoles < 2 && above != null ? above.start(head) : -1;
      if (above != null && start >= 0) {
        readContinued(above, head, start, rows); // the table above, continued without header
        return;
      }
      if (best != null && bestRoles >= 2) {
        // headers, but none of a risk table's own columns: say what was found, skip the sheet
        sink.problem(
            sheetProblem(ProblemCode.SHEET_SKIPPED)
                .row(best.raw.number)
                .rawValue(suggestion(best.filled.values))
                .build());
      } else {
        sink.problem(sheetProblem(ProblemCode.SHEET_SKIPPED).build());
      }
      return;
    }
    Read top = head.get(header);
    String[] upper = top.filled.values;
    String @Nullable [] lower = null;
    int titleRows = header; // an upper band is read as a title too: it may hold 填报单位
    headerNumber = top.raw.number;
    List<Read> pendingRows = new ArrayList<>();
    @Nullable Read lowerRow = null;
    if (header > 0
        && HeaderBand.isUpperBand(
            head.get(header - 1).filled, head.get(header - 1).raw.number - 1, top.filled)) {
      upper = head.get(header - 1).filled.values;
      lower = top.filled.values;
      lowerRow = top;
      headerNumber = head.get(header - 1).raw.number;
    } else if (rows.hasNext()) {
      Read second = next(rows);
      if (band.isLowerBand(upper, second.raw.cells)) {
        lower = second.filled.values;
        lowerRow = second;
      } else {
        pendingRows.add(second);
      }
    }
    if (lowerRow != null && rows.hasNext()) {
      Read third = next(rows);
      if (band.isLowerBand(lowerRow.filled.values, third.raw.cells)) {
        // a header in three rows (stage groups · column names · 直接责任人 | 领导责任人): the
        // group row on top says nothing the two rows under it do not
        upper = lowerRow.filled.values;
        lower = third.filled.values;
        headerNumber = lowerRow.raw.number;
      } else {
        pendingRows.add(third);
      }
    }
    keeping = false;
    if (whole) {
      int @Nullable [] copies = band.copies(upper, lower);
      if (copies != null) {
        readCopies(copies, rows);
        return;
      }
    }
    consumed.clear();
    band.place(upper, lower, headerNumber);
    bodyTop = lower != null ? headerNumber + 1 : headerNumber;
    List<String> titles = new ArrayList<>(givenTitles);
    String example = isExampleName(sheet) ? sheet : null;
    for (int i = 0; i < titleRows; i++) {
      for (String c : head.get(i).raw.cells) {
        if (c != null && !c.isBlank()) {
          titles.add(AnnexText.clean(c));
          example = example == null && isExampleName(c) ? AnnexText.clean(c) : example;
        }
      }
    }
    if (example != null) {
      // a template's 填写示例 sheet, filled with its XX科 / 张XX example: none of the unit's points
      sink.problem(
          sheetProblem(ProblemCode.SHEET_SKIPPED).row(headerNumber).rawValue(example).build());
      return;
    }
    long lookedAt = 0;
    while (rows.hasNext()
        && pendingRows.size() < LOOKAHEAD_ROWS
        && (pendingRows.size() < MIN_LOOKAHEAD_ROWS || lookedAt < LOOKAHEAD_BYTES)) {
      Read r = next(rows);
      pendingRows.add(r);
      lookedAt += heldBytes(r.raw, 0);
    }
    ColumnContent.place(band, pendingRows.stream().map(r -> r.filled.values).iterator());
    if (whole) {
      scale = new LevelScale(band.levelScale);
      scales.set(0, scale);
    } else {
      scale.header(band.levelScale); // the copies' headers are one header
    }
    for (int i = 0; i < titleRows; i++) {
      titleFields(head.get(i).raw.cells); // 所在科室：预算科　姓名：王芳　岗位：… above a personal form
    }
    if (columns.containsKey(AnnexColumn.LEVEL)) {
      for (int i = 0; i < titleRows; i++) {
        for (String c : head.get(i).raw.cells) {
          if (c != null && !c.isBlank()) {
            scale.legend(AnnexText.clean(c)); // 说明：3为高风险，2为中风险… above the header
          }
        }
      }
    }
    if (!columns.containsKey(AnnexColumn.RISK_POINT)) {
      sink.problem(
          sheetProblem(ProblemCode.MISSING_RISK_POINT_COLUMN)
              .row(headerNumber)
              .rawValue(suggestion(upper))
              .build());
      return;
    }
    kind = detectKind(titles, pendingRows);
    if (kind == AnnexKind.PERSONAL
        && sectionOwners.containsKey(AnnexColumn.POST)
        && !sectionOwners.containsKey(AnnexColumn.HOLDER)
        && !columns.containsKey(AnnexColumn.HOLDER)
        && !columns.containsKey(AnnexColumn.POST)
        && AnnexPeople.isPersonalName(sheet)) {
      // 岗位：出纳 above the form of a sheet named 李娜: one person's form, named by its holder
      sectionOwners.put(AnnexColumn.HOLDER, AnnexText.clean(sheet));
    }
    Map<AnnexColumn, Integer> found = new EnumMap<>(AnnexColumn.class);
    columns.forEach((col, src) -> found.put(col, src.get(0)));
    sink.table(sheet, kind, found);
    for (HeaderBand.Note n : band.notes) {
      sink.problem(cellProblem(n.code, n.row, n.column).rawValue(n.value).build());
    }
    for (String t : titles) {
      if (reportsSheet) {
        sink.titleText(t);
      }
      Matcher m = ARCHIVE_FIELD.matcher(t);
      while (m.find()) {
        archive.putIfAbsent(m.group(1), m.group(2));
      }
    }
    if (!columns.containsKey(AnnexColumn.CATEGORY) && reportsSheet) {
      sink.problem(sheetProblem(ProblemCode.NO_CATEGORY_COLUMN).row(headerNumber).build());
    }
    if (whole) {
      placed = new Carried(upper, lower, kind, found);
    }
    readBody(pendingRows, rows);
  }

  /** Reads the rows under the header: those looked at already, then the rest. */
  private void readBody(List<Read> pendingRows, Iterator<RawRow> rows)
      throws WorkbookRejectedException {
    for (Read r : pendingRows) {
      RawRow pasted = pastedRow(r.raw);
      if (pasted == null) {
        data(r.raw, r.filled);
      } else {
        data(pasted, fill(pasted));
      }
    }
    while (rows.hasNext()) {
      RawRow r = rows.next();
      RawRow pasted = pastedRow(r);
      data(pasted == null ? r : pasted, fill(pasted == null ? r : pasted));
    }
    flush();
    if (decidesAtEnd) {
      scale.decideDefaults();
    }
    greyEnds();
    release();
    if (placed != null) {
      placed.owners = ownersAbove.clone(); // a blank owner atop a continuation is the last one's
    }
  }

  /** The separators of a row's fields pasted into one cell: tabs, or runs of two or more spaces. */
  private static final Pattern PASTED_FIELDS = Pattern.compile("[ \u3000]*\t[\t \u3000]*| {2,}");

  /**
   * A row pasted whole into one cell, as from a chat message or a text file, its fields separated
   * by tabs or by runs of two or more spaces ({@code 2⇥林业站⇥林木采伐许可违规审批⇥中⇥…}): the same row with its
   * fields in the header's columns, in order from that cell's, told by a finding; null for any
   * other row. It is one only when the cell is the row's only text, splits into three fields or
   * more that reach the risk-point column and no further than the header's last column, its field
   * under the level column (where the table has one) is a level, and it is no note. Costs nothing
   * on a row of several cells.
   */
  private @Nullable RawRow pastedRow(RawRow raw) throws WorkbookRejectedException {
    int at = -1;
    for (int c = 0; c < raw.cells.length; c++) {
      String t = raw.cells[c];
      if (t != null && !t.isBlank()) {
        if (at >= 0) {
          return null;
        }
        at = c;
      }
    }
    if (at < 0 || columns == null) {
      return null;
    }
    String text = raw.cells[at];
    if (text.indexOf('\t') < 0 && !text.contains("  ")) {
      return null;
    }
    String[] parts = PASTED_FIELDS.split(AnnexText.clean(text));
    List<Integer> risk = columns.get(AnnexColumn.RISK_POINT);
    int last = 0;
    for (List<Integer> src : columns.values()) {
      for (int c : src) {
        last = Math.max(last, c);
      }
    }
    if (parts.length < 3 || risk == null || at + parts.length - 1 > last) {
      return null;
    }
    int r = risk.get(0);
    if (r < at || r >= at + parts.length || parts[r - at].isBlank()) {
      return null;
    }
    List<Integer> level = columns.get(AnnexColumn.LEVEL);
    if (level != null) {
      int l = level.get(0);
      if (l < at || l >= at + parts.length || parseLevel(parts[l - at]).isEmpty()) {
        return null;
      }
    }
    if (mayBeNote(parts[0]) && NOTE.matcher(parts[0]).matches()) {
      return null; // 注：1.…    2.…: a note of several sentences
    }
    String[] cells = Arrays.copyOf(raw.cells, Math.max(raw.cells.length, at + parts.length));
    for (int i = 0; i < parts.length; i++) {
      cells[at + i] = parts[i];
    }
    sink.problem(cellProblem(ProblemCode.ROW_IN_ONE_CELL, raw.number, at).rawValue(text).build());
    return new RawRow(raw.number, cells);
  }

  /**
   * Reads a sheet without a header as the continuation of the table placed on an earlier sheet: the
   * rows looked at for a header are its first rows. Its columns, kind and level words are that
   * table's; the header's findings were told with it.
   */
  private void readContinued(Carried c, List<Read> head, int start, Iterator<RawRow> rows)
      throws WorkbookRejectedException {
    keeping = false;
    consumed.clear();
    band.place(c.upper, c.lower, 0);
    columns = band.columns;
    headerNumber = 0;
    bodyTop = 0;
    scale = new LevelScale(band.levelScale);
    if (!columns.containsKey(AnnexColumn.RISK_POINT)) {
      sink.problem(sheetProblem(ProblemCode.SHEET_SKIPPED).build());
      return;
    }
    kind = c.kind;
    if (c.owners.length == ownersAbove.length) {
      System.arraycopy(c.owners, 0, ownersAbove, 0, ownersAbove.length);
    }
    Map<AnnexColumn, Integer> found = new EnumMap<>(AnnexColumn.class);
    columns.forEach((col, src) -> found.put(col, src.get(0)));
    sink.table(sheet, kind, found);
    placed = new Carried(c.upper, c.lower, c.kind, c.found);
    for (int i = 0; i < start; i++) {
      for (String t : head.get(i).raw.cells) {
        if (t != null && !t.isBlank() && reportsSheet) {
          sink.titleText(AnnexText.clean(t)); // 续表, 附件1（续）: a title over the rows
        }
      }
    }
    readBody(head.subList(start, head.size()), rows);
  }

  /**
   * A table's header, as a later sheet without one continues it: the header rows' texts, the kind
   * of table and the column each role was placed in.
   */
  static final class Carried {
    final String[] upper;
    final String @Nullable [] lower;
    final AnnexKind kind;
    final Map<AnnexColumn, Integer> found;

    /** The owner cells of the table's last data row, blanks carried down included. */
    String[] owners = new String[0];

    Carried(
        String[] upper,
        String @Nullable [] lower,
        AnnexKind kind,
        Map<AnnexColumn, Integer> found) {
      this.upper = upper.clone();
      this.lower = lower == null ? null : lower.clone();
      this.kind = kind;
      this.found = Map.copyOf(found);
    }

    /**
     * Where the rows of this table start on a sheet without a header, or -1 if its first rows are
     * not this table's: the first row with text that is no title of one cell (续表), and most rows,
     * fill at least three of the table's columns and no column beyond them, with a text in the risk
     * column and, where the table has one, a level or nothing in the level column. An instruction
     * sheet (text in one column) or a table of figures is not.
     */
    int start(List<Read> head) {
      int width = Math.max(upper.length, lower == null ? 0 : lower.length);
      int texts = 0;
      int fitting = 0;
      int start = -1;
      int titles = 0;
      for (int at = 0; at < head.size(); at++) {
        Read r = head.get(at);
        String[] v = r.filled.values;
        String[] own = r.raw.cells; // a merged title is one cell
        int filled = 0;
        int last = -1;
        for (int i = 0; i < own.length; i++) {
          if (own[i] != null && !own[i].isBlank()) {
            filled++;
            last = i;
          }
        }
        if (filled == 0) {
          continue;
        }
        texts++;
        boolean fit = filled >= 3 && last < width && riskText(cell(v, AnnexColumn.RISK_POINT));
        Integer level = found.get(AnnexColumn.LEVEL);
        if (fit && level != null) {
          String l = cell(v, AnnexColumn.LEVEL);
          fit = l.isBlank() || parseLevel(l).isPresent() || l.strip().length() <= 3;
        }
        if (fit) {
          fitting++;
          start = start < 0 ? at : start;
        } else if (start < 0 && filled == 1 && titles < 2) {
          titles++; // a title over the rows
          texts--;
        } else if (start < 0) {
          return -1;
        }
      }
      return fitting > 0 && 2 * fitting >= texts ? start : -1;
    }

    private String cell(String[] v, AnnexColumn role) {
      Integer c = found.get(role);
      return c == null || c >= v.length || v[c] == null ? "" : v[c];
    }

    private static boolean riskText(String t) {
      String s = t.strip();
      return s.length() >= 2 && !s.matches("[\\d.,%\\s]+");
    }
  }

  /** The header of a table an earlier sheet placed, which this sheet may continue. */
  private @Nullable Carried carried;

  /** The header of the table this sheet placed, for a later sheet that continues it. */
  private @Nullable Carried placed;

  /** Lets this sheet, when it has no header, continue the table an earlier sheet placed. */
  void continuing(@Nullable Carried earlier) {
    carried = earlier;
  }

  /** The header of the table this sheet placed or continued, else null. */
  @Nullable Carried placed() {
    return placed;
  }

  /** Hands rows and problems on, or holds them behind the points that wait. */
  private final class Holding implements Sink {
    @Override
    public void row(LocatedRow row) throws WorkbookRejectedException {
      out.row(row); // rows are built from points, which flush holds
    }

    @Override
    public void problem(Finding problem) throws WorkbookRejectedException {
      if (held.isEmpty()) {
        out.problem(problem);
      } else {
        held.add(problem);
      }
    }

    @Override
    public void table(String sheet, AnnexKind kind, Map<AnnexColumn, Integer> headerColumns) {
      out.table(sheet, kind, headerColumns);
    }

    @Override
    public void titleText(String text) {
      out.titleText(text);
    }
  }

  /**
   * Hands on, in order, what was held, up to the first point whose level's word is still not
   * decided; when too many are held, the scale is decided from what was seen so far.
   */
  private void release() throws WorkbookRejectedException {
    while (!held.isEmpty()) {
      Object o = held.peekFirst();
      if (o instanceof Pending p) {
        TableReader r = p.reader != null ? p.reader : this;
        if (p.greyed && r.greyRule == Grey.UNKNOWN) {
          if (held.size() < MAX_HELD) {
            return; // until a legend says what grey means, or the table ends
          }
          r.greyRule = Grey.KEPT;
        }
        if (p.greyed && r.greyRule == Grey.DELETED) {
          held.removeFirst();
          out.problem(
              r.rowProblem(ProblemCode.DELETED_POINT_SKIPPED, p.number)
                  .rawValue(p.titles.get(0).getText() + "（灰色底纹）")
                  .build());
          continue;
        }
        LevelScale s = p.scale != null ? p.scale : scale;
        if (p.levelKey != null && s.waits(p.levelKey)) {
          if (held.size() < MAX_HELD) {
            return;
          }
          s.decideDefaults();
        }
        held.removeFirst();
        (p.reader != null ? p.reader : this).emit(p); // a copy's point, with its own columns
      } else {
        held.removeFirst();
        out.problem((Finding) o);
      }
    }
  }

  /** Reads a legend of the level column's words in a row that holds no point. */
  private void legend(String text) throws WorkbookRejectedException {
    if (greyRule != Grey.DELETED
        && (text.indexOf('灰') >= 0 || text.contains("底纹") || text.contains("阴影"))
        && GREY_LEGEND.matcher(text).find()) {
      greyRule = Grey.DELETED; // 灰色底纹为已删除的风险点: the greyed points are out
      release();
    }
    if (!scale.decided() && scale.legend(text)) {
      release();
    }
  }

  /** A note saying that grey marks the points a revision took out. */
  private static final Pattern GREY_LEGEND =
      Pattern.compile("(?:灰色|灰底|底纹|阴影)[^。；;]{0,20}?(?:删除|删去|撤销|取消|作废|不再)");

  /** Ends the table for its greyed points: without a legend, grey was no more than a fill. */
  private void greyEnds() {
    if (greyRule == Grey.UNKNOWN) {
      greyRule = Grey.KEPT;
    }
  }

  /**
   * Reads a table printed in copies side by side, each copy's rows further rows of the table: the
   * first copy's rows as they stream by, then each further copy's, held until then, as a reader of
   * the printed page reads them. Each copy is read by a reader of its own columns, from the header
   * band down, with the sheet's titles; cells keep their columns, so findings name them.
   *
   * @param starts the first column of each copy, the first 0
   */
  private void readCopies(int[] starts, Iterator<RawRow> rows) throws WorkbookRejectedException {
    List<String> titles = new ArrayList<>();
    List<RawRow> band = new ArrayList<>();
    for (Read r : consumed) {
      if (r.raw.number < headerNumber) {
        for (String c : r.raw.cells) {
          if (c != null && !c.isBlank()) {
            titles.add(AnnexText.clean(c));
          }
        }
      } else {
        band.add(r.raw);
      }
    }
    consumed.clear();
    int n = starts.length;
    List<List<RawRow>> held = new ArrayList<>();
    for (int i = 1; i < n; i++) {
      held.add(new ArrayList<>());
    }
    Iterator<RawRow> bandRows = band.iterator();
    long[] heldSize = {0};
    Map<Integer, List<int[]>> across = acrossCopies(starts);
    Iterator<RawRow> first =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return bandRows.hasNext() || rows.hasNext();
          }

          @Override
          public RawRow next() {
            RawRow r = bandRows.hasNext() ? bandRows.next() : rows.next();
            List<int[]> wide = across.isEmpty() ? null : across.get(r.number - 1);
            if (wide != null) {
              r = spread(r, wide, starts);
            }
            for (int i = 1; i < n; i++) {
              RawRow part = part(r, starts[i], i + 1 < n ? starts[i + 1] : Integer.MAX_VALUE);
              if (part != null) {
                heldSize[0] += heldBytes(part, starts[i]);
                if (heldSize[0] > MAX_HELD_COPY_BYTES) {
                  throw new WorkbookRejectedException(
                      WorkbookRejectedException.Reason.LIMIT_EXCEEDED,
                      sheet
                          + ": a table printed in copies side by side whose copies right of the"
                          + " first hold more than "
                          + (MAX_HELD_COPY_BYTES >> 20)
                          + " MiB of text, which would be held in memory until the first is read");
                }
                held.get(i - 1).add(part);
              }
            }
            RawRow part = part(r, 0, starts[1]);
            return part != null ? part : new RawRow(r.number, new String[0]);
          }
        };
    List<LevelScale> shared = new ArrayList<>(List.of(new LevelScale(Map.of())));
    java.util.ArrayDeque<Object> waiting = new java.util.ArrayDeque<>();
    new TableReader(
            sheet, merges, config, out, date1904, 0, starts[1], titles, false, true, shared,
            waiting, false)
        .read(first);
    TableReader last = this;
    for (int i = 1; i < n; i++) {
      int end = i + 1 < n ? starts[i + 1] : Integer.MAX_VALUE;
      last =
          new TableReader(
              sheet, merges, config, out, date1904, starts[i], end, titles, false, false, shared,
              waiting, false);
      last.read(held.get(i - 1).iterator());
      held.get(i - 1).clear();
    }
    for (LevelScale s : shared) {
      s.decideDefaults(); // each table ends with its last copy
    }
    last.release();
  }

  /**
   * The one-row merges that run from one copy into the next (a section row 二、财务科 merged across the
   * whole width of a table printed in halves), by their row (0-based).
   */
  private Map<Integer, List<int[]>> acrossCopies(int[] starts) {
    Map<Integer, List<int[]>> out = new HashMap<>();
    for (int[] m : merges) {
      if (m[0] != m[2]) {
        continue;
      }
      for (int i = 1; i < starts.length; i++) {
        if (m[1] < starts[i] && m[3] > starts[i]) {
          out.computeIfAbsent(m[0], k -> new ArrayList<>()).add(m);
          break;
        }
      }
    }
    return out;
  }

  /**
   * A row whose merged text runs across copies, its text also at the first cell of each copy the
   * merge covers and that holds nothing of its own, so that each copy reads the section it is
   * under.
   */
  private static RawRow spread(RawRow r, List<int[]> wide, int[] starts) {
    String[] cells = r.cells;
    for (int[] m : wide) {
      String text = m[1] < r.cells.length ? r.cells[m[1]] : null;
      if (text == null || text.isBlank()) {
        continue;
      }
      for (int i = 1; i < starts.length; i++) {
        int from = starts[i];
        int to = i + 1 < starts.length ? starts[i + 1] : Integer.MAX_VALUE;
        if (m[1] >= from || m[3] <= from || part(r, from, to) != null) {
          continue;
        }
        if (cells == r.cells) {
          cells = Arrays.copyOf(r.cells, Math.max(r.cells.length, from + 1));
        }
        cells[from] = text;
      }
    }
    return cells == r.cells ? r : new RawRow(r.number, cells);
  }

  /** About the bytes a held part of a row takes: its array and its cells' text. */
  private static long heldBytes(RawRow part, int from) {
    long bytes = 32 + 4L * part.cells.length;
    for (int c = from; c < part.cells.length; c++) {
      String t = part.cells[c];
      if (t != null) {
        bytes += 48 + 2L * t.length();
      }
    }
    return bytes;
  }

  /** A row's own cells in columns {@code [from, to)}, the others blank; null if none has text. */
  private static @Nullable RawRow part(RawRow r, int from, int to) {
    int end = Math.min(r.cells.length, to);
    boolean any = false;
    for (int c = from; c < end && !any; c++) {
      any = r.cells[c] != null && !r.cells[c].isEmpty();
    }
    if (!any) {
      return null;
    }
    String[] cells = new String[end];
    System.arraycopy(r.cells, from, cells, from, end - from);
    return new RawRow(r.number, cells);
  }

  /**
   * Says what a header that lacks a risk point column holds: the columns recognised and the headers
   * that were not, so that the user can map one of them.
   */
  private String suggestion(String[] header) {
    StringBuilder known = new StringBuilder();
    StringBuilder unknown = new StringBuilder();
    Set<String> seen = new HashSet<>();
    for (String c : header) {
      if (c == null || c.isBlank() || !seen.add(AnnexText.clean(c))) {
        continue;
      }
      String t = AnnexText.clean(c);
      Optional<AnnexColumn> m =
          config.candidates(t).stream()
              .filter(HeaderMatch::isAccepted)
              .map(HeaderMatch::getColumn)
              .findFirst();
      StringBuilder to = m.isPresent() ? known : unknown;
      to.append(to.length() == 0 ? "" : "、").append(t);
      m.ifPresent(col -> known.append("=").append(col.displayName()));
    }
    return "已识别："
        + (known.length() == 0 ? "无" : known)
        + "；未识别："
        + (unknown.length() == 0 ? "无" : unknown)
        + "；缺少：廉政风险点（可映射，如 --map 表头=风险点）";
  }

  /**
   * Tells whether the owner is named only by a 责任主体 column (no department, post or leader column)
   * and the caller forced no kind: each owner cell then says its own scope.
   */
  private boolean ownerOnly() {
    return columns.containsKey(AnnexColumn.OWNER)
        && !columns.containsKey(AnnexColumn.DEPARTMENT)
        && !columns.containsKey(AnnexColumn.POST)
        && !columns.containsKey(AnnexColumn.LEADER)
        && !columns.containsKey(AnnexColumn.HOLDER)
        && kind != AnnexKind.LEDGER
        && config.kind(sheet).isEmpty();
  }

  /** The kind most of the sample's 责任主体 cells name by their wording. */
  private Optional<AnnexKind> kindOfOwners(List<Read> sample) {
    Map<AnnexKind, Integer> counts = new EnumMap<>(AnnexKind.class);
    int c = column(AnnexColumn.OWNER);
    int t = column(AnnexColumn.RISK_POINT);
    for (Read r : sample) {
      if (t >= r.raw.cells.length || r.raw.cells[t] == null || r.raw.cells[t].isBlank()) {
        continue; // notes (merged across) and spacer rows name no owner
      }
      String v = c < r.filled.values.length ? AnnexText.clean(r.filled.values[c]) : "";
      ColumnContent.scopeOf(v).ifPresent(s -> counts.merge(AnnexKind.forScope(s), 1, Integer::sum));
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
  }

  /**
   * Whether a title says the table is of posts ({@code 某中学岗位廉政风险防控卡}) and none of the leadership:
   * then a post called 总务主任 or 办公室主任 is a post, not a leader's position.
   */
  private static boolean titlesNamePosts(List<String> titles) {
    boolean posts = false;
    for (String t : titles) {
      if (t.contains("领导") || t.contains("班子")) {
        return false;
      }
      posts |= t.contains("岗位");
    }
    return posts;
  }

  /** An enterprise's leadership table may head its leaders' positions 岗位类别. */
  private boolean postsAreLeaders(List<Read> sample) {
    if (columns.containsKey(AnnexColumn.DEPARTMENT) || columns.containsKey(AnnexColumn.HOLDER)) {
      return false;
    }
    return ColumnContent.leaderPositions(values(sample), column(AnnexColumn.POST));
  }

  /**
   * Tells whether a table of people (姓名) and their positions (职务), with no post column, lists
   * people in their posts rather than the leadership group: with a department column (社区 · 职务 · 姓名,
   * 科室 · 职务 · 姓名) the positions are posts within those units, whatever they are called (a 社区's 党委书记
   * is its post, not a member of the unit's leadership group); without one, when most sampled
   * positions are not leaders' positions (出纳, 会计).
   */
  private boolean positionsArePosts(List<Read> sample) {
    if (sample.isEmpty()
        || !columns.containsKey(AnnexColumn.LEADER)
        || !columns.containsKey(AnnexColumn.HOLDER)
        || columns.containsKey(AnnexColumn.POST)) {
      return false;
    }
    List<String[]> rows = values(sample);
    int c = column(AnnexColumn.LEADER);
    boolean anyValue = rows.stream().anyMatch(v -> c < v.length && !v[c].isBlank());
    return anyValue
        && (columns.containsKey(AnnexColumn.DEPARTMENT) || !ColumnContent.leaderPositions(rows, c));
  }

  /**
   * Tells whether a table of people and positions says it lists the leadership: its sheet or a
   * title names the 班子 or its 领导人员, or its people's header is a leadership word (班子成员 · 职务);
   * without a department column, whose units would make the positions posts.
   */
  private boolean leadersByName(List<String> titles) {
    if (columns.containsKey(AnnexColumn.DEPARTMENT)) {
      return false;
    }
    String people = band.text(column(AnnexColumn.HOLDER));
    if (people.contains("班子") || people.contains("领导")) {
      return true;
    }
    List<String> named = new ArrayList<>(titles);
    named.add(sheet);
    for (String t : named) {
      if (AnnexKind.recognise(t).filter(k -> k == AnnexKind.LEADERSHIP_GROUP).isPresent()
          && !t.contains("附件")
          && !t.contains("附表")) {
        return true; // 附件1 numbers an annex, its columns say whose
      }
      if (t.contains("领导人员") || t.contains("领导干部")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether a 责任主体 column beside a 职务 column (and no column of people) names the members of
   * the leadership, each filled sampled cell a personal name or the group.
   */
  private boolean memberBesidePosition(List<Read> sample) {
    if (!columns.containsKey(AnnexColumn.OWNER)
        || !columns.containsKey(AnnexColumn.LEADER)
        || columns.containsKey(AnnexColumn.HOLDER)
        || columns.containsKey(AnnexColumn.DEPARTMENT)
        || columns.containsKey(AnnexColumn.POST)
        || !HeaderBand.position(band.text(column(AnnexColumn.LEADER)))) {
      return false;
    }
    int c = column(AnnexColumn.OWNER);
    boolean names = false;
    for (String[] v : values(sample)) {
      String t = c < v.length ? AnnexText.clean(v[c]) : "";
      if (t.isEmpty()) {
        continue;
      }
      if (AnnexPeople.isPersonalName(t)) {
        names = true;
      } else if (!t.contains("班子") && !ColumnContent.isCollective(t)) {
        return false;
      }
    }
    return names;
  }

  private static List<String[]> values(List<Read> sample) {
    return sample.stream().map(r -> r.filled.values).toList();
  }

  private AnnexKind detectKind(List<String> titles, List<Read> sample) {
    Optional<AnnexKind> forced = config.kind(sheet);
    if (forced.isPresent()) {
      return forced.get();
    }
    if (columns.containsKey(AnnexColumn.SCOPE)) {
      return AnnexKind.LEDGER;
    }
    if (ownerOnly()) {
      Optional<AnnexKind> byOwners = kindOfOwners(sample);
      if (byOwners.isPresent()) {
        return byOwners.get();
      }
    }
    if (columns.containsKey(AnnexColumn.POST)
        && (!postsAreLeaders(sample) || titlesNamePosts(titles))) {
      return AnnexKind.PERSONAL;
    }
    boolean group = false;
    if (memberBesidePosition(sample)) {
      // 责任主体 · 职务 of a leadership table: the subject's cells name the members (or the group)
      group = ColumnContent.anyGroup(values(sample), column(AnnexColumn.OWNER));
      columns.put(AnnexColumn.HOLDER, columns.remove(AnnexColumn.OWNER));
    }
    if (!group && positionsArePosts(sample) && !leadersByName(titles)) {
      // 姓名 · 职务 of staff (出纳, 会计): the 职务 column holds their posts, not leaders' positions
      columns.put(AnnexColumn.POST, columns.remove(AnnexColumn.LEADER));
      return AnnexKind.PERSONAL;
    }
    if (columns.containsKey(AnnexColumn.LEADER) || columns.containsKey(AnnexColumn.POST)) {
      return AnnexKind.LEADERSHIP_GROUP;
    }
    if (columns.containsKey(AnnexColumn.DEPARTMENT)) {
      return AnnexKind.DEPARTMENT; // a word in a title never outweighs the columns
    }
    Optional<AnnexKind> named = AnnexKind.recognise(sheet).filter(x -> x != AnnexKind.PLAN);
    for (String t : titles) {
      if (named.isPresent()) {
        break;
      }
      named = AnnexKind.recognise(t).filter(x -> x != AnnexKind.PLAN);
    }
    if (named.isPresent()) {
      return named.get();
    }
    if (columns.containsKey(AnnexColumn.HOLDER)) {
      return AnnexKind.PERSONAL;
    }
    return AnnexKind.DEPARTMENT;
  }

  /** The point being read, which continuation rows may still add measures to. */
  private static final class Pending {
    final int number;
    final int top;
    List<LevelledText> titles;
    final AnnexRow.Builder template;
    final Optional<RiskLevel> level;

    /** The level cell's text, where its word was not decided when the point was read. */
    @Nullable String levelKey;

    /** The reader of the copy the point is in, when it is held. */
    @Nullable TableReader reader;

    /** Whether the point's row is greyed and no legend has said yet what grey means. */
    boolean greyed;

    /** The scale of the point's table, when it is held. */
    @Nullable LevelScale scale;

    final List<String> measures = new ArrayList<>();

    /**
     * The category of each title, where the row holds one risk column per category; null where the
     * template's category holds for all.
     */
    @Nullable List<RiskCategory> categories;

    /** The measures cell of the point's first row, to pair with numbered points. */
    String measuresCell = "";

    final List<Integer> continuation = new ArrayList<>();
    final Map<String, String> extras = new java.util.LinkedHashMap<>();

    /** The point's first row, merged cells filled, to tell what a continuation row adds. */
    final String[] first;

    Pending(
        int number,
        int top,
        List<LevelledText> titles,
        AnnexRow.Builder template,
        Optional<RiskLevel> level,
        String[] first) {
      this.number = number;
      this.top = top;
      this.titles = titles;
      this.template = template;
      this.level = level;
      this.first = first;
    }

    /** The measures of the i-th point: its own group where the cell pairs n.k with the points. */
    List<String> measuresOf(int i) {
      if (titles.size() > 1 && continuation.isEmpty() && !measuresCell.isEmpty()) {
        List<List<String>> groups = AnnexText.splitMeasures(measuresCell, titles.size());
        if (groups.size() == titles.size()) {
          return groups.get(i);
        }
      }
      return measures;
    }
  }

  private String value(MergeFiller.Filled row, AnnexColumn col) {
    List<Integer> src = columns.get(col);
    if (src == null) {
      return "";
    }
    boolean people =
        col == AnnexColumn.RESPONSIBLE
            || col == AnnexColumn.SUPERVISOR
            || col == AnnexColumn.HOLDER
            || col == AnnexColumn.LEADER;
    for (int c : src) {
      if (c < row.values.length) {
        String v = people ? peopleCell(row, c) : cleaned(row, c);
        if (!v.isEmpty() && !band.splits.isEmpty()) {
          v = band.part(c, col, v);
        }
        if (!v.isEmpty()) {
          return v;
        }
      }
    }
    return "";
  }

  /**
   * A people cell, cleaned with its no-break spaces ({@code \u00A0}, {@code &nbsp;}) read as
   * spaces: {@link AnnexText#clean} takes one between two Chinese characters out, but in a people
   * cell it separates a name from a title ({@code 张伟 科长}) as a space does.
   */
  private String peopleCell(MergeFiller.Filled row, int c) {
    String raw = row.values[c];
    if (raw == null || raw.indexOf('\u00A0') < 0) {
      return cleaned(row, c);
    }
    return AnnexText.clean(raw.replace('\u00A0', ' '));
  }

  /** Per column, the text last cleaned and what {@link AnnexText#clean} gave for it. */
  private String[] lastRaw = new String[0];

  private String[] lastClean = new String[0];

  /**
   * A cell of the row, cleaned. The row path asks for the owner, level and people cells several
   * times per row, and a column repeats the same text down a table (one shared string in a file
   * saved by Excel): a text is cleaned again only when it is not the one last cleaned in its
   * column, compared by identity.
   */
  private String cleaned(MergeFiller.Filled row, int c) {
    String raw = row.values[c];
    if (c < lastRaw.length && lastRaw[c] == raw) {
      return lastClean[c];
    }
    if (c >= lastRaw.length) {
      lastRaw = Arrays.copyOf(lastRaw, row.values.length);
      lastClean = Arrays.copyOf(lastClean, row.values.length);
    }
    String v = AnnexText.clean(raw);
    lastRaw[c] = raw;
    lastClean[c] = v;
    return v;
  }

  private List<String> measures(MergeFiller.Filled row, int rowIndex, int number, boolean ownOnly) {
    List<String> out = new ArrayList<>();
    List<Integer> src = columns.get(AnnexColumn.MEASURES);
    if (src == null) {
      return out;
    }
    for (int i = 0; i < src.size(); i++) {
      int c = src.get(i);
      if (i > 0 && sameAsBefore(row.values, src, i) && !band.options.containsKey(c)) {
        continue; // one text merged across two measure columns is read once
      }
      if (c < row.values.length && !(ownOnly && row.fromAbove(c, rowIndex))) {
        String cell = AnnexText.clean(row.values[c]);
        String option = band.options.get(c);
        if (option != null) {
          // 防控措施:定期轮岗 ticked: the option is a measure; 防控措施:其他 holds the words written
          String v = noBlanks(cell);
          if (FormAnswers.ticks(v)) {
            out.add(option);
          } else if (!FormAnswers.leaves(v)) {
            out.add(cell);
          }
          continue;
        }
        List<String> chosen = FormAnswers.options(cell, false); // A.公开┋B.集体决策
        if (chosen != null) {
          out.addAll(chosen);
          continue;
        }
        List<String> phases = MeasureLines.phases(cell); // 事前：…；事中：…: a part per phase
        if (phases == null) {
          cell = withoutLabel(cell, AnnexColumn.MEASURES);
          if (isNothing(cell)) {
            // — or / in one of several measure columns (制度措施 · 技术措施 …): no measure there
            sink.problem(
                cellProblem(ProblemCode.PLACEHOLDER_CELL, number, c).rawValue(cell).build());
            continue;
          }
        }
        int before = out.size();
        for (String part : phases == null ? List.of(cell) : phases) {
          List<String> items = AnnexText.splitNumbered(part);
          if (items.size() == 1) {
            out.addAll(MeasureLines.split(items.get(0)));
          } else {
            for (String item : items) {
              // a numbered measure wrapped by hand after a comma onto a line without a number
              out.add(item.indexOf('\n') < 0 ? item : WRAPPED.matcher(item).replaceAll(""));
            }
          }
        }
        if (unmarked(out, before)) {
          sink.problem(
              cellProblem(ProblemCode.REVISION_MARK_READ, number, c).rawValue(cell).build());
        }
      }
    }
    int phase = band.phaseColumn;
    if (phase >= 0 && phase < row.values.length && !out.isEmpty()) {
      // 防控环节 事前 beside this row's measure: the phase travels with it, 事前：…
      String p = cleaned(row, phase);
      if (!p.isEmpty()) {
        out.replaceAll(m -> p + "：" + m);
      }
    }
    return out;
  }

  /**
   * What a revision writes in brackets after a measure (or before it) to mark it new or changed.
   */
  private static final Set<String> REVISION_NOTES =
      Set.of(
          "新增", "本年新增", "今年新增", "本次新增", "新增措施", "新加", "增加", "补充", "新补充", "修订", "已修订", "修改", "已修改",
          "调整", "已调整", "完善", "更新");

  /** Whether the text from {@code from} to {@code to} is one of the {@link #REVISION_NOTES}. */
  private static boolean isRevisionNote(String text, int from, int to) {
    int len = to - from;
    if (len < 2 || len > 4) {
      return false;
    }
    for (String note : REVISION_NOTES) {
      if (note.length() == len && text.regionMatches(from, note, 0, len)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Takes a revision's bracketed mark ({@code （新增）}, {@code 【修订】}) off the measures from {@code
   * from} on; tells whether any had one.
   */
  private static boolean unmarked(List<String> out, int from) {
    boolean any = false;
    for (int i = from; i < out.size(); i++) {
      String m = out.get(i);
      int n = m.length();
      if (n < 5) {
        continue;
      }
      char last = m.charAt(n - 1);
      char first = m.charAt(0);
      if ("）)】]".indexOf(last) >= 0) {
        int open = Math.max(Math.max(m.lastIndexOf('（'), m.lastIndexOf('(')), m.lastIndexOf('【'));
        if (open > 0 && isRevisionNote(m, open + 1, n - 1)) {
          out.set(i, trimEnd(m.substring(0, open).strip()));
          any = true;
        }
      } else if ("（(【[".indexOf(first) >= 0) {
        int close = -1;
        for (int k = 1; k < n && close < 0; k++) {
          close = "）)】]".indexOf(m.charAt(k)) >= 0 ? k : -1;
        }
        if (close > 0 && close < n - 1 && isRevisionNote(m, 1, close)) {
          out.set(i, m.substring(close + 1).strip());
          any = true;
        }
      }
    }
    return any;
  }

  /** Whether the {@code i}th source column's text is the one before's, both non-blank. */
  private static boolean sameAsBefore(String[] values, List<Integer> src, int i) {
    int c = src.get(i);
    int before = src.get(i - 1);
    return c < values.length
        && before == c - 1
        && !values[c].isBlank()
        && values[c].equals(values[before]);
  }

  private int column(AnnexColumn col) {
    List<Integer> src = columns.get(col);
    return src == null ? 0 : src.get(0);
  }

  private void data(RawRow raw, MergeFiller.Filled row) throws WorkbookRejectedException {
    if (!held.isEmpty()) {
      release(); // the row before may have decided what the held points wait for
    }
    int index = raw.number - 1;
    if (raw.struck != null) {
      for (int c = 0; c < raw.struck.length; c++) {
        if (raw.struck[c] != null) {
          sink.problem(
              cellProblem(ProblemCode.STRUCK_TEXT_LEFT_OUT, raw.number, c)
                  .rawValue(raw.struck[c])
                  .build());
        }
      }
    }
    if (raw.unread != null) {
      for (int c = 0; c < raw.unread.length; c++) {
        if (raw.unread[c] != null) {
          sink.problem(
              cellProblem(ProblemCode.FORMULA_WITHOUT_VALUE, raw.number, c)
                  .rawValue(raw.unread[c])
                  .build());
        }
      }
    }
    if (printedTo < raw.cells.length - 1 && !unprinted(raw, row)) {
      return;
    }
    String first = firstOwnText(raw);
    if (first == null) {
      return;
    }
    resolveDitto(row);
    if (isExampleRow(first, row)) {
      sink.problem(
          rowProblem(ProblemCode.TEMPLATE_ROW_SKIPPED, raw.number).rawValue(first).build());
      return;
    }
    String @Nullable [] prompts = prompts(raw, row);
    if (prompts != null) {
      String rest = firstOwnText(raw);
      if (rest == null || onlySequence(raw)) {
        // 5 · （请填写） · 请选择 …: a row of the template's left unfilled
        sink.problem(
            rowProblem(ProblemCode.TEMPLATE_ROW_SKIPPED, raw.number).rawValue(first).build());
        return;
      }
      for (int c = 0; c < prompts.length; c++) {
        if (prompts[c] != null) {
          sink.problem(
              cellProblem(ProblemCode.PLACEHOLDER_CELL, raw.number, c)
                  .rawValue(prompts[c])
                  .build());
        }
      }
      first = rest;
    }
    if (mayBeNote(first) && NOTE.matcher(first).matches() && !isPointStartingAsNote(raw)
        || isPageLine(raw, first)
        || isSignOff(raw)
        || first.length() <= 14 && isBlankLabels(raw)) {
      legend(first);
      sink.problem(rowProblem(ProblemCode.NOTE_ROW_SKIPPED, raw.number).rawValue(first).build());
      return;
    }
    if (isSummary(first)) {
      flush();
      sink.problem(rowProblem(ProblemCode.SUMMARY_ROW_SKIPPED, raw.number).rawValue(first).build());
      return;
    }
    if (!bodyStarted && isTranslatedHeader(raw)) {
      sink.problem(
          rowProblem(ProblemCode.REPEATED_HEADER_SKIPPED, raw.number).rawValue(first).build());
      return; // No. · Dept. · Risk … under 序号 · 部门 · 风险点: the header again, in English
    }
    if (!bodyStarted && isColumnNumbers(raw)) {
      sink.problem(
          rowProblem(ProblemCode.REPEATED_HEADER_SKIPPED, raw.number).rawValue(first).build());
      return; // 1 · 2 · 3 … under the header: the columns' numbers, part of the header band
    }
    bodyStarted = true;
    int titleCol = column(AnnexColumn.RISK_POINT);
    String title = value(row, AnnexColumn.RISK_POINT);
    List<String> labelledMeasures = List.of();
    int @Nullable [] split =
        title.lastIndexOf('：') > 0 || title.lastIndexOf(':') > 0 || title.lastIndexOf('【') > 0
            ? measuresLabel(title)
            : null;
    if (split != null) {
      // 风险：…　措施：…: one cell holds the risk and, after their label, its measures
      labelledMeasures = AnnexText.splitNumbered(AnnexText.clean(title.substring(split[1])));
      title = AnnexText.clean(title.substring(0, split[0]));
      while (!title.isEmpty() && labelBreak(title.charAt(title.length() - 1))) {
        title = title.substring(0, title.length() - 1);
      }
    }
    title = withoutLabel(title, AnnexColumn.RISK_POINT);
    List<LevelledText> family = null;
    List<RiskCategory> familyCategories = null;
    boolean nothing = isNothing(title);
    if (!band.pointFamily.isEmpty()) {
      // 风险点1 · 风险点2, or one column per category: each filled cell is a point of the row
      family = new ArrayList<>();
      familyCategories = new ArrayList<>();
      nothing = false;
      for (Map.Entry<Integer, RiskCategory> e : band.pointFamily.entrySet()) {
        int c = e.getKey();
        if (c >= row.values.length || row.values[c].isBlank()) {
          continue;
        }
        String v = AnnexText.clean(row.values[c]);
        if (isNothing(v)) {
          nothing = true;
          sink.problem(
              cellProblem(ProblemCode.PLACEHOLDER_CELL, raw.number, c).rawValue(v).build());
          continue;
        }
        for (LevelledText t : AnnexText.splitNumberedWithLevels(v)) {
          family.add(t);
          familyCategories.add(e.getValue());
        }
      }
      title = family.isEmpty() ? "" : family.get(0).getText();
      nothing &= family.isEmpty();
    }
    if (repeatsHeader(raw)
        || (row.fromAbove(titleCol, index) && row.mergeTop[titleCol] < bodyTop)) {
      flush();
      sink.problem(
          rowProblem(ProblemCode.REPEATED_HEADER_SKIPPED, raw.number).rawValue(first).build());
      return;
    }
    if (startsAnotherTable(raw, row)) {
      return;
    }
    if (isSection(raw, row, index)) {
      legend(first);
      flush();
      Arrays.fill(ownersAbove, "");
      sectionDept = sectionDepartment(first);
      sectionLevel = sectionLevel(first);
      sectionFields(first);
      lastSection = first;
      sink.problem(rowProblem(ProblemCode.SECTION_ROW_SKIPPED, raw.number).rawValue(first).build());
      return;
    }
    String deleted = title.isEmpty() || row.fromAbove(titleCol, index) ? null : deleted(row, title);
    if (deleted != null) {
      flush(); // 变更情况 删除, （已删除）…: a point the revision took out of the ledger
      sink.problem(
          rowProblem(ProblemCode.DELETED_POINT_SKIPPED, raw.number).rawValue(deleted).build());
      return;
    }
    if (raw.greyed && greyRule == Grey.DELETED && !title.isEmpty()) {
      flush(); // greyed, under a legend that says grey marks the points taken out
      sink.problem(
          rowProblem(ProblemCode.DELETED_POINT_SKIPPED, raw.number)
              .rawValue(title + "（灰色底纹）")
              .build());
      return;
    }
    if (pending != null
        && !title.isEmpty()
        && row.fromAbove(titleCol, index)
        && row.mergeTop[titleCol] == pending.top) {
      pending.measures.addAll(measures(row, index, raw.number, true));
      pending.continuation.add(raw.number);
      continued(raw, pending);
      extras(row, pending.extras);
      return;
    }
    if (pending != null && !title.isEmpty() && repeatsPoint(raw, row, pending)) {
      // an export's one row per measure: the point's cells again, word for word, and its next
      // measure; a measure repeated from another column (处置措施) is not taken twice, and what is
      // new goes before it, in the order the columns give
      List<String> fresh = new ArrayList<>();
      for (String m : measures(row, index, raw.number, true)) {
        int at = pending.measures.indexOf(m);
        if (at < 0) {
          fresh.add(m);
        } else if (!fresh.isEmpty()) {
          pending.measures.addAll(at, fresh);
          fresh.clear();
        }
      }
      pending.measures.addAll(fresh);
      pending.continuation.add(raw.number);
      sink.problem(rowProblem(ProblemCode.CONTINUATION_ROW, raw.number).rawValue(first).build());
      return;
    }
    if (nothing) {
      flush(); // 无 or / where the risk point goes: the row names no point
      sink.problem(rowProblem(ProblemCode.BLANK_RISK_POINT, raw.number).rawValue(first).build());
      return;
    }
    if (pending != null && !title.isEmpty() && isBrokenText(raw, row, index)) {
      // a PDF's cell broken over rows without a merge: the text goes on in the row above
      pending.titles = List.of(LevelledText.of(pending.titles.get(0).getText() + title));
      pending.measures.addAll(
          continuedItems(measures(row, index, raw.number, true), pending.measures.size()));
      pending.continuation.add(raw.number);
      continued(raw, pending);
      extras(row, pending.extras);
      sink.problem(rowProblem(ProblemCode.CONTINUATION_ROW, raw.number).rawValue(first).build());
      return;
    }
    if (title.isEmpty()) {
      List<String> more = measures(row, index, raw.number, true);
      if (!more.isEmpty() && pending != null) {
        more = continuedItems(more, pending.measures.size());
        pending.measures.addAll(more);
        pending.continuation.add(raw.number);
        continued(raw, pending);
        extras(row, pending.extras);
        sink.problem(rowProblem(ProblemCode.CONTINUATION_ROW, raw.number).rawValue(first).build());
        return;
      }
      flush();
      if (namesOwnersOnly(raw)) {
        // 一 · 办公室 over rows whose 科室 is blank: the owner of the rows under it
        ownerCells(row);
        sink.problem(
            rowProblem(ProblemCode.SECTION_ROW_SKIPPED, raw.number).rawValue(first).build());
        return;
      }
      legend(first);
      sink.problem(
          cellProblem(ProblemCode.BLANK_RISK_POINT, raw.number, titleCol).rawValue(first).build());
      return;
    }
    flush();
    AnnexRow.Builder b = AnnexRow.builder();
    if (!owner(b, row, raw)) {
      return;
    }
    AnnexText.nonBlank(value(row, AnnexColumn.POWER_ITEM)).ifPresent(b::powerItem);
    b.category(suggested(category(row, raw.number), title, row, raw.number));
    List<LevelledText> titles = family != null ? family : AnnexText.splitNumberedWithLevels(title);
    if (family == null && titles.size() == 1) {
      // A.收受礼金┋其他〖有偿补课〗, or lines of an answer whose question says 可填多条: a point each
      List<String> chosen = FormAnswers.options(title, band.severalPoints);
      if (chosen != null) {
        titles = chosen.stream().map(LevelledText::of).toList();
      }
    }
    boolean marked = titles.stream().anyMatch(t -> t.getLevel().isPresent());
    if (marked) {
      sink.problem(
          cellProblem(ProblemCode.LEVEL_IN_TITLE, raw.number, titleCol).rawValue(title).build());
    }
    Optional<RiskLevel> level = level(row, raw.number, marked);
    b.levelProposed(level.isPresent() && AnnexText.isProposedLevel(value(row, AnnexColumn.LEVEL)));
    AnnexText.nonBlank(
            PastedText.tidy(
                withoutLabel(value(row, AnnexColumn.MANIFESTATION), AnnexColumn.MANIFESTATION)))
        .ifPresent(b::manifestation);
    String responsible = value(row, AnnexColumn.RESPONSIBLE);
    if (responsible.isEmpty()) {
      responsible = departmentHead; // 财务科（科长：李明）: the head answers for his department
    }
    AnnexText.nonBlank(person(responsible, AnnexColumn.RESPONSIBLE, raw)).ifPresent(b::responsible);
    AnnexText.nonBlank(person(value(row, AnnexColumn.SUPERVISOR), AnnexColumn.SUPERVISOR, raw))
        .ifPresent(b::supervisor);
    for (String line : value(row, AnnexColumn.MONITORING).split("\n")) {
      AnnexText.nonBlank(line).ifPresent(b::addMonitoringIndicators);
    }
    if (titles.size() > 1 && family == null) {
      sink.problem(
          cellProblem(ProblemCode.RISK_POINTS_SPLIT, raw.number, titleCol).rawValue(title).build());
    } else if (titles.size() == 1) {
      AnnexText.nonBlank(value(row, AnnexColumn.POINT_ID)).ifPresent(b::pointId);
    }
    int top =
        titleCol < row.mergeTop.length && row.mergeTop[titleCol] >= 0
            ? row.mergeTop[titleCol]
            : index;
    pending = new Pending(raw.number, top, titles, b, level, row.values);
    pending.categories = familyCategories;
    pending.levelKey = waitingLevel;
    pending.greyed = raw.greyed && greyRule == Grey.UNKNOWN;
    waitingLevel = null;
    lastData = row.values.clone();
    extras(row, pending.extras, unusedOwnerCells);
    sequenceExtra(raw, pending.extras);
    pending.measures.addAll(labelledMeasures);
    pending.measures.addAll(measures(row, index, raw.number, false));
    if (titles.size() > 1 && family == null) {
      pending.measuresCell = value(row, AnnexColumn.MEASURES); // to pair n.k measures
    }
  }

  /** What a revision writes, alone in a cell beside the table, of a point it took out. */
  private static final Set<String> DELETION_WORDS =
      Set.of(
          "删除", "已删除", "删去", "已删去", "撤销", "已撤销", "取消", "已取消", "作废", "已作废", "本年删除", "本次删除", "予以删除",
          "删除。", "已删除。");

  /** A deletion mark bracketed before or after a point's own text: （已删除）…, …【删除】. */
  private static final Pattern DELETED_IN_TEXT =
      Pattern.compile(
          "^[（(【\\[〔]\\s*(?:已|本年|本次|予以)?(?:删除|删去|撤销|取消|作废)\\s*[）)】\\]〕]"
              + "|[（(【\\[〔]\\s*(?:已|本年|本次|予以)?(?:删除|删去|撤销|取消|作废)\\s*[）)】\\]〕]$");

  /**
   * The point and the mark by which a revision took it out of the ledger, or null: a cell of a
   * column kept beside the table (变更情况, 修订类型, 状态, 备注, but no column of measures in motion) that
   * says only 删除 or the like, or a bracketed mark before or after the point's own text.
   */
  private @Nullable String deleted(MergeFiller.Filled row, String title) {
    for (int c : band.extras) {
      String v = c < row.values.length ? row.values[c] : "";
      if (v.isEmpty() || v.length() > 12 || "删已撤取作本予 \u3000".indexOf(v.charAt(0)) < 0) {
        continue; // the common case: no deletion word, no allocation
      }
      String w = noBlanks(AnnexText.clean(v));
      if (DELETION_WORDS.contains(w) && !MotionColumns.isSpelling(band.text(c))) {
        String header = band.text(c);
        return title + "（" + (header.isEmpty() ? "" : header + "：") + w + "）";
      }
    }
    if ((title.indexOf('删') >= 0
            || title.indexOf('撤') >= 0
            || title.indexOf('取') >= 0
            || title.indexOf('废') >= 0)
        && DELETED_IN_TEXT.matcher(title).find()) {
      return title;
    }
    return null;
  }

  /** Columns a row of its own fills, so that a row filling none of them only goes on above. */
  private static final AnnexColumn[] OWN_ROW_COLUMNS = {
    AnnexColumn.LEVEL,
    AnnexColumn.OWNER,
    AnnexColumn.LEADER,
    AnnexColumn.DEPARTMENT,
    AnnexColumn.POST,
    AnnexColumn.HOLDER,
    AnnexColumn.POWER_ITEM,
    AnnexColumn.CATEGORY,
    AnnexColumn.RESPONSIBLE,
    AnnexColumn.SUPERVISOR
  };

  /**
   * A row that only goes on with the text of the row above, as a table converted from a PDF breaks
   * a long cell over rows with no merge: the table numbers its rows, the row above has a number and
   * this one none, this row fills none of the columns a point of its own fills (level, owner,
   * people, power item, category), and the point above is one point whose text does not end a
   * sentence.
   */
  private boolean isBrokenText(RawRow raw, MergeFiller.Filled row, int index) {
    Pending p = pending;
    List<Integer> seq = columns.get(AnnexColumn.SEQUENCE);
    if (p == null || seq == null || p.titles.size() != 1 || !p.continuation.isEmpty()) {
      return false;
    }
    int s = seq.get(0);
    String own = s < raw.cells.length ? raw.cells[s] : null;
    if (own != null && !own.isBlank()
        || row.fromAbove(s, index)
        || s >= p.first.length
        || p.first[s] == null
        || p.first[s].isBlank()) {
      return false;
    }
    for (AnnexColumn col : OWN_ROW_COLUMNS) {
      for (int c : columns.getOrDefault(col, List.of())) {
        String v = c < raw.cells.length ? raw.cells[c] : null;
        if (v != null && !v.isBlank()) {
          return false;
        }
      }
    }
    String above = p.titles.get(0).getText();
    char last = above.isEmpty() ? '。' : above.charAt(above.length() - 1);
    return "。；;！!？?".indexOf(last) < 0;
  }

  /** A marker before an item that goes on with a list: 2. 2、 2） （2）. */
  private static final Pattern CONTINUED_MARKER =
      Pattern.compile("^(?:([0-9０-９]{1,2})[.．、)）]|[(（]([0-9０-９]{1,2})[)）])\\s*");

  /**
   * The items of a continuation row, each without its marker where the marker numbers the next item
   * of the list above ({@code 2.重大案件集体讨论；} after one measure) and without the separator that ended
   * it.
   */
  private static List<String> continuedItems(List<String> items, int before) {
    List<String> out = new ArrayList<>(items.size());
    int next = before + 1;
    for (String item : items) {
      Matcher m = CONTINUED_MARKER.matcher(item);
      if (m.find()) {
        String digits =
            Normalizer.normalize(
                m.group(1) != null ? m.group(1) : m.group(2), Normalizer.Form.NFKC);
        if (Integer.parseInt(digits) == next) {
          String rest = trimEnd(item.substring(m.end()));
          if (!rest.isEmpty()) {
            out.add(rest);
            next++;
            continue;
          }
        }
      }
      out.add(item);
    }
    return out;
  }

  /** Takes the separators off an item's end. */
  private static String trimEnd(String t) {
    int end = t.length();
    while (end > 0 && "；;，,、 \u3000".indexOf(t.charAt(end - 1)) >= 0) {
      end--;
    }
    return t.substring(0, end);
  }

  /**
   * The values of the columns that mean no canonical column, by header, and of the columns without
   * a header, by letter ({@code K列}).
   */
  private void extras(MergeFiller.Filled row, Map<String, String> into) {
    extras(row, into, List.of());
  }

  /**
   * The extras, and in sheet order among them the cells of owner columns the row's owner was not
   * named by (a 分管科室 beside a leader), by their header.
   */
  private void extras(MergeFiller.Filled row, Map<String, String> into, List<Integer> owners) {
    int o = 0;
    for (int i = 0; i < band.extras.size(); i++) {
      int c = band.extras.get(i);
      for (; o < owners.size() && owners.get(o) < c; o++) {
        ownerExtra(row, into, owners.get(o));
      }
      if (c == departmentSource && band.parentDepartments.contains(c)) {
        continue; // 办公室 under 处室 with no 科室: the row's department itself
      }
      if (c < row.values.length && !row.values[c].isBlank()) {
        String v = row.values[c];
        extra(
            into,
            band.extraKey(i),
            band.dateSerials.contains(c) ? ColumnContent.dateOf(v, date1904) : v);
      }
    }
    for (; o < owners.size(); o++) {
      ownerExtra(row, into, owners.get(o));
    }
    for (int c = band.width(); c < row.values.length; c++) {
      if (!row.values[c].isBlank()) {
        extra(into, CellRefs.column(c) + "列", row.values[c]); // right of the header
      }
    }
  }

  private void ownerExtra(MergeFiller.Filled row, Map<String, String> into, int c) {
    String header = band.text(c);
    extra(into, header.isEmpty() ? CellRefs.column(c) + "列" : header, row.values[c]);
  }

  /**
   * Keeps a 序号 cell that holds no number ({@code 待核}, {@code FX2024001}) with its row: only numbers
   * are the row's place and say nothing more.
   */
  private void sequenceExtra(RawRow raw, Map<String, String> into) {
    List<Integer> src = columns.get(AnnexColumn.SEQUENCE);
    if (src == null) {
      return;
    }
    for (int c : src) {
      String own = c < raw.cells.length ? raw.cells[c] : null;
      if (own != null && !own.isBlank() && !isSequenceNumber(own)) {
        String header = band.text(c);
        extra(into, header.isEmpty() ? CellRefs.column(c) + "列" : header, own);
      }
    }
  }

  private static boolean isSequenceNumber(String text) {
    if (!text.isEmpty() && text.length() <= 6) {
      boolean digits = true; // the common case, 1 to 999999: no regex
      for (int i = 0; i < text.length() && digits; i++) {
        digits = text.charAt(i) >= '0' && text.charAt(i) <= '9';
      }
      if (digits) {
        return true;
      }
    }
    return SEQUENCE_NUMBER.matcher(noBlanks(AnnexText.clean(text))).matches();
  }

  /**
   * Names each cell right of the print area and of the header by a finding and blanks it in the
   * row; tells whether the row still holds a text.
   */
  private boolean unprinted(RawRow raw, MergeFiller.Filled row) throws WorkbookRejectedException {
    boolean left = false;
    for (int c = 0; c < raw.cells.length; c++) {
      String t = raw.cells[c];
      if (t == null || t.isBlank()) {
        continue;
      }
      if (c > printedTo && c >= band.width()) {
        sink.problem(
            cellProblem(ProblemCode.OUTSIDE_PRINT_AREA, raw.number, c)
                .rawValue(AnnexText.clean(t))
                .build());
        raw.cells[c] = "";
        if (c < row.values.length) {
          row.values[c] = "";
        }
      } else {
        left = true;
      }
    }
    return left;
  }

  /** A subtotal or total row: its first text starts with 合计, 小计, 总计 …. */
  private static boolean isSummary(String first) {
    String t = noBlanks(first);
    for (String w : SUMMARY_WORDS) {
      if (t.startsWith(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A risk point whose words start as a note's do ({@code 签字把关不严}, {@code 盖章不登记}, {@code 说明材料不实})
   * in a row whose owner cells are merged from above: its first text of its own is in the risk
   * point column, longer than a note's word and without a label's colon, and the row has two more
   * texts of its own, none a note's. Looked at only for rows that start as a note.
   */
  private boolean isPointStartingAsNote(RawRow raw) {
    int at = -1;
    int texts = 0;
    for (int c = 0; c < raw.cells.length; c++) {
      String v = raw.cells[c];
      if (v == null || v.isBlank()) {
        continue;
      }
      String t = AnnexText.clean(v);
      if (at < 0) {
        at = c;
      } else if (t.indexOf('：') >= 0 || t.indexOf(':') >= 0 || NOTE.matcher(t).matches()) {
        return false; // 填表人 · 张三 · 审核人 · 李四: a sign-off line
      }
      texts++;
    }
    if (at < 0 || texts < 3 || !holds(AnnexColumn.RISK_POINT, at)) {
      return false;
    }
    String first = AnnexText.clean(raw.cells[at]);
    return first.length() > 4 && first.indexOf('：') < 0 && first.indexOf(':') < 0;
  }

  /** A sign-off line under the table: each of its texts is a seal or a date. */
  private static boolean isSignOff(RawRow raw) {
    String first = firstOwnText(raw);
    if (first == null || !mayBeSignOff(first)) {
      return false; // the common case: a data row, told by one cheap look at its first text
    }
    boolean any = false;
    for (String c : raw.cells) {
      if (c == null || c.isBlank()) {
        continue;
      }
      String t = AnnexText.clean(c);
      if (t.length() > 40 || !SIGN_OFF.matcher(t).matches()) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /** Tells cheaply whether a text can match {@link #SIGN_OFF}: a seal's or a date's characters. */
  private static boolean mayBeSignOff(String text) {
    return text.indexOf('章') >= 0
        || text.indexOf('签') >= 0
        || text.indexOf('名') >= 0
        || text.length() <= 12 && text.indexOf('年') >= 0
        || text.length() == 10 && Character.isDigit(text.charAt(0));
  }

  /**
   * The header's translation printed under it (a joint venture's {@code No. · Dept. · Position ·
   * Risk · Level}): three or more texts, each of Latin letters (with spaces, dots, slashes and
   * brackets) and none holding a digit or a Chinese character. Looked at only above the body.
   */
  private static boolean isTranslatedHeader(RawRow raw) {
    int count = 0;
    for (String c : raw.cells) {
      if (c == null || c.isBlank()) {
        continue;
      }
      String t = c.strip();
      if (t.length() > 40 || !Character.isLetter(t.charAt(0)) || t.charAt(0) >= 128) {
        return false;
      }
      for (int i = 0; i < t.length(); i++) {
        char ch = t.charAt(i);
        if (ch >= 128 || Character.isDigit(ch)) {
          return false;
        }
      }
      count++;
    }
    return count >= 3;
  }

  /**
   * The row of column numbers some forms print under the header (1 · 2 · 3 …, one per column): at
   * least three small numbers, each one more than the one before.
   */
  private static boolean isColumnNumbers(RawRow raw) {
    int count = 0;
    int last = -1;
    for (String c : raw.cells) {
      if (c == null || c.isBlank()) {
        continue;
      }
      String t = noBlanks(AnnexText.clean(c));
      if (t.isEmpty() || t.length() > 2 || !t.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
        return false;
      }
      int n = Integer.parseInt(t);
      if (last >= 0 && n != last + 1) {
        return false;
      }
      last = n;
      count++;
    }
    return count >= 3;
  }

  private static void extra(Map<String, String> into, String key, String text) {
    into.merge(key, AnnexText.clean(text), (a, v) -> a.equals(v) ? a : a + "\n" + v);
  }

  /**
   * Tells whether a row repeats the point being read in every cell but its measures (and its
   * sequence number), with measures of its own the point's first row did not give: a system's
   * export of one row per measure. Only rows that name the same point in the same words, with the
   * same people and the same extras, continue it; any other cell that differs makes a point of its
   * own.
   */
  private boolean repeatsPoint(RawRow raw, MergeFiller.Filled row, Pending p) {
    List<Integer> measureCols = columns.get(AnnexColumn.MEASURES);
    if (measureCols == null || value(row, AnnexColumn.MEASURES).isEmpty()) {
      return false;
    }
    boolean other = false;
    for (int c : measureCols) {
      String v = c < row.values.length ? AnnexText.clean(row.values[c]) : "";
      other |= !v.isEmpty() && !v.equals(c < p.first.length ? AnnexText.clean(p.first[c]) : "");
    }
    if (!other) {
      return false; // the whole row again: not a further measure
    }
    List<Integer> sequence = columns.getOrDefault(AnnexColumn.SEQUENCE, List.of());
    int width = Math.max(row.values.length, p.first.length);
    for (int c = 0; c < width; c++) {
      if (measureCols.contains(c) || sequence.contains(c)) {
        continue;
      }
      String v = c < row.values.length ? AnnexText.clean(row.values[c]) : "";
      String was = c < p.first.length ? AnnexText.clean(p.first[c]) : "";
      if (!v.equals(was)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Keeps with the point's extras, under their header, the cells of a continuation row that its
   * point does not hold: a 责任人 of its own beside a further measure, a level that differs. Its
   * measures are the point's; a 序号 says nothing.
   */
  private void continued(RawRow raw, Pending p) {
    for (Map.Entry<AnnexColumn, List<Integer>> e : columns.entrySet()) {
      AnnexColumn col = e.getKey();
      if (col == AnnexColumn.MEASURES || col == AnnexColumn.RISK_POINT) {
        continue;
      }
      for (int c : e.getValue()) {
        String own = c < raw.cells.length ? raw.cells[c] : null;
        if (own == null || own.isBlank()) {
          continue; // blank, or merged from above: the point's own value
        }
        if (col == AnnexColumn.SEQUENCE && isSequenceNumber(own)) {
          continue; // a number says nothing
        }
        String was = c < p.first.length ? AnnexText.clean(p.first[c]) : "";
        if (!AnnexText.clean(own).equals(was)) {
          String header = band.text(c);
          extra(p.extras, header.isEmpty() ? CellRefs.column(c) + "列" : header, own);
        }
      }
    }
  }

  /**
   * Starts reading another table when a row under the body is a header of other columns (a sheet
   * holding the leaders' table and then the departments' table, each with its own header): the
   * columns, the kind and what was carried down start afresh from it.
   */
  private boolean startsAnotherTable(RawRow raw, MergeFiller.Filled row)
      throws WorkbookRejectedException {
    if (!bodyStarted
        || !mayBeHeader(raw)
        || !band.isHeader(row.values)
        || band.roles(row.values).size() < 3) {
      return false;
    }
    HeaderBand next = new HeaderBand(config);
    next.hidden.or(band.hidden);
    next.place(row.values, null, raw.number);
    @Nullable List<Integer> nextLevel = next.columns.get(AnnexColumn.LEVEL);
    if (!next.columns.containsKey(AnnexColumn.RISK_POINT) || mostlyUnplaced(next, row)) {
      return false; // no table; or a data row of short texts, a few of which sound like headers
    }
    if (next.columns.equals(columns) && placesEveryCell(next, row)) {
      // the same columns under other words (单位 · 风险点 · 星级 over 科室 · 风险点 · 风险等级): a
      // header, not a risk point named 风险点
      flush();
      sink.problem(
          rowProblem(ProblemCode.REPEATED_HEADER_SKIPPED, raw.number)
              .rawValue(String.valueOf(firstOwnText(raw)))
              .build());
      return true;
    }
    if (next.columns.keySet().equals(columns.keySet())
        && Objects.equals(
            next.columns.get(AnnexColumn.RISK_POINT), columns.get(AnnexColumn.RISK_POINT))) {
      return false; // the same table's header again
    }
    flush();
    if (decidesAtEnd) {
      scale.decideDefaults(); // the table above ends (in copies, with its last copy)
    }
    greyEnds();
    release();
    band = next;
    columns = next.columns;
    Map<String, RiskLevel> legend =
        nextLevel != null && nextLevel.size() == 1 && next.ticks.isEmpty()
            ? ColumnContent.legend(next.text(nextLevel.get(0)))
            : Map.of();
    tableIndex++;
    if (tableIndex < scales.size()) {
      scale = scales.get(tableIndex); // the same table's scale in a copy to the left
      scale.header(legend);
    } else {
      scale = new LevelScale(legend);
      scales.add(scale);
    }
    headerNumber = raw.number;
    bodyTop = raw.number;
    Arrays.fill(ownersAbove, "");
    sectionDept = "";
    sectionLevel = null;
    sectionOwners.clear();
    bodyStarted = false;
    List<String> titles = lastSection.isEmpty() ? List.of() : List.of(lastSection);
    kind = detectKind(titles, List.of());
    Map<AnnexColumn, Integer> found = new EnumMap<>(AnnexColumn.class);
    columns.forEach((col, src) -> found.put(col, src.get(0)));
    sink.table(sheet, kind, found);
    sink.problem(
        rowProblem(ProblemCode.REPEATED_HEADER_SKIPPED, raw.number)
            .rawValue(String.valueOf(firstOwnText(raw)))
            .build());
    for (HeaderBand.Note n : band.notes) {
      sink.problem(cellProblem(n.code, n.row, n.column).rawValue(n.value).build());
    }
    if (!columns.containsKey(AnnexColumn.CATEGORY)) {
      sink.problem(sheetProblem(ProblemCode.NO_CATEGORY_COLUMN).row(headerNumber).build());
    }
    return true;
  }

  /**
   * Tells whether more than half of a row's non-blank cells are headers the band cannot place: a
   * data row (招标文件量身定制 · 造成不公平竞争和廉洁风险 · 一级 …) rather than another table's header, whose words
   * mostly name columns.
   */
  private static boolean mostlyUnplaced(HeaderBand next, MergeFiller.Filled row) {
    int filled = 0;
    for (String v : row.values) {
      filled += v == null || v.isBlank() ? 0 : 1;
    }
    int unplaced = 0;
    for (int c : next.extras) {
      unplaced += c < row.values.length && !row.values[c].isBlank() ? 1 : 0;
    }
    return unplaced * 2 > filled;
  }

  /** Tells whether every non-blank cell of a row is a header the band places as a column. */
  private static boolean placesEveryCell(HeaderBand next, MergeFiller.Filled row) {
    for (int c : next.extras) {
      if (c < row.values.length && !row.values[c].isBlank()) {
        return false;
      }
    }
    return true;
  }

  /**
   * A cell without a label that names its own column ({@code 风险点：公车私用}, {@code 措施：1.…}): the label
   * says what the header says. A label is short and ends in a colon near the start.
   */
  private String withoutLabel(String text, AnnexColumn col) {
    int colon = -1;
    boolean bracketed = !text.isEmpty() && text.charAt(0) == '【'; // 【风险点】…
    for (int i = 1; i < text.length() && i <= MAX_LABEL; i++) {
      char c = text.charAt(i);
      if (bracketed ? c == '】' : c == '：' || c == ':') {
        colon = i;
        break;
      }
    }
    if (colon < 0 || colon + 1 >= text.length()) {
      return text;
    }
    AnnexColumn means = labelMeaning(text.substring(bracketed ? 1 : 0, colon));
    boolean same =
        means != AnnexColumn.REMARK
            && (means == col
                || col != AnnexColumn.MEASURES
                    && (means == AnnexColumn.RISK_POINT || means == AnnexColumn.MANIFESTATION));
    return same ? text.substring(colon + 1).strip() : text;
  }

  /**
   * The column a cell label means, {@link AnnexColumn#REMARK} for none; a bare 风险 ({@code 风险：…}),
   * too weak a header on its own, is the risk.
   */
  private AnnexColumn labelMeaning(String label) {
    @Nullable AnnexColumn means = labels.get(label);
    if (means == null) {
      // each label is recognised once per sheet: a column repeats the same few labels
      List<HeaderMatch> m = config.candidates(label);
      means =
          !m.isEmpty() && (m.get(0).isAccepted() || "风险".equals(label))
              ? m.get(0).getColumn()
              : AnnexColumn.REMARK;
      if (labels.size() < MAX_CACHED) {
        labels.put(label, means);
      }
    }
    return means;
  }

  /**
   * Where a risk cell's measures start when the cell holds both under labels ({@code 风险：…\n措施：…},
   * {@code 风险点：…　防控措施：…}, {@code 【风险】…【措施】…}): the label's start and the end of its colon or
   * bracket, or null. A label before a colon stands after a line break, a space or a 。/；; either
   * means the measures by its words.
   */
  private int @Nullable [] measuresLabel(String text) {
    for (int i = text.length() - 2; i > 1; i--) {
      char c = text.charAt(i);
      if (c == '【') {
        int close = text.indexOf('】', i);
        if (close > i + 1
            && close - i <= MAX_LABEL
            && labelMeaning(text.substring(i + 1, close)) == AnnexColumn.MEASURES) {
          return new int[] {i, close + 1}; // 【风险】…【措施】…
        }
        continue;
      }
      if (c != '：' && c != ':') {
        continue;
      }
      int s = i;
      while (s > 0 && i - s < MAX_LABEL && !labelBreak(text.charAt(s - 1))) {
        s--;
      }
      if (s > 0
          && s < i
          && labelBreak(text.charAt(s - 1))
          && labelMeaning(text.substring(s, i)) == AnnexColumn.MEASURES) {
        return new int[] {s, i + 1};
      }
    }
    return null;
  }

  private static boolean labelBreak(char c) {
    return Character.isWhitespace(c) || c == '\u3000' || c == '；' || c == ';' || c == '。';
  }

  /** Tells cheaply whether a short cell can be a ditto: it holds 同, 〃 or ″. */
  private static boolean mayBeDitto(String t) {
    for (int i = 0; i < t.length(); i++) {
      char ch = t.charAt(i);
      if (ch == '同' || ch == '〃' || ch == '\u2033') {
        return true;
      }
    }
    return false;
  }

  /** Replaces each 同上 (同前, 〃) with the cell above it in the last data row. */
  private void resolveDitto(MergeFiller.Filled row) {
    String[] above = lastData;
    if (above == null) {
      return;
    }
    String[] v = row.values;
    for (int c = 0; c < v.length && c < above.length; c++) {
      String t = v[c];
      if (!t.isEmpty()
          && t.length() <= 6
          && mayBeDitto(t)
          && DITTO.contains(noBlanks(AnnexText.clean(t)))) {
        v[c] = above[c];
      }
    }
  }

  /**
   * Tells cheaply whether a row may be a header: three or more texts of its own, all short, none
   * starting with a digit (a data row has a 序号 or a long text) and none holding a run of digits (a
   * data row's code, FX-BGS-003, where its 序号 would be; a header numbers its columns at most with
   * one digit, 风险点1).
   */
  private static boolean mayBeHeader(RawRow raw) {
    int texts = 0;
    for (String c : raw.cells) {
      if (c == null || c.isBlank()) {
        continue;
      }
      String t = c.strip();
      if (t.length() > 16 || Character.isDigit(t.charAt(0)) || hasDigitRun(t)) {
        return false;
      }
      texts++;
    }
    return texts >= 3;
  }

  /** Whether a text holds two or more ASCII digits in a row. */
  private static boolean hasDigitRun(String t) {
    for (int i = 1; i < t.length(); i++) {
      char a = t.charAt(i - 1);
      char b = t.charAt(i);
      if (a >= '0' && a <= '9' && b >= '0' && b <= '9') {
        return true;
      }
    }
    return false;
  }

  /** Tells whether a row repeats the header (a printed page break): its texts are the header's. */
  private boolean repeatsHeader(RawRow raw) {
    int titleCol = column(AnnexColumn.RISK_POINT);
    String printed = titleCol < raw.cells.length ? raw.cells[titleCol] : null;
    if (printed == null || !band.isHeaderText(titleCol, printed)) {
      return false; // a repeated header prints its risk point header as it is
    }
    int same = 0;
    for (int c = 0; c < raw.cells.length; c++) {
      String own = raw.cells[c];
      if (own == null || own.isBlank()) {
        continue;
      }
      if (!band.isHeaderText(c, AnnexText.clean(own))) {
        return false;
      }
      same++;
    }
    return same >= 2;
  }

  /**
   * A section row (一、领导班子) is one text merged across most of the table's width, or one heading
   * ({@code 一、办公室}, {@code （二）财务科}, {@code 第三部分}) alone in a column that holds no risk points,
   * manifestations or measures.
   */
  private boolean isSection(RawRow raw, MergeFiller.Filled row, int index) {
    int at = -1;
    for (int c = 0; c < raw.cells.length; c++) {
      if (raw.cells[c] != null && !raw.cells[c].isEmpty()) {
        if (at >= 0) {
          return false; // a second cell of its own: a data row
        }
        at = c;
      }
    }
    if (at < 0 || raw.cells[at].isBlank()) {
      return false;
    }
    if (HEADING.matcher(AnnexText.clean(raw.cells[at])).matches()
        && !holds(AnnexColumn.RISK_POINT, at)
        && !holds(AnnexColumn.MANIFESTATION, at)
        && !holds(AnnexColumn.MEASURES, at)) {
      return true;
    }
    int spread = 0;
    for (int c = 0; c < row.values.length; c++) {
      if (row.mergeTop[c] == index && row.values[c].equals(raw.cells[at])) {
        spread++;
      }
    }
    return spread >= 3 && spread * 2 >= band.texts.size();
  }

  /**
   * Tells whether a row's own cells are owner cells (科室, 岗位 …) and a 序号 only, one owner cell at
   * least: a row naming whose the rows under it are.
   */
  private boolean namesOwnersOnly(RawRow raw) {
    boolean owner = false;
    for (int c = 0; c < raw.cells.length; c++) {
      if (raw.cells[c] == null || raw.cells[c].isBlank()) {
        continue;
      }
      boolean isOwner = false;
      for (AnnexColumn col : OWNER_COLUMNS) {
        isOwner |= holds(col, c);
      }
      if (!isOwner && !holds(AnnexColumn.SEQUENCE, c)) {
        return false;
      }
      owner |= isOwner;
    }
    return owner;
  }

  private boolean holds(AnnexColumn col, int c) {
    return columns.getOrDefault(col, List.of()).contains(c);
  }

  /**
   * The department a section row names ({@code 一、办公室}, {@code （二）财务科：}), for a table without a
   * department column; empty if it names none.
   */
  private static String sectionDepartment(String text) {
    String t = AnnexText.clean(text);
    Matcher m = HEADING.matcher(t);
    if (m.matches()) {
      t = t.substring(m.end(1)).strip();
    }
    t = COUNT_NOTE.matcher(t).replaceFirst(""); // 药剂科（共3个风险点）: the count is no part of the name
    while (!t.isEmpty() && "：:；;。".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return DEPARTMENT_NAME.matcher(t).matches() && !t.startsWith("各") && !GENERIC_UNITS.contains(t)
        ? t
        : "";
  }

  /**
   * The level a section row names and nothing else ({@code 一、高风险点}, {@code 二、中风险岗位：}, {@code
   * （三）三级风险}); null for any other section.
   */
  private static @Nullable RiskLevel sectionLevel(String text) {
    String t = AnnexText.clean(text);
    Matcher m = HEADING.matcher(t);
    if (!m.matches()) {
      return null;
    }
    t = SECTION_LEVEL_TAIL.matcher(t.substring(m.end(1)).strip()).replaceFirst("");
    return t.contains("风险") || t.contains("级") ? parseLevel(t).orElse(null) : null;
  }

  /** What follows a level in a section row: 点, 岗位, 事项, a count in brackets, a colon. */
  private static final Pattern SECTION_LEVEL_TAIL =
      Pattern.compile("(?:点|岗位|岗|事项|项目)?(?:[（(][^）)]{0,10}[）)])?[：:；;。]?$");

  /**
   * Reads the labelled fields of a section row above one owner's rows ({@code
   * 姓名：张三　职务：会计　所在科室：财务科}), for the owner columns the table lacks: each label that means an owner
   * column (by the header words) takes the text up to the next label. A staff member's 职务 is the
   * post in a personal table. Looked at only for section rows.
   */
  private void sectionFields(String text) {
    sectionOwners.clear();
    Matcher m = FIELD_LABEL.matcher(text);
    List<int[]> labels = new ArrayList<>(); // start, colon, column ordinal
    while (m.find()) {
      List<HeaderMatch> c = config.candidates(m.group(1));
      if (!c.isEmpty() && c.get(0).isAccepted() && isOwnerColumn(c.get(0).getColumn())) {
        labels.add(new int[] {m.start(1), m.end(), c.get(0).getColumn().ordinal()});
      }
    }
    for (int i = 0; i < labels.size(); i++) {
      int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : text.length();
      String v = AnnexText.clean(text.substring(labels.get(i)[1], end));
      AnnexColumn col = AnnexColumn.values()[labels.get(i)[2]];
      if (col == AnnexColumn.LEADER && kind != AnnexKind.LEADERSHIP_GROUP) {
        col = AnnexColumn.POST; // 职务 of staff: their post
      }
      if (!v.isEmpty() && !columns.containsKey(col)) {
        sectionOwners.putIfAbsent(col, v);
      }
    }
    String dept = sectionOwners.remove(AnnexColumn.DEPARTMENT);
    if (dept != null) {
      sectionDept = dept;
    }
  }

  /**
   * Reads the labelled owner fields of a line above the header ({@code 所在科室：预算科　姓名：王芳　岗位：预算编审岗}
   * over one person's form), for the owner columns the table lacks, as a labelled section row's are
   * read. A line naming the unit that fills the form in ({@code 填报单位：}, {@code 单位（盖章）：}) names no
   * owner of the rows.
   */
  private void titleFields(String[] cells) {
    StringBuilder line = new StringBuilder();
    for (String c : cells) {
      if (c != null && !c.isBlank()) {
        line.append(AnnexText.clean(c)).append('\u3000');
      }
    }
    Matcher m = FIELD_LABEL.matcher(line);
    boolean owners = false;
    while (m.find()) {
      String label = m.group(1);
      if (SUBORDINATE_LABEL.matcher(label).matches()
          && !columns.containsKey(AnnexColumn.DEPARTMENT)
          && !columns.containsKey(AnnexColumn.OWNER)) {
        // 二级子公司：华东能源销售有限公司 over a table that names no department: the rows are its
        int end = line.indexOf("\u3000", m.end());
        String unit = AnnexText.clean(line.substring(m.end(), end < 0 ? line.length() : end));
        if (!unit.isEmpty()) {
          sectionDept = unit;
        }
        return;
      }
      if (label.contains("单位") || label.startsWith("填") || label.startsWith("报")) {
        return;
      }
      List<HeaderMatch> c = config.candidates(label);
      owners |= !c.isEmpty() && c.get(0).isAccepted() && isOwnerColumn(c.get(0).getColumn());
    }
    if (owners) {
      Map<AnnexColumn, String> before = new EnumMap<>(sectionOwners);
      String dept = sectionDept;
      sectionFields(line.toString());
      before.forEach(sectionOwners::putIfAbsent);
      if (sectionDept.isEmpty()) {
        sectionDept = dept;
      }
    }
  }

  /**
   * A label above a table naming the subordinate body whose table it is (二级子公司, 所属单位, 分局, 院区),
   * unlike 填报单位, which names the unit that fills it in.
   */
  private static final Pattern SUBORDINATE_LABEL =
      Pattern.compile("(?:二级|三级|所属|下属|直属)(?:单位|子公司|公司|机构|企业)|子公司|分公司|分局|院区|分院");

  /**
   * Tells whether each text of a row is a label with nothing after its colon ({@code 本人签名：} ·
   * {@code 科室负责人签字：}): a line to sign or fill in under the table, no row.
   */
  private static boolean isBlankLabels(RawRow raw) {
    boolean any = false;
    for (String c : raw.cells) {
      if (c == null || c.isBlank()) {
        continue;
      }
      if (c.indexOf('：') < 0 && c.indexOf(':') < 0
          || !BLANK_LABEL.matcher(AnnexText.clean(c)).matches()) {
        return false;
      }
      any = true;
    }
    return any;
  }

  private static final Pattern BLANK_LABEL =
      Pattern.compile("[\\p{IsHan}（）()]{1,12}[\\s\u3000]*[：:][\\s\u3000_＿]*");

  /** Whether the table has no column naming whose points its rows are. */
  private boolean noOwnerColumn() {
    for (AnnexColumn o : OWNER_COLUMNS) {
      if (columns.containsKey(o)) {
        return false;
      }
    }
    return !columns.containsKey(AnnexColumn.HOLDER);
  }

  /**
   * Whether the table names its owners by posts alone, with no department column: in a sheet named
   * by a unit (城关所, 执法大队) the posts are that unit's. A two-character name (学院, 科室) names a kind of
   * unit, never one, and gives posts no department.
   */
  private boolean postsOnly() {
    return sheetDepartment.length() > 2
        && columns.containsKey(AnnexColumn.POST)
        && !columns.containsKey(AnnexColumn.DEPARTMENT)
        && !columns.containsKey(AnnexColumn.OWNER)
        && !columns.containsKey(AnnexColumn.LEADER);
  }

  /**
   * The department a sheet's name names ({@code 执行局}, {@code 执法监察科}, {@code 财政所}): a short name
   * ending in a unit's word and holding no word of a table's; empty for any other name ({@code
   * Sheet1}, {@code 风险点}, {@code 汇总}, {@code 附件2}).
   */
  static String sheetDepartment(String sheet) {
    String t = AnnexText.clean(sheet);
    return SHEET_DEPARTMENT.matcher(t).matches() && !SHEET_NOT_DEPARTMENT.matcher(t).find()
        ? t
        : "";
  }

  private static final Pattern SHEET_DEPARTMENT =
      Pattern.compile("\\p{IsHan}{1,12}(?:科|室|股|处|局|庭|院|部|所|队|站|中心|办|馆)");

  private static final Pattern SHEET_NOT_DEPARTMENT =
      Pattern.compile("表|单|册|账|汇总|统计|附件|说明|风险|岗位|样|模板|目录|封面");

  private static boolean isOwnerColumn(AnnexColumn col) {
    for (AnnexColumn o : OWNER_COLUMNS) {
      if (o == col) {
        return true;
      }
    }
    return false;
  }

  /** A page's number printed on the sheet: 第 2 页 共 5 页, 共5页 第2页, 第2页/共5页, - 2 -. */
  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "第[0-9０-９]+页(?:[,，/／]?共[0-9０-９]+页)?|共[0-9０-９]+页[,，/／]?第[0-9０-９]+页"
              + "|[-－—][0-9０-９]+[-－—]");

  /** The title of a page repeated where a converted PDF's page breaks: …一览表（续）, 续表. */
  private static final Pattern CONTINUED_TITLE = Pattern.compile(".*(?:[（(]续[)）]|续表)|续表.*");

  /**
   * A row that only carries what a converted PDF printed at a page break: the page's number, or the
   * title again marked as continued. Looked at only when the row has one text.
   */
  private static boolean isPageLine(RawRow raw, String first) {
    if (first.length() > 60
        || first.indexOf('页') < 0 && first.indexOf('续') < 0 && first.indexOf('-') < 0) {
      return false; // the common case: one cheap look
    }
    int texts = 0;
    for (String c : raw.cells) {
      if (c != null && !c.isBlank() && ++texts > 1) {
        return false;
      }
    }
    String t = noBlanks(first);
    return PAGE_NUMBER.matcher(t).matches() || CONTINUED_TITLE.matcher(t).matches();
  }

  /** Tells cheaply whether a text can match {@link #NOTE}: it must start with one of its words. */
  private static boolean mayBeNote(String text) {
    return !text.isEmpty() && NOTE_STARTS.indexOf(text.charAt(0)) >= 0;
  }

  /**
   * Removes white space ({@code \s} and the full-width space, what {@link #BLANKS} matches) from a
   * short cell, without a regex when it has none.
   */
  private static String noBlanks(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c >= '\t' && c <= '\r' || c == '\u3000') {
        return BLANKS.matcher(text).replaceAll("");
      }
    }
    return text;
  }

  private static @Nullable String firstOwnText(RawRow raw) {
    for (String c : raw.cells) {
      if (c != null && !c.isBlank()) {
        return AnnexText.clean(c);
      }
    }
    return null;
  }

  private boolean owner(AnnexRow.Builder b, MergeFiller.Filled row, RawRow raw)
      throws WorkbookRejectedException {
    unusedOwnerCells.clear();
    self = "";
    Map<AnnexColumn, String> cells = ownerCells(row);
    String dept =
        columns.containsKey(AnnexColumn.DEPARTMENT) || columns.containsKey(AnnexColumn.OWNER)
            ? cells.getOrDefault(AnnexColumn.DEPARTMENT, "")
            : sectionDept;
    String deptCell = dept;
    departmentHead = "";
    departmentSource = -1;
    if (!dept.isEmpty() && columns.containsKey(AnnexColumn.DEPARTMENT)) {
      dept = departmentName(dept);
      if (!band.parentDepartments.isEmpty()) {
        departmentSource = firstFilled(row, AnnexColumn.DEPARTMENT);
      }
    }
    if (dept.isEmpty() && sectionOwners.isEmpty() && (noOwnerColumn() || postsOnly())) {
      dept = sheetDepartment; // one sheet per department (or unit), named only by the sheet
    }
    if (!sectionOwners.isEmpty()) {
      sectionOwners.forEach((col, v) -> cells.merge(col, v, (own, s) -> own.isEmpty() ? s : own));
    }
    String post = cells.getOrDefault(AnnexColumn.POST, "");
    String leader = cells.getOrDefault(AnnexColumn.LEADER, "");
    String owner = cells.getOrDefault(AnnexColumn.OWNER, "");
    String holders = cells.getOrDefault(AnnexColumn.HOLDER, "");
    if (isVacant(holders)) {
      holders = ""; // 空缺: a vacant post has no holders
    }
    OwnerScope scope;
    Optional<OwnerScope> byContent = ownerOnly() ? scopeOf(owner) : Optional.empty();
    if (byContent.isPresent()) {
      scope = byContent.get(); // the owner cell itself says whose point it is
    } else {
      switch (kind) {
        case LEDGER:
          String s = value(row, AnnexColumn.SCOPE);
          try {
            scope = OwnerScope.parse(s);
          } catch (IllegalArgumentException ex) {
            sink.problem(
                cellProblem(ProblemCode.UNKNOWN_SCOPE, raw.number, column(AnnexColumn.SCOPE))
                    .rawValue(s)
                    .build());
            return false;
          }
          break;
        case LEADERSHIP_GROUP:
          String who = first(leader, owner, post);
          String member = cells.getOrDefault(AnnexColumn.HOLDER, "");
          if (who.isEmpty() && (member.contains("班子") || ColumnContent.isCollective(member))) {
            who = member; // 班子成员 · 职务: the group's row names it in the members' column
          }
          leader = who;
          scope =
              who.isEmpty() || who.contains("班子") || ColumnContent.isCollective(who)
                  ? OwnerScope.LEADERSHIP_GROUP
                  : OwnerScope.LEADER;
          if (who.isEmpty()) {
            leader = "领导班子";
          }
          break;
        case PERSONAL:
        case POST_ARCHIVE:
          scope = OwnerScope.POST;
          break;
        default:
          scope =
              first(dept, owner).contains("班子")
                  ? OwnerScope.LEADERSHIP_GROUP
                  : OwnerScope.DEPARTMENT;
          break;
      }
    }
    b.scope(scope);
    String name;
    String cell = ""; // the cell a leader's name and role were read from
    switch (scope) {
      case LEADERSHIP_GROUP:
        name = first(leader, owner, dept, post);
        dept = "";
        holders = "";
        break;
      case LEADER:
        cell = first(leader, owner);
        dept = "";
        holders = "";
        String holder = cells.getOrDefault(AnnexColumn.HOLDER, "");
        List<String> nr = leaderCell(first(leader, owner));
        name = holder.isEmpty() ? nr.get(0) : holderName(holder); // 姓名 beside 职务
        String role = holder.isEmpty() ? nr.get(1) : first(leader, owner);
        if (!role.isEmpty()) {
          b.leaderRole(role);
        }
        if (holder.isEmpty() && AnnexPeople.isRole(name)) {
          ownerKey(row, raw).ifPresent(b::ownerKey);
        } else {
          self = name;
        }
        String read = holder.isEmpty() ? cell : holder;
        if (holdsAside(read) && !holdsAside(name)) {
          AnnexColumn at =
              !holder.isEmpty()
                  ? AnnexColumn.HOLDER
                  : cell.equals(leader) ? AnnexColumn.LEADER : AnnexColumn.OWNER;
          sink.problem(
              cellProblem(ProblemCode.PERSON_CELL_READ, raw.number, column(at))
                  .rawValue(read)
                  .build()); // 局长：王建国同志, the name read without 同志
        }
        holders = holder; // the 姓名 cell the name was read from, no holders of a post
        break;
      case DEPARTMENT:
        name = first(dept, owner);
        if (!name.isEmpty() && !isScopeOfUnit(name)) {
          b.department(name); // 全局, 各科室: the whole unit or every section, no department
        }
        holders = "";
        break;
      default:
        if (kind == AnnexKind.POST_ARCHIVE) {
          post = first(post, archive.getOrDefault("岗位", ""));
          dept = first(dept, archive.getOrDefault("科室", ""));
          holders = first(holders, archive.getOrDefault("在岗人", ""));
        }
        if (dept.isEmpty()
            && !post.isEmpty()
            && !owner.isEmpty()
            && !owner.equals(post)
            && scopeOf(owner).orElse(null) == OwnerScope.DEPARTMENT) {
          dept = owner; // 责任单位 (科室, 中心, 社区) beside 风险岗位: the post's department
        }
        name = first(post, owner, holders);
        if (holders.isEmpty() && !columns.containsKey(AnnexColumn.HOLDER)) {
          List<String> ph = postAndHolders(name);
          if (ph != null) {
            cell = name; // 出纳岗（李娜）: the post, its holders in brackets
            name = ph.get(0);
            holders = ph.get(1);
          }
        } else if (post.isEmpty() && owner.isEmpty() && isBracketed(holders)) {
          List<String> hn = holderAndPost(holders);
          if (hn != null) {
            cell = holders; // 张三（出纳） in a 姓名 column and no post column: the holder, the post
            name = hn.get(1);
            holders = hn.get(0);
          }
        }
        if (!dept.isEmpty()) {
          b.department(dept);
        }
        List<String> named = AnnexText.splitNames(holders);
        b.addAllHolders(named);
        self = named.size() == 1 ? named.get(0) : "";
        break;
    }
    if (name.isEmpty()) {
      AnnexColumn col =
          scope == OwnerScope.POST
              ? AnnexColumn.POST
              : scope == OwnerScope.DEPARTMENT ? AnnexColumn.DEPARTMENT : AnnexColumn.LEADER;
      if (!columns.containsKey(col)) {
        col = AnnexColumn.OWNER;
      }
      sink.problem(
          cellProblem(ProblemCode.MISSING_OWNER, raw.number, column(col))
              .rawValue(value(row, AnnexColumn.RISK_POINT))
              .build());
      return false;
    }
    b.ownerName(name);
    for (AnnexColumn col : OWNER_COLUMNS) {
      String v = value(row, col);
      if (!v.isEmpty()
          && !v.equals(name)
          && !v.equals(cell)
          && !v.equals(dept)
          && !(v.equals(deptCell) && !dept.isEmpty()) // 一、办公室 read as 办公室
          && !v.equals(holders)) {
        unusedOwnerCells.add(firstFilled(row, col)); // a 分管科室 beside a leader
      }
    }
    unusedOwnerCells.sort(Integer::compare);
    return true;
  }

  /**
   * The department a department cell names: without a list number before it ({@code 一、办公室}, {@code
   * （二）财务科}), without a label naming the kind of body ({@code 二级单位：第三分公司}), and without its head
   * named beside it ({@code 财务科（科长：李明）}, {@code 办公室\n主任：刘洋}), who is kept as {@link
   * #departmentHead}. The same cell repeats down a department's rows: it is looked at once.
   */
  private String departmentName(String cell) {
    if (cell.equals(lastDepartmentCell)) {
      departmentHead = lastDepartmentHead;
      return lastDepartmentName;
    }
    String d = cell;
    char c0 = d.charAt(0);
    if (c0 == '（' || c0 == '(' || (c0 >= '0' && c0 <= '9') || "一二三四五六七八九十".indexOf(c0) >= 0) {
      Matcher m = DEPARTMENT_NUMBER.matcher(d);
      if (m.lookingAt()
          && m.end() < d.length()
          && Character.UnicodeScript.of(d.charAt(m.end())) == Character.UnicodeScript.HAN) {
        d = d.substring(m.end());
      }
    }
    String head = "";
    if (d.indexOf('：') >= 0 || d.indexOf(':') >= 0) {
      Matcher h = DEPARTMENT_HEAD.matcher(d);
      Matcher l = UNIT_LABEL.matcher(d);
      int in = h.matches() && h.group(2) != null ? 2 : 4; // in brackets, or on a line of its own
      if (h.matches() && AnnexPeople.isPersonalName(h.group(in + 1))) {
        head = h.group(in) + "：" + h.group(in + 1);
        d = h.group(1).strip();
      } else if (l.lookingAt() && l.end() < d.length()) {
        d = d.substring(l.end()).strip();
      }
    }
    lastDepartmentCell = cell;
    lastDepartmentName = d;
    lastDepartmentHead = head;
    departmentHead = head;
    return d;
  }

  /** A list number before a department's name in its cell: 一、 · （二） · 3、 · 4. */
  private static final Pattern DEPARTMENT_NUMBER =
      Pattern.compile(
          "(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[0-9]{1,2}[、．.](?![0-9]))"
              + "[\\s\u3000]*");

  /** A department and its head beside it: 财务科（科长：李明）, 办公室 主任：刘洋 (on a line of its own). */
  private static final Pattern DEPARTMENT_HEAD =
      Pattern.compile(
          "([^（(：:]{1,20}?)[\\s\u3000]*(?:[（(]([^（）()：:]{0,6}(?:长|主任|负责人|书记|经理|主管))[：:]"
              + "[\\s\u3000]*([^（）()：:\\s]{2,6})[）)]|[\\s\u3000]+([^\\s\u3000：:]{0,6}"
              + "(?:长|主任|负责人|书记|经理|主管))[：:][\\s\u3000]*([^\\s\u3000：:]{2,6}))");

  /** A label naming the kind of body before its name: 二级单位： · 所属单位： · 子公司：. */
  private static final Pattern UNIT_LABEL =
      Pattern.compile("(?:二级|三级|所属|下属|直属|基层)?(?:单位|子公司|分公司|机构|部门|科室|院区)[：:][\\s\u3000]*");

  /**
   * Whether an owner named in a department column is the whole unit or every section of it (全局,
   * 局机关, 各科室): a scope of the point, not a department.
   */
  static boolean isScopeOfUnit(String name) {
    if (name.isEmpty() || name.length() > 6) {
      return false;
    }
    if (name.startsWith("各")) {
      return name.endsWith("科室")
          || name.endsWith("部门")
          || name.endsWith("处室")
          || name.endsWith("股室")
          || name.endsWith("单位")
          || name.endsWith("站所")
          || name.endsWith("中心");
    }
    return (name.charAt(0) == '全' || name.contains("机关")) && SCOPE_OF_UNIT.matcher(name).matches();
  }

  private static final Pattern SCOPE_OF_UNIT =
      Pattern.compile("全(?:局|院|校|委|厅|办|所|站|公司|集团|单位|体干部职工)|[局院委厅办]?机关(?:全体)?");

  /**
   * A responsibility cell as the row keeps it: {@code 本人} is the row's own person (the leader, or
   * the one holder of the post); a cell whose names carry a courtesy or a phone number ({@code
   * 张丽同志}, {@code 刘洋 13899012345}), which the names are read without, is named by a finding.
   */
  private String person(String cell, AnnexColumn col, RawRow raw) {
    if (cell.isEmpty()) {
      return cell;
    }
    if (SELF.equals(cell) && !self.isEmpty()) {
      sink.problem(
          cellProblem(ProblemCode.PERSON_CELL_READ, raw.number, column(col))
              .rawValue(cell)
              .build());
      return self;
    }
    if (holdsAside(cell)) {
      sink.problem(
          cellProblem(ProblemCode.PERSON_CELL_READ, raw.number, column(col))
              .rawValue(cell)
              .build());
    }
    return cell;
  }

  /** How a responsibility cell names the row's own person. */
  private static final String SELF = "本人";

  /**
   * Tells cheaply whether a person's cell may carry what is no part of a name: {@code 同志}, or a run
   * of seven digits or more (a phone number).
   */
  private static boolean holdsAside(String cell) {
    int run = 0;
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      if (run >= 7 || c == '志' && i > 0 && cell.charAt(i - 1) == '同') {
        return true;
      }
    }
    return false;
  }

  /**
   * A 姓名 cell that adds the person's post in brackets ({@code 张三（出纳）}, {@code 欧阳雪（城建办主任）}): the
   * name and the post, each cell looked at once per sheet; null where the brackets hold no post
   * ({@code 李娜（兼）}) or the text before them is no name.
   */
  private @Nullable List<String> holderAndPost(String cell) {
    List<String> hn = holderPosts.get(cell);
    if (hn == null) {
      List<String> nr = leaderCell(cell);
      hn =
          !nr.get(1).isEmpty()
                  && !nr.get(0).equals(nr.get(1))
                  && AnnexPeople.isPersonalName(nr.get(0))
                  && AnnexPeople.isRole(nr.get(1))
              ? nr
              : List.of();
      if (holderPosts.size() < MAX_CACHED) {
        holderPosts.put(cell, hn);
      }
    }
    return hn.isEmpty() ? null : hn;
  }

  /** Tells whether a cell ends in a bracket after some text ({@code 张三（出纳）}). */
  private static boolean isBracketed(String cell) {
    int last = cell.length() - 1;
    return last > 1
        && (cell.charAt(last) == '）' || cell.charAt(last) == ')')
        && (cell.indexOf('（') > 0 || cell.indexOf('(') > 0);
  }

  /**
   * The name in a leader's 姓名 cell beside a 职务 column: the cell, or the name where it adds the
   * position in brackets ({@code 张明（局长）}).
   */
  private String holderName(String holder) {
    if (holder.indexOf('（') < 0 && holder.indexOf('(') < 0) {
      return holder; // the common case, a name
    }
    List<String> nr = leaderCell(holder);
    return !nr.get(1).isEmpty() && !nr.get(0).equals(nr.get(1)) ? nr.get(0) : holder;
  }

  /** The scope an owner cell names by its wording, each cell looked at once per sheet. */
  private Optional<OwnerScope> scopeOf(String owner) {
    Optional<OwnerScope> s = scopes.get(owner);
    if (s == null) {
      s = ColumnContent.scopeOf(owner); // a column repeats its owners: each is parsed once
      if (scopes.size() < MAX_CACHED) {
        scopes.put(owner, s);
      }
    }
    return s;
  }

  /** A leader cell's name and role, each cell parsed once per sheet. */
  private List<String> leaderCell(String cell) {
    List<String> nr = leaderCells.get(cell);
    if (nr == null) {
      nr = AnnexText.parseLeaderCell(cell); // a leader's cell repeats down their rows
      if (leaderCells.size() < MAX_CACHED) {
        leaderCells.put(cell, nr);
      }
    }
    return nr;
  }

  /**
   * A post cell that names its holders in brackets ({@code 出纳岗（李娜）}, {@code 会计岗（王强、赵丽）}): the post
   * and the names; null if the brackets hold anything but names ({@code 复核岗（兼档案管理）}).
   */
  private static @Nullable List<String> postAndHolders(String cell) {
    if (cell.length() > MAX_POST_WITH_HOLDERS) {
      return null; // BRACKETED is quadratic in a long run of blanks
    }
    Matcher m = BRACKETED.matcher(cell);
    if (!m.matches()) {
      return null;
    }
    List<String> names = AnnexText.splitNames(m.group(2));
    if (names.isEmpty() || !names.stream().allMatch(AnnexPeople::isPersonalName)) {
      return null;
    }
    return List.of(m.group(1).strip(), String.join(AnnexText.NAME_SEPARATOR, names));
  }

  /**
   * The owner cells of a row, a blank one carried down from the data row above when the row names
   * no other owner above it in rank: a department written once over its rows without a merge, a
   * post over its points, its holders over the post's rows. Ranks: department, leader and 责任主体;
   * post; holders.
   */
  private Map<AnnexColumn, String> ownerCells(MergeFiller.Filled row) {
    String[] cells = new String[OWNER_COLUMNS.length];
    for (int i = 0; i < OWNER_COLUMNS.length; i++) {
      cells[i] = value(row, OWNER_COLUMNS[i]);
    }
    boolean sameAbove = true;
    for (int rank = 0; rank < 3; rank++) {
      for (int i = 0; i < OWNER_COLUMNS.length; i++) {
        if (rank(OWNER_COLUMNS[i]) == rank
            && !cells[i].isEmpty()
            && !cells[i].equals(ownersAbove[i])) {
          sameAbove = false;
        }
      }
      for (int i = 0; i < OWNER_COLUMNS.length && sameAbove; i++) {
        if (rank(OWNER_COLUMNS[i]) == rank && cells[i].isEmpty()) {
          cells[i] = ownersAbove[i];
        }
      }
    }
    System.arraycopy(cells, 0, ownersAbove, 0, cells.length);
    Map<AnnexColumn, String> out = new EnumMap<>(AnnexColumn.class);
    for (int i = 0; i < OWNER_COLUMNS.length; i++) {
      out.put(OWNER_COLUMNS[i], cells[i]);
    }
    return out;
  }

  private static String[] blankOwners() {
    String[] owners = new String[OWNER_COLUMNS.length];
    Arrays.fill(owners, "");
    return owners;
  }

  /** Tells whether a holder cell names nobody ({@code 空缺}, {@code （暂缺）}, {@code /}). */
  private static boolean isVacant(String holders) {
    if (holders.isEmpty() || holders.length() > 16) {
      return false; // the common case, names: no vacancy word is longer
    }
    String t = noBlanks(holders);
    if (t.length() >= 2
        && (t.charAt(0) == '（' || t.charAt(0) == '(')
        && (t.charAt(t.length() - 1) == '）' || t.charAt(t.length() - 1) == ')')) {
      t = t.substring(1, t.length() - 1);
    }
    return VACANT.contains(t);
  }

  /** A template's example row's first text: 示例, 填写样例, 样例： … */
  private static final Pattern EXAMPLE_MARK =
      Pattern.compile("(?:填写|填表|填报)?(?:示例|样例|范例|举例)(?:行|[0-9一二三])?(?:[：:].*)?", Pattern.DOTALL);

  /**
   * Tells whether a row is the example a template gives of how to fill it in, left in by the unit:
   * its first text is 例, 示例, 示例1, 样例, 填写样例 (in the 序号 column) or starts with 例：, or its risk point
   * starts with 例：. Looked at with one character's test for most rows.
   */
  private boolean isExampleRow(String first, MergeFiller.Filled row) {
    char c = first.charAt(0);
    if (c == '例') {
      return first.length() == 1 || first.charAt(1) == '：' || first.charAt(1) == ':';
    }
    if ("示样范举填".indexOf(c) >= 0 && EXAMPLE_MARK.matcher(first).matches()) {
      return true;
    }
    if (!mayStartWithExample(row, columns.get(AnnexColumn.RISK_POINT))) {
      return false; // most points: told from the raw cells, without cleaning them
    }
    String point = value(row, AnnexColumn.RISK_POINT);
    return point.length() > 2
        && point.charAt(0) == '例'
        && (point.charAt(1) == '：' || point.charAt(1) == ':');
  }

  /** Whether one of the columns' raw cells holds 例 at all: only then is the point cleaned. */
  private static boolean mayStartWithExample(
      MergeFiller.Filled row, @Nullable List<Integer> columns) {
    if (columns == null) {
      return false;
    }
    for (int c : columns) {
      if (c < row.values.length && row.values[c] != null && row.values[c].indexOf('例') >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The words that name a template's example, longest first. */
  private static final String[] EXAMPLE_WORDS = {"填写示例", "填表示例", "填报示例", "样例", "范例", "示例"};

  /**
   * Tells whether a sheet's name or a title names the template's example ({@code 填写示例}, {@code 样例},
   * {@code （示例）}, {@code 示例2}) rather than a unit's return. The word must stand on its own:
   * followed by the end, a bracket, a digit, a space or a dash, not by more of a word (规范例行检查,
   * 示例区财政局, 示例行); a bare 示例 only at the start or in brackets; and an instruction naming the example
   * (填表说明：请参照填写示例填写) names no sheet.
   */
  static boolean isExampleName(String text) {
    String t = AnnexText.clean(text);
    if (t.isEmpty()
        || mayBeNote(t) && NOTE.matcher(t).matches()
        || t.contains("请")
        || t.contains("参照")
        || t.contains("参考")
        || t.contains("详见")
        || t.contains("按照")) {
      return false; // an instruction about the example, not the example
    }
    for (String w : EXAMPLE_WORDS) {
      for (int at = t.indexOf(w); at >= 0; at = t.indexOf(w, at + 1)) {
        int end = at + w.length();
        if (end < t.length() && !endsExampleWord(t.charAt(end))) {
          continue; // 规范例行, 示例区, 示例行
        }
        if (!"示例".equals(w)) {
          return true;
        }
        char before = at == 0 ? '（' : t.charAt(at - 1);
        if (before == '（' || before == '(' || before == '【' || before == '[') {
          return true; // 示例, （示例）, 示例2; not 案例示例 or 填写前示例
        }
      }
    }
    return false;
  }

  /**
   * Whether a character may follow a word naming the example: a bracket, a digit, a space, a dash.
   */
  private static boolean endsExampleWord(char c) {
    return "）)】]」 　-－—_·".indexOf(c) >= 0 || c >= '0' && c <= '9' || "一二三".indexOf(c) >= 0;
  }

  /**
   * Blanks the cells of a row that hold only a template's prompt ({@code （请填写）}, {@code 请选择},
   * {@code XXX}), and takes a leading {@code XXX} off a cell that goes on ({@code XXX 科长}).
   *
   * @return each prompted column's text as written, null where none; null when the row has none
   */
  private static String @Nullable [] prompts(RawRow raw, MergeFiller.Filled row) {
    String[] out = null;
    for (int c = 0; c < raw.cells.length; c++) {
      String v = raw.cells[c];
      if (v == null || v.length() < 2) {
        continue;
      }
      char c0 = v.charAt(0);
      boolean bracketed = c0 == '（' || c0 == '(' || c0 == '【' || c0 == '[';
      if (c0 != '请' && !(bracketed && v.charAt(1) == '请') && !isMask(c0)) {
        continue; // the common case, told by a character or two
      }
      String t = AnnexText.clean(v);
      String left;
      if (isPrompt(t)) {
        left = "";
      } else {
        int k = 0;
        while (k < t.length() && isMask(t.charAt(k))) {
          k++;
        }
        if (k < 2 || k == t.length() || !Character.isWhitespace(t.charAt(k))) {
          continue;
        }
        left = t.substring(k).strip(); // XXX 科长: the role stands without its name
      }
      if (out == null) {
        out = new String[raw.cells.length];
      }
      out[c] = t;
      raw.cells[c] = left;
      if (c < row.values.length && v.equals(row.values[c])) {
        row.values[c] = left;
      }
    }
    return out;
  }

  /** A template's prompt: {@code （请填写）}, {@code 请选择姓名}, {@code XXX}. */
  static boolean isPrompt(String t) {
    int n = t.length();
    if (n < 2 || n > 20) {
      return false;
    }
    char c0 = t.charAt(0);
    int i = c0 == '（' || c0 == '(' || c0 == '【' || c0 == '[' ? 1 : 0;
    if (t.startsWith("请填", i) || t.startsWith("请选", i) || t.startsWith("请输入", i)) {
      char last = t.charAt(n - 1);
      return i == 0 || last == '）' || last == ')' || last == '】' || last == ']';
    }
    for (int k = 0; k < n; k++) {
      if (!isMask(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** A letter a template writes for what the unit fills in: X, ×. */
  private static boolean isMask(char c) {
    return c == 'X' || c == 'x' || c == '×' || c == 'Ｘ' || c == 'ｘ';
  }

  /** Whether a row's only text is a 序号 (or it has none). */
  private static boolean onlySequence(RawRow raw) {
    int texts = 0;
    for (String c : raw.cells) {
      if (c != null && !c.isBlank()) {
        if (++texts > 1 || !SEQUENCE_NUMBER.matcher(AnnexText.clean(c)).matches()) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Tells whether a cell holds only a placeholder for nothing ({@code 无}, {@code /}, {@code —}).
   */
  private static boolean isNothing(String text) {
    return !text.isEmpty() && text.length() <= 2 && NOTHING.contains(text);
  }

  private static int rank(AnnexColumn ownerColumn) {
    return ownerColumn == AnnexColumn.POST ? 1 : ownerColumn == AnnexColumn.HOLDER ? 2 : 0;
  }

  /** The column a canonical column's value was read from: the first of its columns with text. */
  private int firstFilled(MergeFiller.Filled row, AnnexColumn col) {
    for (int c : columns.getOrDefault(col, List.of())) {
      if (c < row.values.length && !row.values[c].isBlank()) {
        return c;
      }
    }
    return column(col);
  }

  /**
   * Tells apart two leaders known only by the same role (two 副局长): each merged owner cell is one
   * leader, keyed by the sheet and the cell's top row. Unmerged cells give no key: the rows of one
   * role next to each other are one leader.
   */
  private Optional<String> ownerKey(MergeFiller.Filled row, RawRow raw) {
    int c =
        columns.containsKey(AnnexColumn.LEADER)
            ? column(AnnexColumn.LEADER)
            : column(AnnexColumn.OWNER);
    if (c < row.mergeTop.length && row.mergeTop[c] >= 0) {
      return Optional.of(sheet + "!" + (row.mergeTop[c] + 1));
    }
    return Optional.empty();
  }

  /**
   * Splits the 责任人 and 责任领导 cells into people and roles (分管领导人 / 科室负责人). The same pair of cells
   * repeats down a table, so each pair is parsed once per sheet (up to a bound).
   */
  private AnnexRow withResponsibility(AnnexRow row) {
    if (isPlainName(row.getResponsible()) && isPlainName(row.getSupervisor())) {
      lastSetAside = null;
      return row; // the common case, a name or nothing: no parsing, no second row
    }
    String responsible = row.getResponsible().orElse("");
    String supervisor = row.getSupervisor().orElse("");
    People people = lastResponsibility;
    if (people == null
        || !responsible.equals(lastResponsible)
        || !supervisor.equals(lastSupervisor)) {
      // rows of one owner repeat their pair: only a new pair is looked up, with a key made for it
      String key = responsible + '\u0000' + supervisor;
      people = responsibilities.get(key);
      if (people == null) {
        if (responsibilities.size() >= MAX_CACHED) {
          responsibilities.clear();
        }
        people = people(row);
        responsibilities.put(key, people);
      }
      lastResponsible = responsible;
      lastSupervisor = supervisor;
      lastResponsibility = people;
    }
    lastSetAside = people;
    Responsibility r = people.responsibility();
    if (r.getResponsibleRole().isEmpty()
        && r.getSupervisorRole().isEmpty()
        && r.getResponsibleName().equals(row.getResponsible())
        && r.getSupervisorName().equals(row.getSupervisor())) {
      return row; // the cells named people as they are
    }
    return AnnexRow.builder()
        .from(row)
        .responsible(r.getResponsibleName())
        .responsibleRole(r.getResponsibleRole())
        .supervisor(r.getSupervisorName())
        .supervisorRole(r.getSupervisorRole())
        .build();
  }

  /**
   * The people of a row's two cells ({@link AnnexPeople#responsibility}), and the party set aside
   * when both cells name one tier: a 责任人 cell holding both tiers (科室负责人 / 分管领导王五) beside a 责任领导
   * cell naming another supervisor gives the supervisor of the 责任领导 column, and a 责任领导 cell holding
   * both beside a 责任人 naming another gives the 责任人's; the other party is named by {@link
   * ProblemCode#RESPONSIBILITY_SET_ASIDE}, not dropped silently.
   */
  private static People people(AnnexRow row) {
    Responsibility r = AnnexPeople.responsibility(row);
    Responsibility inResponsible = own(row.getResponsible(), row.getResponsibleRole());
    Party lost = Party.supervisor(inResponsible);
    if (lost != null && !lost.sameAs(Party.supervisor(r))) {
      return new People(r, lost.cell(), AnnexColumn.RESPONSIBLE);
    }
    Responsibility inSupervisor = own(row.getSupervisor(), row.getSupervisorRole());
    lost = inSupervisor.hasSupervisor() ? Party.responsible(inSupervisor) : null;
    if (lost != null && !lost.sameAs(Party.responsible(r))) {
      return new People(r, lost.cell(), AnnexColumn.SUPERVISOR);
    }
    return new People(r, null, AnnexColumn.RESPONSIBLE);
  }

  /** The tiers one people cell names on its own; none when a role column gives its role. */
  private static Responsibility own(Optional<String> cell, Optional<String> roleColumn) {
    return cell.isEmpty() || roleColumn.isPresent()
        ? Responsibility.builder().build()
        : AnnexPeople.parseResponsibility(cell.get());
  }

  /** One tier's party: a name, a role or both. */
  private record Party(Optional<String> name, Optional<String> role) {
    static @Nullable Party supervisor(Responsibility r) {
      return r.hasSupervisor() ? new Party(r.getSupervisorName(), r.getSupervisorRole()) : null;
    }

    static @Nullable Party responsible(Responsibility r) {
      return r.getResponsibleName().isPresent() || r.getResponsibleRole().isPresent()
          ? new Party(r.getResponsibleName(), r.getResponsibleRole())
          : null;
    }

    /** Tells whether the other party is this one: the same name, or without names the same role. */
    boolean sameAs(@Nullable Party other) {
      if (other == null) {
        return false;
      }
      if (name.isPresent() && other.name.isPresent()) {
        return AnnexPeople.identityKey(name.get())
            .equals(AnnexPeople.identityKey(other.name.get()));
      }
      return name.isEmpty() && other.name.isEmpty() && role.equals(other.role);
    }

    String cell() {
      return AnnexPeople.responsibilityCell(name, role);
    }
  }

  /**
   * Tells cheaply whether a cell is empty or a short personal name (王芳, 欧阳明): at most three Han
   * characters, the last not one that ends a title (局长, 负责人, 领导, 书记, 主任 …).
   */
  private static boolean isPlainName(Optional<String> cell) {
    if (cell.isEmpty()) {
      return true;
    }
    String t = cell.get();
    if (t.length() < 2 || t.length() > 3 || TITLE_ENDS.indexOf(t.charAt(t.length() - 1)) >= 0) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      boolean unified = c >= '\u4E00' && c <= '\u9FFF'; // most Han, without a script lookup
      if (!unified && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
        return false;
      }
    }
    return true;
  }

  private static String first(String... values) {
    for (String v : values) {
      if (!v.isEmpty()) {
        return v;
      }
    }
    return "";
  }

  /**
   * Replaces 未分类 with the category the point's words suggest, when the caller asked for
   * suggestions; each one is reported.
   */
  private RiskCategory suggested(
      RiskCategory category, String title, MergeFiller.Filled row, int number)
      throws WorkbookRejectedException {
    if (category.isSpecified() || !config.suggestsCategories()) {
      return category;
    }
    Optional<RiskCategory> s =
        CategorySuggestion.suggest(
            title, AnnexText.nonBlank(value(row, AnnexColumn.MANIFESTATION)));
    if (s.isPresent()) {
      sink.problem(
          cellProblem(ProblemCode.CATEGORY_SUGGESTED, number, column(AnnexColumn.RISK_POINT))
              .rawValue(s.get().displayName())
              .build());
      return s.get();
    }
    return category;
  }

  private RiskCategory category(MergeFiller.Filled row, int number)
      throws WorkbookRejectedException {
    if (!columns.containsKey(AnnexColumn.CATEGORY)) {
      return config.defaultCategory();
    }
    if (band.options.containsKey(column(AnnexColumn.CATEGORY))) {
      return chosenCategory(row, number);
    }
    String text = value(row, AnnexColumn.CATEGORY);
    if (text.isEmpty()) {
      sink.problem(
          cellProblem(ProblemCode.BLANK_CATEGORY, number, column(AnnexColumn.CATEGORY)).build());
      return config.defaultCategory();
    }
    Optional<RiskCategory> parsed = categories.get(text);
    if (parsed == null) {
      parsed = parseCategory(text); // a column repeats a few words: each is parsed once
      if (categories.size() < MAX_CACHED) {
        categories.put(text, parsed);
      }
    }
    if (parsed.isEmpty()) {
      sink.problem(
          cellProblem(ProblemCode.UNKNOWN_CATEGORY, number, column(AnnexColumn.CATEGORY))
              .rawValue(text)
              .build());
      return config.defaultCategory();
    }
    return parsed.get();
  }

  /**
   * The category a form's question exported one column per option ticks ({@code 风险类别:岗位职责} holding
   * 1 or √); none ticked, or several, is told and gives the default.
   */
  private RiskCategory chosenCategory(MergeFiller.Filled row, int number)
      throws WorkbookRejectedException {
    String chosen = null;
    StringBuilder marks = new StringBuilder();
    int count = 0;
    for (int c : columns.getOrDefault(AnnexColumn.CATEGORY, List.of())) {
      String v = c < row.values.length ? noBlanks(AnnexText.clean(row.values[c])) : "";
      if (FormAnswers.leaves(v)) {
        continue;
      }
      marks.append(marks.length() == 0 ? "" : "、").append(band.text(c)).append('=').append(v);
      if (FormAnswers.ticks(v)) {
        chosen = band.options.get(c);
        count++;
      }
    }
    int at = column(AnnexColumn.CATEGORY);
    if (count == 1 && chosen != null && marks.indexOf("、") < 0) {
      return parseCategory(chosen).orElse(config.defaultCategory());
    }
    sink.problem(
        cellProblem(
                marks.length() == 0 ? ProblemCode.BLANK_CATEGORY : ProblemCode.UNKNOWN_CATEGORY,
                number,
                at)
            .rawValue(marks.toString())
            .build());
    return config.defaultCategory();
  }

  /**
   * Reads a category cell: the five categories and their synonyms, also with words around them that
   * say nothing more ({@code 岗位职责类风险}, {@code 思想道德方面}, {@code 外部环境方面的风险}).
   */
  static Optional<RiskCategory> parseCategory(String text) {
    String t = FormAnswers.withoutOptionLetter(noBlanks(AnnexText.clean(text))); // B.业务流程
    String chosen = chosenOption(t);
    if (chosen != null) {
      return parseCategory(chosen); // □思想道德 ■岗位职责 □制度机制: the filled box
    }
    try {
      return Optional.of(RiskCategory.parse(t));
    } catch (IllegalArgumentException ex) {
      if (t.length() > MAX_CATEGORY_TEXT) {
        return Optional.empty(); // no category; and the tail would recurse once per word
      }
      String bare =
          CATEGORY_TAIL.matcher(Normalizer.normalize(t, Normalizer.Form.NFKC)).replaceAll("");
      if (bare.isEmpty()) {
        return Optional.empty();
      }
      RiskCategory word = CATEGORY_WORDS.get(bare);
      if (word != null || bare.equals(t)) {
        return Optional.ofNullable(word);
      }
      try {
        return Optional.of(RiskCategory.parse(bare));
      } catch (IllegalArgumentException ex2) {
        return Optional.empty();
      }
    }
  }

  private Optional<RiskLevel> level(MergeFiller.Filled row, int number, boolean markedInTitle)
      throws WorkbookRejectedException {
    if (!columns.containsKey(AnnexColumn.LEVEL)) {
      return markedInTitle ? Optional.empty() : Optional.ofNullable(sectionLevel);
    }
    if (!band.ticks.isEmpty()) {
      return ticked(row, number, markedInTitle);
    }
    String text = value(row, AnnexColumn.LEVEL);
    if (text.isEmpty() && markedInTitle) {
      return Optional.empty();
    }
    if (text.isEmpty()) {
      sink.problem(cellProblem(ProblemCode.BLANK_LEVEL, number, column(AnnexColumn.LEVEL)).build());
      return Optional.empty();
    }
    String key = FormAnswers.withoutOptionLetter(noBlanks(text)); // A.高: the option chosen
    String revised = revisedLevel(key);
    if (revised != null) {
      // 一般→高, 由低调为一般, 高↑: the level the revision ends at, the change named
      sink.problem(
          cellProblem(ProblemCode.REVISION_MARK_READ, number, column(AnnexColumn.LEVEL))
              .rawValue(text)
              .build());
      key = revised;
      text = revised;
    }
    scale.see(key);
    if (scale.waits(key)) {
      waitingLevel = key; // decided by a later cell, a legend, or the table's end
      return Optional.empty();
    }
    Optional<RiskLevel> level = scale.get(key);
    reportScale(scale, key, sink);
    if (level.isEmpty() && !scale.voids(key)) {
      Optional<RiskLevel> known = levels.get(text);
      if (known == null) {
        known = parseLevel(text); // a column repeats a few words: each is parsed once
        if (levels.size() < MAX_CACHED) {
          levels.put(text, known);
        }
      }
      level = known;
    }
    if (level.isEmpty()) {
      sink.problem(
          cellProblem(ProblemCode.UNKNOWN_LEVEL, number, column(AnnexColumn.LEVEL))
              .rawValue(text)
              .build());
    }
    return level;
  }

  /** A level written with the change a revision made: 由一般调为高, 从低调整为一般. */
  private static final Pattern LEVEL_CHANGED_TO =
      Pattern.compile(
          "^(?:由|从|原)?(.+?)(?:调整为|调整到|上调为|下调为|提升为|提高为|降低为|调为|改为|升为|降为|变为|调至|升至|降至)(.+)$");

  /**
   * The level a cell ends at when it writes the change a revision made ({@code 一般→高}, {@code
   * 一般->高}, {@code 由低调为一般}, {@code 高↑}, {@code 一般↓}), or null when it writes none; blanks already
   * removed.
   */
  static @Nullable String revisedLevel(String key) {
    int arrow = -1;
    int width = 1;
    boolean word = false;
    for (int i = 0; i < key.length(); i++) {
      char ch = key.charAt(i);
      if (ch == '→' || ch == '⇒' || ch == '➝' || ch == '➡') {
        arrow = i;
        width = 1;
      } else if (ch == '>' && i > 0 && "-—=－".indexOf(key.charAt(i - 1)) >= 0) {
        arrow = i - 1;
        width = 2;
      } else if ("调改升降变".indexOf(ch) >= 0) {
        word = true;
      }
    }
    if (arrow > 0 && arrow + width < key.length()) {
      return key.substring(arrow + width);
    }
    int end = key.length();
    while (end > 0 && (key.charAt(end - 1) == '↑' || key.charAt(end - 1) == '↓')) {
      end--;
    }
    if (end < key.length()) {
      return end > 0 ? key.substring(0, end) : null;
    }
    if (word) {
      Matcher m = LEVEL_CHANGED_TO.matcher(key);
      if (m.matches()) {
        return m.group(2);
      }
    }
    return null;
  }

  /** The level whose tick column holds a mark ({@code √}, {@code ✓}, {@code ●} …). */
  private Optional<RiskLevel> ticked(MergeFiller.Filled row, int number, boolean markedInTitle)
      throws WorkbookRejectedException {
    @Nullable RiskLevel found = null;
    boolean several = false;
    StringBuilder marks = new StringBuilder();
    for (int c : columns.getOrDefault(AnnexColumn.LEVEL, List.of())) {
      String v = c < row.values.length ? noBlanks(AnnexText.clean(row.values[c])) : "";
      if (v.isEmpty() || v.length() == 1 && NO_TICK.indexOf(v.charAt(0)) >= 0) {
        continue;
      }
      @Nullable RiskLevel l = band.ticks.get(c);
      several |= found != null && found != l;
      found = l;
      marks.append(marks.length() == 0 ? "" : "、").append(band.text(c)).append('=').append(v);
    }
    if (several) {
      sink.problem(
          cellProblem(ProblemCode.UNKNOWN_LEVEL, number, column(AnnexColumn.LEVEL))
              .rawValue(marks.toString())
              .build());
      return Optional.empty();
    }
    if (found == null && !markedInTitle) {
      sink.problem(cellProblem(ProblemCode.BLANK_LEVEL, number, column(AnnexColumn.LEVEL)).build());
    }
    return Optional.ofNullable(found);
  }

  /**
   * Reads a level cell: 高, 一般, 二级, ★★ (hollow stars beside full ones count for nothing), also with
   * 风险 or 等级 after it ({@code 高风险}), in other scales' words ({@code 较高}, {@code 重大}, {@code 较大},
   * {@code 较小}), as grades A/B/C ({@code A级}, {@code B类}), in Roman numerals ({@code Ⅱ级}) and with
   * the same level again in brackets ({@code 低风险（三级）}), alone in brackets ({@code （高）}, {@code
   * 【高】}), and marked as proposed ({@code 高（拟定）}).
   */
  static Optional<RiskLevel> parseLevel(String text) {
    String t = FormAnswers.withoutOptionLetter(noBlanks(AnnexText.withoutProposedMark(text)));
    if (t.isEmpty()) {
      return Optional.empty();
    }
    String chosen = chosenOption(t);
    if (chosen != null) {
      return parseLevel(chosen); // 高风险□ 中风险■ 低风险□, ☑高 □中 □低: the option chosen
    }
    if (t.indexOf('髙') >= 0) {
      t = t.replace('髙', '高'); // the variant form, as a scan's recognition often gives it
    }
    if (t.indexOf('級') >= 0) {
      t = t.replace('級', '级'); // 一級, 二級: a level written in traditional characters
    }
    if (t.length() == 2 && t.charAt(1) == '级' && "lI|".indexOf(t.charAt(0)) >= 0) {
      t = "1级"; // l级: the digit 1 of a retyped 1级 misread by a scan's recognition
    }
    if (t.indexOf('☆') >= 0 && t.indexOf('★') >= 0) {
      t = t.replace("☆", ""); // hollow stars pad the full ones: ★★☆ is two stars
    }
    if (t.charAt(0) == '▲' || t.charAt(0) == '△') {
      return triangles(t); // ▲▲▲ counted as stars are
    }
    Optional<RiskLevel> level = levelWord(t);
    if (level.isPresent()) {
      return level;
    }
    String n = Normalizer.normalize(t, Normalizer.Form.NFKC);
    if (!n.equals(t)) {
      level = levelWord(n);
      if (level.isPresent()) {
        return level;
      }
    }
    if (n.length() > 2 && "([【〔".indexOf(n.charAt(0)) >= 0 && "([【〔".indexOf(n.charAt(1)) < 0) {
      int close = ")]】〕".indexOf(n.charAt(n.length() - 1));
      if (close >= 0 && close == "([【〔".indexOf(n.charAt(0))) {
        return parseLevel(n.substring(1, n.length() - 1)); // （高）, 【高】: the level in brackets
      }
    }
    int open = n.indexOf('(');
    if (open > 0 && n.endsWith(")")) {
      level = levelWord(n.substring(0, open));
      Optional<RiskLevel> inner = levelWord(n.substring(open + 1, n.length() - 1));
      if (level.isPresent() && (inner.isEmpty() || inner.equals(level))) {
        return level;
      }
    }
    int from = 0;
    while (from < n.length() && n.charAt(from) == '★') {
      from++;
    }
    int to = n.length();
    while (to > from && n.charAt(to - 1) == '★') {
      to--;
    }
    if ((from > 0) != (to < n.length()) && to > from) {
      // ★★★ 高: stars and the word they stand for, when both say the same
      Optional<RiskLevel> stars = levelWord(from > 0 ? n.substring(0, from) : n.substring(to));
      if (stars.isPresent() && stars.equals(levelWord(n.substring(from, to)))) {
        return stars;
      }
    }
    int slash = n.indexOf('/');
    if (slash > 0 && slash == n.lastIndexOf('/') && slash < n.length() - 1) {
      // High / 高: a level and its translation, when both say the same
      Optional<RiskLevel> one = levelWord(n.substring(0, slash).toUpperCase(Locale.ROOT));
      if (one.isPresent()
          && one.equals(levelWord(n.substring(slash + 1).toUpperCase(Locale.ROOT)))) {
        return one;
      }
    }
    int latin = translationStart(n);
    if (latin > 0) {
      // 高 High, Low 低: a level and its translation side by side, when both say the same
      Optional<RiskLevel> one = levelWord(n.substring(0, latin).toUpperCase(Locale.ROOT));
      if (one.isPresent() && one.equals(levelWord(n.substring(latin).toUpperCase(Locale.ROOT)))) {
        return one;
      }
    }
    return Optional.empty();
  }

  /**
   * Where a text made of two words, one of Latin letters only and one of none, turns from the one
   * to the other ({@code 高High}: 1, {@code Low低}: 3), or -1.
   */
  private static int translationStart(String t) {
    int turn = -1;
    for (int i = 1; i < t.length(); i++) {
      if (latinLetter(t.charAt(i)) != latinLetter(t.charAt(i - 1))) {
        if (turn >= 0) {
          return -1;
        }
        turn = i;
      }
    }
    return turn;
  }

  private static boolean latinLetter(char c) {
    return c < 128 && Character.isLetter(c);
  }

  /** Marks that choose an option written out as text: a filled box or a tick. */
  private static final String CHOSEN = "■☑☒√✓✔●▣";

  /** Marks of the options not chosen: an empty box. */
  private static final String NOT_CHOSEN = "□☐○";

  /**
   * The option chosen where a form wrote out all of its options, each with a box, and filled or
   * ticked one: {@code 高风险□中风险■低风险□}, {@code ☑高□中□低}, {@code 高□中□低√} (blanks already removed). The
   * boxes stand before their words when the text starts with one, else after them.
   *
   * @return the chosen option's word; empty when there are empty boxes and several chosen ({@code
   *     高（√）中（√）低（）}: no option can be taken, so none is, and the cell is reported as unread); null
   *     when the text is no such set of options
   */
  static @Nullable String chosenOption(String text) {
    String t = text;
    if (t.indexOf('）') > 0 || t.indexOf(')') > 0) {
      String boxes = bracketBoxes(t);
      if (boxes != null) {
        t = boxes; // 高（√）中（）低（）: a bracket holding a tick, or nothing, is a box
      }
    }
    int chosen = -1;
    boolean several = false;
    boolean empty = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (CHOSEN.indexOf(c) >= 0) {
        several |= chosen >= 0;
        chosen = i;
      } else if (NOT_CHOSEN.indexOf(c) >= 0) {
        empty = true;
      }
    }
    if (chosen < 0 || !empty) {
      return null;
    }
    if (several) {
      return "";
    }
    boolean before = CHOSEN.indexOf(t.charAt(0)) >= 0 || NOT_CHOSEN.indexOf(t.charAt(0)) >= 0;
    int from = chosen + 1;
    int to = chosen;
    if (before) {
      to = from;
      while (to < t.length() && !isBox(t.charAt(to))) {
        to++;
      }
    } else {
      from = chosen;
      while (from > 0 && !isBox(t.charAt(from - 1))) {
        from--;
      }
    }
    String word = t.substring(from, to);
    return word.isEmpty() ? null : word;
  }

  /**
   * Options written with brackets for boxes, {@code 高（√）中（）低（）} (blanks already removed), as {@code
   * 高√中□低□}; null when no bracket is empty, so that {@code 高（一级）} stays as it is.
   */
  private static @Nullable String bracketBoxes(String t) {
    StringBuilder out = null;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      boolean open = c == '（' || c == '(';
      if (open && i + 1 < t.length() && (t.charAt(i + 1) == '）' || t.charAt(i + 1) == ')')) {
        out = out == null ? new StringBuilder(t.substring(0, i)) : out;
        out.append('□');
        i++;
      } else if (open
          && i + 2 < t.length()
          && CHOSEN.indexOf(t.charAt(i + 1)) >= 0
          && (t.charAt(i + 2) == '）' || t.charAt(i + 2) == ')')) {
        out = out == null ? new StringBuilder(t.substring(0, i)) : out;
        out.append(t.charAt(i + 1));
        i += 2;
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null || out.indexOf("□") < 0 ? null : out.toString();
  }

  private static boolean isBox(char c) {
    return CHOSEN.indexOf(c) >= 0 || NOT_CHOSEN.indexOf(c) >= 0;
  }

  /** ▲▲▲ / ▲▲ / ▲ as ★★★ / ★★ / ★: each ▲ counts, △ pads them and counts for nothing. */
  private static Optional<RiskLevel> triangles(String t) {
    int full = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '▲') {
        full++;
      } else if (c != '△') {
        return Optional.empty();
      }
    }
    return full >= 1 && full <= 3 ? Optional.of(RiskLevel.ofRank(full)) : Optional.empty();
  }

  private static Optional<RiskLevel> levelWord(String t) {
    try {
      return Optional.of(RiskLevel.parse(t));
    } catch (IllegalArgumentException ex) {
      String bare = LEVEL_SUFFIX.matcher(t).replaceAll("");
      try {
        return Optional.of(RiskLevel.parse(bare));
      } catch (IllegalArgumentException ex2) {
        return Optional.ofNullable(OTHER_SCALES.get(bare));
      }
    }
  }

  private void flush() throws WorkbookRejectedException {
    Pending p = pending;
    pending = null;
    if (p == null) {
      return;
    }
    if (!held.isEmpty() || p.levelKey != null && scale.waits(p.levelKey) || p.greyed) {
      p.reader = this;
      p.scale = scale;
      held.add(p); // behind the points that wait, or waiting itself
      if (held.size() >= MAX_HELD) {
        release();
      }
      return;
    }
    emit(p);
  }

  /** Says, once per scale, what a level word whose meaning hangs on the scale was read as. */
  private void reportScale(LevelScale on, String key, Sink to) throws WorkbookRejectedException {
    String decided = on.report(key);
    if (decided != null) {
      to.problem(
          cellProblem(ProblemCode.LEVEL_SCALE_DECIDED, headerNumber, column(AnnexColumn.LEVEL))
              .rawValue(decided)
              .build());
    }
  }

  /** Hands on a point's rows, its level's word decided. */
  private void emit(Pending p) throws WorkbookRejectedException {
    Optional<RiskLevel> level = p.level;
    String key = p.levelKey;
    LevelScale pointScale = p.scale != null ? p.scale : scale;
    if (key != null) {
      level =
          pointScale.voids(key) ? Optional.empty() : pointScale.get(key).or(() -> parseLevel(key));
      reportScale(pointScale, key, out);
      if (level.isEmpty()) {
        out.problem(
            cellProblem(ProblemCode.UNKNOWN_LEVEL, p.number, column(AnnexColumn.LEVEL))
                .rawValue(key)
                .build());
      }
    }
    Optional<RiskLevel> pointLevel = level;
    for (int i = 0; i < p.titles.size(); i++) {
      LevelledText title = p.titles.get(i);
      if (p.categories != null && p.categories.get(i) != RiskCategory.UNSPECIFIED) {
        p.template.category(p.categories.get(i));
      }
      try {
        AnnexRow row =
            withResponsibility(
                p.template
                    .title(PastedText.tidy(title.getText()))
                    .level(title.getLevel().or(() -> pointLevel))
                    .measures(PastedText.tidy(p.measuresOf(i)))
                    .build());
        People people = lastSetAside;
        if (i == 0 && people != null && people.setAside() != null) {
          out.problem(
              cellProblem(
                      ProblemCode.RESPONSIBILITY_SET_ASIDE,
                      p.number,
                      column(people.setAsideColumn()))
                  .rawValue(people.setAside())
                  .build());
        }
        out.row(
            LocatedRow.builder()
                .sheet(sheet)
                .kind(kind)
                .rowNumber(p.number)
                .continuationRows(p.continuation)
                .extras(p.extras)
                .row(row)
                .build());
      } catch (IllegalArgumentException | IllegalStateException ex) {
        sink.problem(
            rowProblem(ProblemCode.INVALID_ROW, p.number)
                .rawValue(String.valueOf(ex.getMessage()))
                .build());
      }
    }
  }

  private CellFinding sheetProblem(ProblemCode code) {
    return CellFinding.builder().code(code).sheet(sheet);
  }

  private CellFinding rowProblem(ProblemCode code, int number) {
    return sheetProblem(code).row(OptionalInt.of(number));
  }

  private CellFinding cellProblem(ProblemCode code, int number, int column) {
    CellFinding b = rowProblem(code, number).cell(CellRefs.cell(column, number));
    if (!band.text(column).isEmpty()) {
      b.header(band.text(column));
    }
    return b;
  }
}
