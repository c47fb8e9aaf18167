package io.github.probity.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shape of one object type, each property stated once: its name, how it is taken from a
 * value and written, and how it is read into a builder. The same description drives both sides.
 *
 * <p>Writing puts the properties in the order they are declared, which is the canonical order, so
 * equal values give identical bytes; absent optional values are omitted. Reading takes the
 * properties in any order, detects duplicate keys, treats unknown properties and {@code null} as
 * the {@link ReadMode} says, and builds the value at the object's end, where the model's refusals
 * become findings located at the object's start.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the value type
 * @param <B> what the reader fills: the model's builder, or a holder for a value that has none
 */
final class ObjectSchema<T, B> implements ValueCodec<T> {

  /**
   * Turns what was read into the value, at the end of its object.
   *
   * @param <B> what the reader filled
   * @param <T> the value type
   */
  @FunctionalInterface
  interface Finisher<B, T> {
    /**
     * Returns the value.
     *
     * @param builder what the reader filled
     * @param p the parser, on the object's end
     * @param st the state of the read
     * @param start where the object starts
     * @return the value
     * @throws IOException if the value cannot be made; a {@link DocumentProblem} locates why
     */
    T finish(B builder, JsonParser p, ReadState st, JsonLocation start) throws IOException;
  }

  /**
   * Reads one property's value into what the reader fills.
   *
   * @param <B> what the reader fills
   */
  @FunctionalInterface
  interface PropertyReader<B> {
    /**
     * Reads the value, the parser on its first token, and hands it to the builder.
     *
     * @param p the parser
     * @param st the state of the read
     * @param builder what the reader fills
     * @throws IOException if the value cannot be read
     */
    void read(JsonParser p, ReadState st, B builder) throws IOException;
  }

  /**
   * Writes one property of a value, name and value, or nothing when it is absent.
   *
   * @param <T> the value type
   */
  @FunctionalInterface
  private interface PropertyWriter<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  /** One property: its name, its place, and how it is written and read. */
  private static final class Property<T, B> {
    final String name;
    final int index;
    final PropertyWriter<T> writer;
    final PropertyReader<B> reader;

    Property(String name, int index, PropertyWriter<T> writer, PropertyReader<B> reader) {
      this.name = name;
      this.index = index;
      this.writer = writer;
      this.reader = reader;
    }
  }

  private final Supplier<? extends B> newBuilder;
  private final Finisher<B, T> finisher;
  private final Property<T, B>[] properties;
  private final Map<String, Property<T, B>> byName;

  @SuppressWarnings({"unchecked", "rawtypes"})
  private ObjectSchema(
      Supplier<? extends B> newBuilder, Finisher<B, T> finisher, List<Property<T, B>> properties) {
    this.newBuilder = newBuilder;
    this.finisher = finisher;
    this.properties = properties.toArray(new Property[0]);
    this.byName = new HashMap<>();
    for (Property<T, B> p : properties) {
      if (byName.put(p.name, p) != null) {
        throw new IllegalStateException("property " + p.name + " is declared twice");
      }
    }
  }

  /**
   * Starts the schema of a value made by a builder; the model's refusals at {@code build} (a
   * missing required attribute, an invalid value, a broken reference) become located findings.
   *
   * @param <T> the value type
   * @param <B> the builder type
   * @param newBuilder makes an empty builder
   * @param build builds the value
   * @return the schema's builder
   */
  static <T, B> Builder<T, B> of(
      Supplier<? extends B> newBuilder, Function<? super B, ? extends T> build) {
    return new Builder<>(newBuilder, (b, p, st, start) -> st.build(p, start, () -> build.apply(b)));
  }

  /**
   * Starts the schema of a value that is made from what was read in some other way.
   *
   * @param <T> the value type
   * @param <B> what the reader fills
   * @param newBuilder makes what the reader fills
   * @param finisher makes the value
   * @return the schema's builder
   */
  static <T, B> Builder<T, B> finishedBy(
      Supplier<? extends B> newBuilder, Finisher<B, T> finisher) {
    return new Builder<>(newBuilder, finisher);
  }

  /**
   * Returns the exception a holder's {@code build} throws for missing properties, which reading
   * reports as {@link JsonFindingCode#MISSING_PROPERTY} naming them.
   *
   * @param names the missing properties, comma-separated
   * @return the exception
   */
  static IllegalStateException missing(String names) {
    return new IllegalStateException("required properties are not set [" + names + "]");
  }

  // ------------------------------------------------------------------ writing

  @Override
  public void write(JsonGenerator g, T value) throws IOException {
    g.writeStartObject();
    for (Property<T, B> p : properties) {
      p.writer.write(g, value);
    }
    g.writeEndObject();
  }

  /**
   * Writes the properties declared before one, inside an object the caller opened.
   *
   * @param g the generator
   * @param value the value
   * @param name the first property not written
   * @throws IOException if the output fails
   */
  void writeBefore(JsonGenerator g, T value, String name) throws IOException {
    for (Property<T, B> p : properties) {
      if (p.name.equals(name)) {
        return;
      }
      p.writer.write(g, value);
    }
  }

