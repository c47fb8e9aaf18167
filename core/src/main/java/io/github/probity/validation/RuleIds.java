package io.github.probity.validation;

/** Checks rule ids: non-blank and free of white space. */
final class RuleIds {
  private RuleIds() {}

  static String check(String id) {
    if (id.isBlank() || id.codePoints().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(
          "rule id must be non-blank and contain no spaces, was '" + id + "'");
    }
    return id;
  }
}
