package io.github.probity.archive;

import io.github.probity.model.RiskPoint;
import io.github.probity.warning.CaseEvent;
import io.github.probity.warning.Disposition;
import io.github.probity.warning.DispositionCase;
import io.github.probity.warning.Subject;
import io.github.probity.warning.SubjectKind;
import io.github.probity.warning.Warning;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Turns the warnings and disposition cases that concern a post into archive entries. Stateless. */
final class WarningEntries {
  /** Separates list values inside one attribute. */
  static final String SEPARATOR = "、";

  private WarningEntries() {}

  static List<ArchiveEntry> entries(
      Archive archive,
      Collection<Warning> warnings,
      Collection<DispositionCase> cases,
      ZoneId zone) {
    Set<String> holders = new HashSet<>(archive.getPost().getHolders());
    Set<String> points = new HashSet<>();
    for (RiskPoint rp : archive.getRiskPoints()) {
      points.add(rp.getId());
    }
    String postId = archive.getPost().getId();
    Map<String, Warning> concerning = new TreeMap<>();
    for (Warning w : warnings) {
      if (concerns(w, postId, holders, points)) {
        concerning.put(w.getId(), w);
      }
    }
    Map<String, DispositionCase> caseById = new TreeMap<>();
    for (DispositionCase c : cases) {
      if (concerns(c.getWarning(), postId, holders, points)) {
        caseById.put(c.getId(), c);
        concerning.putIfAbsent(c.getWarning().getId(), c.getWarning());
      }
    }
    List<ArchiveEntry> out = new ArrayList<>();
    for (ArchiveEntry e : archive.getEntries()) {
      if (!e.getKind().equals(ArchiveEntry.WARNING)
          && !e.getKind().equals(ArchiveEntry.DISPOSITION)) {
        out.add(e);
      }
    }
    concerning.values().stream()
        .sorted(Comparator.comparing(Warning::getTime).thenComparing(Warning::getId))
        .forEach(w -> out.add(warning(w, zone)));
    caseById.values().forEach(c -> out.add(disposition(c, zone)));
    return out;
  }

  private static boolean concerns(
      Warning w, String postId, Set<String> holders, Set<String> points) {
    Subject s = w.getSubject();
    if (s.getKind() == SubjectKind.POST && s.getId().equals(postId)) {
      return true;
    }
    if (s.getKind() == SubjectKind.PERSON && holders.contains(s.getId())) {
      return true;
    }
    return w.getRiskPoint().filter(points::contains).isPresent();
  }

  private static ArchiveEntry warning(Warning w, ZoneId zone) {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("level", w.getLevel().code());
    a.put("stage", w.getStage().code());
    a.put("ladder", w.getLadder().code());
    a.put("indicator", w.getIndicator());
    a.put("subject", w.getSubject().toString());
    w.getRiskPoint().ifPresent(rp -> a.put("riskPoint", rp));
    a.put("signals", String.join(SEPARATOR, w.getSignals()));
    a.put("time", w.getTime().toString());
    return ArchiveEntry.builder()
        .kind(ArchiveEntry.WARNING)
        .id(w.getId())
        .date(LocalDate.ofInstant(w.getTime(), zone))
        .summary(
            w.getLevel().displayName() + "预警（" + w.getStage().displayName() + "）：" + w.getReason())
        .attributes(a)
        .build();
  }

  private static ArchiveEntry disposition(DispositionCase c, ZoneId zone) {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("warning", c.getWarning().getId());
    a.put("state", c.getState().code());
    a.put("level", c.getLevel().code());
    a.put("ladder", c.getLadder().code());
    a.put(
        "measures",
        c.getDispositions().stream()
            .map(d -> d.getMeasure().code())
            .collect(Collectors.joining(SEPARATOR)));
    a.put("escalations", Integer.toString(c.getEscalations().size()));
    a.put("accountability", Boolean.toString(c.isAccountability()));
    List<CaseEvent> history = c.getHistory();
    if (!history.isEmpty()) {
      CaseEvent last = history.get(history.size() - 1);
      a.put("lastAction", last.getAction().code());
      a.put("lastTime", last.getTime().toString());
    }
    StringBuilder summary =
        new StringBuilder(c.getState().displayName())
            .append("：")
            .append(c.getLadder().displayName());
    for (Disposition d : c.getDispositions()) {
      summary.append(" → ").append(d.getMeasure().displayName());
    }
    return ArchiveEntry.builder()
        .kind(ArchiveEntry.DISPOSITION)
        .id(c.getId())
        .date(
            LocalDate.ofInstant(
                history.isEmpty() ? c.getWarning().getTime() : history.get(0).getTime(), zone))
        .summary(summary.toString())
        .attributes(a)
        .build();
  }
}