  /**
   * Returns the names of the properties declared before one.
   *
   * @param name a property
   * @return the names before it, in order
   */
  List<String> namesBefore(String name) {
    List<String> out = new ArrayList<>();
    for (Property<T, B> p : properties) {
      if (p.name.equals(name)) {
        break;
      }
      out.add(p.name);
    }
    return List.copyOf(out);
  }

  // ------------------------------------------------------------------ reading

  @Override
  public T read(JsonParser p, ReadState st) throws IOException {
    return read(p, st, newBuilder.get());
  }

  /**
   * Reads an object into a builder the caller made, e.g. a holder that knows its context.
   *
   * @param p the parser, on the object's start
   * @param st the state of the read
   * @param builder what the reader fills
   * @return the value
   * @throws IOException if the object cannot be read
   */
  T read(JsonParser p, ReadState st, B builder) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    int next = 0;
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      Property<T, B> property = property(f, next);
      if (property == null) {
        st.unknown(p, f);
      } else {
        property.reader.read(p, st, builder);
        next = property.index + 1;
      }
    }
    return finisher.finish(builder, p, st, start);
  }

  /**
   * Reads one property of an object whose loop the caller runs, the parser on its value.
   *
   * @param p the parser
   * @param st the state of the read
   * @param builder what the reader fills
   * @param name the property's name
   * @return {@code false} if the schema has no such property (nothing was read)
   * @throws IOException if the value cannot be read
   */
  boolean readProperty(JsonParser p, ReadState st, B builder, String name) throws IOException {
    Property<T, B> property = byName.get(name);
    if (property == null) {
      return false;
    }
    property.reader.read(p, st, builder);
    return true;
  }

  /**
   * Returns what a name names, trying first the property that follows the last one read: in a
   * document in canonical order, that is the one.
   */
  private @Nullable Property<T, B> property(String name, int next) {
    if (next < properties.length && properties[next].name.equals(name)) {
      return properties[next];
    }
    return byName.get(name);
  }

  /**
   * Reads a JSON array, each element with a reader, handing each to a sink as it is read.
   *
   * @param <V> the element type
   * @param <S> the sink
   * @param p the parser, on the array's start
   * @param st the state of the read
   * @param element reads one element
   * @param sink receives the elements
   * @param add hands an element to the sink
   * @throws IOException if the array cannot be read
   */
  static <V, S> void readArray(
      JsonParser p, ReadState st, ValueReader<V> element, S sink, BiConsumer<S, ? super V> add)
      throws IOException {
    st.expect(p, JsonToken.START_ARRAY, "array");
    while (p.nextToken() != JsonToken.END_ARRAY) {
      add.accept(sink, element.read(p, st));
    }
  }

  /**
   * Collects the properties of a schema, in canonical order. Not thread-safe.
   *
   * @param <T> the value type
   * @param <B> what the reader fills
   */
  static final class Builder<T, B> {
    private final Supplier<? extends B> newBuilder;
    private final Finisher<B, T> finisher;
    private final List<Property<T, B>> properties = new ArrayList<>();

    private Builder(Supplier<? extends B> newBuilder, Finisher<B, T> finisher) {
      this.newBuilder = newBuilder;
      this.finisher = finisher;
    }

    private Builder<T, B> add(String name, PropertyWriter<T> writer, PropertyReader<B> reader) {
      properties.add(new Property<>(name, properties.size(), writer, reader));
      return this;
    }

    /**
     * Adds a text property that is always written; {@code null} is not a value of it. (The most
     * common kind of property, so written and read without a {@link ValueCodec} in between.)
     *
     * @param name the name
     * @param getter takes the value
     * @param setter hands a value read to the builder
     * @return this builder
     */
    Builder<T, B> text(
        String name, Function<? super T, String> getter, BiConsumer<? super B, String> setter) {
      SerializedString key = new SerializedString(name);
      return add(
          name,
          (g, v) -> {
            g.writeFieldName(key);
            g.writeString(getter.apply(v));
          },
          (p, st, b) -> setter.accept(b, st.text(p)));
    }

    /**
     * Adds a text property that is written when present; {@code null} reads as absent in lenient
     * mode (with a warning) and is an error in strict mode.
     *
     * @param name the name
     * @param getter takes the value, if any
     * @param setter hands a value read to the builder
     * @return this builder
     */
    Builder<T, B> optionalText(
        String name,
        Function<? super T, Optional<String>> getter,
        BiConsumer<? super B, String> setter) {
      SerializedString key = new SerializedString(name);
      return add(
          name,
          (g, v) -> {
            Optional<String> value = getter.apply(v);
            if (value.isPresent()) {
              g.writeFieldName(key);
              g.writeString(value.get());
            }
          },
          (p, st, b) -> {
            if (st.present(p)) {
              setter.accept(b, st.text(p));
            }
          });
    }

    /**
     * Adds a property that is always written; {@code null} is not a value of it.
     *
     * @param <V> the property's type
     * @param name the name
     * @param type how the value is written and read
     * @param getter takes the value
     * @param setter hands a value read to the builder
     * @return this builder
     */
    <V> Builder<T, B> required(
        String name,
        ValueCodec<V> type,
        Function<? super T, ? extends V> getter,
        BiConsumer<? super B, ? super V> setter) {
      SerializedString key = new SerializedString(name);
      return add(
          name,
          (g, v) -> {
            g.writeFieldName(key);
            type.write(g, getter.apply(v));
          },
          (p, st, b) -> setter.accept(b, type.read(p, st)));
    }

    /**
     * Adds a property that is written when present; {@code null} reads as absent in lenient mode
     * (with a warning) and is an error in strict mode.
     *
     * @param <V> the property's type
     * @param name the name
     * @param type how the value is written and read
     * @param getter takes the value, if any
     * @param setter hands a value read to the builder
     * @return this builder
     */
    <V> Builder<T, B> optional(
        String name,
        ValueCodec<V> type,
        Function<? super T, ? extends Optional<? extends V>> getter,
        BiConsumer<? super B, ? super V> setter) {
      return whenPresent(
          name,
          type,
          getter,
          (p, st, b) -> {
            if (st.present(p)) {
              setter.accept(b, type.read(p, st));
            }
          });
    }

    /**
     * Adds a property that is written when present but, when given, may not be {@code null}.
     *
     * @param <V> the property's type
     * @param name the name
     * @param type how the value is written and read
     * @param getter takes the value, if it is to be written
     * @param setter hands a value read to the builder
     * @return this builder
     */
    <V> Builder<T, B> omissible(
        String name,
        ValueCodec<V> type,
        Function<? super T, ? extends Optional<? extends V>> getter,
        BiConsumer<? super B, ? super V> setter) {
      return whenPresent(name, type, getter, (p, st, b) -> setter.accept(b, type.read(p, st)));
    }

    private <V> Builder<T, B> whenPresent(
        String name,
        ValueWriter<V> type,
        Function<? super T, ? extends Optional<? extends V>> getter,
        PropertyReader<B> reader) {
      SerializedString key = new SerializedString(name);
      return add(
          name,
          (g, v) -> {
            Optional<? extends V> value = getter.apply(v);
            if (value.isPresent()) {
              g.writeFieldName(key);
              type.write(g, value.get());
            }
          },
          reader);
    }

    /**
     * Adds an array property that is always written, each element handed to the builder as it is
     * read.
     *
     * @param <V> the element type
     * @param name the name
     * @param element how an element is written and read
     * @param getter takes the elements
     * @param adder hands an element read to the builder
     * @return this builder
     */
    <V> Builder<T, B> list(
        String name,
        ValueCodec<V> element,
        Function<? super T, ? extends Collection<? extends V>> getter,
        BiConsumer<? super B, ? super V> adder) {
      return array(name, element, getter, adder, false);
    }

    /**
     * Adds an array property that is written only when it has elements; when given, it is read like
     * {@link #list}.
     *
     * @param <V> the element type
     * @param name the name
     * @param element how an element is written and read
     * @param getter takes the elements
     * @param adder hands an element read to the builder
     * @return this builder
     */
    <V> Builder<T, B> nonEmptyList(
        String name,
        ValueCodec<V> element,
        Function<? super T, ? extends Collection<? extends V>> getter,
        BiConsumer<? super B, ? super V> adder) {
      return array(name, element, getter, adder, true);
    }

    private <V> Builder<T, B> array(
        String name,
        ValueCodec<V> element,
        Function<? super T, ? extends Collection<? extends V>> getter,
        BiConsumer<? super B, ? super V> adder,
        boolean omitEmpty) {
      SerializedString key = new SerializedString(name);
      return add(
          name,
          (g, v) -> {
            Collection<? extends V> values = getter.apply(v);
            if (!omitEmpty || !values.isEmpty()) {
              g.writeFieldName(key);
              writeArray(g, element, values);
            }
          },
          (p, st, b) -> readArray(p, st, element, b, adder));
    }

    /**
     * Adds a property that is always written, with its own writer and reader.
     *
     * @param name the name
     * @param writer writes the property's value, taken from the whole value
     * @param reader reads the property's value into the builder
     * @return this builder
     */
    Builder<T, B> property(String name, ValueWriter<? super T> writer, PropertyReader<B> reader) {
      SerializedString key = new SerializedString(name);
      return add(
          name,
          (g, v) -> {
            g.writeFieldName(key);
            writer.write(g, v);
          },
          reader);
    }

    /**
     * Builds the schema.
     *
     * @return the schema
     */
    ObjectSchema<T, B> build() {
      return new ObjectSchema<>(newBuilder, finisher, properties);
    }
  }

  /**
   * Writes a JSON array of values.
   *
   * @param <V> the element type
   * @param g the generator
   * @param element writes one element
   * @param values the elements, in order
   * @throws IOException if the output fails
   */
  static <V> void writeArray(JsonGenerator g, ValueWriter<V> element, Iterable<? extends V> values)
      throws IOException {
    g.writeStartArray();
    for (V v : values) {
      element.write(g, v);
    }
    g.writeEndArray();
  }
}
