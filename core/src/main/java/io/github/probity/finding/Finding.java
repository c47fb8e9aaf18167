package io.github.probity.finding;

import io.github.probity.internal.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing found wrong, by whoever found it: its {@link FindingCode}, how grave, where (a {@link
 * Location} in the input's own terms) and a message, from the code's bundle in Chinese or English,
 * with the finding's arguments.
 *
 * <p>Arguments are strings, numbers, dates or {@link io.github.probity.model.Coded} values (shown
 * by label in Chinese and by code otherwise). Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Finding {
  Finding() {}

  /** {@return the code: what kind of finding this is} */
  public abstract FindingCode getCode();

  /**
   * {@return how grave it is: the code's severity unless the reporter chose another (a rule set may
   * override a rule's severity)}
   */
  @Value.Default
  public Severity getSeverity() {
    return getCode().severity();
  }

  /**
   * {@return where it is: a model path, a workbook cell, a JSON pointer or a plan field; test the
   * kind with {@code instanceof} to read its parts}
   */
  public abstract Location getLocation();

  /**
   * {@return the key of the message in the code's bundle: the code itself unless one code has
   * several messages}
   */
  @Value.Default
  public String getMessageKey() {
    return getCode().code();
  }

  /** {@return the message arguments, in the order the message uses them} */
  public abstract List<Object> getArguments();

  /**
   * Renders the message in the given locale: zh_CN for Chinese locales, English for all others. The
   * message names no location; {@link #describe(Locale)} adds it.
   *
   * @param locale the reader's locale
   * @return the rendered sentence; for a key neither the code's bundle nor the application's {@code
   *     ValidationMessages} holds, the key followed by the arguments, never an exception
   */
  public String message(Locale locale) {
    FindingCode code = getCode();
    ClassLoader loader = code.getClass().getClassLoader();
    return Messages.render(
        code.messageBundle(),
        loader != null ? loader : Finding.class.getClassLoader(),
        getMessageKey(),
        getArguments(),
        locale);
  }

  /** {@return the message in zh_CN, the default display language; as {@link #message(Locale)}} */
  public String message() {
    return message(Locale.SIMPLIFIED_CHINESE);
  }

  /**
   * Renders the finding as one located sentence: location (with a cell's header), message and, for
   * a cell, the value found there, e.g. {@code 附件3 个人!G12 [风险等级]：无法识别的风险等级（原值：“较高”）}.
   *
   * @param locale the reader's locale
   * @return the sentence
   */
  public String describe(Locale locale) {
    boolean zh = Messages.isChinese(locale);
    StringBuilder sb = new StringBuilder();
    Location location = getLocation();
    if (!location.text().isEmpty()) {
      sb.append(location.text());
      header().ifPresent(h -> sb.append(" [").append(h).append(']'));
      sb.append(zh ? "：" : ": ");
    }
    sb.append(message(locale));
    rawValue()
        .ifPresent(
            v -> sb.append(zh ? "（原值：“" : " (value: \"").append(v).append(zh ? "”）" : "\")"));
    return sb.toString();
  }

  private Optional<String> header() {
    return getLocation() instanceof Location.Cell
        ? ((Location.Cell) getLocation()).header()
        : Optional.empty();
  }

  private Optional<String> rawValue() {
    return getLocation() instanceof Location.Cell
        ? ((Location.Cell) getLocation()).rawValue()
        : Optional.empty();
  }

  @Override
  public String toString() {
    return getSeverity().code() + " " + getCode().code() + " " + describe(Locale.ROOT);
  }

  /**
   * Returns a finding with its code's severity and message.
   *
   * @param code the code
   * @param location where it is
   * @param arguments the message arguments
   * @return the finding
   */
  public static Finding of(FindingCode code, Location location, Object... arguments) {
    return builder().code(code).location(location).addArguments(arguments).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }
}
