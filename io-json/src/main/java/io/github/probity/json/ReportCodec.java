package io.github.probity.json;

import com.fasterxml.jackson.core.JsonGenerator;
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
 * The version-1 JSON shape of a validation report, one {@link ObjectSchema} per type. Message
 * arguments are JSON scalars: coded enums as their codes, numbers as numbers, anything else as its
 * text; they read back as strings, integers, decimals and booleans, so a report read back renders a
 * coded argument by its code rather than its label. Messages are not stored: they are rendered from
 * the key and arguments in the reader's locale. Stateless and thread-safe.
 */
final class ReportCodec {
  static final CodeTable<Severity> SEVERITY = CodeTable.of(Severity.class, Severity::parse);

  private ReportCodec() {}

  /** A message argument: a JSON string, number or boolean. */
  static final ValueCodec<Object> ARGUMENT =
      ValueCodec.of(ReportCodec::writeArgument, ReportCodec::readArgument);

  static final ObjectSchema<Violation, Violation.Builder> VIOLATION =
      ObjectSchema.<Violation, Violation.Builder>of(Violation::builder, Violation.Builder::build)
          .text("ruleId", Violation::getRuleId, Violation.Builder::ruleId)
          .required("severity", SEVERITY, Violation::getSeverity, Violation.Builder::severity)
          .text("path", Violation::getPath, Violation.Builder::path)
          .text("messageKey", Violation::getMessageKey, Violation.Builder::messageKey)
          .list("arguments", ARGUMENT, Violation::getArguments, Violation.Builder::addArguments)
          .build();

  static final ObjectSchema<ValidationReport, List<Violation>> REPORT =
      ObjectSchema.<ValidationReport, List<Violation>>finishedBy(
              ArrayList::new, (violations, p, st, start) -> ValidationReport.of(violations))
          .list("violations", VIOLATION, ValidationReport::getViolations, List::add)
          .build();

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
