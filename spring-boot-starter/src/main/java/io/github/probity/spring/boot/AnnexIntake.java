package io.github.probity.spring.boot;

import io.github.probity.excel.AnnexReadResult;
import io.github.probity.excel.AnnexReader;
import io.github.probity.finding.InputRejectedException;
import io.github.probity.model.Ledger;
import io.github.probity.validation.RuleSet;
import io.github.probity.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The upload path of an application, observed: reads an annex workbook with the {@link AnnexReader}
 * bean and validates ledgers with the {@link RuleSet} bean, and tells the {@link ProbityEvents}
 * beans (logs, and meters where Micrometer is present) how many rows were read, how long it took,
 * what was refused and what was found. Logs through {@link System.Logger} {@code
 * io.github.probity.spring.boot}: each read at DEBUG, a read that took {@code
 * probity.observability.long-read} or longer at INFO, a refused workbook at DEBUG (the problem
 * details handler logs refusals answered over HTTP at INFO and tells the observers). Thread-safe.
 *
 * @since 0.1.0
 */
public final class AnnexIntake {
  private static final System.Logger LOG = System.getLogger("io.github.probity.spring.boot");

  private final AnnexReader reader;
  private final RuleSet rules;
  private final Clock clock;
  private final List<ProbityEvents> events;
  private final Duration longRead;

  /**
   * Creates the intake.
   *
   * @param reader the reader
   * @param rules the rules
   * @param clock the clock rules judge dates by
   * @param events the observers
   * @param longRead how long a read must take to be logged at INFO
   */
  public AnnexIntake(
      AnnexReader reader,
      RuleSet rules,
      Clock clock,
      List<ProbityEvents> events,
      Duration longRead) {
    this.reader = reader;
    this.rules = rules;
    this.clock = clock;
    this.events = List.copyOf(events);
    this.longRead = longRead;
  }

  /**
   * Reads an annex workbook.
   *
   * @param in the workbook; not closed
   * @param source what to call it in the log, e.g. the uploaded file's name
   * @return what was read
   * @throws io.github.probity.excel.WorkbookRejectedException if the workbook is refused
   * @throws IOException if the stream cannot be read
   */
  public AnnexReadResult read(InputStream in, String source) throws IOException {
    long start = System.nanoTime();
    AnnexReadResult result;
    try {
      result = reader.read(in);
    } catch (InputRejectedException e) {
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      LOG.log(
          Level.DEBUG,
          () ->
              "Refused workbook "
                  + source
                  + " after "
                  + took.toMillis()
                  + " ms: "
                  + e.getFindings().get(0));
      throw e;
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    Level level = took.compareTo(longRead) >= 0 ? Level.INFO : Level.DEBUG;
    LOG.log(
        level,
        () ->
            "Read workbook "
                + source
                + ": "
                + result.getRows().size()
                + " rows, "
                + result.getProblems().size()
                + " finding(s) in "
                + took.toMillis()
                + " ms");
    for (ProbityEvents e : events) {
      e.annexRead(result, took);
    }
    return result;
  }

  /**
   * Validates a ledger with the rule set.
   *
   * @param ledger the ledger
   * @return the report
   */
  public ValidationReport validate(Ledger ledger) {
    ValidationReport report = rules.validate(ledger, clock);
    for (ProbityEvents e : events) {
      e.validated(report);
    }
    return report;
  }
}
