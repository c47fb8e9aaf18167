package io.github.probity.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.excel.AnnexReader;
import io.github.probity.excel.AnnexWriter;
import io.github.probity.json.ProbityJson;
import io.github.probity.model.Ledger;
import io.github.probity.plan.ImplementationPlan;
import io.github.probity.plan.PhaseProgress;
import io.github.probity.plan.PhaseStatus;
import io.github.probity.plan.PlanProgress;
import io.github.probity.testkit.SampleUnit;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's implementation plan snippet, compiled and run on the sample unit. */
class PlanReadmeTest {

  @Test
  void plansMeasuresWritesAndReadsAnnexFour(@TempDir Path dir) throws IOException {
    Ledger ledger = SampleUnit.ledger();
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    Clock clock = Clock.fixed(LocalDate.of(2026, 6, 1).atStartOfDay(zone).toInstant(), zone);
    Path file = dir.resolve("附件4 实施计划.xlsx");

    // tag::plan[]
    ImplementationPlan plan =
        ImplementationPlan.forLedger(ledger) // the reference plan's four phases for 2026
            .withTaskCompleted("召开动员会议", LocalDate.of(2026, 4, 22))
            .withPhase(4, p -> p.withDates(LocalDate.of(2026, 7, 16), LocalDate.of(2026, 9, 30)));

    PlanProgress progress = PlanProgress.measure(plan, ledger, clock);
    System.out.print(progress.summary(Locale.SIMPLIFIED_CHINESE)); // 岗位风险点查找率：41/41（100.0%）…
    List<PhaseProgress> late = progress.overdue(); // past their end with open tasks, days late

    try (OutputStream out = Files.newOutputStream(file)) {
      AnnexWriter.standard().writePlan(plan, out); // 附件4, print-ready
    }
    ImplementationPlan back = AnnexReader.lenient().readPlan(file).getPlan().orElseThrow();
    byte[] json = ProbityJson.strict().writePlan(back); // probity-implementation-plan v1
    // end::plan[]

    assertThat(back).isEqualTo(plan);
    assertThat(late).extracting(PhaseProgress::getNumber).containsExactly(1, 2);
    assertThat(ProbityJson.strict().readPlan(json).value()).isEqualTo(plan);
    assertThat(progress.getPhases())
        .extracting(p -> p.getStatus())
        .containsExactly(
            PhaseStatus.OVERDUE,
            PhaseStatus.OVERDUE,
            PhaseStatus.IN_PROGRESS,
            PhaseStatus.NOT_STARTED);
    assertThat(progress.summary(Locale.SIMPLIFIED_CHINESE)).contains("岗位风险点查找率：41/41（100.0%）");
  }
}
