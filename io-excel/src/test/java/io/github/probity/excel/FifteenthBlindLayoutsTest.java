package io.github.probity.excel;

import static io.github.probity.excel.UnseenLayoutsTest.dept;
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
 * A fifteenth set of blind workbooks, written with POI from the practice notes before looking at
 * how the reader recognises anything: tables laid on their side and record forms. A county audit
 * bureau's posts across the top with the fields down column A, a hospital's departments across the
 * top beside an ordinary post table, a district bureau's leaders across the top (职务 and 姓名 as two
 * label rows), a tax bureau's posts across the top under a 科室 row merged over its posts, a
 * development-and-reform commission's 附件2 on its side after an ordinary 附件1; a housing fund
 * centre's 廉政风险点登记表 filled once per point and stacked down one sheet (label cells beside value
 * cells, three pairs a line, 风险等级 as ☑高 □中 □低, signature lines between the forms), a customs
 * office's 岗位廉政风险防控卡 one per sheet named by the post with 岗位名称：查验岗 label and value in one cell, a
 * university's cards whose measures fill a block of rows under a merged 防控措施 label, a state
 * enterprise's cards that repeat the company and year on every card, a disease-control centre's
 * forms with 风险类别 ticked among five boxes, a township's card with two numbered points (风险点1, 风险点2),
 * a school's cards graded 高（√）中（ ）低（ ）, and a government-affairs bureau's posts across the top with
 * colons after the labels and a manifestation row.
 *
 * <p>Every field of every row is compared with default settings (rows are matched by title). Cells
 * are accounted only on the ordinary table sheets: the scorer accounts a sheet row by row under a
 * header row, which a table on its side or a form does not have; an invented row still counts as
 * wrong.
 *
 * <p>Blind figure, default settings, before the reader was changed for these layouts (no reader
 * code read before it): 132/681 fields right (19.4%); every row accounted for in 0 of 13 workbooks.
 * What failed: a table on its side was read with its second label row as the header (a column's
 * fields became extras keyed by the first post's point, the labels became titles) or skipped as no
 * table; every record form was skipped (no header row) or read with its 风险点 line as the header; the
 * ordinary table beside a table on its side was read, the side table was not.
 *
 * <p>After: 649/649 (100%), every row accounted for in 13 of 13 workbooks (the number of fields
 * compared fell from 681 because a missing row counts all its fields, a read one only those it must
 * have). The reader now turns a sheet whose first cells are a risk table's labels on rows of their
 * own into a table before reading it (a table on its side: one row per column; forms: one row per
 * risk point, a further point on a form keeping the form's 岗位 and 姓名; a card per sheet without a
 * post label takes the post from the sheet's name); reads a tick in brackets, 高（√）中（ ）低（ ）, as the
 * option chosen; and keeps a post such as 总务主任 a post under a title that names 岗位 and not the
 * leadership. One expectation was revised after the first figure, see the township card.
 */
class FifteenthBlindLayoutsTest {

  /** The field accuracy measured over these cases when they were last fixed. */
  private static final double FLOOR = 1.0;

  // ------------------------------------------------------------------ tables on their side

  /**
   * 县审计局: posts across the top (岗位 in A2, one post per column), 风险点 / 风险等级 / 防控措施 / 责任人 down column
   * A. Decision: each column is one row of its post; 责任人 is the responsible person.
   */
  static Case auditBureauPostsAcrossTheTop() {
    Wb b = new Wb();
    b.sheet("岗位风险")
        .row("某县审计局岗位廉政风险防控表（2026年度）", "", "", "", "")
        .row("岗位", "审计组长", "主审", "审计复核", "财务出纳")
        .row("风险点", "审计中隐瞒重大问题", "接受被审计单位宴请", "复核把关不严", "挪用公款")
        .row("风险等级", "高", "中", "中", "高")
        .row("防控措施", "1.审计事项集体研究；2.审计报告三级复核", "签订审计纪律承诺书", "复核意见书面留痕", "1.现金日清月结；2.定期对账")
        .row("责任人", "王立", "陈方", "刘琴", "赵敏")
        .merge("A1:E1");
    return new Case("county audit bureau: posts across the top", b)
        .rows(
            post(null, "审计组长")
                .title("审计中隐瞒重大问题")
                .level(RiskLevel.HIGH)
                .measures("审计事项集体研究", "审计报告三级复核")
                .resp("王立", null),
            post(null, "主审")
                .title("接受被审计单位宴请")
                .level(RiskLevel.MEDIUM)
                .measures("签订审计纪律承诺书")
                .resp("陈方", null),
            post(null, "审计复核")
                .title("复核把关不严")
                .level(RiskLevel.MEDIUM)
                .measures("复核意见书面留痕")
                .resp("刘琴", null),
            post(null, "财务出纳")
                .title("挪用公款")
                .level(RiskLevel.HIGH)
                .measures("现金日清月结", "定期对账")
                .resp("赵敏", null));
  }

  /**
   * 医院: departments across the top on one sheet (风险类别, 一级 / 二级 levels, 科室负责人 and 分管院领导 as the last
   * two label rows), an ordinary post table on the next. Decision: a column is one department's
   * row; 科室负责人 is responsible, 分管院领导 supervises; 一级 is 高, 二级 中; the second sheet is read as a
   * table.
   */
  static Case hospitalDepartmentsAcrossTheTopBesideAnOrdinaryTable() {
    Wb b = new Wb();
    b.sheet("科室")
        .row("市第一人民医院科室廉政风险点一览表", "", "", "")
        .row("科室", "药剂科", "设备科", "医务科")
        .row("风险类别", "业务流程", "业务流程", "岗位职责")
        .row("风险点", "药品遴选中收受回扣", "设备采购参数倾向性设置", "医疗纠纷处理中徇私")
        .row("风险等级", "一级", "一级", "二级")
        .row("防控措施", "药品遴选药事会集体决定", "1.采购参数论证；2.采购全程纪检监督", "纠纷处理结果院务会通报")
        .row("科室负责人", "邓琳", "马超", "宋佳")
        .row("分管院领导", "李华", "李华", "王杰")
        .merge("A1:D1");
    b.sheet("岗位")
        .row("序号", "科室", "岗位", "风险点", "风险等级", "防控措施", "责任人")
        .row("1", "药剂科", "药品采购岗", "药品采购中收受回扣", "一级", "药品采购集中带量", "邓琳")
        .row("2", "设备科", "设备维修岗", "虚报维修费用", "二级", "维修费用逐单审核", "马超");
    return new Case("hospital: departments across the top beside an ordinary table", b)
        .body("岗位", 2)
        .rows(
            dept("药剂科")
                .cat(RiskCategory.PROCESS)
                .title("药品遴选中收受回扣")
                .level(RiskLevel.HIGH)
                .measures("药品遴选药事会集体决定")
                .resp("邓琳", null)
                .sup("李华", null),
            dept("设备科")
                .cat(RiskCategory.PROCESS)
                .title("设备采购参数倾向性设置")
                .level(RiskLevel.HIGH)
                .measures("采购参数论证", "采购全程纪检监督")
                .resp("马超", null)
                .sup("李华", null),
            dept("医务科")
                .cat(RiskCategory.DUTY)
                .title("医疗纠纷处理中徇私")
                .level(RiskLevel.MEDIUM)
                .measures("纠纷处理结果院务会通报")
                .resp("宋佳", null)
                .sup("王杰", null),
            post("药剂科", "药品采购岗")
                .title("药品采购中收受回扣")
                .level(RiskLevel.HIGH)
                .measures("药品采购集中带量")
                .resp("邓琳", null),
            post("设备科", "设备维修岗")
                .title("虚报维修费用")
                .level(RiskLevel.MEDIUM)
                .measures("维修费用逐单审核")
                .resp("马超", null));
  }

  /**
   * 区民政局领导班子: leaders across the top, 职务 and 姓名 as two label rows, 分管工作 a row of its own. Decision:
   * each column is one leader's row, the 职务 its role; 分管工作 is an extra.
   */
  static Case leadersAcrossTheTop() {
    Wb b = new Wb();
    b.sheet("领导班子")
        .row("区民政局领导班子成员廉政风险点一览表", "", "", "")
        .row("职务", "党组书记、局长", "党组成员、副局长", "党组成员、副局长")
        .row("姓名", "陈平", "林涛", "何丽")
        .row("分管工作", "主持全面工作", "分管社会救助科", "分管养老服务科")
        .row("廉政风险点", "干部选拔任用中个人说了算", "低保审批中优亲厚友", "养老机构补贴审核不严")
        .row("风险等级", "高", "高", "中")
        .row("防控措施", "1.干部任用集体研究；2.任前公示", "低保审批民主评议", "补贴发放前实地核查")
        .merge("A1:D1");
    return new Case("district civil affairs leaders across the top", b)
        .rows(
            leader("陈平", "党组书记、局长")
                .title("干部选拔任用中个人说了算")
                .level(RiskLevel.HIGH)
                .measures("干部任用集体研究", "任前公示")
                .extra("分管工作", "主持全面工作"),
            leader("林涛", "党组成员、副局长")
                .title("低保审批中优亲厚友")
                .level(RiskLevel.HIGH)
                .measures("低保审批民主评议")
                .extra("分管工作", "分管社会救助科"),
            leader("何丽", "党组成员、副局长")
                .title("养老机构补贴审核不严")
                .level(RiskLevel.MEDIUM)
                .measures("补贴发放前实地核查")
                .extra("分管工作", "分管养老服务科"));
  }

  /**
   * 县税务局: posts across the top under a 科室 row merged over the posts of one 股, 风险级别 一级 / 二级, 控制措施,
   * 第一责任人 "股长 王建" merged like the 科室, and a note under the table. Decision: the merged 科室 and 第一责任人
   * reach every post under them; the note gives no row.
   */
  static Case taxBureauPostsUnderAMergedDepartmentRow() {
    Wb b = new Wb();
    b.sheet("岗位")
        .row("某县税务局岗位廉政风险防控表", "", "", "")
        .row("科室", "征收管理股", "", "法制股")
        .row("岗位", "税款征收岗", "发票管理岗", "法制审核岗")
        .row("风险点", "违规减免税款", "违规代开发票", "审核把关不严")
        .row("风险级别", "一级", "二级", "二级")
        .row("控制措施", "减免税集体审议", "代开发票系统监控", "法制审核意见留档")
        .row("第一责任人", "股长 王建", "", "股长 刘敏")
        .row("备注：风险级别一级为高、二级为中、三级为低。", "", "", "")
        .merge("A1:D1")
        .merge("B2:C2")
        .merge("B7:C7")
        .merge("A8:D8");
    return new Case("tax bureau posts under a merged department row", b)
        .rows(
            post("征收管理股", "税款征收岗")
                .title("违规减免税款")
                .level(RiskLevel.HIGH)
                .measures("减免税集体审议")
                .resp("王建", "股长"),
            post("征收管理股", "发票管理岗")
                .title("违规代开发票")
                .level(RiskLevel.MEDIUM)
                .measures("代开发票系统监控")
                .resp("王建", "股长"),
            post("法制股", "法制审核岗")
                .title("审核把关不严")
                .level(RiskLevel.MEDIUM)
                .measures("法制审核意见留档")
                .resp("刘敏", "股长"));
  }

  /**
   * 区发改委: an ordinary 附件1 of leaders, then 附件2 on its side with a 序号 row first, 科室名称, 职权内容 (the
   * power item), 风险点, 风险等级, 防控措施, 责任人. Decision: the 序号 row is numbering; a column is a
   * department's row.
   */
  static Case developmentCommissionAnnexTwoOnItsSide() {
    Wb b = new Wb();
    b.sheet("附件1")
        .row("附件1", "", "", "", "")
        .row("区发改委领导班子成员廉政风险点及防控措施表", "", "", "", "")
        .row("姓名", "职务", "风险点", "风险等级", "防控措施")
        .row("郭峰", "主任", "重大项目审批中干预", "高", "重大项目集体审议")
        .row("叶青", "副主任", "价格认定中收受好处", "中", "价格认定双人复核")
        .merge("A2:E2");
    b.sheet("附件2")
        .row("附件2", "", "")
        .row("区发改委科室廉政风险点及防控措施表", "", "")
        .row("序号", "1", "2")
        .row("科室名称", "投资科", "价格科")
        .row("职权内容", "固定资产投资项目核准", "政府定价成本监审")
        .row("风险点", "违规核准项目", "成本监审弄虚作假")
        .row("风险等级", "高", "中")
        .row("防控措施", "核准事项网上公开办理", "1.监审报告集体会审；2.监审结果公示")
        .row("责任人", "沈军", "方圆")
        .merge("A2:C2");
    return new Case("development commission: 附件2 on its side after an ordinary 附件1", b)
        .body("附件1", 4)
        .rows(
            leader("郭峰", "主任").title("重大项目审批中干预").level(RiskLevel.HIGH).measures("重大项目集体审议"),
            leader("叶青", "副主任").title("价格认定中收受好处").level(RiskLevel.MEDIUM).measures("价格认定双人复核"),
            dept("投资科")
                .power("固定资产投资项目核准")
                .title("违规核准项目")
                .level(RiskLevel.HIGH)
                .measures("核准事项网上公开办理")
                .resp("沈军", null),
            dept("价格科")
                .power("政府定价成本监审")
                .title("成本监审弄虚作假")
                .level(RiskLevel.MEDIUM)
                .measures("监审报告集体会审", "监审结果公示")
                .resp("方圆", null));
  }

  /**
   * 区政务服务局: posts across the top under 岗位名称：, every label with a colon (风险点：, 风险表现：, 风险等级：, 防控措施：,
   * 责任人：), and a 制表人 / 审核人 line under the table. Decision: 风险表现 is the manifestation; the sign-off
   * line gives no row.
   */
  static Case serviceBureauLabelsWithColons() {
    Wb b = new Wb();
    b.sheet("Sheet1")
        .row("区政务服务管理局岗位廉政风险点排查表", "", "")
        .row("岗位名称：", "综合窗口受理岗", "审批服务岗")
        .row("风险点：", "受理环节吃拿卡要", "审批中随意变通")
        .row("风险表现：", "故意刁难办事群众", "对不符合条件事项违规审批")
        .row("风险等级：", "中", "高")
        .row("防控措施：", "一次性告知并好差评", "审批要件清单化")
        .row("责任人：", "韩雪", "田野")
        .row("制表人：何欢", "", "审核人：丁伟")
        .merge("A1:C1");
    return new Case("service bureau posts across the top, labels with colons", b)
        .rows(
            post(null, "综合窗口受理岗")
                .title("受理环节吃拿卡要")
                .shows("故意刁难办事群众")
                .level(RiskLevel.MEDIUM)
                .measures("一次性告知并好差评")
                .resp("韩雪", null),
            post(null, "审批服务岗")
                .title("审批中随意变通")
                .shows("对不符合条件事项违规审批")
                .level(RiskLevel.HIGH)
                .measures("审批要件清单化")
                .resp("田野", null));
  }

  // ------------------------------------------------------------------ record forms

  /**
   * 住房公积金管理中心: a 廉政风险点登记表 filled once per point, the forms stacked down one sheet under one title;
   * label cells beside value cells, three pairs on the first line (科室 · 岗位 · 姓名), 风险类别 and 风险等级 on
   * one line, 风险等级 as ☑高 □中 □低, a signature line and a blank row between the forms. Decision: each
   * form is one row of its post, held by the 姓名; the ticked box is the level.
   */
  static Case housingFundFormsStackedDownOneSheet() {
    Wb b = new Wb();
    b.sheet("登记表")
        .row("某市住房公积金管理中心廉政风险点登记表", "", "", "", "", "")
        .row("科室", "归集科", "岗位", "缴存审核岗", "姓名", "孙丽")
        .row("风险点", "违规为不符合条件单位办理缴存", "", "", "", "")
        .row("风险类别", "业务流程", "风险等级", "☑高 □中 □低", "", "")
        .row("防控措施", "1.缴存登记系统校验；2.每月抽查缴存档案", "", "", "", "")
        .row("填表人签字：", "", "科室负责人签字：", "", "日期：", "")
        .row()
        .row("科室", "贷款科", "岗位", "贷款审批岗", "姓名", "周强")
        .row("风险点", "违规发放公积金贷款", "", "", "", "")
        .row("风险类别", "岗位职责", "风险等级", "□高 ☑中 □低", "", "")
        .row("防控措施", "贷款审批三级审核", "", "", "", "")
        .row("填表人签字：", "", "科室负责人签字：", "", "日期：", "")
        .row()
        .row("科室", "财务科", "岗位", "会计岗", "姓名", "吴芳")
        .row("风险点", "挪用住房公积金", "", "", "", "")
        .row("风险类别", "制度机制", "风险等级", "□高 □中 ☑低", "", "")
        .row("防控措施", "资金账户定期对账", "", "", "", "")
        .row("填表人签字：", "", "科室负责人签字：", "", "日期：", "")
        .merge("A1:F1")
        .merge("B3:F3")
        .merge("B5:F5")
        .merge("D4:F4")
        .merge("B9:F9")
        .merge("B11:F11")
        .merge("D10:F10")
        .merge("B15:F15")
        .merge("B17:F17")
        .merge("D16:F16");
    return new Case("housing fund centre: one form per point stacked down a sheet", b)
        .rows(
            post("归集科", "缴存审核岗")
                .holders("孙丽")
                .cat(RiskCategory.PROCESS)
                .title("违规为不符合条件单位办理缴存")
                .level(RiskLevel.HIGH)
                .measures("缴存登记系统校验", "每月抽查缴存档案"),
            post("贷款科", "贷款审批岗")
                .holders("周强")
                .cat(RiskCategory.DUTY)
                .title("违规发放公积金贷款")
                .level(RiskLevel.MEDIUM)
                .measures("贷款审批三级审核"),
            post("财务科", "会计岗")
                .holders("吴芳")
                .cat(RiskCategory.INSTITUTION)
                .title("挪用住房公积金")
                .level(RiskLevel.LOW)
                .measures("资金账户定期对账"));
  }

  /**
   * 海关: a 岗位廉政风险防控卡 per sheet, the sheet named by the post; label and value in one cell (岗位名称：查验岗,
   * 所在科室：查验一科, 岗位人员：刘强、何静), 监督责任人：科长 王海, a signature line; the third card has no 岗位名称 line.
   * Decision: the post is the 岗位名称, else the sheet's name; 岗位人员 are the holders; 监督责任人 supervises.
   */
  static Case customsCardPerSheetNamedByThePost() {
    Wb b = new Wb();
    b.sheet("查验岗")
        .row("某海关岗位廉政风险防控卡", "", "")
        .row("岗位名称：查验岗", "", "所在科室：查验一科")
        .row("岗位人员：刘强、何静", "", "")
        .row("风险点：查验中放松监管，应查未查", "", "")
        .row("风险等级：高", "", "")
        .row("防控措施：1.查验作业全程视频记录；2.查验结果随机复核", "", "")
        .row("监督责任人：科长 王海", "", "")
        .row("本人签字：", "", "日期：")
        .merge("A1:C1");
    b.sheet("审单岗")
        .row("某海关岗位廉政风险防控卡", "", "")
        .row("岗位名称：审单岗", "", "所在科室：综合业务科")
        .row("岗位人员：孔静", "", "")
        .row("风险点：审单中违规放行", "", "")
        .row("风险等级：中", "", "")
        .row("防控措施：审单规则系统固化", "", "")
        .row("监督责任人：科长 王海", "", "")
        .row("本人签字：", "", "日期：")
        .merge("A1:C1");
    b.sheet("关税征管岗")
        .row("某海关岗位廉政风险防控卡", "", "")
        .row("所在科室：关税科", "", "")
        .row("岗位人员：曹阳", "", "")
        .row("风险点：违规办理减免税", "", "")
        .row("风险等级：高", "", "")
        .row("防控措施：减免税审批两级审核", "", "")
        .row("监督责任人：科长 魏东", "", "")
        .row("本人签字：", "", "日期：")
        .merge("A1:C1");
    return new Case("customs: a card per sheet named by the post", b)
        .rows(
            post("查验一科", "查验岗")
                .holders("刘强", "何静")
                .title("查验中放松监管，应查未查")
                .level(RiskLevel.HIGH)
                .measures("查验作业全程视频记录", "查验结果随机复核")
                .sup("王海", "科长"),
            post("综合业务科", "审单岗")
                .holders("孔静")
                .title("审单中违规放行")
                .level(RiskLevel.MEDIUM)
                .measures("审单规则系统固化")
                .sup("王海", "科长"),
            post("关税科", "关税征管岗")
                .holders("曹阳")
                .title("违规办理减免税")
                .level(RiskLevel.HIGH)
                .measures("减免税审批两级审核")
                .sup("魏东", "科长"));
  }

  /**
   * 大学: a card per sheet (部门 · 岗位 on one line), the 防控措施 label merged down three rows with one
   * measure a row beside it, 责任领导 "副校长 张伟". Decision: every line of the block is a measure of the
   * card's point; the leader supervises.
   */
  static Case universityCardsWithMeasuresInAMergedBlock() {
    Wb b = new Wb();
    b.sheet("招生办公室")
        .row("某大学岗位廉政风险防控卡", "", "", "")
        .row("部门", "招生办公室", "岗位", "招生录取岗")
        .row("风险点", "违规调整录取名单", "", "")
        .row("风险等级", "高", "", "")
        .row("防控措施", "录取规则提前公布", "", "")
        .row("", "录取过程纪检全程监督", "", "")
        .row("", "录取结果公示", "", "")
        .row("责任领导", "副校长 张伟", "", "")
        .merge("A1:D1")
        .merge("B3:D3")
        .merge("B4:D4")
        .merge("A5:A7")
        .merge("B5:D5")
        .merge("B6:D6")
        .merge("B7:D7")
        .merge("B8:D8");
    b.sheet("基建处")
        .row("某大学岗位廉政风险防控卡", "", "", "")
        .row("部门", "基建处", "岗位", "工程管理岗")
        .row("风险点", "工程变更签证弄虚作假", "", "")
        .row("风险等级", "中", "", "")
        .row("防控措施", "变更签证三方会签", "", "")
        .row("", "变更金额超限报校长办公会", "", "")
        .row("责任领导", "副校长 王红", "", "")
        .merge("A1:D1")
        .merge("B3:D3")
        .merge("B4:D4")
        .merge("A5:A6")
        .merge("B5:D5")
        .merge("B6:D6")
        .merge("B7:D7");
    return new Case("university cards with measures in a merged block", b)
        .rows(
            post("招生办公室", "招生录取岗")
                .title("违规调整录取名单")
                .level(RiskLevel.HIGH)
                .measures("录取规则提前公布", "录取过程纪检全程监督", "录取结果公示")
                .sup("张伟", "副校长"),
            post("基建处", "工程管理岗")
                .title("工程变更签证弄虚作假")
                .level(RiskLevel.MEDIUM)
                .measures("变更签证三方会签", "变更金额超限报校长办公会")
                .sup("王红", "副校长"));
  }

  /**
   * 国企: cards stacked down one sheet, each repeating the company and year in its title and a 单位 /
   * 年度 line; label and value in one cell, three pairs a line (岗位名称：出纳 · 所在部门：财务部 · 姓名：林芳), 风险等级：☑高
   * □中 □低, 防控措施 numbered ①②, 部门负责人：王强, a signature line. Decision: each card is one row of its
   * post, held by the 姓名; 部门负责人 is responsible; the unit and year lines give no row.
   */
  static Case enterpriseCardsRepeatingUnitAndYear() {
    Wb b = new Wb();
    b.sheet("防控卡")
        .row("某城投集团有限公司2026年度岗位廉洁风险防控卡", "", "")
        .row("单位：某城投集团有限公司", "", "年度：2026年")
        .row("岗位名称：出纳", "所在部门：财务部", "姓名：林芳")
        .row("风险点：挪用或截留资金", "", "")
        .row("风险等级：☑高 □中 □低", "", "")
        .row("防控措施：①银行账户余额每日核对②大额支付双人复核", "", "")
        .row("部门负责人：王强", "", "")
        .row("岗位人员签字：", "", "部门负责人签字：")
        .row()
        .row("某城投集团有限公司2026年度岗位廉洁风险防控卡", "", "")
        .row("单位：某城投集团有限公司", "", "年度：2026年")
        .row("岗位名称：招标采购专员", "所在部门：工程管理部", "姓名：罗斌")
        .row("风险点：招标中设置排他性条件", "", "")
        .row("风险等级：☑高 □中 □低", "", "")
        .row("防控措施：招标文件法务审核", "", "")
        .row("部门负责人：谢军", "", "")
        .row("岗位人员签字：", "", "部门负责人签字：")
        .row()
        .row("某城投集团有限公司2026年度岗位廉洁风险防控卡", "", "")
        .row("单位：某城投集团有限公司", "", "年度：2026年")
        .row("岗位名称：档案管理员", "所在部门：综合办公室", "姓名：董雪")
        .row("风险点：违规借阅档案", "", "")
        .row("风险等级：□高 □中 ☑低", "", "")
        .row("防控措施：档案借阅登记审批", "", "")
        .row("部门负责人：陶然", "", "")
        .row("岗位人员签字：", "", "部门负责人签字：")
        .merge("A1:C1")
        .merge("A10:C10")
        .merge("A19:C19");
    return new Case("enterprise cards repeating the unit and year", b)
        .rows(
            post("财务部", "出纳")
                .holders("林芳")
                .title("挪用或截留资金")
                .level(RiskLevel.HIGH)
                .measures("银行账户余额每日核对", "大额支付双人复核")
                .resp("王强", null),
            post("工程管理部", "招标采购专员")
                .holders("罗斌")
                .title("招标中设置排他性条件")
                .level(RiskLevel.HIGH)
                .measures("招标文件法务审核")
                .resp("谢军", null),
            post("综合办公室", "档案管理员")
                .holders("董雪")
                .title("违规借阅档案")
                .level(RiskLevel.LOW)
                .measures("档案借阅登记审批")
                .resp("陶然", null));
  }

  /**
   * 疾控中心: forms stacked down one sheet, 风险类别 ticked among five boxes (□思想道德 ☑岗位职责 □业务流程 □制度机制
   * □外部环境), 风险等级 ticked the same way, 单位/科室 and 岗位 on one line. Decision: the ticked box is the
   * category or the level.
   */
  static Case diseaseControlFormsWithTickedCategories() {
    Wb b = new Wb();
    b.sheet("Sheet1")
        .row("市疾病预防控制中心岗位廉政风险点登记表", "", "", "")
        .row("科室", "检验科", "岗位", "检验报告签发岗")
        .row("风险点", "出具虚假检验报告", "", "")
        .row("风险类别", "□思想道德 ☑岗位职责 □业务流程 □制度机制 □外部环境", "", "")
        .row("风险等级", "☑高 □中 □低", "", "")
        .row("防控措施", "检验报告双人签发", "", "")
        .row("签字：", "", "", "")
        .row("科室", "免疫规划科", "岗位", "疫苗管理岗")
        .row("风险点", "疫苗出入库数据不实", "", "")
        .row("风险类别", "□思想道德 □岗位职责 ☑业务流程 □制度机制 □外部环境", "", "")
        .row("风险等级", "□高 ☑中 □低", "", "")
        .row("防控措施", "疫苗出入库信息系统追溯", "", "")
        .row("签字：", "", "", "")
        .merge("A1:D1")
        .merge("B3:D3")
        .merge("B4:D4")
        .merge("B5:D5")
        .merge("B6:D6")
        .merge("B9:D9")
        .merge("B10:D10")
        .merge("B11:D11")
        .merge("B12:D12");
    return new Case("disease control forms with ticked categories", b)
        .rows(
            post("检验科", "检验报告签发岗")
                .cat(RiskCategory.DUTY)
                .title("出具虚假检验报告")
                .level(RiskLevel.HIGH)
                .measures("检验报告双人签发"),
            post("免疫规划科", "疫苗管理岗")
                .cat(RiskCategory.PROCESS)
                .title("疫苗出入库数据不实")
                .level(RiskLevel.MEDIUM)
                .measures("疫苗出入库信息系统追溯"));
  }

  /**
   * 乡镇: one card for a post with two numbered points (风险点1 · 风险等级 on one line, 防控措施 under it; then
   * 风险点2), on a sheet named 财政所. Decision: each 风险点n begins a row of the same post and holder; the
   * measures under it are its own. Revised after the first figure: the sheet's name 财政所 is the
   * post's department, as the court's sheets per division were decided in the seventh set (the
   * first expectation left the department empty, which that decision contradicts).
   */
  static Case townshipCardWithTwoNumberedPoints() {
    Wb b = new Wb();
    b.sheet("财政所")
        .row("某镇岗位廉政风险防控卡", "", "", "")
        .row("岗位", "财政所所长", "姓名", "周海")
        .row("风险点1", "违规拨付项目资金", "风险等级", "高")
        .row("防控措施", "资金拨付镇党委会联审", "", "")
        .row("风险点2", "虚报冒领惠农补贴", "风险等级", "中")
        .row("防控措施", "1.补贴名单公示；2.资金一卡通发放", "", "")
        .row("本人签字：", "", "分管领导签字：", "")
        .merge("A1:D1")
        .merge("B4:D4")
        .merge("B6:D6");
    return new Case("township card with two numbered points", b)
        .rows(
            post("财政所", "财政所所长")
                .holders("周海")
                .title("违规拨付项目资金")
                .level(RiskLevel.HIGH)
                .measures("资金拨付镇党委会联审"),
            post("财政所", "财政所所长")
                .holders("周海")
                .title("虚报冒领惠农补贴")
                .level(RiskLevel.MEDIUM)
                .measures("补贴名单公示", "资金一卡通发放"));
  }

  /**
   * 中学: cards stacked down one sheet, 风险等级 written 高（√）中（ ）低（ ） with the tick in brackets, 岗位 and
   * 责任人 on one line. Decision: the bracketed tick marks the level.
   */
  static Case schoolCardsGradedWithBracketedTicks() {
    Wb b = new Wb();
    b.sheet("防控卡")
        .row("某中学岗位廉政风险防控卡", "", "", "")
        .row("岗位", "总务主任", "责任人", "金鑫")
        .row("风险点", "食堂原料采购中收受回扣", "", "")
        .row("风险等级", "高（√）中（ ）低（ ）", "", "")
        .row("防控措施", "食堂原料定点招标采购", "", "")
        .row("岗位", "教务主任", "责任人", "程丽")
        .row("风险点", "招生中违规择校", "", "")
        .row("风险等级", "高（ ）中（√）低（ ）", "", "")
        .row("防控措施", "招生结果公示", "", "")
        .merge("A1:D1")
        .merge("B3:D3")
        .merge("B4:D4")
        .merge("B5:D5")
        .merge("B7:D7")
        .merge("B8:D8")
        .merge("B9:D9");
    return new Case("school cards graded with bracketed ticks", b)
        .rows(
            post(null, "总务主任")
                .title("食堂原料采购中收受回扣")
                .level(RiskLevel.HIGH)
                .measures("食堂原料定点招标采购")
                .resp("金鑫", null),
            post(null, "教务主任")
                .title("招生中违规择校")
                .level(RiskLevel.MEDIUM)
                .measures("招生结果公示")
                .resp("程丽", null));
  }

  static List<Case> cases() {
    return List.of(
        auditBureauPostsAcrossTheTop(),
        hospitalDepartmentsAcrossTheTopBesideAnOrdinaryTable(),
        leadersAcrossTheTop(),
        taxBureauPostsUnderAMergedDepartmentRow(),
        developmentCommissionAnnexTwoOnItsSide(),
        serviceBureauLabelsWithColons(),
        housingFundFormsStackedDownOneSheet(),
        customsCardPerSheetNamedByThePost(),
        universityCardsWithMeasuresInAMergedBlock(),
        enterpriseCardsRepeatingUnitAndYear(),
        diseaseControlFormsWithTickedCategories(),
        townshipCardWithTwoNumberedPoints(),
        schoolCardsGradedWithBracketedTicks());
  }

  // ------------------------------------------------------------------ the tests

  /** Scores every case, prints the field accuracy and holds it at the figure last measured. */
  @Test
  void fieldAccuracyOverAllCasesHoldsItsGround() throws IOException {
    LayoutScore.holdsItsGround(
        FifteenthBlindLayoutsTest.class, cases(), FifteenthBlindLayoutsTest::run, FLOOR);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachCaseIsReadCleanly(Case c) throws IOException {
    LayoutScore.readsCleanly(c, FifteenthBlindLayoutsTest::run, NOT_YET);
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
