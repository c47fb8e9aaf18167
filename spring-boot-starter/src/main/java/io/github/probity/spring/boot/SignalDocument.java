package io.github.probity.spring.boot;

import io.github.probity.warning.Signal;
import java.util.List;

/**
 * A signal stream document (预警信息, {@code probity-signals}) as a request or response body: the
 * signals in document order. A controller takes or returns this type rather than a {@code
 * List<Signal>}, which a converter cannot tell from any other list once its type argument is
 * erased; {@link ProbityHttpMessageConverter} reads and writes it through {@code
 * ProbityJson.readSignals} and {@code writeSignals}.
 *
 * <pre>{@code
 * @PostMapping("/signals")
 * int submit(@RequestBody SignalDocument day) {
 *   return monitor.submitAll(day.signals());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param signals the signals, in document order (usually {@link Signal#ORDER})
 * @since 0.1.0
 */
public record SignalDocument(List<Signal> signals) {

  /**
   * Copies the list.
   *
   * @param signals the signals, in document order
   */
  public SignalDocument {
    signals = List.copyOf(signals);
  }
}
