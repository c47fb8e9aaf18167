package io.github.probity.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.model.RiskPoint;
import io.github.probity.testkit.SampleUnit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExamplesRunTest {
  @TempDir Path dir;

  @Test
  void mergingTheDepartmentsFilesRebuildsTheWholeLedgerAndNamesTheSlips() throws Exception {
    MergeDepartments.Result result = MergeDepartments.run(dir);
    assertThat(result.ledger().getRiskPoints()).hasSize(SampleUnit.ledger().getRiskPoints().size());
    assertThat(result.conflicts())
        .extracting(MergeDepartments.Conflict::code)
        .containsExactlyInAnyOrder("MERGE_DUPLICATE", "MERGE_UNKNOWN_PERSON");
    assertThat(result.conflicts())
        .allSatisfy(c -> assertThat(c.location()).matches(".+\\.xlsx:附件\\d .+!\\d+"));
  }

  @Test
  void mainMethodsPrintTheirResults() throws Exception {
    PrintStream console = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      MergeDepartments.main(new String[0]);
      OaRiskService.main(new String[0]);
      QuickStart.main(new String[0]);
    } finally {
      System.setOut(console);
    }
    RiskPoint quickStartPoint = QuickStart.ledger().riskPoint("RP-0042").orElseThrow();
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("合并后风险点 " + SampleUnit.ledger().getRiskPoints().size() + " 个")
        .contains(OaRiskService.run().get(0))
        .contains(quickStartPoint.getTitle() + " → ");
  }

  @Test
  void theOaServiceGivesEveryRequestThreadTheSameAnswer() throws Exception {
    List<String> answers = OaRiskService.run();
    assertThat(answers).hasSize(8).containsOnly(answers.get(0));
  }

  @Test
  void theOaServiceImportsWhatItExports() throws Exception {
    OaRiskService service =
        OaRiskService.standard(Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC));
    byte[] workbook = service.exportAnnexes(SampleUnit.ledger());
    OaRiskService.Upload upload = service.importAnnexes(new ByteArrayInputStream(workbook));
    assertThat(upload.ledger().getRiskPoints()).hasSize(SampleUnit.ledger().getRiskPoints().size());
    assertThat(upload.ledger().getUnit().getName()).isEqualTo("示例区财政局");
    assertThat(service.load(service.store(SampleUnit.ledger()))).isEqualTo(SampleUnit.ledger());
    assertThat(service.grade(SampleUnit.ledger(), "RP-001").getExplanation()).isNotEmpty();
  }
}
