package io.github.probity.cli;

import io.github.probity.annex.AnnexKind;
import io.github.probity.excel.AnnexWriter;
import io.github.probity.json.LedgerStreamWriter;
import io.github.probity.json.ProbityJson;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskPoint;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Writes ledgers to the files the command line produces, choosing the writer by extension. */
final class Outputs {
  private Outputs() {}

  /** Which table layout a workbook gets. */
  enum Table {
    /** Annexes 1–3 as three sheets of one workbook. */
    annexes,
    /** The whole ledger (台账) in one sheet. */
    ledger,
    /** The per-post archive (一岗一档), one sheet per post. */
    archive
  }

  /** Fails with a usage error unless the command line can write this file type. */
  static Inputs.Format writable(Path file, Locale locale) {
    Inputs.Format format = Inputs.Format.of(file, locale);
    if (format == Inputs.Format.XLS) {
      throw new Cli.Failure(Cli.USAGE, Cli.text(locale, "output.noXls", file));
    }
    return format;
  }

  /**
   * Writes a ledger as a JSON ledger document or as a workbook of the given table layout; parent
   * directories are created.
   */
  static void write(
      Ledger ledger, Path file, Table table, Clock clock, PrintWriter err, Locale locale) {
    write(ledger, file, table, clock, List.of(), err, locale);
  }

  /**
   * Writes the ledger as {@link #write(Ledger, Path, Table, Clock, PrintWriter, Locale)}, the
   * workbook's tables in the unit's layouts.
   */
  static void write(
      Ledger ledger,
      Path file,
      Table table,
      Clock clock,
      List<io.github.probity.annex.AnnexLayout> layouts,
      PrintWriter err,
      Locale locale) {
    Inputs.Format format = writable(file, locale);
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      atomically(
          file,
          out -> {
            if (format == Inputs.Format.JSON) {
              writeJson(ledger, out, err, locale);
            } else {
              AnnexWriter writer = Layouts.writer(layouts, LocalDate.now(clock), locale);
              switch (table) {
                case ledger -> writer.write(ledger, AnnexKind.LEDGER, out);
                case archive -> writer.write(ledger, AnnexKind.POST_ARCHIVE, out);
                default -> writer.writeAnnexes(ledger, out);
              }
            }
          });
    } catch (IOException e) {
      throw new Cli.Failure(
          Cli.FAILURE, Cli.text(locale, "output.cannotWrite", file, e.getMessage()), e);
    }
  }

  /** Writes to a stream. */
  interface Body {
    void write(OutputStream out) throws IOException;
  }

  /**
   * Writes a file whole or not at all: into a temporary file beside it, moved over the target once
   * complete. A failure (a full disk, an interrupted run, a refused ledger) leaves the old file as
   * it was and no temporary file behind.
   */
  static void atomically(Path file, Body body) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    if (dir == null) {
      throw new IOException("no directory for " + file);
    }
    // a new file's permissions (the umask's), not a temporary file's owner-only ones
    Path tmp =
        Files.createFile(
            dir.resolve(
                "."
                    + file.getFileName()
                    + "."
                    + Long.toHexString(new java.security.SecureRandom().nextLong() >>> 1)
                    + ".part"));
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        body.write(out);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (java.nio.file.AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Streams the points one by one, so a long ledger shows progress. */
  private static void writeJson(Ledger ledger, OutputStream out, PrintWriter err, Locale locale)
      throws IOException {
    List<RiskPoint> points = ledger.getRiskPoints();
    Ledger head = Ledger.builder().from(ledger).riskPoints(List.of()).build();
    Progress progress =
        Progress.of(err, Cli.text(locale, "output.writing"), points.size(), points.size());
    try (LedgerStreamWriter writer = ProbityJson.strict().openLedgerWriter(out, head)) {
      for (RiskPoint p : points) {
        writer.write(p);
        progress.step(1);
      }
    }
    progress.finish();
  }
}
