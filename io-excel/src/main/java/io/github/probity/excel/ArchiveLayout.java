package io.github.probity.excel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sections of an archive sheet (岗位廉政风险档案): their titles and header rows, shared by the writer
 * and the reader. Every section but the first is a table: a title row, a header row and data rows,
 * then a blank row. Immutable constants.
 */
final class ArchiveLayout {
  static final int WIDTH = 12;

  /**
   * Column widths, in characters: together one A4 landscape page wide at 92% or more (see {@link
   * Sheets#fit}).
   */
  static final int[] WIDTHS = {10, 9, 17, 16, 9, 10, 10, 10, 10, 11, 12, 9};

  static final String BASIC = "一、岗位基本情况";
  static final String HOLDERS = "二、在岗人员";
  static final String DUTIES = "三、岗位职责";
  static final String POINTS = "四、廉政风险点";
  static final String GRADING = "五、风险评估与集体定级";
  static final String MEASURES = "六、防控措施";
  static final String INDICATORS = "七、监控指标";
  static final String REVIEWS = "八、防控措施审核记录";
  static final String PLEDGES = "九、廉政承诺";
  static final String CHANGES = "十、档案变更记录";
  static final String ENTRIES = "十一、预警与处置记录";
  static final String MEETINGS = "十二、集体研究定级会议记录";
  static final String PEOPLE = "十三、相关人员";

  /**
   * What a section's title gets at the top of a page its table continues on, above its header
   * repeated: {@code 三、岗位职责（续）}.
   */
  static final String CONTINUED = "（续）";

  static final String UNIT_NAME = "单位名称";
  static final String UNIT_CODE = "单位代码";
  static final String YEAR = "档案年度";
  static final String DEPARTMENT_NAME = "所在科室";
  static final String DEPARTMENT_ID = "科室编号";
  static final String POST_NAME = "岗位名称";
  static final String POST_ID = "岗位编号";

  /** The key of the chain's anchor in the basic section, when the writer was given one. */
  static final String ANCHOR = "档案链锚点";

  static final List<String> BASIC_KEYS =
      List.of(UNIT_NAME, UNIT_CODE, YEAR, DEPARTMENT_NAME, DEPARTMENT_ID, POST_NAME, POST_ID);

  static final List<String> HOLDER_HEADERS = List.of("人员编号", "姓名", "职务");
  static final List<String> DUTY_HEADERS = List.of("序号", "职责内容");
  static final List<String> POINT_HEADERS =
      List.of(
          "风险点编号", "风险类别", "风险点", "表现形式", "风险等级", "职权事项", "流程环节", "责任人", "责任领导", "剩余风险等级",
          "剩余风险说明");
  static final List<String> GRADING_HEADERS =
      List.of(
          "风险点编号", "权力重要程度", "行使频率", "发生几率", "自由裁量空间", "危害程度", "定级会议", "定级日期", "拟定等级", "确定等级",
          "定级理由");
  static final List<String> MEASURE_HEADERS =
      List.of("风险点编号", "措施编号", "防控措施", "措施类型", "提出人", "完成时限");
  static final List<String> INDICATOR_HEADERS = List.of("风险点编号", "序号", "监控指标");
  static final List<String> REVIEW_HEADERS =
      List.of(
          "措施编号", "风险点编号", "责任主体", "操作", "原状态", "新状态", "经办人", "时间", "意见", "退回理由", "公示期限", "公示范围");
  static final List<String> PLEDGE_HEADERS = List.of("承诺人编号", "承诺人", "承诺日期", "承诺内容");
  static final List<String> CHANGE_HEADERS = List.of("序号", "变更日期", "变更类型", "变更原因", "记录人");
  static final List<String> ENTRY_HEADERS = List.of("类别", "记录编号", "日期", "摘要", "项目", "内容");
  static final List<String> MEETING_HEADERS =
      List.of("会议名称及文号", "会议日期", "会议类型", "出席人员", "列席及其他人员", "不同意见");
  static final List<String> PEOPLE_HEADERS = HOLDER_HEADERS;

