package io.github.probity.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * How one kind of JSON value is written and read: a text, a date, a coded enum, an object of some
 * {@link ObjectSchema}. Implementations are stateless and thread-safe.
 *
 * @param <T> the value type
 */
interface ValueCodec<T> extends ValueReader<T>, ValueWriter<T> {

  /**
   * Returns a codec of a writer and a reader.
   *
   * @param <T> the value type
   * @param writer writes a value
   * @param reader reads a value
   * @return the codec
   */
  static <T> ValueCodec<T> of(ValueWriter<T> writer, ValueReader<T> reader) {
    return new ValueCodec<T>() {
      @Override
      public void write(JsonGenerator g, T value) throws IOException {
        writer.write(g, value);
      }

      @Override
      public T read(JsonParser p, ReadState st) throws IOException {
        return reader.read(p, st);
      }
    };
  }
}
