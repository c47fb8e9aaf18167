package io.github.probity.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexLayout;
import io.github.probity.annex.LayoutColumn;
import io.github.probity.finding.Finding;
import io.github.probity.finding.Location;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Annex layout documents: round trips, the schema, and located findings for bad documents. */
class AnnexLayoutDocumentTest {
  private static final ProbityJson JSON = ProbityJson.strict();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Schema SCHEMA = SchemaTest.load(DocumentType.ANNEX_LAYOUT, 1);

  static final AnnexLayout COMMISSION =
      AnnexLayout.builder()
          .kind(AnnexKind.DEPARTMENT)
          .title("{unit}{year}年度廉政风险点及防控措施登记表")
          .addColumns(
              LayoutColumn.of(AnnexColumn.SEQUENCE, "序号", 5),
              LayoutColumn.of(AnnexColumn.RISK_POINT, "风险点", 24),
              LayoutColumn.of(AnnexColumn.DEPARTMENT, "部门", 12),
              LayoutColumn.of(AnnexColumn.LEVEL, "风险级别", 8),
              LayoutColumn.of(AnnexColumn.MEASURES, "防范措施", 40),
              LayoutColumn.extra("整改时限", 12))
          .addFooter("单位负责人：　　填表人：　　审核人：　　联系电话：")
          .build();

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  /** A layout drawn from a seed: some canonical columns in a shuffled order, some extras. */
  static AnnexLayout random(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    AnnexKind[] kinds = {
      AnnexKind.LEADERSHIP_GROUP,
      AnnexKind.DEPARTMENT,
      AnnexKind.PERSONAL,
      AnnexKind.POST_ARCHIVE,
      AnnexKind.LEDGER
    };
    AnnexKind kind = kinds[r.nextInt(kinds.length)];
    List<LayoutColumn> cols = new ArrayList<>();
    for (AnnexColumn c : AnnexColumn.values()) {
      if (c != AnnexColumn.POINT_ID && r.nextInt(3) > 0) {
        String header = r.nextBoolean() ? c.displayName() : c.displayName() + "（" + seed + "）";
        cols.add(LayoutColumn.of(c, header, 1 + r.nextInt(60)));
      }
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      cols.add(LayoutColumn.extra("自定栏目" + i, 1 + r.nextInt(30)));
    }
    if (cols.isEmpty()) {
      cols.add(LayoutColumn.of(AnnexColumn.RISK_POINT));
    }
    java.util.Collections.shuffle(cols, new java.util.Random(seed));
    AnnexLayout.Builder b =
        AnnexLayout.builder().kind(kind).title(r.nextBoolean() ? "{unit}{year}年登记表" : "{unit}表");
    b.addAllColumns(cols);
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addFooter("签字" + i + "：");
    }
    return b.build();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void layoutsRoundTripAndMatchTheSchema(long seed) throws Exception {
    List<AnnexLayout> layouts = List.of(random(seed));
    byte[] bytes = JSON.writeAnnexLayouts(layouts);
    assertThat(SCHEMA.validate(MAPPER.readTree(bytes))).isEmpty();
    assertThat(JSON.readAnnexLayouts(bytes).value()).isEqualTo(layouts);
    assertThat(JSON.writeAnnexLayouts(JSON.readAnnexLayouts(bytes).value())).isEqualTo(bytes);
  }

  @Test
  void theStandardLayoutsRoundTrip() throws Exception {
    List<AnnexLayout> standard = new ArrayList<>();
    for (AnnexKind k : AnnexKind.values()) {
      if (k != AnnexKind.PLAN) {
        standard.add(AnnexLayout.standard(k));
      }
    }
    standard.add(0, COMMISSION);
    standard.remove(AnnexLayout.standard(AnnexKind.DEPARTMENT));
    byte[] bytes = ProbityJson.builder().pretty(true).build().writeAnnexLayouts(standard);
    assertThat(SCHEMA.validate(MAPPER.readTree(bytes))).isEmpty();
    assertThat(JSON.readAnnexLayouts(bytes).value()).isEqualTo(standard);
    assertThat(new String(JSON.writeAnnexLayouts(List.of(COMMISSION)), StandardCharsets.UTF_8))
        .startsWith(
            "{\"format\":\"probity-annex-layout\",\"schemaVersion\":1,\"layouts\":[{\"kind\":\"ANNEX_2\"");
  }

