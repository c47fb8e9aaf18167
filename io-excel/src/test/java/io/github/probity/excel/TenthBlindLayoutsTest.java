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
 * A tenth set of blind workbooks, written with POI before looking at how the reader recognises
 * anything, all of tables that were not born in a spreadsheet: Word tables pasted into Excel (hard
 * line breaks inside header words "风险\n等级", an empty layout column between the real ones, a column
 * split into two merged cells, irregular merges, 序号 一 / 二 / 三, a leader's role and name on two
 * lines of one cell), tables converted from a PDF (a cell's text broken over two or three rows with
 * no merge, the owner written only on the first row of its block, the page title, the header and a
 * "第 1 页 共 2 页" line repeated at each page break), text copied from a web page (U+00A0, U+200B,
 * "&amp;nbsp;" left as text, full-width digits １．２．, half- and full-width brackets mixed), online
 * form exports (field names carrying hints "风险等级（请选择）" and units, 提交者 / 提交时间 columns, options
 * written "高风险□ 中风险■ 低风险□" or "☑高 □中 □低"), an OCR'd scan (headers with a space between every
 * character, "l" for 1, "髙" for 高, 囗 for 口) and e-mail attachments of joint ventures with a
 * bilingual header "Risk Point / 风险点" or an English header row under the Chinese one.
 *
 * <p>Every field of every row is compared with default settings (rows are matched by title); every
 * non-empty cell under the header must be carried by its row, or, for a label row that names the
 * rows under it, by those rows, or be named by a finding.
 *
 * <p>Blind figure, default settings, before the reader was changed for these layouts: 717/784
 * fields right (91.5%); every row accounted for in 11 of 14 workbooks. Missed then: a header merged
 * across two columns whose rows are merged the same way read twice (the copy as the manifestation);
 * PDF text broken over rows without 序号 read as rows of their own, and measures continued on such
 * rows kept their markers "2." and "；"; page lines "第 1 页 共 2 页" read as rows and a repeated title
 * "（续）" lost; U+200B and "&amp;nbsp;" kept in text, full-width markers "１．" not split, 窗口 not an
 * owner; options written "高风险□ 中风险■ 低风险□", "☑高 □中 □低" and "高□ 中□ 低√" not read; the OCR'd "髙", "l."
 * and "序 号"; bilingual headers "Risk Level / 风险等级", "Owner / 责任人", levels "High / 高"; an English
 * header row under the Chinese one read as a row; an extra keyed "分管\n工作" with its line break.
 *
 * <p>After: 759/766 (99.1%), every row in 14/14. Still read otherwise: a measure list whose first
 * marker a scan read as "l." ("l.退税审核双人复核；2.…") stays one measure; reading a letter as a digit
 * inside text is a guess the reader does not make; an extra whose header a Word table broke with a
 * hard return ("分管\n工作") stays keyed by the header as printed, as the drawn-layout fuzz oracle
 * requires of every extra.
 */
class TenthBlindLayoutsTest {

  /** The field accuracy measured over these cases when they were last fixed. */
  private static final double FLOOR = 0.990;

  // ------------------------------------------------------------------ the workbooks

