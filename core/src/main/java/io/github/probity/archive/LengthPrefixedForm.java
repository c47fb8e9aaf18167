package io.github.probity.archive;

import io.github.probity.model.EffectivenessReview;
import io.github.probity.model.Evidence;
import io.github.probity.model.LevelDecision;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureStatus;
import io.github.probity.model.Meeting;
import io.github.probity.model.Person;
import io.github.probity.model.Post;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskPoint;
import io.github.probity.review.Publicity;
import io.github.probity.review.ReviewRecord;
import io.github.probity.review.ReviewStep;
import java.util.Optional;

/** The built-in canonical form: a length-prefixed UTF-8 field encoding of the whole archive. */
final class LengthPrefixedForm implements CanonicalForm {
  static final LengthPrefixedForm INSTANCE = new LengthPrefixedForm();

  private LengthPrefixedForm() {}

  @Override
  public String id() {
    return "probity-lp-1";
  }

  @Override
  public byte[] encode(Archive a) {
    CanonicalWriter w = new CanonicalWriter().begin("Archive");
    w.field("unitCode", a.getUnitCode()).field("unitName", a.getUnitName());
    w.field("year", a.getYear()).field("departmentName", a.getDepartmentName());
    post(w, a.getPost());
    w.list("holders", a.getHolders().size());
    a.getHolders().forEach(p -> person(w, p));
    w.list("riskPoints", a.getRiskPoints().size());
    a.getRiskPoints().forEach(rp -> riskPoint(w, rp));
    w.list("reviews", a.getReviews().size());
    a.getReviews().forEach(r -> review(w, r));
    w.list("pledges", a.getPledges().size());
    a.getPledges()
        .forEach(
            p ->
                w.begin("IntegrityPledge")
                    .field("personId", p.getPersonId())
                    .field("date", p.getDate())
                    .field("text", p.getText())
                    .end());
    w.list("changes", a.getChanges().size());
    a.getChanges()
        .forEach(
            c -> {
              w.begin("ChangeRecord").field("sequence", c.getSequence());
              w.field("date", c.getDate());
              w.strings("kinds", c.getKinds().stream().map(RevisionKind::code).sorted().toList());
              w.field("reason", c.getReason()).field("actor", c.getActor()).end();
            });
    w.list("entries", a.getEntries().size());
    a.getEntries()
        .forEach(
            e ->
                w.begin("ArchiveEntry")
                    .field("kind", e.getKind())
                    .field("id", e.getId())
                    .field("date", e.getDate())
                    .field("summary", e.getSummary())
                    .map("attributes", e.getAttributes())
                    .end());
    // written only when present: an archive without them keeps the bytes it had before
    if (!a.getMeetings().isEmpty()) {
      w.list("meetings", a.getMeetings().size());
      a.getMeetings().forEach(m -> meeting(w, m));
    }
    if (!a.getPeople().isEmpty()) {
      w.list("people", a.getPeople().size());
      a.getPeople().forEach(p -> person(w, p));
    }
    return w.end().toBytes();
  }

  private static void meeting(CanonicalWriter w, Meeting m) {
    w.begin("Meeting").field("reference", m.getReference()).field("date", m.getDate());
    w.field("kind", m.getKind()).strings("attendees", m.getAttendees());
    w.strings("otherAttendees", m.getOtherAttendees()).field("dissent", m.getDissent()).end();
  }

  private static void post(CanonicalWriter w, Post p) {
    w.begin("Post").field("id", p.getId()).field("name", p.getName());
    w.field("department", p.getDepartment());
    w.strings("holders", p.getHolders()).strings("duties", p.getDuties()).end();
  }

  private static void person(CanonicalWriter w, Person p) {
    w.begin("Person").field("id", p.getId()).field("name", p.getName());
    w.field("title", p.getTitle()).end();
  }

