package io.github.probity.json;

import static io.github.probity.json.JsonFields.code;
import static io.github.probity.json.JsonFields.opt;
import static io.github.probity.json.JsonFields.optText;
import static io.github.probity.json.JsonFields.readList;
import static io.github.probity.json.JsonFields.readStrings;
import static io.github.probity.json.JsonFields.strings;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import io.github.probity.model.Department;
import io.github.probity.model.Discretion;
import io.github.probity.model.Frequency;
import io.github.probity.model.Leader;
import io.github.probity.model.LeadershipGroup;
import io.github.probity.model.Ledger;
import io.github.probity.model.LevelDecision;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureType;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.Person;
import io.github.probity.model.Post;
import io.github.probity.model.PowerItem;
import io.github.probity.model.PowerKind;
import io.github.probity.model.ProcessStep;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import io.github.probity.model.Unit;
import java.io.IOException;
import java.util.List;

/**
 * Writes and reads the model as the version-1 JSON shape. Property order is fixed (the model's
 * declaration order) so that equal values give identical bytes; absent optional values are omitted;
 * lists and booleans are always written. Stateless and thread-safe.
 */
final class LedgerCodec {
  static final CodeTable<RiskCategory> CATEGORY =
      CodeTable.of(RiskCategory.class, RiskCategory::parse);
  static final CodeTable<RiskLevel> LEVEL = CodeTable.of(RiskLevel.class, RiskLevel::parse);
  static final CodeTable<OwnerScope> SCOPE = CodeTable.of(OwnerScope.class, OwnerScope::parse);
  static final CodeTable<PowerKind> KIND = CodeTable.of(PowerKind.class, PowerKind::parse);
  static final CodeTable<Discretion> DISCRETION = CodeTable.of(Discretion.class, Discretion::parse);
  static final CodeTable<Frequency> FREQUENCY = CodeTable.of(Frequency.class, Frequency::parse);
  static final CodeTable<MeasureType> MEASURE_TYPE =
      CodeTable.of(MeasureType.class, MeasureType::parse);

  /** The ledger properties before {@code riskPoints}, in canonical order. */
  static final List<String> HEAD_PROPERTIES =
      List.of("unit", "year", "people", "leadershipGroup", "departments", "posts", "powerItems");

  private LedgerCodec() {}

  /** Reads one value; the parser is on its first token and is left on its last. */
  @FunctionalInterface
  interface ValueReader<T> {
    T read(JsonParser p, ReadState st) throws IOException;
  }

  // ------------------------------------------------------------------ writing

