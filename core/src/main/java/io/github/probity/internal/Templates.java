package io.github.probity.internal;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Interpolates Jakarta message templates without an Expression Language: {@code {key}} from the
 * Probity bundle, the application's {@code ValidationMessages} and the provider's default bundle
 * (looked up by name, never linked), {@code {attribute}} from the constraint, and the one
 * expression form the providers' own messages use, {@code ${attr == true ? 'a' : 'b'}}. Any other
 * {@code ${…}} is dropped rather than shown raw. Escapes {@code \{ \} \$ \\} are honoured. Not API.
 * Stateless and thread-safe.
 */
public final class Templates {
  private Templates() {}

  /** The default bundle of Hibernate Validator, by name only. */
  private static final String PROVIDER_BUNDLE = "org.hibernate.validator.ValidationMessages";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private static final Pattern TERNARY =
      Pattern.compile("\\$\\{\\s*(\\w+)\\s*==\\s*true\\s*\\?\\s*'([^']*)'\\s*:\\s*'([^']*)'\\s*}");

  private static final int MAX_DEPTH = 5;

  /**
   * Interpolates a template.
   *
   * @param template the template
   * @param attributes the constraint's attributes
   * @param locale the reader's locale
   * @return the message
   */
  public static String interpolate(String template, Map<String, ?> attributes, Locale locale) {
    String s = resolve(template, attributes, locale, 0);
    s = expressions(s, attributes);
    return unescape(s);
  }

  private static String resolve(String s, Map<String, ?> attributes, Locale locale, int depth) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\\' && i + 1 < s.length()) {
        out.append(ch).append(s.charAt(++i));
        continue;
      }
      if (ch == '{' && (i == 0 || s.charAt(i - 1) != '$')) {
        int end = s.indexOf('}', i);
        if (end > i) {
          String name = s.substring(i + 1, end);
          Optional<String> value = parameter(name, attributes, locale, depth);
          if (value.isPresent()) {
            out.append(value.get());
            i = end;
            continue;
          }
        }
      }
      out.append(ch);
    }
    return out.toString();
  }

  private static Optional<String> parameter(
      String name, Map<String, ?> attributes, Locale locale, int depth) {
    if (attributes.containsKey(name)) {
      return Optional.of(text(attributes.get(name)));
    }
    if (depth >= MAX_DEPTH || name.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> pattern = Messages.pattern(name, locale).or(() -> provider(name, locale));
    return pattern.map(p -> resolve(p, attributes, locale, depth + 1));
  }

  private static Optional<String> provider(String key, Locale locale) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = Templates.class.getClassLoader();
    }
    try {
      ResourceBundle b =
          ResourceBundle.getBundle(
              PROVIDER_BUNDLE, Messages.bundleLocale(locale), loader, NO_FALLBACK);
      return b.containsKey(key) ? Optional.of(b.getString(key)) : Optional.empty();
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }

  private static String expressions(String s, Map<String, ?> attributes) {
    Matcher m = TERNARY.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      boolean on = Boolean.TRUE.equals(attributes.get(m.group(1)));
      m.appendReplacement(out, Matcher.quoteReplacement(on ? m.group(2) : m.group(3)));
    }
    m.appendTail(out);
    String rest = out.toString();
    StringBuilder clean = new StringBuilder(rest.length());
    for (int i = 0; i < rest.length(); i++) {
      char ch = rest.charAt(i);
      if (ch == '\\' && i + 1 < rest.length()) {
        clean.append(ch).append(rest.charAt(++i));
      } else if (ch == '$' && i + 1 < rest.length() && rest.charAt(i + 1) == '{') {
        int end = rest.indexOf('}', i);
        i = end < 0 ? rest.length() : end;
      } else {
        clean.append(ch);
      }
    }
    return clean.toString();
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\\' && i + 1 < s.length() && "{}$\\".indexOf(s.charAt(i + 1)) >= 0) {
        out.append(s.charAt(++i));
      } else {
        out.append(ch);
      }
    }
    return out.toString();
  }

  /**
   * Escapes literal text so that no interpolator reads it as a template.
   *
   * @param text the text
   * @return the escaped text
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if ("{}$\\".indexOf(ch) >= 0) {
        out.append('\\');
      }
      out.append(ch);
    }
    return out.toString();
  }

  /**
   * Formats an attribute value: arrays as lists, everything else by {@code toString}.
   *
   * @param value the value
   * @return its text
   */
  public static String text(Object value) {
    if (value != null && value.getClass().isArray()) {
      List<String> items = new ArrayList<>();
      for (int i = 0; i < Array.getLength(value); i++) {
        items.add(text(Array.get(value, i)));
      }
      return items.toString();
    }
    return String.valueOf(value);
  }
}
