package io.github.probity.excel;

import static io.github.probity.excel.UnseenLayoutsTest.dept;
import static io.github.probity.excel.UnseenLayoutsTest.post;

import io.github.probity.excel.FourthBlindLayoutsTest.Case;
import io.github.probity.excel.FourthBlindLayoutsTest.Wb;
import io.github.probity.excel.UnseenLayoutsTest.E;
import io.github.probity.model.OwnerScope;
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
 * A sixteenth set of blind workbooks, about department trees and units with subordinate bodies,
 * written with POI from the practice notes before looking at how the reader recognises anything: a
 * provincial department whose 处室 column is merged over a 科室 column, a city commission whose 处室 and
 * 科室 are written as one path "综合处/文秘科", a district finance bureau whose 科室 are numbered in their
 * own cell (一、办公室), a housing bureau with 局机关 / 直属单位 / 下属事业单位 / 派出机构 sections on one sheet, a
 * market-regulation bureau with one sheet per 分局, a group company whose subsidiaries are named only
 * by a label row "二级子公司：…" above the header of sheets called Sheet1 and Sheet2, a tax bureau whose
 * 科室 cells name their head "财务科（科长：李明）", a county bureau that spells one 股 two ways, a university
 * whose 部门 include 机关党委, 工会 and 团委, an audit bureau whose 科室 column holds 全局, 局机关 and 各科室, a
 * university's 学院 · 系 · 教研室 columns, a group company's 所属单位 column over 部门 and 岗位, a power
 * company's "机关—办公室" and "二级单位：第三分公司", and a hospital's 院区 sheets with （一）药剂科.
 *
 * <p>Every field of every row is compared with default settings (rows are matched by title); every
 * non-empty cell under the header must be carried by its row, or, for a label row that names the
 * rows under it, by those rows, or be named by a finding.
 *
 * <p>Inspector's rules used throughout: the lowest body named on a row (科室 under 处室, 教研室 under 系
 * under 学院, 部门 under 所属单位) is the row's department; a higher body named in a column of its own
 * travels as an extra under its header, and is no extra on a row where it is itself the lowest body
 * named; a body named only above the table (the sheet's name, a label row "二级子公司：…") is the
 * department when the table itself names none, and is otherwise no field; a path written in one
 * cell (综合处/文秘科, 机关—办公室) is kept whole, since splitting it would invent a column, but a leading
 * label (二级单位：) names the kind of body and is no part of its name; a list number written before a
 * department (一、 ·（一）) is a marker, no part of the name; a head named beside his department
 * (财务科（科长：李明）) is the department's responsible person, with the role as labelled; a department
 * spelt two ways stays as written on each row (merging names would be a guess); 机关党委, 工会, 团委 and
 * 纪委办公室 in a 部门 column are departments like any other; 全局, 局机关 and 各科室 in a 科室 column name a scope
 * (the whole bureau, every section) rather than a department: the owner as written, no department;
 * a section row (一、局机关 · 二、直属单位 …) names the kind of the bodies under it and gives no field.
 *
 * <p>Blind figure, default settings, before the reader was changed for these layouts: Before:
 * 968/1109 fields (87.3 %), rows accounted in 13 of 14 workbooks. Failed: a 处室 column merged over a
 * 科室 column read as the department with the 科室 an extra; a list number before a department in its
 * own cell (一、办公室, （一）药剂科) kept in the name; a label row "二级子公司：…" above the header not taken as
 * the department of a table that names none; a head beside his department (财务科（科长：李明）,
 * "办公室\n主任：刘洋") kept in the name and not read as responsible; 周副书记 and 郑副校长 (a surname and a title)
 * read as a role while 陈书记 was read as a name; 全局, 局机关 and 各科室 read as departments; 学院 · 系 · 教研室
 * headers not recognised, so no table at all; the label 二级单位： kept in the department's name.
 *
 * <p>After: 1104/1104 fields (100 %), rows accounted in 14 of 14 workbooks. The rules, each pinned
 * in ReaderReview17Test: department columns side by side whose headers name bodies (not 牵头 / 配合
 * shares of the work) form a tree, the rightmost non-blank is the department and the higher ones
 * extras; a list number, a kind label (二级单位：) and a head beside the department are taken off a
 * department cell, the head answering for it where no column names someone; 全局 / 局机关 / 各科室 name no
 * department; a label row naming a subordinate body (二级子公司：, 分公司：) above a table with no department
 * column owns its rows; 学院, 系, 教研室, 分局 are department headers; a surname before 副 and a title
 * (周副书记) addresses one person.
 */
class SixteenthBlindLayoutsTest {

  /** The field accuracy measured over these cases when they were last fixed. */
  private static final double FLOOR = 1.0;

  /** A row owned by a scope word (全局, 各科室) rather than by a department. */
  static E scope(String words) {
    return new E(OwnerScope.DEPARTMENT, words);
  }

  // ------------------------------------------------------------------ the workbooks

  /**
   * 省厅: 处室 merged over the 科室 of each 处室, one 科室 merged over its two rows, and 办公室 with no 科室.
   * Decision: the 科室 is the department, the 处室 an extra "处室"; on 办公室's row the 处室 is the department
   * and no extra.
   */
  static Case provincialDivisionsMergedOverSections() {
    Wb b = new Wb();
    b.sheet("处室科室")
        .row("省交通运输厅机关处室（科室）廉政风险点及防控措施表", "", "", "", "", "", "")
        .row("填报单位（盖章）：省交通运输厅机关纪委　　　　填报时间：2026年3月", "", "", "", "", "", "")
        .row("序号", "处室", "科室", "风险点", "风险等级", "防控措施", "责任人")
        .row("1", "人事处", "干部科", "干部选拔任用动议不规范", "高", "1.严格执行干部任用条例；2.动议情况纪检前置审核", "赵立新")
        .row("2", "", "", "干部档案审核把关不严", "中", "档案专项审核双人复核", "赵立新")
        .row("3", "", "工资福利科", "津贴补贴违规发放", "中", "津补贴发放标准公开", "孙晓")
        .row("4", "财务审计处", "预算科", "预算编制随意调整", "中", "预算调整集体研究", "钱峰")
        .row("5", "", "审计科", "内审发现问题隐瞒不报", "低", "审计报告向厅党组通报", "周敏")
        .row("6", "办公室", "", "公务接待超标准", "低", "公务接待清单制度", "吴倩")
        .row("注：处室下设科室的，风险点落实到科室。", "", "", "", "", "", "")
        .merge("A1:G1")
        .merge("A2:G2")
        .merge("B4:B6")
        .merge("C4:C5")
        .merge("B7:B8")
        .merge("A10:G10");
    return new Case("provincial 处室 merged over 科室", b)
        .body("处室科室", 4)
        .rows(
            dept("干部科")
                .title("干部选拔任用动议不规范")
                .level(RiskLevel.HIGH)
                .measures("严格执行干部任用条例", "动议情况纪检前置审核")
                .resp("赵立新", null)
                .extra("处室", "人事处"),
            dept("干部科")
                .title("干部档案审核把关不严")
                .level(RiskLevel.MEDIUM)
                .measures("档案专项审核双人复核")
                .resp("赵立新", null)
                .extra("处室", "人事处"),
            dept("工资福利科")
                .title("津贴补贴违规发放")
                .level(RiskLevel.MEDIUM)
                .measures("津补贴发放标准公开")
                .resp("孙晓", null)
                .extra("处室", "人事处"),
            dept("预算科")
                .title("预算编制随意调整")
                .level(RiskLevel.MEDIUM)
                .measures("预算调整集体研究")
                .resp("钱峰", null)
                .extra("处室", "财务审计处"),
            dept("审计科")
                .title("内审发现问题隐瞒不报")
                .level(RiskLevel.LOW)
                .measures("审计报告向厅党组通报")
                .resp("周敏", null)
                .extra("处室", "财务审计处"),
            dept("办公室")
                .title("公务接待超标准")
                .level(RiskLevel.LOW)
                .measures("公务接待清单制度")
                .resp("吴倩", null));
  }

  /**
   * 市发改委: 处室 and 科室 written as one path "综合处/文秘科" in a 责任处室 column, a 表现形式 column and a 监督责任人.
   * Decision: the path is the department as written; 表现形式 is the manifestation; the 监督责任人
   * supervises.
   */
  static Case commissionPathInOneCell() {
    Wb b = new Wb();
    b.sheet("Sheet1")
        .row("市发展和改革委员会科室廉政风险点一览表", "", "", "", "", "", "")
        .row("序号", "责任处室", "风险点", "表现形式", "风险等级", "防控措施", "监督责任人")
        .row("1", "综合处/文秘科", "涉密文件管理不严", "违规复印、传阅涉密文件", "中", "涉密文件专人登记管理", "刘志刚")
        .row("2", "综合处/信息科", "信息发布审核不严", "未经审核发布政务信息", "低", "信息发布三审制度", "刘志刚")
        .row("3", "投资处/重大项目科", "项目审批暗箱操作", "为特定企业项目开绿灯", "高", "项目审批网上公开运行", "马建军")
        .row("4", "价格处", "价格监测数据失真", "人为调整监测数据", "中", "监测数据交叉复核", "马建军");
    return new Case("commission 处室/科室 path in one cell", b)
        .body("Sheet1", 3)
        .rows(
            dept("综合处/文秘科")
                .title("涉密文件管理不严")
                .shows("违规复印、传阅涉密文件")
                .level(RiskLevel.MEDIUM)
                .measures("涉密文件专人登记管理")
                .sup("刘志刚", null),
            dept("综合处/信息科")
                .title("信息发布审核不严")
                .shows("未经审核发布政务信息")
                .level(RiskLevel.LOW)
                .measures("信息发布三审制度")
                .sup("刘志刚", null),
            dept("投资处/重大项目科")
                .title("项目审批暗箱操作")
                .shows("为特定企业项目开绿灯")
                .level(RiskLevel.HIGH)
                .measures("项目审批网上公开运行")
                .sup("马建军", null),
            dept("价格处")
                .title("价格监测数据失真")
                .shows("人为调整监测数据")
                .level(RiskLevel.MEDIUM)
                .measures("监测数据交叉复核")
                .sup("马建军", null));
  }

  /**
   * 区财政局: 科室 numbered in their own merged cell (一、办公室 · 二、预算科 · 三、国库科) beside a running 序号.
   * Decision: 一、 is a list marker, the department is 办公室.
   */
  static Case financeBureauNumberedDepartments() {
    Wb b = new Wb();
    b.sheet("科室")
        .row("区财政局科室廉政风险防控一览表", "", "", "", "", "")
        .row("科室", "序号", "风险点", "风险等级", "防控措施", "责任领导")
        .row("一、办公室", "1", "公车使用管理不规范", "低", "公车使用登记审批", "李强")
        .row("", "2", "办公用品采购虚报", "低", "采购验收双人签字", "李强")
        .row("二、预算科", "3", "预算资金分配不公", "高", "预算分配因素法测算", "黄永")
        .row("三、国库科", "4", "违规拨付财政资金", "高", "国库集中支付系统控制", "黄永")
        .row("", "5", "专户资金挪用", "中", "专户资金定期对账", "黄永")
        .merge("A1:F1")
        .merge("A3:A4")
        .merge("A6:A7");
    return new Case("finance bureau 科室 numbered in their own cell", b)
        .body("科室", 3)
        .rows(
            dept("办公室")
                .title("公车使用管理不规范")
                .level(RiskLevel.LOW)
                .measures("公车使用登记审批")
                .sup("李强", null),
            dept("办公室").title("办公用品采购虚报").level(RiskLevel.LOW).measures("采购验收双人签字").sup("李强", null),
            dept("预算科")
                .title("预算资金分配不公")
                .level(RiskLevel.HIGH)
                .measures("预算分配因素法测算")
                .sup("黄永", null),
            dept("国库科")
                .title("违规拨付财政资金")
                .level(RiskLevel.HIGH)
                .measures("国库集中支付系统控制")
                .sup("黄永", null),
            dept("国库科")
                .title("专户资金挪用")
                .level(RiskLevel.MEDIUM)
                .measures("专户资金定期对账")
                .sup("黄永", null));
  }

  /**
   * 区住建局: one sheet with section rows 一、局机关 · 二、直属单位 · 三、下属事业单位 · 四、派出机构 merged across the table,
   * each over the rows of its bodies in a 单位（科室） column. Decision: the body in the row is the
   * department; a section row names a kind of body and gives no field.
   */
  static Case housingBureauSectionsOfSubordinateBodies() {
    Wb b = new Wb();
    b.sheet("风险点")
        .row("区住房和城乡建设局廉政风险点及防控措施汇总表", "", "", "", "", "")
        .row("序号", "单位（科室）", "风险点", "风险等级", "防控措施", "责任人")
        .row("一、局机关", "", "", "", "", "")
        .row("1", "规划建设科", "施工许可审批把关不严", "高", "施工许可网上并联审批", "冯涛")
        .row("2", "房地产管理科", "预售资金监管失职", "高", "预售资金银行专户监管", "韩雪")
        .row("二、直属单位", "", "", "", "", "")
        .row("3", "城建档案馆", "档案查询违规收费", "低", "收费标准公示", "邓丽")
        .row("4", "建设工程质量安全监督站", "质量监督检查走过场", "中", "监督检查双随机", "谢军")
        .row("三、下属事业单位", "", "", "", "", "")
        .row("5", "住房保障服务中心", "保障房分配弄虚作假", "高", "分配结果三级公示", "曹敏")
        .row("四、派出机构", "", "", "", "", "")
        .row("6", "城南片区建设管理办公室", "拆迁补偿标准随意调整", "高", "补偿方案集体决策并公示", "彭飞")
        .merge("A1:F1")
        .merge("A3:F3")
        .merge("A6:F6")
        .merge("A9:F9")
        .merge("A11:F11");
    return new Case("housing bureau sections of subordinate bodies", b)
        .body("风险点", 3)
        .rows(
            dept("规划建设科")
                .title("施工许可审批把关不严")
                .level(RiskLevel.HIGH)
                .measures("施工许可网上并联审批")
                .resp("冯涛", null),
            dept("房地产管理科")
                .title("预售资金监管失职")
                .level(RiskLevel.HIGH)
                .measures("预售资金银行专户监管")
                .resp("韩雪", null),
            dept("城建档案馆")
                .title("档案查询违规收费")
                .level(RiskLevel.LOW)
                .measures("收费标准公示")
                .resp("邓丽", null),
            dept("建设工程质量安全监督站")
                .title("质量监督检查走过场")
                .level(RiskLevel.MEDIUM)
                .measures("监督检查双随机")
                .resp("谢军", null),
            dept("住房保障服务中心")
                .title("保障房分配弄虚作假")
                .level(RiskLevel.HIGH)
                .measures("分配结果三级公示")
                .resp("曹敏", null),
            dept("城南片区建设管理办公室")
                .title("拆迁补偿标准随意调整")
                .level(RiskLevel.HIGH)
                .measures("补偿方案集体决策并公示")
                .resp("彭飞", null));
  }

  /**
   * 市场监管局: a 局机关 sheet with its own 科室 column, then one sheet per 分局 (高新分局, 经开分局) whose title names
   * the 分局 and whose post table has no department column. Decision: on a 分局's sheet the posts
   * belong to the 分局 (the sheet's name); on 局机关 the 科室 column gives the department.
   */
  static Case marketRegulationOneSheetPerBranch() {
    Wb b = new Wb();
    b.sheet("局机关")
        .row("市市场监督管理局机关科室廉政风险点", "", "", "", "")
        .row("科室", "风险点", "风险等级", "防控措施", "责任人")
        .row("登记注册科", "违规办理企业登记", "高", "登记审查全程留痕", "蒋华")
        .row("执法稽查科", "案件查办以罚代刑", "高", "重大案件集体审议", "沈亮")
        .merge("A1:E1");
    b.sheet("高新分局")
        .row("市市场监督管理局高新分局岗位廉政风险点", "", "", "", "")
        .row("岗位", "风险点", "风险等级", "防控措施", "责任人")
        .row("食品经营许可岗", "许可现场核查走过场", "中", "现场核查双人进行", "杨帆")
        .row("特种设备监察岗", "监督检查收受好处", "高", "检查记录上传平台", "朱峰")
        .merge("A1:E1");
    b.sheet("经开分局")
        .row("市市场监督管理局经开分局岗位廉政风险点", "", "", "", "")
        .row("岗位", "风险点", "风险等级", "防控措施", "责任人")
        .row("消费维权岗", "投诉处理偏袒经营者", "低", "投诉处理结果回访", "秦雨")
        .merge("A1:E1");
    return new Case("market regulation one sheet per 分局", b)
        .body("局机关", 3)
        .body("高新分局", 3)
        .body("经开分局", 3)
        .rows(
            dept("登记注册科")
                .title("违规办理企业登记")
                .level(RiskLevel.HIGH)
                .measures("登记审查全程留痕")
                .resp("蒋华", null),
            dept("执法稽查科")
                .title("案件查办以罚代刑")
                .level(RiskLevel.HIGH)
                .measures("重大案件集体审议")
                .resp("沈亮", null),
            post("高新分局", "食品经营许可岗")
                .title("许可现场核查走过场")
                .level(RiskLevel.MEDIUM)
                .measures("现场核查双人进行")
                .resp("杨帆", null),
            post("高新分局", "特种设备监察岗")
                .title("监督检查收受好处")
                .level(RiskLevel.HIGH)
                .measures("检查记录上传平台")
                .resp("朱峰", null),
            post("经开分局", "消费维权岗")
                .title("投诉处理偏袒经营者")
                .level(RiskLevel.LOW)
                .measures("投诉处理结果回访")
                .resp("秦雨", null));
  }

  /**
   * 集团: sheets left as Sheet1 and Sheet2, each with the group's title and a label row
   * "二级子公司：华东能源销售有限公司" above a post table without a department column. Decision: the subsidiary the
   * label names owns the posts: it is their department.
   */
  static Case groupSubsidiariesNamedByALabelRow() {
    Wb b = new Wb();
    b.sheet("Sheet1")
        .row("某某能源集团有限公司岗位廉洁风险防控表", "", "", "", "")
        .row("二级子公司：华东能源销售有限公司", "", "", "", "")
        .row("岗位", "廉洁风险点", "风险等级", "防控措施", "责任人")
        .row("销售经理", "违规给予客户价格优惠", "高", "价格优惠分级审批", "宋健")
        .row("出纳", "挪用公司资金", "中", "资金收付双人复核", "唐婷")
        .merge("A1:E1")
        .merge("A2:E2");
    b.sheet("Sheet2")
        .row("某某能源集团有限公司岗位廉洁风险防控表", "", "", "", "")
        .row("二级子公司：西南油气储运有限公司", "", "", "", "")
        .row("岗位", "廉洁风险点", "风险等级", "防控措施", "责任人")
        .row("物资采购员", "采购询价串通供应商", "高", "采购比价三家以上", "许刚")
        .merge("A1:E1")
        .merge("A2:E2");
    return new Case("group subsidiaries named by a label row", b)
        .body("Sheet1", 4)
        .body("Sheet2", 4)
        .rows(
            post("华东能源销售有限公司", "销售经理")
                .title("违规给予客户价格优惠")
                .level(RiskLevel.HIGH)
                .measures("价格优惠分级审批")
                .resp("宋健", null),
            post("华东能源销售有限公司", "出纳")
                .title("挪用公司资金")
                .level(RiskLevel.MEDIUM)
                .measures("资金收付双人复核")
                .resp("唐婷", null),
            post("西南油气储运有限公司", "物资采购员")
                .title("采购询价串通供应商")
                .level(RiskLevel.HIGH)
                .measures("采购比价三家以上")
                .resp("许刚", null));
  }

  /**
   * 税务局: each 科室 cell names its head, "财务科（科长：李明）", "法制科（负责人：陈静）", "办公室\n主任：刘洋". Decision: the
   * department is 财务科; the head is the responsible person with the role labelled; the 分管领导
   * supervises.
   */
  static Case taxBureauHeadsBesideTheirDepartment() {
    Wb b = new Wb();
    b.sheet("科室风险")
        .row("序号", "科室", "风险点", "风险等级", "防控措施", "分管领导")
        .row("1", "财务科（科长：李明）", "违规报销差旅费用", "中", "报销单据逐笔审核", "张卫东")
        .row("2", "", "固定资产处置不规范", "低", "资产处置集体审批", "张卫东")
        .row("3", "法制科（负责人：陈静）", "重大税务案件审理不公", "高", "案件审理委员会集体审理", "王海")
        .row("4", "办公室\n主任：刘洋", "公务用车私用", "低", "公务用车定位监控", "王海")
        .merge("B2:B3");
    return new Case("tax bureau 科室 with their head beside", b)
        .body("科室风险", 2)
        .rows(
            dept("财务科")
                .title("违规报销差旅费用")
                .level(RiskLevel.MEDIUM)
                .measures("报销单据逐笔审核")
                .resp("李明", "科长")
                .sup("张卫东", null),
            dept("财务科")
                .title("固定资产处置不规范")
                .level(RiskLevel.LOW)
                .measures("资产处置集体审批")
                .resp("李明", "科长")
                .sup("张卫东", null),
            dept("法制科")
                .title("重大税务案件审理不公")
                .level(RiskLevel.HIGH)
                .measures("案件审理委员会集体审理")
                .resp("陈静", "负责人")
                .sup("王海", null),
            dept("办公室")
                .title("公务用车私用")
                .level(RiskLevel.LOW)
                .measures("公务用车定位监控")
                .resp("刘洋", "主任")
                .sup("王海", null));
  }

  /**
   * 县农业农村局: a 科室 sheet says 计划财务股, the post sheet says 财务股 and 财务科 for the same body. Decision:
   * each row keeps the name as written.
   */
  static Case countyBureauOneDepartmentSpeltThreeWays() {
    Wb b = new Wb();
    b.sheet("附件2")
        .row("附件2", "", "", "", "")
        .row("县农业农村局股室廉政风险点及防控措施表", "", "", "", "")
        .row("股室名称", "风险点", "风险等级", "防控措施", "责任人")
        .row("计划财务股", "项目资金拨付不及时不规范", "高", "资金拨付按进度审核", "高翔")
        .row("农田建设股", "高标准农田验收走过场", "中", "第三方验收", "罗斌")
        .merge("A2:E2");
    b.sheet("附件3")
        .row("附件3", "", "", "", "", "")
        .row("县农业农村局岗位廉政风险点及防控措施表", "", "", "", "", "")
        .row("股室", "岗位", "风险点", "风险等级", "防控措施", "责任人")
        .row("财务股", "会计", "会计凭证审核不严", "中", "凭证交叉审核", "郑洁")
        .row("财务科", "出纳", "现金管理不规范", "中", "库存现金定期盘点", "郑洁")
        .merge("A2:F2");
    return new Case("county bureau spells one 股 three ways", b)
        .body("附件2", 4)
        .body("附件3", 4)
        .rows(
            dept("计划财务股")
                .title("项目资金拨付不及时不规范")
                .level(RiskLevel.HIGH)
                .measures("资金拨付按进度审核")
                .resp("高翔", null),
            dept("农田建设股")
                .title("高标准农田验收走过场")
                .level(RiskLevel.MEDIUM)
                .measures("第三方验收")
                .resp("罗斌", null),
            post("财务股", "会计")
                .title("会计凭证审核不严")
                .level(RiskLevel.MEDIUM)
                .measures("凭证交叉审核")
                .resp("郑洁", null),
            post("财务科", "出纳")
                .title("现金管理不规范")
                .level(RiskLevel.MEDIUM)
                .measures("库存现金定期盘点")
                .resp("郑洁", null));
  }

  /**
   * 高校: a 部门 table whose departments include 党委办公室, 机关党委, 工会, 团委 and 纪委办公室, with 部门负责人 and 分管校领导.
   * Decision: each is a department; the 部门负责人 is responsible, the 分管校领导 supervises.
   */
  static Case universityPartyAndMassBodiesAsDepartments() {
    Wb b = new Wb();
    b.sheet("部门")
        .row("某大学党政部门廉政风险点一览表", "", "", "", "", "")
        .row("部门", "风险点", "风险等级", "防控措施", "部门负责人", "分管校领导")
        .row("党委办公室", "会议纪要擅自改动", "低", "纪要签发程序规范", "王丽", "陈书记")
        .row("机关党委", "党费收缴使用不规范", "中", "党费账目定期公开", "刘斌", "陈书记")
        .row("工会", "福利物资采购虚高", "中", "福利采购比价公示", "孙红", "周副书记")
        .row("团委", "评优评先暗箱操作", "低", "评优结果公示", "李阳", "周副书记")
        .row("纪委办公室", "问题线索处置不当", "高", "线索集体排查", "赵刚", "钱书记")
        .row("后勤管理处", "维修工程虚报工程量", "高", "工程量第三方审计", "吴涛", "郑副校长")
        .merge("A1:F1");
    return new Case("university 机关党委 工会 团委 as departments", b)
        .body("部门", 3)
        .rows(
            dept("党委办公室")
                .title("会议纪要擅自改动")
                .level(RiskLevel.LOW)
                .measures("纪要签发程序规范")
                .resp("王丽", null)
                .sup("陈书记", null),
            dept("机关党委")
                .title("党费收缴使用不规范")
                .level(RiskLevel.MEDIUM)
                .measures("党费账目定期公开")
                .resp("刘斌", null)
                .sup("陈书记", null),
            dept("工会")
                .title("福利物资采购虚高")
                .level(RiskLevel.MEDIUM)
                .measures("福利采购比价公示")
                .resp("孙红", null)
                .sup("周副书记", null),
            dept("团委")
                .title("评优评先暗箱操作")
                .level(RiskLevel.LOW)
                .measures("评优结果公示")
                .resp("李阳", null)
                .sup("周副书记", null),
            dept("纪委办公室")
                .title("问题线索处置不当")
                .level(RiskLevel.HIGH)
                .measures("线索集体排查")
                .resp("赵刚", null)
                .sup("钱书记", null),
            dept("后勤管理处")
                .title("维修工程虚报工程量")
                .level(RiskLevel.HIGH)
                .measures("工程量第三方审计")
                .resp("吴涛", null)
                .sup("郑副校长", null));
  }

  /**
   * 审计局: the 科室 column holds 全局, 局机关 and 各科室 for points common to the whole bureau beside real 科室.
   * Decision: those words name a scope: the owner as written, no department.
   */
  static Case auditBureauScopeWordsInTheDepartmentColumn() {
    Wb b = new Wb();
    b.sheet("Sheet1")
        .row("区审计局科室廉政风险点及防控措施", "", "", "", "", "")
        .row("序号", "科室", "风险点", "风险等级", "防控措施", "责任人")
        .row("1", "全局", "违反中央八项规定精神", "中", "节假日廉政提醒", "局长")
        .row("2", "局机关", "公务接待超标准", "低", "接待审批单制度", "办公室主任")
        .row("3", "各科室", "审计现场违反审计纪律", "高", "审计组廉政监督员", "各科室负责人")
        .row("4", "审计一科", "审计发现问题隐瞒不报", "高", "审计报告三级复核", "何平")
        .row("5", "审计二科", "审计取证不规范", "中", "取证资料双人签字", "邹斌")
        .merge("A1:F1");
    return new Case("audit bureau 全局 局机关 各科室 as scope", b)
        .body("Sheet1", 3)
        .rows(
            scope("全局")
                .title("违反中央八项规定精神")
                .level(RiskLevel.MEDIUM)
                .measures("节假日廉政提醒")
                .resp(null, "局长"),
            scope("局机关")
                .title("公务接待超标准")
                .level(RiskLevel.LOW)
                .measures("接待审批单制度")
                .resp(null, "办公室主任"),
            scope("各科室")
                .title("审计现场违反审计纪律")
                .level(RiskLevel.HIGH)
                .measures("审计组廉政监督员")
                .resp(null, "各科室负责人"),
            dept("审计一科")
                .title("审计发现问题隐瞒不报")
                .level(RiskLevel.HIGH)
                .measures("审计报告三级复核")
                .resp("何平", null),
            dept("审计二科")
                .title("审计取证不规范")
                .level(RiskLevel.MEDIUM)
                .measures("取证资料双人签字")
                .resp("邹斌", null));
  }

  /**
   * 高校: 学院 · 系 · 教研室 columns, each merged over its rows, one row with no 教研室. Decision: the lowest
   * body named is the department, the higher ones extras under their headers.
   */
  static Case universitySchoolDepartmentTeachingOffice() {
    Wb b = new Wb();
    b.sheet("二级单位")
        .row("学院", "系", "教研室", "风险点", "风险等级", "防控措施", "责任人")
        .row("机械工程学院", "机械设计系", "机械原理教研室", "教材选用收受回扣", "中", "教材选用集体论证", "段鹏")
        .row("", "", "机械设计教研室", "实验耗材采购虚报", "中", "耗材采购验收登记", "雷震")
        .row("", "材料成型系", "", "研究生招生复试不公", "高", "复试全程录像", "白雪")
        .row("", "", "铸造教研室", "科研经费报销不实", "高", "经费报销项目负责人签字", "江河")
        .merge("A2:A5")
        .merge("B2:B3")
        .merge("B4:B5");
    return new Case("university 学院 系 教研室 columns", b)
        .body("二级单位", 2)
        .rows(
            dept("机械原理教研室")
                .title("教材选用收受回扣")
                .level(RiskLevel.MEDIUM)
                .measures("教材选用集体论证")
                .resp("段鹏", null)
                .extra("学院", "机械工程学院")
                .extra("系", "机械设计系"),
            dept("机械设计教研室")
                .title("实验耗材采购虚报")
                .level(RiskLevel.MEDIUM)
                .measures("耗材采购验收登记")
                .resp("雷震", null)
                .extra("学院", "机械工程学院")
                .extra("系", "机械设计系"),
            dept("材料成型系")
                .title("研究生招生复试不公")
                .level(RiskLevel.HIGH)
                .measures("复试全程录像")
                .resp("白雪", null)
                .extra("学院", "机械工程学院"),
            dept("铸造教研室")
                .title("科研经费报销不实")
                .level(RiskLevel.HIGH)
                .measures("经费报销项目负责人签字")
                .resp("江河", null)
                .extra("学院", "机械工程学院")
                .extra("系", "材料成型系"));
  }

  /**
   * 集团: a 所属单位 column (集团本部, 第一分公司) merged over 部门 and 岗位. Decision: the post's department is the
   * 部门; the 所属单位 is an extra.
   */
  static Case groupUnitColumnOverDepartmentsAndPosts() {
    Wb b = new Wb();
    b.sheet("岗位风险")
        .row("所属单位", "部门", "岗位", "风险点", "风险等级", "防控措施")
        .row("集团本部", "财务部", "资金主管", "大额资金违规调拨", "高", "大额资金联签制度")
        .row("", "人力资源部", "招聘专员", "招聘过程优亲厚友", "中", "招聘结果公示")
        .row("第一分公司", "工程部", "项目经理", "工程签证虚增工程量", "高", "签证三方会签")
        .row("", "物资部", "仓库保管员", "物资出入库不实", "低", "出入库月度盘点")
        .merge("A2:A3")
        .merge("A4:A5");
    return new Case("group 所属单位 over 部门 and 岗位", b)
        .body("岗位风险", 2)
        .rows(
            post("财务部", "资金主管")
                .title("大额资金违规调拨")
                .level(RiskLevel.HIGH)
                .measures("大额资金联签制度")
                .extra("所属单位", "集团本部"),
            post("人力资源部", "招聘专员")
                .title("招聘过程优亲厚友")
                .level(RiskLevel.MEDIUM)
                .measures("招聘结果公示")
                .extra("所属单位", "集团本部"),
            post("工程部", "项目经理")
                .title("工程签证虚增工程量")
                .level(RiskLevel.HIGH)
                .measures("签证三方会签")
                .extra("所属单位", "第一分公司"),
            post("物资部", "仓库保管员")
                .title("物资出入库不实")
                .level(RiskLevel.LOW)
                .measures("出入库月度盘点")
                .extra("所属单位", "第一分公司"));
  }

  /**
   * 供电公司: a 单位/部门 column written "机关—办公室" and "二级单位：第三分公司". Decision: the path stays whole as the
   * department; the label 二级单位： is no part of the name.
   */
  static Case powerCompanyPathsAndLabelledUnits() {
    Wb b = new Wb();
    b.sheet("廉洁风险")
        .row("国网某供电公司部门廉洁风险防控清单", "", "", "", "", "")
        .row("序号", "单位/部门", "风险点", "风险等级", "防控措施", "责任人")
        .row("1", "机关—办公室", "会议费用虚列", "低", "会议费用定点结算", "田野")
        .row("2", "机关—财务部", "电费资金账外循环", "高", "电费资金日清日结", "方圆")
        .row("3", "二级单位：第三分公司", "业扩报装吃拿卡要", "高", "业扩报装线上办理", "石磊")
        .row("4", "二级单位：检修分公司", "检修物资以次充好", "中", "物资到货抽检", "龙飞")
        .merge("A1:F1");
    return new Case("power company paths and labelled units", b)
        .body("廉洁风险", 3)
        .rows(
            dept("机关—办公室")
                .title("会议费用虚列")
                .level(RiskLevel.LOW)
                .measures("会议费用定点结算")
                .resp("田野", null),
            dept("机关—财务部")
                .title("电费资金账外循环")
                .level(RiskLevel.HIGH)
                .measures("电费资金日清日结")
                .resp("方圆", null),
            dept("第三分公司")
                .title("业扩报装吃拿卡要")
                .level(RiskLevel.HIGH)
                .measures("业扩报装线上办理")
                .resp("石磊", null),
            dept("检修分公司")
                .title("检修物资以次充好")
                .level(RiskLevel.MEDIUM)
                .measures("物资到货抽检")
                .resp("龙飞", null));
  }

  /**
   * 医院: one sheet per 院区 (东院区, 西院区) with 科室 numbered （一）药剂科 merged over its posts. Decision: the 科室
   * without its number is the post's department; the 院区 names a body above the table, which names
   * its own, and gives no field.
   */
  static Case hospitalCampusSheetsWithNumberedDepartments() {
    Wb b = new Wb();
    b.sheet("东院区")
        .row("市第一人民医院东院区岗位廉政风险点", "", "", "", "", "")
        .row("序号", "科室", "岗位", "风险点", "风险等级", "防控措施")
        .row("1", "（一）药剂科", "药品采购员", "药品采购收受回扣", "高", "药品集中带量采购")
        .row("2", "", "药库管理员", "药品出入库账实不符", "中", "药库月度盘点")
        .row("3", "（二）设备科", "设备采购员", "设备参数设置倾向性", "高", "设备论证专家评审")
        .merge("A1:F1")
        .merge("B3:B4");
    b.sheet("西院区")
        .row("市第一人民医院西院区岗位廉政风险点", "", "", "", "", "")
        .row("序号", "科室", "岗位", "风险点", "风险等级", "防控措施")
        .row("1", "（一）药剂科", "临床药师", "处方点评走过场", "低", "处方点评结果通报")
        .merge("A1:F1");
    return new Case("hospital 院区 sheets with numbered 科室", b)
        .body("东院区", 3)
        .body("西院区", 3)
        .rows(
            post("药剂科", "药品采购员").title("药品采购收受回扣").level(RiskLevel.HIGH).measures("药品集中带量采购"),
            post("药剂科", "药库管理员").title("药品出入库账实不符").level(RiskLevel.MEDIUM).measures("药库月度盘点"),
            post("设备科", "设备采购员").title("设备参数设置倾向性").level(RiskLevel.HIGH).measures("设备论证专家评审"),
            post("药剂科", "临床药师").title("处方点评走过场").level(RiskLevel.LOW).measures("处方点评结果通报"));
  }

  static List<Case> cases() {
    return List.of(
        provincialDivisionsMergedOverSections(),
        commissionPathInOneCell(),
        financeBureauNumberedDepartments(),
        housingBureauSectionsOfSubordinateBodies(),
        marketRegulationOneSheetPerBranch(),
        groupSubsidiariesNamedByALabelRow(),
        taxBureauHeadsBesideTheirDepartment(),
        countyBureauOneDepartmentSpeltThreeWays(),
        universityPartyAndMassBodiesAsDepartments(),
        auditBureauScopeWordsInTheDepartmentColumn(),
        universitySchoolDepartmentTeachingOffice(),
        groupUnitColumnOverDepartmentsAndPosts(),
        powerCompanyPathsAndLabelledUnits(),
        hospitalCampusSheetsWithNumberedDepartments());
  }

  // ------------------------------------------------------------------ the tests

  /** Scores every case, prints the field accuracy and holds it at the figure last measured. */
  @Test
  void fieldAccuracyOverAllCasesHoldsItsGround() throws IOException {
    LayoutScore.holdsItsGround(
        SixteenthBlindLayoutsTest.class, cases(), SixteenthBlindLayoutsTest::run, FLOOR);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachCaseIsReadCleanly(Case c) throws IOException {
    LayoutScore.readsCleanly(c, SixteenthBlindLayoutsTest::run, NOT_YET);
  }

  /** The cases not yet read cleanly. */
  private static final Set<String> NOT_YET = Set.of();

  static LayoutScore.Outcome run(Case c) throws IOException {
    byte[] bytes = SeventhBlindLayoutsTest.write(c.book, false);
    AnnexReadResult r = AnnexReader.lenient().read(new ByteArrayInputStream(bytes));
    Map<String, List<Object[]>> cells = new LinkedHashMap<>();
    c.book.sheets.forEach(s -> cells.put(s.name, s.rows));
    return LayoutScore.score(c.rows, cells, c.bodyStarts, r);
  }
}
