package io.github.probity.examples;

import io.github.probity.annex.AnnexAssembler;
import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexRow;
import io.github.probity.annex.AnnexTables;
import io.github.probity.excel.AnnexReadResult;
import io.github.probity.excel.AnnexReader;
import io.github.probity.excel.AnnexWriter;
import io.github.probity.excel.LocatedRow;
import io.github.probity.finding.Severity;
import io.github.probity.model.Department;
import io.github.probity.model.Ledger;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.RiskPoint;
import io.github.probity.testkit.SampleUnit;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the annex workbooks that departments filled in and merges them into one ledger, reporting
 * conflicts: the same risk point twice (the first is kept) and people that no file or roster knows.
 * {@code probity merge} runs the same merge.
 *
 * <p>The {@link #main(String[])} method plays it through with the sample unit: each department's
 * own workbook and the leadership group's, one point filed twice and one unknown supervisor.
 * Stateless and thread-safe.
 */
public final class MergeDepartments {
  private MergeDepartments() {}

  /**
   * A table row and where it came from.
   *
   * @param location the file and cell, e.g. {@code 办公室.xlsx:附件2 科室!5}
   * @param row the row
   */
  public record Source(String location, AnnexRow row) {}

  /**
   * A conflict found while merging.
   *
   * @param severity {@link Severity#ERROR} for a point filed twice with different contents or a
   *     person missing from the roster, else {@link Severity#WARNING}
   * @param code {@code MERGE_DUPLICATE} or {@code MERGE_UNKNOWN_PERSON}
   * @param location where the later row is
   * @param messageZh the message in Chinese
   * @param messageEn the message in English
   */
  public record Conflict(
      Severity severity, String code, String location, String messageZh, String messageEn) {}

  /**
   * The merged ledger and the conflicts.
   *
   * @param ledger the merged ledger
   * @param conflicts the conflicts, in the order of the rows
   */
  public record Result(Ledger ledger, List<Conflict> conflicts) {}

  /**
   * Returns the rows a workbook read gave, each with its location.
   *
   * @param file the workbook's name, for locations
   * @param read what the reader got from it
   * @return the rows
   */
  public static List<Source> sources(String file, AnnexReadResult read) {
    List<Source> out = new ArrayList<>();
    for (LocatedRow r : read.getRows()) {
      out.add(new Source(file + ":" + r.getSheet() + "!" + r.getRowNumber(), r.getRow()));
    }
    return out;
  }

  /**
   * Returns a ledger's points as rows, each located by its JSON pointer.
   *
   * @param file the document's name, for locations
   * @param ledger the ledger
   * @return the rows
   */
  public static List<Source> sources(String file, Ledger ledger) {
    List<Source> out = new ArrayList<>();
    List<RiskPoint> points = ledger.getRiskPoints();
    for (int i = 0; i < points.size(); i++) {
      out.add(
          new Source(file + ":/ledger/riskPoints/" + i, AnnexTables.row(ledger, points.get(i))));
    }
    return out;
  }

  /**
   * Annex 3 prints a post's points once per holder: rows of a post equal in everything but their
   * holders are copies of one point, taken as one row naming every holder (at the first copy).
   */
  private static List<Source> oneRowPerPoint(List<Source> sources) {
    Map<AnnexRow, Integer> firstCopy = new LinkedHashMap<>();
    List<Source> out = new ArrayList<>();
    for (Source s : sources) {
      AnnexRow row = s.row();
      if (row.getScope() != OwnerScope.POST) {
        out.add(s);
        continue;
      }
      AnnexRow point = AnnexRow.builder().from(row).holders(List.of()).build();
      Integer at = firstCopy.putIfAbsent(point, out.size());
      if (at == null) {
        out.add(s);
        continue;
      }
      Source first = out.get(at);
      Set<String> holders = new LinkedHashSet<>(first.row().getHolders());
      holders.addAll(row.getHolders());
      out.set(
          at,
          new Source(
              first.location(),
              AnnexRow.builder().from(first.row()).holders(List.copyOf(holders)).build()));
    }
    return out;
  }

  /**
   * Merges rows into one ledger. A row whose owner and title (ignoring spaces and case) came before
   * is a duplicate: it is left out, as a warning if it is identical and an error if it differs. A
   * responsible person or supervisor is unknown when the roster (if not empty) lacks the name (an
   * error), or else when no row names them as a post holder, a leader or the responsible person of
   * a department's point (a warning). Role words such as 科室负责人 are not checked.
   *
   * @param filed the rows, in order (annex 3's copies of a point, one per holder, count once)
   * @param roster the names of the unit's people, or empty to judge by the rows alone
   * @param unitName the unit's name
   * @param year the year
   * @return the ledger and the conflicts
   */
  public static Result merge(List<Source> filed, Set<String> roster, String unitName, int year) {
    List<Source> sources = oneRowPerPoint(filed);
    Set<String> known = new HashSet<>();
    for (Source s : sources) {
      known.addAll(s.row().getHolders());
      if (s.row().getScope() == OwnerScope.LEADER) {
        known.add(s.row().getOwnerName());
      }
      if (s.row().getScope() == OwnerScope.DEPARTMENT) {
        s.row().getResponsible().ifPresent(known::add);
      }
    }
    List<Conflict> conflicts = new ArrayList<>();
    Map<String, Source> seen = new LinkedHashMap<>();
    AnnexAssembler assembler = AnnexAssembler.create(unitName, "UNIT", year);
    for (Source s : sources) {
      AnnexRow row = s.row();
      String key =
          row.getScope().code()
              + "|"
              + row.getDepartment().orElse("")
              + "|"
              + normal(row.getOwnerName())
              + "|"
              + normal(row.getTitle());
      Source first = seen.putIfAbsent(key, s);
      if (first != null) {
        boolean same = first.row().equals(row);
        conflicts.add(
            new Conflict(
                same ? Severity.WARNING : Severity.ERROR,
                "MERGE_DUPLICATE",
                s.location(),
                "风险点“"
                    + row.getTitle()
                    + "”（"
                    + row.getOwnerName()
                    + "）已在 "
                    + first.location()
                    + " 填报"
                    + (same ? "，内容相同，未重复计入" : "，内容不同，保留先填报的一条"),
                "risk point \""
                    + row.getTitle()
                    + "\" ("
                    + row.getOwnerName()
                    + ") was already filed at "
                    + first.location()
                    + (same
                        ? "; identical, not counted twice"
                        : "; contents differ, the first one is kept")));
        continue;
      }
      row.getResponsible()
          .ifPresent(
              name ->
                  unknown(name, "责任人", "responsible person", s, roster, known)
                      .ifPresent(conflicts::add));
      row.getSupervisor()
          .ifPresent(
              name ->
                  unknown(name, "责任领导", "supervisor", s, roster, known).ifPresent(conflicts::add));
      assembler.add(row);
    }
    return new Result(assembler.build(), List.copyOf(conflicts));
  }

  private static Optional<Conflict> unknown(
      String name, String roleZh, String roleEn, Source s, Set<String> roster, Set<String> known) {
    if (name.contains("负责人") || name.contains("领导") || name.contains("/")) {
      return Optional.empty();
    }
    boolean byRoster = !roster.isEmpty();
    if (byRoster ? roster.contains(name) : known.contains(name)) {
      return Optional.empty();
    }
    return Optional.of(
        new Conflict(
            byRoster ? Severity.ERROR : Severity.WARNING,
            "MERGE_UNKNOWN_PERSON",
            s.location(),
            roleZh
                + "“"
                + name
                + "”不在"
                + (byRoster ? "人员名册" : "任何表格的在岗人、领导班子成员或科室责任人")
                + "中（风险点“"
                + s.row().getTitle()
                + "”）",
            roleEn
                + " \""
                + name
                + "\" is not in "
                + (byRoster
                    ? "the roster"
                    : "any table as a post holder, leader or department's responsible person")
                + " (risk point \""
                + s.row().getTitle()
                + "\")"));
  }

  private static String normal(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints()
        .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
        .forEach(sb::appendCodePoint);
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Writes the sample unit's tables as the departments would file them — one workbook per
   * department (annexes 2 and 3 of its own points) and the leadership group's annex 1 — plus two
   * slips: the office files one of the finance department's points again, and one point names a
   * supervisor nobody knows.
   *
   * @param directory an existing directory
   * @return the files, in filing order
   * @throws IOException if writing fails
   */
  public static List<Path> writeDepartmentFiles(Path directory) throws IOException {
    Ledger sample = SampleUnit.ledger();
    AnnexWriter writer = AnnexWriter.builder().fillDate(LocalDate.of(2026, 3, 20)).build();
    List<Path> files = new ArrayList<>();
    List<RiskPoint> group = new ArrayList<>();
    for (RiskPoint p : sample.getRiskPoints()) {
      if (AnnexKind.forScope(p.getOwner().getScope()) == AnnexKind.LEADERSHIP_GROUP) {
        group.add(p);
      }
    }
    files.add(
        write(writer, sample, group, Optional.of(AnnexKind.LEADERSHIP_GROUP), directory, "领导班子"));
    List<Department> departments = sample.getDepartments();
    for (int i = 0; i < departments.size(); i++) {
      Department d = departments.get(i);
      List<RiskPoint> own = new ArrayList<>();
      for (RiskPoint p : sample.getRiskPoints()) {
        if (sample.departmentOf(p.getOwner()).map(Department::getId).orElse("").equals(d.getId())
            && p.getOwner().getScope() != OwnerScope.LEADER) {
          own.add(p);
        }
      }
      if (i == 0) { // the first department files one of the second's points again
        Department next = departments.get(1);
        sample.getRiskPoints().stream()
            .filter(p -> p.getOwner().getScope() == OwnerScope.DEPARTMENT)
            .filter(p -> p.getOwner().getId().equals(next.getId()))
            .findFirst()
            .ifPresent(own::add);
      }
      if (i == 1 && !own.isEmpty()) { // and the second names a supervisor nobody knows
        RiskPoint p = own.get(own.size() - 1);
        own.set(own.size() - 1, RiskPoint.builder().from(p).supervisor("P-UNKNOWN").build());
      }
      files.add(write(writer, sample, own, Optional.empty(), directory, d.getName()));
    }
    return files;
  }

  private static Path write(
      AnnexWriter writer,
      Ledger sample,
      List<RiskPoint> points,
      Optional<AnnexKind> kind,
      Path directory,
      String name)
      throws IOException {
    Ledger part =
        Ledger.builder()
            .from(sample)
            .addPeople(io.github.probity.model.Person.builder().id("P-UNKNOWN").name("钱多多").build())
            .riskPoints(points)
            .build();
    Path file = directory.resolve(name + ".xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      if (kind.isPresent()) {
        writer.write(part, kind.get(), out);
      } else {
        writer.writeAnnexes(part, out);
      }
    }
    return file;
  }

  /**
   * Runs the example: writes the departments' files into a directory, reads them back, merges them
   * and prints the conflicts and the merged ledger's size.
   *
   * @param directory an existing directory for the files
   * @return the merge result
   * @throws IOException if reading or writing fails
   */
  public static Result run(Path directory) throws IOException {
    // tag::merge[]
    AnnexReader reader = AnnexReader.lenient();
    List<Source> rows = new ArrayList<>();
    for (Path file : writeDepartmentFiles(directory)) { // each department's filled workbook
      AnnexReadResult read = reader.read(file);
      read.getProblems().forEach(p -> System.out.println(p.message(Locale.CHINA)));
      rows.addAll(sources(file.getFileName().toString(), read));
    }
    Result merged = merge(rows, Set.of(), "示例区财政局", 2026);
    for (Conflict c : merged.conflicts()) {
      System.out.println(c.severity().displayName() + " " + c.location() + " " + c.messageZh());
    }
    Ledger ledger = merged.ledger(); // one ledger for the whole unit
    // end::merge[]
    System.out.println("合并后风险点 " + ledger.getRiskPoints().size() + " 个");
    return merged;
  }

  /**
   * Runs the example in a temporary directory.
   *
   * @param args ignored
   * @throws IOException if reading or writing fails
   */
  public static void main(String[] args) throws IOException {
    run(Files.createTempDirectory("probity-merge-"));
  }
}
