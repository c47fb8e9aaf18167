package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.model.Ledger;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.Post;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tables in layouts and wordings unlike those of the other reading tests, drawn from the practice
 * notes: other header words, other column orders, two-row headers whose group cells hold the level
 * as tick columns or split the responsible people, title, filling and note rows, spacer rows,
 * subtotal rows, owners merged down, every numbering style, levels in words, grades, stars and
 * brackets, people as names, roles or both, a table over several sheets, web exports, scoring
 * registers and process tables, foreign id columns. Every field of every row is compared, and every
 * non-empty cell under the header must be carried by its row or named by a finding.
 */
class UnseenLayoutsTest {

  // ------------------------------------------------------------------ expectations

  /** One expected row: every field; absent optionals are expected absent. */
  static final class E {
    final OwnerScope scope;
    final String owner;
    @Nullable String dept;
    @Nullable String leaderRole;
    List<String> holders = List.of();
    @Nullable String power;
    String title = "";
    @Nullable String manifestation;
    @Nullable RiskLevel level;
    RiskCategory category = RiskCategory.UNSPECIFIED;
    List<String> measures = List.of();
    @Nullable String resp;
    @Nullable String respRole;
    @Nullable String sup;
    @Nullable String supRole;
    List<String> monitoring = List.of();
    final Map<String, String> extras = new LinkedHashMap<>();

    E(OwnerScope scope, String owner) {
      this.scope = scope;
      this.owner = owner;
    }

    E dept(String d) {
      dept = d;
      return this;
    }

    E role(String r) {
      leaderRole = r;
      return this;
    }

    E holders(String... h) {
      holders = List.of(h);
      return this;
    }

    E power(String p) {
      power = p;
      return this;
    }

    E title(String t) {
      title = t;
      return this;
    }

    E shows(String m) {
      manifestation = m;
      return this;
    }

    E level(RiskLevel l) {
      level = l;
      return this;
    }

    E cat(RiskCategory c) {
      category = c;
      return this;
    }

    E measures(String... m) {
      measures = List.of(m);
      return this;
    }

    E resp(@Nullable String name, @Nullable String role) {
      resp = name;
      respRole = role;
      return this;
    }

    E sup(@Nullable String name, @Nullable String role) {
      sup = name;
      supRole = role;
      return this;
    }

    E monitoring(String... m) {
      monitoring = List.of(m);
      return this;
    }

    E extra(String key, String value) {
      extras.put(key, value);
      return this;
    }
  }

  static E dept(String name) {
    return new E(OwnerScope.DEPARTMENT, name).dept(name);
  }

  static E post(@Nullable String dept, String name) {
    E e = new E(OwnerScope.POST, name);
    if (dept != null) {
      e.dept(dept);
    }
    return e;
  }

  static E leader(String name, @Nullable String role) {
    E e = new E(OwnerScope.LEADER, name);
    return role == null ? e : e.role(role);
  }

  static E group(String name) {
    return new E(OwnerScope.LEADERSHIP_GROUP, name);
  }

  /** A workbook, the rows it must give, where each sheet's data starts and what else must hold. */
  static final class Case {
    final String name;
    final Books books;
    final List<E> rows = new ArrayList<>();
    final Map<String, Integer> bodyStarts = new LinkedHashMap<>();
    final List<String> findings = new ArrayList<>();
    @Nullable Consumer<Ledger> ledger;
    boolean xls;

    Case(String name, Books books) {
      this.name = name;
      this.books = books;
    }

    Case body(String sheet, int firstDataRow) {
      bodyStarts.put(sheet, firstDataRow);
      return this;
    }

    Case rows(E... es) {
      rows.addAll(Arrays.asList(es));
      return this;
    }

    /** A finding that must be reported, as {@code CODE@sheet!ref}. */
    Case finding(String codeAtLocation) {
      findings.add(codeAtLocation);
      return this;
    }

    Case ledger(Consumer<Ledger> check) {
      ledger = check;
      return this;
    }

