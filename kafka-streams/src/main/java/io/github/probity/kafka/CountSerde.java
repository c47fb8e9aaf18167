package io.github.probity.kafka;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.probity.warning.WarningLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes and reads a {@link WarningCount} as a flat JSON object: {@code
 * {"format":"probity-warning-count","unit":…,"level":…,"indicator":…,"windowStart":…,
 * "windowEnd":…,"count":…}}, the level by its code and the times in ISO-8601. Thread-safe.
 */
final class CountSerde {
  static final String FORMAT = "probity-warning-count";
  private static final JsonFactory JSON = new JsonFactory();

  private CountSerde() {}

  static byte[] write(WarningCount c) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(160);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeStringField("unit", c.unit());
      g.writeStringField("level", c.level().code());
      g.writeStringField("indicator", c.indicator());
      g.writeStringField("windowStart", c.windowStart().toString());
      g.writeStringField("windowEnd", c.windowEnd().toString());
      g.writeNumberField("count", c.count());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static WarningCount read(byte[] json) {
    Map<String, String> fields = new HashMap<>();
    try (JsonParser p = JSON.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("a warning count is a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          p.skipChildren();
        } else {
          fields.put(name, p.getText());
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("not a readable warning count: " + e.getMessage(), e);
    }
    if (!FORMAT.equals(fields.get("format"))) {
      throw new IllegalArgumentException("not a " + FORMAT + " record");
    }
    return new WarningCount(
        field(fields, "unit"),
        WarningLevel.parse(field(fields, "level")),
        field(fields, "indicator"),
        Instant.parse(field(fields, "windowStart")),
        Instant.parse(field(fields, "windowEnd")),
        Long.parseLong(field(fields, "count")));
  }

  private static String field(Map<String, String> fields, String name) {
    String v = fields.get(name);
    if (v == null) {
      throw new IllegalArgumentException("a warning count needs \"" + name + "\"");
    }
    return v;
  }
}
