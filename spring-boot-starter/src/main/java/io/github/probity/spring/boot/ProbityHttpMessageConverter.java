package io.github.probity.spring.boot;

import io.github.probity.archive.Archive;
import io.github.probity.archive.ArchiveHistory;
import io.github.probity.finding.Finding;
import io.github.probity.finding.InputRejectedException;
import io.github.probity.finding.Location;
import io.github.probity.grading.GradingPolicy;
import io.github.probity.json.DisclosureDocument;
import io.github.probity.json.JsonFindingCode;
import io.github.probity.json.JsonReadException;
import io.github.probity.json.ProbityJson;
import io.github.probity.json.WarningDocument;
import io.github.probity.model.Ledger;
import io.github.probity.plan.ImplementationPlan;
import io.github.probity.validation.ValidationReport;
import io.github.probity.warning.CaseBook;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotWritableException;

/**
 * Reads and writes Probity's documents as HTTP bodies through {@link ProbityJson}, whatever JSON
 * library and version the host's other converters use: a controller that takes or returns a {@link
 * Ledger}, {@link GradingPolicy}, {@link ValidationReport}, {@link Archive}, {@link ArchiveHistory}
 * (an archive's revisions, probity-archive-history), {@link DisclosureDocument}
 * (probity-disclosure), {@link WarningDocument} (warnings and their signals, probity-warnings),
 * {@link ImplementationPlan}, {@link CaseBook} (disposition cases, probity-cases; read with the
 * clock given here) or {@link SignalDocument} (a signal stream, probity-signals) exchanges the
 * whole document, envelope included ({@code {"format":"probity-ledger","schemaVersion":1,
 * "ledger":{…}}}).
 *
 * <p>A body that Probity refuses fails with its {@link JsonReadException}, which {@link
 * ProbityExceptionHandler} answers with 400 and the located findings; a body longer than the
 * instance's {@code maxDocumentLength} is refused ({@link JsonFindingCode#LIMIT_EXCEEDED}, as an
 * {@link InputRejectedException}) before it is held whole. Thread-safe.
 *
 * @since 0.1.0
 */
public class ProbityHttpMessageConverter extends AbstractHttpMessageConverter<Object> {
  private static final List<Class<?>> TYPES =
      List.of(
          Ledger.class,
          GradingPolicy.class,
          ValidationReport.class,
          Archive.class,
          ArchiveHistory.class,
          DisclosureDocument.class,
          WarningDocument.class,
          ImplementationPlan.class,
          CaseBook.class,
          SignalDocument.class);

  private final ProbityJson json;
  private final Clock clock;

  /**
   * Creates the converter for {@code application/json} and {@code application/*+json}; case books
   * it reads take their later transition times from the system clock in the default zone.
   *
   * @param json the JSON entry point that reads and writes the documents
   */
  public ProbityHttpMessageConverter(ProbityJson json) {
    this(json, Clock.systemDefaultZone());
  }

  /**
   * Creates the converter for {@code application/json} and {@code application/*+json}.
   *
   * @param json the JSON entry point that reads and writes the documents
   * @param clock the clock of the case books it reads, for their later transitions
   */
  public ProbityHttpMessageConverter(ProbityJson json, Clock clock) {
    super(
        StandardCharsets.UTF_8, MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
    this.json = json;
    this.clock = clock;
  }

  @Override
  protected boolean supports(Class<?> clazz) {
    for (Class<?> type : TYPES) {
      if (type.isAssignableFrom(clazz)) {
        return true;
      }
    }
    return false;
  }

  @Override
  protected Object readInternal(Class<?> clazz, HttpInputMessage input) throws IOException {
    byte[] body = readBounded(input.getBody(), json.limits().maxDocumentLength());
    if (Ledger.class.isAssignableFrom(clazz)) {
      return json.readLedger(body).value();
    } else if (GradingPolicy.class.isAssignableFrom(clazz)) {
      return json.readPolicy(body).value();
    } else if (ValidationReport.class.isAssignableFrom(clazz)) {
      return json.readReport(body).value();
    } else if (Archive.class.isAssignableFrom(clazz)) {
      return json.readArchive(body).value();
    } else if (ArchiveHistory.class.isAssignableFrom(clazz)) {
      return json.readArchiveHistory(body).value();
    } else if (DisclosureDocument.class.isAssignableFrom(clazz)) {
      return json.readDisclosure(body).value();
    } else if (WarningDocument.class.isAssignableFrom(clazz)) {
      return json.readWarnings(body).value();
    } else if (CaseBook.class.isAssignableFrom(clazz)) {
      return json.readCases(body, clock).value();
    } else if (SignalDocument.class.isAssignableFrom(clazz)) {
      return new SignalDocument(json.readSignals(body).value());
    } else {
      return json.readPlan(body).value();
    }
  }

  private static byte[] readBounded(InputStream in, long max) throws IOException {
    byte[] body = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
    if (body.length > max) {
      throw new InputRejectedException(
          List.of(
              Finding.of(
                  JsonFindingCode.LIMIT_EXCEEDED,
                  Location.jsonPointer("", -1, -1),
                  "document longer than " + max + " bytes")),
          null);
    }
    return body;
  }

  @Override
  protected void writeInternal(Object value, HttpOutputMessage output) throws IOException {
    byte[] document;
    if (value instanceof Ledger) {
      document = json.writeLedger((Ledger) value);
    } else if (value instanceof GradingPolicy) {
      document = json.writePolicy((GradingPolicy) value);
    } else if (value instanceof ValidationReport) {
      document = json.writeReport((ValidationReport) value);
    } else if (value instanceof Archive) {
      document = json.writeArchive((Archive) value);
    } else if (value instanceof ArchiveHistory) {
      document = json.writeArchiveHistory((ArchiveHistory) value);
    } else if (value instanceof DisclosureDocument) {
      document = json.writeDisclosure((DisclosureDocument) value);
    } else if (value instanceof WarningDocument) {
      document = json.writeWarnings((WarningDocument) value);
    } else if (value instanceof ImplementationPlan) {
      document = json.writePlan((ImplementationPlan) value);
    } else if (value instanceof CaseBook) {
      document = json.writeCases((CaseBook) value);
    } else if (value instanceof SignalDocument) {
      document = json.writeSignals(((SignalDocument) value).signals());
    } else {
      throw new HttpMessageNotWritableException("not a Probity document: " + value.getClass());
    }
    output.getBody().write(document);
  }
}
