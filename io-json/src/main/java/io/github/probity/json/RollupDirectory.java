package io.github.probity.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.probity.finding.Finding;
import io.github.probity.finding.InputRejectedException;
import io.github.probity.finding.Location;
import io.github.probity.model.Ledger;
import io.github.probity.plan.ImplementationPlan;
import io.github.probity.rollup.Rollup;
import io.github.probity.rollup.RollupProblemCode;
import io.github.probity.rollup.UnitSubmission;
import io.github.probity.warning.CaseBook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads a directory of units' JSON documents into a {@link Rollup}, one unit at a time, so that
 * only one unit's documents are in memory at once.
 *
 * <p>A unit is either a subdirectory of the directory, holding its documents under any names, or
 * the files directly in the directory whose names share the part before the first dot, e.g. {@code
 * 区审计局.json}, {@code 区审计局.plan.json} and {@code 区审计局.cases.json}. Each {@code .json} file is
 * recognised by its envelope's format: a ledger ({@link DocumentType#LEDGER}), an implementation
 * plan ({@link DocumentType#IMPLEMENTATION_PLAN}) or a case book ({@link DocumentType#CASES}).
 * Units are added in the order of their names.
 *
 * <p>Nothing is dropped silently: a file that cannot be read, is refused by its reader, is of
 * another format, or is a unit's second document of a kind is reported to the roll-up as a {@link
 * io.github.probity.rollup.SourceFinding} naming the file (its path relative to the directory) with
 * the reader's own located findings, and the roll-up goes on; a unit none of whose ledgers could be
 * taken is still added, without a ledger. Readers' warnings about documents that were taken are
 * reported too. Immutable and thread-safe.
 *
 * <pre>{@code
 * Rollup rollup = Rollup.start(clock);
 * RollupDirectory.standard().read(Path.of("units"), rollup);
 * RollupResult result = rollup.result();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RollupDirectory {
  private static final JsonFactory PEEK = new JsonFactory();
  private static final Location WHOLE = Location.jsonPointer("", -1, -1);

  private final ProbityJson json;

  private RollupDirectory(ProbityJson json) {
    this.json = json;
  }

  /**
   * Returns a reader with strict JSON reading: a document with any error is not taken.
   *
   * @return the reader
   */
  public static RollupDirectory standard() {
    return new RollupDirectory(ProbityJson.strict());
  }

  /**
   * Returns a reader that reads documents with the given JSON settings (mode and limits).
   *
   * @param json the JSON reader to use
   * @return the reader
   */
  public static RollupDirectory using(ProbityJson json) {
    return new RollupDirectory(json);
  }

  /**
   * Reads every unit of a directory into a roll-up.
   *
   * @param directory the directory
   * @param rollup the roll-up to add the units and findings to
   * @return the number of units added
   * @throws IOException if the directory cannot be listed
   */
  public int read(Path directory, Rollup rollup) throws IOException {
    List<Path> entries;
    try (Stream<Path> list = Files.list(directory)) {
      entries =
          list.filter(p -> !name(p).startsWith("."))
              .sorted((a, b) -> name(a).compareTo(name(b)))
              .toList();
    }
    int units = 0;
    int i = 0;
    while (i < entries.size()) {
      Path first = entries.get(i);
      if (Files.isDirectory(first)) {
        List<Path> files;
        try (Stream<Path> list = Files.list(first)) {
          files =
              list.filter(p -> !name(p).startsWith(".") && !Files.isDirectory(p))
                  .sorted((a, b) -> name(a).compareTo(name(b)))
                  .toList();
        }
        readUnit(directory, name(first), files, rollup);
        units++;
        i++;
        continue;
      }
      String key = key(name(first));
      List<Path> files = new ArrayList<>();
      while (i < entries.size()
          && !Files.isDirectory(entries.get(i))
          && key(name(entries.get(i))).equals(key)) {
        files.add(entries.get(i++));
      }
      if (readUnit(directory, key, files, rollup)) {
        units++;
      }
    }
    return units;
  }

  private static String name(Path p) {
    Path n = p.getFileName();
    return n == null ? "" : n.toString();
  }

  private static String key(String fileName) {
    int dot = fileName.indexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  /** Reads one unit's files; returns whether a unit was added (it had a JSON file). */
  private boolean readUnit(Path root, String key, List<Path> files, Rollup rollup) {
    Optional<Ledger> ledger = Optional.empty();
    Optional<ImplementationPlan> plan = Optional.empty();
    Optional<CaseBook> cases = Optional.empty();
    boolean any = false;
    for (Path file : files) {
      String source = root.relativize(file).toString().replace('\\', '/');
      if (!name(file).toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
        rollup.report(source, Finding.of(RollupProblemCode.NOT_TAKEN, WHOLE, "—"));
        continue;
      }
      any = true;
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (IOException | RuntimeException e) {
        rollup.report(source, Finding.of(RollupProblemCode.UNREADABLE, WHOLE, reason(e)));
        continue;
      }
      Optional<DocumentType> type = peek(bytes);
      DocumentType kind = type.orElse(DocumentType.LEDGER);
      if (kind != DocumentType.LEDGER
          && kind != DocumentType.IMPLEMENTATION_PLAN
          && kind != DocumentType.CASES) {
        rollup.report(source, Finding.of(RollupProblemCode.NOT_TAKEN, WHOLE, kind.formatName()));
        continue;
      }
      boolean duplicate =
          kind == DocumentType.LEDGER && ledger.isPresent()
              || kind == DocumentType.IMPLEMENTATION_PLAN && plan.isPresent()
              || kind == DocumentType.CASES && cases.isPresent();
      if (duplicate) {
        rollup.report(source, Finding.of(RollupProblemCode.DUPLICATE, WHOLE, kind.displayName()));
        continue;
      }
      try {
        ReadResult<?> r;
        if (kind == DocumentType.LEDGER) {
          ReadResult<Ledger> l = json.readLedger(bytes);
          ledger = Optional.of(l.value());
          r = l;
        } else if (kind == DocumentType.IMPLEMENTATION_PLAN) {
          ReadResult<ImplementationPlan> p = json.readPlan(bytes);
          plan = Optional.of(p.value());
          r = p;
        } else {
          ReadResult<CaseBook> c = json.readCases(bytes, Clock.systemUTC());
          cases = Optional.of(c.value());
          r = c;
        }
        for (Finding f : r.findings()) {
          rollup.report(source, f);
        }
      } catch (InputRejectedException e) {
        rollup.report(source, Finding.of(RollupProblemCode.REJECTED, WHOLE, kind.displayName()));
        for (Finding f : e.getFindings()) {
          rollup.report(source, f);
        }
      } catch (RuntimeException e) {
        rollup.report(source, Finding.of(RollupProblemCode.UNREADABLE, WHOLE, reason(e)));
      }
    }
    if (!any) {
      return false;
    }
    if (ledger.isEmpty()) {
      rollup.report(key, Finding.of(RollupProblemCode.NO_LEDGER, WHOLE, key));
    }
    UnitSubmission.Builder b = UnitSubmission.builder().source(key).ledger(ledger).plan(plan);
    cases.ifPresent(c -> b.cases(c.cases()));
    rollup.add(b.build());
    return true;
  }

  private static String reason(Exception e) {
    return e.getMessage() != null ? String.valueOf(e.getMessage()) : e.getClass().getSimpleName();
  }

  /** The document type named by the envelope's format, if the document starts as one. */
  static Optional<DocumentType> peek(byte[] bytes) {
    try (JsonParser p = PEEK.createParser(bytes)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (DocumentEnvelope.FORMAT.equals(field) && value == JsonToken.VALUE_STRING) {
          String format = p.getText();
          for (DocumentType t : DocumentType.values()) {
            if (t.formatName().equals(format)) {
              return Optional.of(t);
            }
          }
          return Optional.empty();
        }
        p.skipChildren();
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
