package io.github.probity.excel;

import static io.github.probity.excel.UnseenLayoutsTest.dept;
import static io.github.probity.excel.UnseenLayoutsTest.post;

import io.github.probity.excel.FourthBlindLayoutsTest.Case;
import io.github.probity.excel.FourthBlindLayoutsTest.Wb;
import io.github.probity.model.RiskLevel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A sixth set of blind workbooks, written with POI from the practice notes before looking at how
 * the reader recognises anything: a hospital's posts under section rows whose 序号 restarts, a
 * school's 职责事项 beside a cell holding both the risk and its measures, a tax office's posts merged
 * over several points under a department band, a police table with two leaders in one 分管领导 cell and
 * levels written Ⅰ级 / Ⅱ级 / Ⅲ级, an enterprise's 一级风险 / 二级风险 / 三级风险 with measures lettered a) b) and
 * a 合计 row, letter grades explained by a footnote under the table, 较高 / 中 / 较低 with （一）, 1) and 其一
 * numbering, an instruction sheet before a table continued on a sheet without header, a header over
 * three rows, cells with line breaks and padding and a hidden row, a signature block under the
 * table with document numbers and amounts in the measures, 小计 rows after each department, and 科室
 * and 岗位 both merged over the points with 风险点 beside 岗位风险描述. None of these wordings or layouts is
 * used by the other reading tests.
 *
 * <p>Every field of every row is compared with default settings (rows are matched by title); every
 * non-empty cell under the header must be carried by its row, or, for a label row that names the
 * rows under it, by those rows, or be named by a finding.
 *
 * <p>Blind figure, default settings, measured before the reader was changed for these layouts:
 * 672/786 fields right (85.5%); every row accounted for in 11 of 13 workbooks. The table continued
 * on a sheet without header lost that sheet's rows, the tax table whose risk column is headed 风险防控点
 * lost every row, the cell holding 风险：… and 措施：… was kept whole as the risk, and measures numbered
 * 其一，其二， were one measure.
 *
 * <p>After the reader learnt those: 785/786 (99.9%), every row accounted for in 13 of 13. Still
 * read otherwise than expected: measure lines ending in ； without markers kept as one measure.
 */
class SixthBlindLayoutsTest {

  /** The field accuracy measured over these cases when they were last fixed. */
  private static final double FLOOR = 0.998;

  // ------------------------------------------------------------------ the workbooks

  /**
   * A hospital: section rows (一、药剂科) name the department of the posts under them, the 序号 starts
   * again at 1 in each section, 岗位风险描述 is the risk, 风险等级评定 its level, 防控对策 the measures, and 防控责任人
   * / 监督责任人 the two tiers.
   */
  static Case hospitalSectionsWithRestartingNumbers() {
    Wb b = new Wb();
    b.sheet("医院")
        .row("某区人民医院重点岗位廉洁风险防控一览表", "", "", "", "", "", "")
        .row("序号", "岗位", "岗位风险描述", "风险等级评定", "防控对策", "防控责任人", "监督责任人")
        .row("一、药剂科", "", "", "", "", "", "")
        .row("1", "药品采购岗", "接受药品供应商回扣", "高", "1.药品采购集中招标；2.采购数据月度公开", "刘晓", "副院长 陈峰")
        .row("2", "药库管理岗", "药品出入库账实不符", "中", "药品出入库双人核对", "刘晓", "副院长 陈峰")
        .row("二、设备科", "", "", "", "", "", "")
        .row("1", "设备采购岗", "设备采购参数指向特定品牌", "高", "采购参数专家论证", "黄敏", "副院长 陈峰")
        .row("2", "维修管理岗", "虚报维修费用", "低", "维修费用逐单审核", "黄敏", "副院长 陈峰")
        .merge("A1:G1")
        .merge("A3:G3")
        .merge("A6:G6");
    return new Case("hospital sections with restarting 序号", b)
        .body("医院", 3)
        .rows(
            post("药剂科", "药品采购岗")
                .title("接受药品供应商回扣")
                .level(RiskLevel.HIGH)
                .measures("药品采购集中招标", "采购数据月度公开")
                .resp("刘晓", null)
                .sup("陈峰", "副院长"),
            post("药剂科", "药库管理岗")
                .title("药品出入库账实不符")
                .level(RiskLevel.MEDIUM)
                .measures("药品出入库双人核对")
                .resp("刘晓", null)
                .sup("陈峰", "副院长"),
            post("设备科", "设备采购岗")
                .title("设备采购参数指向特定品牌")
                .level(RiskLevel.HIGH)
                .measures("采购参数专家论证")
                .resp("黄敏", null)
                .sup("陈峰", "副院长"),
            post("设备科", "维修管理岗")
                .title("虚报维修费用")
                .level(RiskLevel.LOW)
                .measures("维修费用逐单审核")
                .resp("黄敏", null)
                .sup("陈峰", "副院长"));
  }

