package io.github.probity.examples;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code probity} command-line tool.
 *
 * <p>Exit codes: 0 success, 1 the input has errors, 2 bad usage, 3 an unexpected failure.
 */
@Command(
    name = "probity",
    mixinStandardHelpOptions = true,
    version = "probity 0.1.0-SNAPSHOT",
    description = "廉政风险预警防控机制工具 · Integrity-risk prevention-control tool",
    subcommands = {DemoCommand.class})
public final class Main implements Runnable {
  @SuppressWarnings("NullAway.Init") // injected by picocli
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /**
   * Runs the tool and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

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
    return new CommandLine(new Main())
        .setOut(out)
        .setErr(err)
        .setExecutionExceptionHandler(Main::failure)
        .execute(args);
  }

  private static int failure(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    commandLine.getErr().println("probity: " + e.getMessage());
    return 3;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
