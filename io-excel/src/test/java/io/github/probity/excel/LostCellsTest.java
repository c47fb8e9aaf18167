package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Cells that the reader once dropped without a word: every one is now carried by the row it belongs
 * to.
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
}
