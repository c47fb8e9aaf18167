package io.github.probity.excel;

import static io.github.probity.excel.UnseenLayoutsTest.dept;
import static io.github.probity.excel.UnseenLayoutsTest.group;
import static io.github.probity.excel.UnseenLayoutsTest.leader;
import static io.github.probity.excel.UnseenLayoutsTest.post;

import io.github.probity.excel.FourthBlindLayoutsTest.Case;
import io.github.probity.excel.FourthBlindLayoutsTest.Sh;
import io.github.probity.excel.FourthBlindLayoutsTest.Wb;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A thirteenth set of blind workbooks: a higher body's template, filled in and edited by the units
 * it was sent to. The template's example row left in (示例, 例：, 填写样例, a whole 填写示例 sheet), prompts
 * left in cells (（请填写）, 请选择, XXX, 高/中/低), instructions inside header cells (风险点（简要描述， 不超过50字）,
 * 风险等级（下拉选择）, with and without a line break), data-validation dropdowns, an autofilter with rows
 * filtered out, comments (批注) on cells, columns the unit inserted in the middle (是否重点 with 是/否,
 * 整改情况, 备注), template columns the unit deleted or renamed, rows grouped and collapsed, frozen
 * panes, the header copied again every printed page, numbers stored as text with a leading
 * apostrophe, thousands of styled but empty rows, 填报单位：…（盖章） above and 填报人/审核人/联系电话 below, and two
 * units' returns pasted one under the other. Written with POI before looking at how the reader
 * recognises anything.
 *
 * <p>Decisions that hold for every case: rows hidden by a filter or a collapsed outline are the
 * unit's data (hiding is a view, not a deletion); the template's example row and rows holding only
 * prompts are no points, and a prompt left in a real row's cell is an empty field; the 填报单位 line,
 * the repeated header and the sign-off are no rows; a comment is no cell text.
 *
 * <p>Every field of every row is compared with default settings (rows are matched by title); every
 * non-empty cell under the header must be carried by its row, or, for a label row that names the
 * rows under it, by those rows, or be named by a finding.
 *
 * <p>Blind figure, default settings, before the reader was changed for these layouts: 1067/1080
 * fields right (98.8%); every row accounted for in 9 of 14 workbooks. Failed: the template's
 * example row read as a point (示例 in 序号, 例： in every cell, 填写样例, a whole 填写示例 sheet whose XX科 row
 * took the place of the real one); prompts read as values (（请填写） as a 责任人 and a row of （请填写） as a
 * point, XXX as a leader's name and as a 责任人's name); a row of 请选择 under an empty point left
 * without a finding on its cells; a sign-off row of two label cells (编制人：… 审核人：…) read as a point;
 * the second unit's 填报单位：…（盖章） line inside the data named by no finding. Read right from the start:
 * rows hidden by a filter or a collapsed outline, 3,000 styled empty rows, apostrophe text,
 * inserted 是否重点 / 整改情况 / 备注 columns, renamed and deleted template columns, header copies every
 * page, instructions inside header cells, comments, dropdowns, "高/中/低" left as the level.
 *
 * <p>After: 1073/1073 (100%), every row accounted for in 14 of 14 workbooks (the unexpected rows no
 * longer count, so the total fell), with these general rules: a template's example row (示例 / 样例 /
 * 填写样例 first, or 例： first or atop the risk point) and a row holding only prompts and a 序号 are
 * skipped and named (TEMPLATE_ROW_SKIPPED); a prompt in a real row's cell ((请填写), 请选择, XXX, or XXX
 * before a role) is an empty field named PLACEHOLDER_CELL; a sheet whose name or title says 填写示例 /
 * 样例 / （示例） is skipped; 编制人：… and 填报单位：… lines inside a table are note rows. Pinned one by one in
 * ReaderReview13Test. The unit of each block when two units' returns share a sheet is not a row
 * field: both blocks are read as the workbook's one unit (the second 填报单位 line is named by its
 * finding).
 */
class ThirteenthBlindLayoutsTest {

  /** The field accuracy measured over these cases when they were last fixed. */
  private static final double FLOOR = 1.0;

  // ------------------------------------------------------------------ what a template adds

