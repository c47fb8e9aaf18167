package io.github.probity.excel;

import static io.github.probity.excel.FourthBlindLayoutsTest.num;
import static io.github.probity.excel.UnseenLayoutsTest.dept;
import static io.github.probity.excel.UnseenLayoutsTest.group;
import static io.github.probity.excel.UnseenLayoutsTest.leader;
import static io.github.probity.excel.UnseenLayoutsTest.post;

import io.github.probity.excel.FourthBlindLayoutsTest.Case;
import io.github.probity.excel.FourthBlindLayoutsTest.Wb;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A ninth set of blind workbooks, written with POI from the practice notes before looking at how
 * the reader recognises anything, from sectors the other sets do not draw on: a state-owned group's
 * 廉洁风险防控责任清单 graded 大 / 中 / 小 with 牵头部门, 配合部门 and 时间节点; a university teacher's personal table keyed
 * by "岗位（姓名）"; a university's department table with 风险源, 可能后果, 第一责任人 and 直接责任人; a hospital's legacy
 * .xls whose categories end in 方面; a transport bureau's 权力运行流程 table by 实施主体 and 运行环节 with a 风险值; a
 * market-regulation bureau's 权力清单 + 风险清单 (事项名称 / 职权类别 / 行使依据); a social-security centre whose
 * categories are worded 廉洁自律 / 权力运行 / 制度执行 / 外部干扰; a housing-fund centre graded by 等次 重点 / 一般; an
 * enterprise's leadership table by 决策主体 (党委会, 董事会, 经理层); a college's leadership table whose 类别
 * column says 领导班子 or 班子成员; an energy company's personal table with a 本人承诺 column; a county
 * market-regulation table whose 防控措施 splits into 事前防范 / 事中监控 / 事后处置; and a 国资委's own 处室 graded 较高 /
 * 中等 / 较低 with a 分管委领导 column.
 *
 * <p>Every field of every row is compared with default settings (rows are matched by title); every
 * non-empty cell under the header must be carried by its row, or, for a label row that names the
 * rows under it, by those rows, or be named by a finding.
 *
 * <p>Measures written one after another with only "；" between them and no numbers stay one measure,
 * as the earlier sets decide (web export, 需求论证；集体审定).
 *
 * <p>Blind figure, default settings, before the reader was changed for these layouts: 746/787
 * fields right (94.8%); every row accounted for in 13 of 13 workbooks. Six of the misses were
 * measures split on a bare "；" against the decision above; with those expectations put right,
 * 752/787 (95.6%). Failed phenomena: a 风险程度 column graded 大 / 中 / 小 read as an extra and no level;
 * 重点 on an 等次 column (重点 / 一般) not a level; the category words 廉洁自律, 制度执行 and 外部干扰 not read; 职权类别
 * (行政处罚 / 行政许可) taken for the power item while 事项名称 went to the extras; collective decision bodies
 * (党委会, 董事会, 经理层（总经理办公会）) in a 决策主体 column read as departments or as a leader with a role; a 类别
 * column saying 领导班子 / 班子成员 taken for risk categories, so the members were read as departments.
 *
 * <p>After: 780/780 (100.0%), every row accounted for in 13 of 13 workbooks (fewer fields are
 * compared than before because fields read but not expected, the 风险程度 and 事项名称 extras, are gone).
 * The rules, each pinned on its own tables by {@link ReaderReview9Test}: a level column's own scale
 * of words (大 / 中 / 小, 重点 / 一般) when its cells agree on it, stated by a finding; more category
 * words; a 职权类别 is no power item; collective decision bodies are the leadership group; a 类别 column
 * of scope words is the scope column.
 */
class NinthBlindLayoutsTest {

  /** The field accuracy measured over these cases when they were last fixed. */
  private static final double FLOOR = 1.0;

  /** The cases whose workbook is written as a legacy .xls. */
  private static final Set<String> XLS = Set.of("hospital legacy xls with categories in 方面");

  // ------------------------------------------------------------------ the workbooks