  /**
   * A school: 职责事项 beside one cell headed 风险点及防控措施 that holds "风险：…" then "措施：…", on two lines or
   * on one line apart by a full-width space. Decision: the labelled parts are the risk and its
   * measures.
   */
  static Case schoolRiskAndMeasuresInOneCell() {
    Wb b = new Wb();
    b.sheet("学校")
        .row("序号", "处室", "职责事项", "风险点及防控措施", "风险等级", "责任人")
        .row("1", "教务处", "招生录取", "风险：招生录取中违规操作\n措施：1.招生计划向社会公开；2.录取名单公示", "高", "王海")
        .row("2", "总务处", "食堂物资采购", "风险：食材采购中收受回扣\u3000措施：食材定点采购，价格每月公示", "高", "李红")
        .row("3", "教务处", "教师职称评审", "风险：评审中打招呼说情\n措施：（1）评审专家随机抽取（2）评审结果公示", "中", "王海");
    return new Case("a school's risk and measures in one cell", b)
        .body("学校", 2)
        .rows(
            dept("教务处")
                .power("招生录取")
                .title("招生录取中违规操作")
                .level(RiskLevel.HIGH)
                .measures("招生计划向社会公开", "录取名单公示")
                .resp("王海", null),
            dept("总务处")
                .power("食堂物资采购")
                .title("食材采购中收受回扣")
                .level(RiskLevel.HIGH)
                .measures("食材定点采购，价格每月公示")
                .resp("李红", null),
            dept("教务处")
                .power("教师职称评审")
                .title("评审中打招呼说情")
                .level(RiskLevel.MEDIUM)
                .measures("评审专家随机抽取", "评审结果公示")
                .resp("王海", null));
  }

  /**
   * A tax office: a department band merged across the table above its posts, a post merged down
   * over its two points, 风险防控点 as the risk, a 完成时限 of 第1季度 or 长期坚持, amounts and days at the start
   * of measures (2万元以上, 3日内).
   */
  static Case taxPostsMergedUnderDepartmentBands() {
    Wb b = new Wb();
    b.sheet("岗位风险")
        .row("国家税务总局某县税务局岗位廉洁风险防控点", "", "", "", "")
        .row("岗位", "风险防控点", "风险等级", "防控措施", "完成时限")
        .row("第一税务分局", "", "", "", "")
        .row("税款征收岗", "违规办理退税", "高", "2万元以上退税须集体审议", "第1季度")
        .row("", "擅自减免滞纳金", "中", "滞纳金减免逐笔复核", "长期坚持")
        .row("纳税评估岗", "评估中避重就轻", "中", "评估结论双人审核", "第2季度")
        .row("法制股", "", "", "", "")
        .row("复议应诉岗", "复议案件徇私偏袒", "低", "3日内将复议材料报局领导", "长期坚持")
        .merge("A1:E1")
        .merge("A3:E3")
        .merge("A4:A5")
        .merge("A7:E7");
    return new Case("tax posts merged under department bands", b)
        .body("岗位风险", 3)
        .rows(
            post("第一税务分局", "税款征收岗")
                .title("违规办理退税")
                .level(RiskLevel.HIGH)
                .measures("2万元以上退税须集体审议")
                .extra("完成时限", "第1季度"),
            post("第一税务分局", "税款征收岗")
                .title("擅自减免滞纳金")
                .level(RiskLevel.MEDIUM)
                .measures("滞纳金减免逐笔复核")
                .extra("完成时限", "长期坚持"),
            post("第一税务分局", "纳税评估岗")
                .title("评估中避重就轻")
                .level(RiskLevel.MEDIUM)
                .measures("评估结论双人审核")
                .extra("完成时限", "第2季度"),
            post("法制股", "复议应诉岗")
                .title("复议案件徇私偏袒")
                .level(RiskLevel.LOW)
                .measures("3日内将复议材料报局领导")
                .extra("完成时限", "长期坚持"));
  }

