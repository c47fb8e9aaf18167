package io.github.probity.cli;

import io.github.probity.annex.AnnexKind;
import io.github.probity.excel.AnnexWriter;
import io.github.probity.json.ProbityJson;
import io.github.probity.model.Ledger;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command line with captured output, and writes input files for it. */
abstract class CliFixture {
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  @TempDir Path dir;

  int run(String... args) {
    return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  Path json(String name, Ledger ledger) throws IOException {
    return Files.write(dir.resolve(name), ProbityJson.strict().writeLedger(ledger));
  }

  Path workbook(String name, Ledger ledger, AnnexKind kind) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream o = Files.newOutputStream(file)) {
      AnnexWriter.builder().fillDate(LocalDate.of(2026, 3, 1)).build().write(ledger, kind, o);
    }
    return file;
  }
}