  /**
   * 国资委 subsidiary group, 廉洁风险防控责任清单: 业务板块 · 风险事项 · 风险描述 · 风险程度 (大 / 中 / 小, with the legend in a
   * note) · 管控措施 · 牵头部门 · 配合部门 · 时间节点. Decision: the 牵头部门 owns the row; 业务板块 is the power item,
   * 风险事项 the point and 风险描述 its manifestation; 大 is 高 and 小 低; 配合部门 and 时间节点 are extras.
   */
  static Case groupResponsibilityListGradedLargeMediumSmall() {
    Wb b = new Wb();
    b.sheet("责任清单")
        .row("某集团有限公司廉洁风险防控责任清单", "", "", "", "", "", "", "", "")
        .row("编制单位：集团纪委（2026年4月）", "", "", "", "", "", "", "", "")
        .row("序号", "业务板块", "风险事项", "风险描述", "风险程度", "管控措施", "牵头部门", "配合部门", "时间节点")
        .row(
            "1",
            "物资采购",
            "供应商选择",
            "指定或变相指定供应商，设置排他性条件",
            "大",
            "1.供应商库动态管理；2.采购需求与采购实施分离",
            "物资采购部",
            "审计部、法务部",
            "长期")
        .row(
            "2",
            "工程建设",
            "工程变更签证",
            "虚增工程量，变更签证不实",
            "大",
            "变更签证监理、业主、施工三方会签",
            "工程管理部",
            "财务部",
            "2026年6月底前")
        .row("3", "资金管理", "大额资金支付", "未经审批支付大额资金", "中", "大额资金支付双签制", "财务部", "", "长期")
        .row("4", "人力资源", "员工招聘", "招聘条件因人设岗", "小", "招聘方案报集团审批；招聘结果公示", "人力资源部", "纪委办公室", "每次招聘时")
        .row("注：风险程度按“大、中、小”三级划分。", "", "", "", "", "", "", "", "")
        .merge("A1:I1")
        .merge("A2:I2")
        .merge("A8:I8");
    return new Case("state group's responsibility list graded 大 / 中 / 小", b)
        .body("责任清单", 4)
        .rows(
            dept("物资采购部")
                .power("物资采购")
                .title("供应商选择")
                .shows("指定或变相指定供应商，设置排他性条件")
                .level(RiskLevel.HIGH)
                .measures("供应商库动态管理", "采购需求与采购实施分离")
                .extra("配合部门", "审计部、法务部")
                .extra("时间节点", "长期"),
            dept("工程管理部")
                .power("工程建设")
                .title("工程变更签证")
                .shows("虚增工程量，变更签证不实")
                .level(RiskLevel.HIGH)
                .measures("变更签证监理、业主、施工三方会签")
                .extra("配合部门", "财务部")
                .extra("时间节点", "2026年6月底前"),
            dept("财务部")
                .power("资金管理")
                .title("大额资金支付")
                .shows("未经审批支付大额资金")
                .level(RiskLevel.MEDIUM)
                .measures("大额资金支付双签制")
                .extra("时间节点", "长期"),
            dept("人力资源部")
                .power("人力资源")
                .title("员工招聘")
                .shows("招聘条件因人设岗")
                .level(RiskLevel.LOW)
                .measures("招聘方案报集团审批；招聘结果公示")
                .extra("配合部门", "纪委办公室")
                .extra("时间节点", "每次招聘时"));
  }

  /**
   * 高校 personal table: the post and its holder in one column headed "岗位（姓名）" ("科研经费报账员（周琳）"), 岗位职责,
   * 风险点 and 风险表现, and a 监督责任人 written "财务处副处长 吴涛". Decision: under that header the bracket is the
   * holder, not part of the post; 岗位职责 is the power item; the 监督责任人 supervises.
   */
  static Case universityPersonalPostWithHolderInBrackets() {
    Wb b = new Wb();
    b.sheet("个人")
        .row("某大学教职工岗位廉洁风险自查表（个人）", "", "", "", "", "", "")
        .row("填报单位：某大学", "", "", "", "", "填表时间：2026年3月", "")
        .row("岗位（姓名）", "岗位职责", "风险点", "风险表现", "风险等级", "防范措施", "监督责任人")
        .row(
            "科研经费报账员（周琳）",
            "审核科研经费报销",
            "报销审核把关不严",
            "对虚开发票、拆分报销不予纠正",
            "高",
            "1.报销凭证双人复核\n2.大额劳务费逐笔核对",
            "财务处副处长 吴涛")
        .row("招生宣传员（郑浩）", "招生咨询与宣传", "泄露招生信息", "考生信息外传谋利", "中", "招生信息分级授权访问", "招生办主任 林芳")
        .row("基建现场代表（冯磊）", "工程现场签证", "虚签工程量", "与施工方串通虚增签证", "高", "现场签证三方共同确认；隐蔽工程影像留存", "基建处处长 钱进")
        .merge("A1:G1");
    return new Case("university personal table keyed by 岗位（姓名）", b)
        .body("个人", 4)
        .rows(
            post(null, "科研经费报账员")
                .holders("周琳")
                .power("审核科研经费报销")
                .title("报销审核把关不严")
                .shows("对虚开发票、拆分报销不予纠正")
                .level(RiskLevel.HIGH)
                .measures("报销凭证双人复核", "大额劳务费逐笔核对")
                .sup("吴涛", "财务处副处长"),
            post(null, "招生宣传员")
                .holders("郑浩")
                .power("招生咨询与宣传")
                .title("泄露招生信息")
                .shows("考生信息外传谋利")
                .level(RiskLevel.MEDIUM)
                .measures("招生信息分级授权访问")
                .sup("林芳", "招生办主任"),
            post(null, "基建现场代表")
                .holders("冯磊")
                .power("工程现场签证")
                .title("虚签工程量")
                .shows("与施工方串通虚增签证")
                .level(RiskLevel.HIGH)
                .measures("现场签证三方共同确认；隐蔽工程影像留存")
                .sup("钱进", "基建处处长"));
  }

