package io.github.probity.model;

/** Invariant checks used by the value types' builders; messages name the type, field and value. */
final class Checks {
  private Checks() {}

  static void id(String type, String field, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          type + "." + field + " must not be blank, was '" + value + "'");
    }
    if (!value.equals(value.strip())) {
      throw new IllegalArgumentException(
          type + "." + field + " must not start or end with spaces, was '" + value + "'");
    }
  }

  static void range(String type, String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          type + "." + field + " must be between " + min + " and " + max + ", was " + value);
    }
  }
}
