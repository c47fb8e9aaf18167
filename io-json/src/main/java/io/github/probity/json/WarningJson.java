package io.github.probity.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.probity.warning.CaseBook;
import io.github.probity.warning.Signal;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writeSignals(signals, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
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
    try (JsonGenerator g = json.generator(out)) {
      LedgerFormat.writeEnvelopeStart(g, DocumentType.SIGNALS);
      WarningCodec.writeSignals(g, signals);
      g.writeEndObject();
    }
  }

  /**
   * Reads a signal stream document.
   *
   * @param document the document, UTF-8
   * @return the signals in document order, with warnings and unknown properties in lenient mode
   * @throws JsonReadException if the document cannot be read; it lists the located errors
   */
  public ReadResult<List<Signal>> readSignals(byte[] document) {
    json.checkLength(document.length);
    List<Signal> out = new ArrayList<>();
    ReadResult<Long> r = read(parser(document), DocumentType.SIGNALS, signalReader(out::add));
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

  private static java.util.function.IntFunction<LedgerCodec.ValueReader<Long>> signalReader(
      Consumer<? super Signal> sink) {
    return version -> {
      if (version != 1) {
        throw new IllegalStateException("no reader for signal schema version " + version);
      }
      return (p, st) -> {
        long[] n = {0};
        WarningCodec.readSignals(
            p,
            st,
            s -> {
              n[0]++;
              sink.accept(s);
            });
        return n[0];
      };
    };
  }

  // ------------------------------------------------------------------ warnings

  /**
   * Writes a warning document: the warnings and their signals.
   *
   * @param document the warnings and signals
   * @return the document, UTF-8
   */
  public byte[] writeWarnings(WarningDocument document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = json.generator(out)) {
      LedgerFormat.writeEnvelopeStart(g, DocumentType.WARNINGS);
      WarningCodec.writeWarnings(g, document);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Reads a warning document.
   *
   * @param document the document, UTF-8
   * @return the warnings and signals, with warnings and unknown properties in lenient mode
   * @throws JsonReadException if the document cannot be read; it lists the located errors
   */
  public ReadResult<WarningDocument> readWarnings(byte[] document) {
    json.checkLength(document.length);
    return read(
        parser(document),
        DocumentType.WARNINGS,
        version -> {
          if (version != 1) {
            throw new IllegalStateException("no reader for warning schema version " + version);
          }
          return WarningCodec::readWarnings;
        });
  }

  // ------------------------------------------------------------------ cases

  /**
   * Writes a case document: the book's system actor and policy and every case (a snapshot).
   *
   * @param book the case book
   * @return the document, UTF-8
   */
  public byte[] writeCases(CaseBook book) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = json.generator(out)) {
      LedgerFormat.writeEnvelopeStart(g, DocumentType.CASES);
      WarningCodec.writeCaseBook(g, book.getSystemActor(), book.getPolicy(), book.cases());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
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
    json.checkLength(document.length);
    ReadResult<WarningCodec.CaseBookData> r =
        read(
            parser(document),
            DocumentType.CASES,
            version -> {
              if (version != 1) {
                throw new IllegalStateException("no reader for case schema version " + version);
              }
              return WarningCodec::readCaseBook;
            });
    WarningCodec.CaseBookData d = r.value();
    return new ReadResult<>(
        CaseBook.restore(clock, d.policy, d.systemActor, d.cases),
        r.findings(),
        r.unknownProperties());
  }

  // ------------------------------------------------------------------ shared

  private JsonParser parser(byte[] document) {
    try {
      return json.factory().createParser(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> ReadResult<T> read(
      JsonParser p,
      DocumentType type,
      java.util.function.IntFunction<LedgerCodec.ValueReader<T>> readers) {
    ReadState st = new ReadState(json.mode(), json.factory());
    try (p) {
      T value = LedgerFormat.readDocument(p, st, type, readers);
      Map<String, String> unknown = st.unknownProperties();
      return new ReadResult<>(value, st.warnings(), unknown);
    } catch (JsonProcessingException | CharConversionException e) {
      throw ProbityJson.failure(e, p, st);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
