package io.github.probity.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.jspecify.annotations.Nullable;

/**
 * How far one unit has been evaluated: the last evaluated signal's time and id, and how many
 * signals have been evaluated in all. A signal that does not sort after the head is late.
 * Immutable.
 */
final class Head {
  static final Head NONE = new Head(Instant.MIN, "", 0);

  final Instant time;
  final String id;
  final long count;

  Head(Instant time, String id, long count) {
    this.time = time;
    this.id = id;
    this.count = count;
  }

  /** Whether a signal with this time and id sorts after the head. */
  boolean before(Instant t, String signalId) {
    int c = t.compareTo(time);
    return c > 0 || (c == 0 && signalId.compareTo(id) > 0);
  }

  /** The store serde: count, time key and id, separated by {@link Keys#SEP}. */
  static final class HeadSerde implements Serde<Head>, Serializer<Head>, Deserializer<Head> {
    @Override
    public byte @Nullable [] serialize(String topic, @Nullable Head h) {
      if (h == null) {
        return null;
      }
      String s = Long.toString(h.count) + Keys.SEP + Keys.time(h.time) + Keys.SEP + h.id;
      return s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public @Nullable Head deserialize(String topic, byte @Nullable [] data) {
      if (data == null) {
        return null;
      }
      String s = new String(data, StandardCharsets.UTF_8);
      int a = s.indexOf(Keys.SEP);
      long count = Long.parseLong(s.substring(0, a));
      Instant time = Keys.parseTime(s, a + 1);
      String id = s.substring(a + 1 + Keys.TIME_LENGTH + 1);
      return new Head(time, id, count);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {}

    @Override
    public void close() {}

    @Override
    public Serializer<Head> serializer() {
      return this;
    }

    @Override
    public Deserializer<Head> deserializer() {
      return this;
    }
  }
}
