package io.github.probity.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
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
    resourceBundle = Main.HELP,
    subcommands = {
      DemoCommand.class,
      ValidateCommand.class,
      ConvertCommand.class,
      TemplateCommand.class,
      GradeCommand.class,
      MergeCommand.class,
      ReportCommand.class,
      RollupCommand.class,
      FillCommand.class,
      PapersCommand.class
    })
public final class Main implements Runnable {
  /**
   * The help's bundle: command and option descriptions and exit codes, English with a {@code zh_CN}
   * translation. Keys are picocli's: {@code probity.<command>.} qualifies a key for one command.
   */
  static final String HELP = "io.github.probity.cli.CliHelp";

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** The message languages. */
  enum Lang {
    zh,
    en
  }

  @CommandLine.Option(names = "--lang", paramLabel = "zh|en", scope = CommandLine.ScopeType.INHERIT)
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
    cli.setResourceBundle(help(args));
    try {
      return cli.execute(args);
    } catch (Error e) { // out of memory, a stack overflow: one line and the documented code
      err.println("probity: " + e);
      err.flush();
      return Cli.FAILURE;
    }
  }

  /**
   * Returns the help texts in the language of {@code --lang} if the command line gives it, else of
   * the default locale: Chinese for any {@code zh} locale, English otherwise.
   */
  static ResourceBundle help(String... args) {
    Locale locale = Locale.getDefault();
    for (int i = 0; i < args.length; i++) {
      String value =
          args[i].startsWith("--lang=")
              ? args[i].substring("--lang=".length())
              : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
      if (value != null) {
        locale = Locale.forLanguageTag(value);
      }
    }
    return ResourceBundle.getBundle(
        HELP,
        Cli.isZh(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT,
        Main.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
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
