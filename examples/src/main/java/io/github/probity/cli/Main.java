package io.github.probity.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code probity} command-line tool.
 *
 * <p>Exit codes: 0 success; 1 the input was read but has errors (validation errors, rows not read,
 * merge conflicts); 2 bad usage; 3 an input file could not be read; 4 the output could not be
 * written, or an unexpected failure. See {@code docs/cli.md}.
 */
@Command(
    name = "probity",
    mixinStandardHelpOptions = true,
    version = "probity 0.1.0-SNAPSHOT",
    description = "廉政风险预警防控机制工具 · Integrity-risk prevention-control tool",
    subcommands = {
      DemoCommand.class,
      ValidateCommand.class,
      ConvertCommand.class,
      TemplateCommand.class,
      GradeCommand.class,
      MergeCommand.class,
      ReportCommand.class,
      RollupCommand.class
    },
    exitCodeListHeading = "%n退出码 · Exit codes:%n",
    exitCodeList = {
      "0:成功 · success",
      "1:输入有错误（校验错误、未读入的行、合并冲突）· the input has errors (validation errors,"
          + " rows not read, merge conflicts)",
      "2:用法错误 · bad usage",
      "3:输入文件无法读取 · an input file could not be read",
      "4:输出无法写出或意外失败 · output not written, or an unexpected failure"
    })
public final class Main implements Runnable {
  @SuppressWarnings("NullAway.Init") // injected by picocli
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** The message languages. */
  enum Lang {
    zh,
    en
  }

  @CommandLine.Option(
      names = "--lang",
      paramLabel = "zh|en",
      scope = CommandLine.ScopeType.INHERIT,
      description = "消息语言（默认随系统区域设置）· message language (default: the locale's)")
  @Nullable Lang lang;

  /**
   * Runs the tool and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    // Apache POI (read for legacy .xls) logs through the Log4j API, and the tool ships no Log4j
    // provider: the API's own simple logger keeps a provider warning off the user's terminal.
    if (System.getProperty(LOG4J_CONTEXT_FACTORY) == null) {
      System.setProperty(
          LOG4J_CONTEXT_FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }
    System.exit(run(args));
  }

  private static final String LOG4J_CONTEXT_FACTORY = "log4j2.loggerContextFactory";

  /**
   * Runs the tool without exiting the JVM.
   *
   * @param args the command line
   * @return the exit code
   */
  public static int run(String... args) {
    return run(
        new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8),
        args);
  }

  /**
   * Runs the tool, writing to the given streams.
   *
   * @param out where results go
   * @param err where errors and diagnostics go
   * @param args the command line
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli =
        new CommandLine(new Main())
            .setCaseInsensitiveEnumValuesAllowed(true)
            .setOut(out)
            .setErr(err)
            .setExecutionExceptionHandler(Main::failure);
    CommandLine.Model.UsageMessageSpec top = cli.getCommandSpec().usageMessage();
    for (CommandLine sub : cli.getSubcommands().values()) {
      CommandLine.Model.UsageMessageSpec usage = sub.getCommandSpec().usageMessage();
      if (usage.exitCodeList().isEmpty()) { // commands without their own list get the tool's
        usage.exitCodeListHeading(top.exitCodeListHeading()).exitCodeList(top.exitCodeList());
      }
    }
    try {
      return cli.execute(args);
    } catch (Error e) { // out of memory, a stack overflow: one line and the documented code
      err.println("probity: " + e);
      err.flush();
      return Cli.FAILURE;
    }
  }

  private static int failure(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    if (e instanceof Cli.Failure) {
      commandLine.getErr().println("probity: " + e.getMessage());
      return ((Cli.Failure) e).exitCode;
    }
    commandLine.getErr().println("probity: " + e);
    return Cli.FAILURE;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
