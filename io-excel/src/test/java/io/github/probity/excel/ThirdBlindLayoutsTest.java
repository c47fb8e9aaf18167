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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A third set of blind workbooks, written with POI from the practice notes and from how units fill
 * these tables, before looking at how the reader recognises anything: one block per person under a
 * 姓名：… label row, a holder's name merged down the block, a 三重一大 decision-step table, web exports
 * with field codes, numeric level codes and date serials, colour levels and one-word categories, a
 * three-row header with group cells, a note row between header and data, a blank spacer column, a
 * table printed in two halves side by side, a leadership table keyed by 职务 only, a provincial
 * department's 处室 list, a risk point merged over one measure per row and post grades with two-tier
 * people in one cell. None of these wordings or layouts is used by the other reading tests.
 *
 * <p>Every field of every row is compared with default settings (rows are matched by title, so the
 * order of rows is not scored); every non-empty cell under the header must be carried by its row,
 * or, for a label row that names the rows under it, by those rows, or be named by a finding.
 *
 * <p>Blind figure, default settings, measured before the reader was changed for these layouts:
 * 643/880 fields right (73.1%); every row accounted for in 11 of 14 workbooks — the
 * block-per-person table and the 三重一大 steps lost all their rows (no owner found), the halves side
 * by side lost the right half's rows (read as extras and a second measure).
 *
 * <p>After the reader learnt lettered and glyph-numbered lists, colour and post-grade levels, level
 * codes, labelled section rows, the 三重一大 group table, heads beside supervising leaders and
 * three-row headers: 827/869 (95.2%), every row accounted for in 13 of 14 workbooks; the table
 * printed in two halves side by side was still read as one table with extras.
 *
 * <p>After the reader learnt headers printed in copies side by side: 865/865 (100%), every row
 * accounted for in 14 of 14 workbooks.
 */
class ThirdBlindLayoutsTest {

  /** The field accuracy measured over these cases when they were last fixed. */
  private static final double FLOOR = 1.0;

  // ------------------------------------------------------------------ the workbook builder

  /** A number in a cell, shown as {@code shown} (a date when {@code date}). */
  record Num(double value, boolean date, String shown) {
    @Override
    public String toString() {
      return shown;
    }
  }

  static Num num(long v) {
    return new Num(v, false, Long.toString(v));
  }

  /** A date stored the way Excel stores it: a serial number with a date format. */
  static Num date(int y, int m, int d) {
    LocalDate day = LocalDate.of(y, m, d);
    long serial = day.toEpochDay() - LocalDate.of(1899, 12, 30).toEpochDay();
    return new Num(serial, true, day.toString());
  }

  /** A workbook written with POI's xlsx model, cells as text, numbers or dates. */
  static final class Wb {
    final List<Sh> sheets = new ArrayList<>();

    Sh sheet(String name) {
      Sh s = new Sh(name);
      sheets.add(s);
      return s;
    }