  /**
   * A police table: 警种部门 merged over its 执法岗位, a 职责 column, 风险级别 as Ⅰ级 / Ⅱ级 / Ⅲ级 without a legend,
   * measures as ▲ / ● / - bullets, and a 分管领导 cell naming two leaders. Decision: Ⅰ级 is the highest;
   * the two leaders are kept together as written.
   */
  static Case policeTwoLeadersInOneCellAndRomanLevels() {
    Wb b = new Wb();
    b.sheet("执法岗位")
        .row("序号", "警种部门", "执法岗位", "职责", "风险点", "风险级别", "防控措施", "分管领导")
        .row("1", "治安大队", "户籍管理岗", "户口迁移审批", "违规办理户口迁移", "Ⅰ级", "▲户口迁移网上审批\n▲审批结果每月抽查", "王刚、李强")
        .row("2", "", "特种行业管理岗", "旅馆业许可", "放宽许可条件", "Ⅱ级", "●许可条件公开\n●许可档案年度检查", "")
        .row("3", "刑侦大队", "案件侦办岗", "刑事案件侦办", "违规撤案", "Ⅰ级", "撤案须法制部门审核", "赵勇")
        .row("4", "交警大队", "事故处理岗", "交通事故责任认定", "责任认定偏袒一方", "Ⅲ级", "-认定结果当场告知\n-认定过程全程录音录像", "赵勇")
        .merge("B2:B3")
        .merge("H2:H3");
    return new Case("police: two leaders in one cell, Ⅰ级 levels", b)
        .body("执法岗位", 2)
        .rows(
            post("治安大队", "户籍管理岗")
                .power("户口迁移审批")
                .title("违规办理户口迁移")
                .level(RiskLevel.HIGH)
                .measures("户口迁移网上审批", "审批结果每月抽查")
                .sup("王刚、李强", null),
            post("治安大队", "特种行业管理岗")
                .power("旅馆业许可")
                .title("放宽许可条件")
                .level(RiskLevel.MEDIUM)
                .measures("许可条件公开", "许可档案年度检查")
                .sup("王刚、李强", null),
            post("刑侦大队", "案件侦办岗")
                .power("刑事案件侦办")
                .title("违规撤案")
                .level(RiskLevel.HIGH)
                .measures("撤案须法制部门审核")
                .sup("赵勇", null),
            post("交警大队", "事故处理岗")
                .power("交通事故责任认定")
                .title("责任认定偏袒一方")
                .level(RiskLevel.LOW)
                .measures("认定结果当场告知", "认定过程全程录音录像")
                .sup("赵勇", null));
  }

  /**
   * An enterprise: 业务环节 as the power item, 一级风险 / 二级风险 / 三级风险 in a column whose header names the
   * grades, measures lettered a) b), role and name in 防控责任人 and 监督责任人, and a 合计 row under the
   * table.
   */
  static Case enterpriseTieredLevelsLetteredMeasuresAndATotal() {
    Wb b = new Wb();
    b.sheet("廉洁风险")
        .row("某集团有限公司廉洁风险防控清单", "", "", "", "", "", "", "")
        .row("序号", "部门", "业务环节", "廉洁风险", "风险等级（一级/二级/三级）", "防控措施", "防控责任人", "监督责任人")
        .row(
            "1",
            "采购管理部",
            "供应商准入",
            "违规放宽供应商准入条件",
            "一级风险",
            "a)准入标准公开\nb)准入结果集体审定",
            "部门经理 张伟",
            "分管副总经理 孙明")
        .row(
            "2",
            "采购管理部",
            "合同签订",
            "合同条款变更未经审批",
            "二级风险",
            "a)合同变更会签；b)合同履约台账管理",
            "部门经理 张伟",
            "分管副总经理 孙明")
        .row("3", "人力资源部", "薪酬发放", "虚增绩效工资", "三级风险", "薪酬发放表公示", "部门经理 林芳", "分管副总经理 孙明")
        .row("合计", "", "", "3个风险点", "", "", "", "")
        .merge("A1:H1")
        .merge("A6:C6");
    return new Case("enterprise 一级风险 levels, a) b) measures and a 合计 row", b)
        .body("廉洁风险", 3)
        .rows(
            dept("采购管理部")
                .power("供应商准入")
                .title("违规放宽供应商准入条件")
                .level(RiskLevel.HIGH)
                .measures("准入标准公开", "准入结果集体审定")
                .resp("张伟", "部门经理")
                .sup("孙明", "分管副总经理"),
            dept("采购管理部")
                .power("合同签订")
                .title("合同条款变更未经审批")
                .level(RiskLevel.MEDIUM)
                .measures("合同变更会签", "合同履约台账管理")
                .resp("张伟", "部门经理")
                .sup("孙明", "分管副总经理"),
            dept("人力资源部")
                .power("薪酬发放")
                .title("虚增绩效工资")
                .level(RiskLevel.LOW)
                .measures("薪酬发放表公示")
                .resp("林芳", "部门经理")
                .sup("孙明", "分管副总经理"));
  }

