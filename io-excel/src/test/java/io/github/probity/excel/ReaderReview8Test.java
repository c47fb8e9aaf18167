package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.probity.annex.AnnexPeople;
import io.github.probity.annex.AnnexRow;
import io.github.probity.annex.AnnexText;
import io.github.probity.annex.Responsibility;
import io.github.probity.excel.FourthBlindLayoutsTest.Wb;
import io.github.probity.excel.SeventhBlindLayoutsTest.Runs;
import io.github.probity.model.RiskLevel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A second reading of the recognition rules: labels before names, roles run into words, two-tier 重大
 * / 一般 columns, several people or measures in one cell, each beside the tables where the rule must
 * not fire.
 */
class ReaderReview8Test {

  private static AnnexReadResult read(Wb b) throws IOException {
    return AnnexReader.lenient().read(new ByteArrayInputStream(b.xlsx()));
  }

  private static List<AnnexRow> rows(AnnexReadResult r) {
    return r.getRows().stream().map(LocatedRow::getRow).toList();
  }

  // ------------------------------------------------------------------ labels before names

  @Test
  void aSupervisingLabelBeforeANameIsNoRolePlainOrBold() throws IOException {
    Wb b = new Wb();
    b.sheet("执法监察科")
        .row("风险点", "风险等级", "防控措施", "责任人", "责任领导")
        .row("违法用地查处不到位", "高", "图斑逐一核查", "钟鸣", "分管领导：彭涛")
        .row("案件移送不及时", "中", "限时办结", "钟鸣", "分管局领导：彭涛（副局长）")
        .row("涉密成果违规提供", "高", "审批登记", "程琳", new Runs("分管领导：", "彭涛"));
    byte[] bytes = SeventhBlindLayoutsTest.write(b, false);
    AnnexReadResult r = AnnexReader.lenient().read(new ByteArrayInputStream(bytes));
    assertThat(rows(r))
        .extracting(
            x -> x.getSupervisor().orElse(""),
            x -> x.getSupervisorRole().orElse(""),
            x -> x.getResponsible().orElse(""))
        .containsExactly(tuple("彭涛", "", "钟鸣"), tuple("彭涛", "副局长", "钟鸣"), tuple("彭涛", "", "程琳"));
  }

  @Test
  void aLabelNamingAPostStaysTheRole() {
    Responsibility r = AnnexPeople.parseResponsibility("科室负责人：李华");
    assertThat(r.getResponsibleName()).contains("李华");
    assertThat(r.getResponsibleRole()).contains("科室负责人");
    Responsibility s = AnnexPeople.parseResponsibility("副局长：赵军");
    assertThat(s.getResponsibleName()).contains("赵军");
    assertThat(s.getResponsibleRole()).contains("副局长");
    // the roles alone, with no name to label, are still the roles
    Responsibility t = AnnexPeople.parseResponsibility("分管领导 / 科室负责人");
    assertThat(t.getSupervisorRole()).contains("分管领导");
    assertThat(t.getResponsibleRole()).contains("科室负责人");
  }

