package io.github.probity.kafka;

import io.github.probity.json.ProbityJson;
import io.github.probity.json.WarningDocument;
import io.github.probity.warning.CaseBook;
import io.github.probity.warning.DispositionCase;
import io.github.probity.warning.Signal;
import java.time.Clock;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;

/**
 * The serdes of the topology's topics: each record value is one io-json document, written and read
 * by {@link ProbityJson}, so that any consumer that reads Probity documents reads the topics.
 *
 * <ul>
 *   <li>signals: a {@code probity-signals} document holding exactly one signal;
 *   <li>warnings: a {@code probity-warnings} document holding one warning and the signals it names
 *       that the topology still holds;
 *   <li>cases: a {@code probity-cases} document holding one disposition case with its history;
 *   <li>warning counts: a flat JSON object, see {@link #warningCounts()}.
 * </ul>
 *
 * <p>A {@code null} value (a tombstone) reads and writes as {@code null}. A value that is not a
 * readable document fails with a {@link org.apache.kafka.common.errors.SerializationException} that
 * lists the located findings. The serdes are thread-safe and keep no state beyond their {@link
 * ProbityJson}.
 *
 * @since 0.1.0
 */
public final class ProbitySerdes {
  private ProbitySerdes() {}

  /**
   * Returns the serde of signal records, reading strictly.
   *
   * @return the serde
   */
  public static Serde<Signal> signals() {
    return signals(ProbityJson.strict());
  }

  /**
   * Returns the serde of signal records.
   *
   * @param json the reader and writer, e.g. {@link ProbityJson#lenient()} to accept unknown
   *     properties from newer producers
   * @return the serde
   */
  public static Serde<Signal> signals(ProbityJson json) {
    return new JsonSerde<>(
        "probity-signals",
        s -> json.writeSignals(List.of(s)),
        bytes -> {
          List<Signal> signals = json.readSignals(bytes).value();
          if (signals.size() != 1) {
            throw new IllegalArgumentException(
                "a signal record holds exactly one signal, not " + signals.size());
          }
          return signals.get(0);
        });
  }

  /**
   * Returns the serde of warning records, reading strictly.
   *
   * @return the serde
   */
  public static Serde<WarningDocument> warnings() {
    return warnings(ProbityJson.strict());
  }

  /**
   * Returns the serde of warning records.
   *
   * @param json the reader and writer
   * @return the serde
   */
  public static Serde<WarningDocument> warnings(ProbityJson json) {
    return new JsonSerde<>(
        "probity-warnings", json::writeWarnings, bytes -> json.readWarnings(bytes).value());
  }

  /**
   * Returns the serde of disposition-case records, reading strictly.
   *
   * @return the serde
   */
  public static Serde<DispositionCase> cases() {
    return cases(ProbityJson.strict());
  }

  /**
   * Returns the serde of disposition-case records. A case is written as a case book of one case
   * whose system actor is the actor that opened it; reading rebuilds the case from its history.
   *
   * @param json the reader and writer
   * @return the serde
   */
  public static Serde<DispositionCase> cases(ProbityJson json) {
    return new JsonSerde<>(
        "probity-cases",
        c ->
            json.writeCases(
                CaseBook.restore(
                    Clock.systemUTC(),
                    c.getPolicy(),
                    c.getHistory().get(0).getActor(),
                    List.of(c))),
        bytes -> {
          List<DispositionCase> cases = json.readCases(bytes, Clock.systemUTC()).value().cases();
          if (cases.size() != 1) {
            throw new IllegalArgumentException(
                "a case record holds exactly one case, not " + cases.size());
          }
          return cases.get(0);
        });
  }

  /**
   * Returns the serde of the roll-up records: a flat JSON object {@code
   * {"format":"probity-warning-count","unit":…,"level":…,"indicator":…,"windowStart":…,
   * "windowEnd":…,"count":…}}, the level by its code ({@link
   * io.github.probity.warning.WarningLevel#code()}) and the times in ISO-8601.
   *
   * @return the serde
   */
  public static Serde<WarningCount> warningCounts() {
    return new JsonSerde<>("probity-warning-count", CountSerde::write, CountSerde::read);
  }
}