  /**
   * Levels written A / B / C, explained only by a footnote under the table ("注：1.…A级为高风险…；2.…").
   * Decision: the footnote decides what a letter means.
   */
  static Case letterGradesExplainedByAFootnote() {
    Wb b = new Wb();
    b.sheet("科室")
        .row("某区统计局科室廉政风险等级表", "", "", "", "")
        .row("科室", "风险点", "风险等级", "防控措施", "责任人")
        .row("办公室", "公务接待超标准", "A", "接待清单逐项审核", "周洁")
        .row("财务科", "违规出借资金", "A", "资金出借集体审议", "冯涛")
        .row("档案室", "档案查阅不登记", "C", "查阅登记制度", "冯涛")
        .row("信息科", "泄露内部统计数据", "B", "数据访问权限分级", "周洁")
        .row("注：1.风险等级分为A、B、C三级，A级为高风险，B级为中风险，C级为低风险；2.责任人为科室主要负责人。", "", "", "", "")
        .merge("A1:E1")
        .merge("A7:E7");
    return new Case("letter grades explained by a footnote", b)
        .body("科室", 3)
        .rows(
            dept("办公室")
                .title("公务接待超标准")
                .level(RiskLevel.HIGH)
                .measures("接待清单逐项审核")
                .resp("周洁", null),
            dept("财务科").title("违规出借资金").level(RiskLevel.HIGH).measures("资金出借集体审议").resp("冯涛", null),
            dept("档案室").title("档案查阅不登记").level(RiskLevel.LOW).measures("查阅登记制度").resp("冯涛", null),
            dept("信息科")
                .title("泄露内部统计数据")
                .level(RiskLevel.MEDIUM)
                .measures("数据访问权限分级")
                .resp("周洁", null));
  }

  /** 较高 / 中 / 较低 as the levels; measures numbered （一）（二）, 1) 2) and 其一，其二，. */
  static Case higherMediumLowerAndOtherNumbering() {
    Wb b = new Wb();
    b.sheet("风险")
        .row("序号", "部门", "廉政风险点", "风险等级", "防控措施", "责任领导")
        .row("1", "规划科", "违规调整规划指标", "较高", "（一）调整方案专家论证（二）调整结果公示", "副局长 韩冰")
        .row("2", "审批科", "审批资料把关不严", "中", "1)资料清单化管理 2)审批结果抽查", "副局长 韩冰")
        .row("3", "档案科", "违规查阅城建档案", "较低", "其一，查阅须经审批；其二，查阅全程登记", "副局长 叶青");
    return new Case("较高 / 中 / 较低 and （一）, 1), 其一 numbering", b)
        .body("风险", 2)
        .rows(
            dept("规划科")
                .title("违规调整规划指标")
                .level(RiskLevel.HIGH)
                .measures("调整方案专家论证", "调整结果公示")
                .sup("韩冰", "副局长"),
            dept("审批科")
                .title("审批资料把关不严")
                .level(RiskLevel.MEDIUM)
                .measures("资料清单化管理", "审批结果抽查")
                .sup("韩冰", "副局长"),
            dept("档案科")
                .title("违规查阅城建档案")
                .level(RiskLevel.LOW)
                .measures("查阅须经审批", "查阅全程登记")
                .sup("叶青", "副局长"));
  }

