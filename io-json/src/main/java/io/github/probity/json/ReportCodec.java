package io.github.probity.json;

import static io.github.probity.json.JsonFields.readList;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.probity.model.Coded;
import io.github.probity.validation.Severity;
import io.github.probity.validation.ValidationReport;
import io.github.probity.validation.Violation;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes and reads a validation report as the version-1 JSON shape. Message arguments are JSON
 * scalars: coded enums as their codes, numbers as numbers, anything else as its text; they read
 * back as strings, integers, decimals and booleans, so a report read back renders a coded argument
 * by its code rather than its label. Messages are not stored: they are rendered from the key and
 * arguments in the reader's locale. Stateless and thread-safe.
 */
final class ReportCodec {
  static final CodeTable<Severity> SEVERITY = CodeTable.of(Severity.class, Severity::parse);

  private ReportCodec() {}

  static void writeReport(JsonGenerator g, ValidationReport report) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("violations");
    for (Violation v : report.getViolations()) {
      g.writeStartObject();
      g.writeStringField("ruleId", v.getRuleId());
      g.writeStringField("severity", v.getSeverity().code());
      g.writeStringField("path", v.getPath());
      g.writeStringField("messageKey", v.getMessageKey());
      g.writeArrayFieldStart("arguments");
      for (Object a : v.getArguments()) {
        writeArgument(g, a);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void writeArgument(JsonGenerator g, Object a) throws IOException {
    if (a instanceof Coded) {
      g.writeString(((Coded) a).code());
    } else if (a instanceof Integer
        || a instanceof Long
        || a instanceof Short
        || a instanceof Byte) {
      g.writeNumber(((Number) a).longValue());
    } else if (a instanceof BigDecimal) {
      g.writeNumber((BigDecimal) a);
    } else if (a instanceof Double || a instanceof Float) {
      g.writeNumber(((Number) a).doubleValue());
    } else if (a instanceof Boolean) {
      g.writeBoolean((Boolean) a);
    } else {
      g.writeString(String.valueOf(a));
    }
  }

  /** Returns the value an argument reads back as. */
  static Object normalize(Object a) {
    if (a instanceof Coded) {
      return ((Coded) a).code();
    }
    if (a instanceof Integer || a instanceof Long || a instanceof Short || a instanceof Byte) {
      long l = ((Number) a).longValue();
      return l == (int) l ? (Object) (int) l : (Object) l;
    }
    if (a instanceof Float) {
      return ((Float) a).doubleValue();
    }
    if (a instanceof Double || a instanceof BigDecimal || a instanceof Boolean) {
      return a;
    }
    return String.valueOf(a);
  }

  static ValidationReport readReport(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    List<Violation> violations = new ArrayList<>();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      if (f.equals("violations")) {
        readList(p, st, ReportCodec::readViolation, violations::add);
      } else {
        st.unknown(p, f);
      }
    }
    return ValidationReport.of(violations);
  }

  static Violation readViolation(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    Violation.Builder b = Violation.builder();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      switch (f) {
        case "ruleId":
          b.ruleId(st.text(p));
          break;
        case "severity":
          b.severity(st.code(p, SEVERITY));
          break;
        case "path":
          b.path(st.text(p));
          break;
        case "messageKey":
          b.messageKey(st.text(p));
          break;
        case "arguments":
          readList(p, st, ReportCodec::readArgument, b::addArguments);
          break;
        default:
          st.unknown(p, f);
      }
    }
    return st.build(p, start, b::build);
  }

  static Object readArgument(JsonParser p, ReadState st) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    if (t == JsonToken.VALUE_NUMBER_INT) {
      return p.getNumberType() == JsonParser.NumberType.INT ? p.getIntValue() : p.getNumberValue();
    }
    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getDoubleValue();
    }
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return t == JsonToken.VALUE_TRUE;
    }
    throw st.wrongType(p, "string, number or boolean");
  }
}
