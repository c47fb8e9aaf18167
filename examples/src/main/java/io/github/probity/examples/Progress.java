package io.github.probity.examples;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import org.jspecify.annotations.Nullable;

/**
 * A one-line progress bar on stderr, for long runs over many rows. It draws only when the console
 * is a terminal and the work has at least {@link #THRESHOLD} steps, so redirected output and small
 * files stay clean. Not thread-safe: one bar per command.
 */
final class Progress {
  /** The fewest steps that get a bar. */
  static final long THRESHOLD = 5_000;

  private static final int WIDTH = 30;

  private final @Nullable PrintWriter err;
  private final String label;
  private final long total;
  private long done;
  private int shown = -1;

  Progress(@Nullable PrintWriter err, String label, long total) {
    this.err = err;
    this.label = label;
    this.total = Math.max(1, total);
  }

  /**
   * A bar of {@code total} steps on {@code err}, drawn if stderr is a terminal and the work covers
   * at least {@link #THRESHOLD} rows.
   */
  static Progress of(PrintWriter err, String label, long total, long rows) {
    return new Progress(isTerminal() && rows >= THRESHOLD ? err : null, label, total);
  }

  /** A bar that never draws. */
  static Progress none() {
    return new Progress(null, "", 1);
  }

  /** Tells whether the JVM runs on a terminal (on JDK 22 and later, whether it really is one). */
  static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return Boolean.TRUE.equals(isTerminal.invoke(console));
    } catch (ReflectiveOperationException e) {
      return true; // before JDK 22 a console is a terminal
    }
  }

  /** Advances by {@code n} steps, redrawing when the percentage changes. */
  void step(long n) {
    done = Math.min(total, done + n);
    PrintWriter w = err;
    if (w == null) {
      return;
    }
    int percent = (int) (done * 100 / total);
    if (percent != shown) {
      shown = percent;
      int filled = percent * WIDTH / 100;
      w.print(
          "\r"
              + label
              + " ["
              + "=".repeat(filled)
              + " ".repeat(WIDTH - filled)
              + "] "
              + percent
              + "% "
              + done
              + "/"
              + total);
      w.flush();
    }
  }

  /** Completes the bar and ends its line. */
  void finish() {
    step(total - done);
    PrintWriter w = err;
    if (w != null) {
      w.println();
      w.flush();
    }
  }
}
