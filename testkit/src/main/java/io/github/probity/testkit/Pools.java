package io.github.probity.testkit;

import io.github.probity.model.MeasureType;
import io.github.probity.model.PowerKind;
import io.github.probity.model.RiskCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The phrase pools the generators draw from: plausible official wording, composed once when the
 * class loads, so that generated values share their strings. Package-private and immutable.
 */
final class Pools {
  private Pools() {}

  /** The year generated ledgers cover. */
  static final int YEAR = 2026;

  // ---------------------------------------------------------------- people

  static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林",
    "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于",
    "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆",
    "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛",
    "欧阳", "司马"
  };

  static final String[] GIVEN_NAMES = {
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞",
    "平", "刚", "桂英", "建华", "建国", "志强", "海燕", "晓东", "晓燕", "红梅", "国庆", "文杰", "雪梅", "丽华", "振华", "春梅",
    "玉兰", "海涛", "晓峰", "凤英", "立新", "文静", "佳怡", "子涵", "浩然", "思远", "一鸣", "雨萱", "梓轩", "欣怡", "宇航", "婷婷",
    "俊杰", "慧敏", "晨曦", "嘉怡", "志刚", "永红", "卫东", "建军", "亚楠", "倩影", "海虹", "珞颖", "天宇", "若曦", "明轩", "诗涵",
    "建平", "秀兰", "新民"
  };

  /** Every surname combined with every given name, composed once. */
  static final String[] NAMES = names();

  static final String[] STAFF_TITLES = {
    "科员", "科员", "一级科员", "四级主任科员", "三级主任科员", "二级主任科员", "副科长", "一级主任科员", "办事员"
  };

  // ---------------------------------------------------------------- unit and leaders

  /** Unit names, each followed by the name of the body it reports to. */
  static final String[][] UNITS = {
    {"示例区财政局", "示例区人民政府"},
    {"东湖区财政局", "东湖区人民政府"},
    {"临江市财政局", "临江市人民政府"},
    {"南山县财政局", "南山县人民政府"},
    {"青河区财政局", "青河区人民政府"},
    {"西岭新区财政局", "西岭新区管理委员会"},
    {"北湖市财政局", "北湖市人民政府"},
    {"云溪县财政局", "云溪县人民政府"}
  };

  static final String GROUP_NAME = "局领导班子";
  static final String PRINCIPAL_ROLE = "党组书记、局长";
  static final String PRINCIPAL_TITLE = "局长";
  static final String DISCIPLINE_ROLE = "党组成员、纪检组长";
  static final String DISCIPLINE_TITLE = "纪检组长";
  static final String[] DEPUTY_ROLES = {"党组成员、副局长", "副局长", "党组成员、副局长", "总会计师"};
  static final String[] DEPUTY_TITLES = {"副局长", "副局长", "副局长", "总会计师"};

  // ---------------------------------------------------------------- departments

  /** Department names with the kinds of power they mostly exercise. */
  static final String[] DEPARTMENT_NAMES = {
    "办公室", "人事科", "预算科", "国库科", "政府采购监管科", "会计管理科", "行政政法科", "经济建设科", "农业科", "社会保障科", "教科文科", "综合科",
    "法规税政科", "监督检查科", "投资评审中心", "资产管理科", "非税收入管理科", "债务管理科", "绩效管理科", "信息中心", "政府采购中心", "国库支付中心"
  };

  static final PowerKind[][] DEPARTMENT_KINDS = {
    {PowerKind.OTHER, PowerKind.PROCUREMENT, PowerKind.FINANCE},
    {PowerKind.PERSONNEL},
    {PowerKind.FINANCE, PowerKind.APPROVAL},
    {PowerKind.FINANCE},
    {PowerKind.PROCUREMENT, PowerKind.SUPERVISION, PowerKind.ENFORCEMENT},
    {PowerKind.SUPERVISION, PowerKind.APPROVAL},
    {PowerKind.FINANCE, PowerKind.APPROVAL},
    {PowerKind.CONSTRUCTION, PowerKind.FINANCE},
    {PowerKind.FINANCE, PowerKind.APPROVAL},
    {PowerKind.FINANCE, PowerKind.SUPERVISION},
    {PowerKind.FINANCE, PowerKind.APPROVAL},
    {PowerKind.OTHER, PowerKind.PERSONNEL},
    {PowerKind.ENFORCEMENT, PowerKind.APPROVAL},
    {PowerKind.SUPERVISION, PowerKind.ENFORCEMENT},
    {PowerKind.CONSTRUCTION},
    {PowerKind.FINANCE, PowerKind.APPROVAL, PowerKind.PROCUREMENT},
    {PowerKind.ENFORCEMENT, PowerKind.FINANCE},
    {PowerKind.FINANCE, PowerKind.SUPERVISION},
    {PowerKind.SUPERVISION, PowerKind.FINANCE},
    {PowerKind.OTHER, PowerKind.PROCUREMENT},
    {PowerKind.PROCUREMENT},
    {PowerKind.FINANCE}
  };

  static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

  // ---------------------------------------------------------------- per power kind

  private static final Map<PowerKind, String[]> POST_NAMES = new EnumMap<>(PowerKind.class);
  private static final Map<PowerKind, String[]> POWER_ITEM_NAMES = new EnumMap<>(PowerKind.class);
  private static final Map<PowerKind, String[]> STEP_NAMES = new EnumMap<>(PowerKind.class);

  /** The business objects of each kind that the templates below are filled with. */
  private static final Map<PowerKind, String[]> OBJECTS = new EnumMap<>(PowerKind.class);

  /** Risk titles that belong to one kind only, with their category. */
  private static final Map<PowerKind, Object[][]> SPECIFIC_TITLES = new EnumMap<>(PowerKind.class);

  static {
    put(PowerKind.PERSONNEL, "干部管理岗", "人事档案岗", "招录考核岗", "工资福利岗", "教育培训岗");
    put(PowerKind.APPROVAL, "审批受理岗", "审核岗", "许可审批岗", "窗口服务岗", "资料初审岗");
    put(PowerKind.SUPERVISION, "监督检查岗", "稽查岗", "票据监管岗", "会计监管岗", "绩效评价岗");
    put(PowerKind.FINANCE, "预算编制岗", "国库支付岗", "会计核算岗", "出纳岗", "资金拨付岗", "资产管理岗", "指标管理岗");
    put(PowerKind.PROCUREMENT, "采购审核岗", "采购执行岗", "合同管理岗", "采购监管岗", "投诉处理岗", "专家管理岗");
    put(PowerKind.CONSTRUCTION, "工程管理岗", "工程评审岗", "投资评审岗", "造价审核岗", "项目管理岗");
    put(PowerKind.ENFORCEMENT, "执法岗", "案件审理岗", "非税收缴岗", "法制审核岗", "调查取证岗");
    put(PowerKind.OTHER, "文秘岗", "综合岗", "档案管理岗", "后勤保障岗", "信息化管理岗", "财务报账岗");

    POWER_ITEM_NAMES.put(
        PowerKind.PERSONNEL, new String[] {"干部选拔任用", "公务员招录", "职务职级晋升", "年度考核", "评优评先", "编外人员招聘"});
    POWER_ITEM_NAMES.put(
        PowerKind.APPROVAL,
        new String[] {"国有资产处置审批", "财政专项资金申请审核", "代理记账机构审批", "预算调整审核", "会计人员资格认定", "项目立项审核"});
    POWER_ITEM_NAMES.put(
        PowerKind.SUPERVISION,
        new String[] {"财政监督检查", "会计信息质量检查", "财政票据监管", "政府采购监督检查", "中介机构执业质量检查", "预算绩效评价"});
    POWER_ITEM_NAMES.put(
        PowerKind.FINANCE,
        new String[] {"部门预算编制", "国库集中支付", "专项资金拨付", "财政资金分配", "往来款项管理", "行政事业单位资产管理", "政府债务管理"});
    POWER_ITEM_NAMES.put(
        PowerKind.PROCUREMENT,
        new String[] {"政府采购项目审核", "采购方式变更审批", "评审专家抽取", "采购合同备案", "供应商质疑投诉处理", "物品采购"});
    POWER_ITEM_NAMES.put(
        PowerKind.CONSTRUCTION,
        new String[] {"政府投资项目评审", "工程预算审核", "工程结算审核", "工程变更审核", "工程款拨付", "基本建设项目竣工决算"});
    POWER_ITEM_NAMES.put(
        PowerKind.ENFORCEMENT,
        new String[] {"财政行政处罚", "会计违法行为处理", "非税收入征缴", "罚没收入管理", "政府采购违法行为处罚", "行政处罚裁量"});
    POWER_ITEM_NAMES.put(
        PowerKind.OTHER, new String[] {"公文处理", "印章管理", "公务接待", "公务用车管理", "档案管理", "政务信息公开"});

    STEP_NAMES.put(PowerKind.PERSONNEL, new String[] {"动议", "民主推荐", "组织考察", "讨论决定", "任前公示"});
    STEP_NAMES.put(PowerKind.APPROVAL, new String[] {"受理", "初审", "复核", "审批", "办结"});
    STEP_NAMES.put(PowerKind.SUPERVISION, new String[] {"制定计划", "现场检查", "问题认定", "处理处罚", "整改督办"});
    STEP_NAMES.put(PowerKind.FINANCE, new String[] {"申请", "审核", "审批", "支付", "记账"});
    STEP_NAMES.put(
        PowerKind.PROCUREMENT, new String[] {"需求提出", "需求审核", "方式确定", "组织采购", "合同签订", "履约验收"});
    STEP_NAMES.put(
        PowerKind.CONSTRUCTION, new String[] {"立项", "招标", "施工管理", "变更签证", "竣工验收", "决算审计"});
    STEP_NAMES.put(PowerKind.ENFORCEMENT, new String[] {"立案", "调查取证", "案件审理", "处罚决定", "执行"});
    STEP_NAMES.put(PowerKind.OTHER, new String[] {"申请", "审核", "办理", "归档"});

    OBJECTS.put(PowerKind.PERSONNEL, new String[] {"干部选拔任用", "公开招录", "职务职级晋升", "年度考核", "评优评先"});
    OBJECTS.put(PowerKind.APPROVAL, new String[] {"资产处置审批", "专项资金申请", "项目立项", "资格认定", "预算调整"});
    OBJECTS.put(PowerKind.SUPERVISION, new String[] {"监督检查", "专项检查", "票据监管", "会计监督", "绩效评价"});
    OBJECTS.put(PowerKind.FINANCE, new String[] {"预算编制", "资金拨付", "国库支付", "专项资金分配", "往来款项", "会计核算"});
    OBJECTS.put(
        PowerKind.PROCUREMENT, new String[] {"采购需求", "采购方式变更", "供应商资格审查", "评审专家抽取", "履约验收"});
    OBJECTS.put(PowerKind.CONSTRUCTION, new String[] {"工程招标", "工程变更签证", "工程量核定", "工程款拨付", "竣工决算"});
    OBJECTS.put(PowerKind.ENFORCEMENT, new String[] {"行政处罚", "调查取证", "处罚裁量", "罚没款收缴", "非税收入征缴"});
    OBJECTS.put(PowerKind.OTHER, new String[] {"公文办理", "印章使用", "公务接待", "公车使用", "办公用品管理"});

    SPECIFIC_TITLES.put(
        PowerKind.PROCUREMENT,
        new Object[][] {
          {RiskCategory.EXTERNAL, "与供应商串通"},
          {RiskCategory.PROCESS, "化整为零规避公开招标"},
          {RiskCategory.DUTY, "指定品牌或设置倾向性条款"}
        });
    PowerKind c = PowerKind.CONSTRUCTION;
    SPECIFIC_TITLES.put(
        c,
        new Object[][] {
          {RiskCategory.DUTY, "虚增工程量"},
          {RiskCategory.EXTERNAL, "违规指定施工单位"},
          {RiskCategory.PROCESS, "先施工后补办审批手续"}
        });
    SPECIFIC_TITLES.put(
        PowerKind.FINANCE,
        new Object[][] {
          {RiskCategory.DUTY, "违规拨付资金"},
          {RiskCategory.INSTITUTION, "截留挪用专项资金"},
          {RiskCategory.PROCESS, "虚列支出、套取资金"}
        });
    SPECIFIC_TITLES.put(
        PowerKind.PERSONNEL,
        new Object[][] {
          {RiskCategory.DUTY, "违规提拔任用干部"},
          {RiskCategory.PROCESS, "考核评价弄虚作假"},
          {RiskCategory.EXTERNAL, "说情打招呼干预选人用人"}
        });
    SPECIFIC_TITLES.put(
        PowerKind.APPROVAL,
        new Object[][] {
          {RiskCategory.DUTY, "违规审批、越权审批"},
          {RiskCategory.PROCESS, "审批超时限、吃拿卡要"}
        });
    SPECIFIC_TITLES.put(
        PowerKind.SUPERVISION,
        new Object[][] {
          {RiskCategory.DUTY, "检查走过场"},
          {RiskCategory.EXTERNAL, "对发现的问题隐瞒不报"}
        });
    SPECIFIC_TITLES.put(
        PowerKind.ENFORCEMENT,
        new Object[][] {
          {RiskCategory.DUTY, "随意行使处罚裁量权"},
          {RiskCategory.PROCESS, "以罚代管、以罚代刑"}
        });
    SPECIFIC_TITLES.put(
        PowerKind.OTHER,
        new Object[][] {
          {RiskCategory.IDEOLOGY, "公车私用"},
          {RiskCategory.INSTITUTION, "超标准公务接待"}
        });
  }

  private static void put(PowerKind kind, String... postNames) {
    POST_NAMES.put(kind, postNames);
  }

  // ---------------------------------------------------------------- templates per category

  private static final Map<RiskCategory, String[]> TITLE_TEMPLATES =
      new EnumMap<>(RiskCategory.class);
  private static final Map<RiskCategory, String[]> MANIFESTATION_TEMPLATES =
      new EnumMap<>(RiskCategory.class);

  static {
    TITLE_TEMPLATES.put(
        RiskCategory.IDEOLOGY,
        new String[] {
          "理想信念动摇，放松政治理论学习",
          "宗旨意识淡薄，存在特权思想",
          "贪图享受、铺张浪费",
          "{}中存在官僚主义、形式主义",
          "廉洁自律意识不强",
          "{}中不思进取、推诿扯皮"
        });
    TITLE_TEMPLATES.put(
        RiskCategory.INSTITUTION,
        new String[] {"{}制度不健全", "{}制度可操作性不强", "{}制度执行不到位", "{}缺乏相互制约机制", "{}内控机制缺失"});
    TITLE_TEMPLATES.put(
        RiskCategory.DUTY,
        new String[] {"{}中滥用职权", "{}中不作为、慢作为", "利用{}职务便利以权谋私", "{}审核把关不严", "{}中独断专行"});
    TITLE_TEMPLATES.put(
        RiskCategory.PROCESS,
        new String[] {"{}流程设计不完善", "{}未按规定程序办理", "{}环节监督制约缺失", "{}信息公开不及时", "{}材料审核不规范"});
    TITLE_TEMPLATES.put(
        RiskCategory.EXTERNAL,
        new String[] {"{}中接受管理服务对象宴请", "{}中收受礼品礼金", "{}中受人情干扰", "{}中接受请托说情", "{}中泄露工作秘密"});

    MANIFESTATION_TEMPLATES.put(
        RiskCategory.IDEOLOGY,
        new String[] {
          "放松政治理论学习和世界观改造，理想信念动摇，在{}工作中经不起利益诱惑",
          "不思进取、自由散漫，漠视群众诉求，办理{}事项推诿拖延",
          "特权思想严重，利用{}之便接受吃请、收受礼品礼金",
          "阳奉阴违、弄虚作假，对{}工作敷衍应付"
        });
    MANIFESTATION_TEMPLATES.put(
        RiskCategory.INSTITUTION,
        new String[] {
          "{}相关制度不能适应工作需要，约束作用不明显，存在自由裁量空间",
          "{}制度贯彻落实不到位，缺乏监督落实的措施，工作出现纰漏",
          "{}各环节缺乏相互制约，存在一人说了算的情况",
          "{}标准和权限不明确，执行中随意性较大"
        });
    MANIFESTATION_TEMPLATES.put(
        RiskCategory.DUTY,
        new String[] {
          "在{}中违反规定程序，超越职权办理事项",
          "对{}材料审核把关不严，降低标准、放宽条件",
          "利用{}职务之便为亲友或特定关系人谋取利益",
          "不履行“一岗双责”，对{}中的问题失察失管"
        });
    MANIFESTATION_TEMPLATES.put(
        RiskCategory.PROCESS,
        new String[] {
          "{}流程各环节之间未形成有效监督制约，存在暗箱操作空间",
          "不按规定程序开展{}，简化或跳过必要环节",
          "{}办理时限、标准未公开，随意性大",
          "{}资料不全即予办理，事后补办手续"
        });
    MANIFESTATION_TEMPLATES.put(
        RiskCategory.EXTERNAL,
        new String[] {
          "管理服务对象在{}中进行利益诱惑，可能导致权钱交易",
          "在{}中受亲友、领导打招呼等非正常因素影响，违规操作",
          "与利益相关方不正当交往，泄露{}相关信息",
          "{}中接受管理服务对象安排的宴请、旅游、娱乐活动"
        });
  }

  // ---------------------------------------------------------------- measures

  private static final Map<MeasureType, String[]> MEASURE_TEMPLATES =
      new EnumMap<>(MeasureType.class);

  static {
    MEASURE_TEMPLATES.put(
        MeasureType.INSTITUTIONAL,
        new String[] {"严格执行{}管理制度", "修订完善{}管理办法，明确标准和权限", "建立{}责任追究制度", "制定{}自由裁量基准并严格执行"});
    MEASURE_TEMPLATES.put(
        MeasureType.PROCESS,
        new String[] {"规范{}工作流程，明确办理时限并对外公开", "{}实行“双人复核”", "{}全程留痕、定期归档", "{}实行限时办结制"});
    MEASURE_TEMPLATES.put(
        MeasureType.EDUCATION,
        new String[] {
          "开展廉政警示教育，每季度不少于一次", "签订廉政承诺书，落实“一岗双责”", "组织学习{}相关法律法规和廉洁自律规定", "开展廉政谈话，提醒在{}中廉洁履职"
        });
    MEASURE_TEMPLATES.put(
        MeasureType.SUPERVISION,
        new String[] {"纪检组定期对{}开展专项检查", "{}结果在一定范围内公示，接受监督", "{}事项纳入“三重一大”集体决策", "实行{}情况定期报告制度"});
    MEASURE_TEMPLATES.put(
        MeasureType.TECHNOLOGY,
        new String[] {"{}纳入信息系统网上运行、实时监控", "运用电子监察系统对{}全程监控", "建立{}预警信息点，异常情况自动提示"});
    MEASURE_TEMPLATES.put(
        MeasureType.SEPARATION_OF_DUTIES,
        new String[] {"{}实行不相容岗位分离", "{}审核与审批分设岗位、相互制约", "{}经办人员定期轮岗交流"});
  }

  /** The measure types that suit each category best. */
  private static final Map<RiskCategory, MeasureType[]> PREFERRED_MEASURES =
      new EnumMap<>(RiskCategory.class);

  static {
    PREFERRED_MEASURES.put(
        RiskCategory.IDEOLOGY, new MeasureType[] {MeasureType.EDUCATION, MeasureType.SUPERVISION});
    PREFERRED_MEASURES.put(
        RiskCategory.INSTITUTION,
        new MeasureType[] {MeasureType.INSTITUTIONAL, MeasureType.SEPARATION_OF_DUTIES});
    PREFERRED_MEASURES.put(
        RiskCategory.DUTY,
        new MeasureType[] {
          MeasureType.SEPARATION_OF_DUTIES, MeasureType.SUPERVISION, MeasureType.EDUCATION
        });
    PREFERRED_MEASURES.put(
        RiskCategory.PROCESS,
        new MeasureType[] {MeasureType.PROCESS, MeasureType.TECHNOLOGY, MeasureType.INSTITUTIONAL});
    PREFERRED_MEASURES.put(
        RiskCategory.EXTERNAL,
        new MeasureType[] {MeasureType.EDUCATION, MeasureType.SUPERVISION, MeasureType.TECHNOLOGY});
  }

  // ---------------------------------------------------------------- other per-kind templates

  private static final String[] DUTY_TEMPLATES = {
    "负责{}相关工作", "负责{}材料的受理和初审", "负责{}的审核和报批", "配合做好{}的监督检查", "负责{}资料的整理归档"
  };

  private static final String[] INDICATOR_TEMPLATES = {
    "{}投诉举报件数", "{}超时办结件数", "{}事后抽查问题数", "{}变更调整次数", "{}退回重办率"
  };

  // ---------------------------------------------------------------- decisions and residual risk

  static final String[] MEETINGS = meetings();

  /** Who sits in on a meeting without being a person of the ledger. */
  static final String SITTING_IN = "区纪委监委派驻纪检监察组组长（列席）";

  static final String[] DISSENTS = {
    "一名班子成员建议将该风险点等级调高为“高”，经讨论按多数意见确定", "一名班子成员认为防控措施中的时限要求偏紧，会议同意按期落实后再作评估"
  };

  static final String[] RAISE_RATIONALES = {
    "该事项涉及大额资金使用，经集体研究调高风险等级",
    "近年同类岗位发生过违纪问题，经集体研究调高风险等级",
    "自由裁量空间较大，经集体研究调高风险等级",
    "涉及“三重一大”事项，经集体研究调高风险等级"
  };

  static final String[] LOWER_RATIONALES = {
    "已实行网上审批和全程监控，经集体研究调低风险等级", "该事项已实行不相容岗位分离，经集体研究调低风险等级", "权力行使频率较低、裁量空间有限，经集体研究调低风险等级"
  };

  static final String[] KEEP_RATIONALES = {"经集体研究，维持自评等级", "经集体研究，同意科室意见"};

  static final String[] RESIDUAL_RATIONALES = {
    "防控措施尚在落实中，剩余风险仍较高", "相关信息系统尚未上线，短期内难以有效降低风险", "人员配备不足，不相容岗位暂未完全分离"
  };

  /** Every day of {@link #YEAR}, shared. */
  static final LocalDate[] DAYS = days();

  /**
   * Measure deadlines, drawn uniformly: quarter ends of {@link #YEAR} from June on, as a ledger
   * filed in spring sets them, and one in forty the end of March, a deadline a ledger validated in
   * the second quarter finds passed.
   */
  static final LocalDate[] DEADLINES = deadlines();

  private static LocalDate[] deadlines() {
    LocalDate[] later = {
      LocalDate.of(YEAR, 6, 30), LocalDate.of(YEAR, 9, 30), LocalDate.of(YEAR, 12, 31)
    };
    LocalDate[] out = new LocalDate[40];
    out[0] = LocalDate.of(YEAR, 3, 31);
    for (int i = 1; i < out.length; i++) {
      out[i] = later[i % later.length];
    }
    return out;
  }

  /** Process-step ids S1, S2, …, shared. */
  static final String[] STEP_IDS = stepIds();

  /** Measure id suffixes -M1, -M2, -M3. */
  static final String[] MEASURE_SUFFIXES = {"-M1", "-M2", "-M3"};

  // ---------------------------------------------------------------- composed tables

  // Each table holds, per kind of power, one array of variants per business object of that kind
  // (OBJECTS), so that one risk point can speak of the same object throughout.

  private static final Map<RiskCategory, Map<PowerKind, String[][]>> TITLES =
      byCategory(TITLE_TEMPLATES, true);
  private static final Map<RiskCategory, Map<PowerKind, String[][]>> MANIFESTATIONS =
      byCategory(MANIFESTATION_TEMPLATES, false);
  private static final Map<MeasureType, Map<PowerKind, String[][]>> MEASURES = byMeasureType();
  private static final Map<PowerKind, String[][]> DUTIES = byKind(DUTY_TEMPLATES);
  private static final Map<PowerKind, String[][]> INDICATORS = byKind(INDICATOR_TEMPLATES);

  /**
   * Returns the number of business objects of a kind; every table has that many rows for it.
   *
   * @return the number of objects
   */
  static int objects(PowerKind kind) {
    return get(OBJECTS, kind).length;
  }

  /**
   * Returns every text of a table row set, for tests.
   *
   * @return the texts
   */
  static List<String> all(String[][] rows) {
    Set<String> all = new LinkedHashSet<>();
    for (String[] row : rows) {
      all.addAll(List.of(row));
    }
    return List.copyOf(all);
  }

  private static Map<RiskCategory, Map<PowerKind, String[][]>> byCategory(
      Map<RiskCategory, String[]> templates, boolean specific) {
    Map<RiskCategory, Map<PowerKind, String[][]>> result = new EnumMap<>(RiskCategory.class);
    for (RiskCategory category : RiskCategory.five()) {
      Map<PowerKind, String[][]> perKind = new EnumMap<>(PowerKind.class);
      for (PowerKind kind : PowerKind.values()) {
        List<String> extra = new ArrayList<>();
        if (specific) {
          for (Object[] entry : get(SPECIFIC_TITLES, kind)) {
            if (entry[0] == category) {
              extra.add((String) entry[1]);
            }
          }
        }
        perKind.put(kind, fill(get(templates, category), get(OBJECTS, kind), extra));
      }
      result.put(category, perKind);
    }
    return result;
  }

  private static Map<MeasureType, Map<PowerKind, String[][]>> byMeasureType() {
    Map<MeasureType, Map<PowerKind, String[][]>> result = new EnumMap<>(MeasureType.class);
    for (MeasureType type : MeasureType.values()) {
      Map<PowerKind, String[][]> perKind = new EnumMap<>(PowerKind.class);
      for (PowerKind kind : PowerKind.values()) {
        perKind.put(kind, fill(get(MEASURE_TEMPLATES, type), get(OBJECTS, kind), List.of()));
      }
      result.put(type, perKind);
    }
    return result;
  }

  private static Map<PowerKind, String[][]> byKind(String[] templates) {
    Map<PowerKind, String[][]> result = new EnumMap<>(PowerKind.class);
    for (PowerKind kind : PowerKind.values()) {
      result.put(kind, fill(templates, get(OBJECTS, kind), List.of()));
    }
    return result;
  }

  /**
   * Fills every template with each object: one row per object, one entry per distinct text, then
   * the extra texts (which name no object).
   */
  private static String[][] fill(String[] templates, String[] objects, List<String> extra) {
    String[][] rows = new String[objects.length][];
    Map<String, String> shared = new HashMap<>();
    for (int o = 0; o < objects.length; o++) {
      Set<String> texts = new LinkedHashSet<>();
      for (String template : templates) {
        String text = template.replace("{}", objects[o]).replace("管理管理", "管理");
        texts.add(shared.computeIfAbsent(text, t -> t));
      }
      texts.addAll(extra);
      rows[o] = texts.toArray(new String[0]);
    }
    return rows;
  }

  // ---------------------------------------------------------------- lookups

  /** Returns the value for a key that every table has; the tables cover every enum value. */
  private static <K, V> V get(Map<K, V> map, K key) {
    V value = map.get(key);
    if (value == null) {
      throw new IllegalStateException("no pool entry for " + key);
    }
    return value;
  }

  static String[] postNames(PowerKind kind) {
    return get(POST_NAMES, kind);
  }

  static String[] powerItemNames(PowerKind kind) {
    return get(POWER_ITEM_NAMES, kind);
  }

  static String[] stepNames(PowerKind kind) {
    return get(STEP_NAMES, kind);
  }

  static MeasureType[] preferredMeasures(RiskCategory category) {
    return get(PREFERRED_MEASURES, category);
  }

  /** Titles of the category and kind, one row per business object. */
  static String[][] titles(RiskCategory category, PowerKind kind) {
    return get(get(TITLES, category), kind);
  }

  /** Manifestations of the category and kind, one row per business object. */
  static String[][] manifestations(RiskCategory category, PowerKind kind) {
    return get(get(MANIFESTATIONS, category), kind);
  }

  /** Measure texts of the type and kind, one row per business object. */
  static String[][] measures(MeasureType type, PowerKind kind) {
    return get(get(MEASURES, type), kind);
  }

  /** Post duties of the kind, one row per business object. */
  static String[][] duties(PowerKind kind) {
    return get(DUTIES, kind);
  }

  /** Monitoring indicators of the kind, one row per business object. */
  static String[][] indicators(PowerKind kind) {
    return get(INDICATORS, kind);
  }

  private static String[] names() {
    List<String> names = new ArrayList<>(SURNAMES.length * GIVEN_NAMES.length);
    for (String surname : SURNAMES) {
      for (String given : GIVEN_NAMES) {
        names.add(surname + given);
      }
    }
    return names.toArray(new String[0]);
  }

  private static String[] meetings() {
    String[] meetings = new String[24];
    for (int i = 0; i < meetings.length; i++) {
      meetings[i] = YEAR + "年第" + (i + 1) + "次" + (i % 3 == 2 ? "局长办公会议" : "党组会议");
    }
    return meetings;
  }

  private static LocalDate[] days() {
    LocalDate first = LocalDate.of(YEAR, 1, 1);
    LocalDate[] days = new LocalDate[first.lengthOfYear()];
    for (int i = 0; i < days.length; i++) {
      days[i] = first.plusDays(i);
    }
    return days;
  }

  private static String[] stepIds() {
    String[] ids = new String[8];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = "S" + (i + 1);
    }
    return ids;
  }

  /** Major-matter (三重一大) power items of the leadership group, with their kinds. */
  static final String[] MAJOR_MATTERS = {"重大事项决策", "重要人事任免", "重大项目安排", "大额度资金使用"};

  static final PowerKind[] MAJOR_MATTER_KINDS = {
    PowerKind.OTHER, PowerKind.PERSONNEL, PowerKind.CONSTRUCTION, PowerKind.FINANCE
  };

  static final String[] MAJOR_MATTER_STEPS = {"提出动议", "调研论证", "征求意见", "集体决策", "组织实施", "监督检查"};

  /**
   * Returns a number, written as a Chinese numeral up to ten, for telling repeated names apart.
   *
   * @param n the number, from 1
   * @return the numeral
   */
  static String numeral(int n) {
    return n >= 1 && n <= NUMERALS.length ? NUMERALS[n - 1] : Integer.toString(n);
  }

  /**
   * Writes {@code prefix} and {@code n} zero-padded to {@code width} digits.
   *
   * @return e.g. {@code RP-000042}
   */
  static String id(String prefix, int n, int width) {
    String digits = Integer.toString(n);
    StringBuilder b = new StringBuilder(prefix.length() + Math.max(width, digits.length()));
    b.append(prefix);
    for (int i = digits.length(); i < width; i++) {
      b.append('0');
    }
    return b.append(digits).toString();
  }
}