  static void writeLedger(JsonGenerator g, Ledger l) throws IOException {
    g.writeStartObject();
    writeLedgerHead(g, l);
    g.writeArrayFieldStart("riskPoints");
    for (RiskPoint rp : l.getRiskPoints()) {
      writeRiskPoint(g, rp);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Writes the ledger's properties before {@code riskPoints}, inside an open object. */
  static void writeLedgerHead(JsonGenerator g, Ledger l) throws IOException {
    g.writeFieldName("unit");
    writeUnit(g, l.getUnit());
    g.writeNumberField("year", l.getYear());
    g.writeArrayFieldStart("people");
    for (Person p : l.getPeople()) {
      writePerson(g, p);
    }
    g.writeEndArray();
    g.writeFieldName("leadershipGroup");
    writeLeadershipGroup(g, l.getLeadershipGroup());
    g.writeArrayFieldStart("departments");
    for (Department d : l.getDepartments()) {
      writeDepartment(g, d);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("posts");
    for (Post p : l.getPosts()) {
      writePost(g, p);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("powerItems");
    for (PowerItem p : l.getPowerItems()) {
      writePowerItem(g, p);
    }
    g.writeEndArray();
  }

  static void writeUnit(JsonGenerator g, Unit u) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", u.getCode());
    g.writeStringField("name", u.getName());
    opt(g, "parentName", u.getParentName());
    g.writeEndObject();
  }

  static void writePerson(JsonGenerator g, Person p) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", p.getId());
    g.writeStringField("name", p.getName());
    opt(g, "title", p.getTitle());
    g.writeEndObject();
  }

  static void writeLeadershipGroup(JsonGenerator g, LeadershipGroup lg) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", lg.getId());
    g.writeStringField("name", lg.getName());
    g.writeArrayFieldStart("leaders");
    for (Leader l : lg.getLeaders()) {
      writeLeader(g, l);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void writeLeader(JsonGenerator g, Leader l) throws IOException {
    g.writeStartObject();
    g.writeStringField("personId", l.getPersonId());
    g.writeStringField("role", l.getRole());
    g.writeBooleanField("principal", l.isPrincipal());
    g.writeStringField("divisionOfWork", l.getDivisionOfWork());
    strings(g, "supervisedDepartments", l.getSupervisedDepartments());
    g.writeEndObject();
  }

  static void writeDepartment(JsonGenerator g, Department d) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", d.getId());
    g.writeStringField("name", d.getName());
    opt(g, "head", d.getHead());
    opt(g, "supervisingLeader", d.getSupervisingLeader());
    g.writeEndObject();
  }

  static void writePost(JsonGenerator g, Post p) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", p.getId());
    g.writeStringField("name", p.getName());
    g.writeStringField("department", p.getDepartment());
    strings(g, "holders", p.getHolders());
    strings(g, "duties", p.getDuties());
    g.writeEndObject();
  }

  static void writePowerItem(JsonGenerator g, PowerItem pi) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", pi.getId());
    g.writeStringField("name", pi.getName());
    g.writeFieldName("owner");
    writeOwner(g, pi.getOwner());
    code(g, "kind", pi.getKind());
    code(g, "discretion", pi.getDiscretion());
    code(g, "frequency", pi.getFrequency());
    g.writeBooleanField("majorMatter", pi.isMajorMatter());
    g.writeArrayFieldStart("processSteps");
    for (ProcessStep s : pi.getProcessSteps()) {
      g.writeStartObject();
      g.writeStringField("id", s.getId());
      g.writeStringField("name", s.getName());
      opt(g, "post", s.getPost());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void writeOwner(JsonGenerator g, RiskOwner o) throws IOException {
    g.writeStartObject();
    code(g, "scope", o.getScope());
    g.writeStringField("id", o.getId());
    g.writeEndObject();
  }

  static void writeRiskPoint(JsonGenerator g, RiskPoint rp) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", rp.getId());
    g.writeFieldName("owner");
    writeOwner(g, rp.getOwner());
    code(g, "category", rp.getCategory());
    opt(g, "powerItem", rp.getPowerItem());
    opt(g, "processStep", rp.getProcessStep());
    g.writeStringField("title", rp.getTitle());
    opt(g, "manifestation", rp.getManifestation());
    if (rp.getFactors().isPresent()) {
      RiskFactors f = rp.getFactors().get();
      g.writeObjectFieldStart("factors");
      g.writeNumberField("importance", f.getImportance());
      g.writeNumberField("frequency", f.getFrequency());
      g.writeNumberField("probability", f.getProbability());
      opt(g, "discretion", f.getDiscretion());
      opt(g, "harm", f.getHarm());
      g.writeEndObject();
    }
    if (rp.getLevel().isPresent()) {
      code(g, "level", rp.getLevel().get());
    }
    if (rp.getDecision().isPresent()) {
      LevelDecision d = rp.getDecision().get();
      g.writeObjectFieldStart("decision");
      g.writeStringField("meetingReference", d.getMeetingReference());
      g.writeStringField("date", d.getDate().toString());
      code(g, "proposedLevel", d.getProposedLevel());
      code(g, "level", d.getLevel());
      opt(g, "rationale", d.getRationale());
      g.writeEndObject();
    }
    if (rp.getResidualLevel().isPresent()) {
      code(g, "residualLevel", rp.getResidualLevel().get());
    }
    opt(g, "residualRationale", rp.getResidualRationale());
    g.writeArrayFieldStart("measures");
    for (Measure m : rp.getMeasures()) {
      g.writeStartObject();
      g.writeStringField("id", m.getId());
      g.writeStringField("text", m.getText());
      code(g, "type", m.getType());
      opt(g, "proposer", m.getProposer());
      optText(g, "deadline", m.getDeadline());
      g.writeEndObject();
    }
    g.writeEndArray();
    opt(g, "responsible", rp.getResponsible());
    opt(g, "responsibleRole", rp.getResponsibleRole());
    opt(g, "supervisor", rp.getSupervisor());
    opt(g, "supervisorRole", rp.getSupervisorRole());
    strings(g, "monitoringIndicators", rp.getMonitoringIndicators());
    g.writeEndObject();
  }

  // ------------------------------------------------------------------ reading

  /** Reads a whole ledger object. */
  static Ledger readLedger(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    Ledger.Builder b = Ledger.builder();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      if (!readHeadProperty(p, st, b, f)) {
        if (f.equals("riskPoints")) {
          readList(p, st, LedgerCodec::readRiskPoint, b::addRiskPoints);
        } else {
          st.unknown(p, f);
        }
      }
    }
    return buildLedger(p, st, start, b);
  }

