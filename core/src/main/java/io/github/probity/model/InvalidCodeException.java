package io.github.probity.model;

import java.util.List;

/**
 * Thrown when text cannot be parsed into an enumerated domain value; the message names the type,
 * quotes the input and lists every accepted value.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class InvalidCodeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The name of the enumerated type. */
  private final String type;

  /** The text that could not be parsed. */
  private final String input;

  /** Every accepted value, as {@code CODE(label)}. */
  @SuppressWarnings("serial") // an immutable list
  private final List<String> validValues;

  /**
   * Creates the exception.
   *
   * @param type the Chinese and English name of the enumerated type, e.g. {@code 风险等级 (RiskLevel)}
   * @param input the text that could not be parsed
   * @param validValues every accepted value, as {@code CODE(label)}
   */
  public InvalidCodeException(String type, String input, List<String> validValues) {
    super(
        "Unknown "
            + type
            + ": '"
            + input
            + "'; valid values are "
            + String.join(", ", validValues));
    this.type = type;
    this.input = input;
    this.validValues = List.copyOf(validValues);
  }

  /**
   * Returns the name of the enumerated type.
   *
   * @return the type name
   */
  public String getType() {
    return type;
  }

  /** {@return the text that could not be parsed} */
  public String getInput() {
    return input;
  }

  /**
   * Returns every accepted value, as {@code CODE(label)}.
   *
   * @return the accepted values
   */
  public List<String> getValidValues() {
    return validValues;
  }
}
