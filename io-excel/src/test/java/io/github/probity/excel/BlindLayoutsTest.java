package io.github.probity.excel;

import static io.github.probity.excel.UnseenLayoutsTest.dept;
import static io.github.probity.excel.UnseenLayoutsTest.group;
import static io.github.probity.excel.UnseenLayoutsTest.leader;
import static io.github.probity.excel.UnseenLayoutsTest.post;

import io.github.probity.excel.UnseenLayoutsTest.Case;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A second reader's blind workbooks: layouts and header wordings that none of the other reading
 * tests use, written from the practice notes without looking at how the reader recognises columns.
 * Every field of every row is compared with default settings; every non-empty cell under the header
 * must be carried by its row or named by a finding. A case the reader does not yet meet stays here,
 * disabled with its cause, so that the expectation is not lost.
 */
class BlindLayoutsTest {

  /** The field accuracy measured over these cases when they were last fixed. */
  private static final double FLOOR = 1.0;

  // ------------------------------------------------------------------ the workbooks

  /** 区财政局: 科室名称 merged over its posts, levels A/B/C, role and name in the leader cell. */
  static Case financeBureauPostsGradedAbc() {
    Books b = new Books();
    b.sheet("科室廉政风险")
        .row("某区财政局2024年度科室廉政风险点排查登记表")
        .row("填报单位：某区财政局\u3000\u3000\u3000\u3000\u3000\u3000填报时间：2024年6月3日")
        .row("科室名称", "岗位", "廉政风险描述", "风险程度", "预防措施", "科室负责人", "分管局领导")
        .row(
            "政府采购科",
            "采购审核岗",
            "采购需求设置倾向性条款，排斥潜在供应商",
            "A",
            "1.采购需求由两人以上会审；2.对50万元以上项目实行集体决策",
            "周\u3000伟",
            "吴刚")
        .row("", "合同管理岗", "合同签订后擅自变更履约内容", "B", "（1）合同变更须经科务会研究（2）建立合同台账", "", "")
        .row("资产管理科", "资产处置岗", "低价处置国有资产", "A", "①资产处置一律进场交易②处置结果公示", "郑\u3000洁", "副局长\u3000吴刚")
        .row("", "资产登记岗", "资产账实不符", "C", "每年末全面清查盘点", "", "")
        .merge("A1:G1")
        .merge("A2:G2")
        .merge("A4:A5")
        .merge("F4:F5")
        .merge("G4:G5")
        .merge("A6:A7")
        .merge("F6:F7")
        .merge("G6:G7");
    return new Case("finance bureau posts graded A/B/C", b)
        .body("科室廉政风险", 4)
        .rows(
            post("政府采购科", "采购审核岗")
                .title("采购需求设置倾向性条款，排斥潜在供应商")
                .level(RiskLevel.HIGH)
                .measures("采购需求由两人以上会审", "对50万元以上项目实行集体决策")
                .resp("周伟", null)
                .sup("吴刚", null),
            post("政府采购科", "合同管理岗")
                .title("合同签订后擅自变更履约内容")
                .level(RiskLevel.MEDIUM)
                .measures("合同变更须经科务会研究", "建立合同台账")
                .resp("周伟", null)
                .sup("吴刚", null),
            post("资产管理科", "资产处置岗")
                .title("低价处置国有资产")
                .level(RiskLevel.HIGH)
                .measures("资产处置一律进场交易", "处置结果公示")
                .resp("郑洁", null)
                .sup("吴刚", "副局长"),
            post("资产管理科", "资产登记岗")
                .title("资产账实不符")
                .level(RiskLevel.LOW)
                .measures("每年末全面清查盘点")
                .resp("郑洁", null)
                .sup("吴刚", "副局长"));
  }

