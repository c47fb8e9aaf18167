package io.github.probity.cli;

import io.github.probity.model.Ledger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * {@code probity report LEDGER --out report.html}: a self-contained HTML report for a leadership
 * meeting.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "生成供领导班子会议使用的 HTML 报告（单个文件，可离线打开）：按科室、类别、等级统计，等级 × 类别热力图，" + "高等级风险点及其监督责任人，逾期措施和逾期监督检查。",
      "Writes a self-contained HTML report for a leadership meeting (one file, opens offline):"
          + " counts by department, category and level, a level x category heat map, HIGH points"
          + " with their supervisors, overdue measures and overdue reviews.",
      ""
    },
    exitCodeListHeading = "%n退出码 · Exit codes:%n",
    exitCodeList = {
      "0:已写出 · written",
      "2:用法错误 · bad usage",
      "3:台账无法读取 · the ledger could not be read",
      "4:无法写出 · could not write"
    })
final class ReportCommand implements Callable<Integer> {
  @SuppressWarnings("NullAway.Init") // injected by picocli
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Parameters(
      index = "0",
      paramLabel = "LEDGER",
      description = "台账或附件文件 · ledger or annex file (.xlsx, .xls, .json)")
  Path ledgerFile;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      defaultValue = "report.html",
      description = "输出文件 · output file (default: ${DEFAULT-VALUE})")
  Path out = Path.of("report.html");

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "按此日期判断逾期（默认今天）· judge overdue as of this date (default: today)")
  Optional<LocalDate> date = Optional.empty();

  @Override
  public Integer call() {
    Locale locale = Cli.locale(spec);
    Ledger ledger = Inputs.read(ledgerFile, locale).require(locale);
    LocalDate today = LocalDate.now(Dates.clock(date));
    int points = ledger.getRiskPoints().size();
    Progress progress =
        Progress.of(
            spec.commandLine().getErr(), Cli.text(locale, "report.counting"), points, points);
    String html = new HtmlReport(ledger, today, locale, progress).render();
    try {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(out, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new Cli.Failure(
          Cli.FAILURE, Cli.text(locale, "output.cannotWrite", out, e.getMessage()), e);
    }
    spec.commandLine().getOut().println(Cli.text(locale, "report.written", out));
    spec.commandLine().getOut().flush();
    return Cli.OK;
  }
}
