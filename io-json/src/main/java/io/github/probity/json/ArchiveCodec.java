package io.github.probity.json;

import static io.github.probity.json.JsonFields.opt;
import static io.github.probity.json.JsonFields.optCode;
import static io.github.probity.json.JsonFields.readList;
import static io.github.probity.json.JsonFields.readStrings;
import static io.github.probity.json.JsonFields.strings;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import io.github.probity.archive.Archive;
import io.github.probity.archive.ArchiveEntry;
import io.github.probity.archive.ArchiveHistory;
import io.github.probity.archive.ArchiveRevision;
import io.github.probity.archive.CanonicalForm;
import io.github.probity.archive.ChangeRecord;
import io.github.probity.archive.IntegrityPledge;
import io.github.probity.archive.RevisionKind;
import io.github.probity.model.Coded;
import io.github.probity.model.InvalidCodeException;
import io.github.probity.model.Person;
import io.github.probity.model.RiskPoint;
import io.github.probity.review.Publicity;
import io.github.probity.review.ReviewAction;
import io.github.probity.review.ReviewRecord;
import io.github.probity.review.ReviewState;
import io.github.probity.review.ReviewStep;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Writes and reads an archive (一岗一档) and an archive history as the version-1 JSON shapes. Sets are
 * written sorted by code and maps by key, so equal values give equal bytes: the archive body is
 * also the canonical JSON form revisions are hashed over. Stateless and thread-safe.
 */
final class ArchiveCodec {
  static final CodeTable<RevisionKind> REVISION_KIND =
      CodeTable.of(RevisionKind.class, t -> byLabel(RevisionKind.class, t));
  static final CodeTable<ReviewAction> REVIEW_ACTION =
      CodeTable.of(ReviewAction.class, t -> byLabel(ReviewAction.class, t));
  static final CodeTable<ReviewState> REVIEW_STATE =
      CodeTable.of(ReviewState.class, t -> byLabel(ReviewState.class, t));

  private ArchiveCodec() {}

