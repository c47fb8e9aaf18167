package io.github.probity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexLayout;
import io.github.probity.annex.LayoutColumn;
import io.github.probity.excel.AnnexReader;
import io.github.probity.json.ProbityJson;
import io.github.probity.model.Ledger;
import io.github.probity.testkit.SampleUnit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --layout FILE}: convert and demo write the tables in a unit's own layout. */
class LayoutOptionTest extends CliFixture {
  static final AnnexLayout LEDGER_TABLE =
      AnnexLayout.builder()
          .kind(AnnexKind.LEDGER)
          .title("{unit}{year}年度廉政风险点登记台账")
          .addColumns(
              LayoutColumn.of(AnnexColumn.SEQUENCE, "序号", 5),
              LayoutColumn.of(AnnexColumn.OWNER, "责任主体", 14),
              LayoutColumn.of(AnnexColumn.SCOPE, "层级", 8),
              LayoutColumn.of(AnnexColumn.DEPARTMENT, "科室", 12),
              LayoutColumn.of(AnnexColumn.POST, "岗位", 12),
              LayoutColumn.of(AnnexColumn.HOLDER, "在岗人", 10),
              LayoutColumn.of(AnnexColumn.RISK_POINT, "岗位廉洁风险", 24),
              LayoutColumn.of(AnnexColumn.LEVEL, "风险级别", 8),
              LayoutColumn.of(AnnexColumn.MEASURES, "防控举措", 40),
              LayoutColumn.extra("整改时限", 10))
          .addFooter("填表人：　　　　审核人：　　　　联系电话：")
          .build();

  private Path layoutFile() throws IOException {
    Path f = dir.resolve("layout.json");
    Files.write(f, ProbityJson.strict().writeAnnexLayouts(List.of(LEDGER_TABLE)));
    return f;
  }

  @Test
  void convertWritesAndReadsTheLedgerTableInTheLayout() throws IOException {
    Path in = json("ledger.json", SampleUnit.ledger());
    Path layout = layoutFile();
    Path xlsx = dir.resolve("台账.xlsx");
    Path back = dir.resolve("back.json");
    assertThat(
            run(
                "convert",
                "--table",
                "ledger",
                "--layout",
                layout.toString(),
                in.toString(),
                xlsx.toString()))
        .isZero();
    assertThat(
            AnnexReader.builder()
                .layout(LEDGER_TABLE)
                .build()
                .read(xlsx)
                .getHeaderColumns()
                .values()
                .iterator()
                .next())
        .containsKeys(AnnexColumn.RISK_POINT, AnnexColumn.MEASURES);
    assertThat(run("convert", "--layout", layout.toString(), xlsx.toString(), back.toString()))
        .isZero();
    Ledger read = ProbityJson.strict().readLedger(Files.readAllBytes(back)).value();
    assertThat(read).isEqualTo(SampleUnit.ledger());
  }

  @Test
  void aBadLayoutFileIsUnreadable() throws IOException {
    Path in = json("ledger.json", SampleUnit.ledger());
    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad,
        "{\"format\":\"probity-annex-layout\",\"schemaVersion\":1,\"layouts\":[{\"kind\":\"LEDGER\","
            + "\"title\":\"{unit}\",\"columns\":[{\"column\":\"RISK\",\"header\":\"风险\",\"width\":9}]}]}",
        StandardCharsets.UTF_8);
    assertThat(
            run(
                "--lang",
                "en",
                "convert",
                "--layout",
                bad.toString(),
                in.toString(),
                dir.resolve("x.xlsx").toString()))
        .isEqualTo(3);
    assertThat(err.toString()).contains("cannot read the layout").contains("/layouts/0/columns/0");
  }

  @Test
  void demoWritesTheLedgerTableInTheLayout() throws IOException {
    Path out = dir.resolve("demo");
    assertThat(
            run(
                "demo",
                "--out",
                out.toString(),
                "--store",
                dir.resolve("store").toString(),
                "--layout",
                layoutFile().toString()))
        .isZero();
    var read = AnnexReader.builder().layout(LEDGER_TABLE).build().read(out.resolve("台账.xlsx"));
    assertThat(read.getLedger()).isEqualTo(SampleUnit.ledger());
    assertThat(read.getHeaderColumns().values().iterator().next())
        .doesNotContainKey(AnnexColumn.MANIFESTATION);
  }
}