  /**
   * 审计局, a Word table pasted into Excel: a narrow empty column B that Word's cell borders left,
   * headers broken by hard returns ("岗位\n名称", "廉政\n风险点", "风险\n等级", "防控\n措施", "责任\n领导"), 风险点 merged
   * across two columns in every row, 序号 一 / 二 / 三, 科室 merged over two rows while 责任领导 is merged
   * over three, and a sign-off line. Decision: the broken headers mean what they say joined; the
   * empty column is nothing; "副局长 周健" supervises all three rows.
   */
  static Case auditBureauWordTablePasted() {
    Wb b = new Wb();
    b.sheet("Sheet1")
        .row("附件3", "", "", "", "", "", "", "", "")
        .row("区审计局岗位廉政风险点及防控措施表", "", "", "", "", "", "", "", "")
        .row("序号", "", "科室", "岗位\n名称", "廉政\n风险点", "", "风险\n等级", "防控\n措施", "责任\n领导")
        .row("一", "", "审计一科", "审计组长", "审计中发现问题隐瞒不报", "", "高", "1.审计发现问题集体审理\n2.审计报告三级复核", "副局长 周健")
        .row("二", "", "", "审计人员", "接受被审计单位宴请", "", "中", "执行审计“四严禁”工作要求", "")
        .row("三", "", "法规审理科", "审理岗", "审理意见把关不严", "", "中", "审理意见分级签批", "")
        .row("单位负责人：", "", "", "填表人：", "", "", "填表日期：", "", "")
        .merge("A2:I2")
        .merge("E3:F3")
        .merge("E4:F4")
        .merge("E5:F5")
        .merge("E6:F6")
        .merge("C4:C5")
        .merge("I4:I6");
    return new Case("audit bureau: a Word table pasted with broken headers and a layout column", b)
        .body("Sheet1", 4)
        .rows(
            post("审计一科", "审计组长")
                .title("审计中发现问题隐瞒不报")
                .level(RiskLevel.HIGH)
                .measures("审计发现问题集体审理", "审计报告三级复核")
                .sup("周健", "副局长"),
            post("审计一科", "审计人员")
                .title("接受被审计单位宴请")
                .level(RiskLevel.MEDIUM)
                .measures("执行审计“四严禁”工作要求")
                .sup("周健", "副局长"),
            post("法规审理科", "审理岗")
                .title("审理意见把关不严")
                .level(RiskLevel.MEDIUM)
                .measures("审理意见分级签批")
                .sup("周健", "副局长"));
  }

  /**
   * 农业农村局 科室表 from Word: "科室\n名称", "主要\n职责", "风险\n点" (broken inside the word), "风险\n类别", 序号 typed
   * as text with a trailing space, levels 高 / 一般 / 低, and a 备注 under the table. Decision: 主要职责 is
   * the power item; 一般 is 中.
   */
  static Case agricultureDepartmentsFromWord() {
    Wb b = new Wb();
    b.sheet("科室")
        .row("县农业农村局科室廉政风险点及防控措施表", "", "", "", "", "", "", "")
        .row("序号", "科室\n名称", "主要\n职责", "风险\n点", "风险\n类别", "风险\n等级", "防控\n措施", "责任\n人")
        .row(
            "1 ",
            "产业发展科",
            "农业项目申报审核",
            "对50万元以上项目申报材料审核不严",
            "岗位职责",
            "高",
            "1、项目申报材料实地核查；2、项目资金公示",
            "马文")
        .row("2 ", "农村经营管理科", "农村集体“三资”监管", "监管不到位致集体资产流失", "业务流程", "一般", "“三资”平台月度预警", "杨帆")
        .row("3 ", "畜牧兽医站", "动物检疫", "出具检疫证明不实", "制度机制", "低", "检疫证明电子出证", "何军")
        .row("备注：风险等级分高、一般、低三档。", "", "", "", "", "", "", "")
        .merge("A1:H1")
        .merge("A6:H6");
    return new Case("agriculture departments from Word with 风险\\n点 and text 序号", b)
        .body("科室", 3)
        .rows(
            dept("产业发展科")
                .power("农业项目申报审核")
                .title("对50万元以上项目申报材料审核不严")
                .cat(RiskCategory.DUTY)
                .level(RiskLevel.HIGH)
                .measures("项目申报材料实地核查", "项目资金公示")
                .resp("马文", null),
            dept("农村经营管理科")
                .power("农村集体“三资”监管")
                .title("监管不到位致集体资产流失")
                .cat(RiskCategory.PROCESS)
                .level(RiskLevel.MEDIUM)
                .measures("“三资”平台月度预警")
                .resp("杨帆", null),
            dept("畜牧兽医站")
                .power("动物检疫")
                .title("出具检疫证明不实")
                .cat(RiskCategory.INSTITUTION)
                .level(RiskLevel.LOW)
                .measures("检疫证明电子出证")
                .resp("何军", null));
  }

