package io.github.probity.json;

import com.fasterxml.jackson.core.JsonParser;
import io.github.probity.warning.CaseBook;
import io.github.probity.warning.Signal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads and writes the early-warning documents with the settings of a {@link ProbityJson}: signal
 * streams ({@link DocumentType#SIGNALS}, so that a day of signals can be stored and replayed),
 * warnings with their signals ({@link DocumentType#WARNINGS}) and case books with each case's
 * history, steps, deadlines and escalations ({@link DocumentType#CASES}).
 *
 * <pre>{@code
 * WarningJson json = WarningJson.of(ProbityJson.strict());
 * byte[] day = json.writeSignals(signals);
 * List<Signal> again = json.readSignals(day).value();
 * }</pre>
 *
 * <p>Output is canonical like every Probity document: equal values give identical bytes. A case is
 * stored with its warning and its recorded history, the source of truth, and with the state, level,
 * steps and escalations that follow from it; reading replays the history ({@link
 * io.github.probity.warning.DispositionCase#restore}), so an illegal history is an error ({@link
 * JsonFindingCode#INVALID_CASE_HISTORY}) and a stored record that differs from the replay is an
 * error in strict mode and a warning in lenient mode, where the replay wins ({@link
 * JsonFindingCode#CASE_RECORD_MISMATCH}). Findings are located by JSON pointer, line and column.
 *
 * <p>Methods taking streams neither close them nor read past the document. Immutable and
 * thread-safe.
 */
public final class WarningJson {
  private final ProbityJson json;

  private WarningJson(ProbityJson json) {
    this.json = json;
  }

  /**
   * Returns the warning documents of an instance: its read mode, limits and output style.
   *
   * @param json the instance
   * @return the warning documents
   */
  public static WarningJson of(ProbityJson json) {
    return new WarningJson(json);
  }

  // ------------------------------------------------------------------ signals

  /**
   * Writes a signal stream document.
   *
   * @param signals the signals, in the order to store (usually {@link Signal#ORDER})
   * @return the document, UTF-8
   */
  public byte[] writeSignals(Iterable<Signal> signals) {
    return json.write(DocumentType.SIGNALS, g -> WarningCodec.writeSignals(g, signals));
  }

  /**
   * Writes a signal stream document to a stream, taking each signal from the iterable as it goes,
   * so a lazy iterable is written in constant memory; flushes the stream.
   *
   * @param signals the signals
   * @param out the stream; not closed
   * @throws IOException if the stream fails
   */
  public void writeSignals(Iterable<Signal> signals, OutputStream out) throws IOException {
    json.write(out, DocumentType.SIGNALS, g -> WarningCodec.writeSignals(g, signals));
  }

  /**
   * Reads a signal stream document.
   *
   * @param document the document, UTF-8
   * @return the signals in document order, with warnings and unknown properties in lenient mode
   * @throws JsonReadException if the document cannot be read; it lists the located errors
   */
  public ReadResult<List<Signal>> readSignals(byte[] document) {
    List<Signal> out = new ArrayList<>();
    ReadResult<Long> r = json.readVersioned(document, DocumentType.SIGNALS, signalReader(out::add));
    return new ReadResult<>(List.copyOf(out), r.findings(), r.unknownProperties());
  }

  /**
   * Reads a signal stream document from a stream, handing each signal to the sink as soon as it is
   * read, so a stream of any length is replayed in constant memory (when {@code format} and {@code
   * schemaVersion} come first, as written). A signal handed over stays handed over if a later part
   * of the document fails.
   *
   * @param in the stream; not closed
   * @param sink receives the signals, in document order
   * @return how many signals were read, with warnings and unknown properties in lenient mode
   * @throws JsonReadException if the document cannot be read; it lists the located errors
   * @throws IOException if the stream fails
   */
  public ReadResult<Long> readSignals(InputStream in, Consumer<? super Signal> sink)
      throws IOException {
    return read(json.factory().createParser(in), DocumentType.SIGNALS, signalReader(sink));
  }

  private static java.util.function.IntFunction<ValueReader<Long>> signalReader(
      Consumer<? super Signal> sink) {
    return v1(
        "signal",
        (p, st) -> {
          long[] n = {0};
          WarningCodec.readSignals(
              p,
              st,
              s -> {
                n[0]++;
                sink.accept(s);
              });
          return n[0];
        });
  }

  // ------------------------------------------------------------------ warnings

  /**
   * Writes a warning document: the warnings and their signals.
   *
   * @param document the warnings and signals
   * @return the document, UTF-8
   */
  public byte[] writeWarnings(WarningDocument document) {
    return json.write(DocumentType.WARNINGS, g -> WarningCodec.WARNINGS.write(g, document));
  }

  /**
   * Reads a warning document.
   *
   * @param document the document, UTF-8
   * @return the warnings and signals, with warnings and unknown properties in lenient mode
   * @throws JsonReadException if the document cannot be read; it lists the located errors
   */
  public ReadResult<WarningDocument> readWarnings(byte[] document) {
    return json.readVersioned(
        document, DocumentType.WARNINGS, v1("warning", WarningCodec.WARNINGS));
  }

  // ------------------------------------------------------------------ cases

  /**
   * Writes a case document: the book's system actor and policy and every case (a snapshot).
   *
   * @param book the case book
   * @return the document, UTF-8
   */
  public byte[] writeCases(CaseBook book) {
    return json.write(
        DocumentType.CASES,
        g ->
            WarningCodec.CASE_BOOK.write(
                g,
                new WarningCodec.CaseBookBody(
                    book.getSystemActor(), book.getPolicy(), book.cases())));
  }

  /**
   * Reads a case document into a case book; see {@link CaseBook#restore}.
   *
   * @param document the document, UTF-8
   * @param clock the clock for the book's later transitions
   * @return the case book, with warnings and unknown properties in lenient mode
   * @throws JsonReadException if the document cannot be read; it lists the located errors
   */
  public ReadResult<CaseBook> readCases(byte[] document, Clock clock) {
    ReadResult<WarningCodec.CaseBookBody> r =
        json.readVersioned(document, DocumentType.CASES, v1("case", WarningCodec.CASE_BOOK));
    WarningCodec.CaseBookBody d = r.value();
    return new ReadResult<>(
        CaseBook.restore(clock, d.policy(), d.systemActor(), d.cases()),
        r.findings(),
        r.unknownProperties());
  }

  // ------------------------------------------------------------------ shared

  /** The readers of a document type whose only schema version is 1. */
  private static <T> java.util.function.IntFunction<ValueReader<T>> v1(
      String what, ValueReader<T> reader) {
    return version -> {
      if (version != 1) {
        throw new IllegalStateException("no reader for " + what + " schema version " + version);
      }
      return reader;
    };
  }

  /** Reads a document from a parser, which it closes; a failing stream is unchecked. */
  private <T> ReadResult<T> read(
      JsonParser p, DocumentType type, java.util.function.IntFunction<ValueReader<T>> readers) {
    try {
      return json.read(p, type, readers);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
