package io.github.probity.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes one JSON value (after its property name, if any).
 *
 * @param <T> the value type
 */
@FunctionalInterface
interface ValueWriter<T> {
  /**
   * Writes the value.
   *
   * @param g the generator
   * @param value the value
   * @throws IOException if the output fails
   */
  void write(JsonGenerator g, T value) throws IOException;
}
