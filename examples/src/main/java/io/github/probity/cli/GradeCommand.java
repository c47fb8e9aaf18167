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
@Command(name = "grade", mixinStandardHelpOptions = true)
final class GradeCommand implements Callable<Integer> {
  @SuppressWarnings("NullAway.Init") // injected by picocli
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Option(names = "--policy", required = true, paramLabel = "FILE")
  Path policy;

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Parameters(index = "0", paramLabel = "LEDGER", descriptionKey = "ledger")
  Path ledgerFile;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD")
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
