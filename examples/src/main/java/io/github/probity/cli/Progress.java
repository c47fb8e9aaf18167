package io.github.probity.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import org.jspecify.annotations.Nullable;

/**
 * A one-line progress bar on stderr, for long runs over many rows. It draws only when the console
 * is a terminal and the work has at least {@link #THRESHOLD} steps, so redirected output and small
 * files stay clean. When the total is not known beforehand (rows streamed from a workbook), it
 * counts instead: nothing until {@link #THRESHOLD} steps, then the count every {@link #COUNT_EVERY}
 * steps. Not thread-safe: one bar per command.
 */
final class Progress {
  /** The fewest steps that get a bar. */
  static final long THRESHOLD = 5_000;

  /** How many steps a counting bar advances between redraws. */
  static final long COUNT_EVERY = 1_000;

  private static final int WIDTH = 30;

  private final @Nullable PrintWriter err;
  private final String label;
  private final long total;
  private final boolean counting;
  private final String unit;
  private long done;
  private int shown = -1;
  private boolean drawn;
  private long nextCount = THRESHOLD;

  Progress(@Nullable PrintWriter err, String label, long total) {
    this(err, label, Math.max(1, total), false, "");
  }

  private Progress(
      @Nullable PrintWriter err, String label, long total, boolean counting, String unit) {
    this.err = err;
    this.label = label;
    this.total = total;
    this.counting = counting;
    this.unit = unit;
  }

  /**
   * A counting bar of unknown total on {@code err}, e.g. {@code 读取 12000 行}, drawn if stderr is a
   * terminal once {@link #THRESHOLD} steps are done.
   */
  static Progress counting(PrintWriter err, String label, String unit) {
    return countingOn(isTerminal() ? err : null, label, unit);
  }

  /** A counting bar that draws on {@code err} if it is not null, whatever the console. */
  static Progress countingOn(@Nullable PrintWriter err, String label, String unit) {
    return new Progress(err, label, Long.MAX_VALUE, true, unit);
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

  /**
   * Advances by {@code n} steps, redrawing when the percentage (or, counting, the count) changes.
   */
  void step(long n) {
    done = Math.min(total, done + n);
    PrintWriter w = err;
    if (w == null) {
      return;
    }
    if (counting) {
      if (done >= nextCount) {
        drawCount(w);
        nextCount = done - done % COUNT_EVERY + COUNT_EVERY;
      }
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

  private void drawCount(PrintWriter w) {
    w.print("\r" + label + " " + done + " " + unit);
    w.flush();
    drawn = true;
  }

  /** Completes the bar and ends its line; a counting bar that never drew stays silent. */
  void finish() {
    PrintWriter w = err;
    if (counting) {
      if (w != null && drawn) {
        drawCount(w);
        w.println();
        w.flush();
      }
      return;
    }
    step(total - done);
    if (w != null) {
      w.println();
      w.flush();
    }
  }
}