  /** 班子成员 · 分工 · 主要风险 · 等级 · 防范措施, the group's own row first. */
  static Case leadershipMembersAndDivisionOfWork() {
    Books b = new Books();
    b.sheet("领导班子")
        .row("附件1")
        .row("某区财政局领导班子及成员廉政风险防控表")
        .row("序号", "班子成员", "分工", "主要风险", "等级", "防范措施")
        .row("1", "领导班子", "集体决策", "“三重一大”事项未经集体研究决定", "一级", "一是严格执行“三重一大”集体决策制度；二是会议纪要存档备查。")
        .row("2", "王建国", "主持局全面工作", "在干部选拔任用中搞“一言堂”", "一级", "1.坚持民主推荐、集体研究\n2.严格执行任前公示")
        .row("3", "李\u3000敏", "分管预算科、国库科", "违规调整预算或拨付资金", "二级", "1、大额资金拨付联签\n2、预算调整报局党组审定")
        .row("4", "陈东", "分管机关党建、工会", "利用职务影响为亲友谋利", "三级", "严格执行领导干部报告个人有关事项制度")
        .merge("A2:F2");
    return new Case("leadership members and division of work", b)
        .body("领导班子", 4)
        .rows(
            group("领导班子")
                .title("“三重一大”事项未经集体研究决定")
                .level(RiskLevel.HIGH)
                .measures("严格执行“三重一大”集体决策制度", "会议纪要存档备查。")
                .extra("分工", "集体决策"),
            leader("王建国", null)
                .title("在干部选拔任用中搞“一言堂”")
                .level(RiskLevel.HIGH)
                .measures("坚持民主推荐、集体研究", "严格执行任前公示")
                .extra("分工", "主持局全面工作"),
            leader("李敏", null)
                .title("违规调整预算或拨付资金")
                .level(RiskLevel.MEDIUM)
                .measures("大额资金拨付联签", "预算调整报局党组审定")
                .extra("分工", "分管预算科、国库科"),
            leader("陈东", null)
                .title("利用职务影响为亲友谋利")
                .level(RiskLevel.LOW)
                .measures("严格执行领导干部报告个人有关事项制度")
                .extra("分工", "分管机关党建、工会"));
  }

  /** 姓名 · 职务 · 岗位职责 · 风险点 · 风险级别 · 防控办法 on a personal sheet; 职务 are posts. */
  static Case personalTableOfStaff() {
    Books b = new Books();
    b.sheet("个人")
        .row("某区财政局干部职工个人廉政风险点自查表")
        .row("序号", "姓名", "职务", "岗位职责", "风险点", "风险级别", "防控办法")
        .row("1", "李\u3000娜", "出纳", "负责现金收付和银行结算", "挪用公款", "高风险", "1.每日核对库存现金；2.银行对账单由会计核对")
        .row("2", "赵强", "会计", "负责会计核算、票据审核", "审核把关不严，虚列支出", "中风险", "1）严格执行报销审批制度\n2）发票真伪逐张查验")
        .row("3", "孙丽", "采购员", "负责办公用品采购", "采购中收受回扣", "低风险", "第一，实行比价采购；第二，采购物品入库验收")
        .merge("A1:G1");
    return new Case("personal table of staff", b)
        .body("个人", 3)
        .rows(
            post(null, "出纳")
                .holders("李娜")
                .power("负责现金收付和银行结算")
                .title("挪用公款")
                .level(RiskLevel.HIGH)
                .measures("每日核对库存现金", "银行对账单由会计核对"),
            post(null, "会计")
                .holders("赵强")
                .power("负责会计核算、票据审核")
                .title("审核把关不严，虚列支出")
                .level(RiskLevel.MEDIUM)
                .measures("严格执行报销审批制度", "发票真伪逐张查验"),
            post(null, "采购员")
                .holders("孙丽")
                .power("负责办公用品采购")
                .title("采购中收受回扣")
                .level(RiskLevel.LOW)
                .measures("实行比价采购", "采购物品入库验收"));
  }

  /** An export from a web system: header in row 1, 状态 and 更新时间 columns, no title. */
  static Case webSystemExportWithStatusAndUpdateTime() {
    Books b = new Books();
    b.sheet("风险点列表")
        .row("部门名称", "岗位", "风险内容", "级别", "管控措施", "负责人", "状态", "更新时间")
        .row("执法大队", "执法岗", "执法过程中吃拿卡要", "高", "执法记录仪全程记录；双人执法", "黄磊", "已发布", "2024-05-12 10:31:08")
        .row("执法大队", "案件审核岗", "案件审核走过场", "中", "案件集体审议", "黄磊", "已发布", "2024-05-12 10:33:41")
        .row("办公室", "财务岗", "报销审核不严", "低", "报销单据三级审核", "何芳", "草稿", "2024-05-13 09:02:17");
    return new Case("web system export with 状态 and 更新时间", b)
        .body("风险点列表", 2)
        .rows(
            post("执法大队", "执法岗")
                .title("执法过程中吃拿卡要")
                .level(RiskLevel.HIGH)
                .measures("执法记录仪全程记录；双人执法")
                .resp("黄磊", null)
                .extra("状态", "已发布")
                .extra("更新时间", "2024-05-12 10:31:08"),
            post("执法大队", "案件审核岗")
                .title("案件审核走过场")
                .level(RiskLevel.MEDIUM)
                .measures("案件集体审议")
                .resp("黄磊", null)
                .extra("状态", "已发布")
                .extra("更新时间", "2024-05-12 10:33:41"),
            post("办公室", "财务岗")
                .title("报销审核不严")
                .level(RiskLevel.LOW)
                .measures("报销单据三级审核")
                .resp("何芳", null)
                .extra("状态", "草稿")
                .extra("更新时间", "2024-05-13 09:02:17"));
  }