  /**
   * The first column of each header of a section's table, where its headers do not take one column
   * each: a header spans the columns up to the next one's, the last up to the table's edge. The
   * reader finds the columns by their headers, so spans do not change what it reads.
   */
  static int[] starts(String section) {
    switch (section) {
      case MEASURES:
        return new int[] {0, 1, 2, 8, 9, 10};
      case CHANGES:
        return new int[] {0, 1, 2, 3, 9};
      case ENTRIES:
        return new int[] {0, 1, 2, 3, 6, 7};
      case MEETINGS:
        return new int[] {0, 2, 3, 4, 7, 9};
      case PLEDGES:
        return new int[] {0, 1, 2, 3};
      default:
        int[] starts = new int[headers(section).size()];
        for (int c = 0; c < starts.length; c++) {
          starts[c] = c;
        }
        return starts;
    }
  }

  /** Separates names in one cell: one per line. */
  static final String NAME_LINES = "\n";

  /** The zone the archive's times are printed in; each printed time states its offset. */
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** 2026年3月15日 9:30:05 UTC+08:00, with a fraction of a second only where the time has one. */
  private static final DateTimeFormatter TIME =
      new DateTimeFormatterBuilder()
          .appendValue(ChronoField.YEAR, 4)
          .appendLiteral('年')
          .appendValue(ChronoField.MONTH_OF_YEAR)
          .appendLiteral('月')
          .appendValue(ChronoField.DAY_OF_MONTH)
          .appendLiteral("日 ")
          .appendValue(ChronoField.HOUR_OF_DAY)
          .appendLiteral(':')
          .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
          .appendLiteral(':')
          .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .appendLiteral(" UTC")
          .appendOffset("+HH:MM", "+00:00")
          .toFormatter();

  private static final Pattern CHINESE_DATE =
      Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

  /** A date as the archive prints it: 2026年3月15日. */
  static String date(LocalDate d) {
    return Sheets.chineseDate(d);
  }

  /** A date as printed (2026年3月15日) or in ISO form (2026-03-15, as earlier archives have it). */
  static LocalDate parseDate(String text) {
    String t = text.strip();
    Matcher m = CHINESE_DATE.matcher(t);
    if (m.matches()) {
      return LocalDate.of(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
    return LocalDate.parse(t);
  }

  /** A time as the archive prints it, exactly: the unit's local time and its offset. */
  static String time(Instant t) {
    return TIME.format(t.atZone(ZONE));
  }

  /** A time as printed, or an ISO instant (as earlier archives have it). */
  static Instant parseTime(String text) {
    String t = text.strip();
    return t.contains("年") ? OffsetDateTime.parse(t, TIME).toInstant() : Instant.parse(t);
  }

  static final String WARNING_LABEL = "预警";
  static final String DISPOSITION_LABEL = "处置";

  /** Separates the dates of a publicity period. */
  static final String PERIOD = "至";

  /** Separates revision kinds in one cell. */
  static final String KIND_SEPARATOR = "、";

  static final List<String> TABLES =
      List.of(
          HOLDERS,
          DUTIES,
          POINTS,
          GRADING,
          MEASURES,
          INDICATORS,
          REVIEWS,
          PLEDGES,
          CHANGES,
          ENTRIES,
          MEETINGS,
          PEOPLE);

  private ArchiveLayout() {}

  static List<String> headers(String section) {
    switch (section) {
      case HOLDERS:
        return HOLDER_HEADERS;
      case DUTIES:
        return DUTY_HEADERS;
      case POINTS:
        return POINT_HEADERS;
      case GRADING:
        return GRADING_HEADERS;
      case MEASURES:
        return MEASURE_HEADERS;
      case INDICATORS:
        return INDICATOR_HEADERS;
      case REVIEWS:
        return REVIEW_HEADERS;
      case PLEDGES:
        return PLEDGE_HEADERS;
      case CHANGES:
        return CHANGE_HEADERS;
      case ENTRIES:
        return ENTRY_HEADERS;
      case MEETINGS:
        return MEETING_HEADERS;
      case PEOPLE:
        return PEOPLE_HEADERS;
      default:
        return List.of();
    }
  }

  static String title(String unitName, int year) {
    return unitName + "岗位廉政风险档案（" + year + "年度）";
  }
}
