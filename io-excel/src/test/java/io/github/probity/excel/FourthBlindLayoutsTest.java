package io.github.probity.excel;

import static io.github.probity.excel.UnseenLayoutsTest.dept;
import static io.github.probity.excel.UnseenLayoutsTest.group;
import static io.github.probity.excel.UnseenLayoutsTest.leader;
import static io.github.probity.excel.UnseenLayoutsTest.post;

import io.github.probity.excel.UnseenLayoutsTest.E;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A fourth set of blind workbooks, written with POI from the practice notes before looking at how
 * the reader recognises anything: quarter groups over repeated sub-columns, group labels over the
 * risk and the measure columns, section rows merged across a table printed in halves, 一、领导班子 /
 * 二、班子成员 / 三、机关科室 sections in one table, every numbering style in one table, numeric levels
 * explained by a legend, the level in brackets in the risk cell with blank rows inside the table, a
 * WPS export with every cell text, a hidden id column and blank columns styled to XFD, two
 * different tables on one sheet, a second table printed in halves below a first, a table without a
 * category column whose owners are merged over blocks, a leader table with names padded by
 * full-width spaces, and an enterprise table with two tiers of 责任人 columns. None of these wordings
 * or layouts is used by the other reading tests.
 *
 * <p>Every field of every row is compared with default settings (rows are matched by title); every
 * non-empty cell under the header must be carried by its row, or, for a label row that names the
 * rows under it, by those rows, or be named by a finding.
 *
 * <p>Blind figure, default settings, measured before the reader was changed for these layouts:
 * 1378/1583 fields right (87.0%); every row accounted for in 9 of 13 workbooks — the tables whose
 * risk column is headed 岗位风险 or 岗位廉政风险 and the enterprise table headed 部室 · 管控举措 lost all their
 * rows; the quarters' columns were keyed by letter, a section merged across both halves named the
 * left half's department only, a header repeated in other words was read as a row, a legend above
 * the header went unread, 1）before 50万元 was no marker and names padded with full-width spaces
 * beside a role were not told from it.
 *
 * <p>After the reader learnt those: 1569/1569 (100%), every row accounted for in 13 of 13.
 */
class FourthBlindLayoutsTest {

  /** The field accuracy measured over these cases when they were last fixed. */
  private static final double FLOOR = 1.0;

  // ------------------------------------------------------------------ the workbook builder

  /** A number in a cell. */
  record Num(double value, String shown) {
    @Override
    public String toString() {
      return shown;
    }
  }

  static Num num(long v) {
    return new Num(v, Long.toString(v));
  }

  /** A workbook written with POI's xlsx model. */
  static final class Wb {
    final List<Sh> sheets = new ArrayList<>();

    Sh sheet(String name) {
      Sh s = new Sh(name);
      sheets.add(s);
      return s;
    }