  @Test
  void theFrozenV1SampleReadsAndIsTodaysOutput() throws Exception {
    byte[] sample;
    try (java.io.InputStream in =
        getClass()
            .getClassLoader()
            .getResourceAsStream("io/github/probity/json/v1/probity-annex-layout.sample.json")) {
      assertThat(in).isNotNull();
      sample = in.readAllBytes();
    }
    assertThat(JSON.readAnnexLayouts(sample).value()).containsExactly(COMMISSION);
    assertThat(new String(JSON.writeAnnexLayouts(List.of(COMMISSION)), StandardCharsets.UTF_8))
        .isEqualTo(new String(sample, StandardCharsets.UTF_8).strip());
  }

  private static String doc(String columns) {
    return "{\"format\":\"probity-annex-layout\",\"schemaVersion\":1,\"layouts\":[{\"kind\":\"ANNEX_2\","
        + "\"title\":\"{unit}表\",\"columns\":["
        + columns
        + "]}]}";
  }

  private static Finding onlyFinding(String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    JsonReadException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            JsonReadException.class, () -> JSON.readAnnexLayouts(bytes));
    assertThat(e.getFindings()).hasSize(1);
    return e.getFindings().get(0);
  }

  private static String pointer(Finding f) {
    return ((Location.JsonPointer) f.getLocation()).pointer();
  }

  @Test
  void anUnknownColumnCodeIsLocated() {
    Finding f = onlyFinding(doc("{\"column\":\"RISK_POINTS\",\"header\":\"风险点\",\"width\":20}"));
    assertThat(f.getCode()).isEqualTo(JsonFindingCode.INVALID_CODE);
    assertThat(pointer(f)).isEqualTo("/layouts/0/columns/0/column");
  }

  @Test
  void aDuplicateColumnIsLocatedAtItsLayout() {
    Finding f =
        onlyFinding(
            doc(
                "{\"column\":\"RISK_POINT\",\"header\":\"风险点\",\"width\":20},"
                    + "{\"column\":\"RISK_POINT\",\"header\":\"风险名称\",\"width\":20}"));
    assertThat(f.getCode()).isEqualTo(JsonFindingCode.INVALID_VALUE);
    assertThat(pointer(f)).isEqualTo("/layouts/0");
    assertThat(f.getArguments().toString()).contains("RISK_POINT appears twice");
  }

  @Test
  void aNegativeWidthIsLocatedAtItsColumn() {
    Finding f =
        onlyFinding(
            doc(
                "{\"column\":\"RISK_POINT\",\"header\":\"风险点\",\"width\":20},"
                    + "{\"header\":\"整改时限\",\"width\":-4}"));
    assertThat(f.getCode()).isEqualTo(JsonFindingCode.INVALID_VALUE);
    assertThat(pointer(f)).isEqualTo("/layouts/0/columns/1");
    assertThat(f.getArguments().toString()).contains("width must be 1 to 255");
  }

  @Test
  void aSecondLayoutOfAKindIsLocated() {
    byte[] one = JSON.writeAnnexLayouts(List.of(COMMISSION));
    String two =
        new String(one, StandardCharsets.UTF_8)
            .replace("\"layouts\":[{", "\"layouts\":[{")
            .replaceFirst("\\]\\}$", "");
    String layout = two.substring(two.indexOf("\"layouts\":[") + 11);
    String json = two + "," + layout + "]}";
    Finding f = onlyFinding(json);
    assertThat(pointer(f)).isEqualTo("/layouts/1/kind");
    assertThatThrownBy(() -> JSON.writeAnnexLayouts(List.of(COMMISSION, COMMISSION)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSchemaRejectsWhatTheReaderRejects() throws Exception {
    assertThat(
            SCHEMA.validate(
                MAPPER.readTree(doc("{\"column\":\"RISK_POINTS\",\"header\":\"x\",\"width\":2}"))))
        .isNotEmpty();
    assertThat(SCHEMA.validate(MAPPER.readTree(doc("{\"header\":\"x\",\"width\":-1}"))))
        .isNotEmpty();
    assertThat(SCHEMA.validate(MAPPER.readTree(doc("{\"header\":\"x\",\"width\":3}")))).isEmpty();
  }
}
