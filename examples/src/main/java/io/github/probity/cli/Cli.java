package io.github.probity.cli;

import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the subcommands share: the exit codes, the message language and a failure that carries its
 * exit code. Stateless.
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

  /** Picks the Chinese or the English text. */
  static String t(Locale locale, String zh, String en) {
    return isZh(locale) ? zh : en;
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