  /** Header cells broken over lines and spaced with full-width spaces, two rows, group cells. */
  static Case multiLineTwoRowHeader() {
    Books b = new Books();
    b.sheet("Sheet1")
        .row("某县市场监督管理局廉政风险防控台账")
        .row("序\n号", "责任\n科室", "廉政风险点", "", "风险\n等级", "防控\n措施", "责\u3000任\u3000人", "")
        .row("", "", "名\u3000称", "表现形式", "", "", "科室\n负责人", "分管\n领导")
        .row(
            "1",
            "登记注册科",
            "违规办理登记",
            "对材料不全的申请予以登记",
            "高",
            "1.一次性告知清单公开\n2.登记材料双人复核",
            "刘\u3000涛",
            "马\u3000骏")
        .row("2", "", "泄露企业信息", "向他人提供企业登记档案", "低", "档案查阅登记审批", "", "")
        .row("3", "网络监管科", "选择性执法", "对同类违法行为处罚畸轻畸重", "中", "1.执行自由裁量基准\n2.案件集体讨论", "王\u3000平", "")
        .merge("A1:H1")
        .merge("A2:A3")
        .merge("B2:B3")
        .merge("C2:D2")
        .merge("E2:E3")
        .merge("F2:F3")
        .merge("G2:H2")
        .merge("B4:B5")
        .merge("G4:G5")
        .merge("H4:H6");
    return new Case("multi-line two-row header", b)
        .body("Sheet1", 4)
        .rows(
            dept("登记注册科")
                .title("违规办理登记")
                .shows("对材料不全的申请予以登记")
                .level(RiskLevel.HIGH)
                .measures("一次性告知清单公开", "登记材料双人复核")
                .resp("刘涛", null)
                .sup("马骏", null),
            dept("登记注册科")
                .title("泄露企业信息")
                .shows("向他人提供企业登记档案")
                .level(RiskLevel.LOW)
                .measures("档案查阅登记审批")
                .resp("刘涛", null)
                .sup("马骏", null),
            dept("网络监管科")
                .title("选择性执法")
                .shows("对同类违法行为处罚畸轻畸重")
                .level(RiskLevel.MEDIUM)
                .measures("执行自由裁量基准", "案件集体讨论")
                .resp("王平", null)
                .sup("马骏", null));
  }

  /** 股室 table: category words with 风险 after them, the level as 1级/2级 inside the risk cell. */
  static Case levelInsideRiskCellAsNumberedGrade() {
    Books b = new Books();
    b.sheet("岗位风险")
        .row("所在股室", "岗位名称", "风险类型", "风险点（等级）", "预控措施", "直接责任人", "领导责任人")
        .row("计财股", "会计岗", "制度机制风险", "票据审核不严，虚列支出（2级）", "1、严格执行报销制度；2、大额支出集体研究", "吴静", "股长")
        .row("计财股", "出纳岗", "岗位职责风险", "挪用公款（1级）", "①日清月结②不定期抽查库存现金", "吴静", "股长")
        .row(
            "基建股", "工程管理岗", "业务流程风险", "工程变更把关不严（1级）", "工程变更须经集体研究，金额在10万元以上的报局党组审定", "方明", "分管副局长");
    return new Case("level inside the risk cell as 1级/2级", b)
        .body("岗位风险", 2)
        .rows(
            post("计财股", "会计岗")
                .cat(RiskCategory.INSTITUTION)
                .title("票据审核不严，虚列支出")
                .level(RiskLevel.MEDIUM)
                .measures("严格执行报销制度", "大额支出集体研究")
                .resp("吴静", null)
                .sup(null, "股长"),
            post("计财股", "出纳岗")
                .cat(RiskCategory.DUTY)
                .title("挪用公款")
                .level(RiskLevel.HIGH)
                .measures("日清月结", "不定期抽查库存现金")
                .resp("吴静", null)
                .sup(null, "股长"),
            post("基建股", "工程管理岗")
                .cat(RiskCategory.PROCESS)
                .title("工程变更把关不严")
                .level(RiskLevel.HIGH)
                .measures("工程变更须经集体研究，金额在10万元以上的报局党组审定")
                .resp("方明", null)
                .sup(null, "分管副局长"));
  }