  /**
   * 高校 department table: 责任处室 merged over its rows, 风险源 and 可能后果 beside the point, 第一责任人 and 直接责任人
   * each "处长 林芳". Decision: 风险源 and 可能后果 are extras (neither is the point nor how it shows); the
   * 直接责任人 is responsible and the 第一责任人, the head over him, supervises.
   */
  static Case universityDepartmentsWithSourceConsequenceAndFirstResponsible() {
    Wb b = new Wb();
    b.sheet("部门风险")
        .row("某大学部门廉洁风险防控表", "", "", "", "", "", "", "", "")
        .row("序号", "责任处室", "风险点", "风险源", "可能后果", "风险等级", "防控措施", "第一责任人", "直接责任人")
        .row(
            "1",
            "招生办公室",
            "特殊类型招生违规操作",
            "测试评委选派不随机",
            "录取结果不公，引发舆情",
            "高",
            "（1）评委随机抽取（2）测试全程录像",
            "处长 林芳",
            "副处长 陈亮")
        .row("2", "", "招生计划违规调整", "计划调整由个人决定", "损害考生公平", "中", "招生计划调整集体研究", "", "")
        .row(
            "3",
            "基建处",
            "工程招标中内定中标人",
            "招标文件设置倾向性条款",
            "国有资产损失",
            "高",
            "招标文件法律顾问审查；评标专家随机抽取",
            "处长 钱进",
            "科长 孙刚")
        .row("4", "科学技术处", "科研经费虚假结题", "结题审核流于形式", "经费被套取", "中", "结题验收引入第三方审计", "处长 吴涛", "科长 邵华")
        .merge("A1:I1")
        .merge("B3:B4")
        .merge("H3:H4")
        .merge("I3:I4");
    return new Case("university departments with 风险源, 可能后果, 第一 and 直接责任人", b)
        .body("部门风险", 3)
        .rows(
            dept("招生办公室")
                .title("特殊类型招生违规操作")
                .level(RiskLevel.HIGH)
                .measures("评委随机抽取", "测试全程录像")
                .resp("陈亮", "副处长")
                .sup("林芳", "处长")
                .extra("风险源", "测试评委选派不随机")
                .extra("可能后果", "录取结果不公，引发舆情"),
            dept("招生办公室")
                .title("招生计划违规调整")
                .level(RiskLevel.MEDIUM)
                .measures("招生计划调整集体研究")
                .resp("陈亮", "副处长")
                .sup("林芳", "处长")
                .extra("风险源", "计划调整由个人决定")
                .extra("可能后果", "损害考生公平"),
            dept("基建处")
                .title("工程招标中内定中标人")
                .level(RiskLevel.HIGH)
                .measures("招标文件法律顾问审查；评标专家随机抽取")
                .resp("孙刚", "科长")
                .sup("钱进", "处长")
                .extra("风险源", "招标文件设置倾向性条款")
                .extra("可能后果", "国有资产损失"),
            dept("科学技术处")
                .title("科研经费虚假结题")
                .level(RiskLevel.MEDIUM)
                .measures("结题验收引入第三方审计")
                .resp("邵华", "科长")
                .sup("吴涛", "处长")
                .extra("风险源", "结题审核流于形式")
                .extra("可能后果", "经费被套取"));
  }

  /**
   * 医院, a legacy .xls: 药剂科 and 设备科 posts, 风险类别 written "思想道德方面" / "业务流程方面", 防范措施 numbered "1、" on
   * separate lines, a 防控责任人 "科主任 方华" merged over a 科室's rows, and a sign-off line. Decision: "X方面"
   * is the category X; the 防控责任人 is responsible.
   */
  static Case hospitalLegacyXlsWithCategoriesInAspects() {
    Wb b = new Wb();
    b.sheet("Sheet1")
        .row("某市人民医院重点岗位廉洁风险防控一览表", "", "", "", "", "", "", "")
        .row("序号", "科室", "岗位", "风险类别", "风险点", "风险等级", "防范措施", "防控责任人")
        .row(
            "1",
            "药剂科",
            "药品采购岗",
            "思想道德方面",
            "收受药品供应商回扣",
            "高",
            "1、药品采购全部通过省平台挂网采购\n2、签订廉洁购销协议",
            "科主任 方华")
        .row("2", "", "处方点评岗", "业务流程方面", "处方点评不严，放任大处方", "中", "处方点评结果院周会通报", "")
        .row(
            "3",
            "设备科",
            "设备采购岗",
            "外部环境方面",
            "设备采购参数设置倾向特定品牌",
            "高",
            "1、采购参数论证会集体研究\n2、纪检全程监督",
            "科长 邓伟")
        .row("4", "医务科", "医师排班岗", "岗位职责方面", "违规安排外出会诊收取费用", "低", "外出会诊审批登记", "科长 温静")
        .row("填表人：", "", "", "审核人：", "", "", "", "")
        .merge("A1:H1")
        .merge("B3:B4")
        .merge("H3:H4");
    return new Case("hospital legacy xls with categories in 方面", b)
        .body("Sheet1", 3)
        .rows(
            post("药剂科", "药品采购岗")
                .cat(RiskCategory.IDEOLOGY)
                .title("收受药品供应商回扣")
                .level(RiskLevel.HIGH)
                .measures("药品采购全部通过省平台挂网采购", "签订廉洁购销协议")
                .resp("方华", "科主任"),
            post("药剂科", "处方点评岗")
                .cat(RiskCategory.PROCESS)
                .title("处方点评不严，放任大处方")
                .level(RiskLevel.MEDIUM)
                .measures("处方点评结果院周会通报")
                .resp("方华", "科主任"),
            post("设备科", "设备采购岗")
                .cat(RiskCategory.EXTERNAL)
                .title("设备采购参数设置倾向特定品牌")
                .level(RiskLevel.HIGH)
                .measures("采购参数论证会集体研究", "纪检全程监督")
                .resp("邓伟", "科长"),
            post("医务科", "医师排班岗")
                .cat(RiskCategory.DUTY)
                .title("违规安排外出会诊收取费用")
                .level(RiskLevel.LOW)
                .measures("外出会诊审批登记")
                .resp("温静", "科长"));
  }

