package io.github.probity.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.probity.finding.Finding;
import io.github.probity.model.Ledger;
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
import java.util.function.Consumer;

/**
 * Reads and writes Probity JSON documents with a preconfigured Jackson factory: the one entry point
 * of this module, for every {@link DocumentType} — ledgers (also streamed), grading policies,
 * validation reports, archives and their histories, disclosures, implementation plans, annex
 * layouts, and the early-warning documents: signal streams, warnings with their signals, and case
 * books.
 *
 * <p>Documents are wrapped in an envelope, e.g. {@code
 * {"format":"probity-ledger","schemaVersion":1, "ledger":{…}}}. Output is canonical unless
 * {@linkplain Builder#pretty(boolean) pretty-printed}: UTF-8, no insignificant whitespace,
 * properties in a fixed order, absent optional values omitted, enums as stable codes, dates as
 * ISO-8601 — so equal values give identical bytes. Reading checks the envelope, migrates older
 * schema versions, enforces the {@link JsonLimits} and reports every problem as a located {@link
 * Finding}; strict or lenient as the {@link ReadMode} says.
 *
 * <pre>{@code
 * ProbityJson json = ProbityJson.strict();
 * byte[] bytes = json.writeLedger(ledger);
 * Ledger back = json.readLedger(bytes).value();
 * byte[] day = json.writeSignals(signals);
 * List<Signal> again = json.readSignals(day).value();
 * }</pre>
 *
 * <p>Methods taking streams neither close them nor read past the document. Immutable and
 * thread-safe; share one instance.
 *
 * @since 0.1.0
 */
public final class ProbityJson {
  /** The longest exception text copied into a finding. */
  private static final int DETAIL_LIMIT = 300;

  private final ReadMode mode;
  private final JsonLimits limits;
  private final boolean pretty;
  private final JsonFactory factory;

  private ProbityJson(Builder b) {
    this.mode = b.mode;
    this.limits = b.limits;
    this.pretty = b.pretty;
    this.factory = newFactory(limits, false);
  }

  /**
   * Returns an instance that reads strictly, with the default limits and canonical output.
   *
   * @return a strict instance
   */
  public static ProbityJson strict() {
    return builder().build();
  }

  /**
   * Returns an instance that reads leniently, with the default limits and canonical output.
   *
   * @return a lenient instance
   */
  public static ProbityJson lenient() {
    return builder().mode(ReadMode.LENIENT).build();
  }

  /** {@return a builder, initially strict, with the default limits and canonical output} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the read mode} */
  public ReadMode mode() {
    return mode;
  }

  /** {@return the read limits} */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * Returns a new Jackson mapper with {@link ProbityJsonModule} registered and this instance's
   * limits, for hosts that bind model values inside their own JSON. It fails on unknown properties
   * in strict mode only.
   *
   * @return a mapper of its own, which the caller may configure further
   */
  public ObjectMapper newObjectMapper() {
    ObjectMapper mapper = new ObjectMapper(newFactory(limits, true));
    mapper.registerModule(new ProbityJsonModule());
    mapper.configure(
        com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
        mode == ReadMode.STRICT);
    return mapper;
  }

