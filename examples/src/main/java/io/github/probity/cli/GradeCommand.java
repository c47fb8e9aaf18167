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
import io.github.probity.model.RiskLevel;
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
        Cli.t(
            locale,
            "按评级政策 "
                + gradingPolicy.getId()
                + " 第 "
                + gradingPolicy.getVersion()
                + " 版重新评级：风险点 "
                + report.getGradedCount()
                + " 个，等级变化 "
                + report.getChanges().size()
                + " 个，需重新集体研究的决定 "
                + report.getStaleDecisions().size()
                + " 项",
            "Re-graded under policy "
                + gradingPolicy.getId()
                + " version "
                + gradingPolicy.getVersion()
                + ": "
                + report.getGradedCount()
                + " risk points, "
                + report.getChanges().size()
                + " level changes, "
                + report.getStaleDecisions().size()
                + " decisions to take again"));
    for (RegradedPoint c : report.getChanges()) {
      RiskPoint p = ledger.riskPoint(c.getRiskPointId()).orElseThrow();
      out.println(
          "  "
              + where(loaded, ledger, p)
              + p.getId()
              + " "
              + quote(p.getTitle(), locale)
              + " "
              + c.getPreviousLevel()
                  .map(l -> label(l, locale))
                  .orElse(Cli.t(locale, "待定级", "ungraded"))
              + " → "
              + label(c.newLevel(), locale)
              + (Cli.isZh(locale) ? "：" : ": ")
              + c.getNewGrade().explain(locale));
    }
    if (!report.getStaleDecisions().isEmpty()) {
      out.println(Cli.t(locale, "需重新集体研究：", "Decisions to take again:"));
    }
    for (StaleDecision s : report.getStaleDecisions()) {
      RiskPoint p = ledger.riskPoint(s.getRiskPointId()).orElseThrow();
      out.println(
          "  "
              + where(loaded, ledger, p)
              + p.getId()
              + " "
              + quote(p.getTitle(), locale)
              + Cli.t(
                  locale,
                  "："
                      + s.getDecision().getMeetingReference()
                      + "按拟定等级"
                      + label(s.getDecision().getProposedLevel(), locale)
                      + "确定为"
                      + label(s.getDecision().getLevel(), locale)
                      + "，现拟定为"
                      + label(s.getNewLevel(), locale),
                  ": "
                      + s.getDecision().getMeetingReference()
                      + " decided "
                      + label(s.getDecision().getLevel(), locale)
                      + " on a proposal of "
                      + label(s.getDecision().getProposedLevel(), locale)
                      + "; now proposed "
                      + label(s.getNewLevel(), locale)));
    }
    out.flush();
    return Cli.OK;
  }

  private GradingPolicy readPolicy(Locale locale) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(policy);
    } catch (IOException e) {
      throw new Cli.Failure(
          Cli.UNREADABLE, Cli.t(locale, "无法读取评级政策 ", "cannot read policy ") + policy + ": " + e);
    }
    try {
      return ProbityJson.lenient().readPolicy(bytes).value();
    } catch (JsonReadException e) {
      io.github.probity.finding.Finding first = e.firstError();
      throw new Cli.Failure(
          Cli.UNREADABLE,
          Cli.t(locale, "无法读取评级政策 ", "cannot read policy ")
              + policy
              + ": "
              + Reported.of(first).render(locale),
          e);
    }
  }

  private static String where(Inputs.Loaded loaded, Ledger ledger, RiskPoint p) {
    String at = loaded.locator().locate(Paths.riskPoint(ledger, p));
    return at.isEmpty() ? "" : at + " ";
  }

  static String label(RiskLevel level, Locale locale) {
    return Cli.isZh(locale) ? level.displayName() : level.code();
  }

  private static String quote(String text, Locale locale) {
    return Cli.isZh(locale) ? "“" + text + "”" : "\"" + text + "\"";
  }
}