  /**
   * A 填表说明 sheet first, then the table with a title, then its continuation on a sheet of its own
   * without title or header. Decision: the instructions give no rows; the continuation's rows are
   * read with the first sheet's header.
   */
  static Case instructionsThenTableContinuedWithoutHeader() {
    Wb b = new Wb();
    b.sheet("填表说明")
        .row("填表说明")
        .row("1.风险等级按高、中、低填写。")
        .row("2.每个岗位至少查找2个风险点。")
        .row("3.本表于2026年1月15日前报驻局纪检组。");
    b.sheet("岗位风险表")
        .row("某区住房保障中心岗位廉政风险点登记表", "", "", "", "", "")
        .row("部门", "岗位", "风险点", "风险等级", "防控措施", "责任人")
        .row("保障科", "资格审核岗", "违规认定保障资格", "高", "资格审核三级联审", "邱明")
        .row("保障科", "配租岗", "违规调整配租顺序", "高", "配租过程公开摇号", "邱明")
        .row("物业科", "维修审核岗", "维修工程量虚报", "中", "维修工程现场核验", "江涛")
        .merge("A1:F1");
    b.sheet("岗位风险表（续）")
        .row("物业科", "收费岗", "截留租金", "中", "租金银行代收", "江涛")
        .row("综合科", "档案岗", "违规提供住户信息", "低", "档案查阅审批登记", "苏梅");
    return new Case("instructions first, a table continued without header", b)
        .body("岗位风险表", 3)
        .body("岗位风险表（续）", 1)
        .rows(
            post("保障科", "资格审核岗")
                .title("违规认定保障资格")
                .level(RiskLevel.HIGH)
                .measures("资格审核三级联审")
                .resp("邱明", null),
            post("保障科", "配租岗")
                .title("违规调整配租顺序")
                .level(RiskLevel.HIGH)
                .measures("配租过程公开摇号")
                .resp("邱明", null),
            post("物业科", "维修审核岗")
                .title("维修工程量虚报")
                .level(RiskLevel.MEDIUM)
                .measures("维修工程现场核验")
                .resp("江涛", null),
            post("物业科", "收费岗")
                .title("截留租金")
                .level(RiskLevel.MEDIUM)
                .measures("租金银行代收")
                .resp("江涛", null),
            post("综合科", "档案岗")
                .title("违规提供住户信息")
                .level(RiskLevel.LOW)
                .measures("档案查阅审批登记")
                .resp("苏梅", null));
  }

  /**
   * A header over three rows: 风险识别 / 风险评估 / 风险防控 over the columns, 责任人员 over 防控责任人 · 监督责任人 in the
   * third row.
   */
  static Case headerOverThreeRows() {
    Wb b = new Wb();
    b.sheet("风险防控")
        .row("序号", "风险识别", "", "", "风险评估", "风险防控", "", "")
        .row("", "部门", "岗位", "风险点", "等级", "措施", "责任人员", "")
        .row("", "", "", "", "", "", "防控责任人", "监督责任人")
        .row("1", "综合执法科", "案件审核岗", "案件审核走过场", "高", "重大案件集体审核", "马琳", "杜鹏")
        .row("2", "综合执法科", "罚没物品管理岗", "私自处置罚没物品", "高", "罚没物品统一入库", "马琳", "杜鹏")
        .row("3", "法规科", "普法宣传岗", "普法经费虚列", "低", "经费支出公示", "贺云", "杜鹏")
        .merge("A1:A3")
        .merge("B1:D1")
        .merge("F1:H1")
        .merge("B2:B3")
        .merge("C2:C3")
        .merge("D2:D3")
        .merge("E2:E3")
        .merge("F2:F3")
        .merge("G2:H2");
    return new Case("a header over three rows", b)
        .body("风险防控", 4)
        .rows(
            post("综合执法科", "案件审核岗")
                .title("案件审核走过场")
                .level(RiskLevel.HIGH)
                .measures("重大案件集体审核")
                .resp("马琳", null)
                .sup("杜鹏", null),
            post("综合执法科", "罚没物品管理岗")
                .title("私自处置罚没物品")
                .level(RiskLevel.HIGH)
                .measures("罚没物品统一入库")
                .resp("马琳", null)
                .sup("杜鹏", null),
            post("法规科", "普法宣传岗")
                .title("普法经费虚列")
                .level(RiskLevel.LOW)
                .measures("经费支出公示")
                .resp("贺云", null)
                .sup("杜鹏", null));
  }

