package io.github.probity.store.jdbc;

import io.github.probity.model.Coded;
import java.util.Arrays;

/** Reads the stable codes the store writes back into enum constants. */
final class Codes {
  private Codes() {}

  static <E extends Enum<E> & Coded> E parse(Class<E> type, String code) {
    for (E e : type.getEnumConstants()) {
      if (e.code().equals(code)) {
        return e;
      }
    }
    throw new StoreException(
        "Stored code "
            + code
            + " is not a "
            + type.getSimpleName()
            + "; expected one of "
            + Arrays.toString(type.getEnumConstants()));
  }
}
