package io.github.probity.excel;

import static io.github.probity.excel.FourthBlindLayoutsTest.num;
import static io.github.probity.excel.UnseenLayoutsTest.dept;
import static io.github.probity.excel.UnseenLayoutsTest.leader;
import static io.github.probity.excel.UnseenLayoutsTest.post;

import io.github.probity.excel.FourthBlindLayoutsTest.Case;
import io.github.probity.excel.FourthBlindLayoutsTest.Wb;
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
 * A twelfth set of blind workbooks, written with POI from the practice notes before looking at how
 * the reader recognises anything: responsibility and measures spread over many columns, as
 * enterprises' 内控 / 合规 registers and fine-grained government lists write them. Measures split into
 * 事前 / 事中 / 事后 or 前期预防 / 中期监控 / 后期处置 columns, into 制度措施 / 技术措施 / 教育措施 / 监督措施, as 防控措施（事前） headers,
 * as one row per phase under a merged risk, or numbered per phase inside one cell; a risk described
 * over 风险描述 + 风险成因 + 可能后果 or 表现形式 + 产生原因; responsibility over 责任领导 · 责任部门 · 责任人 · 监督责任人, a 防控责任
 * band over 主体责任 / 监督责任, or 牵头部门 / 配合部门; 完成时限, 检查频次, 监督方式, 权力依据 with law names and 第十二条; codes such
 * as FX-BGS-001; grades 一级 / 二级 / 三级 and 3 / 2 / 1 or 1 / 2 / 3 explained by a legend.
 *
 * <p>Decisions, as an inspector, for the whole set (each case's Javadoc adds its own): all measure
 * columns become the point's measures in column order, blanks and placeholders ("—", "/", "无")
 * giving none, the phase named by a column header not repeated in the measure; a phase label inside
 * a cell ("事前：") is a heading, not measure text; where a phase is data in its own column (one row
 * per phase) it travels with its measure as "事前：…". A 责任部门 owns the row; the person named 责任人 (or
 * 主体责任, 主体责任人, 责任科室负责人) is responsible, the 监督责任人 (or 监督责任, 分管领导) supervises; a 责任领导 beside a 监督责任人
 * is kept as an extra; the codes, 风险成因, 可能后果, 产生原因, 配合部门, 完成时限, 检查频次, 监督方式 and 权力依据 are extras kept
 * whole.
 *
 * <p>Every field of every row is compared with default settings (rows are matched by title); every
 * non-empty cell under the header must be carried by its row or named by a finding.
 *
 * <p>Before: 599/687 fields (87.2 %), rows accounted in 12 of 13 workbooks, no cell lost. Failed:
 * measure columns headed 前期预防 · 中期监控 · 后期处置 without a 防控措施 group cell read as extras; a 防控责任 band's
 * 主体责任 read as an extra and its 监督责任 as measures; a 责任领导 taken as the supervisor beside a 监督责任人
 * (read as an extra); placeholders "—" and "/" in a measure column read as measures; phase labels
 * inside a measure cell ("事前：…；事中：…", numbered per phase) not split; a data row whose cells hold
 * header words (监督, 风险) skipped as a repeated header, losing its point; a 防控环节 column of phases
 * read as the power item.
 *
 * <p>After: 668/668 fields (100.0 %), rows accounted in 13 of 13 workbooks (the whole is smaller
 * since the extras read wrongly are gone; the hospital's sheet named 采购办 was then decided to be its
 * posts' department, as the court set decided, an expectation revised after the first read). Rules:
 * a header starting with a phase (事前, 前期 …) whose rest means measures or nothing is a measure
 * column; X责任 is a person, 监督责任 / 领导责任 the supervisor; a 监督 column supervises beside a 责任领导, kept
 * as an extra; a placeholder in a measure column is no measure; phase labels in a measures cell
 * head its parts; a 防控环节 column heads its row's measure; a row with a run of digits, or whose texts
 * mostly name no column, is no second table's header.
 */
class TwelfthBlindLayoutsTest {

  /** The field accuracy measured over these cases when they were last fixed. */
  private static final double FLOOR = 1.0;

  // ------------------------------------------------------------------ the workbooks

  /**
   * 市属国企 (a city investment group) 内控合规 register: title, 编制单位 line, a two-row header with 防控措施 over
   * 制度措施 · 技术措施 · 教育措施 · 监督措施 (some "—"), 编号 FX-BGS-001, 风险描述 · 风险成因 · 可能后果, 一级 / 二级 / 三级, then
   * 责任领导 · 责任部门 · 责任人 · 监督责任人, and a sign-off line. Decision: 一级 is 高; 风险描述 is how the point shows;
   * 风险成因 and 可能后果 are extras; 责任部门 owns the row; 责任人 is responsible and 监督责任人 supervises; 责任领导 is
   * an extra; "—" is no measure.
   */
  static Case citySoeRegisterWithFourMeasureKinds() {
    Wb b = new Wb();
    b.sheet("内控合规风险清单")
        .row("某市城市建设投资集团有限公司廉洁风险防控清单（2026年版）")
        .row("编制单位：集团纪检监察室", "", "", "", "", "", "", "", "", "", "", "", "更新日期：2026年3月")
        .row(
            "编号", "风险点", "风险描述", "风险成因", "可能后果", "风险等级", "防控措施", "", "", "", "责任领导", "责任部门", "责任人",
            "监督责任人")
        .row("", "", "", "", "", "", "制度措施", "技术措施", "教育措施", "监督措施", "", "", "", "")
        .row(
            "FX-BGS-001",
            "公务接待超标准",
            "超标准、超范围安排公务接待",
            "接待审批流于形式",
            "违反中央八项规定精神",
            "二级",
            "修订公务接待管理办法",
            "接待审批线上流转",
            "—",
            "接待费用季度公开",
            "王建华",
            "办公室",
            "李娜",
            "纪委副书记 陈立")
        .row(
            "FX-CWB-002",
            "资金支付违规",
            "未经审批或越权审批支付大额资金",
            "资金支付授权不清",
            "国有资金损失",
            "一级",
            "大额资金支付集体决策",
            "资金支付系统设置额度控制",
            "财务人员警示教育",
            "内审每半年专项审计",
            "赵刚",
            "财务管理部",
            "周敏",
            "纪委副书记 陈立")
        .row(
            "FX-ZTB-003",
            "招标文件量身定制",
            "设置排他性条件指定中标人",
            "招标文件审核把关不严",
            "造成不公平竞争和廉洁风险",
            "一级",
            "招标文件合规审查制度",
            "电子招标平台全流程留痕",
            "—",
            "纪检人员现场监督开标",
            "赵刚",
            "招标采购部",
            "孙浩",
            "纪委副书记 陈立")
        .row("审核：张明远", "", "", "", "", "", "", "编制：刘芳")
        .merge("A1:N1")
        .merge("A3:A4")
        .merge("B3:B4")
        .merge("C3:C4")
        .merge("D3:D4")
        .merge("E3:E4")
        .merge("F3:F4")
        .merge("G3:J3")
        .merge("K3:K4")
        .merge("L3:L4")
        .merge("M3:M4")
        .merge("N3:N4");
    return new Case("city SOE register: four measure kinds, four people columns", b)
        .body("内控合规风险清单", 5)
        .rows(
            dept("办公室")
                .title("公务接待超标准")
                .shows("超标准、超范围安排公务接待")
                .level(RiskLevel.MEDIUM)
                .measures("修订公务接待管理办法", "接待审批线上流转", "接待费用季度公开")
                .resp("李娜", null)
                .sup("陈立", "纪委副书记")
                .extra("编号", "FX-BGS-001")
                .extra("风险成因", "接待审批流于形式")
                .extra("可能后果", "违反中央八项规定精神")
                .extra("责任领导", "王建华"),
            dept("财务管理部")
                .title("资金支付违规")
                .shows("未经审批或越权审批支付大额资金")
                .level(RiskLevel.HIGH)
                .measures("大额资金支付集体决策", "资金支付系统设置额度控制", "财务人员警示教育", "内审每半年专项审计")
                .resp("周敏", null)
                .sup("陈立", "纪委副书记")
                .extra("编号", "FX-CWB-002")
                .extra("风险成因", "资金支付授权不清")
                .extra("可能后果", "国有资金损失")
                .extra("责任领导", "赵刚"),
            dept("招标采购部")
                .title("招标文件量身定制")
                .shows("设置排他性条件指定中标人")
                .level(RiskLevel.HIGH)
                .measures("招标文件合规审查制度", "电子招标平台全流程留痕", "纪检人员现场监督开标")
                .resp("孙浩", null)
                .sup("陈立", "纪委副书记")
                .extra("编号", "FX-ZTB-003")
                .extra("风险成因", "招标文件审核把关不严")
                .extra("可能后果", "造成不公平竞争和廉洁风险")
                .extra("责任领导", "赵刚"));
  }

  /**
   * 银行支行: one header row with 前期预防 · 中期监控 · 后期处置 (no group cell over them), items numbered inside a
   * phase cell, 检查频次 and 监督方式, 岗位 merged-free under a 部门 merged down, 责任人 a name, 监督责任人 a role.
   * Decision: the phases' items are the measures in column order; 检查频次 and 监督方式 are extras.
   */
  static Case bankBranchPhaseColumnsWithFrequency() {
    Wb b = new Wb();
    b.sheet("支行")
        .row("中国某银行某支行关键岗位廉洁风险防控表", "", "", "", "", "", "", "", "", "", "")
        .row(
            "序号", "部门", "岗位", "风险点", "风险等级", "前期预防", "中期监控", "后期处置", "检查频次", "监督方式", "责任人", "监督责任人")
        .row(
            "1",
            "个人金融部",
            "客户经理",
            "违规发放个人消费贷款",
            "高",
            "1.贷前双人调查\n2.客户信息交叉核验",
            "贷款用途系统监测",
            "1.违规贷款责任追究\n2.问题贷款清收",
            "每月",
            "系统监测、现场检查",
            "刘洋",
            "分管副行长")
        .row(
            "2", "", "理财经理", "私售理财产品", "中", "理财双录全覆盖", "双录视频抽查", "客户回访", "每季度", "非现场检查", "刘洋",
            "分管副行长")
        .row(
            "3",
            "运营管理部",
            "柜员",
            "挪用客户资金",
            "高",
            "柜员轮岗与强制休假",
            "1.账户异动监测\n2.库款突击检查",
            "资金挪用移送司法",
            "每月",
            "现场检查",
            "马丽",
            "行长")
        .merge("A1:L1")
        .merge("B3:B4");
    return new Case("bank branch with 前期预防 · 中期监控 · 后期处置 columns", b)
        .body("支行", 3)
        .rows(
            post("个人金融部", "客户经理")
                .title("违规发放个人消费贷款")
                .level(RiskLevel.HIGH)
                .measures("贷前双人调查", "客户信息交叉核验", "贷款用途系统监测", "违规贷款责任追究", "问题贷款清收")
                .resp("刘洋", null)
                .sup(null, "分管副行长")
                .extra("检查频次", "每月")
                .extra("监督方式", "系统监测、现场检查"),
            post("个人金融部", "理财经理")
                .title("私售理财产品")
                .level(RiskLevel.MEDIUM)
                .measures("理财双录全覆盖", "双录视频抽查", "客户回访")
                .resp("刘洋", null)
                .sup(null, "分管副行长")
                .extra("检查频次", "每季度")
                .extra("监督方式", "非现场检查"),
            post("运营管理部", "柜员")
                .title("挪用客户资金")
                .level(RiskLevel.HIGH)
                .measures("柜员轮岗与强制休假", "账户异动监测", "库款突击检查", "资金挪用移送司法")
                .resp("马丽", null)
                .sup(null, "行长")
                .extra("检查频次", "每月")
                .extra("监督方式", "现场检查"));
  }

  /**
   * 水务局: a two-row header whose 防控责任 band covers 主体责任 · 监督责任, measures numbered ①②, 完成时限 merged
   * down, levels 1 / 2 / 3 explained by a note "风险等级：1级为高风险，2级为中风险，3级为低风险". Decision: 主体责任 is
   * responsible, 监督责任 supervises; 1 is 高; 完成时限 an extra.
   */
  static Case waterBureauResponsibilityBand() {
    Wb b = new Wb();
    b.sheet("科室")
        .row("某区水务局科室廉政风险防控责任表", "", "", "", "", "", "", "")
        .row("序号", "科室", "职权事项", "风险点", "风险等级", "防控措施", "防控责任", "", "完成时限")
        .row("", "", "", "", "", "", "主体责任", "监督责任", "")
        .row(
            "1",
            "水政监察大队",
            "水行政处罚",
            "处罚自由裁量不规范",
            num(1),
            "①细化处罚裁量基准②重大处罚法制审核",
            "大队长 冯军",
            "副局长 韩梅",
            "长期坚持")
        .row("2", "水资源科", "取水许可审批", "违规审批取水许可", num(1), "取水许可网上公开办理", "科长 吕晨", "副局长 韩梅", "长期坚持")
        .row("3", "办公室", "公车管理", "公车私用", num(3), "公车定位监控", "主任 邵华", "副局长 魏东", "2026年6月底前")
        .row("风险等级：1级为高风险，2级为中风险，3级为低风险。", "", "", "", "", "", "", "", "")
        .merge("A1:I1")
        .merge("A2:A3")
        .merge("B2:B3")
        .merge("C2:C3")
        .merge("D2:D3")
        .merge("E2:E3")
        .merge("F2:F3")
        .merge("G2:H2")
        .merge("I2:I3")
        .merge("A7:I7");
    return new Case("water bureau with a 防控责任 band over 主体责任 · 监督责任", b)
        .body("科室", 4)
        .rows(
            dept("水政监察大队")
                .power("水行政处罚")
                .title("处罚自由裁量不规范")
                .level(RiskLevel.HIGH)
                .measures("细化处罚裁量基准", "重大处罚法制审核")
                .resp("冯军", "大队长")
                .sup("韩梅", "副局长")
                .extra("完成时限", "长期坚持"),
            dept("水资源科")
                .power("取水许可审批")
                .title("违规审批取水许可")
                .level(RiskLevel.HIGH)
                .measures("取水许可网上公开办理")
                .resp("吕晨", "科长")
                .sup("韩梅", "副局长")
                .extra("完成时限", "长期坚持"),
            dept("办公室")
                .power("公车管理")
                .title("公车私用")
                .level(RiskLevel.LOW)
                .measures("公车定位监控")
                .resp("邵华", "主任")
                .sup("魏东", "副局长")
                .extra("完成时限", "2026年6月底前"));
  }

  /**
   * 开发区管委会: 风险事项 · 表现形式 · 产生原因, levels as numbers 3 / 2 / 1 with the legend "3为高、2为中、1为低" under the
   * table, 牵头部门 · 配合部门 · 责任领导. Decision: 3 is 高 and 1 低 (the legend rules over grade order); 牵头部门
   * owns the row; 表现形式 is how the point shows; 产生原因 and 配合部门 extras; 责任领导 supervises.
   */
  static Case developmentZoneLeadAndCooperating() {
    Wb b = new Wb();
    b.sheet("风险清单")
        .row("某经济技术开发区管委会廉政风险防控清单", "", "", "", "", "", "", "", "")
        .row("序号", "风险事项", "表现形式", "产生原因", "风险等级", "防控措施", "牵头部门", "配合部门", "责任领导")
        .row(
            "1",
            "招商引资优惠政策兑现",
            "违规兑现优惠政策，向企业索取好处",
            "兑现标准不公开",
            num(3),
            "1、兑现政策清单化公开；2、兑现资金联审",
            "投资促进局",
            "财政金融局",
            "张志强")
        .row("2", "土地出让", "违规调整容积率", "规划条件变更程序不严", num(3), "规划条件变更集体审议", "规划建设局", "自然资源分局", "李卫")
        .row("3", "企业服务", "服务中吃拿卡要", "服务标准不明", num(1), "企业服务满意度测评", "企业服务局", "", "张志强")
        .row("说明：风险等级3为高、2为中、1为低。", "", "", "", "", "", "", "", "")
        .merge("A1:I1")
        .merge("A6:I6");
    return new Case("development zone with 牵头部门 · 配合部门 and 3 / 2 / 1 levels", b)
        .body("风险清单", 3)
        .rows(
            dept("投资促进局")
                .title("招商引资优惠政策兑现")
                .shows("违规兑现优惠政策，向企业索取好处")
                .level(RiskLevel.HIGH)
                .measures("兑现政策清单化公开", "兑现资金联审")
                .sup("张志强", null)
                .extra("产生原因", "兑现标准不公开")
                .extra("配合部门", "财政金融局"),
            dept("规划建设局")
                .title("土地出让")
                .shows("违规调整容积率")
                .level(RiskLevel.HIGH)
                .measures("规划条件变更集体审议")
                .sup("李卫", null)
                .extra("产生原因", "规划条件变更程序不严")
                .extra("配合部门", "自然资源分局"),
            dept("企业服务局")
                .title("企业服务")
                .shows("服务中吃拿卡要")
                .level(RiskLevel.LOW)
                .measures("企业服务满意度测评")
                .sup("张志强", null)
                .extra("产生原因", "服务标准不明"));
  }

  /**
   * 公立医院采购办: 岗位 rows whose 防控措施 cell holds "事前：…；事中：…；事后：…", 检查频次 and 监督方式, 直接责任人 and 监督责任人 as role
   * and name. Decision: the phase labels are headings, the three texts the measures; the sheet
   * named 采购办 is the posts' department (as the court set decided for a sheet named by its division;
   * revised after the first read, which expected none).
   */
  static Case hospitalProcurementPhaseLabelsInOneCell() {
    Wb b = new Wb();
    b.sheet("采购办")
        .row("某市人民医院采购办公室岗位廉洁风险防控表", "", "", "", "", "", "", "")
        .row("岗位", "风险点", "风险等级", "防控措施", "检查频次", "监督方式", "直接责任人", "监督责任人")
        .row(
            "采购计划岗",
            "化整为零规避招标",
            "高",
            "事前：年度采购计划院务会审定；事中：同类物资合并采购；事后：采购台账季度比对",
            "每季度",
            "审计科专项检查",
            "采购办主任 马涛",
            "分管副院长 何平")
        .row(
            "供应商管理岗",
            "与供应商私下接触",
            "高",
            "事前：签订廉洁购销协议\n事中：供应商接待双人在场\n事后：不良记录纳入黑名单",
            "每月",
            "纪检监察室抽查",
            "采购办主任 马涛",
            "分管副院长 何平")
        .row("验收岗", "验收不严", "中", "事前：验收标准书面化；事中：使用科室共同验收", "每半年", "随机抽查", "采购办主任 马涛", "分管副院长 何平")
        .merge("A1:H1");
    return new Case("hospital procurement with phase labels in one cell", b)
        .body("采购办", 3)
        .rows(
            post("采购办", "采购计划岗")
                .title("化整为零规避招标")
                .level(RiskLevel.HIGH)
                .measures("年度采购计划院务会审定", "同类物资合并采购", "采购台账季度比对")
                .resp("马涛", "采购办主任")
                .sup("何平", "分管副院长")
                .extra("检查频次", "每季度")
                .extra("监督方式", "审计科专项检查"),
            post("采购办", "供应商管理岗")
                .title("与供应商私下接触")
                .level(RiskLevel.HIGH)
                .measures("签订廉洁购销协议", "供应商接待双人在场", "不良记录纳入黑名单")
                .resp("马涛", "采购办主任")
                .sup("何平", "分管副院长")
                .extra("检查频次", "每月")
                .extra("监督方式", "纪检监察室抽查"),
            post("采购办", "验收岗")
                .title("验收不严")
                .level(RiskLevel.MEDIUM)
                .measures("验收标准书面化", "使用科室共同验收")
                .resp("马涛", "采购办主任")
                .sup("何平", "分管副院长")
                .extra("检查频次", "每半年")
                .extra("监督方式", "随机抽查"));
  }

  /**
   * 县财政局: 风险编号 CZ-GK-01, 权力事项 and 权力依据 ("《中华人民共和国预算法》第五十九条；《政府采购法实施条例》第十二条"), 责任科室负责人 then 分管领导.
   * Decision: 权力依据 is an extra kept whole; 责任科室负责人 is responsible, 分管领导 supervises.
   */
  static Case countyFinanceBureauPowerBasis() {
    Wb b = new Wb();
    b.sheet("股室")
        .row("某县财政局股室廉政风险点及防控措施表", "", "", "", "", "", "", "", "")
        .row("风险编号", "股室", "权力事项", "权力依据", "廉政风险点", "风险等级", "防控措施", "责任科室负责人", "分管领导")
        .row(
            "CZ-GK-01",
            "国库股",
            "国库集中支付",
            "《中华人民共和国预算法》第五十九条",
            "违规办理资金拨付",
            "高",
            "1.支付申请系统审核\n2.大额支付双人复核",
            "胡军",
            "邓华")
        .row(
            "CZ-CG-02",
            "政府采购股",
            "采购方式审批",
            "《中华人民共和国政府采购法实施条例》第十二条、第二十三条",
            "违规批准单一来源采购",
            "高",
            "单一来源采购专家论证并公示",
            "袁静",
            "邓华")
        .row(
            "CZ-ZC-03",
            "资产管理股",
            "资产处置审批",
            "《行政事业性国有资产管理条例》第二十七条",
            "低价处置国有资产",
            "中",
            "资产处置评估后公开处置",
            "潘石",
            "吕强")
        .merge("A1:I1");
    return new Case("county finance bureau with codes and 权力依据", b)
        .body("股室", 3)
        .rows(
            dept("国库股")
                .power("国库集中支付")
                .title("违规办理资金拨付")
                .level(RiskLevel.HIGH)
                .measures("支付申请系统审核", "大额支付双人复核")
                .resp("胡军", null)
                .sup("邓华", null)
                .extra("风险编号", "CZ-GK-01")
                .extra("权力依据", "《中华人民共和国预算法》第五十九条"),
            dept("政府采购股")
                .power("采购方式审批")
                .title("违规批准单一来源采购")
                .level(RiskLevel.HIGH)
                .measures("单一来源采购专家论证并公示")
                .resp("袁静", null)
                .sup("邓华", null)
                .extra("风险编号", "CZ-CG-02")
                .extra("权力依据", "《中华人民共和国政府采购法实施条例》第十二条、第二十三条"),
            dept("资产管理股")
                .power("资产处置审批")
                .title("低价处置国有资产")
                .level(RiskLevel.MEDIUM)
                .measures("资产处置评估后公开处置")
                .resp("潘石", null)
                .sup("吕强", null)
                .extra("风险编号", "CZ-ZC-03")
                .extra("权力依据", "《行政事业性国有资产管理条例》第二十七条"));
  }

  /**
   * 区人社局 附件1: 班子成员 and 职务, 分管工作, headers 防控措施（事前） · 防控措施（事中） · 防控措施（事后）, 主体责任人 and 监督责任人. Decision:
   * the three bracketed phases are the measures in order; 主体责任人 is responsible, 监督责任人 supervises;
   * 分管工作 an extra.
   */
  static Case leaderTableWithBracketedPhaseHeaders() {
    Wb b = new Wb();
    b.sheet("附件1")
        .row("附件1", "", "", "", "", "", "", "", "", "")
        .row("区人力资源和社会保障局领导班子成员廉政风险防控表", "", "", "", "", "", "", "", "", "")
        .row(
            "班子成员",
            "职务",
            "分管工作",
            "廉政风险点",
            "风险等级",
            "防控措施（事前）",
            "防控措施（事中）",
            "防控措施（事后）",
            "主体责任人",
            "监督责任人")
        .row(
            "周海涛",
            "党组书记、局长",
            "主持全面工作",
            "干部选拔任用把关不严",
            "一级",
            "严格执行选人用人程序",
            "动议酝酿集体研究",
            "选任结果备案审查",
            "周海涛",
            "驻局纪检组组长")
        .row(
            "许丽",
            "副局长",
            "分管社保基金",
            "社保基金违规支付",
            "一级",
            "基金支付权限分级设置",
            "大额支付实时预警",
            "基金运行季度分析",
            "许丽",
            "周海涛")
        .row("许丽", "副局长", "分管社保基金", "工伤认定不公", "二级", "认定标准公开", "疑难案件集体研判", "", "许丽", "周海涛")
        .merge("A1:J1")
        .merge("A2:J2");
    return new Case("leader table with 防控措施（事前） headers", b)
        .body("附件1", 4)
        .rows(
            leader("周海涛", "党组书记、局长")
                .title("干部选拔任用把关不严")
                .level(RiskLevel.HIGH)
                .measures("严格执行选人用人程序", "动议酝酿集体研究", "选任结果备案审查")
                .resp("周海涛", null)
                .sup(null, "驻局纪检组组长")
                .extra("分管工作", "主持全面工作"),
            leader("许丽", "副局长")
                .title("社保基金违规支付")
                .level(RiskLevel.HIGH)
                .measures("基金支付权限分级设置", "大额支付实时预警", "基金运行季度分析")
                .resp("许丽", null)
                .sup("周海涛", null)
                .extra("分管工作", "分管社保基金"),
            leader("许丽", "副局长")
                .title("工伤认定不公")
                .level(RiskLevel.MEDIUM)
                .measures("认定标准公开", "疑难案件集体研判")
                .resp("许丽", null)
                .sup("周海涛", null)
                .extra("分管工作", "分管社保基金"));
  }

  /**
   * 区交通运输局: one row per phase under a risk merged down over its rows, a 防控环节 column (事前 / 事中 / 事后)
   * and one measure a row; 科室 and 责任人 merged too. Decision: one point per merged risk; its measures
   * are the rows' measures in order, each carrying its phase as "事前：…".
   */
  static Case transportRowPerPhaseUnderMergedRisk() {
    Wb b = new Wb();
    b.sheet("科室")
        .row("序号", "科室", "风险点", "风险等级", "防控环节", "防控措施", "责任人")
        .row("1", "运政科", "道路运输许可违规审批", "高", "事前", "许可条件清单化公开", "黄勇")
        .row("", "", "", "", "事中", "许可材料双人审核", "")
        .row("", "", "", "", "事后", "许可结果抽查复核", "")
        .row("2", "路政大队", "超限运输处罚不公", "中", "事前", "处罚裁量基准公开", "曹磊")
        .row("", "", "", "", "事中", "执法记录仪全程记录", "")
        .row("", "", "", "", "事后", "处罚案卷月度评查", "")
        .merge("A2:A4")
        .merge("B2:B4")
        .merge("C2:C4")
        .merge("D2:D4")
        .merge("G2:G4")
        .merge("A5:A7")
        .merge("B5:B7")
        .merge("C5:C7")
        .merge("D5:D7")
        .merge("G5:G7");
    return new Case("transport bureau: one row per phase under a merged risk", b)
        .body("科室", 2)
        .rows(
            dept("运政科")
                .title("道路运输许可违规审批")
                .level(RiskLevel.HIGH)
                .measures("事前：许可条件清单化公开", "事中：许可材料双人审核", "事后：许可结果抽查复核")
                .resp("黄勇", null),
            dept("路政大队")
                .title("超限运输处罚不公")
                .level(RiskLevel.MEDIUM)
                .measures("事前：处罚裁量基准公开", "事中：执法记录仪全程记录", "事后：处罚案卷月度评查")
                .resp("曹磊", null));
  }

  /**
   * 区审计局: measures numbered per phase inside one cell, "事前：1.…2.…" then "事中：1.…" on new lines, the
   * numbers restarting. Decision: every numbered item is a measure, in order; the phase labels are
   * headings.
   */
  static Case auditMeasuresNumberedPerPhase() {
    Wb b = new Wb();
    b.sheet("科室")
        .row("区审计局科室廉政风险点一览表", "", "", "", "", "")
        .row("序号", "科室", "风险点", "风险等级", "防控措施", "责任人")
        .row(
            "1",
            "经济责任审计科",
            "审计中隐瞒问题",
            "高",
            "事前：1.审计组成员签订廉政承诺；2.审计方案集体审定\n事中：1.审计证据双人复核\n事后：1.审计结果公告；2.被审计单位回访",
            "科长 宋涛")
        .row(
            "2",
            "固定资产投资审计科",
            "违规核减或核增工程造价",
            "高",
            "事前：1.中介机构随机抽取\n事中：1.造价审核三级复核；2.重大分歧集体会审\n事后：1.审定结果备案",
            "科长 龚平")
        .merge("A1:F1");
    return new Case("audit office with measures numbered per phase in one cell", b)
        .body("科室", 3)
        .rows(
            dept("经济责任审计科")
                .title("审计中隐瞒问题")
                .level(RiskLevel.HIGH)
                .measures("审计组成员签订廉政承诺", "审计方案集体审定", "审计证据双人复核", "审计结果公告", "被审计单位回访")
                .resp("宋涛", "科长"),
            dept("固定资产投资审计科")
                .title("违规核减或核增工程造价")
                .level(RiskLevel.HIGH)
                .measures("中介机构随机抽取", "造价审核三级复核", "重大分歧集体会审", "审定结果备案")
                .resp("龚平", "科长"));
  }

  /**
   * 国有粮食储备公司: no 风险点 column; the risk over 风险描述 · 风险成因 · 可能后果, levels "一级风险" / "二级风险" / "三级风险",
   * 防控措施 over 制度措施 · 技术措施 (one "/"), 责任部门 and 责任人. Decision: 风险描述 is the point (there is no other);
   * 风险成因 and 可能后果 extras; "/" is no measure.
   */
  static Case grainReserveDescriptionWithoutPointColumn() {
    Wb b = new Wb();
    b.sheet("风险库")
        .row("某市粮食储备有限公司廉洁风险库", "", "", "", "", "", "", "")
        .row("风险描述", "风险成因", "可能后果", "风险等级", "防控措施", "", "责任部门", "责任人")
        .row("", "", "", "", "制度措施", "技术措施", "", "")
        .row("粮食收购压级压价", "质检标准执行随意", "损害售粮农民利益", "一级风险", "收购价格挂牌公示", "质检数据自动上传", "仓储部", "蒋峰")
        .row("储备粮轮换以陈顶新", "轮换监管缺位", "储备粮质量不达标", "一级风险", "轮换计划报批", "粮情在线监测", "仓储部", "蒋峰")
        .row("虚报损耗", "损耗核定不严", "国有资产流失", "二级风险", "损耗核定集体审议", "/", "财务部", "沈琳")
        .merge("A1:H1")
        .merge("A2:A3")
        .merge("B2:B3")
        .merge("C2:C3")
        .merge("D2:D3")
        .merge("E2:F2")
        .merge("G2:G3")
        .merge("H2:H3");
    return new Case("grain reserve: 风险描述 · 风险成因 · 可能后果 and no point column", b)
        .body("风险库", 4)
        .rows(
            dept("仓储部")
                .title("粮食收购压级压价")
                .level(RiskLevel.HIGH)
                .measures("收购价格挂牌公示", "质检数据自动上传")
                .resp("蒋峰", null)
                .extra("风险成因", "质检标准执行随意")
                .extra("可能后果", "损害售粮农民利益"),
            dept("仓储部")
                .title("储备粮轮换以陈顶新")
                .level(RiskLevel.HIGH)
                .measures("轮换计划报批", "粮情在线监测")
                .resp("蒋峰", null)
                .extra("风险成因", "轮换监管缺位")
                .extra("可能后果", "储备粮质量不达标"),
            dept("财务部")
                .title("虚报损耗")
                .level(RiskLevel.MEDIUM)
                .measures("损耗核定集体审议")
                .resp("沈琳", null)
                .extra("风险成因", "损耗核定不严")
                .extra("可能后果", "国有资产流失"));
  }

  /**
   * 燃气公司 (a city SOE subsidiary): a 责任主体 band over 牵头部门 · 配合部门 · 责任人, 风险等级 一级 / 二级 / 三级 with
   * "一级为最高" in the header, measures 制度措施 · 教育措施 · 监督措施 under 防控措施. Decision: the 牵头部门 owns the row;
   * 配合部门 an extra; 责任人 responsible.
   */
  static Case gasCompanyResponsibilityBandOverLeadAndCooperating() {
    Wb b = new Wb();
    b.sheet("部门")
        .row("序号", "风险点", "风险等级（一级为最高）", "防控措施", "", "", "责任主体", "", "")
        .row("", "", "", "制度措施", "教育措施", "监督措施", "牵头部门", "配合部门", "责任人")
        .row("1", "燃气工程违规分包", "一级", "工程分包备案制度", "项目经理廉洁教育", "纪检巡查工地", "工程管理部", "法务合规部", "杜磊")
        .row("2", "燃气表具采购质次价高", "二级", "表具集中招标", "", "到货质量抽检", "物资采购部", "质量安全部", "任静")
        .row("3", "违规减免用户气费", "三级", "气费减免审批规程", "营业人员警示教育", "减免台账月度核查", "客户服务中心", "", "邵军")
        .merge("A1:A2")
        .merge("B1:B2")
        .merge("C1:C2")
        .merge("D1:F1")
        .merge("G1:I1");
    return new Case("gas company with a 责任主体 band over 牵头部门 · 配合部门 · 责任人", b)
        .body("部门", 3)
        .rows(
            dept("工程管理部")
                .title("燃气工程违规分包")
                .level(RiskLevel.HIGH)
                .measures("工程分包备案制度", "项目经理廉洁教育", "纪检巡查工地")
                .resp("杜磊", null)
                .extra("配合部门", "法务合规部"),
            dept("物资采购部")
                .title("燃气表具采购质次价高")
                .level(RiskLevel.MEDIUM)
                .measures("表具集中招标", "到货质量抽检")
                .resp("任静", null)
                .extra("配合部门", "质量安全部"),
            dept("客户服务中心")
                .title("违规减免用户气费")
                .level(RiskLevel.LOW)
                .measures("气费减免审批规程", "营业人员警示教育", "减免台账月度核查")
                .resp("邵军", null));
  }

  /**
   * 区城管局 岗位 table: 岗位 · 风险点 · 风险等级, 防控措施 over 前期预防 · 中期监控 · 后期处置, then 责任领导 · 责任科室 · 责任人 (a name)
   * and 监督责任人 (纪检组长, merged over all rows). Decision: the 责任科室 is the post's department; 责任人 is
   * responsible; 监督责任人 supervises; 责任领导 is an extra.
   */
  static Case urbanManagementPostsWithFourPeopleColumns() {
    Wb b = new Wb();
    b.sheet("岗位")
        .row("某区城市管理局岗位廉政风险点及防控措施", "", "", "", "", "", "", "", "", "")
        .row("岗位", "风险点", "风险等级", "防控措施", "", "", "责任领导", "责任科室", "责任人", "监督责任人")
        .row("", "", "", "前期预防", "中期监控", "后期处置", "", "", "", "")
        .row(
            "执法队员",
            "选择性执法",
            "高",
            "执法事项清单公开",
            "执法记录仪全程记录",
            "执法案卷评查",
            "副局长 汪洋",
            "执法大队",
            "钱峰",
            "纪检组长 方华")
        .row("广告审批岗", "违规审批户外广告", "中", "审批标准公开", "现场勘查双人", "审批结果公示", "副局长 汪洋", "市容科", "戴维", "")
        .row("环卫作业监管岗", "作业考核弄虚作假", "低", "考核细则公开", "考核打分双人", "—", "副局长 林森", "环卫科", "邹月", "")
        .merge("A1:J1")
        .merge("A2:A3")
        .merge("B2:B3")
        .merge("C2:C3")
        .merge("D2:F2")
        .merge("G2:G3")
        .merge("H2:H3")
        .merge("I2:I3")
        .merge("J2:J3")
        .merge("J4:J6");
    return new Case("urban management posts with four people columns", b)
        .body("岗位", 4)
        .rows(
            post("执法大队", "执法队员")
                .title("选择性执法")
                .level(RiskLevel.HIGH)
                .measures("执法事项清单公开", "执法记录仪全程记录", "执法案卷评查")
                .resp("钱峰", null)
                .sup("方华", "纪检组长")
                .extra("责任领导", "副局长 汪洋"),
            post("市容科", "广告审批岗")
                .title("违规审批户外广告")
                .level(RiskLevel.MEDIUM)
                .measures("审批标准公开", "现场勘查双人", "审批结果公示")
                .resp("戴维", null)
                .sup("方华", "纪检组长")
                .extra("责任领导", "副局长 汪洋"),
            post("环卫科", "环卫作业监管岗")
                .title("作业考核弄虚作假")
                .level(RiskLevel.LOW)
                .measures("考核细则公开", "考核打分双人")
                .resp("邹月", null)
                .sup("方华", "纪检组长")
                .extra("责任领导", "副局长 林森"));
  }

  /**
   * 县医保局: one header row whose measure columns are 事前防控措施 · 事中防控措施 · 事后防控措施, measures numbered per
   * phase "1.…2.…" restarting in each column, 风险级别 一级 / 二级, a 监督方式 column and a 完成时限 column, 责任股室
   * owning the rows. Decision: all the numbered items of the three columns are the measures in
   * order.
   */
  static Case medicalSecurityPhaseColumnsNumbered() {
    Wb b = new Wb();
    b.sheet("股室")
        .row("县医疗保障局股室廉政风险防控表", "", "", "", "", "", "", "", "")
        .row("责任股室", "风险点", "风险级别", "事前防控措施", "事中防控措施", "事后防控措施", "监督方式", "完成时限", "责任人")
        .row(
            "基金监管股",
            "违规处理骗保线索",
            "一级",
            "1.线索登记制度\n2.线索分办集体研究",
            "1.查处全程留痕",
            "1.处理结果公开\n2.案件回头看",
            "局纪检组督查",
            "长期坚持",
            "彭飞")
        .row(
            "待遇保障股", "违规认定慢特病待遇", "二级", "1.认定标准公开", "1.专家集体评审", "1.认定结果抽查", "日常检查", "2026年底前", "梁爽")
        .merge("A1:I1");
    return new Case("medical security with 事前防控措施 columns numbered per phase", b)
        .body("股室", 3)
        .rows(
            dept("基金监管股")
                .title("违规处理骗保线索")
                .level(RiskLevel.HIGH)
                .measures("线索登记制度", "线索分办集体研究", "查处全程留痕", "处理结果公开", "案件回头看")
                .resp("彭飞", null)
                .extra("监督方式", "局纪检组督查")
                .extra("完成时限", "长期坚持"),
            dept("待遇保障股")
                .title("违规认定慢特病待遇")
                .level(RiskLevel.MEDIUM)
                .measures("认定标准公开", "专家集体评审", "认定结果抽查")
                .resp("梁爽", null)
                .extra("监督方式", "日常检查")
                .extra("完成时限", "2026年底前"));
  }

  static List<Case> cases() {
    return List.of(
        citySoeRegisterWithFourMeasureKinds(),
        bankBranchPhaseColumnsWithFrequency(),
        waterBureauResponsibilityBand(),
        developmentZoneLeadAndCooperating(),
        hospitalProcurementPhaseLabelsInOneCell(),
        countyFinanceBureauPowerBasis(),
        leaderTableWithBracketedPhaseHeaders(),
        transportRowPerPhaseUnderMergedRisk(),
        auditMeasuresNumberedPerPhase(),
        grainReserveDescriptionWithoutPointColumn(),
        gasCompanyResponsibilityBandOverLeadAndCooperating(),
        urbanManagementPostsWithFourPeopleColumns(),
        medicalSecurityPhaseColumnsNumbered());
  }

  // ------------------------------------------------------------------ the tests

  /** Scores every case, prints the field accuracy and holds it at the figure last measured. */
  @Test
  void fieldAccuracyOverAllCasesHoldsItsGround() throws IOException {
    LayoutScore.holdsItsGround(
        TwelfthBlindLayoutsTest.class, cases(), TwelfthBlindLayoutsTest::run, FLOOR);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachCaseIsReadCleanly(Case c) throws IOException {
    LayoutScore.readsCleanly(c, TwelfthBlindLayoutsTest::run, NOT_YET);
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