  /**
   * Cells padded with spaces and full-width spaces, hard line breaks between measures, before a
   * department and between a role and a name, and a hidden row. Decision: a hidden row is read like
   * any other (its cells are in the file).
   */
  static Case lineBreaksPaddingAndAHiddenRow() {
    Wb b = new Wb();
    b.sheet("商务局")
        .row("科室", "风险点", "风险等级", "防控措施", "责任人")
        .row(" 招商科 ", "\u3000招商引资中收受好处\u3000", "高", "1.招商项目集体研判\n\n2.洽谈过程两人以上参加\n", "科长\n周强")
        .row("招商科", "违规承诺优惠政策", "中", "优惠政策统一发布", "科长\n周强")
        .row("\n商务科", "外贸资金分配不公 ", "中", "资金分配因素法测算；\n分配结果公示", "科长 白雪")
        .hideRow(2);
    return new Case("line breaks, padding and a hidden row", b)
        .body("商务局", 2)
        .rows(
            dept("招商科")
                .title("招商引资中收受好处")
                .level(RiskLevel.HIGH)
                .measures("招商项目集体研判", "洽谈过程两人以上参加")
                .resp("周强", "科长"),
            dept("招商科")
                .title("违规承诺优惠政策")
                .level(RiskLevel.MEDIUM)
                .measures("优惠政策统一发布")
                .resp("周强", "科长"),
            dept("商务科")
                .title("外贸资金分配不公")
                .level(RiskLevel.MEDIUM)
                .measures("资金分配因素法测算", "分配结果公示")
                .resp("白雪", "科长"));
  }

  /**
   * A document number (〔2026〕5号), an amount (2万元以上) and a span of days (3日内) in measures, then
   * footnotes (注：1.…；2.…), a signature block and a date under the table.
   */
  static Case signatureBlockFootnotesAndDocumentNumbers() {
    Wb b = new Wb();
    b.sheet("采购")
        .row("序号", "科室", "风险点", "风险等级", "防控措施", "责任人")
        .row("1", "采购办", "化整为零规避招标", "高", "严格执行《政府采购管理办法》（某财发〔2026〕5号）", "钱进")
        .row("2", "采购办", "验收把关不严", "中", "2万元以上项目邀请第三方验收", "钱进")
        .row("3", "资产科", "资产处置价格偏低", "中", "3日内将处置结果在单位内公示", "孔丽")
        .row("注：1.风险等级由科室自评、领导班子集体评定；2.本表一式两份。", "", "", "", "", "")
        .row("科室负责人（签字）：\u3000\u3000\u3000\u3000", "", "", "分管领导（签字）：", "", "")
        .row("", "", "", "", "2026年1月20日", "")
        .merge("A5:F5")
        .merge("A6:C6")
        .merge("D6:F6");
    return new Case("a signature block, footnotes and document numbers", b)
        .body("采购", 2)
        .rows(
            dept("采购办")
                .title("化整为零规避招标")
                .level(RiskLevel.HIGH)
                .measures("严格执行《政府采购管理办法》（某财发〔2026〕5号）")
                .resp("钱进", null),
            dept("采购办")
                .title("验收把关不严")
                .level(RiskLevel.MEDIUM)
                .measures("2万元以上项目邀请第三方验收")
                .resp("钱进", null),
            dept("资产科")
                .title("资产处置价格偏低")
                .level(RiskLevel.MEDIUM)
                .measures("3日内将处置结果在单位内公示")
                .resp("孔丽", null));
  }

  /** 小计 rows after each department's posts, with a count in another column. */
  static Case subtotalRowsAfterEachDepartment() {
    Wb b = new Wb();
    b.sheet("风险排查")
        .row("部门", "岗位", "风险描述", "风险等级", "防控措施")
        .row("工会", "经费管理岗", "工会经费违规列支", "中", "经费支出双签")
        .row("工会", "福利发放岗", "超标准发放福利", "低", "福利标准公示")
        .row("小计", "", "2个", "", "")
        .row("团委", "活动组织岗", "活动经费虚报", "低", "活动经费决算公开")
        .row("小计", "", "1个", "", "");
    return new Case("小计 rows after each department", b)
        .body("风险排查", 2)
        .rows(
            post("工会", "经费管理岗").title("工会经费违规列支").level(RiskLevel.MEDIUM).measures("经费支出双签"),
            post("工会", "福利发放岗").title("超标准发放福利").level(RiskLevel.LOW).measures("福利标准公示"),
            post("团委", "活动组织岗").title("活动经费虚报").level(RiskLevel.LOW).measures("活动经费决算公开"));
  }

