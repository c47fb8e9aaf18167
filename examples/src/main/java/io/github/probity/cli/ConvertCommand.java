package io.github.probity.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code probity convert IN OUT}: converts a ledger between workbooks (annex tables, ledger table)
 * and JSON ledger documents, choosing reader and writer by extension.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "在 Excel 表格（附件1–3、台账）与 JSON 台账之间转换，按扩展名判断格式；读取问题逐条列出。",
      "Converts between workbooks (annexes 1-3, the ledger table) and JSON ledger documents, by"
          + " extension; read problems are listed.",
      "表格不含编号、风险因素与集体研究记录：JSON → xlsx → JSON 只保留表格所载内容。",
      "Tables carry no ids, factors or meeting decisions: JSON -> xlsx -> JSON keeps what the"
          + " table carries.",
      ""
    },
    exitCodeListHeading = "%n退出码 · Exit codes:%n",
    exitCodeList = {
      "0:已转换 · converted",
      "1:已转换，但有行未能读取（见错误）· converted, but rows could not be read (see errors)",
      "2:用法错误（如不支持的扩展名）· bad usage (e.g. unsupported extension)",
      "3:输入无法读取 · the input could not be read",
      "4:输出无法写出 · the output could not be written"
    })
final class ConvertCommand implements Callable<Integer> {
  @CommandLine.Mixin WorkbookOptions workbook = WorkbookOptions.none();

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Parameters(index = "0", paramLabel = "IN", description = "输入 · input (.xlsx, .xls, .json)")
  Path in;

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Parameters(index = "1", paramLabel = "OUT", description = "输出 · output (.xlsx, .json)")
  Path out;

  @Option(
      names = "--table",
      paramLabel = "annexes|ledger|archive",
      defaultValue = "annexes",
      description =
          "xlsx 输出的表格：附件1–3、台账或一岗一档 · xlsx layout: ${COMPLETION-CANDIDATES}"
              + " (default: ${DEFAULT-VALUE})")
  Outputs.Table table = Outputs.Table.annexes;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "填报日期（默认今天）· fill date printed on workbooks (default: today)")
  Optional<LocalDate> date = Optional.empty();

  @Override
  public Integer call() {
    Locale locale = Cli.locale(spec);
    PrintWriter console = spec.commandLine().getOut();
    Outputs.writable(out, locale);
    Inputs.Loaded loaded = Inputs.read(in, locale, spec.commandLine().getErr(), workbook);
    var ledger = loaded.require(locale);
    for (Reported f : loaded.problems()) {
      console.println(in + ": " + f.render(locale));
    }
    if (loaded.format() != Inputs.Format.JSON && ledger.getRiskPoints().isEmpty()) {
      console.flush();
      throw new Cli.Failure(Cli.FINDINGS, Cli.text(locale, "convert.nothingRead", in, out));
    }
    Clock clock = Dates.clock(date);
    Outputs.write(ledger, out, table, clock, spec.commandLine().getErr(), locale);
    console.println(Cli.text(locale, "convert.written", out, ledger.getRiskPoints().size()));
    console.flush();
    return loaded.errors() > 0 ? Cli.FINDINGS : Cli.OK;
  }
}
