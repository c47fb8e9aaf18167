package io.github.probity.examples;

import io.github.probity.model.Ledger;
import io.github.probity.testkit.SampleUnit;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code probity demo}: the sample unit 示例区财政局, summarised. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "示例单位（示例区财政局）概况 · Summary of the sample unit")
final class DemoCommand implements Callable<Integer> {
  @SuppressWarnings("NullAway.Init") // injected by picocli
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Ledger ledger = SampleUnit.ledger();
    PrintWriter out = spec.commandLine().getOut();
    out.print(LedgerSummary.of(ledger).render());
    out.flush();
    return 0;
  }
}
