package io.github.probity.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.probity.finding.Finding;
import io.github.probity.finding.Location;
import io.github.probity.finding.Severity;
import io.github.probity.model.Coded;
import io.github.probity.validation.Rule;
import io.github.probity.validation.ValidationReport;
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

  /**
   * A violation: one finding of a rule, at a model path. The code is the rule's id at the severity
   * stored, as the rule set reported it.
   */
  static final ObjectSchema<Finding, ViolationFields> VIOLATION =
      ObjectSchema.<Finding, ViolationFields>of(ViolationFields::new, ViolationFields::build)
          .text("ruleId", f -> f.getCode().code(), (b, v) -> b.ruleId = v)
          .required("severity", SEVERITY, Finding::getSeverity, (b, v) -> b.severity = v)
          .text("path", f -> f.getLocation().text(), (b, v) -> b.path = v)
          .text("messageKey", Finding::getMessageKey, (b, v) -> b.messageKey = v)
          .list("arguments", ARGUMENT, Finding::getArguments, (b, v) -> b.arguments.add(v))
          .build();

  static final ObjectSchema<ValidationReport, List<Finding>> REPORT =
      ObjectSchema.<ValidationReport, List<Finding>>finishedBy(
              ArrayList::new, (violations, p, st, start) -> ValidationReport.of(violations))
          .list("violations", VIOLATION, ValidationReport::getFindings, List::add)
          .build();

  /** The properties of a violation as read, before they make a finding. */
  static final class ViolationFields {
    String ruleId = "";
    Severity severity = Severity.ERROR;
    String path = "";
    String messageKey = "";
    final List<Object> arguments = new ArrayList<>();

    Finding build() {
      return Finding.builder()
          .code(Rule.code(ruleId, severity))
          .location(Location.modelPath(path))
          .messageKey(messageKey)
          .addAllArguments(arguments)
          .build();
    }
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