  /**
   * 交通运输 权力运行流程 table for 工程招投标 and 质量监督: 实施主体 merged over its steps, 运行环节, a 风险值 of numbers beside
   * a 风险等级 一级 / 二级 / 三级, 控制措施 numbered ①②, and a note explaining the 风险值. Decision: the 实施主体 owns
   * the row, the 运行环节 is the power item, the 风险值 an extra.
   */
  static Case transportPowerFlowByImplementingBody() {
    Wb b = new Wb();
    b.sheet("招投标流程")
        .row("某市交通运输局工程招投标权力运行流程廉政风险防控表", "", "", "", "", "", "")
        .row("实施主体", "运行环节", "风险点", "风险值", "风险等级", "控制措施", "责任人")
        .row("建设管理科", "招标文件编制", "设置排斥潜在投标人的条件", num(16), "一级", "招标文件经法制科合法性审查", "张伟")
        .row("", "开标评标", "评标专家打人情分", num(12), "二级", "①评标专家随机抽取②评标过程全程录像", "")
        .row("质量监督站", "质量监督抽检", "抽检中降低标准放行不合格材料", num(15), "一级", "抽检样品第三方检测；抽检结果网上公示", "黄磊")
        .row("质量监督站", "交工验收", "验收把关不严", num(6), "三级", "交工验收专家组集体签字", "黄磊")
        .row("说明：风险值=发生概率×危害程度，15及以上为一级，8至14为二级，7及以下为三级。", "", "", "", "", "", "")
        .merge("A1:G1")
        .merge("A3:A4")
        .merge("G3:G4")
        .merge("A7:G7");
    return new Case("transport power flow by 实施主体 with 风险值", b)
        .body("招投标流程", 3)
        .rows(
            dept("建设管理科")
                .power("招标文件编制")
                .title("设置排斥潜在投标人的条件")
                .level(RiskLevel.HIGH)
                .measures("招标文件经法制科合法性审查")
                .resp("张伟", null)
                .extra("风险值", "16"),
            dept("建设管理科")
                .power("开标评标")
                .title("评标专家打人情分")
                .level(RiskLevel.MEDIUM)
                .measures("评标专家随机抽取", "评标过程全程录像")
                .resp("张伟", null)
                .extra("风险值", "12"),
            dept("质量监督站")
                .power("质量监督抽检")
                .title("抽检中降低标准放行不合格材料")
                .level(RiskLevel.HIGH)
                .measures("抽检样品第三方检测；抽检结果网上公示")
                .resp("黄磊", null)
                .extra("风险值", "15"),
            dept("质量监督站")
                .power("交工验收")
                .title("验收把关不严")
                .level(RiskLevel.LOW)
                .measures("交工验收专家组集体签字")
                .resp("黄磊", null)
                .extra("风险值", "6"));
  }

