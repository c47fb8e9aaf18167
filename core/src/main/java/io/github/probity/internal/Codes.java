package io.github.probity.internal;

import io.github.probity.model.Coded;
import io.github.probity.model.InvalidCodeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Parses text into a coded enum through a lookup table of its codes, labels and synonyms; the one
 * parser behind every {@code parse(String)} of core's enums. Not API. Immutable after construction
 * and thread-safe.
 *
 * @param <E> the enum type
 */
public final class Codes<E extends Enum<E> & Coded> {
  private final String typeName;
  private final Map<String, E> byKey = new HashMap<>();
  private final List<String> valid = new ArrayList<>();

  private Codes(String typeName) {
    this.typeName = typeName;
  }

  /**
   * Builds the table for an enum whose constants answer to their code and label only.
   *
   * @param typeName the Chinese and English name of the type, e.g. {@code 风险等级 (RiskLevel)}
   * @param type the enum class
   * @param <E> the enum type
   * @return the table
   * @throws IllegalStateException if two constants answer to the same text
   */
  public static <E extends Enum<E> & Coded> Codes<E> of(String typeName, Class<E> type) {
    return of(typeName, type, e -> List.of());
  }

  /**
   * Builds the table for an enum: each constant answers to its code, its label and the synonyms the
   * given function returns.
   *
   * @param typeName the Chinese and English name of the type, e.g. {@code 风险等级 (RiskLevel)}
   * @param type the enum class
   * @param synonyms the documented synonyms of each constant
   * @param <E> the enum type
   * @return the table
   * @throws IllegalStateException if two constants answer to the same text
   */
  public static <E extends Enum<E> & Coded> Codes<E> of(
      String typeName, Class<E> type, Function<E, List<String>> synonyms) {
    Codes<E> codes = new Codes<>(typeName);
    for (E e : type.getEnumConstants()) {
      codes.valid.add(e.code() + "(" + e.displayName() + ")");
      codes.put(e.code(), e);
      codes.put(e.displayName(), e);
      for (String s : synonyms.apply(e)) {
        codes.put(s, e);
      }
    }
    return codes;
  }

  private void put(String key, E value) {
    E previous = byKey.put(normalize(key), value);
    if (previous != null && previous != value) {
      throw new IllegalStateException("ambiguous synonym " + key + " in " + typeName);
    }
  }

  /**
   * Parses a code, label or synonym, ignoring case and surrounding (also full-width) spaces.
   *
   * @param text the text to parse
   * @return the constant
   * @throws InvalidCodeException if the text names no constant; the message lists the valid values
   */
  public E parse(String text) {
    E e = byKey.get(normalize(text));
    if (e == null) {
      throw new InvalidCodeException(typeName, text, valid);
    }
    return e;
  }

  /** Trims ASCII and full-width white space and folds case, so " high　" matches HIGH. */
  private static String normalize(String text) {
    return text.strip().toUpperCase(Locale.ROOT);
  }
}
