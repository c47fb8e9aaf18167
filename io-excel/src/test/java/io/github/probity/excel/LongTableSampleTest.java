package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.model.OwnerScope;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a table is and which columns hold what is decided from more than its first few dozen rows: a
 * post table that lists the leaders' posts first, four of them with nine points each, is still a
 * post table for the staff posts under them.
 */
class LongTableSampleTest {

  @Test
  void staffPostsUnderALongRunOfLeadersPostsAreReadAsPosts() throws IOException {
    Books b = new Books();
    Books.SheetSpec s = b.sheet("岗位风险").row("岗位", "风险点", "风险等级", "防控措施");
    String[] leaders = {"局长", "副局长", "纪检组长", "总会计师"};
    for (String l : leaders) {
      for (int i = 1; i <= 9; i++) {
        s.row(l, l + "履职风险" + i, "高", "集体研究");
      }
    }
    String[] posts = {"会计岗", "出纳岗", "采购岗", "档案岗", "文秘岗", "驾驶员", "统计岗", "审核岗", "窗口岗", "信息岗"};
    for (String p : posts) {
      s.row(p, p + "风险", "中", "双人复核");
    }
    List<LocatedRow> rows =
        AnnexReader.lenient().read(new ByteArrayInputStream(b.xlsx())).getRows();
    assertThat(rows).hasSize(46);
    assertThat(rows.subList(36, 46))
        .allSatisfy(
            l -> {
              assertThat(l.getRow().getScope()).isEqualTo(OwnerScope.POST);
              assertThat(l.getRow().getOwnerName())
                  .isEqualTo(l.getRow().getTitle().replace("风险", ""));
            });
  }
}
