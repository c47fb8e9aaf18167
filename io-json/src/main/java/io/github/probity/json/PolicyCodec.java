package io.github.probity.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.probity.grading.GradingPolicy;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes and reads a grading policy as the version-1 JSON shape: the policy's own plain data
 * ({@link GradingPolicy#toData()}), in its order. Properties the policy does not know are found by
 * comparing what was read with the data of the policy it gave. Stateless and thread-safe.
 */
final class PolicyCodec {
  private PolicyCodec() {}

  /** A grading policy as its plain data. */
  static final ValueCodec<GradingPolicy> POLICY =
      ValueCodec.of(PolicyCodec::writePolicy, PolicyCodec::readPolicy);

  static void writePolicy(JsonGenerator g, GradingPolicy policy) throws IOException {
    writeData(g, policy.toData());
  }

  static void writeData(JsonGenerator g, @Nullable Object v) throws IOException {
    if (v instanceof Map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        writeData(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof List) {
      g.writeStartArray();
      for (Object o : (List<?>) v) {
        writeData(g, o);
      }
      g.writeEndArray();
    } else if (v instanceof String) {
      g.writeString((String) v);
    } else if (v instanceof Boolean) {
      g.writeBoolean((Boolean) v);
    } else if (v instanceof Integer || v instanceof Long || v instanceof Short) {
      g.writeNumber(((Number) v).longValue());
    } else if (v instanceof BigDecimal) {
      g.writeNumber((BigDecimal) v);
    } else if (v instanceof Number) {
      g.writeNumber(((Number) v).doubleValue());
    } else {
      throw new IllegalStateException("unexpected policy data " + v);
    }
  }

  static GradingPolicy readPolicy(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    com.fasterxml.jackson.core.JsonLocation start = p.currentTokenLocation();
    String base = ReadState.pointer(p);
    @SuppressWarnings("unchecked")
    Map<String, Object> data =
        (Map<String, Object>) java.util.Objects.requireNonNull(readData(p, st));
    GradingPolicy policy = st.build(p, start, () -> GradingPolicy.fromData(data));
    unknown(p, st, base, data, policy.toData());
    return policy;
  }

  /** Reads any value as plain data: maps, lists, strings, numbers and booleans. */
  static @Nullable Object readData(JsonParser p, ReadState st) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
        p.nextToken();
        if (st.present(p)) {
          m.put(f, readData(p, st));
        }
      }
      return m;
    }
    if (t == JsonToken.START_ARRAY) {
      List<Object> l = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        Object o = readData(p, st);
        if (o == null) {
          throw st.wrongType(p, "value");
        }
        l.add(o);
      }
      return l;
    }
    if (t == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    if (t == JsonToken.VALUE_NUMBER_INT) {
      return p.getNumberValue();
    }
    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getDoubleValue();
    }
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return t == JsonToken.VALUE_TRUE;
    }
    return null;
  }

  /** Reports the properties of the data read that the policy's own data does not have. */
  private static void unknown(
      JsonParser p, ReadState st, String at, @Nullable Object read, @Nullable Object known)
      throws IOException {
    if (read instanceof Map && known instanceof Map) {
      Map<?, ?> k = (Map<?, ?>) known;
      for (Map.Entry<?, ?> e : ((Map<?, ?>) read).entrySet()) {
        String name = String.valueOf(e.getKey());
        String pointer = at + "/" + name.replace("~", "~0").replace("/", "~1");
        if (k.containsKey(name)) {
          unknown(p, st, pointer, e.getValue(), k.get(name));
        } else if (!(e.getValue() instanceof List && ((List<?>) e.getValue()).isEmpty())) {
          st.unknownData(p, pointer, name, json(st.factory(), e.getValue()));
        }
      }
    } else if (read instanceof List && known instanceof List) {
      List<?> r = (List<?>) read;
      List<?> k = (List<?>) known;
      for (int i = 0; i < r.size() && i < k.size(); i++) {
        unknown(p, st, at + "/" + i, r.get(i), k.get(i));
      }
    }
  }

  private static @Nullable String json(@Nullable JsonFactory factory, @Nullable Object value)
      throws IOException {
    if (factory == null) {
      return null;
    }
    StringWriter w = new StringWriter();
    try (JsonGenerator g = factory.createGenerator(w)) {
      writeData(g, value);
    }
    return w.toString();
  }
}
