package io.github.probity.json;

import static io.github.probity.json.JsonFields.opt;
import static io.github.probity.json.JsonFields.readList;
import static io.github.probity.json.JsonFields.readStrings;
import static io.github.probity.json.JsonFields.strings;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.probity.model.RiskLevel;
import io.github.probity.warning.CaseAction;
import io.github.probity.warning.CaseEvent;
import io.github.probity.warning.CaseState;
import io.github.probity.warning.Disposition;
import io.github.probity.warning.DispositionCase;
import io.github.probity.warning.DispositionLadder;
import io.github.probity.warning.DispositionMeasure;
import io.github.probity.warning.Escalation;
import io.github.probity.warning.InvalidCaseHistoryException;
import io.github.probity.warning.ProcessAction;
import io.github.probity.warning.ProcessEvent;
import io.github.probity.warning.Signal;
import io.github.probity.warning.SignalKind;
import io.github.probity.warning.Subject;
import io.github.probity.warning.SubjectKind;
import io.github.probity.warning.Warning;
import io.github.probity.warning.WarningLevel;
import io.github.probity.warning.WarningPolicy;
import io.github.probity.warning.WarningStage;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Writes and reads signals, warnings, warning policies and disposition cases as the version-1 JSON
 * shapes of the signal, warning and case documents. Times are ISO-8601 instants in UTC, durations
 * and periods ISO-8601 ({@code PT720H}, {@code P3M}), amounts plain JSON numbers, enums their
 * codes; absent optional values and empty details are omitted. Stateless and thread-safe.
 */
final class WarningCodec {
  static final CodeTable<SignalKind> SIGNAL_KIND =
      CodeTable.of(SignalKind.class, SignalKind::parse);
  static final CodeTable<SubjectKind> SUBJECT_KIND =
      CodeTable.of(SubjectKind.class, SubjectKind::parse);
  static final CodeTable<ProcessAction> PROCESS_ACTION =
      CodeTable.of(ProcessAction.class, ProcessAction::parse);
  static final CodeTable<WarningLevel> WARNING_LEVEL =
      CodeTable.of(WarningLevel.class, WarningLevel::parse);
  static final CodeTable<WarningStage> STAGE =
      CodeTable.of(WarningStage.class, WarningStage::parse);
  static final CodeTable<DispositionLadder> LADDER =
      CodeTable.of(DispositionLadder.class, DispositionLadder::parse);
  static final CodeTable<DispositionMeasure> MEASURE =
      CodeTable.of(DispositionMeasure.class, DispositionMeasure::parse);
  static final CodeTable<CaseState> CASE_STATE = CodeTable.of(CaseState.class, CaseState::parse);
  static final CodeTable<CaseAction> CASE_ACTION =
      CodeTable.of(CaseAction.class, CaseAction::parse);

  private WarningCodec() {}

  // ------------------------------------------------------------------ writing

  private static void instant(JsonGenerator g, String name, Instant t) throws IOException {
    g.writeStringField(name, t.toString());
  }

  private static void amount(JsonGenerator g, String name, BigDecimal a) throws IOException {
    g.writeFieldName(name);
    g.writeNumber(a.toPlainString());
  }

