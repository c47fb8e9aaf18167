package io.github.probity.internal;

import io.github.probity.model.Coded;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * Renders message keys with {@link MessageFormat} from a code's bundle, then the application's
 * {@code ValidationMessages} bundle. Chinese locales map to zh_CN, all others to the English base
 * bundle; the JVM's default locale never leaks in. Not API. Stateless and thread-safe.
 */
public final class Messages {
  /** The base name of the validation rules' bundle. */
  public static final String BUNDLE = "io.github.probity.validation.ValidationMessages";

  /** The base name of the application's bundle, the one Jakarta Validation reads too. */
  private static final String APP_BUNDLE = "ValidationMessages";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  /**
   * Returns the locale whose bundle serves the given one: zh_CN or the root (English).
   *
   * @param locale the reader's locale
   * @return zh_CN or the root locale
   */
  public static Locale bundleLocale(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
  }

  /**
   * Tells whether a locale reads Chinese.
   *
   * @param locale the locale
   * @return {@code true} for {@code zh} and its variants
   */
  public static boolean isChinese(Locale locale) {
    return "zh".equals(locale.getLanguage());
  }

  /**
   * Looks a key up in the validation rules' bundle, then the application's.
   *
   * @param key the message key
   * @param locale the reader's locale
   * @return the pattern, if either bundle has the key
   */
  public static Optional<String> pattern(String key, Locale locale) {
    return pattern(BUNDLE, Messages.class.getClassLoader(), key, locale);
  }

  /**
   * Looks a key up in a bundle, then the application's.
   *
   * @param bundle the bundle's base name
   * @param loader the class loader that sees the bundle
   * @param key the message key
   * @param locale the reader's locale
   * @return the pattern, if either bundle has the key
   */
  public static Optional<String> pattern(
      String bundle, ClassLoader loader, String key, Locale locale) {
    Locale l = bundleLocale(locale);
    Optional<String> own = lookup(bundle, key, l, loader);
    if (own.isPresent()) {
      return own;
    }
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return lookup(APP_BUNDLE, key, l, context != null ? context : loader);
  }

  private static Optional<String> lookup(
      String bundle, String key, Locale locale, ClassLoader loader) {
    try {
      ResourceBundle b = ResourceBundle.getBundle(bundle, locale, loader, NO_FALLBACK);
      return b.containsKey(key) ? Optional.of(b.getString(key)) : Optional.empty();
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }

  /**
   * Renders a key of the validation rules' bundle.
   *
   * @param key the message key
   * @param arguments the arguments
   * @param locale the reader's locale
   * @return the message
   */
  public static String render(String key, List<?> arguments, Locale locale) {
    return render(BUNDLE, Messages.class.getClassLoader(), key, arguments, locale);
  }

  /**
   * Renders a key; an unknown key renders as the key followed by its arguments. A single map
   * argument holds a Jakarta constraint's attributes, interpolated by name.
   *
   * @param bundle the bundle's base name
   * @param loader the class loader that sees the bundle
   * @param key the message key
   * @param arguments the arguments
   * @param locale the reader's locale
   * @return the message
   */
  public static String render(
      String bundle, ClassLoader loader, String key, List<?> arguments, Locale locale) {
    if (arguments.size() == 1 && arguments.get(0) instanceof Map) {
      Map<?, ?> raw = (Map<?, ?>) arguments.get(0);
      Map<String, Object> attributes = new TreeMap<>();
      raw.forEach((k, v) -> attributes.put(String.valueOf(k), v));
      return Templates.interpolate(
          pattern(bundle, loader, key, locale).orElse("{" + key + "}"), attributes, locale);
    }
    Object[] args = new Object[arguments.size()];
    for (int i = 0; i < args.length; i++) {
      args[i] = text(arguments.get(i), locale);
    }
    Optional<String> pattern = pattern(bundle, loader, key, locale);
    if (pattern.isEmpty()) {
      return args.length == 0 ? key : key + " " + List.of(args);
    }
    return new MessageFormat(pattern.get(), bundleLocale(locale)).format(args);
  }

  /**
   * Renders one argument: Coded values by label in Chinese, by code otherwise.
   *
   * @param argument the argument
   * @param locale the reader's locale
   * @return its text
   */
  public static String text(Object argument, Locale locale) {
    if (argument instanceof Coded) {
      Coded c = (Coded) argument;
      return isChinese(locale) ? c.displayName() : c.code();
    }
    return String.valueOf(argument);
  }

  /**
   * Renders a key of the validation rules' bundle; used by tests and the rule table.
   *
   * @param key the message key
   * @param locale the reader's locale
   * @param arguments the arguments
   * @return the message
   */
  public static String render(String key, Locale locale, Object... arguments) {
    return render(key, List.of(arguments), locale);
  }
}
