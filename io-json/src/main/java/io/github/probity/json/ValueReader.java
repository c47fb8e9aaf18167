package io.github.probity.json;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reads one JSON value; the parser is on its first token and is left on its last.
 *
 * @param <T> the value type
 */
@FunctionalInterface
interface ValueReader<T> {
  /**
   * Reads the value.
   *
   * @param p the parser, on the value's first token
   * @param st the state of the read
   * @return the value
   * @throws IOException if the input is not such a value, or cannot be read
   */
  T read(JsonParser p, ReadState st) throws IOException;
}
