package io.github.probity.json;

import io.github.probity.validation.Severity;
import java.util.List;

/**
 * One problem found while reading a JSON document: its stable code, severity, where it is (a JSON
 * pointer such as {@code /ledger/riskPoints/3/level}, and a 1-based line and column, or {@code -1}
 * when unknown) and messages in Chinese and English.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the stable code
 * @param severity the severity
 * @param pointer the JSON pointer (RFC 6901) of the offending value; {@code ""} for the document
 * @param line the 1-based line, or {@code -1} when unknown
 * @param column the 1-based column, or {@code -1} when unknown
 * @param arguments the message arguments, e.g. the offending value
 */
public record JsonFinding(
    JsonFindingCode code,
    Severity severity,
    String pointer,
    int line,
    int column,
    List<String> arguments) {

  /**
   * Copies the arguments.
   *
   * @param code the stable code
   * @param severity the severity
   * @param pointer the JSON pointer
   * @param line the 1-based line, or {@code -1}
   * @param column the 1-based column, or {@code -1}
   * @param arguments the message arguments
   * @throws IllegalArgumentException if line or column is below {@code -1}
   */
  public JsonFinding {
    arguments = List.copyOf(arguments);
    if (line < -1 || column < -1) {
      throw new IllegalArgumentException("line and column must be -1 or positive");
    }
  }

  /**
   * Returns a finding with the code's own severity.
   *
   * @param code the code
   * @param pointer the JSON pointer
   * @param line the line, or {@code -1}
   * @param column the column, or {@code -1}
   * @param arguments the message arguments
   * @return the finding
   */
  public static JsonFinding of(
      JsonFindingCode code, String pointer, int line, int column, String... arguments) {
    return new JsonFinding(code, code.severity(), pointer, line, column, List.of(arguments));
  }

  /**
   * Returns the message in Chinese.
   *
   * @return the message
   */
  public String messageZh() {
    return code.messageZh(arguments);
  }

  /**
   * Returns the message in English.
   *
   * @return the message
   */
  public String messageEn() {
    return code.messageEn(arguments);
  }

  /**
   * Returns where the finding is, as {@code pointer (line L, column C)}.
   *
   * @return the location
   */
  public String location() {
    String p = pointer.isEmpty() ? "/" : pointer;
    return line < 0 ? p : p + " (line " + line + ", column " + column + ")";
  }

  @Override
  public String toString() {
    return severity.code() + " " + code.code() + " at " + location() + ": " + messageEn();
  }
}
