package io.github.probity.grading;

import org.immutables.value.Value;

/**
 * One line of a grade's explanation: a factor, rule or override that contributed to the level, with
 * a stable key and the same text in Chinese and English.
 *
 * <p>Invariant: the key is non-blank. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Reason {
  Reason() {}

  /**
   * {@return the stable key of the line, e.g. {@code factor.importance} or {@code override.floor}}
   */
  public abstract String getKey();

  /**
   * Returns the line in Chinese.
   *
   * @return the Chinese text
   */
  public abstract String getChinese();

  /**
   * Returns the line in English.
   *
   * @return the English text
   */
  public abstract String getEnglish();

  /**
   * {@return the text in the given language: Chinese for any {@code zh} locale, otherwise English}
   *
   * @param locale the locale
   */
  public String text(java.util.Locale locale) {
    return "zh".equals(locale.getLanguage()) ? getChinese() : getEnglish();
  }

  @Value.Check
  void check() {
    if (getKey().isBlank()) {
      throw new IllegalArgumentException("Reason.key must not be blank");
    }
  }

  /**
   * Returns a reason.
   *
   * @param key the stable key
   * @param chinese the Chinese text
   * @param english the English text
   * @return the reason
   */
  public static Reason of(String key, String chinese, String english) {
    return builder().key(key).chinese(chinese).english(english).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Reason}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableReason.Builder {
    Builder() {}
  }
}
