package io.github.probity.cli;

import io.github.probity.grading.GradingContext;
import io.github.probity.grading.GradingPolicy;
import io.github.probity.grading.RegradedPoint;
import io.github.probity.grading.RegradingReport;
import io.github.probity.grading.RiskGrader;
import io.github.probity.grading.StaleDecision;
import io.github.probity.json.JsonReadException;
import io.github.probity.json.ProbityJson;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskPoint;
import io.github.probity.validation.Paths;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code probity grade --policy FILE LEDGER}: re-grades a ledger under a grading policy document
 * and prints what changes — each point whose level changes, with the new grade's explanation, and
 * each leadership-meeting decision that needs a new meeting. The ledger file is not changed.
 */
@Command(
    name = "grade",
    mixinStandardHelpOptions = true,
    description = {
      "按评级政策文件（JSON）重新评定台账的风险等级，列出等级变化（附评级说明）和需重新集体研究的决定；不修改台账文件。",
      "Re-grades a ledger under a grading policy document (JSON) and lists the level changes (with"
          + " the grade's explanation) and the decisions that need a new meeting; the ledger file is"
          + " not changed.",
      ""
    },
    exitCodeListHeading = "%n退出码 · Exit codes:%n",
    exitCodeList = {
      "0:已列出变化（含无变化）· changes listed (or none)",
      "2:用法错误 · bad usage",
      "3:政策或台账无法读取 · the policy or the ledger could not be read"
    })
final class GradeCommand implements Callable<Integer> {
  @SuppressWarnings("NullAway.Init") // injected by picocli
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Option(
      names = "--policy",
      required = true,
      paramLabel = "FILE",
      description = "评级政策文件（probity-grading-policy JSON）· grading policy document")
  Path policy;

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Parameters(
      index = "0",
      paramLabel = "LEDGER",
      description = "台账或附件文件 · ledger or annex file (.xlsx, .xls, .json)")
  Path ledgerFile;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "评级日期（默认今天）· grading date (default: today)")
  Optional<LocalDate> date = Optional.empty();

  @Override
  public Integer call() {
    Locale locale = Cli.locale(spec);
    PrintWriter out = spec.commandLine().getOut();
    GradingPolicy gradingPolicy = readPolicy(locale);
    Inputs.Loaded loaded = Inputs.read(ledgerFile, locale);
    Ledger ledger = loaded.require(locale);
    GradingContext context =
        GradingContext.builder().ledger(ledger).clock(Dates.clock(date)).build();
    RegradingReport report = RegradingReport.regrade(RiskGrader.of(gradingPolicy), context);
    out.println(
        Cli.text(
            locale,
            "grade.summary",
            gradingPolicy.getId(),
            gradingPolicy.getVersion(),
            report.getGradedCount(),
            report.getChanges().size(),
            report.getStaleDecisions().size()));
    for (RegradedPoint c : report.getChanges()) {
      RiskPoint p = ledger.riskPoint(c.getRiskPointId()).orElseThrow();
      String previous =
          c.getPreviousLevel()
              .map(l -> Cli.label(l, locale))
              .orElseGet(() -> Cli.text(locale, "level.ungraded"));
      out.println(
          "  "
              + Cli.text(
                  locale,
                  "grade.change",
                  where(loaded, ledger, p),
                  p.getId(),
                  p.getTitle(),
                  previous,
                  c.newLevel(),
                  c.getNewGrade().explain(locale)));
    }
    if (!report.getStaleDecisions().isEmpty()) {
      out.println(Cli.text(locale, "grade.staleHeading"));
    }
    for (StaleDecision s : report.getStaleDecisions()) {
      RiskPoint p = ledger.riskPoint(s.getRiskPointId()).orElseThrow();
      out.println(
          "  "
              + Cli.text(
                  locale,
                  "grade.stale",
                  where(loaded, ledger, p),
                  p.getId(),
                  p.getTitle(),
                  s.getDecision().getMeetingReference(),
                  s.getDecision().getProposedLevel(),
                  s.getDecision().getLevel(),
                  s.getNewLevel()));
    }
    out.flush();
    return Cli.OK;
  }

  private GradingPolicy readPolicy(Locale locale) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(policy);
    } catch (IOException e) {
      throw new Cli.Failure(Cli.UNREADABLE, Cli.text(locale, "grade.cannotReadPolicy", policy, e));
    }
    try {
      return ProbityJson.lenient().readPolicy(bytes).value();
    } catch (JsonReadException e) {
      io.github.probity.finding.Finding first = e.firstError();
      throw new Cli.Failure(
          Cli.UNREADABLE,
          Cli.text(locale, "grade.cannotReadPolicy", policy, Reported.of(first).render(locale)),
          e);
    }
  }

  private static String where(Inputs.Loaded loaded, Ledger ledger, RiskPoint p) {
    return loaded
        .locator()
        .locate(Paths.riskPoint(ledger, p))
        .map(at -> Reported.place(at) + " ")
        .orElse("");
  }
}
