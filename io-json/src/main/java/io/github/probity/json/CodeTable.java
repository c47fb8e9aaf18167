package io.github.probity.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.probity.model.Coded;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The stable codes of one coded enum, and its label-aware parser for lenient reading; as a value,
 * the enum written as its code and read by {@link ReadState#code}. Immutable and thread-safe.
 */
final class CodeTable<E extends Enum<E> & Coded> implements ValueCodec<E> {
  private final String typeName;
  private final List<E> values;
  private final Map<String, E> byCode = new HashMap<>();
  private final Function<String, E> parser;
  private final String validCodes;

  private CodeTable(String typeName, Class<E> type, Function<String, E> parser) {
    this.typeName = typeName;
    this.parser = parser;
    this.values = List.of(type.getEnumConstants());
    for (E e : values) {
      byCode.put(e.code(), e);
    }
    this.validCodes =
        Stream.of(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
  }

  static <E extends Enum<E> & Coded> CodeTable<E> of(Class<E> type, Function<String, E> parser) {
    return new CodeTable<>(type.getSimpleName(), type, parser);
  }

  @Override
  public void write(JsonGenerator g, E value) throws IOException {
    g.writeString(value.code());
  }

  @Override
  public E read(JsonParser p, ReadState st) throws IOException {
    return st.code(p, this);
  }

  /** Returns the enum's values, in declaration order. */
  List<E> values() {
    return values;
  }

  @Nullable E byCode(String code) {
    return byCode.get(code);
  }

  /** Parses a label or synonym; throws {@code InvalidCodeException} if it names no value. */
  E parse(String text) {
    return parser.apply(text);
  }

  String typeName() {
    return typeName;
  }

  String validCodes() {
    return validCodes;
  }
}
