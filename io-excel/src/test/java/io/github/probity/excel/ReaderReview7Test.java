package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.excel.FourthBlindLayoutsTest.Wb;
import io.github.probity.model.OwnerScope;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * What the reader learnt from the seventh blind set, each on its own table, and tables next to them
 * where the new rules must not fire.
 */
class ReaderReview7Test {

  private static AnnexReadResult read(Wb b) throws IOException {
    return AnnexReader.lenient().read(new ByteArrayInputStream(b.xlsx()));
  }

  @Test
  void aSheetNamedLikeADepartmentOwnsATableWithoutAnOwnerColumn() throws IOException {
    Wb b = new Wb();
    b.sheet("执行局")
        .row("序号", "风险点", "风险等级", "防控措施", "责任人")
        .row("1", "消极执行", "高", "执行节点监控", "蒋涛")
        .row("2", "违规处置查封财产", "高", "网络司法拍卖", "蒋涛");
    AnnexReadResult r = read(b);
    assertThat(r.getRows())
        .extracting(l -> l.getRow().getScope(), l -> l.getRow().getOwnerName())
        .containsOnly(org.assertj.core.groups.Tuple.tuple(OwnerScope.DEPARTMENT, "执行局"));
    assertThat(r.getRows()).hasSize(2);
    assertThat(r.getRows().get(0).getRow().getDepartment()).hasValue("执行局");
  }

  @Test
  void aSheetNamedForTheTableOwnsNothing() throws IOException {
    for (String name : new String[] {"风险点", "Sheet1", "附件2", "廉政风险防控表", "汇总"}) {
      Wb b = new Wb();
      b.sheet(name).row("序号", "风险点", "风险等级", "防控措施", "责任人").row("1", "消极执行", "高", "执行节点监控", "蒋涛");
      assertThat(read(b).getRows()).as(name).isEmpty();
    }
  }

  @Test
  void stationsAndCommunitiesAreDepartmentColumns() throws IOException {
    for (String header : new String[] {"站所", "社区", "村（社区）", "庭室"}) {
      Wb b = new Wb();
      b.sheet("s").row("序号", header, "风险点", "风险等级", "防控措施").row("1", "东风", "虚列支出", "中", "支出凭证双签");
      AnnexReadResult r = read(b);
      assertThat(r.getRows()).as(header).hasSize(1);
      assertThat(r.getRows().get(0).getRow().getDepartment()).as(header).hasValue("东风");
      assertThat(r.getRows().get(0).getExtras()).as(header).isEmpty();
    }
  }
}
