package io.github.probity.warning;

import io.github.probity.model.Coded;
import io.github.probity.model.InvalidCodeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Parses the package's coded enums by code or Chinese label. */
final class Enums {
  private Enums() {}

  static <E extends Enum<E> & Coded> E parse(String typeName, Class<E> type, String text) {
    String key = text.strip().toUpperCase(Locale.ROOT);
    List<String> valid = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      if (e.code().equals(key) || e.displayName().equals(key)) {
        return e;
      }
      valid.add(e.code() + "(" + e.displayName() + ")");
    }
    throw new InvalidCodeException(typeName, text, valid);
  }
}
