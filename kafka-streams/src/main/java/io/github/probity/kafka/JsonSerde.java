package io.github.probity.kafka;

import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.jspecify.annotations.Nullable;

/**
 * A serde over an io-json document type. A {@code null} payload (a tombstone) reads as {@code
 * null}; a document that cannot be read fails with a {@link SerializationException} that carries
 * the located findings, for the application's deserialization exception handler. Thread-safe.
 */
final class JsonSerde<T> implements Serde<T>, Serializer<T>, Deserializer<T> {
  private final String what;
  private final Function<T, byte[]> writer;
  private final Function<byte[], T> reader;

  JsonSerde(String what, Function<T, byte[]> writer, Function<byte[], T> reader) {
    this.what = what;
    this.writer = writer;
    this.reader = reader;
  }

  @Override
  public byte @Nullable [] serialize(String topic, @Nullable T data) {
    return data == null ? null : writer.apply(data);
  }

  @Override
  public @Nullable T deserialize(String topic, byte @Nullable [] data) {
    if (data == null) {
      return null;
    }
    try {
      return reader.apply(data);
    } catch (RuntimeException e) {
      throw new SerializationException(
          "Not a readable " + what + " record in topic " + topic + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {}

  @Override
  public void close() {}

  @Override
  public Serializer<T> serializer() {
    return this;
  }

  @Override
  public Deserializer<T> deserializer() {
    return this;
  }
}
