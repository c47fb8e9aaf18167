package io.github.probity.archive;

import io.github.probity.model.Coded;
import io.github.probity.model.EffectivenessReview;
import io.github.probity.model.Evidence;
import io.github.probity.model.LevelDecision;
import io.github.probity.model.Measure;
import io.github.probity.model.Meeting;
import io.github.probity.model.Post;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskPoint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The compared fields of posts, risk points, measures and meetings, as display text, in model
 * order.
 */
final class Fields {
  private Fields() {}

  static Map<String, String> of(Post p) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("name", p.getName());
    m.put("department", p.getDepartment());
    m.put("holders", String.join("; ", p.getHolders()));
    m.put("duties", String.join("; ", p.getDuties()));
    return m;
  }

  /** A risk point's fields without its measures, which are compared as entities of their own. */
  static Map<String, String> of(RiskPoint rp) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("owner", rp.getOwner().toString());
    m.put("category", rp.getCategory().code());
    m.put("powerItem", text(rp.getPowerItem()));
    m.put("processStep", text(rp.getProcessStep()));
    m.put("title", rp.getTitle());
    m.put("manifestation", text(rp.getManifestation()));
    m.put("factors", rp.getFactors().map(Fields::factors).orElse(""));
    m.put("level", text(rp.getLevel()));
    m.put("decision", rp.getDecision().map(Fields::decision).orElse(""));
    m.put("residualLevel", text(rp.getResidualLevel()));
    m.put("residualRationale", text(rp.getResidualRationale()));
    m.put("responsible", text(rp.getResponsible()));
    m.put("supervisor", text(rp.getSupervisor()));
    m.put("monitoringIndicators", String.join("; ", rp.getMonitoringIndicators()));
    return m;
  }

  static Map<String, String> of(Measure measure, String riskPointId) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("riskPoint", riskPointId);
    m.put("text", measure.getText());
    m.put("type", measure.getType().code());
    m.put("proposer", text(measure.getProposer()));
    m.put("deadline", text(measure.getDeadline()));
    m.put("status", measure.getStatus().code());
    m.put("progress", String.valueOf(measure.getProgress()));
    m.put("abandonReason", text(measure.getAbandonReason()));
    m.put(
        "evidence",
        measure.getEvidence().stream().map(Fields::evidence).collect(Collectors.joining("; ")));
    m.put(
        "reviews",
        measure.getReviews().stream().map(Fields::review).collect(Collectors.joining("; ")));
    return m;
  }

  static Map<String, String> of(Meeting meeting) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("date", meeting.getDate().toString());
    m.put("kind", meeting.getKind().code());
    m.put("attendees", String.join("; ", meeting.getAttendees()));
    m.put("otherAttendees", String.join("; ", meeting.getOtherAttendees()));
    m.put("dissent", text(meeting.getDissent()));
    return m;
  }

  static List<FieldChange> changes(Map<String, String> before, Map<String, String> after) {
    List<FieldChange> out = new java.util.ArrayList<>();
    after.forEach(
        (field, value) -> {
          String old = before.getOrDefault(field, "");
          if (!old.equals(value)) {
            out.add(FieldChange.of(field, old, value));
          }
        });
    return out;
  }

  static String text(Optional<?> value) {
    if (value.isEmpty()) {
      return "";
    }
    Object v = value.get();
    return v instanceof Coded ? ((Coded) v).code() : String.valueOf(v);
  }

  private static String factors(RiskFactors f) {
    StringBuilder s =
        new StringBuilder()
            .append("importance=")
            .append(f.getImportance())
            .append(", frequency=")
            .append(f.getFrequency())
            .append(", probability=")
            .append(f.getProbability());
    f.getDiscretion().ifPresent(d -> s.append(", discretion=").append(d));
    f.getHarm().ifPresent(h -> s.append(", harm=").append(h));
    new java.util.TreeMap<>(f.getExtra())
        .forEach((k, v) -> s.append(", ").append(k).append('=').append(v));
    return s.toString();
  }

  private static String evidence(Evidence e) {
    return e.getDate()
        + " "
        + e.getReference()
        + e.getSha256().map(h -> " sha256:" + h).orElse("")
        + " ("
        + e.getBy()
        + ")";
  }

  private static String review(EffectivenessReview r) {
    return r.getDate()
        + " "
        + r.getReviewer()
        + ": "
        + r.getVerdict().code()
        + r.getNote().map(n -> " (" + n + ")").orElse("");
  }

  private static String decision(LevelDecision d) {
    return d.getMeetingReference()
        + " "
        + d.getDate()
        + ": "
        + d.getProposedLevel().code()
        + " -> "
        + d.getLevel().code()
        + d.getRationale().map(r -> " (" + r + ")").orElse("");
  }
}