  /**
   * 市场监管 权力清单 + 风险清单, the discipline office's template: 事项名称 · 职权类别 (行政处罚 / 行政许可 / 行政检查) · 行使依据 (a
   * statute and article) · 承办机构 · 风险点 · 风险等级 · 防控措施 · 责任人 "稽查科科长 韩冰". Decision: 事项名称 is the power
   * item, 承办机构 owns the row; 职权类别 is the kind of power, not a risk category, and travels with 行使依据
   * as extras.
   */
  static Case marketRegulationPowerListWithRiskList() {
    Wb b = new Wb();
    b.sheet("权力事项风险清单")
        .row("某区市场监督管理局权力事项廉政风险清单", "", "", "", "", "", "", "", "")
        .row("序号", "事项名称", "职权类别", "行使依据", "承办机构", "风险点", "风险等级", "防控措施", "责任人")
        .row(
            "1",
            "对生产经营不符合食品安全标准食品的处罚",
            "行政处罚",
            "《中华人民共和国食品安全法》第一百二十四条",
            "执法稽查科",
            "自由裁量权运用不当，处罚畸轻畸重",
            "高",
            "1.严格执行行政处罚裁量基准；2.重大处罚案件集体讨论",
            "稽查科科长 韩冰")
        .row(
            "2",
            "食品经营许可",
            "行政许可",
            "《中华人民共和国食品安全法》第三十五条",
            "行政审批科",
            "对不符合条件的申请人准予许可",
            "高",
            "许可现场核查双人进行；许可结果网上公示",
            "审批科科长 贾敏")
        .row(
            "3",
            "对特种设备使用单位的监督检查",
            "行政检查",
            "《中华人民共和国特种设备安全法》第五十七条",
            "特种设备安全监察科",
            "检查中接受吃请、选择性检查",
            "中",
            "双随机一公开抽查",
            "特设科科长 邹勇")
        .merge("A1:I1");
    return new Case("market regulation power list with risk list", b)
        .body("权力事项风险清单", 3)
        .rows(
            dept("执法稽查科")
                .power("对生产经营不符合食品安全标准食品的处罚")
                .title("自由裁量权运用不当，处罚畸轻畸重")
                .level(RiskLevel.HIGH)
                .measures("严格执行行政处罚裁量基准", "重大处罚案件集体讨论")
                .resp("韩冰", "稽查科科长")
                .extra("职权类别", "行政处罚")
                .extra("行使依据", "《中华人民共和国食品安全法》第一百二十四条"),
            dept("行政审批科")
                .power("食品经营许可")
                .title("对不符合条件的申请人准予许可")
                .level(RiskLevel.HIGH)
                .measures("许可现场核查双人进行；许可结果网上公示")
                .resp("贾敏", "审批科科长")
                .extra("职权类别", "行政许可")
                .extra("行使依据", "《中华人民共和国食品安全法》第三十五条"),
            dept("特种设备安全监察科")
                .power("对特种设备使用单位的监督检查")
                .title("检查中接受吃请、选择性检查")
                .level(RiskLevel.MEDIUM)
                .measures("双随机一公开抽查")
                .resp("邹勇", "特设科科长")
                .extra("职权类别", "行政检查")
                .extra("行使依据", "《中华人民共和国特种设备安全法》第五十七条"));
  }

  /**
   * 社保中心: 风险类型 worded 权力运行 / 廉洁自律 / 制度执行 / 外部干扰, 风险描述 the only risk column, 防范措施, and a
   * three-character name. Decision: 廉洁自律 is 思想道德, 权力运行 业务流程, 制度执行 制度机制, 外部干扰 外部环境; the 风险描述 is the
   * point.
   */
  static Case socialSecurityCentreCategoriesInOtherWords() {
    Wb b = new Wb();
    b.sheet("社保中心")
        .row("某区社会保险事业管理中心岗位廉政风险点排查表", "", "", "", "", "", "", "")
        .row("序号", "科室", "岗位", "风险类型", "风险描述", "风险等级", "防范措施", "责任人")
        .row("1", "待遇核定科", "待遇审核岗", "权力运行", "违规核定养老金待遇", "高", "待遇核定系统校验与人工复核相结合", "蒋丽")
        .row("2", "待遇核定科", "待遇审核岗", "廉洁自律", "接受参保人吃请", "中", "签订廉洁承诺书", "蒋丽")
        .row("3", "基金征缴科", "稽核岗", "制度执行", "稽核中对欠缴企业网开一面", "中", "稽核结果双人签字", "许峰")
        .row("4", "信息科", "系统管理岗", "外部干扰", "受人请托违规修改参保数据", "高", "数据修改留痕并按月比对", "欧阳明")
        .merge("A1:H1");
    return new Case("social security centre with categories in other words", b)
        .body("社保中心", 3)
        .rows(
            post("待遇核定科", "待遇审核岗")
                .cat(RiskCategory.PROCESS)
                .title("违规核定养老金待遇")
                .level(RiskLevel.HIGH)
                .measures("待遇核定系统校验与人工复核相结合")
                .resp("蒋丽", null),
            post("待遇核定科", "待遇审核岗")
                .cat(RiskCategory.IDEOLOGY)
                .title("接受参保人吃请")
                .level(RiskLevel.MEDIUM)
                .measures("签订廉洁承诺书")
                .resp("蒋丽", null),
            post("基金征缴科", "稽核岗")
                .cat(RiskCategory.INSTITUTION)
                .title("稽核中对欠缴企业网开一面")
                .level(RiskLevel.MEDIUM)
                .measures("稽核结果双人签字")
                .resp("许峰", null),
            post("信息科", "系统管理岗")
                .cat(RiskCategory.EXTERNAL)
                .title("受人请托违规修改参保数据")
                .level(RiskLevel.HIGH)
                .measures("数据修改留痕并按月比对")
                .resp("欧阳明", null));
  }