  /**
   * A table continued on a second sheet, a note under the first part, a sign-off under the last.
   */
  static Case continuedSheetWithNoteAndSignOff() {
    Books b = new Books();
    b.sheet("附件3")
        .row("某区卫生健康局岗位廉政风险点及防控措施一览表")
        .row("处室", "工作岗位", "可能存在的风险", "风险评级", "防控对策", "岗位责任人")
        .row("医政科", "医疗机构审批岗", "违规审批医疗机构设置", "高", "1.审批标准公开；2.集体会审", "冯\u3000涛")
        .row("医政科", "医师执业注册岗", "为不符合条件人员注册", "中", "注册材料双人审核", "冯\u3000涛")
        .row()
        .row("备注：风险评级分为高、中、低三档。")
        .merge("A1:F1");
    b.sheet("附件3（续）")
        .row("处室", "工作岗位", "可能存在的风险", "风险评级", "防控对策", "岗位责任人")
        .row("财务科", "报账岗", "虚假报销", "高", "1.原始票据审核；2.报销情况网上公示", "许\u3000晴")
        .row("填表人：许晴\u3000\u3000\u3000\u3000审核人：冯涛\u3000\u3000\u3000\u3000日期：2024年5月");
    return new Case("continued sheet with a note and a sign-off", b)
        .body("附件3", 3)
        .body("附件3（续）", 2)
        .rows(
            post("医政科", "医疗机构审批岗")
                .title("违规审批医疗机构设置")
                .level(RiskLevel.HIGH)
                .measures("审批标准公开", "集体会审")
                .resp("冯涛", null),
            post("医政科", "医师执业注册岗")
                .title("为不符合条件人员注册")
                .level(RiskLevel.MEDIUM)
                .measures("注册材料双人审核")
                .resp("冯涛", null),
            post("财务科", "报账岗")
                .title("虚假报销")
                .level(RiskLevel.HIGH)
                .measures("原始票据审核", "报销情况网上公示")
                .resp("许晴", null));
  }

  /** Leaders written as "职务　姓名" in one column, a blank level, a spacer row. */
  static Case leadersWithRoleAndNameInOneCell() {
    Books b = new Books();
    b.sheet("班子")
        .row("班子成员（职务）", "主要廉政风险", "风险等次", "防控举措", "监督人")
        .row("局长\u3000王海", "决策权集中，重大事项个人说了算", "高", "一是落实“三重一大”集体决策；二是主动接受班子成员监督", "纪检组长")
        .row("副局长\u3000刘芳", "分管工程项目，插手招投标", "高", "1.不干预招投标具体事务\n2.严格执行领导干部插手工程项目记录报告制度", "纪检组长")
        .row()
        .row("纪检组长\u3000陈卫", "监督执纪不严", "", "依规依纪开展监督", "党组书记");
    return new Case("leaders with role and name in one cell", b)
        .body("班子", 2)
        .rows(
            leader("王海", "局长")
                .title("决策权集中，重大事项个人说了算")
                .level(RiskLevel.HIGH)
                .measures("落实“三重一大”集体决策", "主动接受班子成员监督")
                .sup(null, "纪检组长"),
            leader("刘芳", "副局长")
                .title("分管工程项目，插手招投标")
                .level(RiskLevel.HIGH)
                .measures("不干预招投标具体事务", "严格执行领导干部插手工程项目记录报告制度")
                .sup(null, "纪检组长"),
            leader("陈卫", "纪检组长").title("监督执纪不严").measures("依规依纪开展监督").sup(null, "党组书记"));
  }

