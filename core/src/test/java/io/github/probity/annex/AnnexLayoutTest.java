package io.github.probity.annex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AnnexLayoutTest {
  @ParameterizedTest
  @EnumSource(value = AnnexKind.class, names = "PLAN", mode = EnumSource.Mode.EXCLUDE)
  void standardLayoutIsTheKindsColumnsAndRemark(AnnexKind kind) {
    AnnexLayout l = AnnexLayout.standard(kind);
    List<AnnexColumn> expected = new ArrayList<>(kind.columns());
    expected.add(AnnexColumn.REMARK);
    assertThat(l.canonicalColumns()).isEqualTo(expected);
    for (LayoutColumn c : l.getColumns()) {
      assertThat(c.getHeader()).isEqualTo(c.getColumn().orElseThrow().displayName());
      assertThat(c.getWidth()).isEqualTo(c.getColumn().orElseThrow().width());
    }
    assertThat(l.title("示例区财政局", 2026)).isEqualTo(kind.title("示例区财政局"));
    assertThat(l.getFooter()).last().isEqualTo(AnnexLayout.SIGN_OFF);
    assertThat(l.getFooter()).hasSize(kind == AnnexKind.PERSONAL ? 5 : 1);
  }

  @Test
  void planHasNoLayout() {
    assertThatThrownBy(() -> AnnexLayout.standard(AnnexKind.PLAN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ANNEX_4");
  }

  @Test
  void titlePatternFillsUnitAndYear() {
    AnnexLayout l =
        AnnexLayout.builder()
            .kind(AnnexKind.DEPARTMENT)
            .title("{unit}{year}年度廉政风险点及防控措施登记表")
            .addColumns(LayoutColumn.of(AnnexColumn.RISK_POINT, "风险点", 30))
            .build();
    assertThat(l.title("示例区财政局", 2026)).isEqualTo("示例区财政局2026年度廉政风险点及防控措施登记表");
    assertThat(l.headerMapping()).containsEntry("风险点", AnnexColumn.RISK_POINT).hasSize(1);
  }

  @Test
  void refusesBadLayouts() {
    LayoutColumn point = LayoutColumn.of(AnnexColumn.RISK_POINT);
    assertThatThrownBy(
            () ->
                AnnexLayout.builder()
                    .kind(AnnexKind.DEPARTMENT)
                    .title("{unit}表")
                    .addColumns(point, LayoutColumn.of(AnnexColumn.RISK_POINT, "风险名称", 20))
                    .build())
        .hasMessageContaining("RISK_POINT appears twice");
    assertThatThrownBy(
            () ->
                AnnexLayout.builder()
                    .kind(AnnexKind.DEPARTMENT)
                    .title("{unit}表")
                    .addColumns(point, LayoutColumn.extra("廉政风险点", 20))
                    .build())
        .hasMessageContaining("header 廉政风险点 appears twice");
    assertThatThrownBy(
            () ->
                AnnexLayout.builder()
                    .kind(AnnexKind.DEPARTMENT)
                    .title("{unit}{yaer}表")
                    .addColumns(point)
                    .build())
        .hasMessageContaining("unknown title placeholder {yaer}");
    assertThatThrownBy(
            () -> AnnexLayout.builder().kind(AnnexKind.DEPARTMENT).title("{unit}表").build())
        .hasMessageContaining("no columns");
    assertThatThrownBy(() -> LayoutColumn.extra("整改时限", -3))
        .hasMessageContaining("width must be 1 to 255");
    assertThatThrownBy(() -> LayoutColumn.of(AnnexColumn.POINT_ID))
        .hasMessageContaining("POINT_ID");
    assertThatThrownBy(() -> LayoutColumn.extra(" ", 8)).hasMessageContaining("non-blank");
  }
}
