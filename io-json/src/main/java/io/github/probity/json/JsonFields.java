package io.github.probity.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.probity.model.Coded;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * The field, array and code helpers every codec shares: an absent optional writes nothing, a coded
 * enum writes its code, a list writes as an array. Stateless; thread-safe.
 */
final class JsonFields {
  private JsonFields() {}

  // ------------------------------------------------------------------ writing

  /** Writes a text field if the value is present. */
  static void opt(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  /** Writes an integer field if the value is present. */
  static void opt(JsonGenerator g, String name, OptionalInt value) throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(name, value.getAsInt());
    }
  }

  /** Writes a coded enum's code as a field. */
  static void code(JsonGenerator g, String name, Coded value) throws IOException {
    g.writeStringField(name, value.code());
  }

  /** Writes a coded enum's code as a field if it is present. */
  static void optCode(JsonGenerator g, String name, Optional<? extends Coded> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get().code());
    }
  }

  /** Writes a value's {@code toString()} (dates, instants) as a field if it is present. */
  static void optText(JsonGenerator g, String name, Optional<?> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get().toString());
    }
  }

  /** Writes an array field of texts, in order. */
  static void strings(JsonGenerator g, String name, Iterable<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String s : values) {
      g.writeString(s);
    }
    g.writeEndArray();
  }

  // ------------------------------------------------------------------ reading

  /** Reads an array (the parser on its start), each element with a reader, into a sink. */
  static <T> void readList(
      JsonParser p, ReadState st, ValueReader<T> element, Consumer<? super T> sink)
      throws IOException {
    st.expect(p, JsonToken.START_ARRAY, "array");
    while (p.nextToken() != JsonToken.END_ARRAY) {
      sink.accept(element.read(p, st));
    }
  }

  /** Reads an array of texts (the parser on its start). */
  static List<String> readStrings(JsonParser p, ReadState st) throws IOException {
    List<String> out = new ArrayList<>();
    readList(p, st, (q, s) -> s.text(q), out::add);
    return out;
  }

  /**
   * Reads an ISO-8601 instant; a text that is not one is a wrong type, described as {@code
   * expected}.
   */
  static Instant instant(JsonParser p, ReadState st, String expected) throws IOException {
    String s = st.text(p);
    try {
      return Instant.parse(s);
    } catch (DateTimeException e) {
      throw st.fail(p, JsonFindingCode.WRONG_TYPE, expected, "'" + s + "'");
    }
  }
}
