package io.github.probity.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexLayout;
import io.github.probity.annex.LayoutColumn;
import io.github.probity.excel.AnnexReadResult;
import io.github.probity.excel.AnnexReader;
import io.github.probity.excel.AnnexWriter;
import io.github.probity.json.ProbityJson;
import io.github.probity.model.Ledger;
import io.github.probity.testkit.SampleUnit;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "your commission's layout" snippet, compiled and run on the sample unit. */
class LayoutReadmeTest {

  @Test
  void writesAndReadsAnnexTwoInTheCommissionsLayout(@TempDir Path dir) throws IOException {
    Ledger ledger = SampleUnit.ledger();
    Path layoutFile = dir.resolve("附件版式.json");
    Path file = dir.resolve("附件2 科室.xlsx");

    // tag::layout[]
    AnnexLayout annex2 =
        AnnexLayout.builder()
            .kind(AnnexKind.DEPARTMENT)
            .title("{unit}{year}年度廉政风险点及防控措施登记表") // {unit}, {year} filled in
            .addColumns(
                LayoutColumn.of(AnnexColumn.SEQUENCE, "序号", 5),
                LayoutColumn.of(AnnexColumn.DEPARTMENT, "部门", 12),
                LayoutColumn.of(AnnexColumn.RISK_POINT, "风险点", 24),
                LayoutColumn.of(AnnexColumn.LEVEL, "风险级别", 8),
                LayoutColumn.of(AnnexColumn.MEASURES, "防范措施", 40),
                LayoutColumn.of(AnnexColumn.RESPONSIBLE, "责任人", 10),
                LayoutColumn.extra("整改时限", 12)) // the commission's own column, left blank
            .addFooter("单位负责人：　　　　填表人：　　　　审核人：　　　　联系电话：")
            .build();
    Files.write(layoutFile, ProbityJson.strict().writeAnnexLayouts(List.of(annex2)));

    List<AnnexLayout> saved =
        ProbityJson.strict().readAnnexLayouts(Files.readAllBytes(layoutFile)).value();
    AnnexWriter writer = AnnexWriter.builder().layouts(saved).build(); // refused below 9 pt
    try (OutputStream out = Files.newOutputStream(file)) {
      writer.write(ledger, AnnexKind.DEPARTMENT, out);
    }
    AnnexReadResult back = AnnexReader.builder().layout(annex2).build().read(file);
    // end::layout[]

    assertThat(back.getLedger()).isEqualTo(ledger);
    assertThat(saved).containsExactly(annex2);
  }
}