  /**
   * 住房公积金中心: 责任部门 · 业务环节 · 风险点 · 等次 (重点 / 一般, explained in a note) · 防控措施 · 防控责任人 "部长 白雪" · 监督责任人
   * "分管副主任 王斌". Decision: 重点 is 高, 一般 is 一般; the 防控责任人 is responsible, the 监督责任人 supervises.
   */
  static Case housingFundCentreGradedKeyOrOrdinary() {
    Wb b = new Wb();
    b.sheet("公积金")
        .row("某市住房公积金管理中心廉政风险防控表", "", "", "", "", "", "", "")
        .row("序号", "责任部门", "业务环节", "风险点", "等次", "防控措施", "防控责任人", "监督责任人")
        .row("1", "归集管理部", "缴存基数核定", "违规调整缴存基数", "重点", "缴存基数变更系统比对", "部长 白雪", "分管副主任 王斌")
        .row("2", "贷款管理部", "贷款审批", "违规发放公积金贷款", "重点", "1.贷款审批三级审核；2.贷后抽查", "部长 石磊", "分管副主任 王斌")
        .row("3", "贷款管理部", "提取审核", "违规办理公积金提取", "一般", "提取材料系统核验", "部长 石磊", "分管副主任 王斌")
        .row("注：等次分为“重点”“一般”两类。", "", "", "", "", "", "", "")
        .merge("A1:H1")
        .merge("A6:H6");
    return new Case("housing fund centre graded 重点 / 一般 by 等次", b)
        .body("公积金", 3)
        .rows(
            dept("归集管理部")
                .power("缴存基数核定")
                .title("违规调整缴存基数")
                .level(RiskLevel.HIGH)
                .measures("缴存基数变更系统比对")
                .resp("白雪", "部长")
                .sup("王斌", "分管副主任"),
            dept("贷款管理部")
                .power("贷款审批")
                .title("违规发放公积金贷款")
                .level(RiskLevel.HIGH)
                .measures("贷款审批三级审核", "贷后抽查")
                .resp("石磊", "部长")
                .sup("王斌", "分管副主任"),
            dept("贷款管理部")
                .power("提取审核")
                .title("违规办理公积金提取")
                .level(RiskLevel.MEDIUM)
                .measures("提取材料系统核验")
                .resp("石磊", "部长")
                .sup("王斌", "分管副主任"));
  }

  /**
   * 国企 leadership table (附件1) by 决策主体: 党委会, 董事会 and 经理层（总经理办公会）, each with its 决策事项, a 风险程度 column
   * and a 监督责任人 "纪委书记" merged over all rows. Decision: each 决策主体 is a leadership group owning its
   * row; the 决策事项 is the power item; 纪委书记 is the supervisor's role.
   */
  static Case enterpriseLeadershipByDecisionBody() {
    Wb b = new Wb();
    b.sheet("领导班子")
        .row("附件1", "", "", "", "", "")
        .row("某能源集团公司领导班子廉洁风险防控表", "", "", "", "", "")
        .row("决策主体", "决策事项", "风险点", "风险程度", "防控措施", "监督责任人")
        .row("党委会", "前置研究讨论重大经营管理事项", "前置研究流于形式", "高", "1.明确前置研究事项清单；2.会议纪要存档备查", "纪委书记")
        .row("董事会", "重大投资决策", "投资论证不充分造成国有资产损失", "高", "投资项目可研报告第三方评审", "")
        .row("经理层（总经理办公会）", "大额资金使用", "拆分大额资金规避集体决策", "中", "大额资金使用标准明确到额度", "")
        .merge("A2:F2")
        .merge("F4:F6");
    return new Case("enterprise leadership table by 决策主体", b)
        .body("领导班子", 4)
        .rows(
            group("党委会")
                .power("前置研究讨论重大经营管理事项")
                .title("前置研究流于形式")
                .level(RiskLevel.HIGH)
                .measures("明确前置研究事项清单", "会议纪要存档备查")
                .sup(null, "纪委书记"),
            group("董事会")
                .power("重大投资决策")
                .title("投资论证不充分造成国有资产损失")
                .level(RiskLevel.HIGH)
                .measures("投资项目可研报告第三方评审")
                .sup(null, "纪委书记"),
            group("经理层（总经理办公会）")
                .power("大额资金使用")
                .title("拆分大额资金规避集体决策")
                .level(RiskLevel.MEDIUM)
                .measures("大额资金使用标准明确到额度")
                .sup(null, "纪委书记"));
  }