    byte[] xlsx() {
      try (XSSFWorkbook wb = new XSSFWorkbook()) {
        CellStyle dates = wb.createCellStyle();
        dates.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        for (Sh s : sheets) {
          Sheet sheet = wb.createSheet(s.name);
          for (int r = 0; r < s.rows.size(); r++) {
            Row row = sheet.createRow(r);
            Object[] cells = s.rows.get(r);
            for (int c = 0; c < cells.length; c++) {
              Object v = cells[c];
              if (v instanceof Num n) {
                Cell cell = row.createCell(c);
                cell.setCellValue(n.value());
                if (n.date()) {
                  cell.setCellStyle(dates);
                }
              } else if (v instanceof String t && !t.isEmpty()) {
                row.createCell(c).setCellValue(t);
              }
            }
          }
          for (String m : s.merges) {
            int[] rg = Objects.requireNonNull(CellRefs.range(m));
            sheet.addMergedRegion(new CellRangeAddress(rg[0], rg[2], rg[1], rg[3]));
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

  /** One sheet: rows of cells and merged ranges. */
  static final class Sh {
    final String name;
    final List<Object[]> rows = new ArrayList<>();
    final List<String> merges = new ArrayList<>();

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
   * One block per person: the header once, then a label row "姓名：… 职务：… 所在科室：…" above that person's
   * numbered rows. The person's 职务 is the post, the name its holder, the 科室 its department (as a
   * reader of the printed table would take it).
   */
  static Case blockPerPersonUnderLabelRows() {
    Wb b = new Wb();
    b.sheet("个人风险自查")
        .row("某区住房和城乡建设局干部职工个人岗位廉政风险自查表", "", "", "")
        .row("序号", "岗位风险点", "风险程度", "个人防控措施")
        .row("姓名：张\u3000三\u3000\u3000职务：会计\u3000\u3000所在科室：财务科", "", "", "")
        .row("1", "审核报销单据不严，虚列支出", "中", "1.逐笔核对原始凭证；2.大额支出双人复核")
        .row("2", "利用职务便利套取资金", "高", "1.每月与出纳对账；2.接受内部审计")
        .row("姓名：李四\u3000\u3000职务：出纳\u3000\u3000所在科室：财务科", "", "", "")
        .row("1", "挪用备用金", "高", "1.现金日清月结；2.不定期盘点库存现金")
        .row("姓名：王五\u3000\u3000职务：档案管理员\u3000\u3000所在科室：办公室", "", "", "")
        .row("1", "擅自向他人提供档案", "低", "严格执行档案借阅审批")
        .merge("A1:D1")
        .merge("A3:D3")
        .merge("A6:D6")
        .merge("A8:D8");
    return new Case("one block per person under 姓名：… label rows", b)
        .body("个人风险自查", 3)
        .rows(
            post("财务科", "会计")
                .holders("张三")
                .title("审核报销单据不严，虚列支出")
                .level(RiskLevel.MEDIUM)
                .measures("逐笔核对原始凭证", "大额支出双人复核"),
            post("财务科", "会计")
                .holders("张三")
                .title("利用职务便利套取资金")
                .level(RiskLevel.HIGH)
                .measures("每月与出纳对账", "接受内部审计"),
            post("财务科", "出纳")
                .holders("李四")
                .title("挪用备用金")
                .level(RiskLevel.HIGH)
                .measures("现金日清月结", "不定期盘点库存现金"),
            post("办公室", "档案管理员")
                .holders("王五")
                .title("擅自向他人提供档案")
                .level(RiskLevel.LOW)
                .measures("严格执行档案借阅审批"));
  }

  /** 姓名 merged down over that person's rows, 风险星级 in stars, measures lettered a、/a. . */
  static Case holderMergedDownWithStarGradesAndLetteredMeasures() {
    Wb b = new Wb();
    b.sheet("岗位风险")
        .row("姓名", "工作岗位", "廉政风险表现", "风险星级", "防范措施")
        .row("赵\u3000敏", "人事专干", "干部档案审核把关不严", "★★★", "a、档案材料专人审核；b、审核结果公示")
        .row("", "人事专干", "违规办理工资调整", "★★", "a.工资调整集体研究 b.调整结果公示")
        .row("钱立", "后勤管理", "物资采购中收受回扣", "★", "实行比价采购")
        .merge("A2:A3");
    return new Case("holder merged down, star grades, lettered measures", b)
        .body("岗位风险", 2)
        .rows(
            post(null, "人事专干")
                .holders("赵敏")
                .title("干部档案审核把关不严")
                .level(RiskLevel.HIGH)
                .measures("档案材料专人审核", "审核结果公示"),
            post(null, "人事专干")
                .holders("赵敏")
                .title("违规办理工资调整")
                .level(RiskLevel.MEDIUM)
                .measures("工资调整集体研究", "调整结果公示"),
            post(null, "后勤管理")
                .holders("钱立")
                .title("物资采购中收受回扣")
                .level(RiskLevel.LOW)
                .measures("实行比价采购"));
  }

  /**
   * A 三重一大 decision-process table: 决策环节 · 风险点 · 风险等级 · 防控措施 · 责任人, no owner column. Decision: the
   * steps of collective decision-making are the leadership group's points (the title names the 党组),
   * the step is the power item, the 责任人 the responsible person.
   */
  static Case majorMattersDecisionSteps() {
    Wb b = new Wb();
    b.sheet("三重一大决策")
        .row("某区教育局党组“三重一大”事项决策廉政风险防控表", "", "", "", "", "")
        .row("序号", "决策环节", "风险点", "风险等级", "防控措施", "责任人")
        .row("1", "动议提出", "个人擅自提出议题，规避集体决策", "高", "1.议题由党组书记审定后提交；2.重大事项事先征求班子成员意见", "王海")
        .row("2", "会前酝酿", "未充分调研论证即提交会议", "中", "重大事项须经调研论证、风险评估、合法性审查", "刘芳")
        .row("3", "会议决策", "主要负责人末位表态落实不到位", "高", "①班子成员逐一发表意见②主要负责人末位表态③会议纪要存档", "王海")
        .row("4", "决策执行", "擅自改变集体决策", "中", "执行情况定期向党组报告", "刘芳")
        .row("5", "监督检查", "对决策执行监督缺位", "低", "纪检组全程监督", "陈卫")
        .merge("A1:F1");
    return new Case("三重一大 decision steps", b)
        .body("三重一大决策", 3)
        .rows(
            group("领导班子")
                .power("动议提出")
                .title("个人擅自提出议题，规避集体决策")
                .level(RiskLevel.HIGH)
                .measures("议题由党组书记审定后提交", "重大事项事先征求班子成员意见")
                .resp("王海", null),
            group("领导班子")
                .power("会前酝酿")
                .title("未充分调研论证即提交会议")
                .level(RiskLevel.MEDIUM)
                .measures("重大事项须经调研论证、风险评估、合法性审查")
                .resp("刘芳", null),
            group("领导班子")
                .power("会议决策")
                .title("主要负责人末位表态落实不到位")
                .level(RiskLevel.HIGH)
                .measures("班子成员逐一发表意见", "主要负责人末位表态", "会议纪要存档")
                .resp("王海", null),
            group("领导班子")
                .power("决策执行")
                .title("擅自改变集体决策")
                .level(RiskLevel.MEDIUM)
                .measures("执行情况定期向党组报告")
                .resp("刘芳", null),
            group("领导班子")
                .power("监督检查")
                .title("对决策执行监督缺位")
                .level(RiskLevel.LOW)
                .measures("纪检组全程监督")
                .resp("陈卫", null));
  }

  /**
   * A web export: Chinese headers with the field name in brackets, a numeric id, the level as a
   * code 1/2/3 and the creation date as a date serial. Decision: level code 1 is 一级 (高), as in the
   * 一级/二级/三级 grading where 一级 is the highest.
   */
  static Case webExportWithFieldNamesCodedLevelsAndDateSerials() {
    Wb b = new Wb();
    b.sheet("导出数据")
        .row(
            "ID",
            "部门名称(deptName)",
            "岗位名称(postName)",
            "风险点(riskPoint)",
            "风险等级(riskLevel)",
            "防控措施(measure)",
            "责任人(dutyPerson)",
            "创建时间(createTime)")
        .row(num(1001), "财务科", "会计", "虚列支出套取资金", num(1), "报销单据逐级审核", "陈静", date(2024, 3, 15))
        .row(num(1002), "财务科", "出纳", "挪用公款", num(1), "现金日清月结", "陈静", date(2024, 3, 15))
        .row(num(1003), "办公室", "驾驶员", "公车私用", num(3), "车辆卫星定位监控", "何芳", date(2024, 3, 18))
        .row(num(1004), "办公室", "文印员", "泄露未公开文件", num(2), "文件印制登记", "何芳", date(2024, 3, 18));
    return new Case("web export with field names, level codes and date serials", b)
        .body("导出数据", 2)
        .rows(
            post("财务科", "会计")
                .title("虚列支出套取资金")
                .level(RiskLevel.HIGH)
                .measures("报销单据逐级审核")
                .resp("陈静", null)
                .extra("ID", "1001")
                .extra("创建时间(createTime)", "2024-03-15"),
            post("财务科", "出纳")
                .title("挪用公款")
                .level(RiskLevel.HIGH)
                .measures("现金日清月结")
                .resp("陈静", null)
                .extra("ID", "1002")
                .extra("创建时间(createTime)", "2024-03-15"),
            post("办公室", "驾驶员")
                .title("公车私用")
                .level(RiskLevel.LOW)
                .measures("车辆卫星定位监控")
                .resp("何芳", null)
                .extra("ID", "1003")
                .extra("创建时间(createTime)", "2024-03-18"),
            post("办公室", "文印员")
                .title("泄露未公开文件")
                .level(RiskLevel.MEDIUM)
                .measures("文件印制登记")
                .resp("何芳", null)
                .extra("ID", "1004")
                .extra("创建时间(createTime)", "2024-03-18"));
  }

  /**
   * A system export whose first row holds the database's pinyin field codes and the second the
   * Chinese labels. Decision: the code row is not a title and not data; the labels name the columns
   * (an extra column keeps its Chinese label).
   */
  static Case exportWithPinyinCodeRowAboveLabels() {
    Wb b = new Wb();
    b.sheet("fxd_export")
        .row("BMMC", "GWMC", "FXMS", "FXDJ", "KZCS", "ZRR", "ZT")
        .row("部门名称", "岗位名称", "风险描述", "风险等级", "控制措施", "责任人", "状态")
        .row("规划科", "规划审批岗", "违规调整规划指标", "高", "1.规划调整集体审议 2.调整结果公示", "孙浩", "已审核")
        .row("规划科", "规划审批岗", "泄露规划信息", "中", "签订保密承诺书", "孙浩", "已审核")
        .row("执法科", "巡查岗", "巡查发现问题不报", "低", "巡查记录仪全程记录", "吴涛", "待审核");
    return new Case("export with a pinyin code row above the labels", b)
        .body("fxd_export", 3)
        .rows(
            post("规划科", "规划审批岗")
                .title("违规调整规划指标")
                .level(RiskLevel.HIGH)
                .measures("规划调整集体审议", "调整结果公示")
                .resp("孙浩", null)
                .extra("状态", "已审核"),
            post("规划科", "规划审批岗")
                .title("泄露规划信息")
                .level(RiskLevel.MEDIUM)
                .measures("签订保密承诺书")
                .resp("孙浩", null)
                .extra("状态", "已审核"),
            post("执法科", "巡查岗")
                .title("巡查发现问题不报")
                .level(RiskLevel.LOW)
                .measures("巡查记录仪全程记录")
                .resp("吴涛", null)
                .extra("状态", "待审核"));
  }

  /**
   * A 科室 table under a title that speaks of 岗位, levels as warning colours and categories as one
   * word. Decision: 红/橙/黄 of a three-colour warning scale are 高/中/低; 流程, 道德, 职责, 外部, 制度 are the
   * five categories by their distinctive word.
   */
  static Case colourLevelsAndOneWordCategories() {
    Wb b = new Wb();
    b.sheet("科室风险")
        .row("某区市场监管局各科室岗位廉政风险等级评定表", "", "", "", "", "", "")
        .row("科室", "风险类型", "风险点", "风险预警等级", "防控措施", "科室负责人", "分管领导")
        .row("登记科", "流程", "违规办理登记注册", "红", "1.登记材料双人审核 2.办理结果网上公示", "郭\u3000亮", "许明")
        .row("登记科", "道德", "接受申请人吃请", "黄", "签订廉洁从业承诺", "郭亮", "许明")
        .row("稽查科", "职责", "选择性执法", "橙", "执法全过程记录", "韩雪", "许明")
        .row("稽查科", "外部", "受人请托说情", "黄", "说情干预登记报告", "韩雪", "许明")
        .row("稽查科", "制度", "自由裁量权缺乏约束", "红色", "细化裁量基准", "韩雪", "许明")
        .merge("A1:G1");
    return new Case("colour levels and one-word categories", b)
        .body("科室风险", 3)
        .rows(
            dept("登记科")
                .cat(RiskCategory.PROCESS)
                .title("违规办理登记注册")
                .level(RiskLevel.HIGH)
                .measures("登记材料双人审核", "办理结果网上公示")
                .resp("郭亮", null)
                .sup("许明", null),
            dept("登记科")
                .cat(RiskCategory.IDEOLOGY)
                .title("接受申请人吃请")
                .level(RiskLevel.LOW)
                .measures("签订廉洁从业承诺")
                .resp("郭亮", null)
                .sup("许明", null),
            dept("稽查科")
                .cat(RiskCategory.DUTY)
                .title("选择性执法")
                .level(RiskLevel.MEDIUM)
                .measures("执法全过程记录")
                .resp("韩雪", null)
                .sup("许明", null),
            dept("稽查科")
                .cat(RiskCategory.EXTERNAL)
                .title("受人请托说情")
                .level(RiskLevel.LOW)
                .measures("说情干预登记报告")
                .resp("韩雪", null)
                .sup("许明", null),
            dept("稽查科")
                .cat(RiskCategory.INSTITUTION)
                .title("自由裁量权缺乏约束")
                .level(RiskLevel.HIGH)
                .measures("细化裁量基准")
                .resp("韩雪", null)
                .sup("许明", null));
  }

  /** A header in three rows: stage groups, then column names, then the two kinds of 责任人. */
  static Case threeRowHeaderWithStageGroups() {
    Wb b = new Wb();
    b.sheet("Sheet1")
        .row("某区卫健委岗位廉政风险防控台账", "", "", "", "", "", "", "", "")
        .row("序号", "风险主体", "", "风险识别", "", "风险评估", "风险防控", "", "")
        .row("", "科室", "岗位", "风险点", "风险类别", "风险等级", "防控措施", "责任人", "")
        .row("", "", "", "", "", "", "", "直接责任人", "领导责任人")
        .row(
            "1",
            "医政科",
            "执业审批岗",
            "违规发放执业许可",
            "岗位职责",
            "高",
            "1.审批材料双人审核；2.审批结果公开",
            "赵\u3000丽",
            "孙\u3000斌")
        .row("2", "", "监督检查岗", "检查中吃拿卡要", "思想道德", "中", "执法记录仪全程记录", "", "")
        .row("3", "", "投诉受理岗", "压案不查", "业务流程", "低", "投诉件登记销号", "", "")
        .merge("A1:I1")
        .merge("A2:A4")
        .merge("B2:C2")
        .merge("D2:E2")
        .merge("G2:I2")
        .merge("B3:B4")
        .merge("C3:C4")
        .merge("D3:D4")
        .merge("E3:E4")
        .merge("F3:F4")
        .merge("G3:G4")
        .merge("H3:I3")
        .merge("B5:B7")
        .merge("H5:H7")
        .merge("I5:I7");
    return new Case("three-row header with stage groups", b)
        .body("Sheet1", 5)
        .rows(
            post("医政科", "执业审批岗")
                .cat(RiskCategory.DUTY)
                .title("违规发放执业许可")
                .level(RiskLevel.HIGH)
                .measures("审批材料双人审核", "审批结果公开")
                .resp("赵丽", null)
                .sup("孙斌", null),
            post("医政科", "监督检查岗")
                .cat(RiskCategory.IDEOLOGY)
                .title("检查中吃拿卡要")
                .level(RiskLevel.MEDIUM)
                .measures("执法记录仪全程记录")
                .resp("赵丽", null)
                .sup("孙斌", null),
            post("医政科", "投诉受理岗")
                .cat(RiskCategory.PROCESS)
                .title("压案不查")
                .level(RiskLevel.LOW)
                .measures("投诉件登记销号")
                .resp("赵丽", null)
                .sup("孙斌", null));
  }

  /**
   * The table starts in column B, and a 填表说明 row sits between the header and the data; 主要风险点 and
   * 风险表现 side by side.
   */
  static Case noteRowBetweenHeaderAndDataFromColumnB() {
    Wb b = new Wb();
    b.sheet("附件2")
        .row("", "附件2")
        .row("", "某区司法局科室廉政风险防控一览表", "", "", "", "", "", "")
        .row("", "序号", "科室", "主要风险点", "风险表现", "风险级别", "防控措施", "责任人")
        .row("", "填表说明：1.风险级别按高、中、低填写；2.防控措施应具体、可操作。", "", "", "", "", "", "")
        .row(
            "",
            "1",
            "公共法律服务科",
            "法律援助审批不规范",
            "对不符合条件的申请人给予援助",
            "中",
            "1)援助申请集体审查 2)援助案件质量回访",
            "林\u3000涛")
        .row("", "2", "社区矫正科", "违规审批外出", "为矫正对象违规出具外出证明", "高", "1)外出审批两级审核 2)外出情况定位核查", "周\u3000敏")
        .row("", "3", "社区矫正科", "泄露矫正对象信息", "向无关人员透露矫正对象情况", "低", "信息查阅登记", "周敏")
        .merge("B2:H2")
        .merge("B4:H4");
    return new Case("note row between header and data, table from column B", b)
        .body("附件2", 4)
        .rows(
            dept("公共法律服务科")
                .title("法律援助审批不规范")
                .shows("对不符合条件的申请人给予援助")
                .level(RiskLevel.MEDIUM)
                .measures("援助申请集体审查", "援助案件质量回访")
                .resp("林涛", null),
            dept("社区矫正科")
                .title("违规审批外出")
                .shows("为矫正对象违规出具外出证明")
                .level(RiskLevel.HIGH)
                .measures("外出审批两级审核", "外出情况定位核查")
                .resp("周敏", null),
            dept("社区矫正科")
                .title("泄露矫正对象信息")
                .shows("向无关人员透露矫正对象情况")
                .level(RiskLevel.LOW)
                .measures("信息查阅登记")
                .resp("周敏", null));
  }

  /** An empty spacer column between the post and the category; categories end in 风险. */
  static Case blankSpacerColumnAndFullCategoryNames() {
    Wb b = new Wb();
    b.sheet("岗位")
        .row("股室", "岗位", "", "风险类别", "风险点", "等级", "防控措施", "责任人")
        .row("办公室", "机要岗", "", "岗位职责风险", "泄露涉密文件", "高", "1.涉密文件专柜存放；2.借阅登记", "何\u3000平")
        .row("办公室", "车管岗", "", "思想道德风险", "违规派车", "中", "派车单审批", "何平")
        .row("财务股", "出纳岗", "", "业务流程风险", "公款私存", "高", "1.银行账户统一管理；2.月末对账", "邓\u3000军");
    return new Case("blank spacer column, full category names", b)
        .body("岗位", 2)
        .rows(
            post("办公室", "机要岗")
                .cat(RiskCategory.DUTY)
                .title("泄露涉密文件")
                .level(RiskLevel.HIGH)
                .measures("涉密文件专柜存放", "借阅登记")
                .resp("何平", null),
            post("办公室", "车管岗")
                .cat(RiskCategory.IDEOLOGY)
                .title("违规派车")
                .level(RiskLevel.MEDIUM)
                .measures("派车单审批")
                .resp("何平", null),
            post("财务股", "出纳岗")
                .cat(RiskCategory.PROCESS)
                .title("公款私存")
                .level(RiskLevel.HIGH)
                .measures("银行账户统一管理", "月末对账")
                .resp("邓军", null));
  }

  /**
   * A long table printed in two halves side by side on a landscape page, an empty column between
   * them; each half has the same header. Decision: both halves are rows of one table.
   */
  static Case tablePrintedInTwoHalvesSideBySide() {
    Wb b = new Wb();
    b.sheet("科室风险点")
        .row("某区审计局科室廉政风险点一览表", "", "", "", "", "", "", "", "")
        .row("科室", "风险点", "等级", "防控措施", "", "科室", "风险点", "等级", "防控措施")
        .row("审计一科", "审计发现问题不报", "高", "审计底稿三级复核", "", "审计二科", "审计取证不规范", "中", "规范取证程序")
        .row("审计一科", "泄露审计信息", "中", "签订保密承诺", "", "审计二科", "接受被审计单位宴请", "高", "严格执行审计纪律“八不准”")
        .row("办公室", "公车私用", "低", "车辆定位监控", "", "", "", "", "")
        .merge("A1:I1");
    return new Case("a table printed in two halves side by side", b)
        .body("科室风险点", 3)
        .rows(
            dept("审计一科").title("审计发现问题不报").level(RiskLevel.HIGH).measures("审计底稿三级复核"),
            dept("审计一科").title("泄露审计信息").level(RiskLevel.MEDIUM).measures("签订保密承诺"),
            dept("办公室").title("公车私用").level(RiskLevel.LOW).measures("车辆定位监控"),
            dept("审计二科").title("审计取证不规范").level(RiskLevel.MEDIUM).measures("规范取证程序"),
            dept("审计二科").title("接受被审计单位宴请").level(RiskLevel.HIGH).measures("严格执行审计纪律“八不准”"));
  }

  /**
   * A leadership table keyed by 职务 only (no names), two 副局长 told apart by their 分管工作. Decision: a
   * leader without a name is known by the position as written; 分管工作 travels as an extra; 监督领导 is
   * the supervisor's role.
   */
  static Case leadershipKeyedByPositionOnly() {
    Wb b = new Wb();
    b.sheet("领导班子")
        .row("某区财政局领导班子成员廉政风险点及防控措施", "", "", "", "", "")
        .row("职务", "分管工作", "廉政风险点", "风险等级", "防控措施", "监督领导")
        .row("领导班子", "全局工作", "议事规则执行不严", "高", "严格执行“三重一大”集体决策制度", "驻局纪检监察组组长")
        .row("党组书记、局长", "主持全面工作", "干预下属科室具体业务", "高", "1.不直接分管财务、人事、采购 2.严格执行末位表态", "驻局纪检监察组组长")
        .row("副局长", "分管预算科、国库科", "违规调整预算", "高", "预算调整报党组会审定", "党组书记、局长")
        .row("副局长", "分管政府采购科", "干预政府采购", "中", "采购全流程电子化", "党组书记、局长")
        .merge("A1:F1");
    return new Case("leadership keyed by 职务 only", b)
        .body("领导班子", 3)
        .rows(
            group("领导班子")
                .title("议事规则执行不严")
                .level(RiskLevel.HIGH)
                .measures("严格执行“三重一大”集体决策制度")
                .sup(null, "驻局纪检监察组组长")
                .extra("分管工作", "全局工作"),
            leader("党组书记、局长", "党组书记、局长")
                .title("干预下属科室具体业务")
                .level(RiskLevel.HIGH)
                .measures("不直接分管财务、人事、采购", "严格执行末位表态")
                .sup(null, "驻局纪检监察组组长")
                .extra("分管工作", "主持全面工作"),
            leader("副局长", "副局长")
                .title("违规调整预算")
                .level(RiskLevel.HIGH)
                .measures("预算调整报党组会审定")
                .sup(null, "党组书记、局长")
                .extra("分管工作", "分管预算科、国库科"),
            leader("副局长", "副局长")
                .title("干预政府采购")
                .level(RiskLevel.MEDIUM)
                .measures("采购全流程电子化")
                .sup(null, "党组书记、局长")
                .extra("分管工作", "分管政府采购科"));
  }

  /** A provincial department's 处室 list: 职责事项 · 风险事项 · 具体表现 · 防控要求 · 分管厅领导. */
  static Case provincialDivisionsWithDutiesAndManifestations() {
    Wb b = new Wb();
    b.sheet("处室")
        .row("省某厅机关处室廉政风险防控清单", "", "", "", "", "", "", "")
        .row("处室", "职责事项", "风险事项", "具体表现", "风险级别", "防控要求", "处室负责人", "分管厅领导")
        .row(
            "规划财务处",
            "专项资金分配",
            "资金分配不公",
            "分配因素设置带有倾向性，优亲厚友",
            "一级",
            "(一)资金分配因素法公开(二)分配结果公示",
            "钱\u3000进",
            "副厅长\u3000杨光")
        .row("", "预算执行", "违规调剂预算", "未经批准调剂使用资金", "二级", "预算调剂按规定报批", "", "")
        .row(
            "人事处",
            "干部选任",
            "选人用人不公",
            "违规提拔、突击提拔",
            "一级",
            "严格执行动议、民主推荐、考察、讨论决定程序",
            "孙\u3000梅",
            "副厅长\u3000杨光")
        .merge("A1:H1")
        .merge("A3:A4")
        .merge("G3:G4")
        .merge("H3:H4");
    return new Case("provincial divisions with duties and manifestations", b)
        .body("处室", 3)
        .rows(
            dept("规划财务处")
                .power("专项资金分配")
                .title("资金分配不公")
                .shows("分配因素设置带有倾向性，优亲厚友")
                .level(RiskLevel.HIGH)
                .measures("资金分配因素法公开", "分配结果公示")
                .resp("钱进", null)
                .sup("杨光", "副厅长"),
            dept("规划财务处")
                .power("预算执行")
                .title("违规调剂预算")
                .shows("未经批准调剂使用资金")
                .level(RiskLevel.MEDIUM)
                .measures("预算调剂按规定报批")
                .resp("钱进", null)
                .sup("杨光", "副厅长"),
            dept("人事处")
                .power("干部选任")
                .title("选人用人不公")
                .shows("违规提拔、突击提拔")
                .level(RiskLevel.HIGH)
                .measures("严格执行动议、民主推荐、考察、讨论决定程序")
                .resp("孙梅", null)
                .sup("杨光", "副厅长"));
  }

  /**
   * The risk point, its post and level merged down over several rows, one measure per row.
   * Decision: one risk point whose measures are the rows' measures in order.
   */
  static Case riskPointMergedOverOneMeasurePerRow() {
    Wb b = new Wb();
    b.sheet("风险点")
        .row("部门", "岗位", "风险点", "风险等级", "防控措施", "责任人")
        .row("招标采购部", "招标专员", "招标文件设置排他性条款", "高", "招标文件法务审核", "冯刚")
        .row("", "", "", "", "评标专家随机抽取", "")
        .row("", "", "", "", "中标结果公示", "")
        .row("", "合同专员", "合同履约验收不严", "中", "第三方参与验收", "")
        .row("", "", "", "", "验收资料归档备查", "")
        .merge("A2:A6")
        .merge("B2:B4")
        .merge("C2:C4")
        .merge("D2:D4")
        .merge("F2:F6")
        .merge("B5:B6")
        .merge("C5:C6")
        .merge("D5:D6");
    return new Case("a risk point merged over one measure per row", b)
        .body("风险点", 2)
        .rows(
            post("招标采购部", "招标专员")
                .title("招标文件设置排他性条款")
                .level(RiskLevel.HIGH)
                .measures("招标文件法务审核", "评标专家随机抽取", "中标结果公示")
                .resp("冯刚", null),
            post("招标采购部", "合同专员")
                .title("合同履约验收不严")
                .level(RiskLevel.MEDIUM)
                .measures("第三方参与验收", "验收资料归档备查")
                .resp("冯刚", null));
  }

  /**
   * Post grades worded 一级风险岗位, categories abbreviated 职责风险/制度风险/道德风险, measures numbered ⑴⑵, and the
   * two tiers of 责任人 on two lines of one cell, each with its role.
   */
  static Case postGradesAndTwoTiersOnTwoLines() {
    Wb b = new Wb();
    b.sheet("岗位风险等级")
        .row("科室", "岗位名称", "岗位风险等级", "风险类别", "风险点", "防控措施", "责任人")
        .row("征收科", "核定岗", "一级风险岗位", "职责风险", "违规核定税额", "⑴核定结果双人复核⑵核定标准公开", "科长：王明\n分管副局长：李强")
        .row("征收科", "减免岗", "二级风险岗位", "制度风险", "减免审批程序不严", "减免事项集体审议", "科长：王明\n分管副局长：李强")
        .row("办公室", "综合岗", "三级风险岗位", "道德风险", "利用职务之便谋取私利", "开展廉政谈话", "主任：陈红\n分管副局长：李强");
    return new Case("post grades and two tiers on two lines", b)
        .body("岗位风险等级", 2)
        .rows(
            post("征收科", "核定岗")
                .cat(RiskCategory.DUTY)
                .title("违规核定税额")
                .level(RiskLevel.HIGH)
                .measures("核定结果双人复核", "核定标准公开")
                .resp("王明", "科长")
                .sup("李强", "分管副局长"),
            post("征收科", "减免岗")
                .cat(RiskCategory.INSTITUTION)
                .title("减免审批程序不严")
                .level(RiskLevel.MEDIUM)
                .measures("减免事项集体审议")
                .resp("王明", "科长")
                .sup("李强", "分管副局长"),
            post("办公室", "综合岗")
                .cat(RiskCategory.IDEOLOGY)
                .title("利用职务之便谋取私利")
                .level(RiskLevel.LOW)
                .measures("开展廉政谈话")
                .resp("陈红", "主任")
                .sup("李强", "分管副局长"));
  }

  static List<Case> cases() {
    return List.of(
        blockPerPersonUnderLabelRows(),
        holderMergedDownWithStarGradesAndLetteredMeasures(),
        majorMattersDecisionSteps(),
        webExportWithFieldNamesCodedLevelsAndDateSerials(),
        exportWithPinyinCodeRowAboveLabels(),
        colourLevelsAndOneWordCategories(),
        threeRowHeaderWithStageGroups(),
        noteRowBetweenHeaderAndDataFromColumnB(),
        blankSpacerColumnAndFullCategoryNames(),
        tablePrintedInTwoHalvesSideBySide(),
        leadershipKeyedByPositionOnly(),
        provincialDivisionsWithDutiesAndManifestations(),
        riskPointMergedOverOneMeasurePerRow(),
        postGradesAndTwoTiersOnTwoLines());
  }

  // ------------------------------------------------------------------ the tests

  /** Scores every case, prints the field accuracy and holds it at the figure last measured. */
  @Test
  void fieldAccuracyOverAllCasesHoldsItsGround() throws IOException {
    LayoutScore.holdsItsGround(
        ThirdBlindLayoutsTest.class, cases(), ThirdBlindLayoutsTest::run, FLOOR);
  }

  @Test
  void blockPerPersonUnderLabelRowsIsRead() throws IOException {
    check(blockPerPersonUnderLabelRows());
  }

  @Test
  void holderMergedDownWithStarGradesAndLetteredMeasuresIsRead() throws IOException {
    check(holderMergedDownWithStarGradesAndLetteredMeasures());
  }

  @Test
  void majorMattersDecisionStepsIsRead() throws IOException {
    check(majorMattersDecisionSteps());
  }

  @Test
  void webExportWithFieldNamesCodedLevelsAndDateSerialsIsRead() throws IOException {
    check(webExportWithFieldNamesCodedLevelsAndDateSerials());
  }

  @Test
  void exportWithPinyinCodeRowAboveLabelsIsRead() throws IOException {
    check(exportWithPinyinCodeRowAboveLabels());
  }

  @Test
  void colourLevelsAndOneWordCategoriesIsRead() throws IOException {
    check(colourLevelsAndOneWordCategories());
  }

  @Test
  void threeRowHeaderWithStageGroupsIsRead() throws IOException {
    check(threeRowHeaderWithStageGroups());
  }

  @Test
  void noteRowBetweenHeaderAndDataFromColumnBIsRead() throws IOException {
    check(noteRowBetweenHeaderAndDataFromColumnB());
  }

  @Test
  void blankSpacerColumnAndFullCategoryNamesIsRead() throws IOException {
    check(blankSpacerColumnAndFullCategoryNames());
  }

  @Test
  void tablePrintedInTwoHalvesSideBySideIsRead() throws IOException {
    check(tablePrintedInTwoHalvesSideBySide());
  }

  @Test
  void leadershipKeyedByPositionOnlyIsRead() throws IOException {
    check(leadershipKeyedByPositionOnly());
  }

  @Test
  void provincialDivisionsWithDutiesAndManifestationsIsRead() throws IOException {
    check(provincialDivisionsWithDutiesAndManifestations());
  }

  @Test
  void riskPointMergedOverOneMeasurePerRowIsRead() throws IOException {
    check(riskPointMergedOverOneMeasurePerRow());
  }

  @Test
  void postGradesAndTwoTiersOnTwoLinesIsRead() throws IOException {
    check(postGradesAndTwoTiersOnTwoLines());
  }

  // ------------------------------------------------------------------ comparing

  private static LayoutScore.Outcome run(Case c) throws IOException {
    AnnexReadResult r = AnnexReader.lenient().read(new ByteArrayInputStream(c.book.xlsx()));
    Map<String, List<Object[]>> cells = new LinkedHashMap<>();
    c.book.sheets.forEach(s -> cells.put(s.name, s.rows));
    return LayoutScore.score(c.rows, cells, c.bodyStarts, r);
  }

  private static void check(Case c) throws IOException {
    run(c).assertClean(c);
  }
}