    Case xls() {
      xls = true;
      return this;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  // ------------------------------------------------------------------ scoring

  private static final Map<String, LayoutScore.Outcome> OUTCOMES = new LinkedHashMap<>();

  @AfterAll
  static void printAccuracy() {
    LayoutScore.report("UnseenLayoutsTest", OUTCOMES);
  }

  static Stream<Case> cases() {
    return Stream.of(
        departmentTableWithTitleFillingAndNoteRows(),
        postTableWithGradesAndMixedPeople(),
        levelAsTickColumnsUnderAGroupHeader(),
        responsiblePeopleSplitUnderAGroupHeader(),
        leaderTableWithNameAndPositionColumns(),
        webExportWithForeignNumbers(),
        likelihoodTimesConsequenceRegister(),
        majorMattersProcessTable(),
        enterpriseLeaderPositionsWithIndicators(),
        tableOverSeveralSheetsWithAnInstructionSheet(),
        subtotalAndTotalRows(),
        sameNamePosts(),
        levelsInsideTheRiskCell(),
        everyNumberingStyle(),
        ownerGroupHeaderOverDepartmentAndPost(),
        twoVicesKnownByRoleOnly(),
        categoryAndLevelWordings(),
        peopleWrittenEveryWay(),
        extraColumnsTravel(),
        sequenceCellsThatAreNotNumbers(),
        reversedColumnOrder(),
        legacyXlsWithMergedOwners(),
        riskLevelWordsAsTickColumnsOfGrades(),
        matterAndLinkHeaders(),
        ownersWrittenOnceWithoutMerging(),
        columnNumbersAndSignOff(),
        leaderCellsWrittenWithSpacesAndLabels(),
        headingRowsNameTheDepartment(),
        markedAndBrokenHeadersOfALeaderTable(),
        measuresSplitUnderAGroupHeader(),
        levelsWithTheirStarsInBrackets(),
        aWholeWorkbookOfThreeAnnexes(),
        responsibleAndSupervisorInOneColumn(),
        postCellsNamingTheirHolders(),
        levelLabelledOnTheRiskPointsLastLine(),
        twoTablesStackedOnOneSheet(),
        dittoCellsVacantPostsAndLooseCategories(),
        holdoutPostDutiesAndOverseer(),
        holdoutLeaderPositionFirst(),
        holdoutEnterpriseProcessRegister(),
        holdoutLevelsWordedAsRiskPoints(),
        holdoutLabelledCells(),
        holdoutThreeGroupHeader(),
        holdoutSystemExport(),
        holdoutVagueRiskHeader(),
        holdoutMeasuresMergedOverPoints());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readsEveryFieldAndAccountsForEveryCell(Case c) throws IOException {
    byte[] book = c.xls ? c.books.xls() : c.books.xlsx();
    AnnexReadResult r =
        AnnexReader.builder().year(2024).build().read(new ByteArrayInputStream(book));
    LayoutScore.Outcome o = LayoutScore.score(c.rows, LayoutScore.cells(c.books), c.bodyStarts, r);
    OUTCOMES.put(c.name, o);
    List<String> missingFindings = new ArrayList<>();
    for (String f : c.findings) {
      boolean found =
          r.getProblems().stream()
              .anyMatch(p -> f.equals(p.getCode().code() + "@" + p.getLocation().text()));
      if (!found) {
        missingFindings.add(f);
      }
    }
    o.assertClean(c.name);
    assertThat(missingFindings).as("findings of %s; problems %s", c.name, o.problems()).isEmpty();
    if (c.ledger != null) {
      c.ledger.accept(r.getLedger());
    }
  }

  // ------------------------------------------------------------------ the workbooks

  static Case departmentTableWithTitleFillingAndNoteRows() {
    Books b = new Books();
    b.sheet("科室风险")
        .row("某区财政局科室廉政风险点及防控措施一览表")
        .row("填报单位（盖章）：某区财政局", "", "", "", "", "填报日期：2024年5月10日")
        .row("序号", "业务处室", "风险种类", "廉洁风险点", "风险描述", "风险级别（一、二、三级）", "防范措施", "直接责任人", "分管领导")
        .row(
            "1",
            "预算科",
            "制度机制",
            "预算编制随意调整",
            "未经审批调整预算指标",
            "一级",
            "一是严格执行预算调整审批程序；二是调整结果集体研究。",
            "刘洋",
            "孙伟")
        .row("2", "", "岗位职责", "泄露预算信息", "向无关人员透露预算安排", "三级", "1、签订保密承诺\n2、涉密资料专柜存放", "刘洋", "孙伟")
        .row()
        .row("3", "国库科", "业务流程", "违规拨付资金", "无依据拨付或提前拨付", "二级", "（1）严格审核拨款依据（2）实行双人复核", "陈静", "孙伟")
        .row("填表说明：1.风险级别分为一、二、三级；2.责任人填写姓名。")
        .merge("A1:I1")
        .merge("B4:B5")
        .merge("A8:I8");
    return new Case("department table, title, filling and note rows", b)
        .body("科室风险", 4)
        .rows(
            dept("预算科")
                .cat(RiskCategory.INSTITUTION)
                .title("预算编制随意调整")
                .shows("未经审批调整预算指标")
                .level(RiskLevel.HIGH)
                .measures("严格执行预算调整审批程序", "调整结果集体研究。")
                .resp("刘洋", null)
                .sup("孙伟", null),
            dept("预算科")
                .cat(RiskCategory.DUTY)
                .title("泄露预算信息")
                .shows("向无关人员透露预算安排")
                .level(RiskLevel.LOW)
                .measures("签订保密承诺", "涉密资料专柜存放")
                .resp("刘洋", null)
                .sup("孙伟", null),
            dept("国库科")
                .cat(RiskCategory.PROCESS)
                .title("违规拨付资金")
                .shows("无依据拨付或提前拨付")
                .level(RiskLevel.MEDIUM)
                .measures("严格审核拨款依据", "实行双人复核")
                .resp("陈静", null)
                .sup("孙伟", null));
  }

  static Case postTableWithGradesAndMixedPeople() {
    Books b = new Books();
    b.sheet("岗位风险")
        .row("科室", "岗位名称", "工作职责", "风险点", "主要表现", "风险等次", "防控措施", "责任人", "备注")
        .row("办公室", "文秘岗", "公文处理", "泄露未公开信息", "擅自对外提供公文", "低", "①严格公文登记②定密审核", "科室负责人", "")
        .row("办公室", "车管岗", "车辆管理", "公车私用", "节假日私驾公车", "高", "1）车辆定位监控；2）出车审批登记", "王\u3000芳", "已整改")
        .row("财务科", "出纳岗", "现金管理", "挪用公款", "坐支现金", "高", "●每日盘点库存现金\n●定期对账", "分管领导人 / 科室负责人", "");
    return new Case("post table, 风险等次, people as names and roles", b)
        .body("岗位风险", 2)
        .rows(
            post("办公室", "文秘岗")
                .power("公文处理")
                .title("泄露未公开信息")
                .shows("擅自对外提供公文")
                .level(RiskLevel.LOW)
                .measures("严格公文登记", "定密审核")
                .resp(null, "科室负责人"),
            post("办公室", "车管岗")
                .power("车辆管理")
                .title("公车私用")
                .shows("节假日私驾公车")
                .level(RiskLevel.HIGH)
                .measures("车辆定位监控", "出车审批登记")
                .resp("王芳", null)
                .extra("备注", "已整改"),
            post("财务科", "出纳岗")
                .power("现金管理")
                .title("挪用公款")
                .shows("坐支现金")
                .level(RiskLevel.HIGH)
                .measures("每日盘点库存现金", "定期对账")
                .resp(null, "科室负责人")
                .sup(null, "分管领导人"));
  }

  static Case levelAsTickColumnsUnderAGroupHeader() {
    Books b = new Books();
    b.sheet("Sheet1")
        .row("序号", "科室", "风险点", "风险等级", "", "", "防控措施", "责任人")
        .row("", "", "", "高", "中", "低", "", "")
        .row("1", "审批科", "违规审批", "√", "", "", "1.审批公开 2.集体审议", "赵敏")
        .row("2", "审批科", "吃拿卡要", "", "✓", "", "签订承诺书", "赵敏")
        .row("3", "综合科", "资料泄露", "", "", "√", "专人保管", "钱进")
        .merge("A1:A2")
        .merge("B1:B2")
        .merge("C1:C2")
        .merge("D1:F1")
        .merge("G1:G2")
        .merge("H1:H2");
    return new Case("level as tick columns under 风险等级", b)
        .body("Sheet1", 3)
        .rows(
            dept("审批科")
                .title("违规审批")
                .level(RiskLevel.HIGH)
                .measures("审批公开", "集体审议")
                .resp("赵敏", null),
            dept("审批科").title("吃拿卡要").level(RiskLevel.MEDIUM).measures("签订承诺书").resp("赵敏", null),
            dept("综合科").title("资料泄露").level(RiskLevel.LOW).measures("专人保管").resp("钱进", null));
  }

  static Case responsiblePeopleSplitUnderAGroupHeader() {
    Books b = new Books();
    b.sheet("表2")
        .row("部门", "风险点", "风险等级", "防控措施", "责任人", "")
        .row("", "", "", "", "直接责任人", "领导责任人")
        .row("法规科", "执法不公", "高", "执法全过程记录", "李强", "张明")
        .row("法规科", "选择性执法", "中", "执法案卷评查", "李强", "张明")
        .merge("A1:A2")
        .merge("B1:B2")
        .merge("C1:C2")
        .merge("D1:D2")
        .merge("E1:F1");
    return new Case("责任人 over 直接责任人 and 领导责任人", b)
        .body("表2", 3)
        .rows(
            dept("法规科")
                .title("执法不公")
                .level(RiskLevel.HIGH)
                .measures("执法全过程记录")
                .resp("李强", null)
                .sup("张明", null),
            dept("法规科")
                .title("选择性执法")
                .level(RiskLevel.MEDIUM)
                .measures("执法案卷评查")
                .resp("李强", null)
                .sup("张明", null));
  }

  static Case leaderTableWithNameAndPositionColumns() {
    Books b = new Books();
    b.sheet("班子")
        .row("某局领导班子及班子成员廉政风险点一览表")
        .row("序号", "姓名", "职务", "分管工作", "职权事项", "廉政风险点", "等级评定", "防控措施", "监督责任人")
        .row("1", "", "领导班子", "", "重大事项决策", "决策程序不规范", "高", "第一，严格执行议事规则；第二，落实末位表态制。", "纪检组长")
        .row(
            "2",
            "张\u3000明",
            "党组书记、局长",
            "主持全面工作",
            "干部任用",
            "违规选拔任用干部",
            "高",
            "1.坚持民主推荐\n2.严格考察程序",
            "纪检组长")
        .row(
            "3",
            "李华",
            "副局长",
            "分管预算科、国库科",
            "资金审批",
            "违规审批资金",
            "★★☆",
            "1.1 严格审批权限 1.2 大额资金集体研究",
            "纪检组长")
        .merge("A1:I1");
    return new Case("leader table with 姓名 and 职务 columns", b)
        .body("班子", 3)
        .rows(
            group("领导班子")
                .power("重大事项决策")
                .title("决策程序不规范")
                .level(RiskLevel.HIGH)
                .measures("严格执行议事规则", "落实末位表态制。")
                .sup(null, "纪检组长"),
            leader("张明", "党组书记、局长")
                .power("干部任用")
                .title("违规选拔任用干部")
                .level(RiskLevel.HIGH)
                .measures("坚持民主推荐", "严格考察程序")
                .sup(null, "纪检组长")
                .extra("分管工作", "主持全面工作"),
            leader("李华", "副局长")
                .power("资金审批")
                .title("违规审批资金")
                .level(RiskLevel.MEDIUM)
                .measures("严格审批权限", "大额资金集体研究")
                .sup(null, "纪检组长")
                .extra("分管工作", "分管预算科、国库科"));
  }

  static Case webExportWithForeignNumbers() {
    Books b = new Books();
    b.sheet("export")
        .row("编号", "所属部门", "岗位", "风险点名称", "风险等级", "防控措施", "责任人", "状态", "填报日期")
        .row("FX2024001", "人事科", "招聘岗", "招聘过程暗箱操作", "高风险", "招聘全程公开；纪检监督", "周敏", "已审核", "2024-03-01")
        .row("FX2024002", "人事科", "工资岗", "违规调整工资", "中风险", "工资调整集体审核", "周敏", "待审核", "2024-03-02");
    return new Case("web export with foreign numbers", b)
        .body("export", 2)
        .rows(
            post("人事科", "招聘岗")
                .title("招聘过程暗箱操作")
                .level(RiskLevel.HIGH)
                .measures("招聘全程公开；纪检监督")
                .resp("周敏", null)
                .extra("编号", "FX2024001")
                .extra("状态", "已审核")
                .extra("填报日期", "2024-03-01"),
            post("人事科", "工资岗")
                .title("违规调整工资")
                .level(RiskLevel.MEDIUM)
                .measures("工资调整集体审核")
                .resp("周敏", null)
                .extra("编号", "FX2024002")
                .extra("状态", "待审核")
                .extra("填报日期", "2024-03-02"));
  }

  static Case likelihoodTimesConsequenceRegister() {
    Books b = new Books();
    b.sheet("风险登记")
        .row("风险编号", "科室", "岗位", "廉政风险点", "可能性（L）", "严重性（C）", "风险值（D）", "风险等级", "控制措施", "责任人")
        .row("GW-01", "采购科", "采购岗", "围标串标", "3", "5", "15", "一级风险", "1.公开招标；2.专家随机抽取", "马强")
        .row("GW-02", "采购科", "验收岗", "验收把关不严", "2", "3", "6", "三级风险", "双人验收", "马强");
    return new Case("L × C register with a foreign id column", b)
        .body("风险登记", 2)
        .rows(
            post("采购科", "采购岗")
                .title("围标串标")
                .level(RiskLevel.HIGH)
                .measures("公开招标", "专家随机抽取")
                .resp("马强", null)
                .extra("风险编号", "GW-01")
                .extra("可能性（L）", "3")
                .extra("严重性（C）", "5")
                .extra("风险值（D）", "15"),
            post("采购科", "验收岗")
                .title("验收把关不严")
                .level(RiskLevel.LOW)
                .measures("双人验收")
                .resp("马强", null)
                .extra("风险编号", "GW-02")
                .extra("可能性（L）", "2")
                .extra("严重性（C）", "3")
                .extra("风险值（D）", "6"))
        .ledger(
            l -> assertThat(l.getRiskPoints()).extracting(p -> p.getId()).doesNotContain("GW-01"));
  }

  static Case majorMattersProcessTable() {
    Books b = new Books();
    b.sheet("三重一大")
        .row("“三重一大”事项决策廉政风险防控流程表")
        .row("事项类别", "流程环节", "廉政风险点及等级", "防控措施", "责任主体", "监督主体")
        .row("重大项目安排", "立项论证", "论证流于形式（高）", "1.组织专家论证 2.公示论证结果", "局党组", "纪检组")
        .row("", "招标采购", "【中】规避公开招标", "严格执行招标法", "", "纪检组")
        .merge("A1:F1")
        .merge("A3:A4")
        .merge("E3:E4");
    return new Case("三重一大 process table", b)
        .body("三重一大", 3)
        .rows(
            group("局党组")
                .power("立项论证")
                .title("论证流于形式")
                .level(RiskLevel.HIGH)
                .measures("组织专家论证", "公示论证结果")
                .extra("事项类别", "重大项目安排")
                .extra("监督主体", "纪检组"),
            group("局党组")
                .power("招标采购")
                .title("规避公开招标")
                .level(RiskLevel.MEDIUM)
                .measures("严格执行招标法")
                .extra("事项类别", "重大项目安排")
                .extra("监督主体", "纪检组"));
  }

  static Case enterpriseLeaderPositionsWithIndicators() {
    Books b = new Books();
    b.sheet("Sheet1")
        .row("序号", "岗位类别", "风险名称", "风险描述", "防控措施", "监测指标", "完成时限")
        .row(
            "1",
            "董事长",
            "决策权过度集中",
            "重大事项个人说了算",
            "1.严格执行“三重一大”决策制度；2.落实民主集中制",
            "集体决策率\n会议记录完整率",
            "长期坚持")
        .row("2", "总经理", "违规发放薪酬", "擅自提高薪酬标准", "薪酬方案报董事会审议", "薪酬审批记录", "2024年12月底");
    return new Case("enterprise leader positions with indicators", b)
        .body("Sheet1", 2)
        .rows(
            leader("董事长", "董事长")
                .title("决策权过度集中")
                .shows("重大事项个人说了算")
                .measures("严格执行“三重一大”决策制度", "落实民主集中制")
                .monitoring("集体决策率", "会议记录完整率")
                .extra("完成时限", "长期坚持"),
            leader("总经理", "总经理")
                .title("违规发放薪酬")
                .shows("擅自提高薪酬标准")
                .measures("薪酬方案报董事会审议")
                .monitoring("薪酬审批记录")
                .extra("完成时限", "2024年12月底"));
  }

  static Case tableOverSeveralSheetsWithAnInstructionSheet() {
    Books b = new Books();
    b.sheet("填表说明").row("填表说明").row("1.本表按科室填写；2.风险等级分高、中、低。");
    b.sheet("科室风险(一)")
        .row("附件2  科室廉政风险防控表")
        .row("序号", "责任科室", "风险类别", "风险点", "风险等级", "防控措施", "科室负责人", "分管领导")
        .row("1", "人事科", "岗位职责", "违规办理调动", "高", "调动事项集体研究", "王芳", "张明")
        .row("2", "人事科", "思想道德", "收受好处", "中", "廉政谈话", "王芳", "张明")
        .merge("A1:H1");
    b.sheet("科室风险(二)")
        .row("序号", "责任科室", "风险类别", "风险点", "风险等级", "防控措施", "科室负责人", "分管领导")
        .row("3", "信息科", "业务流程", "违规采购软件", "低", "采购比价", "赵刚", "李华");
    return new Case("one table over several sheets after an instruction sheet", b)
        .body("科室风险(一)", 3)
        .body("科室风险(二)", 2)
        .finding("SHEET_SKIPPED@填表说明")
        .rows(
            dept("人事科")
                .cat(RiskCategory.DUTY)
                .title("违规办理调动")
                .level(RiskLevel.HIGH)
                .measures("调动事项集体研究")
                .resp("王芳", null)
                .sup("张明", null),
            dept("人事科")
                .cat(RiskCategory.IDEOLOGY)
                .title("收受好处")
                .level(RiskLevel.MEDIUM)
                .measures("廉政谈话")
                .resp("王芳", null)
                .sup("张明", null),
            dept("信息科")
                .cat(RiskCategory.PROCESS)
                .title("违规采购软件")
                .level(RiskLevel.LOW)
                .measures("采购比价")
                .resp("赵刚", null)
                .sup("李华", null));
  }

  static Case subtotalAndTotalRows() {
    Books b = new Books();
    b.sheet("科室")
        .row("序号", "科室", "风险点", "风险等级", "防控措施")
        .row("1", "办公室", "公车私用", "高", "车辆定位")
        .row("2", "办公室", "公款吃喝", "中", "接待审批")
        .row("小计", "办公室", "共2个", "", "")
        .row("3", "财务科", "虚报冒领", "低", "票据审核")
        .row("合计", "", "3个风险点", "高1个、中1个、低1个", "");
    return new Case("subtotal and total rows", b)
        .body("科室", 2)
        .rows(
            dept("办公室").title("公车私用").level(RiskLevel.HIGH).measures("车辆定位"),
            dept("办公室").title("公款吃喝").level(RiskLevel.MEDIUM).measures("接待审批"),
            dept("财务科").title("虚报冒领").level(RiskLevel.LOW).measures("票据审核"))
        .finding("SUMMARY_ROW_SKIPPED@科室!4")
        .finding("SUMMARY_ROW_SKIPPED@科室!6");
  }

  static Case sameNamePosts() {
    Books b = new Books();
    b.sheet("岗位")
        .row("科室", "岗位", "在岗人员", "风险点", "风险等级", "防控措施")
        .row("办公室", "科员", "张三", "泄露信息", "低", "保密教育")
        .row("财务科", "科员", "李四", "虚列支出", "中", "票据审核")
        .row("财务科", "会计", "王五", "做假账", "高", "账务复核")
        .row("财务科", "会计", "王五", "白条抵库", "高", "库存盘点")
        .row("财务科", "会计", "赵六", "私设账户", "高", "账户清理");
    return new Case("same-name posts in two departments and in one", b)
        .body("岗位", 2)
        .rows(
            post("办公室", "科员").holders("张三").title("泄露信息").level(RiskLevel.LOW).measures("保密教育"),
            post("财务科", "科员").holders("李四").title("虚列支出").level(RiskLevel.MEDIUM).measures("票据审核"),
            post("财务科", "会计").holders("王五").title("做假账").level(RiskLevel.HIGH).measures("账务复核"),
            post("财务科", "会计").holders("王五").title("白条抵库").level(RiskLevel.HIGH).measures("库存盘点"),
            post("财务科", "会计").holders("赵六").title("私设账户").level(RiskLevel.HIGH).measures("账户清理"))
        .ledger(
            l -> {
              assertThat(l.getPosts()).hasSize(4);
              assertThat(l.getPosts().stream().filter(p -> p.getName().equals("会计")))
                  .extracting(Post::getHolders)
                  .hasSize(2);
            });
  }

  static Case levelsInsideTheRiskCell() {
    Books b = new Books();
    b.sheet("科室")
        .row("科室", "风险点", "防控措施", "责任人")
        .row("审计科", "1.审计报告失实★★★\n2.收受被审计单位礼品★☆☆", "1.1 实行审计复核\n1.2 审计组长负责制\n2.1 签订廉洁承诺", "吴凯（科长）")
        .row("审计科", "审计取证不规范（中）", "规范取证程序", "吴凯（科长）");
    return new Case("levels inside the risk cell", b)
        .body("科室", 2)
        .rows(
            dept("审计科")
                .title("审计报告失实")
                .level(RiskLevel.HIGH)
                .measures("实行审计复核", "审计组长负责制")
                .resp("吴凯", "科长"),
            dept("审计科").title("收受被审计单位礼品").level(RiskLevel.LOW).measures("签订廉洁承诺").resp("吴凯", "科长"),
            dept("审计科")
                .title("审计取证不规范")
                .level(RiskLevel.MEDIUM)
                .measures("规范取证程序")
                .resp("吴凯", "科长"));
  }

  static Case everyNumberingStyle() {
    Books b = new Books();
    b.sheet("科室")
        .row("科室", "风险点", "风险等级", "防控措施")
        .row("执法科", "随意减免罚款", "高", "第一，严格执行裁量基准；第二，减免事项集体讨论。")
        .row("执法科", "违规收取费用", "高", "(1)票款分离(2)收费公示")
        .row("执法科", "选择性执法", "中", "①双随机抽查\n②执法记录仪全程记录")
        .row("规划科", "违规调整规划", "高", "一、严格规划调整程序；二、专家论证后公示")
        .row("规划科", "泄露规划信息", "低", "— 签订保密协议\n— 规划成果专人保管")
        .row("规划科", "审批超时限", "低", "50万元以上项目集体研究")
        .row("规划科", "干部长期任职", "中", "2024-2026年完成轮岗")
        .row("规划科", "违规变更容积率", "高", "1.容积率调整3.5%以上须报批；2.结果公示");
    return new Case("every numbering style", b)
        .body("科室", 2)
        .rows(
            dept("执法科").title("随意减免罚款").level(RiskLevel.HIGH).measures("严格执行裁量基准", "减免事项集体讨论。"),
            dept("执法科").title("违规收取费用").level(RiskLevel.HIGH).measures("票款分离", "收费公示"),
            dept("执法科").title("选择性执法").level(RiskLevel.MEDIUM).measures("双随机抽查", "执法记录仪全程记录"),
            dept("规划科").title("违规调整规划").level(RiskLevel.HIGH).measures("严格规划调整程序", "专家论证后公示"),
            dept("规划科").title("泄露规划信息").level(RiskLevel.LOW).measures("签订保密协议", "规划成果专人保管"),
            dept("规划科").title("审批超时限").level(RiskLevel.LOW).measures("50万元以上项目集体研究"),
            dept("规划科").title("干部长期任职").level(RiskLevel.MEDIUM).measures("2024-2026年完成轮岗"),
            dept("规划科").title("违规变更容积率").level(RiskLevel.HIGH).measures("容积率调整3.5%以上须报批", "结果公示"));
  }

  static Case ownerGroupHeaderOverDepartmentAndPost() {
    Books b = new Books();
    b.sheet("岗位表")
        .row("某局岗位廉政风险防控一览表")
        .row("责任主体", "", "风险类别", "风险点", "风险等级", "防控措施", "责任领导")
        .row("科室", "岗位", "", "", "", "", "")
        .row("征收科", "核定岗", "岗位职责", "违规核定税额", "高", "核定结果复核", "分管副局长")
        .row("", "", "外部环境", "接受纳税人宴请", "中", "签订廉政承诺", "分管副局长")
        .row("", "征收岗", "业务流程", "违规减免", "高", "减免集体审批", "分管副局长")
        .merge("A1:G1")
        .merge("A2:B2")
        .merge("C2:C3")
        .merge("D2:D3")
        .merge("E2:E3")
        .merge("F2:F3")
        .merge("G2:G3")
        .merge("A4:A6")
        .merge("B4:B5");
    return new Case("责任主体 over 科室 and 岗位", b)
        .body("岗位表", 4)
        .rows(
            post("征收科", "核定岗")
                .cat(RiskCategory.DUTY)
                .title("违规核定税额")
                .level(RiskLevel.HIGH)
                .measures("核定结果复核")
                .sup(null, "分管副局长"),
            post("征收科", "核定岗")
                .cat(RiskCategory.EXTERNAL)
                .title("接受纳税人宴请")
                .level(RiskLevel.MEDIUM)
                .measures("签订廉政承诺")
                .sup(null, "分管副局长"),
            post("征收科", "征收岗")
                .cat(RiskCategory.PROCESS)
                .title("违规减免")
                .level(RiskLevel.HIGH)
                .measures("减免集体审批")
                .sup(null, "分管副局长"));
  }

  static Case twoVicesKnownByRoleOnly() {
    Books b = new Books();
    b.sheet("班子成员")
        .row("班子成员", "风险点", "风险等级", "防控措施", "监督责任人")
        .row("局长", "末位表态不落实", "高", "严格执行末位表态", "上级纪委")
        .row("副局长", "违规干预招投标", "高", "不直接分管招投标", "局长")
        .row("", "违规审批资金", "中", "联签制度", "局长")
        .row("副局长", "违规选人用人", "高", "集体研究", "局长")
        .merge("A3:A4");
    return new Case("two vices known by role only", b)
        .body("班子成员", 2)
        .rows(
            leader("局长", "局长")
                .title("末位表态不落实")
                .level(RiskLevel.HIGH)
                .measures("严格执行末位表态")
                .sup(null, "上级纪委"), // a body is no person: it is the supervising position
            leader("副局长", "副局长")
                .title("违规干预招投标")
                .level(RiskLevel.HIGH)
                .measures("不直接分管招投标")
                .sup(null, "局长"),
            leader("副局长", "副局长")
                .title("违规审批资金")
                .level(RiskLevel.MEDIUM)
                .measures("联签制度")
                .sup(null, "局长"),
            leader("副局长", "副局长")
                .title("违规选人用人")
                .level(RiskLevel.HIGH)
                .measures("集体研究")
                .sup(null, "局长"))
        .ledger(l -> assertThat(l.getLeadershipGroup().getLeaders()).hasSize(3));
  }

  static Case categoryAndLevelWordings() {
    Books b = new Books();
    b.sheet("科室")
        .row("科室名称", "风险类型", "廉政风险点", "风险程度", "预防措施")
        .row("监察室", "思想道德类", "办案中徇私", "较高", "办案回避")
        .row("监察室", "外部环境风险", "被请托说情", "一般", "说情登记")
        .row("监察室", "制度机制", "线索处置不规范", "较低", "线索集体排查");
    return new Case("category and level wordings", b)
        .body("科室", 2)
        .rows(
            dept("监察室")
                .cat(RiskCategory.IDEOLOGY)
                .title("办案中徇私")
                .level(RiskLevel.HIGH)
                .measures("办案回避"),
            dept("监察室")
                .cat(RiskCategory.EXTERNAL)
                .title("被请托说情")
                .level(RiskLevel.MEDIUM)
                .measures("说情登记"),
            dept("监察室")
                .cat(RiskCategory.INSTITUTION)
                .title("线索处置不规范")
                .level(RiskLevel.LOW)
                .measures("线索集体排查"));
  }

  static Case peopleWrittenEveryWay() {
    Books b = new Books();
    b.sheet("岗位")
        .row("科室", "岗位", "风险点", "防控措施", "第一责任人", "分管领导")
        .row("稽查科", "稽查岗", "稽查走过场", "稽查底稿复核", "科室负责人：李华", "张明（副局长）")
        .row("稽查科", "审理岗", "审理意见失当", "集体审理", "李华（科长）", "分管副局长")
        .row("稽查科", "执行岗", "违规解除强制措施", "解除报批", "科长 李华", "张\u3000明");
    return new Case("people written every way", b)
        .body("岗位", 2)
        .rows(
            post("稽查科", "稽查岗")
                .title("稽查走过场")
                .measures("稽查底稿复核")
                .resp("李华", "科室负责人")
                .sup("张明", "副局长"),
            post("稽查科", "审理岗").title("审理意见失当").measures("集体审理").resp("李华", "科长").sup(null, "分管副局长"),
            post("稽查科", "执行岗").title("违规解除强制措施").measures("解除报批").resp("李华", "科长").sup("张明", null));
  }

  static Case extraColumnsTravel() {
    Books b = new Books();
    b.sheet("科室")
        .row("序号", "科室", "风险点", "防控措施", "监测指标", "完成时限", "牵头单位", "配合单位", "备注")
        .row("1", "财务科", "私设小金库", "账户清理", "账户数量", "2024年6月", "财务科", "审计科", "重点")
        .row("2", "财务科", "虚列支出", "票据审核", "", "长期", "财务科", "", "");
    return new Case("extra columns travel with their rows", b)
        .body("科室", 2)
        .rows(
            dept("财务科")
                .title("私设小金库")
                .measures("账户清理")
                .monitoring("账户数量")
                .extra("完成时限", "2024年6月")
                .extra("牵头单位", "财务科")
                .extra("配合单位", "审计科")
                .extra("备注", "重点"),
            dept("财务科").title("虚列支出").measures("票据审核").extra("完成时限", "长期").extra("牵头单位", "财务科"));
  }

  static Case sequenceCellsThatAreNotNumbers() {
    Books b = new Books();
    b.sheet("科室")
        .row("序号", "科室", "风险点", "风险等级", "防控措施")
        .row("一", "办公室", "公车私用", "高", "车辆定位")
        .row("待核", "办公室", "公款吃喝", "中", "接待审批")
        .row("总计", "", "", "", "");
    return new Case("sequence cells that are not numbers", b)
        .body("科室", 2)
        .rows(
            dept("办公室").title("公车私用").level(RiskLevel.HIGH).measures("车辆定位"),
            dept("办公室").title("公款吃喝").level(RiskLevel.MEDIUM).measures("接待审批").extra("序号", "待核"))
        .finding("SUMMARY_ROW_SKIPPED@科室!4");
  }

  static Case reversedColumnOrder() {
    Books b = new Books();
    b.sheet("Sheet1")
        .row("防控措施", "风险点", "风险等级", "岗位", "科室")
        .row("1.双人审核\n2.定期轮岗", "虚开票据", "高", "开票岗", "票据科")
        .row("专人保管", "票据遗失", "低", "保管岗", "票据科");
    return new Case("reversed column order", b)
        .body("Sheet1", 2)
        .rows(
            post("票据科", "开票岗").title("虚开票据").level(RiskLevel.HIGH).measures("双人审核", "定期轮岗"),
            post("票据科", "保管岗").title("票据遗失").level(RiskLevel.LOW).measures("专人保管"));
  }

  static Case legacyXlsWithMergedOwners() {
    Books b = new Books();
    b.sheet("附件3")
        .row("某局岗位廉政风险点登记表")
        .row("填报单位：某局", "", "", "", "填报时间：2024年4月")
        .row("所在科室", "具体岗位", "在岗人", "廉政风险点", "风险等级", "防控措施")
        .row("征管科", "登记岗", "何\u3000静", "违规办理登记", "中", "1.资料审核\n2.限时办结")
        .row("", "", "", "泄露纳税人信息", "低", "信息查询留痕")
        .row("", "发票岗", "彭勇", "违规发售发票", "高", "发票发售系统控制")
        .merge("A4:A6")
        .merge("B4:B5")
        .merge("C4:C5");
    return new Case("legacy xls with merged owners", b)
        .xls()
        .body("附件3", 4)
        .rows(
            post("征管科", "登记岗")
                .holders("何静")
                .title("违规办理登记")
                .level(RiskLevel.MEDIUM)
                .measures("资料审核", "限时办结"),
            post("征管科", "登记岗")
                .holders("何静")
                .title("泄露纳税人信息")
                .level(RiskLevel.LOW)
                .measures("信息查询留痕"),
            post("征管科", "发票岗")
                .holders("彭勇")
                .title("违规发售发票")
                .level(RiskLevel.HIGH)
                .measures("发票发售系统控制"));
  }

  static Case riskLevelWordsAsTickColumnsOfGrades() {
    Books b = new Books();
    b.sheet("科室")
        .row("部门", "廉政风险点", "风险级别", "", "", "防控措施")
        .row("", "", "一级", "二级", "三级", "")
        .row("信访科", "压案不查", "", "●", "", "信访件登记销号")
        .row("信访科", "泄露举报人信息", "●", "", "", "举报件专人管理")
        .merge("A1:A2")
        .merge("B1:B2")
        .merge("C1:E1")
        .merge("F1:F2");
    return new Case("grades as tick columns", b)
        .body("科室", 3)
        .rows(
            dept("信访科").title("压案不查").level(RiskLevel.MEDIUM).measures("信访件登记销号"),
            dept("信访科").title("泄露举报人信息").level(RiskLevel.HIGH).measures("举报件专人管理"));
  }

  static Case matterAndLinkHeaders() {
    Books b = new Books();
    b.sheet("岗位")
        .row("序号", "部门", "岗位", "职权事项", "风险环节", "廉政风险点", "风险等级", "防控措施", "直接责任人", "监督责任人")
        .row("1", "采购办", "采购岗", "政府采购", "需求确定", "量身定制采购需求", "高", "需求论证；集体审定", "何勇", "分管局长")
        .row("2", "采购办", "采购岗", "政府采购", "合同验收", "验收不严", "中", "第三方验收", "何勇", "分管局长");
    return new Case("matter and link headers", b)
        .body("岗位", 2)
        .rows(
            post("采购办", "采购岗")
                .power("政府采购")
                .title("量身定制采购需求")
                .level(RiskLevel.HIGH)
                .measures("需求论证；集体审定")
                .resp("何勇", null)
                .sup(null, "分管局长")
                .extra("风险环节", "需求确定"),
            post("采购办", "采购岗")
                .power("政府采购")
                .title("验收不严")
                .level(RiskLevel.MEDIUM)
                .measures("第三方验收")
                .resp("何勇", null)
                .sup(null, "分管局长")
                .extra("风险环节", "合同验收"));
  }

  static Case ownersWrittenOnceWithoutMerging() {
    Books b = new Books();
    b.sheet("岗位")
        .row("科室", "岗位", "风险点", "风险等级", "防控措施")
        .row("财务科", "出纳岗", "挪用公款", "高", "每日对账")
        .row("", "", "坐支现金", "中", "收支两条线")
        .row("", "会计岗", "虚列支出", "Ⅱ级", "票据审核")
        .row("办公室", "文秘岗", "泄露文件", "Ⅲ级", "保密管理");
    return new Case("owners written once, not merged", b)
        .body("岗位", 2)
        .rows(
            post("财务科", "出纳岗").title("挪用公款").level(RiskLevel.HIGH).measures("每日对账"),
            post("财务科", "出纳岗").title("坐支现金").level(RiskLevel.MEDIUM).measures("收支两条线"),
            post("财务科", "会计岗").title("虚列支出").level(RiskLevel.MEDIUM).measures("票据审核"),
            post("办公室", "文秘岗").title("泄露文件").level(RiskLevel.LOW).measures("保密管理"));
  }

  static Case columnNumbersAndSignOff() {
    Books b = new Books();
    b.sheet("表")
        .row("某局廉政风险防控登记表")
        .row("序号", "单位", "廉政风险点", "风险表现形式", "风险等级", "防控措施", "责任领导")
        .row("1", "2", "3", "4", "5", "6", "7")
        .row("1", "办公室", "公文处理违规", "越权签发公文", "低风险（三级）", "严格公文签发程序", "副局长 张明")
        .row("2", "人事科", "违规招录", "降低招录条件", "高", "招录全程公开", "局长")
        .row("单位负责人：张明", "", "", "填表人：李华", "", "审核：王芳", "")
        .row("", "", "", "", "", "某区某局（盖章）", "")
        .row("", "", "", "", "", "2024年3月15日", "")
        .merge("A1:G1");
    return new Case("column numbers under the header, sign-off lines", b)
        .body("表", 3)
        .rows(
            dept("办公室")
                .title("公文处理违规")
                .shows("越权签发公文")
                .level(RiskLevel.LOW)
                .measures("严格公文签发程序")
                .sup("张明", "副局长"),
            dept("人事科")
                .title("违规招录")
                .shows("降低招录条件")
                .level(RiskLevel.HIGH)
                .measures("招录全程公开")
                .sup(null, "局长"))
        .finding("REPEATED_HEADER_SKIPPED@表!3");
  }

  static Case leaderCellsWrittenWithSpacesAndLabels() {
    Books b = new Books();
    b.sheet("领导")
        .row("班子成员", "风险点", "风险等级", "防控措施")
        .row("张明 局长", "末位表态不落实", "高", "严格执行末位表态")
        .row("副局长：李华", "违规审批资金", "中", "联签制度");
    return new Case("leader cells written with spaces and labels", b)
        .body("领导", 2)
        .rows(
            leader("张明", "局长").title("末位表态不落实").level(RiskLevel.HIGH).measures("严格执行末位表态"),
            leader("李华", "副局长").title("违规审批资金").level(RiskLevel.MEDIUM).measures("联签制度"));
  }

  static Case headingRowsNameTheDepartment() {
    Books b = new Books();
    b.sheet("科室")
        .row("序号", "风险点", "风险等级", "防控措施", "责任人")
        .row("一、办公室")
        .row("1", "公车私用", "高", "车辆定位", "赵敏")
        .row("（二）财务科")
        .row("2", "虚报冒领", "中", "票据审核", "钱进")
        .merge("A4:E4");
    return new Case("heading rows name the department", b)
        .body("科室", 2)
        .rows(
            dept("办公室").title("公车私用").level(RiskLevel.HIGH).measures("车辆定位").resp("赵敏", null),
            dept("财务科").title("虚报冒领").level(RiskLevel.MEDIUM).measures("票据审核").resp("钱进", null))
        .finding("SECTION_ROW_SKIPPED@科室!2")
        .finding("SECTION_ROW_SKIPPED@科室!4");
  }

  static Case markedAndBrokenHeadersOfALeaderTable() {
    Books b = new Books();
    b.sheet("Sheet1")
        .row("*领导姓名", "风险\n点", "风 险 等 级", "防控措施*", "监督\n责任人")
        .row("张明", "违规决策", "高", "集体决策", "纪检组长")
        .row("李华", "违规审批", "中", "联签", "纪检组长");
    return new Case("marked and broken headers of a leader table", b)
        .body("Sheet1", 2)
        .rows(
            leader("张明", null)
                .title("违规决策")
                .level(RiskLevel.HIGH)
                .measures("集体决策")
                .sup(null, "纪检组长"),
            leader("李华", null)
                .title("违规审批")
                .level(RiskLevel.MEDIUM)
                .measures("联签")
                .sup(null, "纪检组长"));
  }

  static Case measuresSplitUnderAGroupHeader() {
    Books b = new Books();
    b.sheet("科室")
        .row("科室", "风险点", "防控措施", "", "")
        .row("", "", "制度措施", "监督措施", "技术措施")
        .row("财务科", "虚报冒领", "完善报销制度", "纪检抽查", "网上报销系统")
        .merge("A1:A2")
        .merge("B1:B2")
        .merge("C1:E1");
    return new Case("measures split under a group header", b)
        .body("科室", 3)
        .rows(dept("财务科").title("虚报冒领").measures("完善报销制度", "纪检抽查", "网上报销系统"));
  }

  static Case levelsWithTheirStarsInBrackets() {
    Books b = new Books();
    b.sheet("科室")
        .row("科室", "风险点", "风险等级", "防控措施")
        .row("法规科", "执法不公", "高（★★★）", "执法公示")
        .row("法规科", "执法不严", "★★", "案卷评查")
        .row("法规科", "执法拖延", "Ⅰ级", "限时办结");
    return new Case("levels with their stars in brackets", b)
        .body("科室", 2)
        .rows(
            dept("法规科").title("执法不公").level(RiskLevel.HIGH).measures("执法公示"),
            dept("法规科").title("执法不严").level(RiskLevel.MEDIUM).measures("案卷评查"),
            dept("法规科").title("执法拖延").level(RiskLevel.HIGH).measures("限时办结"));
  }

  static Case aWholeWorkbookOfThreeAnnexes() {
    Books b = new Books();
    b.sheet("附件1")
        .row("附件1：领导班子及班子成员廉政风险防控表")
        .row("序号", "班子成员", "风险类别", "廉政风险点", "风险等级", "防控措施")
        .row("1", "领导班子", "制度机制", "议事规则执行不严", "高", "严格执行议事规则")
        .row("2", "王局长", "岗位职责", "干预项目审批", "高", "不直接分管审批")
        .merge("A1:F1");
    b.sheet("附件2")
        .row("附件2：科室廉政风险防控表")
        .row("序号", "科室", "风险类别", "廉政风险点", "风险等级", "防控措施")
        .row("1", "审批科", "业务流程", "超时限审批", "中", "限时办结")
        .merge("A1:F1");
    b.sheet("附件3")
        .row("附件3：岗位廉政风险防控表")
        .row("序号", "科室", "岗位", "在岗人员", "风险类别", "廉政风险点", "风险等级", "防控措施")
        .row("1", "审批科", "受理岗", "刘敏、陈晨", "外部环境", "收受申请人财物", "低", "廉政承诺")
        .merge("A1:H1");
    return new Case("a whole workbook of three annexes", b)
        .body("附件1", 3)
        .body("附件2", 3)
        .body("附件3", 3)
        .rows(
            group("领导班子")
                .cat(RiskCategory.INSTITUTION)
                .title("议事规则执行不严")
                .level(RiskLevel.HIGH)
                .measures("严格执行议事规则"),
            leader("王局长", "局长")
                .cat(RiskCategory.DUTY)
                .title("干预项目审批")
                .level(RiskLevel.HIGH)
                .measures("不直接分管审批"),
            dept("审批科")
                .cat(RiskCategory.PROCESS)
                .title("超时限审批")
                .level(RiskLevel.MEDIUM)
                .measures("限时办结"),
            post("审批科", "受理岗")
                .holders("刘敏", "陈晨")
                .cat(RiskCategory.EXTERNAL)
                .title("收受申请人财物")
                .level(RiskLevel.LOW)
                .measures("廉政承诺"));
  }

  static Case responsibleAndSupervisorInOneColumn() {
    Books b = new Books();
    b.sheet("科室")
        .row("科室", "风险点", "风险等级", "防控措施", "责任人/责任领导")
        .row("财务科", "虚报冒领", "高", "票据审核", "李华/张明")
        .row("财务科", "私设小金库", "中", "账户清理", "李华／张明");
    return new Case("responsible and supervisor in one column", b)
        .body("科室", 2)
        .rows(
            dept("财务科")
                .title("虚报冒领")
                .level(RiskLevel.HIGH)
                .measures("票据审核")
                .resp("李华", null)
                .sup("张明", null),
            dept("财务科")
                .title("私设小金库")
                .level(RiskLevel.MEDIUM)
                .measures("账户清理")
                .resp("李华", null)
                .sup("张明", null));
  }

  static Case postCellsNamingTheirHolders() {
    Books b = new Books();
    b.sheet("岗位")
        .row("科室", "岗位（人员）", "风险点", "风险等级", "防控措施")
        .row("财务科", "出纳岗（李娜）", "挪用公款", "高", "每日对账")
        .row("财务科", "会计岗（王强、赵丽）", "虚列支出", "中", "票据审核")
        .row("财务科", "复核岗（兼档案管理）", "复核走过场", "低", "交叉复核");
    return new Case("post cells naming their holders", b)
        .body("岗位", 2)
        .rows(
            post("财务科", "出纳岗").holders("李娜").title("挪用公款").level(RiskLevel.HIGH).measures("每日对账"),
            post("财务科", "会计岗")
                .holders("王强", "赵丽")
                .title("虚列支出")
                .level(RiskLevel.MEDIUM)
                .measures("票据审核"),
            post("财务科", "复核岗（兼档案管理）").title("复核走过场").level(RiskLevel.LOW).measures("交叉复核"));
  }

  static Case levelLabelledOnTheRiskPointsLastLine() {
    Books b = new Books();
    b.sheet("科室")
        .row("科室", "风险点", "防控措施")
        .row("办公室", "公车私用\n风险等级：高", "车辆定位")
        .row("办公室", "公款吃喝（风险等级：中）", "接待审批");
    return new Case("level labelled on the risk point's last line", b)
        .body("科室", 2)
        .rows(
            dept("办公室").title("公车私用").level(RiskLevel.HIGH).measures("车辆定位"),
            dept("办公室").title("公款吃喝").level(RiskLevel.MEDIUM).measures("接待审批"));
  }

  static Case twoTablesStackedOnOneSheet() {
    Books b = new Books();
    b.sheet("风险点")
        .row("一、领导班子成员廉政风险点")
        .row("序号", "班子成员", "风险点", "风险等级", "防控措施")
        .row("1", "张明（局长）", "末位表态不落实", "高", "严格执行末位表态")
        .row("")
        .row("二、科室廉政风险点")
        .row("序号", "科室", "风险点", "风险等级", "防控措施")
        .row("1", "财务科", "虚报冒领", "中", "票据审核")
        .merge("A1:E1")
        .merge("A5:E5");
    return new Case("two tables stacked on one sheet", b)
        .body("风险点", 3)
        .rows(
            leader("张明", "局长").title("末位表态不落实").level(RiskLevel.HIGH).measures("严格执行末位表态"),
            dept("财务科").title("虚报冒领").level(RiskLevel.MEDIUM).measures("票据审核"));
  }

  static Case dittoCellsVacantPostsAndLooseCategories() {
    Books b = new Books();
    b.sheet("岗位")
        .row("科室", "岗位", "在岗人员", "风险类别", "风险点", "风险等级", "防控措施", "责任人")
        .row("财务科", "出纳岗", "李娜", "岗位职责类风险", "挪用公款", "Ⅰ", "每日对账", "王芳")
        .row("同上", "会计岗", "（空缺）", "思想道德方面", "虚列支出", "Ⅱ", "票据审核", "同上")
        .row("同上", "复核岗", "暂缺", "外部环境方面的风险", "复核走过场", "III", "交叉复核", "同上");
    return new Case("ditto cells, vacant posts, loose categories", b)
        .body("岗位", 2)
        .rows(
            post("财务科", "出纳岗")
                .holders("李娜")
                .cat(RiskCategory.DUTY)
                .title("挪用公款")
                .level(RiskLevel.HIGH)
                .measures("每日对账")
                .resp("王芳", null),
            post("财务科", "会计岗")
                .cat(RiskCategory.IDEOLOGY)
                .title("虚列支出")
                .level(RiskLevel.MEDIUM)
                .measures("票据审核")
                .resp("王芳", null)
                .extra("在岗人员", "（空缺）"),
            post("财务科", "复核岗")
                .cat(RiskCategory.EXTERNAL)
                .title("复核走过场")
                .level(RiskLevel.LOW)
                .measures("交叉复核")
                .resp("王芳", null)
                .extra("在岗人员", "暂缺"));
  }

  static Case holdoutPostDutiesAndOverseer() {
    Books b = new Books();
    b.sheet("岗位廉政风险")
        .row("某县审计局岗位廉政风险防控表")
        .row("单位（盖章）：某县审计局", "", "", "", "", "", "2024年4月")
        .row("岗位名称", "岗位职责", "风险点描述", "风险等级", "防控措施", "责任人", "监督人")
        .row("审计组长", "组织实施审计项目", "审计中隐瞒问题", "高", "1．审计质量三级复核；\n2．审计结果公告。", "陈刚", "分管副局长")
        .row("", "", "违规收受被审计单位礼金", "高", "1．签订廉洁承诺书；\n2．开展回访。", "陈刚", "分管副局长")
        .row("主审", "审计取证", "取证不充分", "中", "规范取证流程", "刘敏", "审计组长")
        .merge("A4:A5")
        .merge("B4:B5");
    return new Case("holdout: post duties and overseer", b)
        .body("岗位廉政风险", 4)
        .rows(
            post(null, "审计组长")
                .power("组织实施审计项目")
                .title("审计中隐瞒问题")
                .level(RiskLevel.HIGH)
                .measures("审计质量三级复核", "审计结果公告。")
                .resp("陈刚", null)
                .sup(null, "分管副局长"),
            post(null, "审计组长")
                .power("组织实施审计项目")
                .title("违规收受被审计单位礼金")
                .level(RiskLevel.HIGH)
                .measures("签订廉洁承诺书", "开展回访。")
                .resp("陈刚", null)
                .sup(null, "分管副局长"),
            post(null, "主审")
                .power("审计取证")
                .title("取证不充分")
                .level(RiskLevel.MEDIUM)
                .measures("规范取证流程")
                .resp("刘敏", null)
                .sup(null, "审计组长"));
  }

  static Case holdoutLeaderPositionFirst() {
    Books b = new Books();
    b.sheet("班子成员")
        .row("领导职务", "姓名", "分管范围", "主要风险点", "风险等级", "防控措施")
        .row("党组书记、局长", "张伟", "全面工作", "违规决策", "高", "（一）严格执行民主集中制（二）重大事项集体研究")
        .row("副局长", "李强", "财务、审计", "违规审批资金", "高", "资金审批联签");
    return new Case("holdout: leader position first", b)
        .body("班子成员", 2)
        .rows(
            leader("张伟", "党组书记、局长")
                .title("违规决策")
                .level(RiskLevel.HIGH)
                .measures("严格执行民主集中制", "重大事项集体研究")
                .extra("分管范围", "全面工作"),
            leader("李强", "副局长")
                .title("违规审批资金")
                .level(RiskLevel.HIGH)
                .measures("资金审批联签")
                .extra("分管范围", "财务、审计"));
  }

  static Case holdoutEnterpriseProcessRegister() {
    Books b = new Books();
    b.sheet("风险清单")
        .row("部门", "业务流程", "风险点", "风险描述", "可能性", "影响程度", "风险等级", "防控措施", "责任人")
        .row("采购部", "供应商选择", "围标串标", "供应商相互串通报价", "较大", "严重", "高", "1、供应商库动态管理 2、比价公开", "孙磊")
        .row("采购部", "合同签订", "合同条款不利", "擅自变更合同条款", "较小", "一般", "低", "合同会签", "孙磊");
    return new Case("holdout: enterprise process register", b)
        .body("风险清单", 2)
        .rows(
            dept("采购部")
                .power("供应商选择")
                .title("围标串标")
                .shows("供应商相互串通报价")
                .level(RiskLevel.HIGH)
                .measures("供应商库动态管理", "比价公开")
                .resp("孙磊", null)
                .extra("可能性", "较大")
                .extra("影响程度", "严重"),
            dept("采购部")
                .power("合同签订")
                .title("合同条款不利")
                .shows("擅自变更合同条款")
                .level(RiskLevel.LOW)
                .measures("合同会签")
                .resp("孙磊", null)
                .extra("可能性", "较小")
                .extra("影响程度", "一般"));
  }

  static Case holdoutLevelsWordedAsRiskPoints() {
    Books b = new Books();
    b.sheet("科室")
        .row("科室", "风险岗位", "风险点", "风险等级", "防控措施", "责任人")
        .row("药剂科", "采购岗", "收受回扣", "一级风险点", "阳光采购", "周平")
        .row("药剂科", "库管岗", "药品流失", "三级风险点", "定期盘点", "周平");
    return new Case("holdout: levels worded as risk points", b)
        .body("科室", 2)
        .rows(
            post("药剂科", "采购岗")
                .title("收受回扣")
                .level(RiskLevel.HIGH)
                .measures("阳光采购")
                .resp("周平", null),
            post("药剂科", "库管岗")
                .title("药品流失")
                .level(RiskLevel.LOW)
                .measures("定期盘点")
                .resp("周平", null));
  }

  static Case holdoutLabelledCells() {
    Books b = new Books();
    b.sheet("科室")
        .row("科室", "风险点", "风险等级", "防控措施", "责任人")
        .row("办公室", "风险点：公务接待超标准", "中", "措施：1.公务接待清单制 2.每月公示", "科长：张三；分管局长：李四");
    return new Case("holdout: labelled cells", b)
        .body("科室", 2)
        .rows(
            dept("办公室")
                .title("公务接待超标准")
                .level(RiskLevel.MEDIUM)
                .measures("公务接待清单制", "每月公示")
                .resp("张三", "科长")
                .sup("李四", "分管局长"));
  }

  static Case holdoutThreeGroupHeader() {
    Books b = new Books();
    b.sheet("Sheet1")
        .row("序号", "部门", "风险识别", "", "风险评估", "", "", "风险应对", "", "")
        .row("", "", "风险点", "风险描述", "发生概率", "影响程度", "风险等级", "防控措施", "责任人", "完成时限")
        .row("1", "工程部", "工程变更", "虚增变更工程量", "中", "高", "高", "变更集体审议", "吴昊", "长期")
        .merge("A1:A2")
        .merge("B1:B2")
        .merge("C1:D1")
        .merge("E1:G1")
        .merge("H1:J1");
    return new Case("holdout: three group headers", b)
        .body("Sheet1", 3)
        .rows(
            dept("工程部")
                .title("工程变更")
                .shows("虚增变更工程量")
                .level(RiskLevel.HIGH)
                .measures("变更集体审议")
                .resp("吴昊", null)
                .extra("发生概率", "中")
                .extra("影响程度", "高")
                .extra("完成时限", "长期"));
  }

  static Case holdoutSystemExport() {
    Books b = new Books();
    b.sheet("数据")
        .row("序号", "单位名称", "部门名称", "岗位名称", "风险点名称", "风险点描述", "风险等级", "防控措施", "责任人", "审核状态", "录入时间")
        .row(
            "1",
            "某区财政局",
            "国库科",
            "支付岗",
            "违规支付",
            "未按用款计划支付",
            "高",
            "支付双审",
            "黄磊",
            "已审核",
            "2024-02-01 09:00:00")
        .row(
            "2",
            "某区财政局",
            "国库科",
            "对账岗",
            "对账不及时",
            "未按月对账",
            "低",
            "按月对账",
            "黄磊",
            "已审核",
            "2024-02-01 09:05:00");
    return new Case("holdout: system export", b)
        .body("数据", 2)
        .rows(
            post("国库科", "支付岗")
                .title("违规支付")
                .shows("未按用款计划支付")
                .level(RiskLevel.HIGH)
                .measures("支付双审")
                .resp("黄磊", null)
                .extra("单位名称", "某区财政局")
                .extra("审核状态", "已审核")
                .extra("录入时间", "2024-02-01 09:00:00"),
            post("国库科", "对账岗")
                .title("对账不及时")
                .shows("未按月对账")
                .level(RiskLevel.LOW)
                .measures("按月对账")
                .resp("黄磊", null)
                .extra("单位名称", "某区财政局")
                .extra("审核状态", "已审核")
                .extra("录入时间", "2024-02-01 09:05:00"));
  }

  static Case holdoutVagueRiskHeader() {
    Books b = new Books();
    b.sheet("科室")
        .row("科室", "存在的风险", "风险等级", "防控措施", "科室负责人", "分管领导")
        .row("人事科", "干部选拔不规范", "高风险", "1.民主推荐\n2.任前公示", "王芳", "张明")
        .row("人事科", "档案造假", "中风险", "档案专审", "王芳", "张明");
    return new Case("holdout: vague risk header", b)
        .body("科室", 2)
        .rows(
            dept("人事科")
                .title("干部选拔不规范")
                .level(RiskLevel.HIGH)
                .measures("民主推荐", "任前公示")
                .resp("王芳", null)
                .sup("张明", null),
            dept("人事科")
                .title("档案造假")
                .level(RiskLevel.MEDIUM)
                .measures("档案专审")
                .resp("王芳", null)
                .sup("张明", null));
  }

  static Case holdoutMeasuresMergedOverPoints() {
    Books b = new Books();
    b.sheet("岗位")
        .row("科室", "岗位", "风险点", "风险等级", "防控措施")
        .row("执法大队", "执法岗", "随意执法", "高", "1.执法公示\n2.全程记录")
        .row("", "", "执法不作为", "中", "")
        .merge("A2:A3")
        .merge("B2:B3")
        .merge("E2:E3");
    return new Case("holdout: measures merged over points", b)
        .body("岗位", 2)
        .rows(
            post("执法大队", "执法岗").title("随意执法").level(RiskLevel.HIGH).measures("执法公示", "全程记录"),
            post("执法大队", "执法岗").title("执法不作为").level(RiskLevel.MEDIUM).measures("执法公示", "全程记录"));
  }

  /** One department's own table updates that department and leaves the others' points alone. */
  @org.junit.jupiter.api.Test
  void aTableOfOneDepartmentMergesIntoThatDepartmentOnly() throws IOException {
    Books whole = new Books();
    whole
        .sheet("科室")
        .row("科室", "风险点", "风险等级", "防控措施")
        .row("办公室", "公车私用", "高", "车辆定位")
        .row("办公室", "公款吃喝", "中", "接待审批")
        .row("财务科", "虚报冒领", "低", "票据审核");
    Ledger lastYear =
        AnnexReader.builder()
            .year(2024)
            .build()
            .read(new ByteArrayInputStream(whole.xlsx()))
            .getLedger();
    Books mine = new Books();
    mine.sheet("财务科").row("科室", "风险点", "风险等级", "防控措施").row("财务科", "虚报冒领", "高", "票据双人审核");
    Ledger merged =
        AnnexReader.builder()
            .year(2024)
            .build()
            .read(new ByteArrayInputStream(mine.xlsx()))
            .mergeInto(lastYear)
            .getLedger();
    assertThat(merged.getRiskPoints())
        .extracting(p -> p.getTitle(), p -> p.getLevel())
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("公车私用", Optional.of(RiskLevel.HIGH)),
            org.assertj.core.api.Assertions.tuple("公款吃喝", Optional.of(RiskLevel.MEDIUM)),
            org.assertj.core.api.Assertions.tuple("虚报冒领", Optional.of(RiskLevel.HIGH)));
    Books withoutOne = new Books();
    withoutOne.sheet("财务科").row("科室", "风险点", "风险等级", "防控措施").row("财务科", "私设小金库", "高", "账户清理");
    Ledger replaced =
        AnnexReader.builder()
            .year(2024)
            .build()
            .read(new ByteArrayInputStream(withoutOne.xlsx()))
            .mergeInto(lastYear)
            .getLedger();
    assertThat(replaced.getRiskPoints())
        .extracting(p -> p.getTitle())
        .containsExactly("公车私用", "公款吃喝", "私设小金库");
  }
}