  /** Parses a coded enum by its Chinese label, for lenient reading. */
  static <E extends Enum<E> & Coded> E byLabel(Class<E> type, String text) {
    List<String> valid = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      if (e.code().equals(text.strip()) || e.displayName().equals(text.strip())) {
        return e;
      }
      valid.add(e.code() + "(" + e.displayName() + ")");
    }
    throw new InvalidCodeException(type.getSimpleName(), text, valid);
  }

  // ------------------------------------------------------------------ writing

  static void writeArchive(JsonGenerator g, Archive a) throws IOException {
    g.writeStartObject();
    g.writeStringField("unitCode", a.getUnitCode());
    g.writeStringField("unitName", a.getUnitName());
    g.writeNumberField("year", a.getYear());
    g.writeFieldName("post");
    LedgerCodec.POST.write(g, a.getPost());
    g.writeStringField("departmentName", a.getDepartmentName());
    g.writeArrayFieldStart("holders");
    for (Person p : a.getHolders()) {
      LedgerCodec.PERSON.write(g, p);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("riskPoints");
    for (RiskPoint rp : a.getRiskPoints()) {
      LedgerCodec.RISK_POINT.write(g, rp);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("reviews");
    for (ReviewRecord r : a.getReviews()) {
      writeReview(g, r);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("pledges");
    for (IntegrityPledge p : a.getPledges()) {
      g.writeStartObject();
      g.writeStringField("personId", p.getPersonId());
      g.writeStringField("date", p.getDate().toString());
      opt(g, "text", p.getText());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("changes");
    for (ChangeRecord c : a.getChanges()) {
      g.writeStartObject();
      g.writeNumberField("sequence", c.getSequence());
      g.writeStringField("date", c.getDate().toString());
      writeKinds(g, c.getKinds());
      g.writeStringField("reason", c.getReason());
      g.writeStringField("actor", c.getActor());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("entries");
    for (ArchiveEntry e : a.getEntries()) {
      g.writeStartObject();
      g.writeStringField("kind", e.getKind());
      g.writeStringField("id", e.getId());
      g.writeStringField("date", e.getDate().toString());
      g.writeStringField("summary", e.getSummary());
      g.writeObjectFieldStart("attributes");
      for (Map.Entry<String, String> at : new TreeMap<>(e.getAttributes()).entrySet()) {
        g.writeStringField(at.getKey(), at.getValue());
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeKinds(JsonGenerator g, Collection<RevisionKind> kinds)
      throws IOException {
    g.writeArrayFieldStart("kinds");
    for (String code : kinds.stream().map(RevisionKind::code).sorted().toList()) {
      g.writeString(code);
    }
    g.writeEndArray();
  }

  static void writeReview(JsonGenerator g, ReviewRecord r) throws IOException {
    g.writeStartObject();
    g.writeStringField("measureId", r.getMeasureId());
    g.writeStringField("riskPointId", r.getRiskPointId());
    g.writeFieldName("owner");
    LedgerCodec.OWNER.write(g, r.getOwner());
    g.writeArrayFieldStart("trail");
    for (ReviewStep s : r.getTrail()) {
      g.writeStartObject();
      g.writeStringField("action", s.getAction().code());
      optCode(g, "fromState", s.getFromState());
      g.writeStringField("toState", s.getToState().code());
      g.writeStringField("actor", s.getActor());
      g.writeStringField("at", s.getAt().toString());
      opt(g, "opinion", s.getOpinion());
      strings(g, "reasons", s.getReasons());
      if (s.getPublicity().isPresent()) {
        Publicity pub = s.getPublicity().get();
        g.writeObjectFieldStart("publicity");
        g.writeStringField("start", pub.getStart().toString());
        g.writeStringField("end", pub.getEnd().toString());
        g.writeStringField("range", pub.getRange());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void writeHistory(JsonGenerator g, ArchiveHistory h) throws IOException {
    g.writeStartObject();
    g.writeStringField("form", h.form().id());
    g.writeArrayFieldStart("revisions");
    for (ArchiveRevision r : h.getRevisions()) {
      g.writeStartObject();
      g.writeNumberField("sequence", r.getSequence());
      writeKinds(g, r.getKinds());
      g.writeStringField("reason", r.getReason());
      g.writeStringField("actor", r.getActor());
      g.writeStringField("at", r.getAt().toString());
      g.writeStringField("formId", r.getFormId());
      g.writeStringField("previousHash", r.getPreviousHash());
      g.writeStringField("hash", r.getHash());
      g.writeFieldName("content");
      writeArchive(g, r.getContent());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  // ------------------------------------------------------------------ reading

  static Instant instant(JsonParser p, ReadState st) throws IOException {
    return JsonFields.instant(p, st, "ISO-8601 instant (yyyy-MM-ddTHH:mm:ssZ)");
  }

  static Archive readArchive(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    Archive.Builder b = Archive.builder();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      switch (f) {
        case "unitCode":
          b.unitCode(st.text(p));
          break;
        case "unitName":
          b.unitName(st.text(p));
          break;
        case "year":
          b.year(st.integer(p));
          break;
        case "post":
          b.post(LedgerCodec.POST.read(p, st));
          break;
        case "departmentName":
          b.departmentName(st.text(p));
          break;
        case "holders":
          readList(p, st, LedgerCodec.PERSON, b::addHolders);
          break;
        case "riskPoints":
          readList(p, st, LedgerCodec.RISK_POINT, b::addRiskPoints);
          break;
        case "reviews":
          readList(p, st, ArchiveCodec::readReview, b::addReviews);
          break;
        case "pledges":
          readList(p, st, ArchiveCodec::readPledge, b::addPledges);
          break;
        case "changes":
          readList(p, st, ArchiveCodec::readChange, b::addChanges);
          break;
        case "entries":
          readList(p, st, ArchiveCodec::readEntry, b::addEntries);
          break;
        default:
          st.unknown(p, f);
      }
    }
    return st.build(p, start, b::build);
  }

  static IntegrityPledge readPledge(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    IntegrityPledge.Builder b = IntegrityPledge.builder();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      switch (f) {
        case "personId":
          b.personId(st.text(p));
          break;
        case "date":
          b.date(st.date(p));
          break;
        case "text":
          st.optionalText(p, b::text);
          break;
        default:
          st.unknown(p, f);
      }
    }
    return st.build(p, start, b::build);
  }

  static ChangeRecord readChange(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    ChangeRecord.Builder b = ChangeRecord.builder();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      switch (f) {
        case "sequence":
          b.sequence(st.integer(p));
          break;
        case "date":
          b.date(st.date(p));
          break;
        case "kinds":
          readList(p, st, (q, s) -> s.code(q, REVISION_KIND), b::addKinds);
          break;
        case "reason":
          b.reason(st.text(p));
          break;
        case "actor":
          b.actor(st.text(p));
          break;
        default:
          st.unknown(p, f);
      }
    }
    return st.build(p, start, b::build);
  }

  static ArchiveEntry readEntry(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    ArchiveEntry.Builder b = ArchiveEntry.builder();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      switch (f) {
        case "kind":
          b.kind(st.text(p));
          break;
        case "id":
          b.id(st.text(p));
          break;
        case "date":
          b.date(st.date(p));
          break;
        case "summary":
          b.summary(st.text(p));
          break;
        case "attributes":
          b.attributes(readAttributes(p, st));
          break;
        default:
          st.unknown(p, f);
      }
    }
    return st.build(p, start, b::build);
  }

  private static Map<String, String> readAttributes(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    Map<String, String> out = new LinkedHashMap<>();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      out.put(f, st.text(p));
    }
    return out;
  }

  static ReviewRecord readReview(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    ReviewRecord.Builder b = ReviewRecord.builder();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      switch (f) {
        case "measureId":
          b.measureId(st.text(p));
          break;
        case "riskPointId":
          b.riskPointId(st.text(p));
          break;
        case "owner":
          b.owner(LedgerCodec.OWNER.read(p, st));
          break;
        case "trail":
          readList(p, st, ArchiveCodec::readStep, b::addTrail);
          break;
        default:
          st.unknown(p, f);
      }
    }
    return st.build(p, start, b::build);
  }

  static ReviewStep readStep(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    ReviewStep.Builder b = ReviewStep.builder();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      switch (f) {
        case "action":
          b.action(st.code(p, REVIEW_ACTION));
          break;
        case "fromState":
          if (st.present(p)) {
            b.fromState(st.code(p, REVIEW_STATE));
          }
          break;
        case "toState":
          b.toState(st.code(p, REVIEW_STATE));
          break;
        case "actor":
          b.actor(st.text(p));
          break;
        case "at":
          b.at(instant(p, st));
          break;
        case "opinion":
          st.optionalText(p, b::opinion);
          break;
        case "reasons":
          b.addAllReasons(readStrings(p, st));
          break;
        case "publicity":
          if (st.present(p)) {
            b.publicity(readPublicity(p, st));
          }
          break;
        default:
          st.unknown(p, f);
      }
    }
    return st.build(p, start, b::build);
  }

  private static Publicity readPublicity(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    Publicity.Builder b = Publicity.builder();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      switch (f) {
        case "start":
          b.start(st.date(p));
          break;
        case "end":
          b.end(st.date(p));
          break;
        case "range":
          b.range(st.text(p));
          break;
        default:
          st.unknown(p, f);
      }
    }
    return st.build(p, start, b::build);
  }

  /**
   * Reads an archive history; the canonical form is looked up by the id the document names.
   *
   * @param forms the forms known, by id
   */
  static ArchiveHistory readHistory(
      JsonParser p, ReadState st, Function<String, Optional<CanonicalForm>> forms)
      throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    CanonicalForm form = null;
    List<ArchiveRevision> revisions = new ArrayList<>();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      switch (f) {
        case "form":
          String id = st.text(p);
          Optional<CanonicalForm> known = forms.apply(id);
          if (known.isEmpty()) {
            throw st.fail(
                p,
                JsonFindingCode.INVALID_VALUE,
                "unknown canonical form '" + id + "'; known: probity-lp-1, probity-json-1");
          }
          form = known.get();
          break;
        case "revisions":
          readList(p, st, ArchiveCodec::readRevision, revisions::add);
          break;
        default:
          st.unknown(p, f);
      }
    }
    if (form == null) {
      throw st.failAt(p, start, JsonFindingCode.MISSING_PROPERTY, "form");
    }
    CanonicalForm chosen = form;
    return st.build(p, start, () -> ArchiveHistory.of(revisions, chosen));
  }

  static ArchiveRevision readRevision(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    ArchiveRevision.Builder b = ArchiveRevision.builder();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      switch (f) {
        case "sequence":
          b.sequence(st.integer(p));
          break;
        case "kinds":
          readList(p, st, (q, s) -> s.code(q, REVISION_KIND), b::addKinds);
          break;
        case "reason":
          b.reason(st.text(p));
          break;
        case "actor":
          b.actor(st.text(p));
          break;
        case "at":
          b.at(instant(p, st));
          break;
        case "formId":
          b.formId(st.text(p));
          break;
        case "previousHash":
          b.previousHash(st.text(p));
          break;
        case "hash":
          b.hash(st.text(p));
          break;
        case "content":
          b.content(readArchive(p, st));
          break;
        default:
          st.unknown(p, f);
      }
    }
    return st.build(p, start, b::build);
  }
}