  private static void riskPoint(CanonicalWriter w, RiskPoint rp) {
    w.begin("RiskPoint").field("id", rp.getId()).field("owner", rp.getOwner().toString());
    w.field("category", rp.getCategory()).field("powerItem", rp.getPowerItem());
    w.field("processStep", rp.getProcessStep()).field("title", rp.getTitle());
    w.field("manifestation", rp.getManifestation());
    Optional<RiskFactors> f = rp.getFactors();
    w.field("factors", f.map(LengthPrefixedForm::factors));
    w.field("level", rp.getLevel());
    Optional<LevelDecision> d = rp.getDecision();
    w.field("decision.meeting", d.map(LevelDecision::getMeetingReference));
    w.field("decision.date", d.map(LevelDecision::getDate));
    w.field("decision.proposed", d.map(LevelDecision::getProposedLevel));
    w.field("decision.level", d.map(LevelDecision::getLevel));
    w.field("decision.rationale", d.flatMap(LevelDecision::getRationale));
    w.field("residualLevel", rp.getResidualLevel());
    w.field("residualRationale", rp.getResidualRationale());
    w.field("responsible", rp.getResponsible()).field("supervisor", rp.getSupervisor());
    w.strings("monitoringIndicators", rp.getMonitoringIndicators());
    w.list("measures", rp.getMeasures().size());
    rp.getMeasures().forEach(m -> measure(w, m));
    w.end();
  }

  private static String factors(RiskFactors f) {
    return f.getImportance()
        + "/"
        + f.getFrequency()
        + "/"
        + f.getProbability()
        + "/"
        + (f.getDiscretion().isPresent() ? f.getDiscretion().getAsInt() : "-")
        + "/"
        + (f.getHarm().isPresent() ? f.getHarm().getAsInt() : "-");
  }

  private static void measure(CanonicalWriter w, Measure m) {
    w.begin("Measure").field("id", m.getId()).field("text", m.getText());
    w.field("type", m.getType()).field("proposer", m.getProposer());
    w.field("deadline", m.getDeadline());
    // written only when the measure is in motion: a measure that records none of it keeps the
    // bytes it had before, and so every archive sealed before keeps its hash
    if (inMotion(m)) {
      w.field("status", m.getStatus()).field("progress", m.getProgress());
      w.field("abandonReason", m.getAbandonReason());
      w.list("evidence", m.getEvidence().size());
      for (Evidence e : m.getEvidence()) {
        w.begin("Evidence").field("reference", e.getReference()).field("sha256", e.getSha256());
        w.field("date", e.getDate()).field("by", e.getBy()).end();
      }
      w.list("reviews", m.getReviews().size());
      for (EffectivenessReview r : m.getReviews()) {
        w.begin("EffectivenessReview").field("date", r.getDate());
        w.field("reviewer", r.getReviewer()).field("verdict", r.getVerdict());
        w.field("note", r.getNote()).end();
      }
    }
    w.end();
  }

  /** Tells whether a measure records any of its status, progress, reason, evidence or reviews. */
  static boolean inMotion(Measure m) {
    return m.getStatus() != MeasureStatus.PLANNED
        || m.getProgress() != 0
        || m.getAbandonReason().isPresent()
        || !m.getEvidence().isEmpty()
        || !m.getReviews().isEmpty();
  }

  private static void review(CanonicalWriter w, ReviewRecord r) {
    w.begin("ReviewRecord").field("measureId", r.getMeasureId());
    w.field("riskPointId", r.getRiskPointId()).field("owner", r.getOwner().toString());
    w.list("trail", r.getTrail().size());
    for (ReviewStep s : r.getTrail()) {
      w.begin("ReviewStep").field("action", s.getAction()).field("from", s.getFromState());
      w.field("to", s.getToState()).field("actor", s.getActor()).field("at", s.getAt());
      w.field("opinion", s.getOpinion()).strings("reasons", s.getReasons());
      Optional<Publicity> p = s.getPublicity();
      w.field("publicity.start", p.map(Publicity::getStart));
      w.field("publicity.end", p.map(Publicity::getEnd));
      w.field("publicity.range", p.map(Publicity::getRange));
      w.end();
    }
    w.end();
  }
}
