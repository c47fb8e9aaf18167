package io.github.probity.cli;

import io.github.probity.annex.AnnexKind;
import io.github.probity.examples.ArchiveAndDisclosure;
import io.github.probity.examples.StoreDemo;
import io.github.probity.excel.AnnexWriter;
import io.github.probity.json.ProbityJson;
import io.github.probity.model.Ledger;
import io.github.probity.plan.ImplementationPlan;
import io.github.probity.plan.PlanProgress;
import io.github.probity.rollup.Rollup;
import io.github.probity.rollup.UnitSubmission;
import io.github.probity.testkit.CaseGenerator;
import io.github.probity.testkit.LedgerGenerator;
import io.github.probity.testkit.SampleUnit;
import io.github.probity.validation.RuleSet;
import io.github.probity.validation.ValidationReport;
import io.github.probity.warning.WarningPolicy;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code probity demo}: the sample unit 示例区财政局 — its summary and plan progress, and its annex
 * workbooks (1–4), ledger export, per-post archives, one post's archive, the disclosure export, the
 * JSON ledger and the validation report written to a directory, and its ledger revisions, archives
 * and cases written to the embedded store ({@link StoreDemo}).
 */
@Command(name = "demo", mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {
  @SuppressWarnings("NullAway.Init") // injected by picocli
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "probity-out")
  Path out = Path.of("probity-out");

  @Option(names = "--store", paramLabel = "FILE")
  @Nullable Path store;

  @Option(names = "--layout", paramLabel = "FILE")
  java.util.Optional<Path> layout = java.util.Optional.empty();

  private final Clock clock;

  DemoCommand() {
    this(Clock.systemDefaultZone());
  }

  DemoCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() throws IOException {
    Ledger ledger = SampleUnit.ledger();
    AnnexWriter annexes =
        Layouts.writer(
            Layouts.read(layout, Locale.SIMPLIFIED_CHINESE),
            LocalDate.now(clock),
            Locale.SIMPLIFIED_CHINESE);
    PrintWriter console = spec.commandLine().getOut();
    console.print(LedgerSummary.of(ledger).render());

    Files.createDirectories(out);
    List<Path> written = new ArrayList<>();
    written.addAll(annexes.writeAnnexFiles(ledger, out));
    ImplementationPlan plan = SampleUnit.plan();
    Path planFile = out.resolve(AnnexKind.PLAN.sheetName() + ".xlsx");
    try (OutputStream stream = Files.newOutputStream(planFile)) {
      annexes.writePlan(plan, stream);
    }
    written.add(planFile);
    written.add(workbook(annexes, ledger, AnnexKind.LEDGER, "台账.xlsx"));
    written.add(workbook(annexes, ledger, AnnexKind.POST_ARCHIVE, "一岗一档.xlsx"));
    written.addAll(ArchiveAndDisclosure.write(ledger, out, clock));

    ProbityJson json = ProbityJson.strict();
    ValidationReport report = RuleSet.standard().validate(ledger, clock);
    written.add(Files.write(out.resolve("ledger.json"), json.writeLedger(ledger)));
    written.add(Files.write(out.resolve("validation-report.json"), json.writeReport(report)));

    console.println();
    console.print(PlanProgress.measure(plan, ledger, clock).summary(Locale.SIMPLIFIED_CHINESE));
    console.println();
    console.println(
        report.summary(Locale.SIMPLIFIED_CHINESE).lines().findFirst().orElse("")
            + "（明细见 validation-report.json）");
    console.println();
    for (String line :
        StoreDemo.write(ledger, store != null ? store : out.resolve("probity-store"))) {
      console.println(line);
    }
    written.addAll(rollup(out.resolve("汇总")));

    console.println();
    console.println("已写出 · written:");
    for (Path p : written) {
      console.println("  " + p);
    }
    console.flush();
    return 0;
  }

  /**
   * Writes the roll-up of three generated units (ledger, template plan and cases each) as a
   * commission would see them: the summary workbook and the HTML report.
   */
  private List<Path> rollup(Path directory) throws IOException {
    Rollup rollup = Rollup.start(clock);
    for (long seed = 1; seed <= 3; seed++) {
      Ledger unit = LedgerGenerator.generate(seed, 60);
      rollup.add(
          UnitSubmission.builder()
              .ledger(unit)
              .plan(ImplementationPlan.forLedger(unit))
              .cases(CaseGenerator.generate(seed, unit, 60, WarningPolicy.defaults()).cases())
              .build());
    }
    Path xlsx = directory.resolve("汇总表.xlsx");
    Path html = directory.resolve("汇总报告.html");
    RollupCommand.write(rollup.result(), xlsx, html, "示例区纪委监委", clock, Locale.SIMPLIFIED_CHINESE);
    return List.of(xlsx, html);
  }

  private Path workbook(AnnexWriter writer, Ledger ledger, AnnexKind kind, String name)
      throws IOException {
    Path file = out.resolve(name);
    try (OutputStream stream = Files.newOutputStream(file)) {
      writer.write(ledger, kind, stream);
    }
    return file;
  }
}
