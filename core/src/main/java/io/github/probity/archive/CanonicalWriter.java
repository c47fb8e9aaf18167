package io.github.probity.archive;

import io.github.probity.model.Coded;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes values in the built-in canonical form: every string as a 4-byte big-endian length and its
 * UTF-8 bytes, every object as a tag and named fields, every list as a count and its items, every
 * optional as a presence byte. The form is unambiguous, so equal bytes mean equal content. Not
 * thread-safe; one writer per encoding.
 */
final class CanonicalWriter {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  CanonicalWriter begin(String tag) {
    return raw("{" + tag);
  }

  CanonicalWriter end() {
    return raw("}");
  }

  CanonicalWriter field(String name, String value) {
    raw(name);
    return raw(value);
  }

  CanonicalWriter field(String name, Coded value) {
    return field(name, value.code());
  }

  CanonicalWriter field(String name, Object value) {
    return field(name, String.valueOf(value));
  }

  CanonicalWriter field(String name, Optional<?> value) {
    raw(name);
    if (value.isPresent()) {
      out.write(1);
      Object v = value.get();
      raw(v instanceof Coded ? ((Coded) v).code() : String.valueOf(v));
    } else {
      out.write(0);
    }
    return this;
  }

  CanonicalWriter strings(String name, Collection<String> values) {
    raw(name);
    count(values.size());
    values.forEach(this::raw);
    return this;
  }

  CanonicalWriter map(String name, Map<String, String> values) {
    raw(name);
    Map<String, String> sorted = new TreeMap<>(values);
    count(sorted.size());
    sorted.forEach(
        (k, v) -> {
          raw(k);
          raw(v);
        });
    return this;
  }

  CanonicalWriter list(String name, int size) {
    raw(name);
    return count(size);
  }

  private CanonicalWriter count(int n) {
    out.write(n >>> 24);
    out.write(n >>> 16);
    out.write(n >>> 8);
    out.write(n);
    return this;
  }

  private CanonicalWriter raw(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    count(b.length);
    out.writeBytes(b);
    return this;
  }

  byte[] toBytes() {
    return out.toByteArray();
  }
}
