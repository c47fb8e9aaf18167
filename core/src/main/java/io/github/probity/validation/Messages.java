package io.github.probity.validation;

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
 * Renders message keys with {@link MessageFormat} from the Probity bundle, then the application's
 * {@code ValidationMessages} bundle. Chinese locales map to zh_CN, all others to the English base
 * bundle; the JVM's default locale never leaks in. Stateless and thread-safe.
 */
final class Messages {
  /** The base name of Probity's own bundle. */
  static final String BUNDLE = "io.github.probity.validation.ValidationMessages";

  /** The base name of the application's bundle, the one Jakarta Validation reads too. */
  static final String APP_BUNDLE = "ValidationMessages";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  /** Returns the locale whose bundle serves the given one: zh_CN or the root (English). */
  static Locale bundleLocale(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
  }

  static boolean isChinese(Locale locale) {
    return "zh".equals(locale.getLanguage());
  }

  /** Looks a key up in Probity's bundle, then the application's. */
  static Optional<String> pattern(String key, Locale locale) {
    Locale l = bundleLocale(locale);
    Optional<String> own = lookup(BUNDLE, key, l, Messages.class.getClassLoader());
    if (own.isPresent()) {
      return own;
    }
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return lookup(APP_BUNDLE, key, l, context != null ? context : Messages.class.getClassLoader());
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
   * Renders a key; an unknown key renders as the key followed by its arguments. A single map
   * argument holds a Jakarta constraint's attributes, interpolated by name.
   */
  static String render(String key, List<?> arguments, Locale locale) {
    if (arguments.size() == 1 && arguments.get(0) instanceof Map) {
      Map<?, ?> raw = (Map<?, ?>) arguments.get(0);
      Map<String, Object> attributes = new TreeMap<>();
      raw.forEach((k, v) -> attributes.put(String.valueOf(k), v));
      return Templates.interpolate(
          pattern(key, locale).orElse("{" + key + "}"), attributes, locale);
    }
    Object[] args = new Object[arguments.size()];
    for (int i = 0; i < args.length; i++) {
      args[i] = text(arguments.get(i), locale);
    }
    Optional<String> pattern = pattern(key, locale);
    if (pattern.isEmpty()) {
      return args.length == 0 ? key : key + " " + List.of(args);
    }
    return new MessageFormat(pattern.get(), bundleLocale(locale)).format(args);
  }

  /** Renders one argument: Coded values by label in Chinese, by code otherwise. */
  static String text(Object argument, Locale locale) {
    if (argument instanceof Coded) {
      Coded c = (Coded) argument;
      return isChinese(locale) ? c.displayName() : c.code();
    }
    return String.valueOf(argument);
  }

  /** Renders a key in both the bundle's languages; used by tests and the rule table. */
  static String render(String key, Locale locale, Object... arguments) {
    return render(key, List.of(arguments), locale);
  }
}