  /**
   * 市场监管局, converted from a PDF: a risk point's text and a measure list broken over two or three
   * rows with no merge (the following rows have no 序号), the 责任主体 written only on the first row of
   * its block. Decision: a row with no 序号 whose other cells only continue the text above is part of
   * the row above, joined without a separator; a blank 责任主体 is the one above.
   */
  static Case marketRegulationConvertedFromPdf() {
    Wb b = new Wb();
    b.sheet("Table 1")
        .row("序号", "责任主体", "职权内容", "风险点", "风险等级", "防控措施", "责任人")
        .row("1", "登记注册科", "企业登记注册", "违规为不符合条件的企", "高", "1.登记材料双人审核；", "张凯")
        .row("", "", "", "业办理登记", "", "2.登记结果网上公示", "")
        .row("2", "", "行政许可", "食品经营许可现场核查走", "中", "核查人员随机选派", "张凯")
        .row("", "", "", "过场", "", "", "")
        .row("3", "执法稽查科", "行政处罚", "处罚裁量不公", "高", "1.处罚案件法制审核；", "李鹏")
        .row("", "", "", "", "", "2.重大案件集体讨论；", "")
        .row("", "", "", "", "", "3.处罚结果公示", "");
    return new Case("market regulation converted from a PDF, cells broken over rows", b)
        .body("Table 1", 2)
        .rows(
            dept("登记注册科")
                .power("企业登记注册")
                .title("违规为不符合条件的企业办理登记")
                .level(RiskLevel.HIGH)
                .measures("登记材料双人审核", "登记结果网上公示")
                .resp("张凯", null),
            dept("登记注册科")
                .power("行政许可")
                .title("食品经营许可现场核查走过场")
                .level(RiskLevel.MEDIUM)
                .measures("核查人员随机选派")
                .resp("张凯", null),
            dept("执法稽查科")
                .power("行政处罚")
                .title("处罚裁量不公")
                .level(RiskLevel.HIGH)
                .measures("处罚案件法制审核", "重大案件集体讨论", "处罚结果公示")
                .resp("李鹏", null));
  }

  /**
   * 人社局, converted from a two-page PDF on one sheet: at the page break a "第 1 页 共 2 页" line, the
   * page title again with "（续）" and the header again; the last page ends with its page line.
   * Decision: the page lines, the repeated title and the repeated header give no rows.
   */
  static Case humanResourcesPdfWithRepeatedPageHeaders() {
    Wb b = new Wb();
    b.sheet("Sheet1")
        .row("区人力资源和社会保障局岗位廉政风险防控一览表", "", "", "", "", "", "")
        .row("序号", "科室", "岗位", "风险点", "风险等级", "防控措施", "责任领导")
        .row("1", "就业促进科", "补贴审核岗", "违规审核发放就业补贴", "高", "补贴发放名单公示", "刘晨")
        .row("2", "就业促进科", "培训管理岗", "培训机构虚报培训人数", "中", "培训过程视频抽查", "刘晨")
        .row("", "", "", "第 1 页 共 2 页", "", "", "")
        .row("区人力资源和社会保障局岗位廉政风险防控一览表（续）", "", "", "", "", "", "")
        .row("序号", "科室", "岗位", "风险点", "风险等级", "防控措施", "责任领导")
        .row("3", "劳动保障监察大队", "监察员", "查处欠薪案件徇私", "高", "案件办理全程记录", "孙浩")
        .row("4", "社会保险科", "待遇核定岗", "违规核定养老待遇", "高", "待遇核定系统校验", "孙浩")
        .row("", "", "", "第 2 页 共 2 页", "", "", "");
    return new Case("human resources PDF with repeated page headers and page lines", b)
        .body("Sheet1", 3)
        .rows(
            post("就业促进科", "补贴审核岗")
                .title("违规审核发放就业补贴")
                .level(RiskLevel.HIGH)
                .measures("补贴发放名单公示")
                .sup("刘晨", null),
            post("就业促进科", "培训管理岗")
                .title("培训机构虚报培训人数")
                .level(RiskLevel.MEDIUM)
                .measures("培训过程视频抽查")
                .sup("刘晨", null),
            post("劳动保障监察大队", "监察员")
                .title("查处欠薪案件徇私")
                .level(RiskLevel.HIGH)
                .measures("案件办理全程记录")
                .sup("孙浩", null),
            post("社会保险科", "待遇核定岗")
                .title("违规核定养老待遇")
                .level(RiskLevel.HIGH)
                .measures("待遇核定系统校验")
                .sup("孙浩", null));
  }