  static Ledger buildLedger(JsonParser p, ReadState st, JsonLocation start, Ledger.Builder b)
      throws DocumentProblem {
    return st.build(p, start, b::build);
  }

  /**
   * Reads one of the ledger's head properties into the builder.
   *
   * @return {@code false} if the name is not a head property
   */
  static boolean readHeadProperty(JsonParser p, ReadState st, Ledger.Builder b, String f)
      throws IOException {
    switch (f) {
      case "unit":
        b.unit(readUnit(p, st));
        return true;
      case "year":
        b.year(st.integer(p));
        return true;
      case "people":
        readList(p, st, LedgerCodec::readPerson, b::addPeople);
        return true;
      case "leadershipGroup":
        b.leadershipGroup(readLeadershipGroup(p, st));
        return true;
      case "departments":
        readList(p, st, LedgerCodec::readDepartment, b::addDepartments);
        return true;
      case "posts":
        readList(p, st, LedgerCodec::readPost, b::addPosts);
        return true;
      case "powerItems":
        readList(p, st, LedgerCodec::readPowerItem, b::addPowerItems);
        return true;
      default:
        return false;
    }
  }

  static Unit readUnit(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    Unit.Builder b = Unit.builder();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      switch (f) {
        case "code":
          b.code(st.text(p));
          break;
        case "name":
          b.name(st.text(p));
          break;
        case "parentName":
          st.optionalText(p, b::parentName);
          break;
        default:
          st.unknown(p, f);
      }
    }
    return st.build(p, start, b::build);
  }

  static Person readPerson(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    Person.Builder b = Person.builder();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      switch (f) {
        case "id":
          b.id(st.text(p));
          break;
        case "name":
          b.name(st.text(p));
          break;
        case "title":
          st.optionalText(p, b::title);
          break;
        default:
          st.unknown(p, f);
      }
    }
    return st.build(p, start, b::build);
  }

  static LeadershipGroup readLeadershipGroup(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    LeadershipGroup.Builder b = LeadershipGroup.builder();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      switch (f) {
        case "id":
          b.id(st.text(p));
          break;
        case "name":
          b.name(st.text(p));
          break;
        case "leaders":
          readList(p, st, LedgerCodec::readLeader, b::addLeaders);
          break;
        default:
          st.unknown(p, f);
      }
    }
    return st.build(p, start, b::build);
  }

  static Leader readLeader(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    Leader.Builder b = Leader.builder();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      switch (f) {
        case "personId":
          b.personId(st.text(p));
          break;
        case "role":
          b.role(st.text(p));
          break;
        case "principal":
          b.principal(st.bool(p));
          break;
        case "divisionOfWork":
          b.divisionOfWork(st.text(p));
          break;
        case "supervisedDepartments":
          b.addAllSupervisedDepartments(readStrings(p, st));
          break;
        default:
          st.unknown(p, f);
      }
    }
    return st.build(p, start, b::build);
  }

  static Department readDepartment(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    Department.Builder b = Department.builder();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      switch (f) {
        case "id":
          b.id(st.text(p));
          break;
        case "name":
          b.name(st.text(p));
          break;
        case "head":
          st.optionalText(p, b::head);
          break;
        case "supervisingLeader":
          st.optionalText(p, b::supervisingLeader);
          break;
        default:
          st.unknown(p, f);
      }
    }
    return st.build(p, start, b::build);
  }

  static Post readPost(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    Post.Builder b = Post.builder();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      switch (f) {
        case "id":
          b.id(st.text(p));
          break;
        case "name":
          b.name(st.text(p));
          break;
        case "department":
          b.department(st.text(p));
          break;
        case "holders":
          b.addAllHolders(readStrings(p, st));
          break;
        case "duties":
          b.addAllDuties(readStrings(p, st));
          break;
        default:
          st.unknown(p, f);
      }
    }
    return st.build(p, start, b::build);
  }

  static PowerItem readPowerItem(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    PowerItem.Builder b = PowerItem.builder();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      switch (f) {
        case "id":
          b.id(st.text(p));
          break;
        case "name":
          b.name(st.text(p));
          break;
        case "owner":
          b.owner(readOwner(p, st));
          break;
        case "kind":
          b.kind(st.code(p, KIND));
          break;
        case "discretion":
          b.discretion(st.code(p, DISCRETION));
          break;
        case "frequency":
          b.frequency(st.code(p, FREQUENCY));
          break;
        case "majorMatter":
          b.majorMatter(st.bool(p));
          break;
        case "processSteps":
          readList(p, st, LedgerCodec::readProcessStep, b::addProcessSteps);
          break;
        default:
          st.unknown(p, f);
      }
    }
    return st.build(p, start, b::build);
  }

  static ProcessStep readProcessStep(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    ProcessStep.Builder b = ProcessStep.builder();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      switch (f) {
        case "id":
          b.id(st.text(p));
          break;
        case "name":
          b.name(st.text(p));
          break;
        case "post":
          st.optionalText(p, b::post);
          break;
        default:
          st.unknown(p, f);
      }
    }
    return st.build(p, start, b::build);
  }

  static RiskOwner readOwner(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    OwnerScope scope = null;
    String id = null;
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      switch (f) {
        case "scope":
          scope = st.code(p, SCOPE);
          break;
        case "id":
          id = st.text(p);
          break;
        default:
          st.unknown(p, f);
      }
    }
    if (scope == null || id == null) {
      throw st.failAt(
          p,
          start,
          JsonFindingCode.MISSING_PROPERTY,
          scope == null ? (id == null ? "scope, id" : "scope") : "id");
    }
    OwnerScope s = scope;
    String i = id;
    return st.build(p, start, () -> RiskOwner.of(s, i));
  }

  static RiskPoint readRiskPoint(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    RiskPoint.Builder b = RiskPoint.builder();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      switch (f) {
        case "id":
          b.id(st.text(p));
          break;
        case "owner":
          b.owner(readOwner(p, st));
          break;
        case "category":
          b.category(st.code(p, CATEGORY));
          break;
        case "powerItem":
          st.optionalText(p, b::powerItem);
          break;
        case "processStep":
          st.optionalText(p, b::processStep);
          break;
        case "title":
          b.title(st.text(p));
          break;
        case "manifestation":
          st.optionalText(p, b::manifestation);
          break;
        case "factors":
          if (st.present(p)) {
            b.factors(readFactors(p, st));
          }
          break;
        case "level":
          if (st.present(p)) {
            b.level(st.code(p, LEVEL));
          }
          break;
        case "decision":
          if (st.present(p)) {
            b.decision(readDecision(p, st));
          }
          break;
        case "residualLevel":
          if (st.present(p)) {
            b.residualLevel(st.code(p, LEVEL));
          }
          break;
        case "residualRationale":
          st.optionalText(p, b::residualRationale);
          break;
        case "measures":
          readList(p, st, LedgerCodec::readMeasure, b::addMeasures);
          break;
        case "responsible":
          st.optionalText(p, b::responsible);
          break;
        case "responsibleRole":
          st.optionalText(p, b::responsibleRole);
          break;
        case "supervisor":
          st.optionalText(p, b::supervisor);
          break;
        case "supervisorRole":
          st.optionalText(p, b::supervisorRole);
          break;
        case "monitoringIndicators":
          b.addAllMonitoringIndicators(readStrings(p, st));
          break;
        default:
          st.unknown(p, f);
      }
    }
    return st.build(p, start, b::build);
  }

  static RiskFactors readFactors(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    RiskFactors.Builder b = RiskFactors.builder();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      switch (f) {
        case "importance":
          b.importance(st.integer(p));
          break;
        case "frequency":
          b.frequency(st.integer(p));
          break;
        case "probability":
          b.probability(st.integer(p));
          break;
        case "discretion":
          if (st.present(p)) {
            b.discretion(st.integer(p));
          }
          break;
        case "harm":
          if (st.present(p)) {
            b.harm(st.integer(p));
          }
          break;
        default:
          st.unknown(p, f);
      }
    }
    return st.build(p, start, b::build);
  }

  static LevelDecision readDecision(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    LevelDecision.Builder b = LevelDecision.builder();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      switch (f) {
        case "meetingReference":
          b.meetingReference(st.text(p));
          break;
        case "date":
          b.date(st.date(p));
          break;
        case "proposedLevel":
          b.proposedLevel(st.code(p, LEVEL));
          break;
        case "level":
          b.level(st.code(p, LEVEL));
          break;
        case "rationale":
          st.optionalText(p, b::rationale);
          break;
        default:
          st.unknown(p, f);
      }
    }
    return st.build(p, start, b::build);
  }

  static Measure readMeasure(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    Measure.Builder b = Measure.builder();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      switch (f) {
        case "id":
          b.id(st.text(p));
          break;
        case "text":
          b.text(st.text(p));
          break;
        case "type":
          b.type(st.code(p, MEASURE_TYPE));
          break;
        case "proposer":
          st.optionalText(p, b::proposer);
          break;
        case "deadline":
          st.optionalDate(p, b::deadline);
          break;
        default:
          st.unknown(p, f);
      }
    }
    return st.build(p, start, b::build);
  }
}
