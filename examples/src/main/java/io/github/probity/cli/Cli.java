package io.github.probity.cli;

import io.github.probity.model.Coded;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the subcommands share: the exit codes, the message language, the messages and a failure that
 * carries its exit code. Stateless.
 *
 * <p>Messages are keys of the {@code io/github/probity/cli/CliMessages} bundle: {@code
 * CliMessages_zh_CN.properties} for Chinese locales, the English base bundle otherwise, rendered
 * with {@link MessageFormat}; the JVM's default locale never picks a bundle.
 */
final class Cli {
  /** Success. */
  static final int OK = 0;

  /** The input was read but has errors (validation errors, dropped rows, merge conflicts). */
  static final int FINDINGS = 1;

  /** Bad usage: unknown command or option, missing argument, unsupported file type or annex. */
  static final int USAGE = 2;

  /** An input file could not be read: missing, refused workbook, malformed document. */
  static final int UNREADABLE = 3;

  /** Output could not be written, or an unexpected failure. */
  static final int FAILURE = 4;

  private static final String BUNDLE = "io.github.probity.cli.CliMessages";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Cli() {}

  /**
   * Returns the message language: the {@code --lang} option if given, else the default locale
   * (Chinese for any {@code zh} locale, English otherwise).
   */
  static Locale locale(CommandSpec spec) {
    Object root = spec.root().userObject();
    if (root instanceof Main) {
      Main.Lang lang = ((Main) root).lang;
      if (lang != null) {
        return lang == Main.Lang.zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
      }
    }
    return isZh(Locale.getDefault()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
  }

  static boolean isZh(Locale locale) {
    return "zh".equals(locale.getLanguage());
  }

  /**
   * Renders a message of the command line's bundle. Arguments are printed as text: a {@link Coded}
   * value by its Chinese label in Chinese and by its code otherwise, anything else by {@code
   * String.valueOf} (so numbers get no grouping separators).
   *
   * @throws java.util.MissingResourceException if the bundle lacks the key
   */
  static String text(Locale locale, String key, @Nullable Object... arguments) {
    Locale bundleLocale = isZh(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
    ResourceBundle bundle =
        ResourceBundle.getBundle(BUNDLE, bundleLocale, Cli.class.getClassLoader(), NO_FALLBACK);
    Object[] texts = new Object[arguments.length];
    for (int i = 0; i < texts.length; i++) {
      texts[i] =
          arguments[i] instanceof Coded
              ? label((Coded) arguments[i], locale)
              : String.valueOf(arguments[i]);
    }
    return new MessageFormat(bundle.getString(key), bundleLocale).format(texts);
  }

  /** Returns a code's Chinese label in Chinese, its stable code otherwise. */
  static String label(Coded value, Locale locale) {
    return isZh(locale) ? value.displayName() : value.code();
  }

  /** A failure with its exit code and a message already in the user's language. */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The exit code. */
    final int exitCode;

    Failure(int exitCode, String message) {
      super(message);
      this.exitCode = exitCode;
    }

    Failure(int exitCode, String message, Throwable cause) {
      super(message, cause);
      this.exitCode = exitCode;
    }
  }
}