  /**
   * 政务服务中心, copied from its 政务公开 web page: U+00A0 after names and inside a header, U+200B at the
   * start of one risk point and in the middle of another, measures numbered with full-width digits
   * "１．…２．…", and "&amp;nbsp;" left as text at the end of a post. Decision: U+00A0 and &amp;nbsp;
   * are spaces, U+200B is nothing; １． is the marker 1.
   */
  static Case serviceCentreCopiedFromAWebPage() {
    Wb b = new Wb();
    b.sheet("Sheet1")
        .row("序号", "窗口", "岗位", "风险点", "风险\u00a0等级", "防控措施", "责任人")
        .row(
            "1", "企业开办窗口", "综合受理岗", "\u200b违规受理不符合条件的申请", "中", "１．受理标准一次性告知；２．办件全程电子留痕", "刘洋\u00a0")
        .row("2", "工程建设窗口", "帮办代办岗&nbsp;", "容缺受理\u200b后不跟踪补正", "中", "容缺受理事项台账管理", "赵敏\u00a0")
        .row("3", "不动产登记窗口", "登记审核岗", "违规办理不动产登记", "高", "１．登记材料三级审核；２．异常登记系统预警", "钱伟\u00a0");
    return new Case("service centre copied from a web page with invisible characters", b)
        .body("Sheet1", 2)
        .rows(
            post("企业开办窗口", "综合受理岗")
                .title("违规受理不符合条件的申请")
                .level(RiskLevel.MEDIUM)
                .measures("受理标准一次性告知", "办件全程电子留痕")
                .resp("刘洋", null),
            post("工程建设窗口", "帮办代办岗")
                .title("容缺受理后不跟踪补正")
                .level(RiskLevel.MEDIUM)
                .measures("容缺受理事项台账管理")
                .resp("赵敏", null),
            post("不动产登记窗口", "登记审核岗")
                .title("违规办理不动产登记")
                .level(RiskLevel.HIGH)
                .measures("登记材料三级审核", "异常登记系统预警")
                .resp("钱伟", null));
  }

  /**
   * A 金山表单 / WPS form export: header in row 1, 提交者 and 提交时间 first, every field name carrying a hint
   * in brackets ("所在科室（请填写全称）", "风险等级（请选择）", "防控措施（多条请分行填写）", "责任人（姓名）"). Decision: the hints do
   * not change what a column means; 提交者 (who filled the form) and 提交时间 are extras, not people of
   * the row.
   */
  static Case onlineFormExportWithHints() {
    Wb b = new Wb();
    b.sheet("表单数据")
        .row(
            "提交者",
            "提交时间",
            "所在科室（请填写全称）",
            "岗位名称",
            "风险点描述（不超过50字）",
            "风险等级（请选择）",
            "防控措施（多条请分行填写）",
            "责任人（姓名）")
        .row("张晓", "2026/03/02 09:15:22", "办公室", "文秘岗", "公文处理中泄露工作秘密", "中", "涉密文件专人登记管理", "张晓")
        .row("李伟", "2026/03/02 10:01:08", "计划财务科", "出纳岗", "挪用公款", "高", "库存现金日清月结\n银行对账单由会计核对", "李伟")
        .row("王芳", "2026/03/03 14:47:51", "人事科", "工资核算岗", "违规调整工资待遇", "中", "工资变动科长复核", "王芳");
    return new Case("online form export with hints in the field names", b)
        .body("表单数据", 2)
        .rows(
            post("办公室", "文秘岗")
                .title("公文处理中泄露工作秘密")
                .level(RiskLevel.MEDIUM)
                .measures("涉密文件专人登记管理")
                .resp("张晓", null)
                .extra("提交者", "张晓")
                .extra("提交时间", "2026/03/02 09:15:22"),
            post("计划财务科", "出纳岗")
                .title("挪用公款")
                .level(RiskLevel.HIGH)
                .measures("库存现金日清月结", "银行对账单由会计核对")
                .resp("李伟", null)
                .extra("提交者", "李伟")
                .extra("提交时间", "2026/03/02 10:01:08"),
            post("人事科", "工资核算岗")
                .title("违规调整工资待遇")
                .level(RiskLevel.MEDIUM)
                .measures("工资变动科长复核")
                .resp("王芳", null)
                .extra("提交者", "王芳")
                .extra("提交时间", "2026/03/03 14:47:51"));
  }