  /**
   * 科室 merged over its posts and each 岗位 merged over its points, 风险点 beside 岗位风险描述 (how the risk
   * shows), 风险等级评定 written 一级 / 二级 / 三级, one 防控责任人 merged like the 科室.
   */
  static Case departmentAndPostMergedOverPoints() {
    Wb b = new Wb();
    b.sheet("科室岗位")
        .row("科室", "岗位", "风险点", "岗位风险描述", "风险等级评定", "防控措施", "防控责任人")
        .row("审计科", "内审岗", "审计意见不客观", "对被审计单位问题避重就轻", "一级", "审计报告集体审定", "孟凡")
        .row("", "", "泄露审计信息", "向被审计单位透露审计重点", "二级", "审计资料保密管理", "")
        .row("", "经责审计岗", "经责审计结论失实", "审计评价受人情干扰", "一级", "审计组成员交叉复核", "")
        .row("督查科", "督查岗", "督查通报不实", "通报内容选择性披露", "三级", "通报内容分管领导审签", "方圆")
        .merge("A2:A4")
        .merge("B2:B3")
        .merge("G2:G4");
    return new Case("科室 and 岗位 merged over the points", b)
        .body("科室岗位", 2)
        .rows(
            post("审计科", "内审岗")
                .title("审计意见不客观")
                .shows("对被审计单位问题避重就轻")
                .level(RiskLevel.HIGH)
                .measures("审计报告集体审定")
                .resp("孟凡", null),
            post("审计科", "内审岗")
                .title("泄露审计信息")
                .shows("向被审计单位透露审计重点")
                .level(RiskLevel.MEDIUM)
                .measures("审计资料保密管理")
                .resp("孟凡", null),
            post("审计科", "经责审计岗")
                .title("经责审计结论失实")
                .shows("审计评价受人情干扰")
                .level(RiskLevel.HIGH)
                .measures("审计组成员交叉复核")
                .resp("孟凡", null),
            post("督查科", "督查岗")
                .title("督查通报不实")
                .shows("通报内容选择性披露")
                .level(RiskLevel.LOW)
                .measures("通报内容分管领导审签")
                .resp("方圆", null));
  }

  static List<Case> cases() {
    return List.of(
        hospitalSectionsWithRestartingNumbers(),
        schoolRiskAndMeasuresInOneCell(),
        taxPostsMergedUnderDepartmentBands(),
        policeTwoLeadersInOneCellAndRomanLevels(),
        enterpriseTieredLevelsLetteredMeasuresAndATotal(),
        letterGradesExplainedByAFootnote(),
        higherMediumLowerAndOtherNumbering(),
        instructionsThenTableContinuedWithoutHeader(),
        headerOverThreeRows(),
        lineBreaksPaddingAndAHiddenRow(),
        signatureBlockFootnotesAndDocumentNumbers(),
        subtotalRowsAfterEachDepartment(),
        departmentAndPostMergedOverPoints());
  }

  // ------------------------------------------------------------------ the tests

  /** Scores every case, prints the field accuracy and holds it at the figure last measured. */
  @Test
  void fieldAccuracyOverAllCasesHoldsItsGround() throws IOException {
    LayoutScore.holdsItsGround(
        SixthBlindLayoutsTest.class, cases(), SixthBlindLayoutsTest::run, FLOOR);
  }

  static LayoutScore.Outcome run(Case c) throws IOException {
    AnnexReadResult r = AnnexReader.lenient().read(new ByteArrayInputStream(c.book.xlsx()));
    Map<String, List<Object[]>> cells = new LinkedHashMap<>();
    c.book.sheets.forEach(s -> cells.put(s.name, s.rows));
    return LayoutScore.score(c.rows, cells, c.bodyStarts, r);
  }
}