    byte[] xlsx() {
      try (XSSFWorkbook wb = new XSSFWorkbook()) {
        CellStyle framed = wb.createCellStyle();
        framed.setBorderBottom(BorderStyle.THIN);
        framed.setBorderRight(BorderStyle.THIN);
        CellStyle text = wb.createCellStyle();
        text.setDataFormat(wb.createDataFormat().getFormat("@"));
        for (Sh s : sheets) {
          XSSFSheet sheet = wb.createSheet(s.name);
          int width = 0;
          for (int r = 0; r < s.rows.size(); r++) {
            Row row = sheet.createRow(r);
            Object[] cells = s.rows.get(r);
            width = Math.max(width, cells.length);
            for (int c = 0; c < cells.length; c++) {
              Object v = cells[c];
              if (v instanceof Num n) {
                row.createCell(c).setCellValue(n.value());
              } else if (v instanceof String t && !t.isEmpty()) {
                Cell cell = row.createCell(c);
                cell.setCellValue(t);
                if (s.allText) {
                  cell.setCellStyle(text);
                }
              }
            }
            if (s.styledBlanks) {
              int last = r == 0 ? 16383 : 255;
              for (int c = cells.length; c <= last; c++) {
                row.createCell(c).setCellStyle(framed);
              }
            }
          }
          for (String m : s.merges) {
            int[] rg = Objects.requireNonNull(CellRefs.range(m));
            sheet.addMergedRegion(new CellRangeAddress(rg[0], rg[2], rg[1], rg[3]));
          }
          for (int c : s.hidden) {
            sheet.setColumnHidden(c, true);
          }
          for (int r : s.hiddenRows) {
            sheet.getRow(r).setZeroHeight(true);
          }
          if (s.exported) {
            sheet.setAutoFilter(new CellRangeAddress(0, s.rows.size() - 1, 0, width - 1));
            sheet.createFreezePane(0, 1);
          }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
  }

  /** One sheet: rows of cells, merged ranges and what a WPS or web export adds. */
  static final class Sh {
    final String name;
    final List<Object[]> rows = new ArrayList<>();
    final List<String> merges = new ArrayList<>();
    final TreeSet<Integer> hidden = new TreeSet<>();
    final TreeSet<Integer> hiddenRows = new TreeSet<>();
    boolean allText;
    boolean styledBlanks;
    boolean exported;

    Sh(String name) {
      this.name = name;
    }

    Sh row(Object... cells) {
      rows.add(cells);
      return this;
    }

    Sh merge(String ref) {
      merges.add(ref);
      return this;
    }

    Sh hide(int column) {
      hidden.add(column);
      return this;
    }

    /** Hides a row (0-based), as a filter or a user does. */
    Sh hideRow(int row) {
      hiddenRows.add(row);
      return this;
    }

    /**
     * Every cell text formatted as text, blank cells styled out to XFD, filter and frozen header.
     */
    Sh wps() {
      allText = true;
      styledBlanks = true;
      exported = true;
      return this;
    }
  }

  /** A workbook, the rows it must give and where each sheet's data starts. */
  static final class Case {
    final String name;
    final Wb book;
    final List<E> rows = new ArrayList<>();
    final Map<String, Integer> bodyStarts = new LinkedHashMap<>();

    Case(String name, Wb book) {
      this.name = name;
      this.book = book;
    }

    Case body(String sheet, int firstDataRow) {
      bodyStarts.put(sheet, firstDataRow);
      return this;
    }

    Case rows(E... es) {
      rows.addAll(Arrays.asList(es));
      return this;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  // ------------------------------------------------------------------ the workbooks

  /**
   * A quarterly check sheet: the risk columns, then 一季度 and 二季度 each over the same two sub-columns.
   * Decision: one table, the quarters' cells are extras named by group and sub-column.
   */
  static Case quarterGroupsOverRepeatedSubColumns() {
    Wb b = new Wb();
    b.sheet("季度检查")
        .row("2025年度科室廉政风险防控措施落实情况季度检查表", "", "", "", "", "", "", "", "")
        .row("序号", "责任科室", "风险情形", "风险程度", "防范措施", "一季度", "", "二季度", "")
        .row("", "", "", "", "", "落实情况", "存在问题", "落实情况", "存在问题")
        .row("1", "办公室", "公务接待超标准", "中", "1）建立接待清单制度 2）每月公示接待费用", "已落实", "无", "已落实", "无")
        .row("2", "人事科", "招聘考试泄露试题", "高", "1）命题封闭管理 2）纪检全程监督", "已落实", "无", "部分落实", "监督记录不全")
        .row("3", "人事科", "违规发放津补贴", "低", "津补贴发放经集体研究", "已落实", "无", "已落实", "无")
        .merge("A1:I1")
        .merge("A2:A3")
        .merge("B2:B3")
        .merge("C2:C3")
        .merge("D2:D3")
        .merge("E2:E3")
        .merge("F2:G2")
        .merge("H2:I2");
    return new Case("quarter groups over repeated sub-columns", b)
        .body("季度检查", 4)
        .rows(
            dept("办公室")
                .title("公务接待超标准")
                .level(RiskLevel.MEDIUM)
                .measures("建立接待清单制度", "每月公示接待费用")
                .extra("一季度落实情况", "已落实")
                .extra("一季度存在问题", "无")
                .extra("二季度落实情况", "已落实")
                .extra("二季度存在问题", "无"),
            dept("人事科")
                .title("招聘考试泄露试题")
                .level(RiskLevel.HIGH)
                .measures("命题封闭管理", "纪检全程监督")
                .extra("一季度落实情况", "已落实")
                .extra("一季度存在问题", "无")
                .extra("二季度落实情况", "部分落实")
                .extra("二季度存在问题", "监督记录不全"),
            dept("人事科")
                .title("违规发放津补贴")
                .level(RiskLevel.LOW)
                .measures("津补贴发放经集体研究")
                .extra("一季度落实情况", "已落实")
                .extra("一季度存在问题", "无")
                .extra("二季度落实情况", "已落实")
                .extra("二季度存在问题", "无"));
  }

  /**
   * 风险点情况 over 风险点名称 · 表现形式 · 风险等级 and 防控措施 over 事前防范 · 事中控制 · 事后监督; the 责任人 padded with a
   * full-width space and merged down.
   */
  static Case riskAndMeasureGroupsOverSubColumns() {
    Wb b = new Wb();
    b.sheet("岗位风险")
        .row("序号", "所在股室", "工作岗位", "风险点情况", "", "", "防控措施", "", "", "责任人")
        .row("", "", "", "风险点名称", "表现形式", "风险等级", "事前防范", "事中控制", "事后监督", "")
        .row(
            "1",
            "审批股",
            "窗口受理",
            "受理把关不严",
            "对材料不全的申请予以受理",
            "一般",
            "一次性告知",
            "限时办结",
            "满意度回访",
            "周\u3000强")
        .row("2", "审批股", "现场勘验", "勘验走过场", "未到现场即出具勘验意见", "高", "双人勘验", "影像资料留存", "抽查复核", "")
        .row("3", "执法股", "案件办理", "选择性执法", "同案不同罚", "高", "细化裁量基准", "执法全过程记录", "案卷评查", "吴\u3000刚")
        .merge("A1:A2")
        .merge("B1:B2")
        .merge("C1:C2")
        .merge("D1:F1")
        .merge("G1:I1")
        .merge("J1:J2")
        .merge("J3:J4");
    return new Case("risk and measure groups over sub-columns", b)
        .body("岗位风险", 3)
        .rows(
            post("审批股", "窗口受理")
                .title("受理把关不严")
                .shows("对材料不全的申请予以受理")
                .level(RiskLevel.MEDIUM)
                .measures("一次性告知", "限时办结", "满意度回访")
                .resp("周强", null),
            post("审批股", "现场勘验")
                .title("勘验走过场")
                .shows("未到现场即出具勘验意见")
                .level(RiskLevel.HIGH)
                .measures("双人勘验", "影像资料留存", "抽查复核")
                .resp("周强", null),
            post("执法股", "案件办理")
                .title("选择性执法")
                .shows("同案不同罚")
                .level(RiskLevel.HIGH)
                .measures("细化裁量基准", "执法全过程记录", "案卷评查")
                .resp("吴刚", null));
  }

  /**
   * A post table printed in two halves side by side, each department's section row merged across
   * both halves. Decision: the section names the department of the rows of both halves under it.
   */
  static Case sectionRowsMergedAcrossHalves() {
    Wb b = new Wb();
    b.sheet("岗位一览")
        .row("某区统计局岗位廉政风险点一览表", "", "", "", "", "", "", "", "")
        .row("岗位", "风险点", "风险等级", "防控措施", "", "岗位", "风险点", "风险等级", "防控措施")
        .row("一、办公室", "", "", "", "", "", "", "", "")
        .row("文秘岗", "泄露未公开文件", "中", "文件收发登记", "", "档案岗", "违规借阅档案", "低", "借阅审批")
        .row("二、财务科", "", "", "", "", "", "", "", "")
        .row("会计岗", "虚报冒领", "高", "报销双人审核", "", "出纳岗", "坐支现金", "高", "现金日清月结")
        .row("采购岗", "规避政府采购", "高", "采购计划公示", "", "", "", "", "")
        .merge("A1:I1")
        .merge("A3:I3")
        .merge("A5:I5");
    return new Case("section rows merged across a table printed in halves", b)
        .body("岗位一览", 3)
        .rows(
            post("办公室", "文秘岗").title("泄露未公开文件").level(RiskLevel.MEDIUM).measures("文件收发登记"),
            post("办公室", "档案岗").title("违规借阅档案").level(RiskLevel.LOW).measures("借阅审批"),
            post("财务科", "会计岗").title("虚报冒领").level(RiskLevel.HIGH).measures("报销双人审核"),
            post("财务科", "采购岗").title("规避政府采购").level(RiskLevel.HIGH).measures("采购计划公示"),
            post("财务科", "出纳岗").title("坐支现金").level(RiskLevel.HIGH).measures("现金日清月结"));
  }

  /**
   * One table of the whole unit under section rows 一、领导班子 / 二、班子成员 / 三、机关科室, the 责任主体 column naming
   * the group, a leader by 职务 and 姓名, or a 科室. Decision: sections are headings; the 责任主体 cell says
   * whose point it is.
   */
  static Case leadershipMembersAndDepartmentsUnderSections() {
    Wb b = new Wb();
    b.sheet("风险清单")
        .row("某区民政局廉政风险防控清单", "", "", "", "", "")
        .row("序号", "责任主体", "风险内容", "风险级别", "防控办法", "监督人")
        .row("一、领导班子", "", "", "", "", "")
        .row("1", "局领导班子", "重大事项未经集体研究", "高", "严格执行“三重一大”集体决策制度", "驻局纪检组长")
        .row("二、班子成员", "", "", "", "", "")
        .row("2", "局长 马\u3000骏", "干预工程项目", "高", "不直接分管工程项目", "驻局纪检组长")
        .row("3", "副局长 田丽", "违规审批救助资金", "中", "救助资金审批公示", "局长")
        .row("三、机关科室", "", "", "", "", "")
        .row("4", "社会救助科", "优亲厚友办理低保", "高", "低保对象入户核查、张榜公示", "副局长")
        .row("5", "养老服务科", "养老补贴审核不严", "中", "补贴名单季度比对", "副局长")
        .merge("A1:F1")
        .merge("A3:F3")
        .merge("A5:F5")
        .merge("A8:F8");
    return new Case("领导班子, 班子成员 and 机关科室 under sections of one table", b)
        .body("风险清单", 3)
        .rows(
            group("局领导班子")
                .title("重大事项未经集体研究")
                .level(RiskLevel.HIGH)
                .measures("严格执行“三重一大”集体决策制度")
                .sup(null, "驻局纪检组长"),
            leader("马骏", "局长")
                .title("干预工程项目")
                .level(RiskLevel.HIGH)
                .measures("不直接分管工程项目")
                .sup(null, "驻局纪检组长"),
            leader("田丽", "副局长")
                .title("违规审批救助资金")
                .level(RiskLevel.MEDIUM)
                .measures("救助资金审批公示")
                .sup(null, "局长"),
            dept("社会救助科")
                .title("优亲厚友办理低保")
                .level(RiskLevel.HIGH)
                .measures("低保对象入户核查、张榜公示")
                .sup(null, "副局长"),
            dept("养老服务科")
                .title("养老补贴审核不严")
                .level(RiskLevel.MEDIUM)
                .measures("补贴名单季度比对")
                .sup(null, "副局长"));
  }

  /**
   * Every numbering style, one per row: 一是, 第一, 1）, (1), n.k after the row's number, bullets, ①;
   * numbers that are not markers (50万元, 3.5%) stay in their text.
   */
  static Case numberingStylesOnePerRow() {
    Wb b = new Wb();
    b.sheet("部门风险")
        .row("编号", "部门", "廉政风险点", "风险等级", "防范控制措施", "责任领导")
        .row("1", "综合部", "办公用品采购虚高", "低", "一是建立采购台账；二是定期盘点库存", "郑凯")
        .row("2", "综合部", "公务用车私用", "中", "第一，用车事前审批；第二，行车轨迹定期核查", "郑凯")
        .row("3", "工程部", "工程变更把关不严", "高", "1）50万元以上变更集体决策 2）变更资料存档", "冯\u3000涛")
        .row("4", "工程部", "隐蔽工程验收走过场", "高", "(1)抽查比例不低于3.5%(2)抽查结果通报", "冯涛")
        .row("5", "财务部", "资金支付审核不严", "高", "5.1 支付双人复核\n5.2 大额支付集体研究", "蒋\u3000丽")
        .row("6", "财务部", "银行账户管理不规范", "中", "• 账户统一管理\n• 每月与银行对账", "蒋丽")
        .row("7", "人力部", "薪酬核算差错", "低", "①核算表双人复核②发放结果公示", "蒋丽");
    return new Case("every numbering style, one per row", b)
        .body("部门风险", 2)
        .rows(
            dept("综合部")
                .title("办公用品采购虚高")
                .level(RiskLevel.LOW)
                .measures("建立采购台账", "定期盘点库存")
                .sup("郑凯", null),
            dept("综合部")
                .title("公务用车私用")
                .level(RiskLevel.MEDIUM)
                .measures("用车事前审批", "行车轨迹定期核查")
                .sup("郑凯", null),
            dept("工程部")
                .title("工程变更把关不严")
                .level(RiskLevel.HIGH)
                .measures("50万元以上变更集体决策", "变更资料存档")
                .sup("冯涛", null),
            dept("工程部")
                .title("隐蔽工程验收走过场")
                .level(RiskLevel.HIGH)
                .measures("抽查比例不低于3.5%", "抽查结果通报")
                .sup("冯涛", null),
            dept("财务部")
                .title("资金支付审核不严")
                .level(RiskLevel.HIGH)
                .measures("支付双人复核", "大额支付集体研究")
                .sup("蒋丽", null),
            dept("财务部")
                .title("银行账户管理不规范")
                .level(RiskLevel.MEDIUM)
                .measures("账户统一管理", "每月与银行对账")
                .sup("蒋丽", null),
            dept("人力部")
                .title("薪酬核算差错")
                .level(RiskLevel.LOW)
                .measures("核算表双人复核", "发放结果公示")
                .sup("蒋丽", null));
  }

  /**
   * Levels as codes explained by a legend row above the header (3 is high), stars padded with
   * hollow ones in the next table's style are not used here. Decision: the legend decides what a
   * code means.
   */
  static Case levelCodesExplainedByALegend() {
    Wb b = new Wb();
    b.sheet("岗位风险")
        .row("某区水务局岗位廉政风险评估表", "", "", "", "")
        .row("说明：风险等级以代码填写，3为高风险，2为中风险，1为低风险。", "", "", "", "")
        .row("科室", "岗位名称", "岗位风险", "等级代码", "管控措施")
        .row("建设科", "质量监督岗", "降低质量验收标准", "3", "验收结果公示")
        .row("建设科", "招投标岗", "泄露标底", "3", "标底编制封闭管理")
        .row("水政科", "许可岗", "违规审批取水许可", "2", "许可结果网上公开")
        .row("水政科", "巡查岗", "巡查记录弄虚作假", "1", "巡查轨迹定位")
        .merge("A1:E1")
        .merge("A2:E2");
    return new Case("level codes explained by a legend", b)
        .body("岗位风险", 4)
        .rows(
            post("建设科", "质量监督岗").title("降低质量验收标准").level(RiskLevel.HIGH).measures("验收结果公示"),
            post("建设科", "招投标岗").title("泄露标底").level(RiskLevel.HIGH).measures("标底编制封闭管理"),
            post("水政科", "许可岗").title("违规审批取水许可").level(RiskLevel.MEDIUM).measures("许可结果网上公开"),
            post("水政科", "巡查岗").title("巡查记录弄虚作假").level(RiskLevel.LOW).measures("巡查轨迹定位"));
  }

  /**
   * The level in brackets after the risk point ("（高）"), blank rows inside the table, two tiers of
   * people as roles only ("分管领导/科室负责人"), and a 备注 row under the table.
   */
  static Case bracketedLevelsBlankRowsAndRolesOnly() {
    Wb b = new Wb();
    b.sheet("科室")
        .row("股室", "廉政风险点及等级", "防控措施", "责任人")
        .row("城建股", "违规核定拆迁补偿（高）", "1、补偿标准公开；2、补偿结果公示", "分管领导/股室负责人")
        .row("", "", "", "")
        .row("城建股", "项目验收不严（中）", "第三方参与验收", "分管领导/股室负责人")
        .row("", "", "", "")
        .row("农经股", "挪用集体资金（高）", "1、村级资金委托代理；2、定期审计", "分管领导/股室负责人")
        .row("农经股", "合同签订不规范（低）", "合同范本统一管理", "股室负责人")
        .row("备注：风险等级分高、中、低三档，由各股室自评、党组审定。", "", "", "")
        .merge("A8:D8");
    return new Case("bracketed levels, blank rows inside, roles only", b)
        .body("科室", 2)
        .rows(
            dept("城建股")
                .title("违规核定拆迁补偿")
                .level(RiskLevel.HIGH)
                .measures("补偿标准公开", "补偿结果公示")
                .resp(null, "股室负责人")
                .sup(null, "分管领导"),
            dept("城建股")
                .title("项目验收不严")
                .level(RiskLevel.MEDIUM)
                .measures("第三方参与验收")
                .resp(null, "股室负责人")
                .sup(null, "分管领导"),
            dept("农经股")
                .title("挪用集体资金")
                .level(RiskLevel.HIGH)
                .measures("村级资金委托代理", "定期审计")
                .resp(null, "股室负责人")
                .sup(null, "分管领导"),
            dept("农经股")
                .title("合同签订不规范")
                .level(RiskLevel.LOW)
                .measures("合同范本统一管理")
                .resp(null, "股室负责人"));
  }

  /**
   * A WPS export: every cell stored as text (numbers too), a hidden 记录ID column first, blank cells
   * styled out to XFD, autofilter and a frozen header.
   */
  static Case wpsExportAllTextHiddenIdAndStyledBlanks() {
    Wb b = new Wb();
    b.sheet("Sheet1")
        .row("记录ID", "序号", "所属部门", "岗位", "风险描述", "风险等级", "管控措施", "责任人", "填报时间")
        .row("8f3a01", "1", "信访科", "接访岗", "对群众诉求推诿敷衍", "中", "首接负责制", "孔\u3000明", "2025/03/01")
        .row("8f3a02", "2", "信访科", "督办岗", "督办事项久拖不结", "低", "督办事项限时办结", "孔明", "2025/03/01")
        .row("8f3a03", "3", "法制科", "审核岗", "合法性审查流于形式", "高", "审查意见书面留存", "曹\u3000阳", "2025/03/02")
        .hide(0)
        .wps();
    return new Case("WPS export: all text, hidden id column, blanks styled to XFD", b)
        .body("Sheet1", 2)
        .rows(
            post("信访科", "接访岗")
                .title("对群众诉求推诿敷衍")
                .level(RiskLevel.MEDIUM)
                .measures("首接负责制")
                .resp("孔明", null)
                .extra("记录ID", "8f3a01")
                .extra("填报时间", "2025/03/01"),
            post("信访科", "督办岗")
                .title("督办事项久拖不结")
                .level(RiskLevel.LOW)
                .measures("督办事项限时办结")
                .resp("孔明", null)
                .extra("记录ID", "8f3a02")
                .extra("填报时间", "2025/03/01"),
            post("法制科", "审核岗")
                .title("合法性审查流于形式")
                .level(RiskLevel.HIGH)
                .measures("审查意见书面留存")
                .resp("曹阳", null)
                .extra("记录ID", "8f3a03")
                .extra("填报时间", "2025/03/02"));
  }

  /**
   * Two different tables on one sheet: a 科室 table graded 高/中/低, then under its own heading a post
   * table graded 一级/二级/三级 with a 所在科室 column.
   */
  static Case twoDifferentTablesOnOneSheet() {
    Wb b = new Wb();
    b.sheet("附件1")
        .row("一、科室廉政风险点", "", "", "", "")
        .row("科室", "风险点", "风险等级", "防控措施", "")
        .row("审计科", "审计报告失实", "高", "报告三级复核", "")
        .row("审计科", "审计证据不足", "中", "取证双人签字", "")
        .row("", "", "", "", "")
        .row("二、岗位廉政风险点", "", "", "", "")
        .row("岗位", "所在科室", "风险点", "风险级别", "防控措施")
        .row("主审岗", "审计科", "隐瞒审计发现问题", "一级", "审计发现问题集体审理")
        .row("统计岗", "综合科", "篡改统计数据", "二级", "数据质量抽查")
        .row("司机", "综合科", "违规使用公车", "三级", "车辆定位监控")
        .merge("A1:E1")
        .merge("A6:E6");
    return new Case("two different tables on one sheet", b)
        .body("附件1", 3)
        .rows(
            dept("审计科").title("审计报告失实").level(RiskLevel.HIGH).measures("报告三级复核"),
            dept("审计科").title("审计证据不足").level(RiskLevel.MEDIUM).measures("取证双人签字"),
            post("审计科", "主审岗").title("隐瞒审计发现问题").level(RiskLevel.HIGH).measures("审计发现问题集体审理"),
            post("综合科", "统计岗").title("篡改统计数据").level(RiskLevel.MEDIUM).measures("数据质量抽查"),
            post("综合科", "司机").title("违规使用公车").level(RiskLevel.LOW).measures("车辆定位监控"));
  }

  /**
   * A first table graded in words, then further down a second table printed in two halves whose
   * levels are stars padded with hollow ones. Decision: each table's levels read as written.
   */
  static Case secondTableInHalvesBelowAFirst() {
    Wb b = new Wb();
    b.sheet("风险点")
        .row("科室", "风险点", "风险等级", "防控措施", "", "科室", "风险点", "风险等级", "防控措施")
        .row("规划科", "违规变更规划", "较高", "规划变更集体审议", "", "", "", "", "")
        .row("规划科", "泄露规划信息", "一般", "涉密资料专人保管", "", "", "", "", "")
        .row("", "", "", "", "", "", "", "", "")
        .row("下属单位廉政风险点", "", "", "", "", "", "", "", "")
        .row("单位", "风险点", "星级", "防控措施", "", "单位", "风险点", "星级", "防控措施")
        .row("测绘院", "测绘成果造假", "★★★", "成果抽检", "", "地籍中心", "违规办理登记", "★★☆", "登记双人审核")
        .row("测绘院", "外包项目收受回扣", "★★☆", "外包项目公开招标", "", "地籍中心", "泄露权利人信息", "★☆☆", "查询留痕")
        .merge("A5:I5");
    return new Case("a second table printed in halves below a first", b)
        .body("风险点", 2)
        .rows(
            dept("规划科").title("违规变更规划").level(RiskLevel.HIGH).measures("规划变更集体审议"),
            dept("规划科").title("泄露规划信息").level(RiskLevel.MEDIUM).measures("涉密资料专人保管"),
            dept("测绘院").title("测绘成果造假").level(RiskLevel.HIGH).measures("成果抽检"),
            dept("测绘院").title("外包项目收受回扣").level(RiskLevel.MEDIUM).measures("外包项目公开招标"),
            dept("地籍中心").title("违规办理登记").level(RiskLevel.MEDIUM).measures("登记双人审核"),
            dept("地籍中心").title("泄露权利人信息").level(RiskLevel.LOW).measures("查询留痕"));
  }

  /**
   * No category column; the 处室 merged over its block and the 分管领导 merged over two blocks; 主要表现
   * beside the point; levels written 高风险/中风险/低风险; one unit's block 40 rows down, so that what is
   * sampled from the top of the table is not all there is.
   */
  static Case mergedOwnerBlocksWithoutCategoryAndALongTable() {
    Wb b = new Wb();
    Sh s = b.sheet("处室清单").row("处室", "廉政风险", "主要表现", "风险等次", "防控对策", "分管领导");
    List<E> rows = new ArrayList<>();
    String[] units = {"综合处", "政策法规处", "行政审批处"};
    int n = 0;
    for (int u = 0; u < units.length; u++) {
      int first = s.rows.size() + 1;
      int count = u == 2 ? 16 : 12;
      for (int i = 1; i <= count; i++) {
        n++;
        String title = units[u].substring(0, 2) + "事项办理不规范" + i;
        String level = new String[] {"高风险", "中风险", "低风险"}[n % 3];
        RiskLevel want = new RiskLevel[] {RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW}[n % 3];
        boolean top = i == 1;
        String sup = u < 2 ? "副主任\u3000邹平" : "副主任\u3000秦岚";
        s.row(
            top ? units[u] : "",
            title,
            "办理第" + i + "类事项时未按规定程序",
            level,
            "事项办理全程留痕",
            top && u != 1 ? sup : "");
        rows.add(
            dept(units[u])
                .title(title)
                .shows("办理第" + i + "类事项时未按规定程序")
                .level(want)
                .measures("事项办理全程留痕")
                .sup(u < 2 ? "邹平" : "秦岚", "副主任"));
      }
      int last = s.rows.size();
      s.merge("A" + first + ":A" + last);
      if (u == 0) {
        s.merge("F" + first + ":F" + (last + 12));
      } else if (u == 2) {
        s.merge("F" + first + ":F" + last);
      }
    }
    return new Case("merged owner blocks without a category column, a long table", b)
        .body("处室清单", 2)
        .rows(rows.toArray(E[]::new));
  }

  /**
   * A leader table: 姓名 padded with full-width spaces, 职务, 分管范围, the point, its level and the
   * measures written with bullets; the group's own row has no name.
   */
  static Case leaderNamesPaddedWithFullWidthSpaces() {
    Wb b = new Wb();
    b.sheet("班子成员")
        .row("局领导班子成员廉政风险点登记表", "", "", "", "", "", "")
        .row("填报单位：某区交通运输局", "", "", "", "填报日期：2025年4月", "", "")
        .row("姓\u3000名", "职\u3000务", "分管范围", "岗位廉政风险", "风险定级", "防范举措", "备\u3000注")
        .row("", "领导班子", "全面工作", "民主集中制执行不到位", "一级", "·重大事项集体研究\n·会议纪要存档备查", "")
        .row("严\u3000\u3000斌", "党委书记、局长", "全面工作", "插手工程招投标", "一级", "·不分管工程项目\n·廉政谈话每年不少于一次", "")
        .row("华\u3000晓", "副局长", "运输管理科、路政科", "违规办理道路运输许可", "二级", "·许可事项网上办理", "新任")
        .merge("A1:G1");
    return new Case("leader names padded with full-width spaces", b)
        .body("班子成员", 4)
        .rows(
            group("领导班子")
                .title("民主集中制执行不到位")
                .level(RiskLevel.HIGH)
                .measures("重大事项集体研究", "会议纪要存档备查")
                .extra("分管范围", "全面工作"),
            leader("严斌", "党委书记、局长")
                .title("插手工程招投标")
                .level(RiskLevel.HIGH)
                .measures("不分管工程项目", "廉政谈话每年不少于一次")
                .extra("分管范围", "全面工作"),
            leader("华晓", "副局长")
                .title("违规办理道路运输许可")
                .level(RiskLevel.MEDIUM)
                .measures("许可事项网上办理")
                .extra("分管范围", "运输管理科、路政科")
                .extra("备\u3000注", "新任"));
  }

  /**
   * An enterprise table: 部室 · 业务环节 · 廉洁风险描述 · 风险类型 · 风险评级 · 管控举措 · 第一责任人 · 直接责任人. Decision: the
   * 直接责任人 is responsible, the 第一责任人 supervises; 业务环节 is the power item.
   */
  static Case enterpriseDepartmentsWithFirstAndDirectResponsibility() {
    Wb b = new Wb();
    b.sheet("部室")
        .row("XX集团有限公司部室廉洁风险防控手册（2025版）", "", "", "", "", "", "", "", "")
        .row("序号", "部室", "业务环节", "廉洁风险描述", "风险类型", "风险评级", "管控举措", "第一责任人", "直接责任人")
        .row(
            "1",
            "采购管理部",
            "供应商准入",
            "违规准入不合格供应商",
            "业务流程",
            "高",
            "1.准入资料集体评审2.准入名单公示",
            "总经理 沈\u3000航",
            "部长 韦\u3000东")
        .row("2", "采购管理部", "询比价", "围标串标", "外部环境", "高", "1.询价不少于三家2.比价记录存档", "总经理 沈航", "部长 韦东")
        .row("3", "人力资源部", "员工招聘", "因人设岗", "思想道德", "中", "招聘方案经总经理办公会审定", "总经理 沈航", "部长 柏\u3000青")
        .merge("A1:I1");
    return new Case("enterprise departments with 第一责任人 and 直接责任人", b)
        .body("部室", 3)
        .rows(
            dept("采购管理部")
                .power("供应商准入")
                .title("违规准入不合格供应商")
                .cat(RiskCategory.PROCESS)
                .level(RiskLevel.HIGH)
                .measures("准入资料集体评审", "准入名单公示")
                .resp("韦东", "部长")
                .sup("沈航", "总经理"),
            dept("采购管理部")
                .power("询比价")
                .title("围标串标")
                .cat(RiskCategory.EXTERNAL)
                .level(RiskLevel.HIGH)
                .measures("询价不少于三家", "比价记录存档")
                .resp("韦东", "部长")
                .sup("沈航", "总经理"),
            dept("人力资源部")
                .power("员工招聘")
                .title("因人设岗")
                .cat(RiskCategory.IDEOLOGY)
                .level(RiskLevel.MEDIUM)
                .measures("招聘方案经总经理办公会审定")
                .resp("柏青", "部长")
                .sup("沈航", "总经理"));
  }

  static List<Case> cases() {
    return List.of(
        quarterGroupsOverRepeatedSubColumns(),
        riskAndMeasureGroupsOverSubColumns(),
        sectionRowsMergedAcrossHalves(),
        leadershipMembersAndDepartmentsUnderSections(),
        numberingStylesOnePerRow(),
        levelCodesExplainedByALegend(),
        bracketedLevelsBlankRowsAndRolesOnly(),
        wpsExportAllTextHiddenIdAndStyledBlanks(),
        twoDifferentTablesOnOneSheet(),
        secondTableInHalvesBelowAFirst(),
        mergedOwnerBlocksWithoutCategoryAndALongTable(),
        leaderNamesPaddedWithFullWidthSpaces(),
        enterpriseDepartmentsWithFirstAndDirectResponsibility());
  }

  // ------------------------------------------------------------------ the tests

  /** Scores every case, prints the field accuracy and holds it at the figure last measured. */
  @Test
  void fieldAccuracyOverAllCasesHoldsItsGround() throws IOException {
    LayoutScore.holdsItsGround(
        FourthBlindLayoutsTest.class, cases(), FourthBlindLayoutsTest::run, FLOOR);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachCaseIsReadCleanly(Case c) throws IOException {
    check(c);
  }

  // ------------------------------------------------------------------ comparing

  static LayoutScore.Outcome run(Case c) throws IOException {
    AnnexReadResult r = AnnexReader.lenient().read(new ByteArrayInputStream(c.book.xlsx()));
    Map<String, List<Object[]>> cells = new LinkedHashMap<>();
    c.book.sheets.forEach(s -> cells.put(s.name, s.rows));
    return LayoutScore.score(c.rows, cells, c.bodyStarts, r);
  }

  static void check(Case c) throws IOException {
    run(c).assertClean(c);
  }
}
