package io.github.probity.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Parses text into coded enums through a lookup table of codes, labels and synonyms. */
final class Codes<E extends Enum<E> & Coded> {
  private final String typeName;
  private final Map<String, E> byKey = new HashMap<>();
  private final List<String> valid = new ArrayList<>();

  private Codes(String typeName) {
    this.typeName = typeName;
  }

  /**
   * Builds the table for an enum: each constant answers to its code, its label and the synonyms the
   * given function returns.
   */
  static <E extends Enum<E> & Coded> Codes<E> of(
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

  E parse(String text) {
    E e = byKey.get(normalize(text));
    if (e == null) {
      throw new InvalidCodeException(typeName, text, valid);
    }
    return e;
  }

  /** Trims ASCII and full-width white space and folds case, so " high　" matches HIGH. */
  static String normalize(String text) {
    return text.strip().toUpperCase(Locale.ROOT);
  }
}
