package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexTables;
import io.github.probity.finding.Severity;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskLevel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class AnnexReaderTest {

  @Test
  void readsBackEveryFieldTheAnnexesCarry() throws IOException {
    Ledger ledger = Fixtures.sample();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AnnexWriter.standard().writeAnnexes(ledger, out);
    AnnexReadResult result =
        AnnexReader.lenient().read(new ByteArrayInputStream(out.toByteArray()));
    assertThat(result.getTables())
        .containsEntry("附件1 领导班子", AnnexKind.LEADERSHIP_GROUP)
        .containsEntry("附件2 科室", AnnexKind.DEPARTMENT)
        .containsEntry("附件3 个人", AnnexKind.PERSONAL);
    assertThat(result.problems(Severity.WARNING)).isEmpty();
    Ledger back = result.getLedger();
    assertThat(back.getUnit().getName()).isEqualTo("示例区财政局");
    for (AnnexKind kind :
        new AnnexKind[] {AnnexKind.LEADERSHIP_GROUP, AnnexKind.DEPARTMENT, AnnexKind.PERSONAL}) {
      assertThat(AnnexTables.rows(back, kind)).isEqualTo(AnnexTables.rows(ledger, kind));
    }
    assertThat(back.getRiskPoints()).hasSize(9);
    assertThat(back.getRiskPoints().get(8).getLevel()).isEmpty();
    assertThat(back.getRiskPoints().get(0).getLevel()).contains(RiskLevel.HIGH);
  }
}