  /**
   * A state enterprise's form export where the options were kept as text and the chosen one filled:
   * "高风险□ 中风险■ 低风险□" and "□思想道德 ■岗位职责 □制度机制 □业务流程 □外部环境". Decision: the filled box (■) marks the
   * choice; the hollow ones are not chosen.
   */
  static Case enterpriseFormWithFilledBoxes() {
    Wb b = new Wb();
    b.sheet("Sheet1")
        .row("集团公司部门廉洁风险排查表", "", "", "", "", "", "")
        .row("序号", "部门", "风险事项", "风险类别（单选）", "风险等级（单选）", "防控措施", "责任人")
        .row(
            "1",
            "招标采购部",
            "招标文件设置倾向性条款",
            "□思想道德 ■岗位职责 □制度机制 □业务流程 □外部环境",
            "高风险■ 中风险□ 低风险□",
            "招标文件法务审核",
            "杜明")
        .row(
            "2",
            "财务部",
            "资金支付未按审批权限执行",
            "□思想道德 □岗位职责 ■制度机制 □业务流程 □外部环境",
            "高风险□ 中风险■ 低风险□",
            "资金支付系统权限控制",
            "秦雪")
        .row(
            "3",
            "综合管理部",
            "办公用品采购虚报数量",
            "□思想道德 □岗位职责 □制度机制 ■业务流程 □外部环境",
            "高风险□ 中风险□ 低风险■",
            "采购入库双人验收",
            "韦东")
        .merge("A1:G1");
    return new Case("enterprise form with options ticked by filled boxes", b)
        .body("Sheet1", 3)
        .rows(
            dept("招标采购部")
                .title("招标文件设置倾向性条款")
                .cat(RiskCategory.DUTY)
                .level(RiskLevel.HIGH)
                .measures("招标文件法务审核")
                .resp("杜明", null),
            dept("财务部")
                .title("资金支付未按审批权限执行")
                .cat(RiskCategory.INSTITUTION)
                .level(RiskLevel.MEDIUM)
                .measures("资金支付系统权限控制")
                .resp("秦雪", null),
            dept("综合管理部")
                .title("办公用品采购虚报数量")
                .cat(RiskCategory.PROCESS)
                .level(RiskLevel.LOW)
                .measures("采购入库双人验收")
                .resp("韦东", null));
  }

  /**
   * A hospital's WPS form where the level options are written "☑高 □中 □低", and one department wrote
   * the boxes after the words and ticked with "√" instead: "高□ 中□ 低√". Decision: ☑ and √ mark the
   * choice, before or after the option's word.
   */
  static Case hospitalFormTickedWithChecks() {
    Wb b = new Wb();
    b.sheet("岗位")
        .row("医院重点岗位廉洁风险自查表", "", "", "", "", "")
        .row("科室", "岗位", "风险点", "风险等级", "防控措施", "科室负责人")
        .row("药剂科", "药品采购岗", "收受药品回扣", "☑高 □中 □低", "1.药品采购集中带量；2.用量异常动态监测", "邓琳")
        .row("设备科", "设备采购岗", "设备参数量身定制", "☑高 □中 □低", "设备论证专家随机抽取", "魏强")
        .row("医务科", "病案管理岗", "违规复印出借病案", "□高 ☑中 □低", "病案复印登记审批", "沈洁")
        .row("后勤保障科", "食堂管理岗", "食材验收把关不严", "高□ 中□ 低√", "食材验收双人签字", "曹勇")
        .merge("A1:F1");
    return new Case("hospital form ticked with ☑ and √", b)
        .body("岗位", 3)
        .rows(
            post("药剂科", "药品采购岗")
                .title("收受药品回扣")
                .level(RiskLevel.HIGH)
                .measures("药品采购集中带量", "用量异常动态监测")
                .resp("邓琳", null),
            post("设备科", "设备采购岗")
                .title("设备参数量身定制")
                .level(RiskLevel.HIGH)
                .measures("设备论证专家随机抽取")
                .resp("魏强", null),
            post("医务科", "病案管理岗")
                .title("违规复印出借病案")
                .level(RiskLevel.MEDIUM)
                .measures("病案复印登记审批")
                .resp("沈洁", null),
            post("后勤保障科", "食堂管理岗")
                .title("食材验收把关不严")
                .level(RiskLevel.LOW)
                .measures("食材验收双人签字")
                .resp("曹勇", null));
  }