  /** A legacy xls: 部门 and 关键岗位 merged, 高/一般/低, the supervisor as "分管副局长 张军". */
  static Case legacyXlsKeyPosts() {
    Books b = new Books();
    b.sheet("岗位")
        .row("部门", "关键岗位", "风险事项", "风险等级", "防范对策", "监督责任人")
        .row("城建科", "项目审批岗", "违规审批建设项目", "高", "1.审批事项网上公开 2.审批结果集体审定", "分管副局长 张军")
        .row("", "", "审批中收受好处", "一般", "签订廉洁承诺书", "")
        .row("", "质量监督岗", "质量监督检查走过场", "低", "随机抽取检查人员", "分管副局长 张军")
        .merge("A2:A4")
        .merge("B2:B3")
        .merge("F2:F3");
    return new Case("legacy xls, key posts", b)
        .xls()
        .body("岗位", 2)
        .rows(
            post("城建科", "项目审批岗")
                .title("违规审批建设项目")
                .level(RiskLevel.HIGH)
                .measures("审批事项网上公开", "审批结果集体审定")
                .sup("张军", "分管副局长"),
            post("城建科", "项目审批岗")
                .title("审批中收受好处")
                .level(RiskLevel.MEDIUM)
                .measures("签订廉洁承诺书")
                .sup("张军", "分管副局长"),
            post("城建科", "质量监督岗")
                .title("质量监督检查走过场")
                .level(RiskLevel.LOW)
                .measures("随机抽取检查人员")
                .sup("张军", "分管副局长"));
  }

  /** Two risk points numbered in one cell share the row's level and measure. */
  static Case twoPointsInOneCellUnderAnAnnexTitle() {
    Books b = new Books();
    b.sheet("科室")
        .row("附件2")
        .row("某区民政局股室廉政风险防控表")
        .row("股室", "廉政风险点", "风险等级", "防控措施", "风险点责任人")
        .row("社会救助股", "（1）违规审批低保对象\n（2）优亲厚友", "高", "低保对象张榜公示", "林\u3000峰")
        .row("养老服务股", "养老补贴发放不规范", "中", "补贴社会化发放", "彭丽")
        .row("注：本表由各股室填写，办公室汇总。");
    return new Case("two points in one cell under an annex title", b)
        .body("科室", 4)
        .rows(
            dept("社会救助股")
                .title("违规审批低保对象")
                .level(RiskLevel.HIGH)
                .measures("低保对象张榜公示")
                .resp("林峰", null),
            dept("社会救助股").title("优亲厚友").level(RiskLevel.HIGH).measures("低保对象张榜公示").resp("林峰", null),
            dept("养老服务股")
                .title("养老补贴发放不规范")
                .level(RiskLevel.MEDIUM)
                .measures("补贴社会化发放")
                .resp("彭丽", null));
  }

  /** 名称 and 说明 of the point, Roman grades, 防控责任人 and 监督责任人. */
  static Case romanGradesAndPointExplanation() {
    Books b = new Books();
    b.sheet("科室风险点")
        .row("序号", "科室", "廉政风险点名称", "风险点说明", "风险级别", "防控措施", "防控责任人", "监督责任人")
        .row(
            "1", "预算编审中心", "评审结论失实", "对送审预算核减不实", "Ⅰ级", "1.评审报告三级复核 2.评审结果公开", "韩\u3000冰", "副局长 吴刚")
        .row("2", "预算编审中心", "评审信息泄露", "向送审单位泄露评审底价", "Ⅱ级", "评审人员签订保密承诺", "韩\u3000冰", "副局长 吴刚")
        .row("3", "绩效评价科", "评价走过场", "绩效评价不深入", "Ⅲ级", "引入第三方评价", "宋佳", "副局长 吴刚");
    return new Case("Roman grades and the point's explanation", b)
        .body("科室风险点", 2)
        .rows(
            dept("预算编审中心")
                .title("评审结论失实")
                .shows("对送审预算核减不实")
                .level(RiskLevel.HIGH)
                .measures("评审报告三级复核", "评审结果公开")
                .resp("韩冰", null)
                .sup("吴刚", "副局长"),
            dept("预算编审中心")
                .title("评审信息泄露")
                .shows("向送审单位泄露评审底价")
                .level(RiskLevel.MEDIUM)
                .measures("评审人员签订保密承诺")
                .resp("韩冰", null)
                .sup("吴刚", "副局长"),
            dept("绩效评价科")
                .title("评价走过场")
                .shows("绩效评价不深入")
                .level(RiskLevel.LOW)
                .measures("引入第三方评价")
                .resp("宋佳", null)
                .sup("吴刚", "副局长"));
  }