  static void writeSubject(JsonGenerator g, String name, Subject s) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("kind", s.getKind().code());
    g.writeStringField("id", s.getId());
    g.writeEndObject();
  }

  static void writeSignal(JsonGenerator g, Signal s) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.getId());
    g.writeStringField("kind", s.getKind().code());
    writeSubject(g, "subject", s.getSubject());
    opt(g, "riskPoint", s.getRiskPoint());
    instant(g, "time", s.getTime());
    g.writeStringField("source", s.getSource());
    if (!s.getDetails().isEmpty()) {
      g.writeStringField("details", s.getDetails());
    }
    if (!s.getEvidence().isEmpty()) {
      strings(g, "evidence", s.getEvidence());
    }
    if (s.getProcessEvent().isPresent()) {
      writeProcessEvent(g, s.getProcessEvent().get());
    }
    if (s.getDueAt().isPresent()) {
      instant(g, "dueAt", s.getDueAt().get());
    }
    g.writeEndObject();
  }

  private static void writeProcessEvent(JsonGenerator g, ProcessEvent e) throws IOException {
    g.writeObjectFieldStart("processEvent");
    g.writeStringField("action", e.getAction().code());
    if (e.getAmount().isPresent()) {
      amount(g, "amount", e.getAmount().get());
    }
    opt(g, "supplier", e.getSupplier());
    opt(g, "approver", e.getApprover());
    opt(g, "executor", e.getExecutor());
    opt(g, "collectiveDecision", e.getCollectiveDecision());
    opt(g, "powerItem", e.getPowerItem());
    opt(g, "holder", e.getHolder());
    opt(g, "reference", e.getReference());
    g.writeEndObject();
  }

  static void writeWarning(JsonGenerator g, Warning w) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", w.getId());
    g.writeStringField("indicator", w.getIndicator());
    g.writeStringField("level", w.getLevel().code());
    g.writeStringField("stage", w.getStage().code());
    g.writeStringField("ladder", w.getLadder().code());
    writeSubject(g, "subject", w.getSubject());
    opt(g, "riskPoint", w.getRiskPoint());
    strings(g, "signals", w.getSignals());
    instant(g, "time", w.getTime());
    g.writeStringField("reason", w.getReason());
    g.writeEndObject();
  }

  static void writeSignals(JsonGenerator g, Iterable<Signal> signals) throws IOException {
    g.writeStartArray();
    for (Signal s : signals) {
      writeSignal(g, s);
    }
    g.writeEndArray();
  }

  static void writeWarnings(JsonGenerator g, WarningDocument doc) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("warnings");
    for (Warning w : doc.warnings()) {
      writeWarning(g, w);
    }
    g.writeEndArray();
    g.writeFieldName("signals");
    writeSignals(g, doc.signals());
    g.writeEndObject();
  }

  static void writePolicy(JsonGenerator g, String name, WarningPolicy p) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeNumberField("complaintThreshold", p.getComplaintThreshold());
    g.writeStringField("complaintWindow", p.getComplaintWindow().toString());
    amount(g, "largePaymentThreshold", p.getLargePaymentThreshold());
    amount(g, "purchaseThreshold", p.getPurchaseThreshold());
    g.writeStringField("splitPurchaseWindow", p.getSplitPurchaseWindow().toString());
    g.writeStringField("overdueGrace", p.getOverdueGrace().toString());
    g.writeStringField("overdueSevere", p.getOverdueSevere().toString());
    g.writeStringField("highPostTerm", p.getHighPostTerm().toString());
    g.writeObjectFieldStart("reviewCadences");
    for (RiskLevel l : RiskLevel.values()) {
      Period c = p.getReviewCadences().get(l);
      if (c != null) {
        g.writeStringField(l.code(), c.toString());
      }
    }
    g.writeEndObject();
    g.writeObjectFieldStart("replyDeadlines");
    for (DispositionMeasure m : DispositionMeasure.values()) {
      Integer days = p.getReplyDeadlines().get(m);
      if (days != null) {
        g.writeNumberField(m.code(), days);
      }
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  static void writeCase(JsonGenerator g, DispositionCase c, WarningPolicy bookPolicy)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.getId());
    g.writeFieldName("warning");
    writeWarning(g, c.getWarning());
    if (!c.getPolicy().equals(bookPolicy)) {
      writePolicy(g, "policy", c.getPolicy());
    }
    g.writeStringField("state", c.getState().code());
    g.writeStringField("level", c.getLevel().code());
    g.writeBooleanField("accountability", c.isAccountability());
    g.writeArrayFieldStart("dispositions");
    for (Disposition d : c.getDispositions()) {
      g.writeStartObject();
      g.writeStringField("measure", d.getMeasure().code());
      instant(g, "issuedAt", d.getIssuedAt());
      instant(g, "dueAt", d.getDueAt());
      g.writeNumberField("round", d.getRound());
      if (d.getRepliedAt().isPresent()) {
        instant(g, "repliedAt", d.getRepliedAt().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("escalations");
    for (Escalation e : c.getEscalations()) {
      g.writeStartObject();
      instant(g, "time", e.getTime());
      g.writeStringField("reason", e.getReason());
      g.writeStringField("fromMeasure", e.getFromMeasure().code());
      g.writeStringField("toMeasure", e.getToMeasure().code());
      g.writeStringField("fromLevel", e.getFromLevel().code());
      g.writeStringField("toLevel", e.getToLevel().code());
      g.writeBooleanField("accountability", e.isAccountability());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("history");
    for (CaseEvent e : c.getHistory()) {
      g.writeStartObject();
      g.writeStringField("action", e.getAction().code());
      g.writeStringField("fromState", e.getFromState().code());
      g.writeStringField("toState", e.getToState().code());
      g.writeStringField("actor", e.getActor());
      instant(g, "time", e.getTime());
      g.writeStringField("note", e.getNote());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void writeCaseBook(
      JsonGenerator g, String systemActor, WarningPolicy policy, List<DispositionCase> cases)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("systemActor", systemActor);
    writePolicy(g, "policy", policy);
    g.writeArrayFieldStart("cases");
    for (DispositionCase c : cases) {
      writeCase(g, c, policy);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  // ------------------------------------------------------------------ reading

  static Instant instant(JsonParser p, ReadState st) throws IOException {
    return JsonFields.instant(p, st, "ISO-8601 instant (e.g. 2026-01-01T08:00:00Z)");
  }

  static Duration duration(JsonParser p, ReadState st) throws IOException {
    String s = st.text(p);
    try {
      return Duration.parse(s);
    } catch (DateTimeException e) {
      throw st.fail(
          p, JsonFindingCode.WRONG_TYPE, "ISO-8601 duration (e.g. PT720H)", "'" + s + "'");
    }
  }

  static Period period(JsonParser p, ReadState st) throws IOException {
    String s = st.text(p);
    try {
      return Period.parse(s);
    } catch (DateTimeException e) {
      throw st.fail(p, JsonFindingCode.WRONG_TYPE, "ISO-8601 period (e.g. P3M)", "'" + s + "'");
    }
  }

  static BigDecimal decimal(JsonParser p, ReadState st) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw st.wrongType(p, "number");
    }
    BigDecimal d = p.getDecimalValue();
    if (d.scale() > MAX_SCALE || d.scale() < -MAX_SCALE) {
      throw st.fail(p, JsonFindingCode.INVALID_VALUE, "amount out of range: " + p.getText());
    }
    return d;
  }

  /** The largest scale, either way, of an amount: beyond it a plain rendering would be huge. */
  private static final int MAX_SCALE = 64;

  static Subject readSubject(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    SubjectKind kind = null;
    String id = null;
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      if (f.equals("kind")) {
        kind = st.code(p, SUBJECT_KIND);
      } else if (f.equals("id")) {
        id = st.text(p);
      } else {
        st.unknown(p, f);
      }
    }
    if (kind == null || id == null) {
      throw st.failAt(p, start, JsonFindingCode.MISSING_PROPERTY, kind == null ? "kind" : "id");
    }
    SubjectKind k = kind;
    String i = id;
    return st.build(p, start, () -> Subject.of(k, i));
  }

  static Signal readSignal(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    Signal.Builder b = Signal.builder();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      switch (f) {
        case "id":
          b.id(st.text(p));
          break;
        case "kind":
          b.kind(st.code(p, SIGNAL_KIND));
          break;
        case "subject":
          b.subject(readSubject(p, st));
          break;
        case "riskPoint":
          st.optionalText(p, b::riskPoint);
          break;
        case "time":
          b.time(instant(p, st));
          break;
        case "source":
          b.source(st.text(p));
          break;
        case "details":
          st.optionalText(p, b::details);
          break;
        case "evidence":
          b.addAllEvidence(readStrings(p, st));
          break;
        case "processEvent":
          if (st.present(p)) {
            b.processEvent(readProcessEvent(p, st));
          }
          break;
        case "dueAt":
          if (st.present(p)) {
            b.dueAt(instant(p, st));
          }
          break;
        default:
          st.unknown(p, f);
      }
    }
    return st.build(p, start, b::build);
  }

  static ProcessEvent readProcessEvent(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    ProcessEvent.Builder b = ProcessEvent.builder();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      if (f.equals("action")) {
        b.action(st.code(p, PROCESS_ACTION));
        continue;
      }
      if (f.equals("amount")) {
        if (st.present(p)) {
          b.amount(decimal(p, st));
        }
        continue;
      }
      Consumer<String> set = optionalText(b, f);
      if (set == null) {
        st.unknown(p, f);
      } else st.optionalText(p, set::accept);
    }
    return st.build(p, start, b::build);
  }

  private static @Nullable Consumer<String> optionalText(ProcessEvent.Builder b, String f) {
    switch (f) {
      case "supplier":
        return b::supplier;
      case "approver":
        return b::approver;
      case "executor":
        return b::executor;
      case "collectiveDecision":
        return b::collectiveDecision;
      case "powerItem":
        return b::powerItem;
      case "holder":
        return b::holder;
      case "reference":
        return b::reference;
      default:
        return null;
    }
  }

  static Warning readWarning(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    Warning.Builder b = Warning.builder();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      switch (f) {
        case "id":
          b.id(st.text(p));
          break;
        case "indicator":
          b.indicator(st.text(p));
          break;
        case "level":
          b.level(st.code(p, WARNING_LEVEL));
          break;
        case "stage":
          b.stage(st.code(p, STAGE));
          break;
        case "ladder":
          b.ladder(st.code(p, LADDER));
          break;
        case "subject":
          b.subject(readSubject(p, st));
          break;
        case "riskPoint":
          st.optionalText(p, b::riskPoint);
          break;
        case "signals":
          b.addAllSignals(readStrings(p, st));
          break;
        case "time":
          b.time(instant(p, st));
          break;
        case "reason":
          b.reason(st.text(p));
          break;
        default:
          st.unknown(p, f);
      }
    }
    return st.build(p, start, b::build);
  }

  /** Reads a signal array, handing each signal to the sink as it is read. */
  static void readSignals(JsonParser p, ReadState st, Consumer<? super Signal> sink)
      throws IOException {
    readList(p, st, WarningCodec::readSignal, sink);
  }

  static WarningDocument readWarnings(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    List<Warning> warnings = new ArrayList<>();
    List<JsonLocation> at = new ArrayList<>();
    List<String> pointers = new ArrayList<>();
    List<Signal> signals = new ArrayList<>();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      if (f.equals("warnings")) {
        readList(
            p,
            st,
            (q, s) -> {
              at.add(q.currentTokenLocation());
              pointers.add(ReadState.pointer(q));
              return readWarning(q, s);
            },
            warnings::add);
      } else if (f.equals("signals")) {
        readSignals(p, st, signals::add);
      } else {
        st.unknown(p, f);
      }
    }
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (Signal s : signals) {
      if (!ids.add(s.getId())) {
        throw st.fail(p, JsonFindingCode.INVALID_VALUE, "two signals with the id " + s.getId());
      }
    }
    for (int i = 0; i < warnings.size(); i++) {
      for (String id : warnings.get(i).getSignals()) {
        if (!ids.contains(id)) {
          problem(
              st,
              pointers.get(i) + "/signals",
              at.get(i),
              JsonFindingCode.UNRESOLVED_SIGNAL,
              warnings.get(i).getId(),
              id);
        }
      }
    }
    return new WarningDocument(warnings, signals);
  }

  static WarningPolicy readPolicy(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    WarningPolicy.Builder b = WarningPolicy.builder();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      switch (f) {
        case "complaintThreshold":
          b.complaintThreshold(st.integer(p));
          break;
        case "complaintWindow":
          b.complaintWindow(duration(p, st));
          break;
        case "largePaymentThreshold":
          b.largePaymentThreshold(decimal(p, st));
          break;
        case "purchaseThreshold":
          b.purchaseThreshold(decimal(p, st));
          break;
        case "splitPurchaseWindow":
          b.splitPurchaseWindow(duration(p, st));
          break;
        case "overdueGrace":
          b.overdueGrace(duration(p, st));
          break;
        case "overdueSevere":
          b.overdueSevere(duration(p, st));
          break;
        case "highPostTerm":
          b.highPostTerm(duration(p, st));
          break;
        case "reviewCadences":
          st.startObject(p);
          for (String l = st.firstName(p); l != null; l = st.nextName(p)) {
            p.nextToken();
            b.putReviewCadences(levelCode(p, st, l), period(p, st));
          }
          break;
        case "replyDeadlines":
          st.startObject(p);
          Map<DispositionMeasure, Integer> days = new EnumMap<>(DispositionMeasure.class);
          for (String m = st.firstName(p); m != null; m = st.nextName(p)) {
            p.nextToken();
            days.put(measureCode(p, st, m), st.integer(p));
          }
          b.putAllReplyDeadlines(days);
          break;
        default:
          st.unknown(p, f);
      }
    }
    return st.build(p, start, b::build);
  }

  private static RiskLevel levelCode(JsonParser p, ReadState st, String key) throws IOException {
    RiskLevel l = LedgerCodec.LEVEL.byCode(key);
    if (l == null) {
      throw st.fail(
          p, JsonFindingCode.INVALID_CODE, key, "RiskLevel", LedgerCodec.LEVEL.validCodes());
    }
    return l;
  }

  private static DispositionMeasure measureCode(JsonParser p, ReadState st, String key)
      throws IOException {
    DispositionMeasure m = MEASURE.byCode(key);
    if (m == null) {
      throw st.fail(p, JsonFindingCode.INVALID_CODE, key, MEASURE.typeName(), MEASURE.validCodes());
    }
    return m;
  }

  /** What a case object holds: the source of truth and the derived record to check. */
  private static final class StoredCase {
    @Nullable String id;
    @Nullable Warning warning;
    @Nullable WarningPolicy policy;
    @Nullable CaseState state;
    @Nullable WarningLevel level;
    @Nullable Boolean accountability;
    @Nullable List<Disposition> dispositions;
    @Nullable List<Escalation> escalations;
    @Nullable List<CaseEvent> history;
  }

  static DispositionCase readCase(
      JsonParser p, ReadState st, WarningPolicy bookPolicy, String systemActor) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    String pointer = ReadState.pointer(p);
    StoredCase c = new StoredCase();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      switch (f) {
        case "id":
          c.id = st.text(p);
          break;
        case "warning":
          c.warning = readWarning(p, st);
          break;
        case "policy":
          c.policy = readPolicy(p, st);
          break;
        case "state":
          c.state = st.code(p, CASE_STATE);
          break;
        case "level":
          c.level = st.code(p, WARNING_LEVEL);
          break;
        case "accountability":
          c.accountability = st.bool(p);
          break;
        case "dispositions":
          List<Disposition> d = new ArrayList<>();
          readList(p, st, WarningCodec::readDisposition, d::add);
          c.dispositions = d;
          break;
        case "escalations":
          List<Escalation> e = new ArrayList<>();
          readList(p, st, WarningCodec::readEscalation, e::add);
          c.escalations = e;
          break;
        case "history":
          List<CaseEvent> h = new ArrayList<>();
          readList(p, st, WarningCodec::readEvent, h::add);
          c.history = h;
          break;
        default:
          st.unknown(p, f);
      }
    }
    if (c.warning == null || c.history == null) {
      throw st.failAt(
          p, start, JsonFindingCode.MISSING_PROPERTY, c.warning == null ? "warning" : "history");
    }
    Warning w = c.warning;
    DispositionCase restored;
    try {
      restored = DispositionCase.restore(w, c.policy != null ? c.policy : bookPolicy, c.history);
    } catch (DateTimeException | ArithmeticException e) {
      throw st.failAt(
          p, start, JsonFindingCode.INVALID_VALUE, "time out of range: " + e.getMessage());
    } catch (InvalidCaseHistoryException e) {
      String at =
          pointer
              + "/history"
              + (e.getEventIndex().isPresent() ? "/" + e.getEventIndex().getAsInt() : "");
      throw new DocumentProblem(
          List.of(
              JsonFinding.of(
                  JsonFindingCode.INVALID_CASE_HISTORY,
                  at,
                  ReadState.line(start),
                  ReadState.column(start),
                  String.valueOf(e.getMessage()))),
          start);
    }
    check(p, st, start, pointer, "id", c.id, restored.getId());
    check(p, st, start, pointer, "state", c.state, restored.getState());
    check(p, st, start, pointer, "level", c.level, restored.getLevel());
    check(p, st, start, pointer, "accountability", c.accountability, restored.isAccountability());
    check(p, st, start, pointer, "dispositions", c.dispositions, restored.getDispositions());
    List<Escalation> escalations = null;
    if (c.escalations != null) {
      escalations = new ArrayList<>();
      for (Escalation e : c.escalations) {
        escalations.add(Escalation.builder().from(e).caseId(restored.getId()).build());
      }
    }
    check(p, st, start, pointer, "escalations", escalations, restored.getEscalations());
    return restored;
  }

  /** Compares a stored derived value with the replayed one; an absent one is not checked. */
  private static void check(
      JsonParser p,
      ReadState st,
      JsonLocation start,
      String pointer,
      String name,
      @Nullable Object stored,
      Object replayed)
      throws DocumentProblem {
    if (stored != null && !stored.equals(replayed)) {
      problem(
          st,
          pointer + "/" + name,
          start,
          JsonFindingCode.CASE_RECORD_MISMATCH,
          name,
          String.valueOf(stored),
          String.valueOf(replayed));
    }
  }

  /**
   * Reports a problem with the data as a whole: an error in strict mode, a warning in lenient mode
   * (where the reader's own resolution stands).
   */
  static void problem(
      ReadState st, String pointer, JsonLocation at, JsonFindingCode code, String... args)
      throws DocumentProblem {
    int line = ReadState.line(at);
    int column = ReadState.column(at);
    if (st.mode() == ReadMode.STRICT) {
      throw new DocumentProblem(List.of(JsonFinding.of(code, pointer, line, column, args)), at);
    }
    st.warn(
        new JsonFinding(
            code,
            io.github.probity.validation.Severity.WARNING,
            pointer,
            line,
            column,
            List.of(args)));
  }

  static Disposition readDisposition(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    Disposition.Builder b = Disposition.builder();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      switch (f) {
        case "measure":
          b.measure(st.code(p, MEASURE));
          break;
        case "issuedAt":
          b.issuedAt(instant(p, st));
          break;
        case "dueAt":
          b.dueAt(instant(p, st));
          break;
        case "round":
          b.round(st.integer(p));
          break;
        case "repliedAt":
          if (st.present(p)) {
            b.repliedAt(instant(p, st));
          }
          break;
        default:
          st.unknown(p, f);
      }
    }
    return st.build(p, start, b::build);
  }

  static Escalation readEscalation(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    Escalation.Builder b = Escalation.builder();
    b.caseId("?"); // the case's own id, set by the case reader
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      switch (f) {
        case "time":
          b.time(instant(p, st));
          break;
        case "reason":
          b.reason(st.text(p));
          break;
        case "fromMeasure":
          b.fromMeasure(st.code(p, MEASURE));
          break;
        case "toMeasure":
          b.toMeasure(st.code(p, MEASURE));
          break;
        case "fromLevel":
          b.fromLevel(st.code(p, WARNING_LEVEL));
          break;
        case "toLevel":
          b.toLevel(st.code(p, WARNING_LEVEL));
          break;
        case "accountability":
          b.accountability(st.bool(p));
          break;
        default:
          st.unknown(p, f);
      }
    }
    return st.build(p, start, b::build);
  }

  static CaseEvent readEvent(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    CaseEvent.Builder b = CaseEvent.builder();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      switch (f) {
        case "action":
          b.action(st.code(p, CASE_ACTION));
          break;
        case "fromState":
          b.fromState(st.code(p, CASE_STATE));
          break;
        case "toState":
          b.toState(st.code(p, CASE_STATE));
          break;
        case "actor":
          b.actor(st.text(p));
          break;
        case "time":
          b.time(instant(p, st));
          break;
        case "note":
          b.note(st.text(p));
          break;
        default:
          st.unknown(p, f);
      }
    }
    return st.build(p, start, b::build);
  }

  /** The body of a case document, before the clock makes it a case book. */
  static final class CaseBookData {
    final String systemActor;
    final WarningPolicy policy;
    final List<DispositionCase> cases;

    CaseBookData(String systemActor, WarningPolicy policy, List<DispositionCase> cases) {
      this.systemActor = systemActor;
      this.policy = policy;
      this.cases = cases;
    }
  }

  /**
   * Reads a case book body. The policy must precede the cases (as written); cases read before it
   * are buffered.
   */
  static CaseBookData readCaseBook(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    String actor = null;
    WarningPolicy policy = null;
    com.fasterxml.jackson.databind.util.TokenBuffer buffered = null;
    List<DispositionCase> cases = new ArrayList<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      switch (f) {
        case "systemActor":
          actor = st.text(p);
          break;
        case "policy":
          policy = readPolicy(p, st);
          break;
        case "cases":
          if (policy != null && actor != null) {
            readCases(p, st, policy, actor, cases, ids);
          } else {
            buffered = new com.fasterxml.jackson.databind.util.TokenBuffer(p, null);
            buffered.copyCurrentStructure(p);
          }
          break;
        default:
          st.unknown(p, f);
      }
    }
    if (actor == null || policy == null) {
      throw st.failAt(
          p, start, JsonFindingCode.MISSING_PROPERTY, actor == null ? "systemActor" : "policy");
    }
    if (buffered != null) {
      try (JsonParser bp = buffered.asParser()) {
        bp.nextToken();
        readCases(bp, st, policy, actor, cases, ids);
      }
    }
    return new CaseBookData(actor, policy, cases);
  }

  private static void readCases(
      JsonParser p,
      ReadState st,
      WarningPolicy policy,
      String actor,
      List<DispositionCase> cases,
      java.util.Set<String> ids)
      throws IOException {
    readList(
        p,
        st,
        (q, s) -> {
          DispositionCase c = readCase(q, s, policy, actor);
          if (!ids.add(c.getId())) {
            throw s.fail(q, JsonFindingCode.INVALID_VALUE, "two cases with the id " + c.getId());
          }
          return c;
        },
        cases::add);
  }
}
