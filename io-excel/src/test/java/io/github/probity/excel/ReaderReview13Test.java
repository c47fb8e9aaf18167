package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexPeople;
import io.github.probity.annex.Responsibility;
import io.github.probity.excel.FourthBlindLayoutsTest.Wb;
import io.github.probity.finding.Location;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.RiskLevel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the reader learnt from the thirteenth blind set (a higher body's template filled in by its
 * units), each on its own table, and tables next to them where the new rules must not fire.
 */
class ReaderReview13Test {

  private static AnnexReadResult read(Wb b) throws IOException {
    return AnnexReader.lenient().read(new ByteArrayInputStream(b.xlsx()));
  }

  private static List<String> titles(AnnexReadResult r) {
    return r.getRows().stream().map(l -> l.getRow().getTitle()).toList();
  }

  /** The findings of a code, as {@code row} or {@code ref} with the value. */
  private static List<String> found(AnnexReadResult r, ProblemCode code) {
    return r.getProblems().stream()
        .filter(f -> f.getCode() == code)
        .map(
            f -> {
              Location.Cell at = (Location.Cell) f.getLocation();
              String where = at.cell().orElse(String.valueOf(at.row().orElse(0)));
              return where + "=" + at.rawValue().orElse("");
            })
        .toList();
  }

  @Test
  void theTemplatesExampleRowIsNoPointAndIsNamed() throws IOException {
    Wb b = new Wb();
    b.sheet("科室")
        .row("序号", "科室", "风险点（简要描述，不超过50字）", "风险等级（下拉选择）", "防控措施")
        .row("示例", "XX科", "项目资金审核把关不严", "高", "三级审核")
        .row("填写样例", "XX科", "违规干预工程项目", "高", "集体决策")
        .row("", "例：办公室", "例：公车私用", "例：低", "例：派车登记")
        .row("1", "XX科", "例：公款吃喝", "中", "公务接待清单")
        .row("2", "财务科", "公款私存", "高", "每月对账")
        .row("3", "案例示例库管理科", "举报线索示例材料泄露", "中", "材料专柜保管")
        .row("例", "XX股", "违规审批", "高", "集体审批")
        .row("示例2", "XX股", "违规收费", "中", "收费公示")
        .row("4", "例会管理科", "例会记录造假", "低", "例会全程录音");
    AnnexReadResult r = read(b);
    assertThat(titles(r)).containsExactly("公款私存", "举报线索示例材料泄露", "例会记录造假");
    assertThat(found(r, ProblemCode.TEMPLATE_ROW_SKIPPED))
        .containsExactly("2=示例", "3=填写样例", "4=例：办公室", "5=1", "8=例", "9=示例2");
  }

  @Test
  void aRowOfPromptsLeftUnfilledIsNoPoint() throws IOException {
    Wb b = new Wb();
    b.sheet("科室")
        .row("序号", "科室", "风险点", "风险等级", "防控措施", "责任人")
        .row("1", "财务科", "公款私存", "高", "每月对账", "陈丽")
        .row("2", "（请填写）", "（请填写）", "请选择", "（请填写）", "")
        .row("3", "", "", "请选择", "", "")
        .row("", "", "XXX", "", "", "");
    AnnexReadResult r = read(b);
    assertThat(titles(r)).containsExactly("公款私存");
    assertThat(found(r, ProblemCode.TEMPLATE_ROW_SKIPPED)).containsExactly("3=2", "4=3", "5=XXX");
    assertThat(found(r, ProblemCode.BLANK_RISK_POINT)).isEmpty();
  }

  @Test
  void aPromptLeftInARealRowIsAnEmptyFieldNamedByAFinding() throws IOException {
    Wb b = new Wb();
    b.sheet("科室")
        .row("序号", "科室", "风险点", "风险等级", "防控措施", "责任人")
        .row("1", "执法大队", "选择性执法", "中", "全程记录", "（请填写）")
        .row("2", "种植业科", "补贴统计不实", "请选择", "逐户抽查", "刘洋")
        .row("3", "财务审计科", "专项资金违规列支", "高", "专账核算", "XXX 科长")
        .row("4", "办公室", "请托办事不拒绝", "低", "请示报告制度", "XX公司联络员");
    AnnexReadResult r = read(b);
    assertThat(titles(r)).containsExactly("选择性执法", "补贴统计不实", "专项资金违规列支", "请托办事不拒绝");
    List<Responsibility> who =
        r.getRows().stream().map(l -> AnnexPeople.responsibility(l.getRow())).toList();
    assertThat(who.get(0).isEmpty()).isTrue();
    assertThat(r.getRows().get(1).getRow().getLevel()).isEmpty();
    assertThat(who.get(2).getResponsibleName()).isEmpty();
    assertThat(who.get(2).getResponsibleRole()).contains("科长");
    assertThat(r.getRows().get(3).getRow().getMeasures()).containsExactly("请示报告制度");
    assertThat(found(r, ProblemCode.PLACEHOLDER_CELL))
        .containsExactly("F2=（请填写）", "D3=请选择", "F4=XXX 科长");
  }

