package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexLayout;
import io.github.probity.annex.LayoutColumn;
import io.github.probity.archive.LedgerDiff;
import io.github.probity.json.ProbityJson;
import io.github.probity.model.Ledger;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The layout a template prints its tables in, inferred, saved as JSON and used without it. */
class TemplateLayoutTest {
  @Test
  void aDistrictsTemplateGivesItsLayout() throws IOException {
    List<AnnexLayout> layouts =
        AnnexTemplate.of(AnnexTemplateTest.districtDepartmentTemplate()).layouts("");
    assertThat(layouts).hasSize(1);
    AnnexLayout l = layouts.get(0);
    assertThat(l.getKind()).isEqualTo(AnnexKind.DEPARTMENT);
    assertThat(l.getColumns())
        .containsExactly(
            LayoutColumn.of(AnnexColumn.SEQUENCE, "序号", 6),
            LayoutColumn.of(AnnexColumn.DEPARTMENT, "科室名称", 14),
            LayoutColumn.of(AnnexColumn.CATEGORY, "风险类别", 10),
            LayoutColumn.of(AnnexColumn.RISK_POINT, "廉政风险点", 40),
            LayoutColumn.of(AnnexColumn.LEVEL, "风险等级", 8),
            LayoutColumn.of(AnnexColumn.MEASURES, "防控措施", 44),
            LayoutColumn.of(AnnexColumn.RESPONSIBLE, "责任人", 10),
            LayoutColumn.of(AnnexColumn.SUPERVISOR, "责任领导", 10));
    assertThat(l.getTitle()).isEqualTo("{unit}科室廉政风险点及防控措施登记表");
    assertThat(l.getFooter()).containsExactly("单位负责人：              审核人：              填表人：");
  }

  @Test
  void aCountysHeaderBandGivesItsLowerHeadersAndItsOwnColumn() throws IOException {
    AnnexLayout l = AnnexTemplate.of(AnnexTemplateTest.countyPersonalTemplate()).layouts("").get(0);
    assertThat(l.getKind()).isEqualTo(AnnexKind.PERSONAL);
    assertThat(l.getColumns().stream().map(LayoutColumn::getHeader))
        .containsExactly("序号", "所在科室", "岗位名称", "姓名", "风险点描述", "风险等次", "防控措施", "完成时限", "责任领导");
    assertThat(l.getColumns().get(7).isExtra()).isTrue();
    assertThat(l.getTitle()).isEqualTo("岗位（个人）廉政风险防控登记表");
    assertThat(l.getFooter()).containsExactly("注：风险等次分为高、中、低三级。");
  }

  @Test
  void theUnitsNameAndYearBecomePlaceholders() throws IOException {
    AnnexLayout l =
        AnnexTemplate.of(AnnexTemplateTest.cityTwoSheetTemplate()).layouts("领导班子及班子成员").get(0);
    assertThat(l.getTitle()).isEqualTo("{unit}廉政风险防控表");
    assertThat(l.title("示例区财政局", 2026)).isEqualTo("示例区财政局廉政风险防控表");
  }

  @Test
  void aSavedLayoutPrintsTheAnnexWithoutTheTemplateAndReadsBack() throws IOException {
    List<AnnexLayout> layouts =
        AnnexTemplate.of(AnnexTemplateTest.districtDepartmentTemplate()).layouts("");
    byte[] saved = ProbityJson.strict().writeAnnexLayouts(layouts);
    List<AnnexLayout> again = ProbityJson.strict().readAnnexLayouts(saved).value();
    assertThat(again).isEqualTo(layouts);
    Ledger ledger = Fixtures.sample();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AnnexWriter.builder().layouts(again).build().write(ledger, AnnexKind.DEPARTMENT, out);
    AnnexReader.Builder reader = AnnexReader.builder().strict(true);
    again.forEach(reader::layout);
    AnnexReadResult back = reader.build().read(new ByteArrayInputStream(out.toByteArray()));
    assertThat(back.getEdits()).hasValue(LedgerDiff.builder().build());
    assertThat(back.getLedger()).isEqualTo(ledger);
  }
}