  private static JsonFactory newFactory(JsonLimits limits, boolean forMapper) {
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxNameLength())
            .maxDocumentLength(limits.maxDocumentLength())
            .maxTokenCount(limits.maxTokenCount())
            .maxNumberLength(100)
            .build();
    return JsonFactory.builder()
        .streamReadConstraints(constraints)
        // Probity's readers detect duplicate keys themselves, more cheaply; a host's own types
        // bound by the mapper rely on the parser's detection.
        .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, forMapper)
        .configure(StreamReadFeature.AUTO_CLOSE_SOURCE, forMapper)
        .configure(StreamWriteFeature.AUTO_CLOSE_TARGET, forMapper)
        .build();
  }

  // ------------------------------------------------------------------ writing

  /**
   * Writes a ledger document.
   *
   * @param ledger the ledger
   * @return the document, UTF-8
   */
  public byte[] writeLedger(Ledger ledger) {
    return write(DocumentType.LEDGER, g -> LedgerCodec.LEDGER.write(g, ledger));
  }

  /**
   * Writes a ledger document to a stream, UTF-8, and flushes it.
   *
   * @param ledger the ledger
   * @param out the stream; not closed
   * @throws IOException if the stream fails
   */
  public void writeLedger(Ledger ledger, OutputStream out) throws IOException {
    write(out, DocumentType.LEDGER, g -> LedgerCodec.LEDGER.write(g, ledger));
  }

  /**
   * Writes a grading policy document: the policy's plain data ({@link
   * io.github.probity.grading.GradingPolicy#toData()}) in an envelope.
   *
   * @param policy the policy
   * @return the document, UTF-8
   */
  public byte[] writePolicy(io.github.probity.grading.GradingPolicy policy) {
    return write(DocumentType.GRADING_POLICY, g -> PolicyCodec.POLICY.write(g, policy));
  }

  /**
   * Reads a grading policy document, e.g. a policy file.
   *
   * @param json the document, UTF-8
   * @return the policy, with warnings and unknown properties in lenient mode
   * @throws JsonReadException if the document cannot be read; it lists the located errors
   */
  public ReadResult<io.github.probity.grading.GradingPolicy> readPolicy(byte[] json) {
    return read(json, DocumentType.GRADING_POLICY, PolicyCodec.POLICY);
  }

  /**
   * Writes a validation report document: each violation's rule id, severity, path, message key and
   * arguments.
   *
   * @param report the report
   * @return the document, UTF-8
   */
  public byte[] writeReport(io.github.probity.validation.ValidationReport report) {
    return write(DocumentType.VALIDATION_REPORT, g -> ReportCodec.REPORT.write(g, report));
  }

  /**
   * Reads a validation report document. Message arguments read back as JSON scalars: coded enums as
   * their codes, integers as {@code Integer} or {@code Long}, decimals as {@code Double}.
   *
   * @param json the document, UTF-8
   * @return the report, with warnings and unknown properties in lenient mode
   * @throws JsonReadException if the document cannot be read; it lists the located errors
   */
  public ReadResult<io.github.probity.validation.ValidationReport> readReport(byte[] json) {
    return read(json, DocumentType.VALIDATION_REPORT, ReportCodec.REPORT);
  }

  /**
   * Writes an archive document: one post's archive for one year.
   *
   * @param archive the archive
   * @return the document, UTF-8
   */
  public byte[] writeArchive(io.github.probity.archive.Archive archive) {
    return write(DocumentType.ARCHIVE, g -> ArchiveCodec.ARCHIVE.write(g, archive));
  }

  /**
   * Reads an archive document.
   *
   * @param json the document, UTF-8
   * @return the archive, with warnings and unknown properties in lenient mode
   * @throws JsonReadException if the document cannot be read; it lists the located errors
   */
  public ReadResult<io.github.probity.archive.Archive> readArchive(byte[] json) {
    return read(json, DocumentType.ARCHIVE, ArchiveCodec.ARCHIVE);
  }

  /**
   * Writes an archive history document: the canonical form's id and every revision with its
   * content, kinds, reason, actor, time, previous hash and hash.
   *
   * @param history the history
   * @return the document, UTF-8
   */
  public byte[] writeArchiveHistory(io.github.probity.archive.ArchiveHistory history) {
    return write(DocumentType.ARCHIVE_HISTORY, g -> ArchiveCodec.HISTORY.write(g, history));
  }

  /**
   * Reads an archive history document. The hashes are read as stored, not checked: call {@link
   * io.github.probity.archive.ArchiveHistory#verify()} on the result. The document's canonical form
   * must be the built-in {@code probity-lp-1} or {@link #canonicalForm()}'s {@code probity-json-1}.
   *
   * @param json the document, UTF-8
   * @return the history, with warnings and unknown properties in lenient mode
   * @throws JsonReadException if the document cannot be read; it lists the located errors
   */
  public ReadResult<io.github.probity.archive.ArchiveHistory> readArchiveHistory(byte[] json) {
    return read(json, DocumentType.ARCHIVE_HISTORY, ArchiveCodec.HISTORY);
  }

  /**
   * Writes a disclosure document: the disclosed view and its registration record.
   *
   * @param disclosure the view and registration
   * @return the document, UTF-8
   */
  public byte[] writeDisclosure(DisclosureDocument disclosure) {
    return write(DocumentType.DISCLOSURE, g -> DisclosureCodec.DOCUMENT.write(g, disclosure));
  }

  /**
   * Reads a disclosure document. A registration whose digest is not the view's is an error.
   *
   * @param json the document, UTF-8
   * @return the view and registration, with warnings and unknown properties in lenient mode
   * @throws JsonReadException if the document cannot be read; it lists the located errors
   */
  public ReadResult<DisclosureDocument> readDisclosure(byte[] json) {
    return read(json, DocumentType.DISCLOSURE, DisclosureCodec.DOCUMENT);
  }

  /**
   * Writes an implementation plan document (附件4): unit, year, phases with dates and tasks, notes.
   *
   * @param plan the plan
   * @return the document, UTF-8
   */
  public byte[] writePlan(io.github.probity.plan.ImplementationPlan plan) {
    return write(DocumentType.IMPLEMENTATION_PLAN, g -> PlanCodec.PLAN.write(g, plan));
  }

  /**
   * Reads an implementation plan document. A plan the model refuses (e.g. overlapping phases) is
   * reported as a located finding.
   *
   * @param json the document, UTF-8
   * @return the plan, with warnings and unknown properties in lenient mode
   * @throws JsonReadException if the document cannot be read; it lists the located errors
   */
  public ReadResult<io.github.probity.plan.ImplementationPlan> readPlan(byte[] json) {
    return read(json, DocumentType.IMPLEMENTATION_PLAN, PlanCodec.PLAN);
  }

  /**
   * Writes an annex layout document ({@link DocumentType#ANNEX_LAYOUT}): a unit's own layouts of
   * its tables, at most one per kind, each with its columns (canonical column code, header, width)
   * in print order, title pattern and footer lines.
   *
   * @param layouts the layouts, in the order to write them
   * @return the document, UTF-8
   * @throws IllegalArgumentException if two layouts are of the same kind
   */
  public byte[] writeAnnexLayouts(List<io.github.probity.annex.AnnexLayout> layouts) {
    java.util.Set<io.github.probity.annex.AnnexKind> kinds = new java.util.HashSet<>();
    for (io.github.probity.annex.AnnexLayout l : layouts) {
      if (!kinds.add(l.getKind())) {
        throw new IllegalArgumentException("two layouts of " + l.getKind().code());
      }
    }
    return write(
        DocumentType.ANNEX_LAYOUT, g -> ObjectSchema.writeArray(g, LayoutCodec.LAYOUT, layouts));
  }

  /**
   * Reads an annex layout document. A layout the model refuses (a canonical column twice, a header
   * twice, a width below 1, an unknown title placeholder) and an unknown column or kind code are
   * located findings; so is a second layout of a kind, at that layout.
   *
   * @param json the document, UTF-8
   * @return the layouts, in document order, with warnings and unknown properties in lenient mode
   * @throws JsonReadException if the document cannot be read; it lists the located errors
   */
  public ReadResult<List<io.github.probity.annex.AnnexLayout>> readAnnexLayouts(byte[] json) {
    List<io.github.probity.annex.AnnexLayout> out = new ArrayList<>();
    ReadResult<Boolean> r =
        read(
            json,
            DocumentType.ANNEX_LAYOUT,
            (p, st) -> {
              ObjectSchema.readArray(p, st, LayoutCodec.LAYOUT, out, List::add);
              return Boolean.TRUE;
            });
    java.util.Set<io.github.probity.annex.AnnexKind> kinds = new java.util.HashSet<>();
    for (int i = 0; i < out.size(); i++) {
      if (!kinds.add(out.get(i).getKind())) {
        throw new JsonReadException(
            List.of(
                JsonFindingCode.finding(
                    JsonFindingCode.INVALID_VALUE,
                    "/layouts/" + i + "/kind",
                    -1,
                    -1,
                    "a second layout of " + out.get(i).getKind().code())),
            null);
      }
    }
    return new ReadResult<>(List.copyOf(out), r.findings(), r.unknownProperties());
  }

  /**
   * Returns the canonical JSON form of archives, id {@code probity-json-1}: the compact archive
   * body of {@link #writeArchive}, whatever this instance's pretty-printing. Pass it to {@link
   * io.github.probity.archive.ArchiveHistory#start(io.github.probity.archive.Archive, String,
   * String, java.time.Clock, io.github.probity.archive.CanonicalForm)} to chain revisions over
   * canonical JSON. Stateless and thread-safe.
   *
   * @return the same instance on every call and for every {@code ProbityJson}
   */
  public io.github.probity.archive.CanonicalForm canonicalForm() {
    return JsonCanonicalForm.INSTANCE;
  }

  // ------------------------------------------------------------------ early warning

  /**
   * Writes a signal stream document ({@link DocumentType#SIGNALS}), e.g. one day's signals, so that
   * they can be stored and replayed.
   *
   * @param signals the signals, in the order to store (usually {@link Signal#ORDER})
   * @return the document, UTF-8
   */
  public byte[] writeSignals(Iterable<Signal> signals) {
    return write(DocumentType.SIGNALS, g -> WarningCodec.writeSignals(g, signals));
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
    write(out, DocumentType.SIGNALS, g -> WarningCodec.writeSignals(g, signals));
  }

  /**
   * Reads a signal stream document.
   *
   * @param json the document, UTF-8
   * @return the signals in document order, with warnings and unknown properties in lenient mode
   * @throws JsonReadException if the document cannot be read; it lists the located errors
   */
  public ReadResult<List<Signal>> readSignals(byte[] json) {
    List<Signal> out = new ArrayList<>();
    ReadResult<Long> r = read(json, DocumentType.SIGNALS, signalReader(out::add));
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
   * @throws IOException if the stream cannot be opened; a stream that fails while the document is
   *     read surfaces as an {@link UncheckedIOException}
   */
  public ReadResult<Long> readSignals(InputStream in, Consumer<? super Signal> sink)
      throws IOException {
    JsonParser p = parser(in);
    try {
      return read(p, DocumentType.SIGNALS, signalReader(sink));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a signal stream's body, counting the signals it hands to the sink. */
  private static ValueReader<Long> signalReader(Consumer<? super Signal> sink) {
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
  }

  /**
   * Writes a warning document ({@link DocumentType#WARNINGS}): the warnings and their signals.
   *
   * @param document the warnings and signals
   * @return the document, UTF-8
   */
  public byte[] writeWarnings(WarningDocument document) {
    return write(DocumentType.WARNINGS, g -> WarningCodec.WARNINGS.write(g, document));
  }

  /**
   * Reads a warning document. A warning that names a signal the document does not hold is an error
   * in strict mode and a warning in lenient mode ({@link JsonFindingCode#UNRESOLVED_SIGNAL}).
   *
   * @param json the document, UTF-8
   * @return the warnings and signals, with warnings and unknown properties in lenient mode
   * @throws JsonReadException if the document cannot be read; it lists the located errors
   */
  public ReadResult<WarningDocument> readWarnings(byte[] json) {
    return read(json, DocumentType.WARNINGS, WarningCodec.WARNINGS);
  }

  /**
   * Writes a case document ({@link DocumentType#CASES}): the book's system actor and policy and
   * every case (a snapshot) with its warning, its recorded history — the source of truth — and the
   * state, level, steps with their deadlines and escalations that follow from it.
   *
   * @param book the case book
   * @return the document, UTF-8
   */
  public byte[] writeCases(CaseBook book) {
    WarningCodec.CaseBookBody body =
        new WarningCodec.CaseBookBody(book.getSystemActor(), book.getPolicy(), book.cases());
    return write(DocumentType.CASES, g -> WarningCodec.CASE_BOOK.write(g, body));
  }

  /**
   * Reads a case document into a case book; see {@link CaseBook#restore}. Each case is rebuilt by
   * replaying its history ({@link io.github.probity.warning.DispositionCase#restore}): an illegal
   * history is an error ({@link JsonFindingCode#INVALID_CASE_HISTORY}, located at the offending
   * event), and a stored record that differs from the replay is an error in strict mode and a
   * warning in lenient mode, where the replay wins ({@link JsonFindingCode#CASE_RECORD_MISMATCH}).
   *
   * @param json the document, UTF-8
   * @param clock the clock for the book's later transitions
   * @return the case book, with warnings and unknown properties in lenient mode
   * @throws JsonReadException if the document cannot be read; it lists the located errors
   */
  public ReadResult<CaseBook> readCases(byte[] json, Clock clock) {
    ReadResult<WarningCodec.CaseBookBody> r =
        read(json, DocumentType.CASES, WarningCodec.CASE_BOOK);
    WarningCodec.CaseBookBody body = r.value();
    return new ReadResult<>(
        CaseBook.restore(clock, body.policy(), body.systemActor(), body.cases()),
        r.findings(),
        r.unknownProperties());
  }

  // ------------------------------------------------------------------ shared

  /** Writes a body inside the envelope of a document type. */
  @FunctionalInterface
  interface BodyWriter {
    void write(JsonGenerator g) throws IOException;
  }

  /** Writes a document of a type into bytes. */
  private byte[] write(DocumentType type, BodyWriter body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(out, type, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Writes a document of a type to a stream, UTF-8, and flushes it; the stream stays open. */
  private void write(OutputStream out, DocumentType type, BodyWriter body) throws IOException {
    try (JsonGenerator g = generator(out)) {
      DocumentEnvelope.writeStart(g, type);
      body.write(g);
      g.writeEndObject();
    }
  }

  /** Reads a document of a type from bytes, with the reader of its body. */
  private <T> ReadResult<T> read(byte[] json, DocumentType type, ValueReader<T> body) {
    checkLength(json.length);
    try {
      return read(parser(json), type, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens a parser on bytes that are well-formed UTF-8; the parser would take other bytes for
   * another encoding or read overlong forms and surrogates as characters.
   */
  private JsonParser parser(byte[] json) throws IOException {
    int bad = Utf8.invalidAt(json);
    if (bad >= 0) {
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < bad; i++) {
        if (json[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      String detail =
          bad < json.length
              ? String.format("byte 0x%02X at offset %d", json[bad] & 0xFF, bad)
              : "the input ends inside a character";
      throw new JsonReadException(
          List.of(
              JsonFindingCode.finding(
                  JsonFindingCode.INVALID_ENCODING, "", line, bad - lineStart + 1, detail)),
          null);
    }
    return factory.createParser(json);
  }

  /** Opens a parser on a stream whose bytes are checked for well-formed UTF-8 as they are read. */
  private JsonParser parser(InputStream in) throws IOException {
    try {
      return factory.createParser(Utf8.checked(in));
    } catch (CharConversionException e) {
      throw new JsonReadException(
          List.of(
              JsonFindingCode.finding(
                  JsonFindingCode.INVALID_ENCODING, "", -1, -1, String.valueOf(e.getMessage()))),
          e);
    }
  }

  /** Reads a document of a type from a parser, which it closes; read errors become findings. */
  private <T> ReadResult<T> read(JsonParser p, DocumentType type, ValueReader<T> body)
      throws IOException {
    ReadState st = new ReadState(mode, factory);
    try (p) {
      T value = DocumentEnvelope.read(p, st, type, DocumentEnvelope.current(type, body));
      return new ReadResult<>(value, st.warnings(), st.unknownProperties());
    } catch (JsonProcessingException | CharConversionException e) {
      throw failure(e, p, st);
    }
  }

  /**
   * Opens a streaming ledger writer: it writes the head (everything but the risk points, plus the
   * head's own risk points, if any) now and each risk point as it is given, so a ledger of any size
   * is written in constant memory. Closing it completes the document; the bytes equal {@link
   * #writeLedger(Ledger)} of the whole ledger.
   *
   * <p>The writer does not check the points against the head; the reader does.
   *
   * @param out the stream; not closed
   * @param head the ledger's unit, people, leadership group, departments, posts and power items
   * @return the writer, with the head written; give it the points, then close it
   * @throws IOException if the stream fails
   */
  public LedgerStreamWriter openLedgerWriter(OutputStream out, Ledger head) throws IOException {
    return new LedgerStreamWriter(generator(out), head);
  }

  private JsonGenerator generator(OutputStream out) throws IOException {
    JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8);
    if (pretty) {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      g.setPrettyPrinter(
          new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
    }
    return g;
  }

  // ------------------------------------------------------------------ reading

  /**
   * Reads a ledger document.
   *
   * @param json the document, UTF-8 (UTF-16 and UTF-32 are detected)
   * @return the ledger, with warnings and unknown properties in lenient mode
   * @throws JsonReadException if the document cannot be read; it lists the located errors
   */
  public ReadResult<Ledger> readLedger(byte[] json) {
    return read(json, DocumentType.LEDGER, LedgerCodec.LEDGER);
  }

  /**
   * Reads a ledger document from text.
   *
   * @param json the document
   * @return the ledger, with warnings and unknown properties in lenient mode
   * @throws JsonReadException if the document cannot be read; it lists the located errors
   */
  public ReadResult<Ledger> readLedger(String json) {
    checkLength(json.length());
    try {
      return readLedger(factory.createParser(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a ledger document from a stream, holding the whole ledger in memory; for very large
   * ledgers see {@link #openLedgerReader(InputStream)}.
   *
   * @param in the stream; not closed
   * @return the ledger, with warnings and unknown properties in lenient mode
   * @throws JsonReadException if the document cannot be read; it lists the located errors
   * @throws IOException if the stream fails
   */
  public ReadResult<Ledger> readLedger(InputStream in) throws IOException {
    return readLedger(parser(in));
  }

  /** Jackson checks the document length only as it loads input from a stream. */
  void checkLength(long length) {
    if (length > limits.maxDocumentLength()) {
      throw new JsonReadException(
          List.of(
              JsonFindingCode.finding(
                  JsonFindingCode.LIMIT_EXCEEDED,
                  "",
                  -1,
                  -1,
                  "document length "
                      + length
                      + " exceeds the maximum "
                      + limits.maxDocumentLength())),
          null);
    }
  }

  private ReadResult<Ledger> readLedger(JsonParser p) throws IOException {
    return read(p, DocumentType.LEDGER, LedgerCodec.LEDGER);
  }

  /**
   * Opens a streaming ledger reader: it reads the head (everything but the risk points) now and
   * hands out risk points one at a time, so a ledger of any size is read in constant memory. The
   * document's {@code format} and {@code schemaVersion} must precede {@code ledger}, and the
   * ledger's other properties must precede {@code riskPoints}, as every Probity writer orders them.
   *
   * @param in the stream; not closed
   * @return the reader; close it
   * @throws JsonReadException if the envelope or head cannot be read
   * @throws IOException if the stream fails
   */
  public LedgerStreamReader openLedgerReader(InputStream in) throws IOException {
    JsonParser p = parser(in);
    ReadState st = new ReadState(mode, factory);
    try {
      return new LedgerStreamReader(p, st);
    } catch (JsonProcessingException | CharConversionException e) {
      p.close();
      throw failure(e, p, st);
    }
  }

  /** Turns any read exception into located findings, after the warnings found so far. */
  static JsonReadException failure(IOException e, JsonParser p, ReadState st) {
    List<Finding> findings = new ArrayList<>(st.warnings());
    if (e instanceof DocumentProblem) {
      findings.addAll(((DocumentProblem) e).findings());
      return new JsonReadException(findings, e);
    }
    JsonFindingCode code;
    String detail = e.getMessage();
    if (e instanceof JsonProcessingException) {
      detail = ((JsonProcessingException) e).getOriginalMessage();
    }
    detail = detail == null ? e.getClass().getSimpleName() : detail;
    if (e instanceof StreamConstraintsException) {
      code = JsonFindingCode.LIMIT_EXCEEDED;
    } else if (e instanceof JsonEOFException || detail.contains("end-of-input")) {
      code = JsonFindingCode.TRUNCATED;
    } else if (e instanceof CharConversionException || detail.contains("UTF-8")) {
      code = JsonFindingCode.INVALID_ENCODING;
    } else if (detail.startsWith("Duplicate field")) {
      code = JsonFindingCode.DUPLICATE_KEY;
    } else {
      code = JsonFindingCode.SYNTAX;
    }
    if (detail.length() > DETAIL_LIMIT) {
      detail = detail.substring(0, DETAIL_LIMIT) + "…";
    }
    com.fasterxml.jackson.core.JsonLocation loc =
        e instanceof JsonProcessingException ? ((JsonProcessingException) e).getLocation() : null;
    if (loc == null) {
      loc = p.currentLocation();
    }
    findings.add(
        JsonFindingCode.finding(
            code, ReadState.pointer(p), ReadState.line(loc), ReadState.column(loc), detail));
    return new JsonReadException(findings, e);
  }

  /** Builds a {@link ProbityJson}. Not thread-safe. */
  public static final class Builder {
    private ReadMode mode = ReadMode.STRICT;
    private JsonLimits limits = JsonLimits.defaults();
    private boolean pretty;

    private Builder() {}

    /**
     * Sets the read mode; {@link ReadMode#STRICT} by default.
     *
     * @param mode the mode
     * @return this builder
     */
    public Builder mode(ReadMode mode) {
      this.mode = mode;
      return this;
    }

    /**
     * Sets the read limits; {@link JsonLimits#defaults()} by default.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder limits(JsonLimits limits) {
      this.limits = limits;
      return this;
    }

    /**
     * Sets whether output is indented for people to read; then it is not canonical. Off by default.
     *
     * @param pretty {@code true} to indent
     * @return this builder
     */
    public Builder pretty(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return the instance
     */
    public ProbityJson build() {
      return new ProbityJson(this);
    }
  }
}