  @Test
  void aLeaderWhoseNameIsStillXxxIsKnownByThePost() throws IOException {
    Wb b = new Wb();
    b.sheet("班子")
        .row("序号", "姓名", "职务", "风险点", "风险等级", "防控措施")
        .row("1", "何志远", "局长", "干部选拔任用把关不严", "高", "民主推荐")
        .row("2", "XXX", "副局长", "外出审批不严", "中", "双人审核");
    AnnexReadResult r = read(b);
    assertThat(r.getRows()).hasSize(2);
    assertThat(r.getRows().get(1).getRow().getScope()).isEqualTo(OwnerScope.LEADER);
    assertThat(r.getRows().get(1).getRow().getOwnerName()).isEqualTo("副局长");
    assertThat(r.getRows().get(1).getRow().getLevel()).contains(RiskLevel.MEDIUM);
    assertThat(found(r, ProblemCode.PLACEHOLDER_CELL)).containsExactly("B3=XXX");
  }

  @Test
  void theTemplatesExampleSheetGivesNoPoints() throws IOException {
    Wb b = new Wb();
    b.sheet("填写示例").row("序号", "科室", "风险点", "风险等级", "防控措施").row("1", "XX科", "执法检查走过场", "高", "双随机");
    b.sheet("Sheet2")
        .row("科室廉政风险点及防控措施表（填写示例）")
        .row("序号", "科室", "风险点", "风险等级", "防控措施")
        .row("1", "XX科", "许可违规审批", "中", "集体审查");
    b.sheet("科室风险点")
        .row("示例区应急管理局科室廉政风险点及防控措施表")
        .row("序号", "科室", "风险点", "风险等级", "防控措施")
        .row("1", "执法大队", "执法检查走过场", "高", "双随机");
    AnnexReadResult r = read(b);
    assertThat(r.getRows()).extracting(LocatedRow::getSheet).containsExactly("科室风险点");
    assertThat(r.getProblems())
        .filteredOn(f -> f.getCode() == ProblemCode.SHEET_SKIPPED)
        .extracting(f -> ((Location.Cell) f.getLocation()).sheet().orElse(""))
        .containsExactly("填写示例", "Sheet2");
  }

  @Test
  void aCompilersLineAndASecondUnitsLineAreNoPoints() throws IOException {
    Wb b = new Wb();
    b.sheet("汇总")
        .row("序号", "部门", "业务事项", "廉洁风险点", "风险等级", "防控措施")
        .row("1", "财务部", "预算编制", "编制预算不科学", "中", "预算集体审议")
        .row("编制人：许斌", "", "", "审核人：卢倩", "", "")
        .row("填报单位：李庄镇卫生院（盖章）", "", "", "", "填报日期：2026年3月30日", "")
        .row("序号", "部门", "业务事项", "廉洁风险点", "风险等级", "防控措施")
        .row("1", "药剂科", "药品管理", "药品出入库管理混乱", "中", "进销存系统");
    AnnexReadResult r = read(b);
    assertThat(titles(r)).containsExactly("编制预算不科学", "药品出入库管理混乱");
    assertThat(found(r, ProblemCode.NOTE_ROW_SKIPPED))
        .containsExactly("3=编制人：许斌", "4=填报单位：李庄镇卫生院（盖章）");
    assertThat(r.getRows().get(0).getRow().getPowerItem()).isEqualTo(Optional.of("预算编制"));
  }

  @Test
  void promptsAreToldApartFromWords() {
    assertThat(TableReader.isPrompt("（请填写）")).isTrue();
    assertThat(TableReader.isPrompt("请选择")).isTrue();
    assertThat(TableReader.isPrompt("请填写姓名及职务")).isTrue();
    assertThat(TableReader.isPrompt("XXX")).isTrue();
    assertThat(TableReader.isPrompt("×××")).isTrue();
    assertThat(TableReader.isPrompt("请托办事")).isFalse();
    assertThat(TableReader.isPrompt("（请示报告）")).isFalse();
    assertThat(TableReader.isPrompt("X")).isFalse();
    assertThat(TableReader.isPrompt("XX公司")).isFalse();
    assertThat(TableReader.isExampleName("填写示例")).isTrue();
    assertThat(TableReader.isExampleName("科室风险点表（示例）")).isTrue();
    assertThat(TableReader.isExampleName("示例区财政局廉政风险点一览表")).isFalse();
  }
}
