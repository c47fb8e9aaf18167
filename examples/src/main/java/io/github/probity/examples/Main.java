package io.github.probity.examples;

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
    subcommands = {})
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
    return new CommandLine(new Main()).setExecutionExceptionHandler(Main::failure).execute(args);
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
