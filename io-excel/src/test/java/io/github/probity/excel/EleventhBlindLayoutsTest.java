package io.github.probity.excel;

import static io.github.probity.excel.FourthBlindLayoutsTest.num;
import static io.github.probity.excel.UnseenLayoutsTest.dept;
import static io.github.probity.excel.UnseenLayoutsTest.group;
import static io.github.probity.excel.UnseenLayoutsTest.leader;
import static io.github.probity.excel.UnseenLayoutsTest.post;

import io.github.probity.excel.FourthBlindLayoutsTest.Case;
import io.github.probity.excel.FourthBlindLayoutsTest.Sh;
import io.github.probity.excel.FourthBlindLayoutsTest.Wb;
import io.github.probity.excel.UnseenLayoutsTest.E;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An eleventh set of blind workbooks: whole workbooks as a unit sends them at once, written with
 * POI from the practice notes before looking at how the reader recognises anything. Besides the
 * annex sheets they hold what a unit's file really carries: a 封面 with unit, year, 报送日期 and 联系人, a
 * 目录, 填表说明, a 统计表 of counts by category and level or by department, a chart over a little table of
 * counts, an 实施方案 written in merged cells, a 三重一大 decision record, a roster of staff, an empty
 * template left in, hidden and very hidden sheets with the previous year's version; the annexes are
 * named 表一/表二/表三, 班子/科室/个人 in reverse order, 附表1-1/1-2/2, one sheet per person named by the
 * person's name (thirty of them), two annexes on one sheet one under the other with different
 * columns, a table under a long pasted paragraph, and a department annex continued on "附件2（续）"
 * without its header. Decision, as an inspector: only the annex tables give points; every other
 * sheet gives none; a hidden sheet is a superseded draft and gives none; the owner of a row comes
 * from its own table (the sheet name when the sheet is a person's).
 *
 * <p>Every field of every row is compared with default settings (rows are matched by title); every
 * non-empty cell under the header must be carried by its row or named by a finding.
 *
 * <p>Before: 1166/1220 fields (95.6 %), rows accounted in 11 of 13 workbooks. Failed: a 职务 column
 * beside 班子成员 or 姓名 in a leader table (read as an extra, or as the post of a staff table, or as the
 * owner beside 责任主体); a 统计 sheet whose 风险点数 column was taken for the risk point, giving rows of
 * counts; hidden and very hidden sheets read as annexes; a personal sheet named by its holder gave
 * no holder.
 *
 * <p>After: 1209/1209 fields (100.0 %), rows accounted in 13 of 13 workbooks (the figure's whole is
 * smaller since no row of counts or of a hidden sheet is read any more). Hidden sheets are skipped
 * and named (HIDDEN_SHEET_SKIPPED); count headers (风险点数, 合计) are no columns; 班子成员 or 责任主体 beside 职务
 * name the leader and 职务 his role; a title or sheet naming the 班子 or 领导人员 makes 姓名 · 职务 leaders
 * even with one row; a form labelled 岗位：… on a sheet named by a person takes the name as the
 * holder.
 */
class EleventhBlindLayoutsTest {

  /** The field accuracy measured over these cases when they were last fixed. */
  private static final double FLOOR = 1.0;

  /** What is done to a case's workbook after its cells are written: hiding sheets, charts. */
  private static final Map<String, Consumer<XSSFWorkbook>> TOUCH = new LinkedHashMap<>();

  // ------------------------------------------------------------------ the workbooks

  /**
   * 市场监管: 封面, 目录 and 填表说明 before 表一 (班子成员), 表二 (科室（所）) and 表三 (岗位), each under its own title.
   * Decision: the first three sheets give nothing; 表二's 责任人 is responsible, 责任领导 supervises.
   */
  static Case coverCatalogueAndInstructionsBeforeTablesOneToThree() {
    Wb b = new Wb();
    b.sheet("封面")
        .row("某县市场监督管理局")
        .row("2026年度廉政风险点排查及防控措施汇编")
        .row("")
        .row("报送单位：某县市场监督管理局（盖章）")
        .row("报送日期：2026年3月15日")
        .row("联系人：韩雪", "联系电话：0571-86012345");
    b.sheet("目录")
        .row("目  录")
        .row("一、填表说明")
        .row("二、表一  局领导班子成员廉政风险点及防控措施表")
        .row("三、表二  科室（所）廉政风险点及防控措施表")
        .row("四、表三  岗位廉政风险点及防控措施表");
    b.sheet("填表说明")
        .row("填表说明")
        .row("1.风险等级按高、中、低三级填写，高风险点须由主要负责人审定。")
        .row("2.防控措施应具体可操作，责任人填写姓名，责任领导填写分管局领导。")
        .row("3.本表一式两份，报局纪检组一份。");
    b.sheet("表一")
        .row("表一  局领导班子成员廉政风险点及防控措施表", "", "", "", "", "")
        .row("序号", "姓名", "职务", "风险点", "风险等级", "防控措施")
        .row("1", "周明", "局长", "在行政审批中违规干预", "高", "1.重大审批事项集体研究；2.审批结果网上公开")
        .row("2", "吴敏", "副局长", "执法检查中选择性执法", "中", "双随机一公开抽查")
        .merge("A1:F1");
    b.sheet("表二")
        .row("表二  科室（所）廉政风险点及防控措施表", "", "", "", "", "", "")
        .row("序号", "科室（所）", "风险点", "风险等级", "防控措施", "责任人", "责任领导")
        .row("1", "登记注册科", "违规办理企业登记", "中", "登记材料双人复核", "韩雪", "吴敏")
        .row("2", "城关市场监管所", "日常监管中吃拿卡要", "高", "执法记录仪全程记录", "许亮", "吴敏")
        .merge("A1:G1");
    b.sheet("表三")
        .row("表三  岗位廉政风险点及防控措施表", "", "", "", "", "")
        .row("序号", "科室", "岗位", "风险点", "风险等级", "防控措施")
        .row("1", "稽查局", "案件承办岗", "办人情案、关系案", "高", "案件集体审理")
        .row("2", "财务科", "出纳岗", "公款私存", "低", "每月银行对账")
        .merge("A1:F1");
    return new Case("cover, catalogue and instructions before 表一 表二 表三", b)
        .body("表一", 3)
        .body("表二", 3)
        .body("表三", 3)
        .rows(
            leader("周明", "局长")
                .title("在行政审批中违规干预")
                .level(RiskLevel.HIGH)
                .measures("重大审批事项集体研究", "审批结果网上公开"),
            leader("吴敏", "副局长").title("执法检查中选择性执法").level(RiskLevel.MEDIUM).measures("双随机一公开抽查"),
            dept("登记注册科")
                .title("违规办理企业登记")
                .level(RiskLevel.MEDIUM)
                .measures("登记材料双人复核")
                .resp("韩雪", null)
                .sup("吴敏", null),
            dept("城关市场监管所")
                .title("日常监管中吃拿卡要")
                .level(RiskLevel.HIGH)
                .measures("执法记录仪全程记录")
                .resp("许亮", null)
                .sup("吴敏", null),
            post("稽查局", "案件承办岗").title("办人情案、关系案").level(RiskLevel.HIGH).measures("案件集体审理"),
            post("财务科", "出纳岗").title("公款私存").level(RiskLevel.LOW).measures("每月银行对账"));
  }

  /**
   * 教育局: a 汇总表 of counts by 风险类别 × 高/中/低 first, then 个人, 科室 and 班子 in that order, each with a 风险类别
   * column. Decision: the 汇总表 gives nothing; 班子's first row, 领导班子, is the group.
   */
  static Case statisticsByCategoryThenAnnexesInReverseOrder() {
    Wb b = new Wb();
    b.sheet("汇总表")
        .row("某区教育局廉政风险点统计汇总表", "", "", "", "")
        .row("风险类别", "高", "中", "低", "小计")
        .row("思想道德风险", num(0), num(1), num(1), num(2))
        .row("岗位职责风险", num(2), num(1), num(1), num(4))
        .row("制度机制风险", num(1), num(1), num(0), num(2))
        .row("外部环境风险", num(0), num(0), num(0), num(0))
        .row("合计", num(3), num(3), num(2), num(8))
        .merge("A1:E1");
    b.sheet("个人")
        .row("某区教育局岗位廉政风险点登记表", "", "", "", "", "", "")
        .row("序号", "姓名", "岗位", "所在科室", "风险类别", "风险点", "风险等级", "防控措施")
        .row("1", "郭丽", "招生管理", "基础教育科", "岗位职责风险", "违规办理择校入学", "高", "招生结果网上公示")
        .row("2", "马骏", "文秘", "办公室", "思想道德风险", "泄露未公开文件内容", "低", "涉密文件专人登记")
        .merge("A1:G1");
    b.sheet("科室")
        .row("某区教育局科室廉政风险点登记表", "", "", "", "", "")
        .row("序号", "科室", "风险类别", "风险点", "风险等级", "防控措施")
        .row("1", "计划财务科", "制度机制风险", "专项经费分配不公开", "高", "经费分配方案局党委会研究")
        .row("2", "人事科", "岗位职责风险", "教师招聘考核打招呼", "高", "面试专家随机抽取")
        .row("3", "体卫艺科", "制度机制风险", "赛事评奖暗箱操作", "中", "评奖结果公示五个工作日")
        .merge("A1:F1");
    b.sheet("班子")
        .row("某区教育局领导班子及成员廉政风险点登记表", "", "", "", "", "", "")
        .row("序号", "班子成员", "职务", "风险类别", "风险点", "等级", "防控措施")
        .row("1", "领导班子", "", "岗位职责风险", "重大事项决策不民主", "中", "严格执行议事规则")
        .row("2", "冯涛", "局长", "思想道德风险", "利用职权插手校舍工程", "中", "校舍工程公开招标")
        .merge("A1:G1");
    return new Case("statistics by category × level, then 个人 科室 班子", b)
        .body("个人", 3)
        .body("科室", 3)
        .body("班子", 3)
        .rows(
            post("基础教育科", "招生管理")
                .holders("郭丽")
                .cat(RiskCategory.DUTY)
                .title("违规办理择校入学")
                .level(RiskLevel.HIGH)
                .measures("招生结果网上公示"),
            post("办公室", "文秘")
                .holders("马骏")
                .cat(RiskCategory.IDEOLOGY)
                .title("泄露未公开文件内容")
                .level(RiskLevel.LOW)
                .measures("涉密文件专人登记"),
            dept("计划财务科")
                .cat(RiskCategory.INSTITUTION)
                .title("专项经费分配不公开")
                .level(RiskLevel.HIGH)
                .measures("经费分配方案局党委会研究"),
            dept("人事科")
                .cat(RiskCategory.DUTY)
                .title("教师招聘考核打招呼")
                .level(RiskLevel.HIGH)
                .measures("面试专家随机抽取"),
            dept("体卫艺科")
                .cat(RiskCategory.INSTITUTION)
                .title("赛事评奖暗箱操作")
                .level(RiskLevel.MEDIUM)
                .measures("评奖结果公示五个工作日"),
            group("领导班子")
                .cat(RiskCategory.DUTY)
                .title("重大事项决策不民主")
                .level(RiskLevel.MEDIUM)
                .measures("严格执行议事规则"),
            leader("冯涛", "局长")
                .cat(RiskCategory.IDEOLOGY)
                .title("利用职权插手校舍工程")
                .level(RiskLevel.MEDIUM)
                .measures("校舍工程公开招标"));
  }

  /**
   * 国有企业: a 统计 sheet of counts by 部门 (部门 · 风险点数 · 其中高 · 中 · 低) before 附表1-1 (the group, 责任主体
   * 局领导班子), 附表1-2 (members) and 附表2 (departments). Decision: the counts give nothing.
   */
  static Case departmentCountsBeforeAnnexedTablesNumberedOneDashOne() {
    Wb b = new Wb();
    b.sheet("统计")
        .row("各部门廉政风险点数量统计", "", "", "", "")
        .row("部门", "风险点数", "其中：高", "中", "低")
        .row("公司领导班子", num(1), num(1), num(0), num(0))
        .row("工程管理部", num(2), num(1), num(1), num(0))
        .row("物资采购部", num(1), num(0), num(1), num(0))
        .merge("A1:E1");
    b.sheet("附表1-1")
        .row("附表1-1  公司领导班子廉洁风险点及防控措施表", "", "", "", "")
        .row("序号", "责任主体", "廉洁风险点", "风险等级", "防控措施")
        .row("1", "公司领导班子", "“三重一大”事项决策程序不规范", "高", "1.决策前征求意见；2.会议记录全程留痕")
        .merge("A1:E1");
    b.sheet("附表1-2")
        .row("附表1-2  公司领导人员廉洁风险点及防控措施表", "", "", "", "", "")
        .row("序号", "姓名", "职务", "廉洁风险点", "风险等级", "防控措施")
        .row("1", "邵东", "总经理", "插手工程分包", "高", "分包单位公开比选")
        .merge("A1:F1");
    b.sheet("附表2")
        .row("附表2  部门廉洁风险点及防控措施表", "", "", "", "")
        .row("序号", "部门", "廉洁风险点", "风险等级", "防控措施")
        .row("1", "工程管理部", "工程变更签证把关不严", "高", "变更签证三方会签")
        .row("2", "工程管理部", "隐蔽工程验收走过场", "中", "验收影像资料存档")
        .row("3", "物资采购部", "供应商入库把关不严", "中", "供应商准入联合评审")
        .merge("A1:E1");
    return new Case("department counts before 附表1-1 1-2 2", b)
        .body("附表1-1", 3)
        .body("附表1-2", 3)
        .body("附表2", 3)
        .rows(
            group("公司领导班子")
                .title("“三重一大”事项决策程序不规范")
                .level(RiskLevel.HIGH)
                .measures("决策前征求意见", "会议记录全程留痕"),
            leader("邵东", "总经理").title("插手工程分包").level(RiskLevel.HIGH).measures("分包单位公开比选"),
            dept("工程管理部").title("工程变更签证把关不严").level(RiskLevel.HIGH).measures("变更签证三方会签"),
            dept("工程管理部").title("隐蔽工程验收走过场").level(RiskLevel.MEDIUM).measures("验收影像资料存档"),
            dept("物资采购部").title("供应商入库把关不严").level(RiskLevel.MEDIUM).measures("供应商准入联合评审"));
  }

  private static final String[] SURNAMES = {"赵", "钱", "孙", "李", "周", "吴", "郑", "王", "冯", "陈"};
  private static final String[] GIVEN = {"立新", "海燕", "志强"};
  private static final String[][] POSTS = {
    {"征收管理科", "税源管理岗", "违规核定应纳税额", "税额核定集体审议"},
    {"纳税服务科", "办税服务岗", "违规代开发票", "代开发票系统留痕"},
    {"稽查局", "检查岗", "检查中隐瞒违法事实", "检查全程执法记录"},
    {"财务管理科", "会计岗", "虚列支出套取资金", "报销凭证双人审核"},
    {"人事教育科", "干部管理岗", "考核中弄虚作假", "考核结果公示"}
  };

  /**
   * 税务局: a 名单 sheet (序号 · 姓名 · 科室 · 岗位) and then one personal sheet for each of thirty people,
   * named only by the person's name, with "科室：…" and "岗位：…" labelled above a table that has no 姓名.
   * Decision: the roster gives nothing; each sheet's name is its holder.
   */
  static Case thirtyPersonalSheetsNamedByPeople() {
    Wb b = new Wb();
    Sh roster = b.sheet("名单").row("序号", "姓名", "科室", "岗位");
    List<E> rows = new ArrayList<>();
    int n = 0;
    for (String s : SURNAMES) {
      for (String g : GIVEN) {
        String name = s + g;
        String[] p = POSTS[n % POSTS.length];
        n++;
        roster.row(num(n), name, p[0], p[1]);
        RiskLevel level = n % 3 == 0 ? RiskLevel.HIGH : RiskLevel.MEDIUM;
        b.sheet(name)
            .row("个人廉政风险点及防控措施表", "", "", "")
            .row("科室：" + p[0], "", "岗位：" + p[1], "")
            .row("序号", "风险点", "风险等级", "防控措施")
            .row("1", p[2], level == RiskLevel.HIGH ? "高" : "中", p[3])
            .row("填表人：" + name, "", "审核人：", "")
            .merge("A1:D1");
        rows.add(post(p[0], p[1]).holders(name).title(p[2]).level(level).measures(p[3]));
      }
    }
    Case c = new Case("thirty personal sheets named by the people", b);
    for (Sh s : b.sheets) {
      if (!s.name.equals("名单")) {
        c.body(s.name, 4);
      }
    }
    return c.rows(rows.toArray(E[]::new));
  }

  /**
   * 住建局: 附件2 as sent, then the previous year's version on a hidden sheet "附件2（2025年）" and a draft
   * on a very hidden "Sheet2". Decision: the hidden sheets are superseded and give nothing.
   */
  static Case hiddenAndVeryHiddenOldVersions() {
    Wb b = new Wb();
    b.sheet("附件2")
        .row("附件2", "", "", "", "")
        .row("某市住房和城乡建设局处室廉政风险点及防控措施一览表（2026年）", "", "", "", "")
        .row("处室", "风险点", "风险等级", "防控措施", "责任人")
        .row("建筑市场监管处", "资质审批降低标准", "高", "资质审查专家评审", "钱卫东")
        .row("房地产市场监管处", "预售许可违规放行", "高", "预售许可联合会审", "黄晓")
        .merge("A2:E2");
    b.sheet("附件2（2025年）")
        .row("附件2", "", "", "", "")
        .row("某市住房和城乡建设局处室廉政风险点及防控措施一览表（2025年）", "", "", "", "")
        .row("处室", "风险点", "风险等级", "防控措施", "责任人")
        .row("建筑市场监管处", "资质审批把关不严", "中", "资质审查双人复核", "钱卫东")
        .row("城建档案馆", "违规查阅档案", "低", "查阅登记", "孔丽")
        .merge("A2:E2");
    b.sheet("Sheet2").row("处室", "风险点", "风险等级", "防控措施").row("房地产市场监管处", "（草稿）预售资金监管不到位", "中", "待定");
    TOUCH.put(
        "hidden and very hidden old versions",
        wb -> {
          wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
          wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
        });
    return new Case("hidden and very hidden old versions", b)
        .body("附件2", 4)
        .rows(
            dept("建筑市场监管处")
                .title("资质审批降低标准")
                .level(RiskLevel.HIGH)
                .measures("资质审查专家评审")
                .resp("钱卫东", null),
            dept("房地产市场监管处")
                .title("预售许可违规放行")
                .level(RiskLevel.HIGH)
                .measures("预售许可联合会审")
                .resp("黄晓", null));
  }

  /**
   * 卫健委: a 风险分布图 sheet holding a chart over a little table 风险等级 · 数量 (高 2, 中 1, 低 1), then 附件1.
   * Decision: the chart's table is no annex (its 等级 column counts points, it has no risk point).
   */
  static Case chartOverLevelCountsBeforeTheLeaderAnnex() {
    Wb b = new Wb();
    b.sheet("风险分布图").row("风险等级", "数量").row("高", num(2)).row("中", num(1)).row("低", num(1));
    b.sheet("附件1")
        .row("附件1", "", "", "", "", "")
        .row("某区卫生健康委员会领导班子成员廉政风险点及防控措施表", "", "", "", "", "")
        .row("班子成员", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
        .row("蒋华", "主任", "主持全面工作", "医疗设备采购中收受好处", "高", "设备采购进入公共资源交易平台")
        .row("沈冰", "副主任", "分管医政医管", "医疗机构校验放宽标准", "中", "校验结果公开")
        .merge("A2:F2");
    TOUCH.put(
        "a chart over level counts before 附件1",
        wb -> {
          XSSFSheet s = wb.getSheet("风险分布图");
          XSSFDrawing d = s.createDrawingPatriarch();
          XSSFChart chart = d.createChart(d.createAnchor(0, 0, 0, 0, 3, 1, 10, 16));
          chart.setTitleText("廉政风险点等级分布");
          var cat = XDDFDataSourcesFactory.fromStringCellRange(s, new CellRangeAddress(1, 3, 0, 0));
          var val =
              XDDFDataSourcesFactory.fromNumericCellRange(s, new CellRangeAddress(1, 3, 1, 1));
          XDDFChartData data = chart.createData(ChartTypes.PIE, null, null);
          data.addSeries(cat, val);
          chart.plot(data);
        });
    return new Case("a chart over level counts before 附件1", b)
        .body("附件1", 4)
        .rows(
            leader("蒋华", "主任")
                .title("医疗设备采购中收受好处")
                .level(RiskLevel.HIGH)
                .measures("设备采购进入公共资源交易平台")
                .extra("分管工作", "主持全面工作"),
            leader("沈冰", "副主任")
                .title("医疗机构校验放宽标准")
                .level(RiskLevel.MEDIUM)
                .measures("校验结果公开")
                .extra("分管工作", "分管医政医管"));
  }

  /**
   * 民政局: an 实施方案 sheet of paragraphs, each merged across the page, that speak of 风险点, 风险等级 and
   * 防控措施, then 附件2. Decision: the plan's text gives nothing.
   */
  static Case implementationPlanInMergedCellsBeforeTheDepartmentAnnex() {
    Wb b = new Wb();
    b.sheet("实施方案")
        .row("某县民政局廉政风险防控工作实施方案", "", "", "", "", "")
        .row("一、指导思想", "", "", "", "", "")
        .row("以权力运行监控为核心，以岗位为点、以程序为线、以制度为面，全面排查廉政风险点。", "", "", "", "", "")
        .row("二、工作步骤", "", "", "", "", "")
        .row("（一）查找风险点。各科室对照职责逐项查找风险点，填写附件2。", "", "", "", "", "")
        .row("（二）评定风险等级。风险等级分为高、中、低三级，由局党组集体研究确定。", "", "", "", "", "")
        .row("（三）制定防控措施。针对每个风险点制定防控措施，明确责任人。", "", "", "", "", "")
        .row("三、工作要求", "", "", "", "", "")
        .row("各科室于3月31日前报送，联系人：许静，电话：6012345。", "", "", "", "", "")
        .merge("A1:F1")
        .merge("A2:F2")
        .merge("A3:F3")
        .merge("A4:F4")
        .merge("A5:F5")
        .merge("A6:F6")
        .merge("A7:F7")
        .merge("A8:F8")
        .merge("A9:F9");
    b.sheet("附件2")
        .row("某县民政局科室廉政风险点及防控措施表", "", "", "", "", "")
        .row("序号", "科室", "风险点", "风险等级", "防控措施", "责任人")
        .row("1", "社会救助股", "低保对象认定优亲厚友", "高", "1.入户调查双人进行；2.认定结果张榜公示", "朱红")
        .row("2", "社会事务股", "殡葬补贴虚报冒领", "中", "补贴信息系统比对", "何林")
        .merge("A1:F1");
    return new Case("an 实施方案 in merged cells before 附件2", b)
        .body("附件2", 3)
        .rows(
            dept("社会救助股")
                .title("低保对象认定优亲厚友")
                .level(RiskLevel.HIGH)
                .measures("入户调查双人进行", "认定结果张榜公示")
                .resp("朱红", null),
            dept("社会事务股")
                .title("殡葬补贴虚报冒领")
                .level(RiskLevel.MEDIUM)
                .measures("补贴信息系统比对")
                .resp("何林", null));
  }

  /**
   * 交通集团: a 三重一大 decision record (序号 · 会议时间 · 会议名称 · 议题 · 事项类别 · 参会人员 · 决策结果) before 附件1 with the
   * group's row and a member's. Decision: the record gives nothing.
   */
  static Case majorMattersDecisionRecordBeforeTheLeaderAnnex() {
    Wb b = new Wb();
    b.sheet("三重一大决策记录")
        .row("“三重一大”事项集体决策记录表", "", "", "", "", "", "")
        .row("序号", "会议时间", "会议名称", "议题", "事项类别", "参会人员", "决策结果")
        .row("1", "2026年1月8日", "党委会", "2026年度投资计划", "重大项目安排", "秦岭、尤佳、许诺", "同意")
        .row("2", "2026年2月3日", "总经理办公会", "大额资金调度", "大额度资金运作", "秦岭、尤佳", "同意")
        .merge("A1:G1");
    b.sheet("附件1")
        .row("某交通集团领导班子及成员廉洁风险点", "", "", "", "")
        .row("责任主体", "职务", "廉洁风险点", "风险等级", "防控措施")
        .row("领导班子", "", "大额资金使用未经集体决策", "高", "大额资金使用党委会前置研究")
        .row("秦岭", "董事长", "干预下属企业工程招标", "高", "招标全流程线上运行")
        .merge("A1:E1");
    return new Case("a 三重一大 decision record before 附件1", b)
        .body("附件1", 3)
        .rows(
            group("领导班子").title("大额资金使用未经集体决策").level(RiskLevel.HIGH).measures("大额资金使用党委会前置研究"),
            leader("秦岭", "董事长").title("干预下属企业工程招标").level(RiskLevel.HIGH).measures("招标全流程线上运行"));
  }

  /**
   * 统计局: the blank 附件3 template left in before the filled one, its 序号 1–5 written and nothing else.
   * Decision: the template gives nothing.
   */
  static Case emptyTemplateLeftInBeforeTheFilledPostAnnex() {
    Wb b = new Wb();
    Sh t =
        b.sheet("附件3（模板）")
            .row("附件3  岗位廉政风险点及防控措施表", "", "", "", "", "")
            .row("填报单位：", "", "", "", "填报日期：", "")
            .row("序号", "科室", "岗位", "风险点", "风险等级", "防控措施");
    for (int i = 1; i <= 5; i++) {
      t.row(Integer.toString(i), "", "", "", "", "");
    }
    b.sheet("附件3")
        .row("附件3  岗位廉政风险点及防控措施表", "", "", "", "", "")
        .row("填报单位：某市统计局", "", "", "", "填报日期：2026.3.20", "")
        .row("序号", "科室", "岗位", "风险点", "风险等级", "防控措施")
        .row("1", "统计执法监督科", "执法检查岗", "统计违法案件查处失之于宽", "高", "案件审理委员会集体审理")
        .row("2", "综合科", "数据发布岗", "提前泄露统计数据", "中", "数据发布前保密审查")
        .merge("A1:F1");
    return new Case("an empty template left in before the filled 附件3", b)
        .body("附件3", 4)
        .rows(
            post("统计执法监督科", "执法检查岗")
                .title("统计违法案件查处失之于宽")
                .level(RiskLevel.HIGH)
                .measures("案件审理委员会集体审理"),
            post("综合科", "数据发布岗").title("提前泄露统计数据").level(RiskLevel.MEDIUM).measures("数据发布前保密审查"));
  }

  /**
   * 审计局: the table starts under a long paragraph pasted from the notice (merged across the page,
   * naming 风险点, 风险等级 and 防控措施), then a blank row. Decision: the paragraph is no header.
   */
  static Case tableUnderALongPastedParagraph() {
    Wb b = new Wb();
    b.sheet("科室风险点")
        .row("某区审计局科室廉政风险点及防控措施", "", "", "", "", "")
        .row(
            "根据区纪委《关于深化廉政风险防控工作的通知》要求，我局组织各科室对照“三定”方案和权力清单，"
                + "逐项查找风险点，按高、中、低评定风险等级，逐条制定防控措施，明确责任人和责任领导，"
                + "经局党组会议研究审定，现将排查结果报送如下：",
            "",
            "",
            "",
            "",
            "")
        .row("", "", "", "", "", "")
        .row("科室", "职权事项", "风险点", "风险等级", "防控措施", "责任领导")
        .row("财政审计科", "预算执行审计", "审计发现问题不如实报告", "高", "审计报告三级复核", "尤健")
        .row("经济责任审计科", "领导干部经济责任审计", "审计中接受被审计单位宴请", "中", "审计纪律承诺书", "尤健")
        .merge("A1:F1")
        .merge("A2:F2");
    return new Case("a table under a long pasted paragraph", b)
        .body("科室风险点", 5)
        .rows(
            dept("财政审计科")
                .power("预算执行审计")
                .title("审计发现问题不如实报告")
                .level(RiskLevel.HIGH)
                .measures("审计报告三级复核")
                .sup("尤健", null),
            dept("经济责任审计科")
                .power("领导干部经济责任审计")
                .title("审计中接受被审计单位宴请")
                .level(RiskLevel.MEDIUM)
                .measures("审计纪律承诺书")
                .sup("尤健", null));
  }

  /**
   * 文旅局: 附件1 (班子成员 · 职务 · 风险点 · 等级 · 措施) and, two blank rows under it, 附件2 (科室 · 风险点 · 表现形式 · 等级 ·
   * 措施 · 责任人) on one sheet, each under its own 附件 title. Decision: two tables, each read under its
   * own header.
   */
  static Case twoAnnexesStackedOnOneSheet() {
    Wb b = new Wb();
    b.sheet("风险点")
        .row("附件1  局领导班子成员廉政风险点", "", "", "", "", "")
        .row("班子成员", "职务", "风险点", "等级", "防控措施", "")
        .row("严峻", "局长", "文旅项目资金分配中优亲厚友", "高", "项目资金分配局党组集体研究", "")
        .row("", "", "", "", "", "")
        .row("", "", "", "", "", "")
        .row("附件2  科室廉政风险点", "", "", "", "", "")
        .row("科室", "风险点", "表现形式", "等级", "防控措施", "责任人")
        .row("市场管理科", "演出审批违规", "为不符合条件的营业性演出办理审批", "中", "审批要件网上公示", "华敏")
        .row("文物科", "文物保护工程验收不严", "接受施工单位礼品后降低验收标准", "中", "验收邀请专家参加", "金鑫")
        .merge("A1:F1")
        .merge("A6:F6");
    return new Case("two annexes stacked on one sheet", b)
        .body("风险点", 3)
        .rows(
            leader("严峻", "局长")
                .title("文旅项目资金分配中优亲厚友")
                .level(RiskLevel.HIGH)
                .measures("项目资金分配局党组集体研究"),
            dept("市场管理科")
                .title("演出审批违规")
                .shows("为不符合条件的营业性演出办理审批")
                .level(RiskLevel.MEDIUM)
                .measures("审批要件网上公示")
                .resp("华敏", null),
            dept("文物科")
                .title("文物保护工程验收不严")
                .shows("接受施工单位礼品后降低验收标准")
                .level(RiskLevel.MEDIUM)
                .measures("验收邀请专家参加")
                .resp("金鑫", null));
  }

  /**
   * 农业农村局: 附件2 with 科室 merged down, continued on "附件2（续）" without a header, its first row's 科室
   * blank because the department runs on from the page before, and a sign-off under it. Decision:
   * the continued sheet is read with the first sheet's header and the blank 科室 continues 农田建设科.
   */
  static Case departmentAnnexContinuedOnASheetNamedContinued() {
    Wb b = new Wb();
    b.sheet("附件2")
        .row("附件2", "", "", "", "", "")
        .row("某县农业农村局科室廉政风险点及防控措施表", "", "", "", "", "")
        .row("序号", "科室", "风险点", "风险等级", "防控措施", "责任人")
        .row("1", "农田建设科", "高标准农田项目验收不严", "高", "项目验收第三方参与", "施明")
        .row("2", "", "项目资金拨付不按进度", "中", "资金拨付按进度审核", "施明")
        .merge("A2:F2")
        .merge("B4:B5");
    b.sheet("附件2（续）")
        .row("3", "", "项目变更审批不规范", "中", "变更事项集体研究", "施明")
        .row("4", "种植业管理科", "农机购置补贴审核不严", "高", "补贴机具实地核验", "张帆")
        .row("", "", "", "", "", "")
        .row("单位负责人：秦岭", "", "", "填表人：张帆", "", "");
    return new Case("a department annex continued on 附件2（续）", b)
        .body("附件2", 4)
        .body("附件2（续）", 1)
        .rows(
            dept("农田建设科")
                .title("高标准农田项目验收不严")
                .level(RiskLevel.HIGH)
                .measures("项目验收第三方参与")
                .resp("施明", null),
            dept("农田建设科")
                .title("项目资金拨付不按进度")
                .level(RiskLevel.MEDIUM)
                .measures("资金拨付按进度审核")
                .resp("施明", null),
            dept("农田建设科")
                .title("项目变更审批不规范")
                .level(RiskLevel.MEDIUM)
                .measures("变更事项集体研究")
                .resp("施明", null),
            dept("种植业管理科")
                .title("农机购置补贴审核不严")
                .level(RiskLevel.HIGH)
                .measures("补贴机具实地核验")
                .resp("张帆", null));
  }

  /**
   * 水利局: sheets named 班子成员 / 职能科室 / 重点岗位 with no 附件 title at all, the post table holding 姓名 and 岗位
   * and a 备注 note under it. Decision: the columns say whose each table is.
   */
  static Case sheetsNamedByWhoseTheyAreWithoutAnnexTitles() {
    Wb b = new Wb();
    b.sheet("重点岗位")
        .row("科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
        .row("水政监察大队", "执法岗", "彭越", "河道采砂执法以罚代管", "高", "罚没款统一缴入国库")
        .row("规划计划科", "项目申报岗", "鲁青", "项目申报材料弄虚作假", "中", "申报材料科室会审")
        .row("备注：重点岗位由局党组确定。", "", "", "", "", "");
    b.sheet("职能科室")
        .row("科室", "风险点", "风险等级", "防控措施", "分管领导")
        .row("水资源管理科", "取水许可审批违规", "高", "取水许可专家论证", "韦刚");
    b.sheet("班子成员")
        .row("姓名", "职务", "风险点", "风险等级", "防控措施")
        .row("韦刚", "副局长", "水利工程招投标中打招呼", "高", "招投标全程纪检监督");
    return new Case("sheets named 重点岗位 职能科室 班子成员 without annex titles", b)
        .body("重点岗位", 2)
        .body("职能科室", 2)
        .body("班子成员", 2)
        .rows(
            post("水政监察大队", "执法岗")
                .holders("彭越")
                .title("河道采砂执法以罚代管")
                .level(RiskLevel.HIGH)
                .measures("罚没款统一缴入国库"),
            post("规划计划科", "项目申报岗")
                .holders("鲁青")
                .title("项目申报材料弄虚作假")
                .level(RiskLevel.MEDIUM)
                .measures("申报材料科室会审"),
            dept("水资源管理科")
                .title("取水许可审批违规")
                .level(RiskLevel.HIGH)
                .measures("取水许可专家论证")
                .sup("韦刚", null),
            leader("韦刚", "副局长").title("水利工程招投标中打招呼").level(RiskLevel.HIGH).measures("招投标全程纪检监督"));
  }

  static List<Case> cases() {
    return List.of(
        coverCatalogueAndInstructionsBeforeTablesOneToThree(),
        statisticsByCategoryThenAnnexesInReverseOrder(),
        departmentCountsBeforeAnnexedTablesNumberedOneDashOne(),
        thirtyPersonalSheetsNamedByPeople(),
        hiddenAndVeryHiddenOldVersions(),
        chartOverLevelCountsBeforeTheLeaderAnnex(),
        implementationPlanInMergedCellsBeforeTheDepartmentAnnex(),
        majorMattersDecisionRecordBeforeTheLeaderAnnex(),
        emptyTemplateLeftInBeforeTheFilledPostAnnex(),
        tableUnderALongPastedParagraph(),
        twoAnnexesStackedOnOneSheet(),
        departmentAnnexContinuedOnASheetNamedContinued(),
        sheetsNamedByWhoseTheyAreWithoutAnnexTitles());
  }

  // ------------------------------------------------------------------ the tests

  /** Scores every case, prints the field accuracy and holds it at the figure last measured. */
  @Test
  void fieldAccuracyOverAllCasesHoldsItsGround() throws IOException {
    LayoutScore.holdsItsGround(
        EleventhBlindLayoutsTest.class, cases(), EleventhBlindLayoutsTest::run, FLOOR);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachCaseIsReadCleanly(Case c) throws IOException {
    LayoutScore.readsCleanly(c, EleventhBlindLayoutsTest::run, NOT_YET);
  }

  /** The cases not yet read cleanly. */
  private static final Set<String> NOT_YET = Set.of();

  /** Writes a case's workbook, touches it (hidden sheets, charts) and scores the read. */
  static LayoutScore.Outcome run(Case c) throws IOException {
    byte[] bytes = SeventhBlindLayoutsTest.write(c.book, false);
    Consumer<XSSFWorkbook> touch = TOUCH.get(c.toString());
    if (touch != null) {
      try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
        touch.accept(wb);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        bytes = out.toByteArray();
      }
    }
    AnnexReadResult r = AnnexReader.lenient().read(new ByteArrayInputStream(bytes));
    Map<String, List<Object[]>> cells = new LinkedHashMap<>();
    c.book.sheets.forEach(s -> cells.put(s.name, s.rows));
    return LayoutScore.score(c.rows, cells, c.bodyStarts, r);
  }
}
