package io.github.probity.testkit;

import static io.github.probity.model.Discretion.CONSIDERABLE;
import static io.github.probity.model.Discretion.LIMITED;
import static io.github.probity.model.Frequency.DAILY;
import static io.github.probity.model.Frequency.MONTHLY;
import static io.github.probity.model.Frequency.OCCASIONAL;
import static io.github.probity.model.Frequency.QUARTERLY;
import static io.github.probity.model.Frequency.WEEKLY;
import static io.github.probity.model.Frequency.YEARLY;
import static io.github.probity.model.PowerKind.APPROVAL;
import static io.github.probity.model.PowerKind.CONSTRUCTION;
import static io.github.probity.model.PowerKind.ENFORCEMENT;
import static io.github.probity.model.PowerKind.FINANCE;
import static io.github.probity.model.PowerKind.OTHER;
import static io.github.probity.model.PowerKind.PERSONNEL;
import static io.github.probity.model.PowerKind.PROCUREMENT;
import static io.github.probity.model.PowerKind.SUPERVISION;
import static io.github.probity.testkit.SampleAssembly.step;

import io.github.probity.model.Ledger;
import io.github.probity.model.Meeting;
import io.github.probity.model.MeetingKind;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.Unit;
import io.github.probity.plan.ImplementationPlan;
import io.github.probity.plan.PlanPhase;
import io.github.probity.plan.PlanTask;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * A complete, realistic and entirely fictional sample ledger: 示例区财政局, a district finance bureau,
 * for the year 2026. Use it in tests, examples and demonstrations wherever a believable unit is
 * needed; its people and events are invented.
 *
 * <p>The unit has a leadership group (局领导班子) of five — 党组书记、局长 (the principal leader), two
 * 党组成员、副局长, a 党组成员、纪检组长 and a 党组成员、总会计师 — eight departments (预算科, 国库科, 政府采购监管科, 非税收入管理科, 会计监督科,
 * 财政投资评审中心, 资产管理科, 办公室（人事科）), 41 posts held by 50 staff, about thirty power items (职权事项) with their
 * process steps, and about 160 risk points in all five categories and all four owner scopes, each
 * with one to three measures.
 *
 * <p>Fields fixed by rule rather than written by hand:
 *
 * <ul>
 *   <li>Responsible person (责任人) and measure proposer: the first holder of the post for post
 *       points, the department head for department points, the leader for a leader's points and the
 *       principal leader for the group's points.
 *   <li>Supervisor (责任领导), by effective level, never the point's responsible person. Post and
 *       department points: 高 → the principal leader, 一般 → the department's supervising leader, 低 →
 *       the department head, or the supervising leader where the head is the responsible person
 *       (always for department points). Leader points: 高 and 一般 → the principal leader, 低 → the
 *       纪检组长; no leader supervises his own points, so where the rule names the point's owner the
 *       other of the two (principal leader or 纪检组长) supervises instead. The group's points: the
 *       纪检组长, since the principal leader answers for the group.
 *   <li>Risk point ids {@code RP-001}…, measure ids {@code RP-001-M1}…; grading factors from the
 *       level and the power item; a deadline between July and December 2026 for institutional,
 *       process and technology measures; residual level 一般 for 高 points.
 * </ul>
 *
 * <p>Guarantees that tests may rely on: every point has a level, at least one measure, a
 * responsible person and a supervisor; points on procurement, construction and finance power items
 * name their power item and carry a separation-of-duties measure, and those power items are 三重一大;
 * no person holds both the approval and the payment step, or both the purchase and the acceptance
 * step, of one power; no owner has two points with the same title. Every level was decided
 * collectively: a few points by the 2026年第6次党组会议 or with a changed level, all others as proposed by
 * the 2026年第5次党组会议 (2026-05-20), within the plan's grading phase. Both meetings are recorded on the
 * ledger with their attendees (孙志刚 absent from the 6th, which notes a dissent).
 *
 * <p>The ledger is built once, on first use, and shared: it is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SampleUnit {
  /** The unit's name. */
  public static final String NAME = "示例区财政局";

  /** The unit's code. */
  public static final String CODE = "SL-CZJ";

  /** The name of the unit it reports to. */
  public static final String PARENT_NAME = "示例区人民政府";

  /** The year the ledger covers. */
  public static final int YEAR = 2026;

  /** The id of the leadership group. */
  public static final String GROUP_ID = "SL-CZJ-LDBZ";

  /** The name of the leadership group. */
  public static final String GROUP_NAME = "局领导班子";

  private static final String ZHOU = "P-L1";
  private static final String CHEN = "P-L2";
  private static final String LIU = "P-L3";
  private static final String YANG = "P-L4";
  private static final String SUN = "P-L5";

  private static final String M5 = "2026年第5次党组会议";
  private static final LocalDate D5 = LocalDate.of(2026, 5, 20);
  private static final String M6 = "2026年第6次党组会议";
  private static final LocalDate D6 = LocalDate.of(2026, 6, 17);

  private SampleUnit() {}

  /**
   * Returns the sample ledger of 示例区财政局 for 2026. Every call returns the same instance.
   *
   * @return the ledger
   */
  public static Ledger ledger() {
    return Holder.LEDGER;
  }

  /**
   * {@return the sample unit's implementation plan as its records stand: the reference template for
   * 2026 ({@link ImplementationPlan#forLedger(Ledger)}) with every task of the first three phases
   * recorded as completed on its phase's last day; the fourth phase (建立预警防控机制) is still open}
   */
  public static ImplementationPlan plan() {
    ImplementationPlan plan = ImplementationPlan.forLedger(ledger());
    for (int number = 1; number <= 3; number++) {
      PlanPhase phase = plan.phase(number);
      for (PlanTask task : phase.getTasks()) {
        plan = plan.withTaskCompleted(task.getTitle(), phase.getEnd());
      }
    }
    return plan;
  }

  /** Builds the ledger lazily, once, on first use. */
  private static final class Holder {
    static final Ledger LEDGER = build();
  }

  private static Ledger build() {
    SampleAssembly a = new SampleAssembly();
    a.meeting(M5, D5);
    leadership(a);
    meetings(a);
    budget(a);
    treasury(a);
    procurement(a);
    nonTaxRevenue(a);
    accounting(a);
    investmentReview(a);
    assets(a);
    office(a);
    Unit unit = Unit.builder().code(CODE).name(NAME).parentName(PARENT_NAME).build();
    return a.build(unit, YEAR, GROUP_ID, GROUP_NAME);
  }

  /** The two party-group meetings that decided the levels, as their records name them. */
  private static void meetings(SampleAssembly a) {
    a.record(
        Meeting.builder()
            .reference(M5)
            .date(D5)
            .kind(MeetingKind.PARTY_GROUP)
            .addAttendees(ZHOU, CHEN, LIU, YANG, SUN)
            .addOtherAttendees("区纪委监委派驻第三纪检监察组组长（列席）")
            .build());
    a.record(
        Meeting.builder()
            .reference(M6)
            .date(D6)
            .kind(MeetingKind.PARTY_GROUP)
            .addAttendees(ZHOU, CHEN, LIU, YANG)
            .dissent("陈立新同志认为“投诉处理不公正”风险点等级宜维持“高”，会议经讨论按多数意见确定为“一般”。")
            .build());
  }

  // ---------------------------------------------------------------------------------------------
  // 领导班子与班子成员
  // ---------------------------------------------------------------------------------------------

  private static void leadership(SampleAssembly a) {
    a.leader(ZHOU, "周振华", "党组书记、局长", true, "主持局党组和行政全面工作，履行党风廉政建设第一责任人职责；分管办公室（人事科）。", "D08");
    a.leader(CHEN, "陈立新", "党组成员、副局长", false, "负责预算管理、国库集中收付和财政资金存放工作；分管预算科、国库科。", "D01", "D02");
    a.leader(
        LIU, "刘素梅", "党组成员、副局长", false, "负责政府采购监督管理、行政事业单位国有资产管理工作；分管政府采购监管科、资产管理科。", "D03", "D07");
    a.leader(
        YANG, "杨卫东", "党组成员、纪检组长", false, "负责纪检监察和党风廉政建设日常工作，协助党组书记落实党风廉政建设责任制；分管会计监督科。", "D05");
    a.leader(SUN, "孙志刚", "党组成员、总会计师", false, "负责非税收入管理、财政投资评审工作；分管非税收入管理科、财政投资评审中心。", "D04", "D06");

    a.power(
        "PI-01",
        "局机关大额经费支出审批",
        RiskOwner.leader(ZHOU),
        FINANCE,
        CONSIDERABLE,
        MONTHLY,
        true,
        step("经办申请"),
        step("财务审核", "D08-P3"),
        step("审批"),
        step("支付", "D08-P4"));
    a.power(
        "PI-02",
        "干部选拔任用",
        RiskOwner.leader(ZHOU),
        PERSONNEL,
        CONSIDERABLE,
        OCCASIONAL,
        true,
        step("动议", "D08-P2"),
        step("民主推荐", "D08-P2"),
        step("组织考察", "D08-P2"),
        step("党组讨论决定"),
        step("任前公示", "D08-P1"));
    a.power(
        "PI-03",
        "预算调整与追加审批",
        RiskOwner.leader(CHEN),
        FINANCE,
        CONSIDERABLE,
        MONTHLY,
        true,
        step("受理", "D01-P2"),
        step("审核", "D01-P2"),
        step("复核", "D01-P1"),
        step("审批"),
        step("指标下达", "D01-P1"));
    a.power(
        "PI-04",
        "政府采购方式变更审批",
        RiskOwner.leader(LIU),
        PROCUREMENT,
        CONSIDERABLE,
        MONTHLY,
        true,
        step("受理", "D03-P1"),
        step("专家论证", "D03-P3"),
        step("审核", "D03-P1"),
        step("审批"),
        step("结果公示", "D03-P5"));
    a.power(
        "PI-05",
        "财政投资评审结论审定",
        RiskOwner.leader(SUN),
        CONSTRUCTION,
        CONSIDERABLE,
        WEEKLY,
        true,
        step("复核", "D06-P5"),
        step("中心会审"),
        step("审定"));

    RiskOwner group = RiskOwner.leadershipGroup(GROUP_ID);
    a.point(
            group,
            "思想道德",
            "一般",
            "理论学习和廉政教育流于形式",
            "党组理论学习中心组学习计划落实不到位，以读文件代替研讨；廉政教育针对性不强，对党员干部思想动态掌握不及时。")
        .measures("教育：制定年度党组理论学习中心组学习计划，每季度至少安排一次党风廉政建设专题学习", "监督：纪检组对学习计划执行情况开展督查并在全局通报");
    a.point(
            group,
            "制度机制",
            "高",
            "“三重一大”集体决策制度执行不严格",
            "重大事项决策、重要人事任免、重大项目安排和大额度资金使用未经党组会议集体研究，或以碰头会、传阅代替会议决策，会前酝酿不充分。")
        .measures(
            "制度：修订《示例区财政局“三重一大”事项集体决策实施办法》，明确事项范围、金额标准和议事规则",
            "分权：“三重一大”事项实行分管领导提出、党组集体决策、纪检组全程监督，主要领导末位表态",
            "监督：决策事项会议纪要报纪检组备案，年终开展专项检查")
        .watch("未经集体研究即实施的“三重一大”事项数")
        .decided(M5, D5, "高", "");
    a.point(
            group,
            "岗位职责",
            "一般",
            "落实党风廉政建设主体责任不到位",
            "班子成员履行“一岗双责”不到位，重业务轻廉政，对分管领域廉政风险研判不足，责任制考核流于形式。")
        .measures("制度：制定党组落实全面从严治党主体责任清单，班子成员逐级签订党风廉政建设责任书", "监督：每半年听取班子成员履行“一岗双责”情况汇报，结果纳入年度述职述廉");
    a.point(group, "业务流程", "一般", "选人用人程序执行不规范", "干部选拔任用中动议、民主推荐、考察、讨论决定等环节把关不严，存在临时动议、带病提拔的风险。")
        .on("PI-02", "党组讨论决定")
        .measures("流程：严格执行干部选拔任用工作程序，动议至任职各环节全程纪实", "监督：纪检组全程参与监督，拟任人选廉政情况书面征求纪检组意见");
    a.point(group, "外部环境", "一般", "外部干预影响集体决策", "预算安排、资金分配和项目评审中受到有关单位、企业或个人说情打招呼，影响集体决策的独立性和公正性。")
        .measures("制度：落实干预插手重大事项记录报告制度，建立请托事项登记台账", "监督：请托登记情况每季度报纪检组分析研判");
    a.point(group, "思想道德", "低", "作风建设松懈反弹", "对中央八项规定精神执行标准逐渐放松，公务接待、公车使用、会议培训等方面出现隐形变异问题。")
        .measures("教育：元旦、春节、中秋、国庆等重要节点开展作风建设专项提醒", "监督：办公室每季度开展公务接待、公车使用情况自查并报党组");

    RiskOwner zhou = RiskOwner.leader(ZHOU);
    a.point(zhou, "思想道德", "一般", "权力观和政绩观出现偏差", "作为单位主要负责人，放松世界观改造，追求个人政绩，存在“一言堂”和特权思想苗头。")
        .measures("教育：带头参加中心组学习和民主生活会，每年开展一次党性分析", "监督：主动接受上级纪委、纪检组和干部群众监督，年度述职述廉");
    a.point(zhou, "岗位职责", "高", "违反民主集中制独断专行", "在“三重一大”事项决策中以个人意见代替集体意见，会前定调，或对班子成员分管事项干预过多。")
        .measures("制度：严格执行主要领导末位表态制度，“三重一大”事项一律提交党组会议集体研究", "监督：纪检组长列席局长办公会议，会议纪要报纪检组备案")
        .decided(M5, D5, "高", "");
    a.point(zhou, "业务流程", "高", "大额经费支出审批把关不严", "对超预算、无预算或手续不全的大额支出签批同意，或以拆分事项规避集体决策。")
        .on("PI-01", "审批")
        .measures(
            "分权：大额支出实行经办申请、财务审核、分管领导审核、局长审批、出纳支付分段办理，审批人不得兼办支付",
            "制度：5万元以上支出经局长办公会议研究，30万元以上提交党组会议集体决策",
            "科技：支出审批纳入内控管理系统，超预算、超标准支出系统自动拦截")
        .watch("未经集体研究的大额支出笔数");
    a.point(zhou, "业务流程", "一般", "干部选拔任用中个人说了算", "在干部动议、推荐环节预设人选，或在讨论决定时以个人意见影响结果。")
        .on("PI-02", "动议")
        .measures("流程：干部选拔任用动议须经党组会议集体研究，动议情况全程纪实", "监督：干部任用前听取纪检组意见，任前公示不少于5个工作日");
    a.point(zhou, "外部环境", "一般", "亲属及身边人员借势谋利", "配偶子女及身边工作人员利用其职务影响承揽与财政业务相关的项目，或接受他人请托。")
        .measures("制度：按规定报告个人有关事项和配偶子女从业情况，严格执行回避制度", "教育：加强家风建设，签订家庭助廉承诺书");

    RiskOwner chen = RiskOwner.leader(CHEN);
    a.point(chen, "思想道德", "低", "放松政治理论学习", "忙于事务性工作，政治理论学习时间难以保证，对新修订的党内法规和纪律规定学习不深不透。")
        .measures("教育：按计划参加中心组学习，每年到分管科室讲授一次廉政党课");
    a.point(chen, "业务流程", "高", "预算调整追加审批随意", "对无依据的预算追加事项签批同意，或在年度执行中频繁调剂预算，削弱预算约束。")
        .on("PI-03", "审批")
        .measures(
            "分权：预算调整实行预算科审核复核、分管领导审批，追加50万元以上事项提交党组集体审定",
            "制度：明确预算追加的条件和限额，非急需事项原则上不予追加",
            "监督：预算调整情况按季度在局务会通报并依法向社会公开")
        .watch("年度预算追加总额占年初预算的比例");
    a.point(chen, "岗位职责", "一般", "分管科室“一岗双责”履行不到位", "对预算科、国库科干部日常管理监督不严，对苗头性、倾向性问题提醒不及时。")
        .measures("监督：每半年与分管科室负责人和关键岗位人员开展一次廉政谈话", "制度：将廉政风险防控情况纳入分管科室年度考核");
    a.point(chen, "外部环境", "一般", "预算单位争取资金请托说情", "预算编制和资金分配期间，预算单位、街镇或企业以汇报工作为名请托说情、赠送礼品。")
        .measures("制度：资金分配因素和标准提前公开，分配结果集体研究", "教育：严格执行拒收礼品礼金登记上交制度");

    RiskOwner liu = RiskOwner.leader(LIU);
    a.point(liu, "思想道德", "低", "廉洁自律要求有所放松", "认为分管领域制度较为完备，放松自我要求，参加与供应商有关的非公务活动。")
        .measures("教育：签订廉洁从政承诺书，在年度民主生活会上对照检查");
    a.point(liu, "业务流程", "高", "政府采购方式变更审批失之于宽", "对不符合条件的单一来源、竞争性谈判等非公开招标方式申请予以批准，为指定供应商创造条件。")
        .on("PI-04", "审批")
        .measures(
            "分权：采购方式变更实行科室审核、专家论证、分管领导审批、结果公示，审核与审批分离",
            "制度：细化采购方式变更审批标准，单一来源采购一律事前公示",
            "监督：纪检组每季度抽查采购方式变更审批件")
        .watch("单一来源采购金额占政府采购总额的比例");
    a.point(liu, "业务流程", "一般", "国有资产处置审批把关不严", "对评估价格明显偏低或未经公开交易的资产处置事项审批同意，造成国有资产流失。")
        .on("PI-25", "审批")
        .measures("流程：资产处置一律经评估备案并通过公共资源交易平台公开处置", "监督：大额资产处置事项提交党组集体研究");
    a.point(liu, "外部环境", "一般", "供应商及代理机构拉拢腐蚀", "供应商、采购代理机构通过各种关系接近，请托在采购方式、投诉处理中给予关照。")
        .measures("教育：定期开展政府采购领域警示教育", "监督：执行领导干部与管理服务对象交往报告制度");

    RiskOwner yang = RiskOwner.leader(YANG);
    a.point(yang, "岗位职责", "一般", "监督责任履行不到位", "对党组和班子成员落实主体责任监督不力，对廉政风险预警信息分析处置不及时。")
        .measures("制度：制定纪检组年度监督工作计划和廉政风险预警信息处置流程", "监督：定期向区纪委监委报告监督工作情况");
    a.point(yang, "思想道德", "低", "“好人主义”思想", "碍于情面，对发现的问题不愿较真碰硬，执纪问责失之于宽、失之于软。")
        .measures("教育：加强纪检干部党性修养，开展自身建设专题学习", "制度：落实问题线索集体排查制度");
    a.point(yang, "业务流程", "一般", "监督检查处理意见审核不严", "对会计监督检查发现的问题降格处理或不予处理，检查结果运用不到位。")
        .on("PI-19", "处理决定")
        .measures("流程：检查结论实行检查组提出、审理岗审理、集体研究决定", "监督：处理结果在一定范围内公开");
    a.point(yang, "外部环境", "低", "被检查单位说情干预", "被检查单位通过熟人关系说情打招呼，要求减轻或不予处理。")
        .measures("制度：落实说情干预登记报告制度，登记情况报党组");

    RiskOwner sun = RiskOwner.leader(SUN);
    a.point(sun, "思想道德", "低", "宗旨意识淡化", "深入基层和服务对象调查研究不够，对非税收入征缴和投资评审中的群众反映关注不足。")
        .measures("教育：每年开展一次分管领域调研并听取服务对象意见");
    a.point(sun, "业务流程", "高", "投资评审结论审定把关不严", "对评审中心提交的概预算、结算评审结论审定不严，对明显高估冒算或不合理压价的结论签发同意。")
        .on("PI-05", "审定")
        .measures("分权：评审结论实行评审人员初审、复核岗复核、中心集体会审、分管领导审定，审定人不参与具体评审", "监督：审定金额与送审金额差异较大的项目向党组报告")
        .watch("审减率偏离年度平均水平10个百分点以上的项目数");
    a.point(sun, "业务流程", "一般", "非税收入退付审批把关不严", "对依据不足的退付申请予以批准，或为特定缴款人违规退付。")
        .on("PI-17", "审批")
        .measures("分权：退付实行受理、审核、审批、国库支付四岗分离", "制度：制定非税收入退付管理办法，明确退付条件和审批权限");
    a.point(sun, "外部环境", "一般", "建设单位及施工企业请托", "政府投资项目建设单位、施工企业请托在评审中给予关照，或以咨询费等名义输送利益。")
        .measures("制度：落实请托事项登记报告制度", "教育：签订廉洁承诺书，定期开展警示教育");
  }

  // ---------------------------------------------------------------------------------------------
  // 预算科
  // ---------------------------------------------------------------------------------------------

  private static void budget(SampleAssembly a) {
    a.department("D01", "预算科", "黄海燕", "科长", CHEN);
    RiskOwner p1 =
        a.post(
            "D01-P1", "预算编制岗", "王磊、赵敏", "组织编制部门预算和区级预算草案", "审核部门预算建议数，汇总平衡预算", "编制预算批复文件并办理指标下达");
    RiskOwner p2 = a.post("D01-P2", "预算调整岗", "钱海波", "办理年度预算调整、追加和调剂", "审核预算单位预算调剂申请", "编制预算调整方案");
    RiskOwner p3 = a.post("D01-P3", "项目库管理岗", "徐静怡", "组织项目申报入库", "审核项目支出预算的立项依据和测算标准", "实施项目滚动管理");
    RiskOwner p4 =
        a.post("D01-P4", "转移支付管理岗", "马俊杰", "测算街镇转移支付资金分配方案", "办理上级转移支付资金分解下达", "跟踪转移支付资金使用情况");
    RiskOwner p5 = a.post("D01-P5", "预算绩效管理岗", "朱晓燕", "审核预算绩效目标", "组织开展重点项目绩效评价", "推动评价结果与预算安排挂钩");

    a.power(
        "PI-06",
        "部门预算编制与审核",
        RiskOwner.department("D01"),
        FINANCE,
        CONSIDERABLE,
        YEARLY,
        true,
        step("布置申报", "D01-P1"),
        step("项目审核入库", "D01-P3"),
        step("汇总平衡", "D01-P1"),
        step("审批"),
        step("批复下达", "D01-P1"));
    a.power(
        "PI-07",
        "转移支付资金分配",
        RiskOwner.department("D01"),
        FINANCE,
        CONSIDERABLE,
        QUARTERLY,
        true,
        step("测算", "D01-P4"),
        step("审核", "D01-P1"),
        step("审批"),
        step("资金拨付", "D02-P2"));
    a.power(
        "PI-08",
        "预算绩效评价",
        p5,
        SUPERVISION,
        LIMITED,
        YEARLY,
        false,
        step("确定评价对象", "D01-P5"),
        step("组织评价", "D01-P5"),
        step("结果审核", "D01-P1"));

    RiskOwner d = RiskOwner.department("D01");
    a.point(d, "业务流程", "高", "预算分配缺乏统一标准", "预算资金安排未按统一的定额标准和因素法分配，存在“人情预算”“关系预算”，部分项目预算高估冒算。")
        .on("PI-06", "汇总平衡")
        .measures(
            "分权：预算安排实行科室初审、项目评审、分管领导审核、党组集体审定",
            "制度：完善基本支出定额标准和项目支出标准体系",
            "科技：依托预算管理一体化系统编制预算，调整全程留痕")
        .watch("项目支出预算审减率");
    a.point(d, "制度机制", "一般", "预算编制制度可操作性不强", "项目支出标准不完善，预算编制规程对项目入库、评审、排序等环节规定较原则，执行中弹性空间较大。")
        .measures("制度：修订项目支出预算管理办法，细化项目入库、评审和排序规则");
    a.point(d, "岗位职责", "一般", "预算批复下达不及时不公开", "未按规定时限批复部门预算，或对预算批复选择性公开。")
        .on("PI-06", "批复下达")
        .measures("分权：批复文件实行经办人拟稿、科长复核、分管领导签发", "流程：部门预算在区人大批准后20日内批复", "监督：部门预算按规定向社会公开，接受社会监督");
    a.point(d, "外部环境", "一般", "预算单位请托追加资金", "预算单位通过私人关系、宴请等方式请托，争取多安排预算或追加资金。")
        .measures("制度：建立预算请托说情登记制度", "教育：科室每季度开展一次廉政提醒谈话");
    a.point(d, "思想道德", "低", "“重分配、轻管理”思想", "重视资金分配，忽视预算执行和绩效管理，服务意识不强，对预算单位态度生硬。")
        .measures("教育：开展“预算为民”专题学习讨论", "制度：预算执行进度和绩效评价结果纳入科室考核");

    a.point(p1, "业务流程", "高", "预算审核中擅自调整分配额度", "在汇总平衡预算时利用审核权限擅自调增或调减部门预算，为个别单位多安排资金。")
        .on("PI-06", "汇总平衡")
        .measures("分权：预算数据调整经科长复核，调整原因书面说明并留痕", "科技：预算管理一体化系统锁定审核后数据，修改须经授权");
    a.point(p1, "制度机制", "低", "基本支出定额标准执行不统一", "对同类预算单位执行不同的定额标准，人为造成苦乐不均。")
        .measures("制度：公开基本支出定额标准，统一执行口径");
    common(a, p1);
    a.point(p2, "业务流程", "一般", "预算调剂审核不严", "对依据不充分、资料不完整的预算调剂和追加申请审核通过，规避预算约束。")
        .on("PI-03", "审核")
        .measures("分权：调剂追加申请实行经办审核、科长复核、分管领导审批三级把关", "制度：制定预算调剂操作规程，明确申报材料清单");
    common(a, p2);
    a.point(p3, "业务流程", "一般", "项目入库审核把关不严", "对立项依据不足、测算标准不明的项目审核入库，或为关系单位项目“开绿灯”。")
        .on("PI-06", "项目审核入库")
        .measures("分权：项目入库实行岗位初审、专家评审、科室集体会审", "流程：入库项目按统一模板填报测算依据");
    common(a, p3);
    a.point(p4, "业务流程", "一般", "转移支付资金分配不公", "测算转移支付分配方案时不按因素法测算，人为调整分配系数，造成资金分配不公。")
        .on("PI-07", "测算")
        .measures("分权：分配方案测算与审核分设岗位，方案经集体研究", "监督：分配因素、标准和结果公开")
        .watch("转移支付分配结果与因素法测算结果的偏差")
        .decided(M5, D5, "高", "转移支付资金规模大、涉及街镇面广，测算环节自由裁量空间较大，集体研究提升为高风险。");
    common(a, p4);
    a.point(p5, "岗位职责", "低", "绩效评价走过场", "对绩效评价结果不严格把关，评价结论“一团和气”，评价结果未与预算安排挂钩。")
        .on("PI-08", "组织评价")
        .measures("制度：制定重点项目绩效评价工作规程", "监督：绩效评价结果向社会公开");
    common(a, p5);
  }

  // ---------------------------------------------------------------------------------------------
  // 国库科
  // ---------------------------------------------------------------------------------------------

  private static void treasury(SampleAssembly a) {
    a.department("D02", "国库科", "吴国强", "科长", CHEN);
    RiskOwner p1 =
        a.post("D02-P1", "集中支付审核岗", "胡建军、郭丽娟", "受理预算单位用款申请", "审核支付申请的预算指标、用途和附件", "办理直接支付和授权支付业务");
    RiskOwner p2 = a.post("D02-P2", "资金拨付岗", "曹永辉", "开具支付凭证并办理资金拨付", "办理转移支付和非税退付资金划拨", "登记资金拨付台账");
    RiskOwner p3 = a.post("D02-P3", "账户管理岗", "许文静", "审核预算单位银行账户开立、变更和撤销", "开展银行账户年检", "维护账户管理信息");
    RiskOwner p4 = a.post("D02-P4", "国库会计核算岗", "邓志勇", "办理总预算会计核算", "与人民银行、代理银行对账", "编制国库收支报表");
    RiskOwner p5 = a.post("D02-P5", "财政专户管理岗", "冯雪梅", "管理财政专户资金", "拟定财政资金竞争性存放方案", "跟踪专户资金利息收入");

    a.power(
        "PI-09",
        "国库集中支付",
        RiskOwner.department("D02"),
        FINANCE,
        LIMITED,
        DAILY,
        true,
        step("受理", "D02-P1"),
        step("审核", "D02-P1"),
        step("审批"),
        step("支付", "D02-P2"),
        step("对账", "D02-P4"));
    a.power(
        "PI-10",
        "预算单位银行账户审批",
        p3,
        APPROVAL,
        LIMITED,
        MONTHLY,
        false,
        step("受理", "D02-P3"),
        step("审核", "D02-P3"),
        step("审批"),
        step("备案", "D02-P4"));
    a.power(
        "PI-11",
        "财政资金竞争性存放",
        RiskOwner.department("D02"),
        FINANCE,
        CONSIDERABLE,
        QUARTERLY,
        true,
        step("拟定方案", "D02-P5"),
        step("集体评审"),
        step("审批"),
        step("资金拨付", "D02-P2"));

    RiskOwner d = RiskOwner.department("D02");
    a.point(d, "业务流程", "高", "支付审核与拨付环节制约不足", "支付审核与资金拨付未严格分岗，存在一人完成审核和拨付、无预算或超预算拨付资金的风险。")
        .on("PI-09", "支付")
        .measures(
            "分权：支付受理审核、审批、拨付、对账分设岗位，不相容岗位不得兼任", "科技：国库支付系统按预算指标控制，超指标支付自动拦截", "监督：每月与代理银行对账，科长复核")
        .watch("超指标、无指标支付预警次数");
    a.point(d, "制度机制", "一般", "资金存放管理制度不健全", "竞争性存放评分标准不透明，存放银行选择缺乏制衡，可能以存款换取个人利益。")
        .on("PI-11", "集体评审")
        .measures("制度：制定财政资金竞争性存放管理办法，公开评分标准", "分权：存放方案拟定、评审、审批分离，评审结果集体研究");
    a.point(d, "岗位职责", "一般", "国库对账不及时", "未按月与人民银行、代理银行和预算单位对账，账实不符问题不能及时发现。")
        .measures("制度：建立国库对账工作规程，明确对账时限", "监督：科长每月复核对账结果并签字");
    a.point(d, "外部环境", "一般", "代理银行利益输送", "代理银行为争取财政资金存放和代理业务，以赞助、礼品、安排消费等方式拉拢相关人员。")
        .measures("教育：开展金融领域典型案例警示教育", "监督：代理银行年度考核结果公开");
    a.point(d, "思想道德", "低", "资金安全意识淡薄", "对资金安全重视不够，支付U盾、密码保管随意，存在“借用”“代办”现象。")
        .measures("制度：支付U盾、密码实行专人分开保管", "教育：每半年开展一次资金安全教育");

    a.point(p1, "业务流程", "高", "用款申请审核不严", "对无预算、超预算、用途不符或附件不全的用款申请审核通过，或为关系单位优先办理支付。")
        .on("PI-09", "审核")
        .measures("分权：审核与拨付分岗办理，审核结果经科长复核", "科技：支付系统按预算指标刚性控制，全程留痕")
        .watch("退回用款申请占比");
    a.point(p1, "岗位职责", "低", "支付业务办理不及时", "对符合条件的用款申请拖延办理，借机“吃拿卡要”。")
        .measures("制度：支付业务实行限时办结，一般事项2个工作日内办结", "监督：预算单位对支付服务开展评价");
    common(a, p1);
    a.point(p2, "业务流程", "一般", "资金拨付与凭证不一致", "拨付资金时擅自变更收款人、账号或金额，或将资金拨付至非指定账户。")
        .on("PI-09", "支付")
        .measures("分权：拨付人员不得参与支付审核，大额拨付实行双人复核", "科技：收款账户信息由系统自动带出，禁止手工修改");
    common(a, p2);
    a.point(p3, "业务流程", "一般", "违规审批开立银行账户", "对不符合条件的开户申请审核通过，或为预算单位多头开户、出借账户提供便利。")
        .on("PI-10", "审核")
        .measures("制度：公布账户开立条件和办理流程", "监督：每年开展账户年检并通报结果");
    common(a, p3);
    a.point(p4, "岗位职责", "一般", "会计核算不真实", "对账中发现差异不报告、不处理，或人为调整账务掩盖违规支付。")
        .on("PI-09", "对账")
        .measures("分权：核算与支付岗位分离，对账结果由科长复核签字", "制度：执行总预算会计核算办法，差异事项书面报告");
    common(a, p4);
    a.point(p5, "业务流程", "高", "存放方案倾向特定银行", "拟定存放方案时设置倾向性评分条件，为特定银行中标提供便利，换取个人好处。")
        .on("PI-11", "拟定方案")
        .measures("分权：方案拟定与评审分离，评审由集体进行", "监督：存放结果公开，纪检组全程监督")
        .decided(M6, D6, "高", "");
    common(a, p5);
  }

  // ---------------------------------------------------------------------------------------------
  // 政府采购监管科
  // ---------------------------------------------------------------------------------------------

  private static void procurement(SampleAssembly a) {
    a.department("D03", "政府采购监管科", "郑晓明", "科长", LIU);
    RiskOwner p1 =
        a.post("D03-P1", "采购计划审核岗", "蒋海峰、韩晓东", "审核政府采购预算和采购计划", "审核采购方式变更申请", "受理进口产品采购申请");
    RiskOwner p2 = a.post("D03-P2", "合同备案岗", "唐丽萍", "办理政府采购合同备案", "监督采购人履约验收", "审核采购资金支付条件");
    RiskOwner p3 =
        a.post("D03-P3", "专家与代理机构管理岗", "彭国栋", "管理评审专家库和专家抽取", "开展采购代理机构监督评价", "组织评审专家培训考核");
    RiskOwner p4 = a.post("D03-P4", "投诉处理岗", "曾宪明", "受理并处理政府采购投诉", "开展政府采购监督检查", "办理政府采购行政处罚");
    RiskOwner p5 = a.post("D03-P5", "采购信息管理岗", "萧雨桐", "审核发布政府采购信息", "维护政府采购管理系统", "统计分析政府采购数据");

    a.power(
        "PI-12",
        "政府采购预算与计划审核",
        RiskOwner.department("D03"),
        PROCUREMENT,
        LIMITED,
        DAILY,
        true,
        step("受理", "D03-P1"),
        step("审核", "D03-P1"),
        step("审批"),
        step("备案", "D03-P2"));
    a.power(
        "PI-13",
        "评审专家抽取",
        p3,
        PROCUREMENT,
        LIMITED,
        WEEKLY,
        true,
        step("申请登记", "D03-P3"),
        step("随机抽取", "D03-P5"),
        step("现场监督", "D03-P4"));
    a.power(
        "PI-14",
        "采购合同备案与履约验收监督",
        p2,
        PROCUREMENT,
        LIMITED,
        WEEKLY,
        true,
        step("合同备案", "D03-P2"),
        step("验收监督", "D03-P4"),
        step("支付条件审核", "D02-P1"));
    a.power(
        "PI-15",
        "政府采购投诉处理",
        p4,
        SUPERVISION,
        CONSIDERABLE,
        MONTHLY,
        false,
        step("受理", "D03-P4"),
        step("调查取证", "D03-P4"),
        step("作出处理决定"));

    RiskOwner d = RiskOwner.department("D03");
    a.point(d, "业务流程", "高", "采购计划审核把关不严", "对化整为零规避公开招标、采购需求带有明显倾向性的采购计划审核通过。")
        .on("PI-12", "审核")
        .measures("分权：采购计划实行岗位审核、科长复核、分管领导审批", "科技：采购管理系统自动识别同一单位同类品目拆分采购", "监督：每季度抽查已审核采购计划")
        .watch("同一预算单位同一品目12个月内分散采购金额");
    a.point(d, "制度机制", "一般", "采购监管制度衔接不紧", "采购预算、计划、合同、验收、支付等环节的监管规定分散，部分环节缺乏刚性约束。")
        .measures("制度：制定政府采购全流程监管办法", "科技：采购管理系统与国库支付系统数据对接");
    a.point(d, "岗位职责", "高", "投诉处理不公正", "处理政府采购投诉时偏袒一方，或对查实的违法违规行为不予处理。")
        .on("PI-15", "作出处理决定")
        .measures("流程：投诉处理实行调查与决定分离，重大投诉集体研究", "监督：投诉处理决定依法公开")
        .decided(M6, D6, "一般", "投诉处理已实行调查与决定分离、重大投诉集体研究，处理决定全部公开，集体研究确定为一般风险。");
    a.point(d, "外部环境", "高", "供应商围猎监管人员", "供应商和代理机构通过宴请、送礼、提供回扣等方式拉拢监管人员，干预采购结果。")
        .measures("教育：签订廉洁承诺书，开展政府采购领域警示教育", "监督：建立监管人员与供应商接触登记制度");
    a.point(d, "思想道德", "低", "监管意识淡薄", "认为采购由采购人自主组织，监管责任意识淡薄，对违规行为视而不见。")
        .measures("教育：组织学习政府采购法律法规和监管职责");

    a.point(p1, "业务流程", "一般", "采购方式变更审核不严", "对不符合条件的非招标采购方式变更申请审核通过，为指定供应商提供便利。")
        .on("PI-04", "审核")
        .measures("分权：方式变更审核与审批分离，并经专家论证", "监督：变更审核结果随审批件报纪检组备查");
    a.point(p1, "业务流程", "一般", "采购预算审核标准不一", "对同类采购项目审核尺度不一，对超标准配置的采购预算审核通过。")
        .on("PI-12", "审核")
        .measures("分权：审核意见经科长复核", "制度：制定采购预算审核要点清单");
    common(a, p1);
    a.point(p2, "业务流程", "一般", "合同备案与履约验收监督不到位", "对实质性内容与招标文件不一致的采购合同予以备案，对验收走过场不予纠正。")
        .on("PI-14", "合同备案")
        .measures("分权：合同备案与验收监督分岗办理", "监督：每半年抽查履约验收情况");
    common(a, p2);
    a.point(p3, "业务流程", "高", "专家抽取人为干预或信息泄露", "在专家抽取中人为指定、干预专家名单，或提前泄露抽取结果。")
        .on("PI-13", "申请登记")
        .measures("分权：专家抽取申请、抽取、监督分岗办理，抽取结果封闭管理", "科技：专家抽取采用语音自动通知，评审前结果保密")
        .watch("同一专家年度参评同一采购人项目次数");
    common(a, p3);
    a.point(p4, "岗位职责", "一般", "监督检查选择性执法", "开展监督检查时对问题选择性处理，以罚代管或应罚不罚。")
        .on("PI-15", "调查取证")
        .measures("制度：制定政府采购行政处罚裁量基准", "监督：检查和处罚结果公开");
    common(a, p4);
    a.point(p5, "岗位职责", "低", "采购信息发布不及时不完整", "采购公告、中标结果等信息发布不及时、不完整，或故意缩短公告期限。")
        .measures("科技：采购管理系统自动控制公告期限", "监督：科长每月抽查信息发布情况");
    common(a, p5);
  }

  // ---------------------------------------------------------------------------------------------
  // 非税收入管理科
  // ---------------------------------------------------------------------------------------------

  private static void nonTaxRevenue(SampleAssembly a) {
    a.department("D04", "非税收入管理科", "何静", "科长", SUN);
    RiskOwner p1 = a.post("D04-P1", "非税收入征管岗", "田玉兰、董建华", "组织非税收入收缴入库", "审核非税收入退付申请", "开展非税收入征管检查");
    RiskOwner p2 = a.post("D04-P2", "票据管理岗", "袁小芳", "办理财政票据申领、发放", "审验票据使用情况", "组织票据核销");
    RiskOwner p3 = a.post("D04-P3", "收费项目管理岗", "潘永强", "管理行政事业性收费项目目录", "审核收费标准执行情况", "清理规范涉企收费");
    RiskOwner p4 = a.post("D04-P4", "退付受理岗", "蔡文华", "受理非税收入退付申请", "核对退付依据和原缴款信息", "登记退付台账");
    RiskOwner p5 = a.post("D04-P5", "罚没收入管理岗", "杜春生", "监管罚没收入收缴", "办理罚没物品处置收入入库", "核对执收单位罚没收入");

    a.power(
        "PI-16",
        "非税收入收缴",
        p1,
        ENFORCEMENT,
        LIMITED,
        DAILY,
        false,
        step("开具票据", "D04-P2"),
        step("收缴入库", "D04-P1"),
        step("对账", "D02-P4"));
    a.power(
        "PI-17",
        "非税收入退付",
        RiskOwner.department("D04"),
        FINANCE,
        LIMITED,
        MONTHLY,
        true,
        step("受理", "D04-P4"),
        step("审核", "D04-P1"),
        step("审批"),
        step("支付", "D02-P2"));
    a.power(
        "PI-18",
        "财政票据发放与核销",
        p2,
        OTHER,
        LIMITED,
        WEEKLY,
        false,
        step("申领审核", "D04-P2"),
        step("发放", "D04-P2"),
        step("核销", "D04-P1"));

    RiskOwner d = RiskOwner.department("D04");
    a.point(d, "业务流程", "高", "非税收入退付缺乏制约", "退付受理、审核、审批、拨付环节制约不足，可能违规退付或重复退付。")
        .on("PI-17", "审批")
        .measures("分权：退付受理、审核、审批、国库支付四岗分离", "科技：退付系统自动校验原缴款信息，防止重复退付")
        .watch("月度退付笔数和金额异常增长");
    a.point(d, "制度机制", "一般", "征管制度执行不到位", "执收单位应缴未缴、截留坐支非税收入，征管制度执行不严，检查处理不到位。")
        .on("PI-16", "收缴入库")
        .measures("制度：修订非税收入收缴管理办法，明确执收单位责任", "监督：每年对执收单位开展征管专项检查");
    a.point(d, "岗位职责", "一般", "收费项目清理不到位", "对已取消或降低标准的收费项目清理不及时，放任执收单位继续收费。")
        .measures("制度：动态调整并公开收费项目目录清单");
    a.point(d, "外部环境", "一般", "缴款人请托减免缓缴", "缴款企业或个人请托违规减免、缓缴或少缴非税收入。")
        .measures("制度：减免缓缴严格按政策办理并经集体研究", "监督：减免缓缴事项按季度公开");
    a.point(d, "思想道德", "低", "服务意识不强", "对缴款人咨询解释不耐心，对征管工作敷衍应付。").measures("教育：开展文明服务和作风建设教育");

    a.point(p1, "业务流程", "低", "非税收入收缴入库不及时", "收缴的非税收入未及时足额缴入国库或财政专户，存在截留、挪用风险。")
        .on("PI-16", "收缴入库")
        .measures("科技：非税收入收缴系统直缴入库", "监督：每月与国库核对入库数据");
    a.point(p1, "业务流程", "一般", "退付审核流于形式", "对退付依据不足或与原缴款信息不符的申请审核通过。")
        .on("PI-17", "审核")
        .measures("分权：退付审核与受理、支付分岗，审核意见经科长复核", "监督：纪检组每半年抽查退付档案");
    common(a, p1);
    a.point(p2, "业务流程", "一般", "票据发放核销管理不严", "向不具备资格的单位发放财政票据，或对票据使用中的问题不予追究，票据核销不及时。")
        .on("PI-18", "发放")
        .measures("制度：执行财政票据领用审核和核销制度", "科技：推行财政电子票据，全程可追溯");
    common(a, p2);
    a.point(p3, "岗位职责", "低", "收费标准审核不严", "对执收单位擅自提高标准、扩大范围收费的行为审核不严。")
        .measures("监督：每年开展收费标准执行情况检查");
    common(a, p3);
    a.point(p4, "业务流程", "一般", "退付受理把关不严", "对资料不全、依据不足的退付申请予以受理，或为熟人优先办理。")
        .on("PI-17", "受理")
        .measures("分权：受理、审核、审批分岗，受理人不参与审批和支付", "流程：公开退付办理条件、材料和时限");
    common(a, p4);
    a.point(p5, "岗位职责", "一般", "罚没收入核对不到位", "对执收单位罚没收入不按规定缴库、罚没物品处置收入流失的问题核对不严。")
        .measures("制度：建立罚没收入与执法案件信息比对机制", "监督：每季度与执收单位核对罚没收入");
    common(a, p5);
  }

  // ---------------------------------------------------------------------------------------------
  // 会计监督科
  // ---------------------------------------------------------------------------------------------

  private static void accounting(SampleAssembly a) {
    a.department("D05", "会计监督科", "林建平", "科长", YANG);
    RiskOwner p1 = a.post("D05-P1", "监督检查岗", "程立伟、汪明辉", "组织实施会计信息质量检查", "开展财经纪律专项检查", "提出检查处理意见");
    RiskOwner p2 = a.post("D05-P2", "会计人员管理岗", "苏晓红", "管理会计人员信息", "组织会计人员继续教育", "审核会计专业技术资格考试报名");
    RiskOwner p3 = a.post("D05-P3", "代理记账管理岗", "卢志华", "受理代理记账许可申请", "开展代理记账机构年度备案和检查");
    RiskOwner p4 = a.post("D05-P4", "行政处罚岗", "姜振宇", "办理会计违法行为行政处罚案件", "组织听证", "执行处罚决定");
    RiskOwner p5 = a.post("D05-P5", "审理与内控评价岗", "谢雅琴", "审理监督检查和处罚案件", "组织行政事业单位内部控制评价");

    a.power(
        "PI-19",
        "会计信息质量监督检查",
        RiskOwner.department("D05"),
        SUPERVISION,
        CONSIDERABLE,
        QUARTERLY,
        false,
        step("立项", "D05-P1"),
        step("现场检查", "D05-P1"),
        step("审理", "D05-P5"),
        step("处理决定"));
    a.power(
        "PI-20",
        "代理记账许可",
        p3,
        APPROVAL,
        LIMITED,
        MONTHLY,
        false,
        step("受理", "D05-P3"),
        step("审核", "D05-P3"),
        step("审批"));
    a.power(
        "PI-21",
        "会计违法行为行政处罚",
        p4,
        ENFORCEMENT,
        CONSIDERABLE,
        OCCASIONAL,
        false,
        step("立案", "D05-P4"),
        step("调查", "D05-P1"),
        step("审理", "D05-P5"),
        step("告知听证", "D05-P4"),
        step("决定"));

    RiskOwner d = RiskOwner.department("D05");
    a.point(d, "业务流程", "一般", "检查对象选取随意", "检查对象不按“双随机、一公开”要求选取，人为确定或回避特定单位。")
        .on("PI-19", "立项")
        .measures("科技：通过监管平台随机抽取检查对象和检查人员", "监督：抽查结果和检查结果向社会公开");
    a.point(d, "制度机制", "一般", "处罚自由裁量基准不细", "会计违法行为处罚裁量基准不细化，同类违法行为处罚轻重不一。")
        .on("PI-21", "决定")
        .measures("制度：制定会计行政处罚裁量基准", "流程：重大处罚案件集体讨论决定");
    a.point(d, "岗位职责", "高", "检查发现问题隐瞒不报", "现场检查中对发现的违法违规问题隐瞒不报、大事化小。")
        .on("PI-19", "现场检查")
        .measures("分权：检查与审理分离，检查人员不参与处理决定", "监督：检查工作底稿经科长复核，纪检组抽查")
        .watch("检查发现问题数与依法处理数的比率");
    a.point(d, "外部环境", "一般", "被检查单位拉拢检查人员", "被检查单位在检查期间安排宴请、赠送礼品或以其他方式拉拢检查人员。")
        .measures("制度：检查人员严格执行检查工作纪律", "监督：检查结束后向被检查单位发放廉政回访表");
    a.point(d, "思想道德", "低", "检查执法“怕得罪人”思想", "检查中存在“怕得罪人”思想，对问题不敢较真，处理偏轻。")
        .measures("教育：开展依法监督、敢于担当专题教育");

    a.point(p1, "岗位职责", "高", "检查结论与事实不符", "检查底稿记录不完整，检查结论避重就轻，为被检查单位开脱。")
        .on("PI-19", "现场检查")
        .measures("分权：检查人员与审理人员分离，检查底稿实行复核", "监督：检查结论经审理岗审理后集体研究");
    common(a, p1);
    a.point(p2, "岗位职责", "低", "会计资格审核不严", "对不符合条件的会计专业技术资格考试报名人员审核通过。")
        .measures("流程：资格审核实行初审、复核两级把关", "监督：审核结果公示");
    common(a, p2);
    a.point(p3, "业务流程", "低", "代理记账许可审核不严", "对不符合条件的机构审核通过，或对正常申请拖延刁难。")
        .on("PI-20", "审核")
        .measures("流程：公开许可条件、材料清单和办理时限", "监督：许可结果向社会公开");
    common(a, p3);
    a.point(p4, "业务流程", "一般", "行政处罚程序不规范", "应立案不立案、调查取证不全面，或擅自减轻处罚。")
        .on("PI-21", "立案")
        .measures("分权：立案、调查、审理、决定分岗办理", "制度：执行行政处罚法制审核制度")
        .decided(M6, D6, "高", "行政处罚直接影响管理对象权益，裁量空间较大，集体研究提升为高风险。");
    common(a, p4);
    a.point(p5, "制度机制", "一般", "内部控制评价标准不统一", "内部控制评价指标和评分标准不统一，评价结果被人为调整。")
        .measures("制度：制定行政事业单位内部控制评价指标体系和评分细则");
    common(a, p5);
  }

  // ---------------------------------------------------------------------------------------------
  // 财政投资评审中心
  // ---------------------------------------------------------------------------------------------

  private static void investmentReview(SampleAssembly a) {
    a.department("D06", "财政投资评审中心", "高志远", "主任", SUN);
    RiskOwner p1 = a.post("D06-P1", "项目受理岗", "沈佳怡", "受理政府投资项目评审委托", "审核送审资料完整性", "登记评审项目台账");
    RiskOwner p2 = a.post("D06-P2", "概预算评审岗", "任国平、魏晓军", "评审项目概算和预算", "核定工程量和定额套用", "出具概预算评审初稿");
    RiskOwner p3 = a.post("D06-P3", "结算评审岗", "余海涛、夏建明", "开展工程竣工结算评审", "组织现场踏勘和隐蔽工程核实", "出具结算评审初稿");
    RiskOwner p4 = a.post("D06-P4", "中介机构管理岗", "钟丽君", "选定委托评审中介机构", "分派委托评审项目", "管理中介机构入库");
    RiskOwner p5 = a.post("D06-P5", "评审复核岗", "汤德胜", "复核评审报告", "考核中介机构评审质量", "编制评审结论");

    a.power(
        "PI-22",
        "政府投资项目概预算评审",
        RiskOwner.department("D06"),
        CONSTRUCTION,
        CONSIDERABLE,
        WEEKLY,
        true,
        step("受理", "D06-P1"),
        step("评审", "D06-P2"),
        step("复核", "D06-P5"),
        step("审定"));
    a.power(
        "PI-23",
        "工程竣工结算评审",
        RiskOwner.department("D06"),
        CONSTRUCTION,
        CONSIDERABLE,
        WEEKLY,
        true,
        step("受理", "D06-P1"),
        step("现场踏勘", "D06-P3"),
        step("审核", "D06-P3"),
        step("复核", "D06-P5"),
        step("审定"));
    a.power(
        "PI-24",
        "评审中介机构委托与考核",
        p4,
        PROCUREMENT,
        CONSIDERABLE,
        QUARTERLY,
        true,
        step("采购选定", "D06-P4"),
        step("委托派单", "D06-P4"),
        step("考核验收", "D06-P5"));

    RiskOwner d = RiskOwner.department("D06");
    a.point(d, "业务流程", "高", "评审结论受人为干预", "评审过程中受建设单位、施工单位干预，对工程量、单价随意调整，造成审减不实或高估冒算。")
        .on("PI-22", "复核")
        .measures("分权：评审、复核、审定分级负责，评审人员不参与审定", "科技：评审项目全过程在评审管理系统中流转留痕", "监督：评审结论与送审金额差异较大的项目集体会审")
        .watch("项目审减率");
    a.point(d, "制度机制", "一般", "中介机构管理制度不健全", "中介机构入库、派单、考核规则不完善，派单集中于少数机构。")
        .on("PI-24", "委托派单")
        .measures("制度：制定委托评审中介机构管理办法", "分权：派单实行随机轮派，选定与考核验收分岗");
    a.point(d, "岗位职责", "一般", "评审时限和质量管控不到位", "评审项目超期、评审质量不高，对送审资料不全的项目违规受理。")
        .on("PI-23", "受理")
        .measures("流程：明确各类项目评审时限并实行超期预警", "分权：受理、评审、复核分岗办理");
    a.point(d, "外部环境", "高", "施工企业利益输送", "施工企业通过宴请、送礼、回扣等方式拉拢评审人员，在结算评审中多计工程量、高套单价。")
        .on("PI-23", "现场踏勘")
        .measures("分权：现场踏勘双人以上共同进行，建设、施工、监理单位共同签认", "教育：评审人员签订廉洁承诺书", "监督：向建设单位发放评审廉洁情况征询表")
        .decided(M5, D5, "高", "");
    a.point(d, "思想道德", "低", "技术人员廉洁意识薄弱", "认为评审属技术工作，廉政风险意识不强，对接受施工单位小额礼品等行为不以为然。")
        .measures("教育：开展工程建设领域典型案例警示教育");

    a.point(p1, "岗位职责", "低", "送审资料受理把关不严", "对送审资料不全的项目违规受理，或人为调整评审顺序。")
        .on("PI-22", "受理")
        .measures("分权：受理与评审分岗，受理人不参与评审", "流程：评审项目按受理顺序排定，插队须经主任批准");
    common(a, p1);
    a.point(p2, "业务流程", "高", "概预算评审高估冒算", "评审中工程量计算、定额套用、材料价格认定不准确，或故意高估冒算、不合理压价。")
        .on("PI-22", "评审")
        .measures("分权：评审与复核分岗，评审人员实行项目轮换", "科技：使用造价软件和材料价格信息库辅助评审");
    a.point(p2, "外部环境", "一般", "与建设单位私下沟通", "评审期间与建设单位、设计单位私下接触，按其意见改变评审结论。")
        .measures("制度：评审期间与送审单位沟通须两人以上并登记", "监督：科室不定期抽查沟通登记");
    common(a, p2);
    a.point(p3, "业务流程", "高", "结算评审多计工程量", "结算评审中对隐蔽工程、变更签证核实不严，多计工程量或高套单价。")
        .on("PI-23", "审核")
        .measures("分权：现场踏勘双人进行，审核与复核分离", "科技：变更签证实行影像资料留存比对");
    a.point(p3, "业务流程", "一般", "现场踏勘走过场", "现场踏勘未按要求核实工程量，仅凭送审资料出具意见。")
        .on("PI-23", "现场踏勘")
        .measures("分权：踏勘记录由踏勘人员与建设、施工单位共同签认", "流程：制定现场踏勘工作规程，明确必查事项");
    common(a, p3);
    a.point(p4, "业务流程", "高", "中介机构选定不公", "不按规定程序选定中介机构，人为指定或变相指定，派单时厚此薄彼。")
        .on("PI-24", "采购选定")
        .measures("分权：中介机构选定与质量考核验收分岗", "监督：派单情况每季度公开");
    common(a, p4);
    a.point(p5, "岗位职责", "一般", "复核把关不严", "对评审初稿复核流于形式，未发现明显错误，或与评审人员串通调整结论。")
        .on("PI-22", "复核")
        .measures("分权：复核人员不参与初审，复核意见书面留存", "监督：中心主任每月抽查复核项目");
    common(a, p5);
  }

  // ---------------------------------------------------------------------------------------------
  // 资产管理科
  // ---------------------------------------------------------------------------------------------

  private static void assets(SampleAssembly a) {
    a.department("D07", "资产管理科", "罗丽华", "科长", LIU);
    RiskOwner p1 = a.post("D07-P1", "资产配置审核岗", "姚丽娜", "审核行政事业单位新增资产配置预算", "执行资产配置标准", "审核大型设备购置");
    RiskOwner p2 = a.post("D07-P2", "资产处置审核岗", "方明远、金晓峰", "受理国有资产处置申请", "核实处置资产状况", "办理处置审批手续");
    RiskOwner p3 = a.post("D07-P3", "出租出借管理岗", "石玉洁", "审核资产出租出借申请", "监督出租收入上缴", "清理违规出租出借");
    RiskOwner p4 = a.post("D07-P4", "资产清查统计岗", "邹建新", "组织资产清查和年度资产报告", "办理资产评估备案", "维护资产管理信息系统");
    RiskOwner p5 = a.post("D07-P5", "公物仓管理岗", "熊志伟", "管理公物仓资产入库和调剂", "组织闲置资产调剂使用", "监督资产公开处置");

    a.power(
        "PI-25",
        "国有资产处置审批",
        RiskOwner.department("D07"),
        APPROVAL,
        CONSIDERABLE,
        MONTHLY,
        true,
        step("受理", "D07-P2"),
        step("评估备案", "D07-P4"),
        step("审批"),
        step("公开处置", "D07-P5"));
    a.power(
        "PI-26",
        "资产出租出借审批",
        p3,
        APPROVAL,
        LIMITED,
        MONTHLY,
        false,
        step("受理", "D07-P3"),
        step("审核", "D07-P3"),
        step("审批"));
    a.power(
        "PI-27",
        "新增资产配置审核",
        p1,
        APPROVAL,
        LIMITED,
        MONTHLY,
        false,
        step("受理", "D07-P1"),
        step("审核", "D07-P1"),
        step("审批"));

    RiskOwner d = RiskOwner.department("D07");
    a.point(d, "业务流程", "高", "国有资产处置低价转让", "资产处置未经评估或评估价格明显偏低，未通过公开交易平台处置，造成国有资产流失。")
        .on("PI-25", "评估备案")
        .measures("流程：资产处置一律经评估备案并进场公开交易", "分权：处置受理、评估备案、审批、公开处置分岗办理", "监督：处置结果在局网站公开")
        .watch("成交价低于评估价的处置项目数");
    a.point(d, "制度机制", "一般", "资产管理制度不配套", "资产配置、使用、处置等环节制度不衔接，账实不符问题长期存在。")
        .measures("制度：修订行政事业单位国有资产管理办法", "科技：资产管理信息系统与预算、采购系统对接");
    a.point(d, "岗位职责", "一般", "资产监管职责履行不到位", "对预算单位资产出租出借、对外投资监管不力，出租收入未按规定上缴。")
        .measures("监督：每年开展资产出租出借专项检查");
    a.point(d, "外部环境", "一般", "资产承租方请托", "资产承租方或受让方请托降低租金、延长租期或以低价受让资产。")
        .measures("流程：出租出借原则上公开招租", "监督：出租出借结果公开");
    a.point(d, "思想道德", "低", "“重购置、轻管理”思想", "重资产购置、轻日常管理，对资产闲置浪费和流失问题不够重视。")
        .measures("教育：开展过紧日子和资产管理政策学习");

    a.point(p1, "业务流程", "低", "资产配置超标准审核", "对超标准、超编制配置资产的申请审核通过。")
        .on("PI-27", "审核")
        .measures("制度：严格执行资产配置标准", "科技：资产管理系统按编制和标准自动校验");
    common(a, p1);
    a.point(p2, "业务流程", "高", "处置资产核实不实", "对处置资产状况核实不实，将可用资产作报废处置，或为特定受让方提供便利。")
        .on("PI-25", "受理")
        .measures("分权：受理核实与审批分离，实地核实双人进行", "监督：报废资产处置前在一定范围内公示");
    a.point(p2, "外部环境", "一般", "回收企业利益诱惑", "报废资产回收企业以回扣等方式拉拢经办人员，要求定向处置。")
        .measures("流程：报废资产统一交由公共资源交易平台处置", "教育：签订廉洁承诺书");
    common(a, p2);
    a.point(p3, "业务流程", "一般", "出租出借审核不严", "对未经评估、未公开招租的出租出借申请审核通过，租金明显偏低。")
        .on("PI-26", "审核")
        .measures("流程：出租出借须附评估报告和公开招租材料", "监督：每半年核对出租收入上缴情况");
    common(a, p3);
    a.point(p4, "岗位职责", "低", "资产清查数据不实", "资产清查和年度报告数据不真实，对盘亏、账实不符问题隐瞒不报。")
        .measures("监督：资产清查结果经科长复核", "科技：资产卡片与财务账自动核对");
    common(a, p4);
    a.point(p5, "岗位职责", "一般", "公物仓资产调剂不规范", "公物仓资产出入库登记不全，调剂时优先照顾关系单位，资产丢失损毁。")
        .measures("制度：制定公物仓管理办法，调剂结果公开", "监督：每半年盘点公物仓资产");
    common(a, p5);
  }

  // ---------------------------------------------------------------------------------------------
  // 办公室（人事科）
  // ---------------------------------------------------------------------------------------------

  private static void office(SampleAssembly a) {
    a.department("D08", "办公室（人事科）", "梁文斌", "主任", ZHOU);
    RiskOwner p1 = a.post("D08-P1", "综合文秘岗", "孟繁星", "负责公文处理和会议组织", "负责党务政务公开", "负责档案管理");
    RiskOwner p2 = a.post("D08-P2", "人事管理岗", "秦雅婷、白晓光", "办理干部选拔任用具体工作", "组织公务员招录和人员调配", "管理干部人事档案");
    RiskOwner p3 = a.post("D08-P3", "财务会计岗", "江淑芬", "审核局机关经费报销", "编制机关部门预算和决算", "办理机关会计核算");
    RiskOwner p4 = a.post("D08-P4", "出纳岗", "顾佳敏", "办理局机关资金支付", "管理银行账户和支付密钥", "登记现金和银行存款日记账");
    RiskOwner p5 = a.post("D08-P5", "后勤与接待岗", "侯振东", "负责公务接待和公务用车管理", "组织局机关物品验收", "负责机关安全和后勤保障");
    RiskOwner p6 = a.post("D08-P6", "机关采购与资产岗", "邵永刚", "组织局机关货物和服务采购", "管理机关固定资产", "办理资产入库登记");

    a.power(
        "PI-28",
        "公务员招录与人员调配",
        RiskOwner.department("D08"),
        PERSONNEL,
        LIMITED,
        OCCASIONAL,
        true,
        step("拟定计划", "D08-P2"),
        step("资格审查", "D08-P2"),
        step("考试考察", "D08-P2"),
        step("党组研究"),
        step("公示", "D08-P1"));
    a.power(
        "PI-29",
        "局机关物品与服务采购",
        p6,
        PROCUREMENT,
        LIMITED,
        MONTHLY,
        true,
        step("需求提出"),
        step("审批"),
        step("采购实施", "D08-P6"),
        step("验收", "D08-P5"),
        step("支付", "D08-P4"));
    a.power(
        "PI-30",
        "公务接待与公务用车管理",
        p5,
        OTHER,
        LIMITED,
        WEEKLY,
        false,
        step("申请"),
        step("审批"),
        step("安排", "D08-P5"),
        step("结算", "D08-P3"));

    RiskOwner d = RiskOwner.department("D08");
    a.point(d, "业务流程", "高", "机关经费审批与支付制约不足", "局机关经费报销审核、审批、支付环节制约不足，存在虚列支出、超标准报销的风险。")
        .on("PI-01", "财务审核")
        .measures("分权：报销实行经办、财务审核、领导审批、出纳支付分离", "科技：报销审批纳入内控管理系统，超标准报销自动预警", "监督：每半年开展一次财务收支自查")
        .watch("超标准报销退单数");
    a.point(d, "制度机制", "一般", "公务接待和公车管理制度执行不严", "公务接待无公函、超标准接待，公车私用或无单派车。")
        .on("PI-30", "审批")
        .measures("制度：修订公务接待和公务用车管理规定", "科技：公务用车安装定位系统，行驶轨迹可查");
    a.point(d, "岗位职责", "高", "招录调配工作不规范", "招录资格审查把关不严、考察失真，人员调配中“暗箱操作”。")
        .on("PI-28", "资格审查")
        .measures("流程：招录调配各环节信息全程公开", "监督：纪检组全程监督招录考察工作")
        .decided(M5, D5, "高", "");
    a.point(d, "外部环境", "一般", "请托说情干预人事工作", "在招录、调配、职级晋升中受到请托说情，影响公平公正。")
        .measures("制度：落实干预人事工作登记报告制度", "监督：人事工作接受干部群众监督");
    a.point(d, "思想道德", "低", "服务保障意识不强", "机关服务保障工作敷衍应付，对基层科室和干部职工需求回应不及时。")
        .measures("教育：开展机关作风建设专题教育");

    a.point(p1, "岗位职责", "低", "党务政务公开不及时不全面", "应公开的预算、采购、人事等信息公开不及时，或选择性公开。")
        .measures("制度：编制党务政务公开目录并按时更新", "监督：纪检组每季度检查公开情况");
    common(a, p1);
    a.point(p2, "业务流程", "高", "干部考察失真失实", "考察谈话范围人为缩小，考察材料报喜不报忧，为特定人选提拔创造条件。")
        .on("PI-02", "组织考察")
        .measures("流程：考察谈话范围和考察材料格式按规定执行", "监督：考察组成员对考察材料签字负责");
    a.point(p2, "岗位职责", "一般", "人事档案管理不严", "涂改、伪造干部人事档案材料，或泄露档案信息。")
        .measures("制度：执行干部人事档案专项审核和查借阅登记制度", "监督：纪检组每年抽查档案管理");
    common(a, p2);
    a.point(p3, "业务流程", "一般", "报销审核把关不严", "对票据不合规、超标准、无审批的报销予以审核通过。")
        .on("PI-01", "财务审核")
        .measures("分权：报销审核与支付分离，审核后交出纳支付", "科技：报销单据在内控系统中校验开支标准");
    common(a, p3);
    a.point(p4, "业务流程", "高", "出纳挪用资金", "出纳人员利用保管资金和支付密钥的便利挪用、侵占资金。")
        .on("PI-01", "支付")
        .measures("分权：出纳不兼任稽核和会计档案保管，支付密钥与密码分人保管", "监督：财务会计岗每月对账，科室负责人不定期盘点现金")
        .watch("银行存款余额调节表未达账项");
    common(a, p4);
    a.point(p5, "业务流程", "一般", "公务接待超标准", "公务接待无公函或超标准、超范围接待，虚报接待费用。")
        .on("PI-30", "安排")
        .measures("制度：执行公务接待清单制度", "监督：公务接待费用每季度公开");
    a.point(p5, "业务流程", "一般", "物品验收不严", "对采购物品数量、质量验收不严，与供应商串通以次充好。")
        .on("PI-29", "验收")
        .measures("分权：采购与验收分由不同人员办理", "流程：验收实行双人验收并签字确认");
    common(a, p5);
    a.point(p6, "业务流程", "一般", "机关采购指定供应商", "局机关采购中规避政府采购程序、化整为零，或指定供应商。")
        .on("PI-29", "采购实施")
        .measures("分权：采购实施、验收、支付分岗办理", "监督：机关采购情况每半年向党组报告");
    common(a, p6);
  }

  // ---------------------------------------------------------------------------------------------
  // 岗位通用风险点
  // ---------------------------------------------------------------------------------------------

  /**
   * Risk points common to every post, as units list them on each personal table: category, level,
   * title, manifestation, then the measures. Each post gets one, in turn.
   */
  private static final String[][] COMMON = {
    {
      "思想道德",
      "低",
      "放松政治理论学习",
      "满足于完成日常业务，政治理论和廉政法规学习不深入，理想信念和宗旨意识淡化。",
      "教育：按时参加支部“三会一课”和集中学习，每年撰写学习心得不少于两篇"
    },
    {
      "外部环境",
      "一般",
      "管理服务对象利益诱惑",
      "在办理业务中接受管理服务对象的宴请、礼品礼金、购物卡，为其提供便利。",
      "教育：签订个人廉洁承诺书，参加警示教育",
      "监督：执行收受礼品礼金登记上交制度，接受服务对象评议"
    },
    {
      "岗位职责",
      "低",
      "不作为或慢作为",
      "对职责范围内的事项推诿扯皮、拖延办理，超过承诺时限不办结。",
      "制度：执行首问负责制和限时办结制",
      "监督：办公室每季度通报业务办理时限情况"
    },
    {
      "思想道德",
      "低",
      "特权思想和衙门作风",
      "对办事对象态度生硬，门难进、脸难看、事难办，借机刁难或暗示索要好处。",
      "教育：开展服务规范和作风建设教育",
      "监督：设置服务评价和投诉渠道"
    },
    {"外部环境", "低", "亲友请托说情", "亲友、老同事或中间人以打招呼、请托等方式干预业务办理，导致办理结果失之公允。", "制度：落实插手干预具体事项记录报告制度"},
    {
      "岗位职责",
      "一般",
      "泄露工作秘密",
      "向无关人员泄露尚未公开的预算安排、评审、检查或采购等工作信息，为他人谋取不正当利益。",
      "制度：签订保密承诺书，明确工作信息知悉范围",
      "科技：业务系统按岗位分级授权并留存操作日志"
    },
    {
      "思想道德",
      "低",
      "贪图享受、铺张浪费",
      "追求个人享受，违规参加高消费娱乐活动，公务活动中讲排场、比阔气。",
      "教育：开展中央八项规定精神学习教育",
      "监督：重要节假日前发送廉洁提醒"
    },
    {
      "制度机制",
      "低",
      "内部制度执行不到位",
      "对本岗位相关的内部控制制度理解不透，执行中打折扣、搞变通，制度约束作用不明显。",
      "制度：对照内控手册梳理本岗位制度清单",
      "监督：科室每半年开展一次制度执行自查"
    },
    {
      "外部环境",
      "一般",
      "中介机构或服务商围猎",
      "业务相关的中介机构、服务商通过请吃请玩、介绍业务等方式拉拢腐蚀，形成不正当利益关系。",
      "教育：签订拒绝“围猎”承诺书",
      "监督：建立与服务对象交往“负面清单”，定期报告个人有关事项"
    },
    {
      "岗位职责",
      "低",
      "业务档案管理不规范",
      "业务资料不及时归档或随意抽换、损毁，导致办理过程无法追溯，掩盖违规行为。",
      "制度：执行业务档案归档和借阅登记制度",
      "科技：电子档案与纸质档案同步归档"
    },
    {"思想道德", "低", "廉洁自律意识淡薄", "认为本岗位权力小、风险低，放松自我要求，对小额礼品、宴请等不以为然。", "教育：观看警示教育片，开展岗位廉政风险自查"},
    {
      "岗位职责",
      "一般",
      "利用职务便利为亲属谋利",
      "利用掌握的业务信息或职务影响，为配偶、子女及其他亲属经商办企业或承揽业务提供便利。",
      "制度：执行亲属经商办企业报告和业务回避制度",
      "监督：纪检组不定期开展抽查核实"
    },
  };

  /** Gives a post the next common risk point, in turn. */
  private static void common(SampleAssembly a, RiskOwner post) {
    String[] c = COMMON[a.ordinal(post) % COMMON.length];
    a.point(post, c[0], c[1], c[2], c[3]).measures(Arrays.copyOfRange(c, 4, c.length));
  }
}