  /**
   * 高校二级学院 leadership table: a 类别 column saying 领导班子 for the group's row and 班子成员 merged over the
   * members' rows, 责任主体 holding 学院党委 or a member's name, and 分管工作 opening with the member's office
   * ("党委书记，主持党委全面工作"). Decision: 类别 gives the scope; 分管工作 is an extra kept whole, no role taken out
   * of it.
   */
  static Case collegeLeadershipWithScopeColumn() {
    Wb b = new Wb();
    b.sheet("班子")
        .row("某学院领导班子及班子成员廉洁风险点登记表", "", "", "", "", "")
        .row("类别", "责任主体", "分管工作", "风险点", "风险等级", "防控措施")
        .row("领导班子", "学院党委", "全面工作", "“三重一大”事项决策不民主", "高", "严格执行党委会议事规则")
        .row("班子成员", "刘明", "党委书记，主持党委全面工作", "干部选任把关不严", "高", "干部选任全程纪实")
        .row("", "孙倩", "院长，分管教学科研", "科研项目评审打招呼", "中", "评审专家回避制度")
        .row("", "何军", "副院长，分管基建、后勤", "插手基建工程", "高", "1、工程项目一律进入公共资源交易平台；2、领导干部插手工程项目登记报告")
        .merge("A1:F1")
        .merge("A4:A6");
    return new Case("college leadership with a 类别 scope column", b)
        .body("班子", 3)
        .rows(
            group("学院党委")
                .title("“三重一大”事项决策不民主")
                .level(RiskLevel.HIGH)
                .measures("严格执行党委会议事规则")
                .extra("分管工作", "全面工作"),
            leader("刘明", null)
                .title("干部选任把关不严")
                .level(RiskLevel.HIGH)
                .measures("干部选任全程纪实")
                .extra("分管工作", "党委书记，主持党委全面工作"),
            leader("孙倩", null)
                .title("科研项目评审打招呼")
                .level(RiskLevel.MEDIUM)
                .measures("评审专家回避制度")
                .extra("分管工作", "院长，分管教学科研"),
            leader("何军", null)
                .title("插手基建工程")
                .level(RiskLevel.HIGH)
                .measures("工程项目一律进入公共资源交易平台", "领导干部插手工程项目登记报告")
                .extra("分管工作", "副院长，分管基建、后勤"));
  }

  /**
   * 能源公司 personal table filled by each employee: 姓名 · 部门 · 岗位 merged over a person's rows, 风险描述,
   * 风险程度, 控制措施 numbered "1）… 2）…" on one line, and 本人承诺 in the person's words. Decision: each row
   * is the post with its holder; 本人承诺 is an extra.
   */
  static Case energyCompanyPersonalTableWithPledge() {
    Wb b = new Wb();
    b.sheet("个人")
        .row("某能源公司员工岗位廉洁风险防控表（个人填报）", "", "", "", "", "", "")
        .row("姓名", "部门", "岗位", "风险描述", "风险程度", "控制措施", "本人承诺")
        .row("郭靖", "营销部", "客户经理", "违规给予客户价格优惠换取好处", "高", "价格优惠按权限审批并留痕", "严格遵守营销纪律")
        .row("", "", "", "泄露客户商业信息", "低", "客户信息分级管理", "")
        .row("黄蓉", "财务部", "出纳", "公款私存、挪用资金", "高", "1）银行对账单由会计核对 2）库存现金每日盘点", "不挪用一分公款")
        .merge("A1:G1")
        .merge("A3:A4")
        .merge("B3:B4")
        .merge("C3:C4")
        .merge("G3:G4");
    return new Case("energy company personal table with a 本人承诺 column", b)
        .body("个人", 3)
        .rows(
            post("营销部", "客户经理")
                .holders("郭靖")
                .title("违规给予客户价格优惠换取好处")
                .level(RiskLevel.HIGH)
                .measures("价格优惠按权限审批并留痕")
                .extra("本人承诺", "严格遵守营销纪律"),
            post("营销部", "客户经理")
                .holders("郭靖")
                .title("泄露客户商业信息")
                .level(RiskLevel.LOW)
                .measures("客户信息分级管理")
                .extra("本人承诺", "严格遵守营销纪律"),
            post("财务部", "出纳")
                .holders("黄蓉")
                .title("公款私存、挪用资金")
                .level(RiskLevel.HIGH)
                .measures("银行对账单由会计核对", "库存现金每日盘点")
                .extra("本人承诺", "不挪用一分公款"));
  }

  /**
   * 县市场监管局 科室 table, a two-row header: 防控措施 over 事前防范 · 事中监控 · 事后处置, every other header merged
   * down; 防控责任人 and 监督责任人 "科长 万涛" / "副局长 丁宁". Decision: the three phases are the row's measures in
   * that order.
   */
  static Case countyMarketRegulationMeasuresByPhase() {
    Wb b = new Wb();
    b.sheet("科室")
        .row("某县市场监督管理局科室廉政风险防控表", "", "", "", "", "", "", "", "", "")
        .row("序号", "科室", "职权内容", "风险点", "风险等级", "防控措施", "", "", "防控责任人", "监督责任人")
        .row("", "", "", "", "", "事前防范", "事中监控", "事后处置", "", "")
        .row(
            "1",
            "登记注册科",
            "企业登记",
            "违规办理虚假登记",
            "高",
            "登记材料实名验证",
            "登记审核双人签批",
            "虚假登记依法撤销并追责",
            "科长 万涛",
            "副局长 丁宁")
        .row(
            "2",
            "价格监督检查科",
            "价格违法查处",
            "查处中徇私枉法",
            "中",
            "检查计划报批",
            "执法记录仪全程记录",
            "案件回访",
            "科长 潘越",
            "副局长 丁宁")
        .merge("A1:J1")
        .merge("A2:A3")
        .merge("B2:B3")
        .merge("C2:C3")
        .merge("D2:D3")
        .merge("E2:E3")
        .merge("F2:H2")
        .merge("I2:I3")
        .merge("J2:J3");
    return new Case("county market regulation with measures by phase", b)
        .body("科室", 4)
        .rows(
            dept("登记注册科")
                .power("企业登记")
                .title("违规办理虚假登记")
                .level(RiskLevel.HIGH)
                .measures("登记材料实名验证", "登记审核双人签批", "虚假登记依法撤销并追责")
                .resp("万涛", "科长")
                .sup("丁宁", "副局长"),
            dept("价格监督检查科")
                .power("价格违法查处")
                .title("查处中徇私枉法")
                .level(RiskLevel.MEDIUM)
                .measures("检查计划报批", "执法记录仪全程记录", "案件回访")
                .resp("潘越", "科长")
                .sup("丁宁", "副局长"));
  }

