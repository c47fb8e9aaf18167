package io.github.probity.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.probity.model.Ledger;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The envelope of a document and the migration hook: a body reader per readable schema version.
 *
 * <p>When the format changes, the current reader moves to a new version number and the old one
 * stays registered under its number, reading the old shape into today's model. The frozen v1 sample
 * in the tests must keep reading. Stateless and thread-safe.
 */
final class LedgerFormat {
  /** Property names of the envelope. */
  static final String FORMAT = "format";

  static final String SCHEMA_VERSION = "schemaVersion";

  /** The ledger body readers, keyed by schema version. */
  private static final Map<Integer, ValueReader<Ledger>> LEDGER_READERS =
      Map.of(1, LedgerCodec.LEDGER);

  /** The grading policy body readers, keyed by schema version. */
  private static final Map<Integer, ValueReader<io.github.probity.grading.GradingPolicy>>
      POLICY_READERS = Map.of(1, PolicyCodec::readPolicy);

  /** The validation report body readers, keyed by schema version. */
  private static final Map<Integer, ValueReader<io.github.probity.validation.ValidationReport>>
      REPORT_READERS = Map.of(1, ReportCodec.REPORT);

  private LedgerFormat() {}

  static ValueReader<io.github.probity.validation.ValidationReport> reportReader(int version) {
    return reader(REPORT_READERS, version, "report");
  }

  static ValueReader<io.github.probity.grading.GradingPolicy> policyReader(int version) {
    return reader(POLICY_READERS, version, "policy");
  }

  static ValueReader<Ledger> ledgerReader(int version) {
    return reader(LEDGER_READERS, version, "ledger");
  }

  /** Returns the body reader of a schema version; the envelope checked the version first. */
  private static <T> ValueReader<T> reader(
      Map<Integer, ValueReader<T>> readers, int version, String what) {
    ValueReader<T> reader = readers.get(version);
    if (reader == null) {
      throw new IllegalStateException("no reader for " + what + " schema version " + version);
    }
    return reader;
  }

  static void writeEnvelopeStart(JsonGenerator g, DocumentType type) throws IOException {
    g.writeStartObject();
    g.writeStringField(FORMAT, type.formatName());
    g.writeNumberField(SCHEMA_VERSION, type.currentVersion());
    g.writeFieldName(type.bodyProperty());
  }

  static void checkFormat(JsonParser p, ReadState st, DocumentType type, String format)
      throws DocumentProblem {
    if (!format.equals(type.formatName())) {
      throw st.fail(p, JsonFindingCode.WRONG_FORMAT, type.formatName(), format);
    }
  }

  static void checkVersion(JsonParser p, ReadState st, DocumentType type, int version)
      throws DocumentProblem {
    if (!type.readableVersions().contains(version)) {
      throw st.fail(
          p,
          JsonFindingCode.UNSUPPORTED_VERSION,
          Integer.toString(version),
          type.readableVersions().toString());
    }
  }

  /**
   * Reads a whole document: the envelope in any property order (a body before the version is
   * buffered), the body with the reader of its version, and nothing after the envelope.
   */
  static <T> T readDocument(
      JsonParser p,
      ReadState st,
      DocumentType type,
      java.util.function.IntFunction<ValueReader<T>> readers)
      throws IOException {
    if (p.nextToken() == null) {
      throw st.fail(p, JsonFindingCode.TRUNCATED, "empty input");
    }
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    String format = null;
    Integer version = null;
    @Nullable T body = null;
    TokenBuffer buffered = null;
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      if (f.equals(FORMAT)) {
        format = st.text(p);
        checkFormat(p, st, type, format);
      } else if (f.equals(SCHEMA_VERSION)) {
        version = st.integer(p);
        checkVersion(p, st, type, version);
      } else if (f.equals(type.bodyProperty())) {
        if (format != null && version != null) {
          body = readers.apply(version).read(p, st);
        } else {
          buffered = new TokenBuffer(p, null);
          buffered.copyCurrentStructure(p);
        }
      } else {
        st.unknown(p, f);
      }
    }
    if (format == null || version == null || (body == null && buffered == null)) {
      throw st.failAt(p, start, JsonFindingCode.MISSING_PROPERTY, missing(format, version, type));
    }
    if (buffered != null) {
      try (JsonParser bp = buffered.asParser()) {
        bp.nextToken();
        body = readers.apply(version).read(bp, st);
      }
    }
    checkEnd(p, st);
    return java.util.Objects.requireNonNull(body);
  }

  private static String missing(
      @Nullable String format, @Nullable Integer version, DocumentType type) {
    StringBuilder sb = new StringBuilder();
    if (format == null) {
      sb.append(FORMAT);
    }
    if (version == null) {
      sb.append(sb.length() > 0 ? ", " : "").append(SCHEMA_VERSION);
    }
    if (sb.length() == 0) {
      sb.append(type.bodyProperty());
    }
    return sb.toString();
  }

  static void checkEnd(JsonParser p, ReadState st) throws IOException {
    JsonToken t = p.nextToken();
    if (t != null) {
      throw st.fail(
          p, JsonFindingCode.TRAILING_CONTENT, t.asString() == null ? t.name() : t.asString());
    }
  }
}
