package io.github.probity.json;

import com.fasterxml.jackson.core.JsonToken;
import io.github.probity.model.Coded;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The kinds of JSON value the documents are made of: texts, numbers, dates, times, amounts, arrays
 * and maps keyed by code. Dates, instants, durations and periods are ISO-8601 texts; amounts are
 * plain JSON numbers. Stateless; thread-safe.
 */
final class JsonValues {
  private JsonValues() {}

  /** The largest scale, either way, of an amount: beyond it a plain rendering would be huge. */
  private static final int MAX_SCALE = 64;

  /** A JSON string. */
  static final ValueCodec<String> TEXT =
      ValueCodec.of((g, v) -> g.writeString(v), (p, st) -> st.text(p));

  /** A JSON integer that fits an {@code int}. */
  static final ValueCodec<Integer> INTEGER =
      ValueCodec.of((g, v) -> g.writeNumber(v.intValue()), (p, st) -> st.integer(p));

  /** {@code true} or {@code false}. */
  static final ValueCodec<Boolean> BOOLEAN =
      ValueCodec.of((g, v) -> g.writeBoolean(v.booleanValue()), (p, st) -> st.bool(p));

  /** An ISO-8601 date ({@code 2026-06-30}). */
  static final ValueCodec<LocalDate> DATE =
      ValueCodec.of((g, v) -> g.writeString(v.toString()), (p, st) -> st.date(p));

  /** An ISO-8601 duration ({@code PT720H}). */
  static final ValueCodec<Duration> DURATION =
      isoText("ISO-8601 duration (e.g. PT720H)", Duration::parse);

  /** An ISO-8601 period ({@code P3M}). */
  static final ValueCodec<Period> PERIOD = isoText("ISO-8601 period (e.g. P3M)", Period::parse);

  /** An amount: a plain JSON number, its scale within ±64. */
  static final ValueCodec<BigDecimal> AMOUNT =
      ValueCodec.of(
          (g, v) -> g.writeNumber(v.toPlainString()),
          (p, st) -> {
            JsonToken t = p.currentToken();
            if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
              throw st.wrongType(p, "number");
            }
            BigDecimal d = p.getDecimalValue();
            if (d.scale() > MAX_SCALE || d.scale() < -MAX_SCALE) {
              throw st.fail(
                  p, JsonFindingCode.INVALID_VALUE, "amount out of range: " + p.getText());
            }
            return d;
          });

  /** A map of texts, written sorted by key and read in document order. */
  static final ValueCodec<Map<String, String>> SORTED_TEXT_MAP =
      ValueCodec.of(
          (g, v) -> {
            g.writeStartObject();
            for (Map.Entry<String, String> e : new TreeMap<>(v).entrySet()) {
              g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
          },
          (p, st) -> {
            st.startObject(p);
            Map<String, String> out = new LinkedHashMap<>();
            for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
              p.nextToken();
              out.put(f, st.text(p));
            }
            return out;
          });

  /**
   * Returns an ISO-8601 instant in UTC ({@code 2026-01-01T08:00:00Z}); a text that is not one is a
   * wrong type, described as {@code expected}.
   *
   * @param expected what the finding says was expected
   * @return the value kind
   */
  static ValueCodec<Instant> instant(String expected) {
    return isoText(expected, Instant::parse);
  }

  /**
   * Returns a value written as its ISO-8601 text ({@code toString()}) and parsed back; a text that
   * does not parse is a wrong type, described as {@code expected}.
   */
  private static <V> ValueCodec<V> isoText(String expected, Function<String, V> parse) {
    return ValueCodec.of(
        (g, v) -> g.writeString(v.toString()),
        (p, st) -> {
          String s = st.text(p);
          try {
            return parse.apply(s);
          } catch (DateTimeException e) {
            throw st.fail(p, JsonFindingCode.WRONG_TYPE, expected, "'" + s + "'");
          }
        });
  }

  /**
   * Returns a JSON array read as a whole, e.g. where an empty array and no array differ.
   *
   * @param <V> the element type
   * @param element how an element is written and read
   * @return the value kind
   */
  static <V> ValueCodec<List<V>> listOf(ValueCodec<V> element) {
    return ValueCodec.of(
        (g, v) -> ObjectSchema.writeArray(g, element, v),
        (p, st) -> {
          List<V> out = new ArrayList<>();
          ObjectSchema.readArray(p, st, element, out, List::add);
          return out;
        });
  }

  /**
   * Returns a set of coded enums as a JSON array of codes, written sorted by code.
   *
   * @param <E> the enum
   * @param table its codes
   * @return the value kind
   */
  static <E extends Enum<E> & Coded> ValueCodec<Collection<E>> sortedCodes(CodeTable<E> table) {
    return ValueCodec.of(
        (g, v) -> {
          g.writeStartArray();
          for (String code : v.stream().map(Coded::code).sorted().toList()) {
            g.writeString(code);
          }
          g.writeEndArray();
        },
        (p, st) -> {
          List<E> out = new ArrayList<>();
          ObjectSchema.readArray(p, st, table, out, List::add);
          return out;
        });
  }

  /**
   * Returns a map keyed by a coded enum as a JSON object whose names are the codes, written in the
   * enum's order; in reading, a name that is not a code is an error in either mode.
   *
   * @param <K> the key enum
   * @param <V> the value type
   * @param keys the key's codes
   * @param type how a value is written and read
   * @return the value kind
   */
  static <K extends Enum<K> & Coded, V> ValueCodec<Map<K, V>> codeMap(
      CodeTable<K> keys, ValueCodec<V> type) {
    return ValueCodec.of(
        (g, v) -> {
          g.writeStartObject();
          for (K k : keys.values()) {
            V value = v.get(k);
            if (value != null) {
              g.writeFieldName(k.code());
              type.write(g, value);
            }
          }
          g.writeEndObject();
        },
        (p, st) -> {
          st.startObject(p);
          Map<K, V> out = new LinkedHashMap<>();
          for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
            p.nextToken();
            K k = keys.byCode(f);
            if (k == null) {
              throw st.fail(p, JsonFindingCode.INVALID_CODE, f, keys.typeName(), keys.validCodes());
            }
            out.put(k, type.read(p, st));
          }
          return out;
        });
  }
}
