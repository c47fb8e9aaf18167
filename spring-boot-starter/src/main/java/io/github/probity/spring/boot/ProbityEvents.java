package io.github.probity.spring.boot;

import io.github.probity.excel.AnnexReadResult;
import io.github.probity.finding.InputRejectedException;
import io.github.probity.validation.ValidationReport;
import java.time.Duration;

/**
 * What the starter tells observers: annexes read through {@link AnnexIntake}, ledgers it validated,
 * and input refused over HTTP. The starter logs them (through {@link System.Logger}); with
 * Micrometer present it also counts them. Declare beans of this type to observe them too.
 * Implementations must be thread-safe and quick; they must not throw.
 *
 * @since 0.1.0
 */
public interface ProbityEvents {

  /**
   * An annex workbook was read.
   *
   * @param result what was read
   * @param took how long the read took
   */
  default void annexRead(AnnexReadResult result, Duration took) {}

  /**
   * Input was refused: a workbook or JSON document that is not acceptable.
   *
   * @param refusal the refusal, with its findings
   */
  default void refused(InputRejectedException refusal) {}

  /**
   * A ledger was validated.
   *
   * @param report the findings
   */
  default void validated(ValidationReport report) {}
}
