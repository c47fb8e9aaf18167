package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexTables;
import io.github.probity.model.Ledger;
import io.github.probity.testkit.SampleUnit;
import io.github.probity.validation.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's io-excel snippet, compiled and run on the sample unit. */
class ReadmeExampleTest {

  @Test
  void writesTheAnnexesAndReadsThemBack(@TempDir Path dir) throws IOException {
    Ledger ledger = SampleUnit.ledger();
    Path file = dir.resolve("附件1-3.xlsx");

    // tag::excel[]
    AnnexWriter writer = AnnexWriter.builder().fillDate(LocalDate.of(2026, 5, 11)).build();
    try (OutputStream out = Files.newOutputStream(file)) {
      writer.writeAnnexes(ledger, out); // 附件1 领导班子, 附件2 科室, 附件3 个人
    }

    AnnexReadResult result = AnnexReader.lenient().read(file);
    for (ReadProblem p : result.getProblems()) {
      System.out.println(p.getSeverity() + " " + p.message(Locale.CHINA)); // 附件3 个人!G12 [风险等级]：…
    }
    Ledger back = result.getLedger(); // owners, posts and people inferred from the tables
    // end::excel[]

    for (AnnexKind kind :
        new AnnexKind[] {AnnexKind.LEADERSHIP_GROUP, AnnexKind.DEPARTMENT, AnnexKind.PERSONAL}) {
      assertThat(AnnexTables.carriedRows(back, kind))
          .isEqualTo(AnnexTables.carriedRows(ledger, kind));
    }
    assertThat(back.getRiskPoints()).hasSameSizeAs(ledger.getRiskPoints());
    assertThat(result.problems(Severity.WARNING)).isEmpty();
  }
}
