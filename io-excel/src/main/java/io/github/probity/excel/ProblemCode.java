package io.github.probity.excel;

import io.github.probity.model.Coded;
import io.github.probity.validation.Severity;

/**
 * The stable codes of reading problems, each with its severity and its message in Chinese and
 * English. Messages name no cell: the problem's location does.
 */
public enum ProblemCode implements Coded {
  /** The workbook holds no table Probity recognises. */
  NO_TABLE_FOUND(
      "NO_TABLE_FOUND", Severity.ERROR, "工作簿中未找到廉政风险一览表", "The workbook holds no risk table"),
  /** A sheet has no header row Probity recognises; the sheet was skipped. */
  SHEET_SKIPPED(
      "SHEET_SKIPPED",
      Severity.INFO,
      "工作表中未找到表头，已跳过",
      "No header row found; the sheet was skipped"),
  /**
   * A sheet looks like an annex but has no risk point column; the sheet was not read. The raw value
   * lists the columns that were recognised and the headers that were not, so that a mapping can be
   * given (e.g. {@code --map 表头=风险点}).
   */
  MISSING_RISK_POINT_COLUMN(
      "MISSING_RISK_POINT_COLUMN",
      Severity.ERROR,
      "表头中没有可识别为“廉政风险点”的列，该表未读入；可用表头映射指定哪一列是风险点",
      "The header has no column recognisable as the risk point; the sheet was not read; map a"
          + " header to the risk point column"),
  /** A header cell names no known column; its values are kept with each row as extras. */
  UNKNOWN_HEADER(
      "UNKNOWN_HEADER",
      Severity.INFO,
      "未能识别的表头，该列内容作为附加信息随行保留",
      "Unknown header; its values are kept with each row as extras"),
  /**
   * A header cell was placed by its meaning, not by a known spelling; the value names the column.
   */
  HEADER_BY_MEANING(
      "HEADER_BY_MEANING", Severity.INFO, "表头按含义识别", "Header recognised by its meaning"),
  /** A column without a telling header was placed by what its cells hold. */
  COLUMN_BY_CONTENT(
      "COLUMN_BY_CONTENT", Severity.INFO, "该列按单元格内容识别", "Column recognised by what its cells hold"),
  /** Two header cells name the same column; the first is read, the other's values are extras. */
  DUPLICATE_COLUMN(
      "DUPLICATE_COLUMN",
      Severity.WARNING,
      "重复的列，只按第一列读取，其余列内容作为附加信息保留",
      "Duplicate column; the first one is read, the others are kept as extras"),
  /** The sheet has no category column; every point's category is 未分类 (not given). */
  NO_CATEGORY_COLUMN(
      "NO_CATEGORY_COLUMN",
      Severity.INFO,
      "表中没有“风险类别”列，风险点按“未分类”读入",
      "No category column; the points are read as unspecified (未分类)"),
  /** A category not given was taken from the words of the risk point, as the caller asked. */
  CATEGORY_SUGGESTED(
      "CATEGORY_SUGGESTED",
      Severity.INFO,
      "风险类别未填，按风险点的文字推定",
      "Category not given; suggested by the risk point's words"),
  /**
   * Neither the caller nor the workbook gave a value the ledger needs (the unit's name or code, the
   * year); a default was used. The value names it, e.g. {@code 单位代码=UNIT}; give it per call with
   * {@code read(file, unit, year)}.
   */
  VALUE_DEFAULTED(
      "VALUE_DEFAULTED",
      Severity.INFO,
      "调用方和工作簿均未给出，暂用默认值（读取时可指定单位与年度）",
      "Given neither by the caller nor by the workbook; a default is used (give the unit and year"
          + " when reading)"),
  /**
   * The workbook carries the ledger Probity wrote it from, but that ledger could not be used (the
   * value says why: altered, cut short, unreadable); the tables were read as a foreign workbook's.
   */
  LEDGER_SHEET_IGNORED(
      "LEDGER_SHEET_IGNORED",
      Severity.WARNING,
      "工作簿所附的原台账数据无法使用（已被改动或不完整），按表格内容读入，编号重新生成",
      "The ledger kept in the workbook cannot be used (altered or incomplete); the tables were read"
          + " as they are, with new ids"),
  /**
   * Rows were dropped while reading a workbook that carries its ledger: points no row shows are
   * kept, not taken as deleted, since a dropped row may have shown them.
   */
  REMOVALS_NOT_INFERRED(
      "REMOVALS_NOT_INFERRED",
      Severity.WARNING,
      "有行未能读入，表中未出现的风险点不视为已删除",
      "Rows were dropped, so points the tables do not show are not taken as deleted"),
  /**
   * A row of the header band, or a header repeated inside the table (a printed page break), was
   * skipped.
   */
  REPEATED_HEADER_SKIPPED(
      "REPEATED_HEADER_SKIPPED",
      Severity.INFO,
      "表头行（或表内重复的表头），已跳过",
      "A header row (or a header repeated inside the table) was skipped"),
  /** A section row such as 一、领导班子, one text across the table, was skipped. */
  SECTION_ROW_SKIPPED(
      "SECTION_ROW_SKIPPED", Severity.INFO, "分组标题行，已跳过", "A section row was skipped"),
  /** The level was written inside the risk point's cell; it was read and removed from the title. */
  LEVEL_IN_TITLE(
      "LEVEL_IN_TITLE",
      Severity.INFO,
      "风险等级写在风险点单元格内，已读出",
      "The level was written in the risk point's cell and was read from there"),
  /** A row has content but no risk point; the row was not read. */
  BLANK_RISK_POINT(
      "BLANK_RISK_POINT",
      Severity.ERROR,
      "风险点为空，该行未读入",
      "The risk point is blank; the row was not read"),
  /** A row's owner (department, post, leader) is blank; the row was not read. */
  MISSING_OWNER(
      "MISSING_OWNER",
      Severity.ERROR,
      "责任主体（科室、岗位或领导）为空，该行未读入",
      "The owner (department, post or leader) is blank; the row was not read"),
  /** A row's scope (层级) names no owner scope; the row was not read. */
  UNKNOWN_SCOPE(
      "UNKNOWN_SCOPE", Severity.ERROR, "无法识别的层级，该行未读入", "Unknown scope; the row was not read"),
  /** A row's values could not make a risk point; the row was not read. */
  INVALID_ROW(
      "INVALID_ROW",
      Severity.ERROR,
      "该行数据无效，未读入",
      "The row's values are invalid; the row was not read"),
  /** A category names no risk category; the point is read as 未分类 (or the caller's default). */
  UNKNOWN_CATEGORY(
      "UNKNOWN_CATEGORY",
      Severity.WARNING,
      "无法识别的风险类别，按“未分类”读入",
      "Unknown category; read as unspecified"),
  /** A category cell is blank; the point is read as 未分类 (or the caller's default). */
  BLANK_CATEGORY(
      "BLANK_CATEGORY", Severity.INFO, "风险类别为空，按“未分类”读入", "Blank category; read as unspecified"),
  /** A level names no risk level; the point is to be graded. */
  UNKNOWN_LEVEL(
      "UNKNOWN_LEVEL",
      Severity.WARNING,
      "无法识别的风险等级，按待评定读入",
      "Unknown level; the point is read as to be graded"),
  /** A level cell is blank; the point is to be graded. */
  BLANK_LEVEL(
      "BLANK_LEVEL",
      Severity.INFO,
      "风险等级为空，按待评定读入",
      "Blank level; the point is read as to be graded"),
  /** One cell held several numbered risk points; each became a point with the row's measures. */
  RISK_POINTS_SPLIT(
      "RISK_POINTS_SPLIT",
      Severity.INFO,
      "一个单元格含多个风险点，已拆分，各点共用本行措施",
      "One cell held several risk points; they were split and share the row's measures"),
  /** A row without its own risk point added its measures to the point above. */
  CONTINUATION_ROW(
      "CONTINUATION_ROW",
      Severity.INFO,
      "本行无风险点，措施并入上一风险点",
      "The row has no risk point; its measures were added to the point above"),
  /** A note or signature row under the table was skipped. */
  NOTE_ROW_SKIPPED(
      "NOTE_ROW_SKIPPED", Severity.INFO, "备注或签名行，已跳过", "Note or signature row skipped"),
  /** The workbook holds no warnings-and-dispositions ledger (预警处置台账). */
  NO_WARNING_TABLE(
      "NO_WARNING_TABLE",
      Severity.ERROR,
      "工作簿中未找到预警处置台账（表头需含“预警编号”和“预警等级”）",
      "The workbook holds no warnings-and-dispositions ledger (a header with 预警编号 and 预警等级)"),
  /** A warning row has content but no warning id; the row was not read. */
  MISSING_WARNING_ID(
      "MISSING_WARNING_ID",
      Severity.ERROR,
      "预警编号为空，该行未读入",
      "The warning id is blank; the row was not read"),
  /**
   * A cell's value could not be read (an unknown level, state or step, or a bad time); it is left
   * empty.
   */
  UNREADABLE_CELL(
      "UNREADABLE_CELL", Severity.WARNING, "无法识别的取值，按空值读入", "Unreadable value; read as empty"),
  /** The workbook holds no implementation plan table (annex 4). */
  PLAN_TABLE_NOT_FOUND(
      "PLAN_TABLE_NOT_FOUND",
      Severity.ERROR,
      "工作簿中未找到实施计划表（附件4）",
      "The workbook holds no implementation plan table (annex 4)"),
  /** A plan table lacks the phase, period or task column; the sheet was not read. */
  PLAN_MISSING_COLUMN(
      "PLAN_MISSING_COLUMN",
      Severity.ERROR,
      "实施计划表缺少工作阶段、时间安排或工作任务列，该表未读入",
      "The plan table lacks the phase, period or task column; the sheet was not read"),
  /** A plan row has content but no task; the row was not read. */
  PLAN_BLANK_TASK(
      "PLAN_BLANK_TASK", Severity.ERROR, "工作任务为空，该行未读入", "The task is blank; the row was not read"),
  /** A plan row has no phase; the row was not read. */
  PLAN_BLANK_PHASE(
      "PLAN_BLANK_PHASE",
      Severity.ERROR,
      "工作阶段为空，该行未读入",
      "The phase is blank; the row was not read"),
  /** A plan row's period is not a date range; the row was not read. */
  PLAN_INVALID_PERIOD(
      "PLAN_INVALID_PERIOD",
      Severity.ERROR,
      "时间安排无法识别为起止日期，该行未读入",
      "The period is not a date range; the row was not read"),
  /** A task is marked completed without a date; the phase's end is taken as its date. */
  PLAN_COMPLETION_UNDATED(
      "PLAN_COMPLETION_UNDATED",
      Severity.WARNING,
      "完成情况未注明日期，按阶段结束日期读入",
      "Completed without a date; the phase's end is taken as the date"),
  /** A completion standard names no progress indicator; its text was added to the note. */
  PLAN_UNKNOWN_STANDARD(
      "PLAN_UNKNOWN_STANDARD",
      Severity.INFO,
      "完成标准未包含可识别的进度指标，已并入备注",
      "The completion standard names no progress indicator; its text was added to the note"),
  /** The workbook holds more than one plan table; only the first was read. */
  PLAN_EXTRA_TABLE(
      "PLAN_EXTRA_TABLE",
      Severity.WARNING,
      "工作簿中有多张实施计划表，只读入第一张",
      "More than one plan table; only the first was read"),
  /** The rows read make no valid plan, e.g. phases overlap; the value says why. */
  PLAN_INVALID(
      "PLAN_INVALID",
      Severity.ERROR,
      "各行不能构成有效的实施计划",
      "The rows make no valid implementation plan");

  private final String code;
  private final Severity severity;
  private final String zh;
  private final String en;

  ProblemCode(String code, Severity severity, String zh, String en) {
    this.code = code;
    this.severity = severity;
    this.zh = zh;
    this.en = en;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the Chinese message, which is also the label.
   *
   * @return the message
   */
  @Override
  public String displayName() {
    return zh;
  }

  /**
   * Returns the severity of problems with this code.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the Chinese message.
   *
   * @return the message
   */
  public String messageZh() {
    return zh;
  }

  /**
   * Returns the English message.
   *
   * @return the message
   */
  public String messageEn() {
    return en;
  }
}