  /**
   * 国资委 机关 处室: 责任处室 · 风险点 · 风险表现 · 风险等级 (较高 / 中等 / 较低) · 防控措施 · 责任人 · 分管委领导 "副主任 钱坤". Decision: 较高
   * is 高, 中等 中, 较低 低; the 分管委领导 supervises.
   */
  static Case stateAssetsCommissionDivisionsGradedRelatively() {
    Wb b = new Wb();
    b.sheet("处室")
        .row("某市国资委机关处室廉政风险防控表", "", "", "", "", "", "")
        .row("责任处室", "风险点", "风险表现", "风险等级", "防控措施", "责任人", "分管委领导")
        .row("产权管理处", "国有产权转让定价", "低价转让国有产权", "较高", "产权转让一律进场交易；评估结果核准备案", "赵宏", "副主任 钱坤")
        .row("考核分配处", "企业负责人薪酬核定", "违规提高企业负责人薪酬", "中等", "薪酬核定方案委党委会审议", "孙杰", "副主任 钱坤")
        .row("综合处", "公务接待", "超标准接待", "较低", "接待清单逐笔审核", "李雯", "副主任 周彬")
        .merge("A1:G1");
    return new Case("state assets commission divisions graded 较高 / 中等 / 较低", b)
        .body("处室", 3)
        .rows(
            dept("产权管理处")
                .title("国有产权转让定价")
                .shows("低价转让国有产权")
                .level(RiskLevel.HIGH)
                .measures("产权转让一律进场交易；评估结果核准备案")
                .resp("赵宏", null)
                .sup("钱坤", "副主任"),
            dept("考核分配处")
                .title("企业负责人薪酬核定")
                .shows("违规提高企业负责人薪酬")
                .level(RiskLevel.MEDIUM)
                .measures("薪酬核定方案委党委会审议")
                .resp("孙杰", null)
                .sup("钱坤", "副主任"),
            dept("综合处")
                .title("公务接待")
                .shows("超标准接待")
                .level(RiskLevel.LOW)
                .measures("接待清单逐笔审核")
                .resp("李雯", null)
                .sup("周彬", "副主任"));
  }

  static List<Case> cases() {
    return List.of(
        groupResponsibilityListGradedLargeMediumSmall(),
        universityPersonalPostWithHolderInBrackets(),
        universityDepartmentsWithSourceConsequenceAndFirstResponsible(),
        hospitalLegacyXlsWithCategoriesInAspects(),
        transportPowerFlowByImplementingBody(),
        marketRegulationPowerListWithRiskList(),
        socialSecurityCentreCategoriesInOtherWords(),
        housingFundCentreGradedKeyOrOrdinary(),
        enterpriseLeadershipByDecisionBody(),
        collegeLeadershipWithScopeColumn(),
        energyCompanyPersonalTableWithPledge(),
        countyMarketRegulationMeasuresByPhase(),
        stateAssetsCommissionDivisionsGradedRelatively());
  }

  // ------------------------------------------------------------------ the tests

  /** Scores every case, prints the field accuracy and holds it at the figure last measured. */
  @Test
  void fieldAccuracyOverAllCasesHoldsItsGround() throws IOException {
    LayoutScore.holdsItsGround(
        NinthBlindLayoutsTest.class, cases(), NinthBlindLayoutsTest::run, FLOOR);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachCaseIsReadCleanly(Case c) throws IOException {
    LayoutScore.readsCleanly(c, NinthBlindLayoutsTest::run, NOT_YET);
  }

  /** The cases not yet read cleanly. */
  private static final Set<String> NOT_YET = Set.of();

  static LayoutScore.Outcome run(Case c) throws IOException {
    byte[] bytes = SeventhBlindLayoutsTest.write(c.book, XLS.contains(c.toString()));
    AnnexReadResult r = AnnexReader.lenient().read(new ByteArrayInputStream(bytes));
    Map<String, List<Object[]>> cells = new LinkedHashMap<>();
    c.book.sheets.forEach(s -> cells.put(s.name, s.rows));
    return LayoutScore.score(c.rows, cells, c.bodyStarts, r);
  }
}
