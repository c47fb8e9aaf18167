package io.github.probity.cli;

import io.github.probity.annex.AnnexKind;
import io.github.probity.docx.DispositionPaper;
import io.github.probity.docx.DispositionPaperWriter;
import io.github.probity.docx.DocumentNumbering;
import io.github.probity.docx.Paper;
import io.github.probity.examples.ArchiveAndDisclosure;
import io.github.probity.examples.StoreDemo;
import io.github.probity.examples.WarningDayReplay;
import io.github.probity.excel.AnnexWriter;
import io.github.probity.json.ProbityJson;
import io.github.probity.model.Ledger;
import io.github.probity.plan.ImplementationPlan;
import io.github.probity.plan.PlanProgress;
import io.github.probity.rollup.Rollup;
import io.github.probity.rollup.UnitSubmission;
import io.github.probity.testkit.CaseGenerator;
import io.github.probity.testkit.LedgerGenerator;
import io.github.probity.testkit.SampleDay;
import io.github.probity.testkit.SampleUnit;
import io.github.probity.validation.RuleSet;
import io.github.probity.validation.ValidationReport;
import io.github.probity.warning.CaseAction;
import io.github.probity.warning.CaseBook;
import io.github.probity.warning.DispositionCase;
import io.github.probity.warning.WarningLevel;
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
 * JSON ledger and the validation report written to a directory, the day of warnings' case book
 * ({@code cases.json}) with the papers of its severe case (a disposition notice and a reminder talk
 * record in {@code 文书/}), and its ledger revisions, archives and cases written to the embedded
 * store ({@link StoreDemo}).
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

  /** The body that issues the demo's papers. */
  static final String DEMO_ISSUER = "示例区财政局纪检组";

  /** The prefix of the demo's document numbers. */
  static final String DEMO_PREFIX = "示财纪";

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
    written.addAll(papers(ledger, json));

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
   * Writes the sample day's case book as {@code cases.json} and its severe case's disposition
   * notice and reminder talk record into {@code 文书/}, numbered 示财纪〔2026〕1号 and 2号: the input and
   * the output of {@code probity papers}.
   */
  private List<Path> papers(Ledger ledger, ProbityJson json) throws IOException {
    CaseBook book = sampleCases(ledger);
    List<Path> files = new ArrayList<>();
    files.add(Files.write(out.resolve("cases.json"), json.writeCases(book)));
    DispositionCase severe =
        book.cases().stream()
            .filter(c -> c.getLevel() == WarningLevel.SEVERE)
            .findFirst()
            .orElseThrow();
    DispositionPaperWriter writer =
        DispositionPaperWriter.builder().clock(clock).issuer(DEMO_ISSUER).build();
    DocumentNumbering numbers = DocumentNumbering.of(DEMO_PREFIX, SampleDay.DAY.getYear(), 1);
    Path directory = Files.createDirectories(out.resolve("文书"));
    for (DispositionPaper kind :
        List.of(DispositionPaper.DISPOSITION_NOTICE, DispositionPaper.REMINDER_TALK_RECORD)) {
      Paper paper = writer.draft(kind, ledger, severe, numbers.next());
      Path file = directory.resolve(DispositionPaperWriter.fileName(paper));
      writer.write(paper, file);
      files.add(file);
    }
    return files;
  }

  /**
   * Replays the sample day of warnings ({@link SampleDay}) at the end of the day and lets the 纪检组长
   * take up its severe case (accepted and verified: first step 警示提醒, reply in 5 days); the other
   * cases wait.
   */
  static CaseBook sampleCases(Ledger ledger) {
    Clock endOfDay = Clock.fixed(SampleDay.END_OF_DAY, SampleDay.ZONE);
    WarningDayReplay.Result day =
        WarningDayReplay.replay(ledger, SampleDay.signals(ledger), endOfDay);
    for (DispositionCase c : day.cases()) {
      if (c.getLevel() == WarningLevel.SEVERE) {
        day.caseBook().apply(c.getId(), CaseAction.ACCEPT, "P-L4", "已受理");
        day.caseBook().apply(c.getId(), CaseAction.VERIFY, "P-L4", "经核实，发出警示提醒");
      }
    }
    return day.caseBook();
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
