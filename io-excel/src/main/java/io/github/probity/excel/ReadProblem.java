package io.github.probity.excel;

import io.github.probity.validation.Severity;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A problem met while reading a workbook: its stable code and severity, where it is ({@code 附件3
 * 个人!C12} and the header of that column), the raw cell value and a message in Chinese and English.
 * Row-level problems that say the row was not read have {@link #isRowDropped()} set.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReadProblem {
  ReadProblem() {}

  /**
   * Returns the problem's code.
   *
   * @return the code
   */
  public abstract ProblemCode getCode();

  /**
   * Returns the severity, that of the code.
   *
   * @return the severity
   */
  @Value.Derived
  public Severity getSeverity() {
    return getCode().severity();
  }

  /**
   * Returns the sheet's name, empty for a workbook-level problem.
   *
   * @return the sheet name
   */
  public abstract Optional<String> getSheet();

  /**
   * Returns the 1-based row number, empty for a sheet-level problem.
   *
   * @return the row number
   */
  public abstract OptionalInt getRow();

  /**
   * Returns the cell reference such as {@code C12}, empty for a row- or sheet-level problem.
   *
   * @return the cell reference
   */
  public abstract Optional<String> getCell();

  /**
   * Returns the header of the cell's column as printed in the file.
   *
   * @return the header
   */
  public abstract Optional<String> getHeader();

  /**
   * Returns the raw value of the cell (or the row's first text for a row-level problem).
   *
   * @return the raw value
   */
  public abstract Optional<String> getRawValue();

  /**
   * Tells whether the row was left out of the result because of this problem.
   *
   * @return {@code true} if the row was not read
   */
  @Value.Default
  public boolean isRowDropped() {
    return false;
  }

  /**
   * Returns the location: {@code sheet!C12}, {@code sheet!12} for a row, {@code sheet} for a sheet,
   * empty text for the workbook.
   *
   * @return the location
   */
  public String location() {
    if (getSheet().isEmpty()) {
      return "";
    }
    String sheet = getSheet().get();
    if (getCell().isPresent()) {
      return sheet + "!" + getCell().get();
    }
    return getRow().isPresent() ? sheet + "!" + getRow().getAsInt() : sheet;
  }

  /**
   * Returns the message in Chinese for {@link Locale#CHINESE} and its variants, English otherwise,
   * with location, header and raw value appended.
   *
   * @param locale the reader's locale
   * @return the message
   */
  public String message(Locale locale) {
    boolean zh = "zh".equals(locale.getLanguage());
    StringBuilder sb = new StringBuilder();
    if (!location().isEmpty()) {
      sb.append(location());
      getHeader().ifPresent(h -> sb.append(" [").append(h).append(']'));
      sb.append(zh ? "：" : ": ");
    }
    sb.append(zh ? getCode().messageZh() : getCode().messageEn());
    getRawValue()
        .ifPresent(
            v -> sb.append(zh ? "（原值：“" : " (value: \"").append(v).append(zh ? "”）" : "\")"));
    return sb.toString();
  }

  @Override
  public String toString() {
    return getSeverity().code() + " " + getCode().code() + " " + message(Locale.ENGLISH);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReadProblem}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableReadProblem.Builder {
    Builder() {}
  }
}