  /** 岗位 and 风险点 with its level written "（高风险）" after it, people in a 责任人（职务） column. */
  static Case bracketedHighRiskAndPeopleWithTheirRoles() {
    Books b = new Books();
    b.sheet("岗位")
        .row("某区审计局岗位廉政风险点一览表")
        .row("填报单位：某区审计局", "", "", "填报日期：2024.5.20")
        .row("科\u3000室", "岗\u3000位", "风险点及等级", "防控措施", "责任人（职务）")
        .row("审计一科", "主审岗", "审计发现问题隐瞒不报（高风险）", "1.1审计底稿逐级复核\n1.2重大问题集体研究", "杨帆（科长）")
        .row("审计一科", "审计岗", "接受被审计单位宴请（中风险）", "严格执行“八不准”", "杨帆（科长）")
        .merge("A1:E1");
    return new Case("bracketed 高风险 and people with their roles", b)
        .body("岗位", 4)
        .rows(
            post("审计一科", "主审岗")
                .title("审计发现问题隐瞒不报")
                .level(RiskLevel.HIGH)
                .measures("审计底稿逐级复核", "重大问题集体研究")
                .resp("杨帆", "科长"),
            post("审计一科", "审计岗")
                .title("接受被审计单位宴请")
                .level(RiskLevel.MEDIUM)
                .measures("严格执行“八不准”")
                .resp("杨帆", "科长"));
  }

  static List<Case> cases() {
    return List.of(
        financeBureauPostsGradedAbc(),
        leadershipMembersAndDivisionOfWork(),
        personalTableOfStaff(),
        webSystemExportWithStatusAndUpdateTime(),
        multiLineTwoRowHeader(),
        levelInsideRiskCellAsNumberedGrade(),
        continuedSheetWithNoteAndSignOff(),
        leadersWithRoleAndNameInOneCell(),
        legacyXlsKeyPosts(),
        twoPointsInOneCellUnderAnAnnexTitle(),
        romanGradesAndPointExplanation(),
        bracketedHighRiskAndPeopleWithTheirRoles());
  }

  // ------------------------------------------------------------------ the tests

  /** Scores every case, prints the field accuracy and holds it at the figure last measured. */
  @Test
  void fieldAccuracyOverAllCasesHoldsItsGround() throws IOException {
    LayoutScore.holdsItsGround(BlindLayoutsTest.class, cases(), BlindLayoutsTest::run, FLOOR);
  }

  @Test
  void financeBureauPostsGradedAbcIsRead() throws IOException {
    check(financeBureauPostsGradedAbc());
  }

  @Test
  void leadershipMembersAndDivisionOfWorkIsRead() throws IOException {
    check(leadershipMembersAndDivisionOfWork());
  }

  @Test
  void personalTableOfStaffIsRead() throws IOException {
    check(personalTableOfStaff());
  }

  @Test
  void webSystemExportWithStatusAndUpdateTimeIsRead() throws IOException {
    check(webSystemExportWithStatusAndUpdateTime());
  }

  @Test
  void multiLineTwoRowHeaderIsRead() throws IOException {
    check(multiLineTwoRowHeader());
  }

  @Test
  void levelInsideRiskCellAsNumberedGradeIsRead() throws IOException {
    check(levelInsideRiskCellAsNumberedGrade());
  }

  @Test
  void continuedSheetWithNoteAndSignOffIsRead() throws IOException {
    check(continuedSheetWithNoteAndSignOff());
  }

  @Test
  void leadersWithRoleAndNameInOneCellIsRead() throws IOException {
    check(leadersWithRoleAndNameInOneCell());
  }

  @Test
  void legacyXlsKeyPostsIsRead() throws IOException {
    check(legacyXlsKeyPosts());
  }

  @Test
  void twoPointsInOneCellUnderAnAnnexTitleIsRead() throws IOException {
    check(twoPointsInOneCellUnderAnAnnexTitle());
  }

  @Test
  void romanGradesAndPointExplanationIsRead() throws IOException {
    check(romanGradesAndPointExplanation());
  }

  @Test
  void bracketedHighRiskAndPeopleWithTheirRolesIsRead() throws IOException {
    check(bracketedHighRiskAndPeopleWithTheirRoles());
  }

  // ------------------------------------------------------------------ comparing

  private static LayoutScore.Outcome run(Case c) throws IOException {
    byte[] book = c.xls ? c.books.xls() : c.books.xlsx();
    AnnexReadResult r = AnnexReader.lenient().read(new ByteArrayInputStream(book));
    return LayoutScore.score(c.rows, LayoutScore.cells(c.books), c.bodyStarts, r);
  }

  private static void check(Case c) throws IOException {
    run(c).assertClean(c);
  }
}