  /** Text typed with a leading apostrophe: a string cell whose style is quote-prefixed. */
  record Q(String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  /** What a sheet carries beyond its cells and merges (Sh holds hidden rows and the rest). */
  static final class Look {
    final Map<String, String> comments = new LinkedHashMap<>();
    final Map<String, String[]> dropdowns = new LinkedHashMap<>();
    final List<int[]> groups = new ArrayList<>();
    String filter;
    int frozenRows;
    int styledEmptyRows;

    Look comment(String ref, String text) {
      comments.put(ref, text);
      return this;
    }

    Look dropdown(String range, String... list) {
      dropdowns.put(range, list);
      return this;
    }

    /** Groups rows {@code from..to} (0-based) in an outline, collapsed. */
    Look collapsed(int from, int to) {
      groups.add(new int[] {from, to});
      return this;
    }

    Look filter(String range) {
      filter = range;
      return this;
    }

    Look freeze(int rows) {
      frozenRows = rows;
      return this;
    }

    Look styledEmpty(int rows) {
      styledEmptyRows = rows;
      return this;
    }
  }

  /** A case with the looks of its sheets. */
  record Dressed(Case c, Map<String, Look> looks) {
    @Override
    public String toString() {
      return c.toString();
    }
  }

  static Dressed dressed(Case c, Object... sheetAndLook) {
    Map<String, Look> m = new LinkedHashMap<>();
    for (int i = 0; i < sheetAndLook.length; i += 2) {
      m.put((String) sheetAndLook[i], (Look) sheetAndLook[i + 1]);
    }
    return new Dressed(c, m);
  }

  static byte[] write(Dressed d) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      CellStyle quoted = wb.createCellStyle();
      quoted.setQuotePrefixed(true);
      CellStyle framed = wb.createCellStyle();
      framed.setBorderBottom(BorderStyle.THIN);
      framed.setBorderRight(BorderStyle.THIN);
      framed.setBorderLeft(BorderStyle.THIN);
      framed.setBorderTop(BorderStyle.THIN);
      for (Sh s : d.c().book.sheets) {
        XSSFSheet sheet = wb.createSheet(s.name);
        Look look = d.looks().getOrDefault(s.name, new Look());
        int width = 0;
        for (int r = 0; r < s.rows.size(); r++) {
          Row row = sheet.createRow(r);
          Object[] cells = s.rows.get(r);
          width = Math.max(width, cells.length);
          for (int c = 0; c < cells.length; c++) {
            Object v = cells[c];
            if (v instanceof FourthBlindLayoutsTest.Num n) {
              row.createCell(c).setCellValue(n.value());
            } else if (v instanceof Q q) {
              Cell cell = row.createCell(c);
              cell.setCellValue(q.text());
              cell.setCellStyle(quoted);
            } else if (v instanceof String t && !t.isEmpty()) {
              row.createCell(c).setCellValue(t);
            }
          }
        }
        for (int r = s.rows.size(); r < s.rows.size() + look.styledEmptyRows; r++) {
          Row row = sheet.createRow(r);
          for (int c = 0; c < width; c++) {
            row.createCell(c).setCellStyle(framed);
          }
        }
        for (String m : s.merges) {
          int[] rg = Objects.requireNonNull(CellRefs.range(m));
          sheet.addMergedRegion(new CellRangeAddress(rg[0], rg[2], rg[1], rg[3]));
        }
        for (int r : s.hiddenRows) {
          sheet.getRow(r).setZeroHeight(true);
        }
        for (int[] g : look.groups) {
          sheet.groupRow(g[0], g[1]);
          sheet.setRowGroupCollapsed(g[0], true);
        }
        if (look.filter != null) {
          sheet.setAutoFilter(CellRangeAddress.valueOf(look.filter));
        }
        if (look.frozenRows > 0) {
          sheet.createFreezePane(0, look.frozenRows);
        }
        DataValidationHelper dv = sheet.getDataValidationHelper();
        look.dropdowns.forEach(
            (range, list) -> {
              CellRangeAddress a = CellRangeAddress.valueOf(range);
              DataValidation at =
                  dv.createValidation(
                      dv.createExplicitListConstraint(list),
                      new CellRangeAddressList(
                          a.getFirstRow(), a.getLastRow(), a.getFirstColumn(), a.getLastColumn()));
              at.setShowErrorBox(true);
              sheet.addValidationData(at);
            });
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        look.comments.forEach(
            (ref, text) -> {
              CellAddress a = new CellAddress(ref);
              ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
              anchor.setCol1(a.getColumn() + 1);
              anchor.setCol2(a.getColumn() + 3);
              anchor.setRow1(a.getRow());
              anchor.setRow2(a.getRow() + 3);
              Comment cm = drawing.createCellComment(anchor);
              cm.setString(wb.getCreationHelper().createRichTextString(text));
              cm.setAuthor("县纪委监委");
              Row row = sheet.getRow(a.getRow());
              Cell cell = row.getCell(a.getColumn());
              (cell == null ? row.createCell(a.getColumn()) : cell).setCellComment(cm);
            });
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  // ------------------------------------------------------------------ the workbooks

  /**
   * 县纪委 附件2 returned by a 农业农村局: "附件2", a title, 填报单位：…（盖章） with the date, headers carrying their
   * instructions (风险点（简要描述，不超过50字）, 风险等级（下拉选择）), a dropdown on the level column and a comment on
   * its header, the template's 示例 row left in, a real row whose 责任人 still says （请填写） and one whose
   * level still says 请选择, two template rows holding only prompts, then 填报人 / 审核人 / 联系电话 and a note.
   * Decision: the 示例 row and the prompt rows are no points; （请填写） and 请选择 are empty fields; the
   * comment is no text.
   */
  static Dressed agricultureBureauReturnsTheCountyTemplate() {
    Wb b = new Wb();
    b.sheet("附件2")
        .row("附件2", "", "", "", "", "")
        .row("某县各单位科室廉政风险点及防控措施登记表", "", "", "", "", "")
        .row("填报单位：某县农业农村局（盖章）", "", "", "", "填报日期：2026年4月10日", "")
        .row("序号", "科室（部门）", "风险点（简要描述，不超过50字）", "风险等级（下拉选择）", "防控措施（可填写多条）", "责任人（填写姓名）")
        .row("示例", "XX科", "例：项目资金审核把关不严", "高", "1.严格执行三级审核；2.资金拨付集体研究", "张XX")
        .row("1", "计划财务科", "涉农资金拨付审核把关不严", "高", "1.资金拨付实行三级审签；2.每季度公示拨付明细", "陈丽")
        .row("2", "农田建设科", "高标准农田项目验收走过场", "高", "1.验收邀请第三方参与；2.验收结果公示", "何军")
        .row("3", "农业综合执法大队", "执法检查选择性执法", "中", "执法全过程记录", "（请填写）")
        .row("4", "种植业管理科", "农资补贴统计不实", "请选择", "补贴数据逐户抽查复核", "刘洋")
        .row("5", "（请填写）", "（请填写）", "请选择", "（请填写）", "")
        .row("6", "", "", "请选择", "", "")
        .row("填报人：刘芳", "", "审核人：王建国", "", "联系电话：0571-86012345", "")
        .row("注：风险等级分为高、中、低三档。", "", "", "", "", "")
        .merge("A2:F2")
        .merge("A13:F13");
    Case c =
        new Case("agriculture bureau returns the county template", b)
            .body("附件2", 5)
            .rows(
                dept("计划财务科")
                    .title("涉农资金拨付审核把关不严")
                    .level(RiskLevel.HIGH)
                    .measures("资金拨付实行三级审签", "每季度公示拨付明细")
                    .resp("陈丽", null),
                dept("农田建设科")
                    .title("高标准农田项目验收走过场")
                    .level(RiskLevel.HIGH)
                    .measures("验收邀请第三方参与", "验收结果公示")
                    .resp("何军", null),
                dept("农业综合执法大队").title("执法检查选择性执法").level(RiskLevel.MEDIUM).measures("执法全过程记录"),
                dept("种植业管理科").title("农资补贴统计不实").measures("补贴数据逐户抽查复核").resp("刘洋", null));
    return dressed(
        c,
        "附件2",
        new Look()
            .dropdown("D5:D11", "高", "中", "低")
            .comment("D4", "请从下拉列表中选择：高、中、低")
            .comment("C6", "经局党组会审定"));
  }

  /**
   * 镇政府 附件3: a post table with an autofilter on the header, the 高 rows shown and the others
   * filtered out (hidden), the header frozen, 序号 typed '01 and a 风险类别（下拉选择） dropdown. Decision: the
   * filtered-out rows are the township's points as much as the shown ones; the 站所 is the
   * department, 岗位 the owner.
   */
  static Dressed townshipFilteredToItsHighRisks() {
    Wb b = new Wb();
    b.sheet("岗位风险")
        .row("某镇人民政府岗位廉政风险点及防控措施表", "", "", "", "", "", "", "")
        .row("序号", "站所（办）", "岗位", "风险类别（下拉选择）", "风险点", "风险等级", "防控措施", "责任人")
        .row(new Q("01"), "财政所", "所长", "岗位职责", "违规审批惠农资金", "高", "惠农资金一卡通发放", "周建")
        .row(new Q("02"), "财政所", "报账员", "制度机制", "虚列支出套取资金", "中", "报账凭证所长复核", "周建")
        .row(new Q("03"), "村镇建设办", "建设管理员", "外部环境", "接受建房户吃请", "中", "建房审批全程公开", "吴涛")
        .row(new Q("04"), "农业服务中心", "农技员", "思想道德", "良种补贴优亲厚友", "低", "补贴名单张榜公布", "郑红")
        .row(new Q("05"), "综合执法队", "执法队员", "岗位职责", "违规减免罚款", "高", "1.处罚决定集体讨论；2.罚没款一律银行代收", "王磊")
        .merge("A1:H1")
        .hideRow(3)
        .hideRow(4)
        .hideRow(5);
    Case c =
        new Case("township filtered to its high risks", b)
            .body("岗位风险", 3)
            .rows(
                post("财政所", "所长")
                    .cat(RiskCategory.DUTY)
                    .title("违规审批惠农资金")
                    .level(RiskLevel.HIGH)
                    .measures("惠农资金一卡通发放")
                    .resp("周建", null),
                post("财政所", "报账员")
                    .cat(RiskCategory.INSTITUTION)
                    .title("虚列支出套取资金")
                    .level(RiskLevel.MEDIUM)
                    .measures("报账凭证所长复核")
                    .resp("周建", null),
                post("村镇建设办", "建设管理员")
                    .cat(RiskCategory.EXTERNAL)
                    .title("接受建房户吃请")
                    .level(RiskLevel.MEDIUM)
                    .measures("建房审批全程公开")
                    .resp("吴涛", null),
                post("农业服务中心", "农技员")
                    .cat(RiskCategory.IDEOLOGY)
                    .title("良种补贴优亲厚友")
                    .level(RiskLevel.LOW)
                    .measures("补贴名单张榜公布")
                    .resp("郑红", null),
                post("综合执法队", "执法队员")
                    .cat(RiskCategory.DUTY)
                    .title("违规减免罚款")
                    .level(RiskLevel.HIGH)
                    .measures("处罚决定集体讨论", "罚没款一律银行代收")
                    .resp("王磊", null));
    return dressed(
        c,
        "岗位风险",
        new Look().filter("A2:H7").freeze(2).dropdown("D3:D7", "思想道德", "岗位职责", "制度机制", "外部环境"));
  }

  /**
   * 中学 附件3: the template's 序号 · 岗位 · 姓名 · 风险点 · 风险等级 · 防控措施 · 责任人 with three columns the school
   * inserted: 是否重点 (是/否) after the level, 整改情况 after the measures and 备注 at the end; comments on a
   * risk cell and on the inserted header. Decision: 是否重点, 整改情况 and 备注 are extras (是/否 is no level
   * and no tick); 姓名 holds the post.
   */
  static Dressed schoolInsertsColumnsIntoTheTemplate() {
    Wb b = new Wb();
    b.sheet("Sheet1")
        .row("附件3", "", "", "", "", "", "", "", "", "")
        .row("个人岗位廉政风险点及防控措施表", "", "", "", "", "", "", "", "", "")
        .row("填报单位：某县第二中学（盖章）", "", "", "", "", "", "", "填报日期：2026年4月8日", "", "")
        .row("序号", "岗位", "姓名", "风险点", "风险等级", "是否重点", "防控措施", "整改情况", "责任人", "备注")
        .row(
            "1",
            "校长",
            "赵永刚",
            "学校基建项目插手干预",
            "高",
            "是",
            "1.基建项目报县教育局统一招标；2.重大支出校务会集体研究",
            "",
            "赵永刚",
            "")
        .row(
            "2",
            "总务主任",
            "孙志",
            "食堂食材采购收受回扣",
            "高",
            "是",
            "1.食材定点公开招标采购；2.每月公示食堂收支",
            "已整改",
            "赵永刚",
            "2025年巡察发现问题")
        .row("3", "教务主任", "钱敏", "招生编班违规择班", "中", "否", "编班结果电脑随机生成", "", "赵永刚", "")
        .row("4", "班主任", "", "违规收受家长礼品礼金", "低", "否", "签订廉洁从教承诺书", "", "钱敏", "")
        .row("填报人：李静", "", "", "审核人：赵永刚", "", "", "联系电话：13800001111", "", "", "")
        .merge("A2:J2");
    Case c =
        new Case("school inserts columns into the template", b)
            .body("Sheet1", 5)
            .rows(
                post(null, "校长")
                    .holders("赵永刚")
                    .title("学校基建项目插手干预")
                    .level(RiskLevel.HIGH)
                    .measures("基建项目报县教育局统一招标", "重大支出校务会集体研究")
                    .resp("赵永刚", null)
                    .extra("是否重点", "是"),
                post(null, "总务主任")
                    .holders("孙志")
                    .title("食堂食材采购收受回扣")
                    .level(RiskLevel.HIGH)
                    .measures("食材定点公开招标采购", "每月公示食堂收支")
                    .resp("赵永刚", null)
                    .extra("是否重点", "是")
                    .extra("整改情况", "已整改")
                    .extra("备注", "2025年巡察发现问题"),
                post(null, "教务主任")
                    .holders("钱敏")
                    .title("招生编班违规择班")
                    .level(RiskLevel.MEDIUM)
                    .measures("编班结果电脑随机生成")
                    .resp("赵永刚", null)
                    .extra("是否重点", "否"),
                post(null, "班主任")
                    .title("违规收受家长礼品礼金")
                    .level(RiskLevel.LOW)
                    .measures("签订廉洁从教承诺书")
                    .resp("钱敏", null)
                    .extra("是否重点", "否"));
    return dressed(
        c, "Sheet1", new Look().comment("F4", "学校自行增加：是/否").comment("D6", "2025年县委巡察反馈问题"));
  }

  /**
   * 县城投集团 附件2: departments written on every row, the rows after each department's first grouped in
   * an outline and collapsed, a 编制人 / 审核人 line, then 3,000 bordered empty rows. Decision: the
   * collapsed rows are the company's points; the styled rows are nothing.
   */
  static Dressed stateCompanyCollapsesItsDepartments() {
    Wb b = new Wb();
    b.sheet("部门风险")
        .row("某县城投集团部门廉洁风险点及防控措施表", "", "", "", "", "", "")
        .row("序号", "部门", "业务事项", "廉洁风险点", "风险等级", "防控措施", "责任人")
        .row("1", "工程管理部", "工程招标", "设置排他性条款限制潜在投标人", "高", "1.招标文件法律顾问审核；2.招标全程进入县公共资源交易中心", "冯立")
        .row("2", "工程管理部", "工程变更", "虚增工程变更签证量", "高", "变更签证监理、跟审、业主三方会签", "冯立")
        .row("3", "工程管理部", "进度款支付", "超进度支付工程款", "中", "进度款支付跟审单位审核", "冯立")
        .row("4", "融资财务部", "融资业务", "融资中介费用不透明", "高", "融资方案董事会集体决策", "卢倩")
        .row("5", "融资财务部", "资金支付", "大额资金违规调拨", "高", "大额资金联签", "卢倩")
        .row("6", "综合办公室", "公务用车", "公车私用", "低", "车辆北斗定位监管", "许斌")
        .row("编制人：许斌", "", "", "审核人：卢倩", "", "", "")
        .merge("A1:G1");
    Case c =
        new Case("state company collapses its departments", b)
            .body("部门风险", 3)
            .rows(
                dept("工程管理部")
                    .power("工程招标")
                    .title("设置排他性条款限制潜在投标人")
                    .level(RiskLevel.HIGH)
                    .measures("招标文件法律顾问审核", "招标全程进入县公共资源交易中心")
                    .resp("冯立", null),
                dept("工程管理部")
                    .power("工程变更")
                    .title("虚增工程变更签证量")
                    .level(RiskLevel.HIGH)
                    .measures("变更签证监理、跟审、业主三方会签")
                    .resp("冯立", null),
                dept("工程管理部")
                    .power("进度款支付")
                    .title("超进度支付工程款")
                    .level(RiskLevel.MEDIUM)
                    .measures("进度款支付跟审单位审核")
                    .resp("冯立", null),
                dept("融资财务部")
                    .power("融资业务")
                    .title("融资中介费用不透明")
                    .level(RiskLevel.HIGH)
                    .measures("融资方案董事会集体决策")
                    .resp("卢倩", null),
                dept("融资财务部")
                    .power("资金支付")
                    .title("大额资金违规调拨")
                    .level(RiskLevel.HIGH)
                    .measures("大额资金联签")
                    .resp("卢倩", null),
                dept("综合办公室")
                    .power("公务用车")
                    .title("公车私用")
                    .level(RiskLevel.LOW)
                    .measures("车辆北斗定位监管")
                    .resp("许斌", null));
    return dressed(
        c, "部门风险", new Look().collapsed(3, 4).collapsed(6, 6).freeze(2).styledEmpty(3000));
  }

  /**
   * 县人民医院 附件3: the template's 风险类别 column deleted, 风险等级 renamed 风险程度, 防控措施 renamed 现有防控措施及拟采取措施,
   * 监督人 renamed 分管院领导, and 整改情况 inserted after the measures. Decision: the renamed columns mean
   * what the template's did; "副院长 郭静" supervises.
   */
  static Dressed hospitalRenamesAndDeletesTemplateColumns() {
    Wb b = new Wb();
    b.sheet("岗位")
        .row("某县人民医院岗位廉洁风险防控登记表", "", "", "", "", "", "", "", "")
        .row("填报单位：某县人民医院（盖章）", "", "", "", "", "", "填报日期：2026年4月", "", "")
        .row("序号", "科室", "岗位", "风险点", "风险程度", "现有防控措施及拟采取措施", "整改情况", "责任人", "分管院领导")
        .row(
            "1",
            "药剂科",
            "药品采购岗",
            "接受医药代表回扣",
            "高",
            "1.药品采购全部通过省平台；2.医药代表院内接待实行备案登记",
            "已建立备案制度",
            "杨帆",
            "副院长 郭静")
        .row("2", "药剂科", "药库管理岗", "药品出入库账实不符", "中", "每月盘点，财务科参与", "", "杨帆", "副院长 郭静")
        .row("3", "医学装备科", "设备采购岗", "设备参数设置倾向性", "高", "参数论证三家以上", "正在整改", "曹阳", "副院长 郭静")
        .row("4", "医务科", "医疗质量管理岗", "医疗纠纷处理不公", "低", "纠纷处理集体研究", "", "潘越", "院长 邓华")
        .merge("A1:I1");
    Case c =
        new Case("hospital renames and deletes template columns", b)
            .body("岗位", 4)
            .rows(
                post("药剂科", "药品采购岗")
                    .title("接受医药代表回扣")
                    .level(RiskLevel.HIGH)
                    .measures("药品采购全部通过省平台", "医药代表院内接待实行备案登记")
                    .resp("杨帆", null)
                    .sup("郭静", "副院长")
                    .extra("整改情况", "已建立备案制度"),
                post("药剂科", "药库管理岗")
                    .title("药品出入库账实不符")
                    .level(RiskLevel.MEDIUM)
                    .measures("每月盘点，财务科参与")
                    .resp("杨帆", null)
                    .sup("郭静", "副院长"),
                post("医学装备科", "设备采购岗")
                    .title("设备参数设置倾向性")
                    .level(RiskLevel.HIGH)
                    .measures("参数论证三家以上")
                    .resp("曹阳", null)
                    .sup("郭静", "副院长")
                    .extra("整改情况", "正在整改"),
                post("医务科", "医疗质量管理岗")
                    .title("医疗纠纷处理不公")
                    .level(RiskLevel.LOW)
                    .measures("纠纷处理集体研究")
                    .resp("潘越", null)
                    .sup("邓华", "院长"));
    return dressed(c, "岗位", new Look().freeze(3));
  }

  /**
   * 县卫健局 gathers two 卫生院 returns on one sheet, pasted one under the other: each with its title,
   * 填报单位：…（盖章） line, header, rows and 填报人 line. Decision: each block's rows belong to its own 科室
   * (药剂科 twice, one in each unit); the second title, unit line and header are no rows.
   */
  static Dressed twoHealthCentresPastedOnOneSheet() {
    Wb b = new Wb();
    b.sheet("汇总")
        .row("城关镇卫生院科室廉政风险点及防控措施表", "", "", "", "", "")
        .row("填报单位：城关镇卫生院（盖章）", "", "", "", "填报日期：2026年3月28日", "")
        .row("序号", "科室", "风险点", "风险等级", "防控措施", "责任人")
        .row("1", "药剂科", "药品采购收受回扣", "高", "药品网上集中采购", "马涛")
        .row("2", "财务科", "虚开医疗收费票据", "中", "收费票据电子化管理", "林燕")
        .row("填报人：林燕", "", "审核人：马涛", "", "联系电话：0571-65012345", "")
        .row("", "", "", "", "", "")
        .row("李庄镇卫生院科室廉政风险点及防控措施表", "", "", "", "", "")
        .row("填报单位：李庄镇卫生院（盖章）", "", "", "", "填报日期：2026年3月30日", "")
        .row("序号", "科室", "风险点", "风险等级", "防控措施", "责任人")
        .row("1", "药剂科", "药品出入库管理混乱", "中", "药品进销存系统管理", "黄伟")
        .row("2", "公共卫生科", "虚报公卫服务数据", "高", "1.服务数据电话抽查回访；2.县疾控中心季度核查", "董丽")
        .row("填报人：董丽", "", "审核人：黄伟", "", "联系电话：0571-65098765", "")
        .merge("A1:F1")
        .merge("A8:F8");
    Case c =
        new Case("two health centres pasted on one sheet", b)
            .body("汇总", 4)
            .rows(
                dept("药剂科")
                    .title("药品采购收受回扣")
                    .level(RiskLevel.HIGH)
                    .measures("药品网上集中采购")
                    .resp("马涛", null),
                dept("财务科")
                    .title("虚开医疗收费票据")
                    .level(RiskLevel.MEDIUM)
                    .measures("收费票据电子化管理")
                    .resp("林燕", null),
                dept("药剂科")
                    .title("药品出入库管理混乱")
                    .level(RiskLevel.MEDIUM)
                    .measures("药品进销存系统管理")
                    .resp("黄伟", null),
                dept("公共卫生科")
                    .title("虚报公卫服务数据")
                    .level(RiskLevel.HIGH)
                    .measures("服务数据电话抽查回访", "县疾控中心季度核查")
                    .resp("董丽", null));
    return dressed(c, "汇总", new Look());
  }

  /**
   * 县司法局 附件1: the template's 填写样例 row (张XX, 局长) left in, the 领导班子 row with its label in 职务, a vice
   * whose name is still the template's XXX, headers with their instructions and a dropdown on the
   * level. Decision: the 样例 row is no point; XXX is no name, so that vice is known by his post;
   * 分管工作 is an extra.
   */
  static Dressed justiceBureauLeadersWithTheSampleRowLeftIn() {
    Wb b = new Wb();
    b.sheet("附件1")
        .row("附件1", "", "", "", "", "", "")
        .row("领导班子及班子成员廉政风险点及防控措施表", "", "", "", "", "", "")
        .row("填报单位：某县司法局（盖章）", "", "", "", "", "", "")
        .row("序号", "姓名", "职务", "分管工作", "风险点（简要描述，不超过50字）", "风险等级（下拉选择）", "防控措施（可填写多条）")
        .row("填写样例", "张XX", "局长", "主持全面工作", "例：违规干预下属单位工程项目", "高", "1.严格执行集体决策；2.主动报告个人有关事项")
        .row("1", "", "领导班子", "", "“三重一大”事项决策不民主", "高", "1.严格执行议事规则；2.落实末位表态制度")
        .row("2", "何志远", "党组书记、局长", "主持全面工作", "干部选拔任用把关不严", "高", "1.坚持民主推荐；2.干部任用事项集体研究")
        .row("3", "XXX", "副局长", "分管社区矫正、人民调解", "社区矫正对象外出审批不严", "中", "外出审批双人审核")
        .row("4", "唐敏", "副局长", "分管公共法律服务", "法律援助案件指派不公", "低", "法律援助案件随机指派")
        .row("填报人：江涛　　审核人：何志远　　联系电话：0571-85551234　　日期：2026年4月12日", "", "", "", "", "", "")
        .merge("A2:G2")
        .merge("A10:G10");
    Case c =
        new Case("justice bureau leaders with the sample row left in", b)
            .body("附件1", 5)
            .rows(
                group("领导班子")
                    .title("“三重一大”事项决策不民主")
                    .level(RiskLevel.HIGH)
                    .measures("严格执行议事规则", "落实末位表态制度"),
                leader("何志远", "党组书记、局长")
                    .title("干部选拔任用把关不严")
                    .level(RiskLevel.HIGH)
                    .measures("坚持民主推荐", "干部任用事项集体研究")
                    .extra("分管工作", "主持全面工作"),
                leader("副局长", "副局长")
                    .title("社区矫正对象外出审批不严")
                    .level(RiskLevel.MEDIUM)
                    .measures("外出审批双人审核")
                    .extra("分管工作", "分管社区矫正、人民调解"),
                leader("唐敏", "副局长")
                    .title("法律援助案件指派不公")
                    .level(RiskLevel.LOW)
                    .measures("法律援助案件随机指派")
                    .extra("分管工作", "分管公共法律服务"));
    return dressed(c, "附件1", new Look().dropdown("F5:F9", "高", "中", "低"));
  }

  /**
   * 县市场监管局 附件3: 序号 and 风险分值 typed with a leading apostrophe (text that looks like numbers), frozen
   * header. Decision: the apostrophe is no part of the value; 风险分值 is an extra.
   */
  static Dressed marketRegulatorTypesNumbersAsText() {
    Wb b = new Wb();
    b.sheet("岗位风险点")
        .row("序号", "所在科室", "岗位名称", "廉政风险点", "风险分值", "风险等级", "防控措施", "责任人")
        .row(new Q("1"), "登记注册科", "企业登记岗", "违规为不符合条件企业办理登记", new Q("85"), "高", "登记材料双人审核", "沈冰")
        .row(new Q("2"), "登记注册科", "档案管理岗", "违规查询泄露企业档案", new Q("62"), "中", "档案查询登记审批", "沈冰")
        .row(
            new Q("3"),
            "食品安全监管科",
            "食品生产许可岗",
            "许可现场核查走过场",
            new Q("88"),
            "高",
            "1.现场核查两人以上；2.核查过程全程录像",
            "韩雪")
        .row(new Q("4"), "价格监督检查科", "价格检查岗", "价格违法案件处罚畸轻畸重", new Q("70"), "中", "处罚案件法制审核", "范勇");
    Case c =
        new Case("market regulator types numbers as text", b)
            .body("岗位风险点", 2)
            .rows(
                post("登记注册科", "企业登记岗")
                    .title("违规为不符合条件企业办理登记")
                    .level(RiskLevel.HIGH)
                    .measures("登记材料双人审核")
                    .resp("沈冰", null)
                    .extra("风险分值", "85"),
                post("登记注册科", "档案管理岗")
                    .title("违规查询泄露企业档案")
                    .level(RiskLevel.MEDIUM)
                    .measures("档案查询登记审批")
                    .resp("沈冰", null)
                    .extra("风险分值", "62"),
                post("食品安全监管科", "食品生产许可岗")
                    .title("许可现场核查走过场")
                    .level(RiskLevel.HIGH)
                    .measures("现场核查两人以上", "核查过程全程录像")
                    .resp("韩雪", null)
                    .extra("风险分值", "88"),
                post("价格监督检查科", "价格检查岗")
                    .title("价格违法案件处罚畸轻畸重")
                    .level(RiskLevel.MEDIUM)
                    .measures("处罚案件法制审核")
                    .resp("范勇", null)
                    .extra("风险分值", "70"));
    return dressed(c, "岗位风险点", new Look().freeze(1));
  }

  /**
   * 县住建局 附件2, printed then pasted back: the header copied into the data at the top of every printed
   * page, once with a 续表 line above it. Decision: the copies and 续表 are no rows; "副局长 曹军"
   * supervises.
   */
  static Dressed housingBureauHeaderCopiedEveryPage() {
    Wb b = new Wb();
    b.sheet("科室")
        .row("某县住房和城乡建设局科室廉政风险点及防控措施表", "", "", "", "", "")
        .row("序号", "科室", "风险点", "风险等级", "防控措施", "责任领导")
        .row("1", "建筑市场监管科", "招投标监管中袒护投标人", "高", "招投标全程电子化监管", "副局长 曹军")
        .row("2", "建筑市场监管科", "资质审查把关不严", "中", "资质审查双人复核", "副局长 曹军")
        .row("3", "房地产市场监管科", "预售许可违规核发", "高", "预售许可集体审查", "副局长 曹军")
        .row("序号", "科室", "风险点", "风险等级", "防控措施", "责任领导")
        .row("4", "物业管理科", "维修资金使用审核不严", "高", "1.维修资金使用业主表决；2.使用情况小区公示", "副局长 孔颖")
        .row("5", "城建档案馆", "违规提供档案查阅", "低", "档案查阅登记审批", "副局长 孔颖")
        .row("6", "办公室", "公务接待超标准", "低", "接待清单制度", "副局长 孔颖")
        .row("续表", "", "", "", "", "")
        .row("序号", "科室", "风险点", "风险等级", "防控措施", "责任领导")
        .row("7", "人防办", "人防工程易地建设费减免违规", "中", "减免事项局长办公会研究", "副局长 孔颖")
        .merge("A1:F1");
    Case c =
        new Case("housing bureau header copied every page", b)
            .body("科室", 3)
            .rows(
                dept("建筑市场监管科")
                    .title("招投标监管中袒护投标人")
                    .level(RiskLevel.HIGH)
                    .measures("招投标全程电子化监管")
                    .sup("曹军", "副局长"),
                dept("建筑市场监管科")
                    .title("资质审查把关不严")
                    .level(RiskLevel.MEDIUM)
                    .measures("资质审查双人复核")
                    .sup("曹军", "副局长"),
                dept("房地产市场监管科")
                    .title("预售许可违规核发")
                    .level(RiskLevel.HIGH)
                    .measures("预售许可集体审查")
                    .sup("曹军", "副局长"),
                dept("物业管理科")
                    .title("维修资金使用审核不严")
                    .level(RiskLevel.HIGH)
                    .measures("维修资金使用业主表决", "使用情况小区公示")
                    .sup("孔颖", "副局长"),
                dept("城建档案馆")
                    .title("违规提供档案查阅")
                    .level(RiskLevel.LOW)
                    .measures("档案查阅登记审批")
                    .sup("孔颖", "副局长"),
                dept("办公室")
                    .title("公务接待超标准")
                    .level(RiskLevel.LOW)
                    .measures("接待清单制度")
                    .sup("孔颖", "副局长"),
                dept("人防办")
                    .title("人防工程易地建设费减免违规")
                    .level(RiskLevel.MEDIUM)
                    .measures("减免事项局长办公会研究")
                    .sup("孔颖", "副局长"));
    return dressed(c, "科室", new Look());
  }

  /**
   * 县交通运输局 附件2: every header carries its instruction on a second line (科室名称\n（全称）,
   * 风险等级\n（高/中/低，下拉选择）, 责任人\n（填写姓名及职务）), a comment on a header, and one 责任人 left as the template's
   * "XXX 科长". Decision: the instructions are no part of the header's meaning; XXX is no name, the
   * 科长 stands.
   */
  static Dressed transportBureauHeadersWithInstructionLines() {
    Wb b = new Wb();
    b.sheet("科室风险")
        .row("某县交通运输局科室廉政风险点及防控措施表", "", "", "", "", "")
        .row(
            "序号",
            "科室名称\n（全称）",
            "风险点\n（简要描述，不超过50字）",
            "风险等级\n（高/中/低，下拉选择）",
            "防控措施\n（逐条列出）",
            "责任人\n（填写姓名及职务）")
        .row("1", "公路建设管理科", "工程计量签证弄虚作假", "高", "1.计量签证监理复核\n2.大额签证分管领导审批", "李明 科长")
        .row("2", "运输管理科", "道路运输许可违规审批", "中", "许可事项网上公开办理", "王芳 副科长")
        .row("3", "财务审计科", "专项资金违规列支", "高", "专项资金专账核算", "XXX 科长")
        .row("4", "综合执法大队", "执法检查吃拿卡要", "高", "1.执法记录仪全程记录；2.执法结果网上公示", "周强 大队长")
        .merge("A1:F1");
    Case c =
        new Case("transport bureau headers with instruction lines", b)
            .body("科室风险", 3)
            .rows(
                dept("公路建设管理科")
                    .title("工程计量签证弄虚作假")
                    .level(RiskLevel.HIGH)
                    .measures("计量签证监理复核", "大额签证分管领导审批")
                    .resp("李明", "科长"),
                dept("运输管理科")
                    .title("道路运输许可违规审批")
                    .level(RiskLevel.MEDIUM)
                    .measures("许可事项网上公开办理")
                    .resp("王芳", "副科长"),
                dept("财务审计科")
                    .title("专项资金违规列支")
                    .level(RiskLevel.HIGH)
                    .measures("专项资金专账核算")
                    .resp(null, "科长"),
                dept("综合执法大队")
                    .title("执法检查吃拿卡要")
                    .level(RiskLevel.HIGH)
                    .measures("执法记录仪全程记录", "执法结果网上公示")
                    .resp("周强", "大队长"));
    return dressed(c, "科室风险", new Look().comment("B2", "请填写科室全称").dropdown("D3:D6", "高", "中", "低"));
  }

  /**
   * 县图书馆 附件3: a 填表说明 row merged across the table under the header, then the template's example row
   * written 例：… in every cell with no 序号, then the library's rows. Decision: neither the
   * instruction row nor the 例： row is a point.
   */
  static Dressed libraryKeepsTheInstructionAndExampleRows() {
    Wb b = new Wb();
    b.sheet("岗位")
        .row("某县图书馆岗位廉政风险点及防控措施表", "", "", "", "", "")
        .row("序号", "岗位", "风险点", "风险等级", "防控措施", "责任人")
        .row("填表说明：1.每个岗位至少查找2个风险点；2.风险等级分高、中、低三级；3.填写前请删除示例行。", "", "", "", "", "")
        .row("", "例：采编岗", "例：图书采购中收受回扣", "例：高", "例：采购目录集体审定", "例：张三")
        .row("1", "采编岗", "图书采购中收受书商回扣", "高", "1.图书采购目录馆务会审定；2.采购合同法律审核", "宋佳")
        .row("2", "流通借阅岗", "违规处理读者逾期罚款", "低", "罚款电子支付，不收现金", "宋佳")
        .row("3", "活动策划岗", "公益讲座经费虚报冒领", "中", "讲座经费据实报销、公示", "罗兰")
        .merge("A1:F1")
        .merge("A3:F3");
    Case c =
        new Case("library keeps the instruction and example rows", b)
            .body("岗位", 3)
            .rows(
                post(null, "采编岗")
                    .title("图书采购中收受书商回扣")
                    .level(RiskLevel.HIGH)
                    .measures("图书采购目录馆务会审定", "采购合同法律审核")
                    .resp("宋佳", null),
                post(null, "流通借阅岗")
                    .title("违规处理读者逾期罚款")
                    .level(RiskLevel.LOW)
                    .measures("罚款电子支付，不收现金")
                    .resp("宋佳", null),
                post(null, "活动策划岗")
                    .title("公益讲座经费虚报冒领")
                    .level(RiskLevel.MEDIUM)
                    .measures("讲座经费据实报销、公示")
                    .resp("罗兰", null));
    return dressed(c, "岗位", new Look());
  }

  /**
   * 乡政府 村级组织 table: 村（社区） and 岗位, an inserted 是否重点 column at the end with 是/否, one level left as
   * the template's choice list "高/中/低", 责任人 "钱进（包村干部）", a note under the table. Decision: "高/中/低"
   * is no level; the bracket is the person's role; 是否重点 is an extra.
   */
  static Dressed townshipVillagePostsWithTheChoiceListLeft() {
    Wb b = new Wb();
    b.sheet("村级")
        .row("某乡村级组织岗位廉政风险点排查表", "", "", "", "", "", "", "")
        .row("填报单位：某乡人民政府（盖章）", "", "", "", "", "", "", "")
        .row("序号", "村（社区）", "岗位", "风险点", "风险等级", "防控措施", "责任人", "是否重点")
        .row(
            "1",
            "大河村",
            "村党支部书记",
            "村集体工程项目虚报工程量",
            "高",
            "1.村级工程乡三资中心审核；2.工程量村务监督委员会复核",
            "钱进（包村干部）",
            "是")
        .row("2", "大河村", "村报账员", "白条入账", "中", "票据乡三资中心审核", "钱进（包村干部）", "否")
        .row("3", "石桥村", "村委会主任", "低保评议优亲厚友", "高/中/低", "低保评议全程录像", "孔亮（包村干部）", "是")
        .row("4", "石桥村", "村文书", "惠农补贴信息录入不实", "低", "补贴信息公示核对", "孔亮（包村干部）", "否")
        .row("注：“是否重点”填是或否；风险等级按高、中、低填写。", "", "", "", "", "", "", "")
        .merge("A1:H1")
        .merge("A8:H8");
    Case c =
        new Case("township village posts with the choice list left", b)
            .body("村级", 4)
            .rows(
                post("大河村", "村党支部书记")
                    .title("村集体工程项目虚报工程量")
                    .level(RiskLevel.HIGH)
                    .measures("村级工程乡三资中心审核", "工程量村务监督委员会复核")
                    .resp("钱进", "包村干部")
                    .extra("是否重点", "是"),
                post("大河村", "村报账员")
                    .title("白条入账")
                    .level(RiskLevel.MEDIUM)
                    .measures("票据乡三资中心审核")
                    .resp("钱进", "包村干部")
                    .extra("是否重点", "否"),
                post("石桥村", "村委会主任")
                    .title("低保评议优亲厚友")
                    .measures("低保评议全程录像")
                    .resp("孔亮", "包村干部")
                    .extra("是否重点", "是"),
                post("石桥村", "村文书")
                    .title("惠农补贴信息录入不实")
                    .level(RiskLevel.LOW)
                    .measures("补贴信息公示核对")
                    .resp("孔亮", "包村干部")
                    .extra("是否重点", "否"));
    return dressed(c, "村级", new Look().comment("H3", "乡里增加的列"));
  }

  /**
   * 县应急管理局: the template workbook kept whole: a 填表说明 sheet, a 填写示例 sheet filled with the template's
   * XX科 / 张XX example, then the bureau's own sheet. Decision: only the bureau's sheet gives points;
   * the 示例 sheet gives none.
   */
  static Dressed emergencyBureauKeepsTheExampleSheet() {
    Wb b = new Wb();
    b.sheet("填表说明")
        .row("填表说明")
        .row("1.本表由各单位科室填写，每个科室至少查找3个风险点。")
        .row("2.风险等级分为高、中、低三级，从下拉列表中选择。")
        .row("3.防控措施应具体、可操作。");
    b.sheet("填写示例")
        .row("科室廉政风险点及防控措施表（填写示例）", "", "", "", "", "")
        .row("序号", "科室", "风险点", "风险等级", "防控措施", "责任人")
        .row("1", "XX科", "执法检查走过场", "高", "1.执法检查双随机；2.检查结果公示", "张XX")
        .row("2", "XX科", "行政许可违规审批", "中", "许可事项集体审查", "李XX")
        .merge("A1:F1");
    b.sheet("科室风险点")
        .row("某县应急管理局科室廉政风险点及防控措施表", "", "", "", "", "")
        .row("序号", "科室", "风险点", "风险等级", "防控措施", "责任人")
        .row("1", "安全生产执法大队", "执法检查走过场", "高", "1.执法检查双随机；2.检查结果公示", "邵峰")
        .row("2", "危险化学品监管科", "安全生产许可违规审批", "高", "许可事项集体审查", "贾宁")
        .row("3", "救灾和物资保障科", "救灾物资发放不公", "中", "救灾物资发放名单公示", "毛静")
        .merge("A1:F1");
    Case c =
        new Case("emergency bureau keeps the example sheet", b)
            .body("科室风险点", 3)
            .rows(
                dept("安全生产执法大队")
                    .title("执法检查走过场")
                    .level(RiskLevel.HIGH)
                    .measures("执法检查双随机", "检查结果公示")
                    .resp("邵峰", null),
                dept("危险化学品监管科")
                    .title("安全生产许可违规审批")
                    .level(RiskLevel.HIGH)
                    .measures("许可事项集体审查")
                    .resp("贾宁", null),
                dept("救灾和物资保障科")
                    .title("救灾物资发放不公")
                    .level(RiskLevel.MEDIUM)
                    .measures("救灾物资发放名单公示")
                    .resp("毛静", null));
    return dressed(c, "科室风险点", new Look());
  }

  /**
   * 县财政局 附件2 with everything a return picks up: 填报单位：…（盖章）, a header copied again after a page,
   * rows hidden by a filter on the level, a collapsed outline over one department, a comment, and
   * 填报人 / 审核人 / 联系电话 / 日期 on four cells of the last row. Decision: all six points are the bureau's;
   * the header copy and the sign-off are no rows.
   */
  static Dressed financeBureauReturnWithEverything() {
    Wb b = new Wb();
    b.sheet("科室")
        .row("附件2", "", "", "", "", "")
        .row("填报单位：某县财政局（盖章）", "", "", "填报日期：2026年4月15日", "", "")
        .row("序号", "科室", "风险点", "风险等级", "防控措施", "责任人")
        .row("1", "预算股", "预算追加审核不严", "高", "预算追加局长办公会研究", "蔡敏")
        .row("2", "预算股", "预算指标下达不及时", "低", "指标下达限时办结", "蔡敏")
        .row("3", "国库股", "违规调度国库资金", "高", "1.资金调度集体研究；2.大额资金调度报县政府审批", "潘宁")
        .row("序号", "科室", "风险点", "风险等级", "防控措施", "责任人")
        .row("4", "政府采购股", "采购方式变更审批把关不严", "高", "采购方式变更集体研究", "袁华")
        .row("5", "农业股", "涉农资金分配不公", "中", "涉农资金因素法分配", "龚丽")
        .row("6", "农业股", "项目资金绩效评价流于形式", "中", "绩效评价引入第三方", "龚丽")
        .row("填报人：龚丽", "审核人：蔡敏", "联系电话：0571-86661234", "日期：2026年4月15日", "", "")
        .hideRow(4)
        .hideRow(9);
    Case c =
        new Case("finance bureau return with everything", b)
            .body("科室", 4)
            .rows(
                dept("预算股")
                    .title("预算追加审核不严")
                    .level(RiskLevel.HIGH)
                    .measures("预算追加局长办公会研究")
                    .resp("蔡敏", null),
                dept("预算股")
                    .title("预算指标下达不及时")
                    .level(RiskLevel.LOW)
                    .measures("指标下达限时办结")
                    .resp("蔡敏", null),
                dept("国库股")
                    .title("违规调度国库资金")
                    .level(RiskLevel.HIGH)
                    .measures("资金调度集体研究", "大额资金调度报县政府审批")
                    .resp("潘宁", null),
                dept("政府采购股")
                    .title("采购方式变更审批把关不严")
                    .level(RiskLevel.HIGH)
                    .measures("采购方式变更集体研究")
                    .resp("袁华", null),
                dept("农业股")
                    .title("涉农资金分配不公")
                    .level(RiskLevel.MEDIUM)
                    .measures("涉农资金因素法分配")
                    .resp("龚丽", null),
                dept("农业股")
                    .title("项目资金绩效评价流于形式")
                    .level(RiskLevel.MEDIUM)
                    .measures("绩效评价引入第三方")
                    .resp("龚丽", null));
    return dressed(
        c,
        "科室",
        new Look()
            .filter("A3:F10")
            .collapsed(8, 9)
            .freeze(3)
            .comment("E6", "按县政府规定执行")
            .dropdown("D4:D10", "高", "中", "低"));
  }

  static List<Dressed> cases() {
    return List.of(
        agricultureBureauReturnsTheCountyTemplate(),
        townshipFilteredToItsHighRisks(),
        schoolInsertsColumnsIntoTheTemplate(),
        stateCompanyCollapsesItsDepartments(),
        hospitalRenamesAndDeletesTemplateColumns(),
        twoHealthCentresPastedOnOneSheet(),
        justiceBureauLeadersWithTheSampleRowLeftIn(),
        marketRegulatorTypesNumbersAsText(),
        housingBureauHeaderCopiedEveryPage(),
        transportBureauHeadersWithInstructionLines(),
        libraryKeepsTheInstructionAndExampleRows(),
        townshipVillagePostsWithTheChoiceListLeft(),
        emergencyBureauKeepsTheExampleSheet(),
        financeBureauReturnWithEverything());
  }

  // ------------------------------------------------------------------ the tests

  /** Scores every case, prints the field accuracy and holds it at the figure last measured. */
  @Test
  void fieldAccuracyOverAllCasesHoldsItsGround() throws IOException {
    LayoutScore.holdsItsGround(
        ThirteenthBlindLayoutsTest.class, cases(), ThirteenthBlindLayoutsTest::run, FLOOR);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachCaseIsReadCleanly(Dressed c) throws IOException {
    LayoutScore.readsCleanly(c, ThirteenthBlindLayoutsTest::run, NOT_YET);
  }

  /** The cases not yet read cleanly. */
  private static final Set<String> NOT_YET = Set.of();

  static LayoutScore.Outcome run(Dressed d) throws IOException {
    byte[] bytes = write(d);
    AnnexReadResult r = AnnexReader.lenient().read(new ByteArrayInputStream(bytes));
    Map<String, List<Object[]>> cells = new LinkedHashMap<>();
    d.c().book.sheets.forEach(s -> cells.put(s.name, s.rows));
    return LayoutScore.score(d.c().rows, cells, d.c().bodyStarts, r);
  }
}
