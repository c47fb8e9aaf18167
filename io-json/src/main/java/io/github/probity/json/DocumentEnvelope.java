package io.github.probity.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The envelope every Probity document is wrapped in, {@code {"format":…,"schemaVersion":…,
 * "<body>":…}}, for all {@link DocumentType}s: writing its start, reading it in any property order
 * with the body reader of the document's schema version, and refusing content after it.
 *
 * <p>This is the migration hook. Today every type has one schema version, read by its codec ({@link
 * #current}). When a format changes, the type's current version moves to a new number, its reader
 * with it, and the old reader stays registered under the old number, reading the old shape into
 * today's model; the frozen v1 samples in the tests must keep reading. Stateless and thread-safe.
 */
final class DocumentEnvelope {
  /** Property names of the envelope. */
  static final String FORMAT = "format";

  static final String SCHEMA_VERSION = "schemaVersion";

  private DocumentEnvelope() {}

  /**
   * Returns the body readers of a type that reads only its current schema version.
   *
   * @param <T> the body's type
   * @param type the document type
   * @param reader reads the current version's body
   * @return the readers by version; the envelope checks the version before asking
   */
  static <T> IntFunction<ValueReader<T>> current(DocumentType type, ValueReader<T> reader) {
    return version -> {
      if (version != type.currentVersion()) {
        throw new IllegalStateException(
            "no reader for " + type.formatName() + " schema version " + version);
      }
      return reader;
    };
  }

  /** Writes the envelope up to the body's property name; the caller writes the body and ends it. */
  static void writeStart(JsonGenerator g, DocumentType type) throws IOException {
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
  static <T> T read(
      JsonParser p, ReadState st, DocumentType type, IntFunction<ValueReader<T>> readers)
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
