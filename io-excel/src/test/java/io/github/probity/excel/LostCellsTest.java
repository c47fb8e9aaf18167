package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexRow;
import io.github.probity.model.OwnerScope;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Cells that the reader once dropped without a word, each found by {@link
 * CellAccountingPropertyTest}: every one is now carried by the row it belongs to.
 */
class LostCellsTest {

  private static AnnexReadResult read(Books b) throws IOException {
    return AnnexReader.builder().year(2024).build().read(new ByteArrayInputStream(b.xlsx()));
  }

  @Test
  void cellsOfAColumnWithoutAHeaderAreKeptUnderItsLetter() throws IOException {
    Books b = new Books();
    b.sheet("科室")
        .row("序号", "科室", "风险点", "", "风险等级", "防控措施")
        .row("1", "财务科", "违规报销", "已核实", "高", "严格审核", "", "见附件")
        .row("2", "财务科", "私设小金库", "", "低", "定期检查");
    AnnexReadResult r = read(b);
    assertThat(r.getRows()).hasSize(2);
    assertThat(r.getRows().get(0).getExtras())
        .containsExactly(Map.entry("D列", "已核实"), Map.entry("H列", "见附件"));
    assertThat(r.getRows().get(1).getExtras()).isEmpty();
    assertThat(r.getRows()).extracting(l -> l.getRow().getTitle()).containsExactly("违规报销", "私设小金库");
  }

  @Test
  void aDepartmentColumnBesideTheLeadersIsKeptWithEachLeadersRow() throws IOException {
    Books b = new Books();
    b.sheet("附件1")
        .row("序号", "班子成员", "分管科室", "风险点", "风险等级", "防控措施")
        .row("1", "局领导班子", "", "决策不民主", "高", "集体决策")
        .row("2", "张明（副局长）", "财务科、审计科", "违规审批资金", "高", "联签");
    AnnexReadResult r = read(b);
    assertThat(r.getTables()).containsEntry("附件1", AnnexKind.LEADERSHIP_GROUP);
    List<LocatedRow> rows = r.getRows();
    assertThat(rows)
        .extracting(l -> l.getRow().getScope())
        .containsExactly(OwnerScope.LEADERSHIP_GROUP, OwnerScope.LEADER);
    assertThat(rows.get(1).getRow().getOwnerName()).isEqualTo("张明");
    assertThat(rows.get(1).getExtras()).containsExactly(Map.entry("分管科室", "财务科、审计科"));
    assertThat(rows.get(0).getExtras()).isEmpty();
  }

  @Test
  void anOwnerColumnBesideThePostIsThePostsDepartment() throws IOException {
    Books b = new Books();
    b.sheet("附件3")
        .row("序号", "责任单位", "岗位", "风险点", "防控措施")
        .row("1", "国库科", "出纳岗", "挪用公款", "每日对账")
        .row("2", "", "会计岗", "虚列支出", "审核");
    AnnexReadResult r = read(b);
    List<LocatedRow> rows = r.getRows();
    assertThat(rows).extracting(l -> l.getRow().getOwnerName()).containsExactly("出纳岗", "会计岗");
    assertThat(rows.get(0).getRow().getDepartment()).contains("国库科");
    assertThat(rows.get(0).getExtras()).isEmpty();
    assertThat(rows.get(1).getExtras()).isEmpty();
  }

  @Test
  void aContinuationRowKeepsItsOwnResponsiblePersonAndLevel() throws IOException {
    Books b = new Books();
    b.sheet("科室")
        .row("序号", "科室", "风险点", "风险等级", "防控措施", "责任人")
        .row("1", "财务科", "违规报销", "高", "严格审核", "王芳")
        .row("", "", "", "", "定期抽查", "李强")
        .row("2", "财务科", "私设小金库", "低", "定期检查", "王芳")
        .row("", "", "", "", "账户清理", "王芳")
        .row("3", "办公室", "公车私用", "", "车辆定位", "赵敏")
        .row("", "", "", "高", "出车登记", "")
        .merge("B2:B3")
        .merge("C6:C7");
    AnnexReadResult r = read(b);
    List<LocatedRow> rows = r.getRows();
    assertThat(rows)
        .extracting(l -> l.getRow().getMeasures())
        .containsExactly(List.of("严格审核", "定期抽查"), List.of("定期检查", "账户清理"), List.of("车辆定位", "出车登记"));
    assertThat(rows.get(0).getRow().getResponsible()).contains("王芳");
    assertThat(rows.get(0).getExtras()).containsExactly(Map.entry("责任人", "李强"));
    assertThat(rows.get(1).getExtras()).isEmpty(); // the same person again says nothing new
    assertThat(rows.get(2).getContinuationRows()).containsExactly(7);
    assertThat(rows.get(2).getRow().getLevel()).isEqualTo(Optional.empty());
    assertThat(rows.get(2).getExtras()).containsExactly(Map.entry("风险等级", "高"));
    assertThat(rows).extracting(l -> l.getRow()).extracting(AnnexRow::getTitle).hasSize(3);
  }
}