  @Test
  void aSupervisingLabelAloneInTheResponsibleColumnKeepsItsTier() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("科室", "风险点", "风险等级", "防控措施", "责任人")
        .row("市场科", "违规发放执照", "高", "双人复核", "分管领导：赵军");
    AnnexRow row = rows(read(b)).get(0);
    Responsibility r = AnnexPeople.responsibility(row);
    assertThat(r.getSupervisorName()).contains("赵军");
    assertThat(r.getResponsibleName()).isEmpty();
  }

  @Test
  void aSupervisingLabelInALeaderCellGivesTheName() {
    assertThat(AnnexText.parseLeaderCell("分管领导：彭涛")).containsExactly("彭涛", "");
    assertThat(AnnexText.parseLeaderCell("副局长：彭涛")).containsExactly("彭涛", "副局长");
  }

  // ------------------------------------------------------------------ roles run into words

  @ParameterizedTest
  @ValueSource(strings = {"局长信箱", "书记信箱", "主任会议", "科长办公会", "局长任期", "主任签批", "站长专线", "院长办公会"})
  void aRoleBeforeAWordIsNoRoleAndName(String cell) {
    Responsibility r = AnnexPeople.parseResponsibility(cell);
    assertThat(r.getResponsibleName()).contains(cell);
    assertThat(r.getResponsibleRole()).isEmpty();
    assertThat(AnnexText.parseLeaderCell(cell).get(0)).isEqualTo(cell);
  }

  @ParameterizedTest
  @ValueSource(strings = {"局长何平", "副主任李明", "组长何静", "书记信文", "局长任强"})
  void aRoleBeforeANameIsStillRoleAndName(String cell) {
    Responsibility r = AnnexPeople.parseResponsibility(cell);
    assertThat(r.getResponsibleRole()).isPresent();
    assertThat(cell).isEqualTo(r.getResponsibleRole().get() + r.getResponsibleName().orElseThrow());
  }

  @Test
  void rolesBeforeTwoNamesAreNotOneRoleRunIntoTheLastName() {
    // the whole text before the last name was taken for one role: 钱进, 副局长赵勇、副局长
    assertThat(AnnexText.parseLeaderCell("局长 赵勇、副局长 钱进").get(1)).doesNotContain("赵勇");
    assertThat(AnnexText.parseLeaderCell("局长赵勇、副局长钱进").get(1)).doesNotContain("赵勇");
    assertThat(AnnexPeople.parseResponsibility("科长张伟副科长李娜").getResponsibleRole()).isEmpty();
    assertThat(AnnexText.parseLeaderCell("副局长 赵勇、副局长 钱进")).containsExactly("赵勇、钱进", "副局长");
  }

  // ------------------------------------------------------------------ leaders beside their 职务

  @Test
  void leadersNamedBesideADutyColumnGetTheirRole() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("班子成员", "职务", "风险点", "风险等级", "防控措施")
        .row("张明", "局长", "决策不民主", "高", "民主集中制")
        .row("李强（副局长）", "副局长", "分管领域监管不力", "中", "定期听取汇报");
    AnnexReadResult r = read(b);
    assertThat(rows(r))
        .extracting(x -> x.getScope(), AnnexRow::getOwnerName, x -> x.getLeaderRole().orElse(""))
        .containsExactly(
            tuple(io.github.probity.model.OwnerScope.LEADER, "张明", "局长"),
            tuple(io.github.probity.model.OwnerScope.LEADER, "李强", "副局长"));
    assertThat(r.getRows()).allSatisfy(l -> assertThat(l.getExtras()).isEmpty());
    assertThat(r.getProblems()).noneMatch(p -> p.getCode() == ProblemCode.DUPLICATE_COLUMN);
  }

  @Test
  void twoLeaderColumnsWithoutADutyAreStillADuplicate() throws IOException {
    Wb b = new Wb();
    b.sheet("s").row("班子成员", "局领导", "风险点", "风险等级", "防控措施").row("张明", "张明", "决策不民主", "高", "民主集中制");
    AnnexReadResult r = read(b);
    assertThat(r.getProblems()).anyMatch(p -> p.getCode() == ProblemCode.DUPLICATE_COLUMN);
  }

  // ------------------------------------------------------------------ 重大 / 一般

  private static Wb graded(String... words) {
    Wb b = new Wb();
    FourthBlindLayoutsTest.Sh s = b.sheet("s").row("科室", "风险点", "风险等级", "防控措施");
    for (int i = 0; i < words.length; i++) {
      s.row("办公室", "风险点" + (i + 1), words[i], "措施" + (i + 1));
    }
    return b;
  }

  private static List<Optional<RiskLevel>> levels(AnnexReadResult r) {
    return rows(r).stream().map(AnnexRow::getLevel).toList();
  }

  private static List<String> scaleFindings(AnnexReadResult r) {
    return r.getProblems().stream()
        .filter(p -> p.getCode() == ProblemCode.LEVEL_SCALE_DECIDED)
        .map(p -> ReadFindings.at(p).rawValue().orElse(""))
        .toList();
  }

  @Test
  void aTwoTierMajorOrdinaryColumnKeepsOrdinaryAtMedium() throws IOException {
    AnnexReadResult r = read(graded("重大", "一般", "一般", "重大风险", "一般风险"));
    assertThat(levels(r))
        .containsExactly(
            Optional.of(RiskLevel.HIGH),
            Optional.of(RiskLevel.MEDIUM),
            Optional.of(RiskLevel.MEDIUM),
            Optional.of(RiskLevel.HIGH),
            Optional.of(RiskLevel.MEDIUM));
    assertThat(scaleFindings(r)).containsExactly("重大=高，一般=一般");
  }

  @Test
  void aTwoTierLargerOrdinaryColumnKeepsBothWordsMeanings() throws IOException {
    AnnexReadResult r = read(graded("较大", "一般"));
    assertThat(levels(r))
        .containsExactly(Optional.of(RiskLevel.HIGH), Optional.of(RiskLevel.MEDIUM));
    assertThat(scaleFindings(r)).containsExactly("较大=高，一般=一般");
  }

  @Test
  void theThreeWordScaleStillNeedsMajorAndLarger() throws IOException {
    assertThat(levels(read(graded("重大", "较大", "一般"))))
        .containsExactly(
            Optional.of(RiskLevel.HIGH), Optional.of(RiskLevel.MEDIUM), Optional.of(RiskLevel.LOW));
    assertThat(levels(read(graded("重大", "较大"))))
        .containsExactly(Optional.of(RiskLevel.HIGH), Optional.of(RiskLevel.MEDIUM));
  }

  @Test
  void hollowStarsAloneAreNoStarsWhereTheColumnHasFullOnes() throws IOException {
    AnnexReadResult r = read(graded("☆☆☆", "★★★", "★☆☆", "☆☆☆"));
    assertThat(levels(r))
        .containsExactly(
            Optional.empty(),
            Optional.of(RiskLevel.HIGH),
            Optional.of(RiskLevel.LOW),
            Optional.empty());
    assertThat(r.getProblems())
        .filteredOn(p -> p.getCode() == ProblemCode.UNKNOWN_LEVEL)
        .extracting(p -> ReadFindings.at(p).rawValue().orElse(""))
        .containsExactly("☆☆☆", "☆☆☆");
    // a column written with hollow stars only: they are its stars
    assertThat(levels(read(graded("☆☆☆", "☆☆", "☆"))))
        .containsExactly(
            Optional.of(RiskLevel.HIGH), Optional.of(RiskLevel.MEDIUM), Optional.of(RiskLevel.LOW));
  }

  @Test
  void aLevelAloneInBracketsIsTheLevel() {
    assertThat(TableReader.parseLevel("（高）")).contains(RiskLevel.HIGH);
    assertThat(TableReader.parseLevel("【中】")).contains(RiskLevel.MEDIUM);
    assertThat(TableReader.parseLevel("[低风险]")).contains(RiskLevel.LOW);
    assertThat(TableReader.parseLevel("（★★★）")).contains(RiskLevel.HIGH);
    assertThat(TableReader.parseLevel("（（高））")).isEmpty();
    assertThat(TableReader.parseLevel("（高]")).isEmpty();
    assertThat(TableReader.parseLevel("（" + "（".repeat(20_000) + "高" + "）".repeat(20_001)))
        .isEmpty();
  }

  // ------------------------------------------------------------------ several in one cell

  @Test
  void leadersOfOneRoleInOneCellAreTheLeadersWithThatRole() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("领导班子成员", "风险点", "风险等级", "防控措施")
        .row("局长 张明", "决策不民主", "高", "民主集中制")
        .row("副局长 李强、副局长 王五", "分管领域监管不力", "中", "定期听取汇报")
        .row("局长 张明、副局长 李强", "班子议事不规范", "中", "议事规则");
    assertThat(rows(read(b)))
        .extracting(AnnexRow::getOwnerName, x -> x.getLeaderRole().orElse(""))
        .containsExactly(tuple("张明", "局长"), tuple("李强、王五", "副局长"), tuple("局长 张明、副局长 李强", ""));
  }

  @Test
  void namesApartBySpacesAreSeveralPeopleAndPaddedNamesOne() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("岗位", "在岗人员", "风险点", "风险等级", "防控措施", "责任人")
        .row("出纳岗", "张三 李四", "挪用公款", "高", "日清月结", "王五 赵六")
        .row("会计岗", "王 芳", "虚列支出", "中", "凭证复核", "王 芳")
        .row("司机岗", "欧阳 明华", "公车私用", "低", "车辆定位", "John Smith");
    List<AnnexRow> rows = rows(read(b));
    assertThat(rows)
        .extracting(AnnexRow::getHolders, x -> x.getResponsible().orElse(""))
        .containsExactly(
            tuple(List.of("张三", "李四"), "王五、赵六"),
            tuple(List.of("王 芳"), "王 芳"),
            tuple(List.of("欧阳 明华"), "John Smith"));
  }

  @Test
  void rolesBeforeEachOfTwoNamesAreTwoPeopleOfThatRole() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("科室", "风险点", "风险等级", "防控措施", "责任领导")
        .row("财务科", "大额支付", "高", "集体研究", "副局长 赵勇、副局长 钱进")
        .row("审批科", "违规审批", "高", "双人复核", "局长 赵勇、副局长 钱进");
    List<AnnexRow> rows = rows(read(b));
    assertThat(rows.get(0).getSupervisor()).contains("赵勇、钱进");
    assertThat(rows.get(0).getSupervisorRole()).contains("副局长");
    // two roles: which name holds which stays as written
    assertThat(AnnexPeople.responsibility(rows.get(1)).getSupervisorName())
        .contains("局长 赵勇、副局长 钱进");
  }

  @Test
  void letteredMeasuresAreSeveral() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("科室", "风险点", "风险等级", "防控措施")
        .row("财务科", "大额支付", "高", "(a)集体研究；(b)双人复核")
        .row("审批科", "违规审批", "高", "（A）公开办理（B）限时办结（C）结果公示")
        .row("办公室", "公车私用", "中", "(a)类车辆定位管理")
        .row("人事科", "违规招聘", "中", "(a)招聘公示(c)结果复核");
    assertThat(rows(read(b)))
        .extracting(AnnexRow::getMeasures)
        .containsExactly(
            List.of("集体研究", "双人复核"),
            List.of("公开办理", "限时办结", "结果公示"),
            List.of("(a)类车辆定位管理"),
            List.of("(a)招聘公示(c)结果复核"));
  }

  /**
   * A 责任人 cell naming both tiers beside a 责任领导 cell naming another supervisor keeps the 责任领导's, and
   * names the 责任人's supervisor as set aside; a 责任领导 cell naming both beside a 责任人 keeps the 责任人's.
   * Where the two cells agree, or each names its own tier, nothing is set aside.
   */
  @Test
  void aTierNamedByTwoCellsKeepsItsOwnColumnAndNamesTheOther() throws IOException {
    Wb b = new Wb();
    b.sheet("财务科")
        .row("风险点", "风险等级", "防控措施", "责任人", "责任领导")
        .row("违规报销", "高", "两人审核", "科室负责人李华 / 分管领导王五", "赵六")
        .row("私设小金库", "高", "定期盘点", "科室负责人李华 / 分管领导赵六", "赵六")
        .row("虚列支出", "中", "审计抽查", "李华", "科室负责人张三 / 分管领导赵六")
        .row("资产流失", "中", "账实核对", "李华", "赵六");
    AnnexReadResult r = read(b);
    assertThat(rows(r))
        .extracting(x -> x.getResponsible().orElse(""), x -> x.getSupervisor().orElse(""))
        .containsExactly(
            tuple("李华", "赵六"), tuple("李华", "赵六"), tuple("李华", "赵六"), tuple("李华", "赵六"));
    assertThat(
            r.getProblems().stream()
                .filter(f -> f.getCode() == ProblemCode.RESPONSIBILITY_SET_ASIDE)
                .map(f -> (io.github.probity.finding.Location.Cell) f.getLocation())
                .map(at -> at.cell().orElse("") + "=" + at.rawValue().orElse("")))
        .containsExactly("D2=王五（分管领导）", "E4=张三（科室负责人）");
  }
}