  /**
   * 税务分局, a scanned paper table OCR'd into Excel: headers typeset with a space between characters
   * ("序 号", "股 室", "风 险 等 级"), 序号 read "l", "2", "3", a level read "髙" (the variant of 高), a
   * measure marker read "l." and a word read 囗 for 口. Decision: the spaced headers are the words; 髙
   * is 高; "l." before the first measure is its marker 1; the text keeps 囗 (an inspector does not
   * rewrite a unit's words, and 囗 is a real character).
   */
  static Case taxBranchOcrScan() {
    Wb b = new Wb();
    b.sheet("Sheet1")
        .row("税务分局岗位廉政风险防控表", "", "", "", "", "", "")
        .row("序 号", "股 室", "岗 位", "风 险 点", "风 险 等 级", "防 控 措 施", "责 任 人")
        .row("l", "税源管理股", "退税审核岗", "出囗退税审核把关不严", "髙", "l.退税审核双人复核；2.疑点退税实地核查", "钟华")
        .row("2", "税源管理股", "税收管理员", "违规核定定额", "中", "定额核定集体审议", "钟华")
        .row("3", "纳税服务股", "发票发售岗", "违规发售发票", "低", "发票领用系统控制", "许静")
        .merge("A1:G1");
    return new Case("tax branch OCR scan with spaced headers and misread characters", b)
        .body("Sheet1", 3)
        .rows(
            post("税源管理股", "退税审核岗")
                .title("出囗退税审核把关不严")
                .level(RiskLevel.HIGH)
                .measures("退税审核双人复核", "疑点退税实地核查")
                .resp("钟华", null),
            post("税源管理股", "税收管理员")
                .title("违规核定定额")
                .level(RiskLevel.MEDIUM)
                .measures("定额核定集体审议")
                .resp("钟华", null),
            post("纳税服务股", "发票发售岗")
                .title("违规发售发票")
                .level(RiskLevel.LOW)
                .measures("发票领用系统控制")
                .resp("许静", null));
  }

  /**
   * A joint venture's attachment to an e-mail: an English and Chinese title, every header "English
   * / 中文", levels "High / 高" and "Medium / 中", a 监督人 written "纪委书记 王军". Decision: either half of a
   * header names the column; either half of a level gives it.
   */
  static Case jointVentureBilingualHeaders() {
    Wb b = new Wb();
    b.sheet("Risk Register")
        .row("Integrity Risk Register 廉洁风险清单", "", "", "", "", "", "")
        .row(
            "No. / 序号",
            "Department / 部门",
            "Risk Point / 风险点",
            "Risk Level / 风险等级",
            "Control Measures / 防控措施",
            "Owner / 责任人",
            "Supervisor / 监督人")
        .row("1", "采购部", "供应商准入把关不严", "High / 高", "1. 供应商准入三方评审；2. 准入结果公示", "范磊", "纪委书记 王军")
        .row("2", "销售部", "违规给予客户返利", "Medium / 中", "返利政策集体审批", "邱楠", "纪委书记 王军")
        .row("3", "人力资源部", "薪酬核算弄虚作假", "Low / 低", "薪酬数据财务复核", "简宁", "纪委书记 王军")
        .merge("A1:G1");
    return new Case("joint venture with bilingual headers and levels", b)
        .body("Risk Register", 3)
        .rows(
            dept("采购部")
                .title("供应商准入把关不严")
                .level(RiskLevel.HIGH)
                .measures("供应商准入三方评审", "准入结果公示")
                .resp("范磊", null)
                .sup("王军", "纪委书记"),
            dept("销售部")
                .title("违规给予客户返利")
                .level(RiskLevel.MEDIUM)
                .measures("返利政策集体审批")
                .resp("邱楠", null)
                .sup("王军", "纪委书记"),
            dept("人力资源部")
                .title("薪酬核算弄虚作假")
                .level(RiskLevel.LOW)
                .measures("薪酬数据财务复核")
                .resp("简宁", null)
                .sup("王军", "纪委书记"));
  }

  /**
   * A foreign-invested plant's list: the Chinese header and under it an English header row ("No.",
   * "Dept.", "Position", "Risk", "Level", "Measures", "Person in Charge"). Decision: the English
   * row is part of the header and gives no row.
   */
  static Case plantWithEnglishHeaderRowUnderChinese() {
    Wb b = new Wb();
    b.sheet("岗位风险")
        .row("序号", "部门", "岗位", "廉洁风险点", "风险等级", "防控措施", "责任人")
        .row("No.", "Dept.", "Position", "Risk", "Level", "Measures", "Person in Charge")
        .row("1", "仓储物流部", "仓库管理员", "废旧物资私自变卖", "中", "废旧物资处置公开竞价", "葛亮")
        .row("2", "质量部", "来料检验员", "收受供应商好处放行不合格来料", "高", "来料检验结果抽检复核", "蒋欣")
        .row("3", "设备部", "维修主管", "虚报维修工时和备件", "中", "维修工单系统闭环管理", "蓝天");
    return new Case("plant with an English header row under the Chinese one", b)
        .body("岗位风险", 3)
        .rows(
            post("仓储物流部", "仓库管理员")
                .title("废旧物资私自变卖")
                .level(RiskLevel.MEDIUM)
                .measures("废旧物资处置公开竞价")
                .resp("葛亮", null),
            post("质量部", "来料检验员")
                .title("收受供应商好处放行不合格来料")
                .level(RiskLevel.HIGH)
                .measures("来料检验结果抽检复核")
                .resp("蒋欣", null),
            post("设备部", "维修主管")
                .title("虚报维修工时和备件")
                .level(RiskLevel.MEDIUM)
                .measures("维修工单系统闭环管理")
                .resp("蓝天", null));
  }

  /**
   * 镇党委班子, a Word table pasted: 序号 一 / 二 / 三, an empty layout column between 班子成员 and 分管工作, each
   * member written as role and name on two lines of one cell ("党委书记\n王建华"), headers "班子\n成员",
   * "分管\n工作", "风险\n点", "风险\n等级", "防控\n措施". Decision: the first line is the role, the second the
   * name; 分管工作 is an extra.
   */
  static Case townshipLeadersWordTablePasted() {
    Wb b = new Wb();
    b.sheet("班子成员")
        .row("镇党委领导班子成员廉政风险点及防控措施", "", "", "", "", "", "")
        .row("序号", "班子\n成员", "", "分管\n工作", "风险\n点", "风险\n等级", "防控\n措施")
        .row("一", "党委书记\n王建华", "", "主持党委全面工作", "重大事项决策个人说了算", "高", "一是严格执行“三重一大”集体决策；二是末位表态")
        .row("二", "镇长\n李振东", "", "主持政府全面工作", "插手工程项目招投标", "高", "一是不直接分管工程项目；二是插手干预一律登记")
        .row("三", "党委委员、副镇长\n周立", "", "分管农业农村", "惠农资金分配不公", "中", "惠农资金发放村级公示")
        .merge("A1:G1");
    return new Case("township leaders from a Word table with role and name on two lines", b)
        .body("班子成员", 3)
        .rows(
            leader("王建华", "党委书记")
                .title("重大事项决策个人说了算")
                .level(RiskLevel.HIGH)
                .measures("严格执行“三重一大”集体决策", "末位表态")
                .extra("分管工作", "主持党委全面工作"),
            leader("李振东", "镇长")
                .title("插手工程项目招投标")
                .level(RiskLevel.HIGH)
                .measures("不直接分管工程项目", "插手干预一律登记")
                .extra("分管工作", "主持政府全面工作"),
            leader("周立", "党委委员、副镇长")
                .title("惠农资金分配不公")
                .level(RiskLevel.MEDIUM)
                .measures("惠农资金发放村级公示")
                .extra("分管工作", "分管农业农村"));
  }

  /**
   * 中学, copied from the school's 校务公开 page: 序号 in full-width digits "１", measures "(1)…；（2）…" with
   * half- and full-width brackets mixed, and 责任人 "陈亮(副校长）" whose brackets do not match. Decision:
   * either bracket opens or closes a marker or a role.
   */
  static Case schoolCopiedWithMixedBrackets() {
    Wb b = new Wb();
    b.sheet("学校")
        .row("序号", "处室", "风险点", "风险等级", "防控措施", "责任人")
        .row("１", "教务处", "招生中违规择校", "高", "(1)招生计划网上公开；（2)录取结果公示", "陈亮(副校长）")
        .row("２", "总务处", "校服征订收受回扣", "高", "（1）校服选用家长委员会参与；(2）征订自愿", "吴刚（副校长)")
        .row("３", "德育处", "评优评先不公", "中", "评选结果公示", "陈亮(副校长）");
    return new Case("school copied from a web page with mixed brackets and full-width digits", b)
        .body("学校", 2)
        .rows(
            dept("教务处")
                .title("招生中违规择校")
                .level(RiskLevel.HIGH)
                .measures("招生计划网上公开", "录取结果公示")
                .resp("陈亮", "副校长"),
            dept("总务处")
                .title("校服征订收受回扣")
                .level(RiskLevel.HIGH)
                .measures("校服选用家长委员会参与", "征订自愿")
                .resp("吴刚", "副校长"),
            dept("德育处")
                .title("评优评先不公")
                .level(RiskLevel.MEDIUM)
                .measures("评选结果公示")
                .resp("陈亮", "副校长"));
  }

  /**
   * A street office's 智能表格 with units and option hints in the field names: "风险等级（高/中/低）",
   * "涉及资金（万元）", "排查时间（年月）", "责任人（填写姓名）". Decision: the options listed in a hint do not make the
   * header a level of its own; 涉及资金（万元） and 排查时间（年月） travel as extras under their own headers.
   */
  static Case streetSmartSheetWithUnitsInFieldNames() {
    Wb b = new Wb();
    b.sheet("智能表格")
        .row("序号", "科室", "风险点", "风险等级（高/中/低）", "涉及资金（万元）", "防控措施", "责任人（填写姓名）", "排查时间（年月）")
        .row("1", "城市管理办", "环卫保洁经费结算不实", "高", "320", "保洁考核结果与结算挂钩", "石磊", "2026.03")
        .row("2", "社区建设办", "社区微实事项目验收走过场", "中", "45", "项目验收居民代表参与", "黎萍", "2026.03")
        .row("3", "平安建设办", "网格员补贴违规发放", "低", "12", "补贴发放名单公示", "甘霖", "2026.03");
    return new Case("street smart sheet with units and hints in field names", b)
        .body("智能表格", 2)
        .rows(
            dept("城市管理办")
                .title("环卫保洁经费结算不实")
                .level(RiskLevel.HIGH)
                .measures("保洁考核结果与结算挂钩")
                .resp("石磊", null)
                .extra("涉及资金（万元）", "320")
                .extra("排查时间（年月）", "2026.03"),
            dept("社区建设办")
                .title("社区微实事项目验收走过场")
                .level(RiskLevel.MEDIUM)
                .measures("项目验收居民代表参与")
                .resp("黎萍", null)
                .extra("涉及资金（万元）", "45")
                .extra("排查时间（年月）", "2026.03"),
            dept("平安建设办")
                .title("网格员补贴违规发放")
                .level(RiskLevel.LOW)
                .measures("补贴发放名单公示")
                .resp("甘霖", null)
                .extra("涉及资金（万元）", "12")
                .extra("排查时间（年月）", "2026.03"));
  }

  static List<Case> cases() {
    return List.of(
        auditBureauWordTablePasted(),
        agricultureDepartmentsFromWord(),
        marketRegulationConvertedFromPdf(),
        humanResourcesPdfWithRepeatedPageHeaders(),
        serviceCentreCopiedFromAWebPage(),
        onlineFormExportWithHints(),
        enterpriseFormWithFilledBoxes(),
        hospitalFormTickedWithChecks(),
        taxBranchOcrScan(),
        jointVentureBilingualHeaders(),
        plantWithEnglishHeaderRowUnderChinese(),
        townshipLeadersWordTablePasted(),
        schoolCopiedWithMixedBrackets(),
        streetSmartSheetWithUnitsInFieldNames());
  }

  // ------------------------------------------------------------------ the tests

  /** Scores every case, prints the field accuracy and holds it at the figure last measured. */
  @Test
  void fieldAccuracyOverAllCasesHoldsItsGround() throws IOException {
    LayoutScore.holdsItsGround(
        TenthBlindLayoutsTest.class, cases(), TenthBlindLayoutsTest::run, FLOOR);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachCaseIsReadCleanly(Case c) throws IOException {
    LayoutScore.readsCleanly(c, TenthBlindLayoutsTest::run, NOT_YET);
  }

  /** The cases not yet read cleanly. */
  private static final Set<String> NOT_YET =
      Set.of(
          "tax branch OCR scan with spaced headers and misread characters",
          "township leaders from a Word table with role and name on two lines");

  static LayoutScore.Outcome run(Case c) throws IOException {
    byte[] bytes = SeventhBlindLayoutsTest.write(c.book, false);
    AnnexReadResult r = AnnexReader.lenient().read(new ByteArrayInputStream(bytes));
    Map<String, List<Object[]>> cells = new LinkedHashMap<>();
    c.book.sheets.forEach(s -> cells.put(s.name, s.rows));
    return LayoutScore.score(c.rows, cells, c.bodyStarts, r);
  }
}
