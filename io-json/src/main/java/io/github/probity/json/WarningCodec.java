package io.github.probity.json;

import static io.github.probity.json.JsonValues.AMOUNT;
import static io.github.probity.json.JsonValues.BOOLEAN;
import static io.github.probity.json.JsonValues.DURATION;
import static io.github.probity.json.JsonValues.INTEGER;
import static io.github.probity.json.JsonValues.PERIOD;
import static io.github.probity.json.JsonValues.TEXT;
import static io.github.probity.json.JsonValues.codeMap;
import static io.github.probity.json.JsonValues.listOf;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.util.TokenBuffer;
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
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The version-1 JSON shapes of the signal, warning and case documents, one {@link ObjectSchema} per
 * type. Times are ISO-8601 instants in UTC, durations and periods ISO-8601 ({@code PT720H}, {@code
 * P3M}), amounts plain JSON numbers, enums their codes; absent optional values and empty details
 * are omitted. A case is rebuilt from its history by {@link StoredCase}. Stateless and thread-safe.
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

  static final ValueCodec<Instant> INSTANT =
      JsonValues.instant("ISO-8601 instant (e.g. 2026-01-01T08:00:00Z)");

  private WarningCodec() {}

  // ------------------------------------------------------------------ signals and warnings

  /** Collects a subject's kind and id; {@link Subject} has no builder. */
  private static final class SubjectHolder {
    @Nullable SubjectKind kind;
    @Nullable String id;

    Subject build() {
      SubjectKind k = kind;
      String i = id;
      if (k == null || i == null) {
        throw ObjectSchema.missing(k == null ? "kind" : "id");
      }
      return Subject.of(k, i);
    }
  }

  static final ObjectSchema<Subject, SubjectHolder> SUBJECT =
      ObjectSchema.<Subject, SubjectHolder>of(SubjectHolder::new, SubjectHolder::build)
          .required("kind", SUBJECT_KIND, Subject::getKind, (h, v) -> h.kind = v)
          .text("id", Subject::getId, (h, v) -> h.id = v)
          .build();

  static final ObjectSchema<ProcessEvent, ProcessEvent.Builder> PROCESS_EVENT =
      ObjectSchema.<ProcessEvent, ProcessEvent.Builder>of(
              ProcessEvent::builder, ProcessEvent.Builder::build)
          .required("action", PROCESS_ACTION, ProcessEvent::getAction, ProcessEvent.Builder::action)
          .optional("amount", AMOUNT, ProcessEvent::getAmount, ProcessEvent.Builder::amount)
          .optionalText("supplier", ProcessEvent::getSupplier, ProcessEvent.Builder::supplier)
          .optionalText("approver", ProcessEvent::getApprover, ProcessEvent.Builder::approver)
          .optionalText("executor", ProcessEvent::getExecutor, ProcessEvent.Builder::executor)
          .optionalText(
              "collectiveDecision",
              ProcessEvent::getCollectiveDecision,
              ProcessEvent.Builder::collectiveDecision)
          .optionalText("powerItem", ProcessEvent::getPowerItem, ProcessEvent.Builder::powerItem)
          .optionalText("holder", ProcessEvent::getHolder, ProcessEvent.Builder::holder)
          .optionalText("reference", ProcessEvent::getReference, ProcessEvent.Builder::reference)
          .build();

  static final ObjectSchema<Signal, Signal.Builder> SIGNAL =
      ObjectSchema.<Signal, Signal.Builder>of(Signal::builder, Signal.Builder::build)
          .text("id", Signal::getId, Signal.Builder::id)
          .required("kind", SIGNAL_KIND, Signal::getKind, Signal.Builder::kind)
          .required("subject", SUBJECT, Signal::getSubject, Signal.Builder::subject)
          .optionalText("riskPoint", Signal::getRiskPoint, Signal.Builder::riskPoint)
          .required("time", INSTANT, Signal::getTime, Signal.Builder::time)
          .text("source", Signal::getSource, Signal.Builder::source)
          .optionalText("details", s -> nonEmpty(s.getDetails()), Signal.Builder::details)
          .nonEmptyList("evidence", TEXT, Signal::getEvidence, Signal.Builder::addEvidence)
          .optional(
              "processEvent", PROCESS_EVENT, Signal::getProcessEvent, Signal.Builder::processEvent)
          .optional("dueAt", INSTANT, Signal::getDueAt, Signal.Builder::dueAt)
          .build();

  static final ObjectSchema<Warning, Warning.Builder> WARNING =
      ObjectSchema.<Warning, Warning.Builder>of(Warning::builder, Warning.Builder::build)
          .text("id", Warning::getId, Warning.Builder::id)
          .text("indicator", Warning::getIndicator, Warning.Builder::indicator)
          .required("level", WARNING_LEVEL, Warning::getLevel, Warning.Builder::level)
          .required("stage", STAGE, Warning::getStage, Warning.Builder::stage)
          .required("ladder", LADDER, Warning::getLadder, Warning.Builder::ladder)
          .required("subject", SUBJECT, Warning::getSubject, Warning.Builder::subject)
          .optionalText("riskPoint", Warning::getRiskPoint, Warning.Builder::riskPoint)
          .list("signals", TEXT, Warning::getSignals, Warning.Builder::addSignals)
          .required("time", INSTANT, Warning::getTime, Warning.Builder::time)
          .text("reason", Warning::getReason, Warning.Builder::reason)
          .build();

  /** Writes a signal stream's body: an array of signals. */
  static void writeSignals(JsonGenerator g, Iterable<Signal> signals) throws IOException {
    ObjectSchema.writeArray(g, SIGNAL, signals);
  }

  /** Reads a signal stream's body, handing each signal to the sink as it is read. */
  static void readSignals(JsonParser p, ReadState st, Consumer<? super Signal> sink)
      throws IOException {
    ObjectSchema.readArray(p, st, SIGNAL, sink, Consumer::accept);
  }

  /** What a warning document's body holds while it is read, with where each warning stands. */
  private static final class RecordHolder {
    final List<Warning> warnings = new ArrayList<>();
    final List<JsonLocation> at = new ArrayList<>();
    final List<String> pointers = new ArrayList<>();
    final List<Signal> signals = new ArrayList<>();
  }

  static final ObjectSchema<WarningDocument, RecordHolder> WARNINGS =
      ObjectSchema.<WarningDocument, RecordHolder>finishedBy(
              RecordHolder::new, WarningCodec::resolveSignals)
          .property(
              "warnings",
              (g, d) -> ObjectSchema.writeArray(g, WARNING, d.warnings()),
              (p, st, h) ->
                  ObjectSchema.readArray(
                      p,
                      st,
                      (q, s) -> {
                        h.at.add(q.currentTokenLocation());
                        h.pointers.add(ReadState.pointer(q));
                        return WARNING.read(q, s);
                      },
                      h.warnings,
                      List::add))
          .list("signals", SIGNAL, WarningDocument::signals, (h, s) -> h.signals.add(s))
          .build();

  /** Checks that signal ids are unique and that every signal a warning names is there. */
  private static WarningDocument resolveSignals(
      RecordHolder h, JsonParser p, ReadState st, JsonLocation start) throws DocumentProblem {
    Set<String> ids = new HashSet<>();
    for (Signal s : h.signals) {
      if (!ids.add(s.getId())) {
        throw st.fail(p, JsonFindingCode.INVALID_VALUE, "two signals with the id " + s.getId());
      }
    }
    for (int i = 0; i < h.warnings.size(); i++) {
      for (String id : h.warnings.get(i).getSignals()) {
        if (!ids.contains(id)) {
          st.problem(
              h.pointers.get(i) + "/signals",
              h.at.get(i),
              JsonFindingCode.UNRESOLVED_SIGNAL,
              h.warnings.get(i).getId(),
              id);
        }
      }
    }
    return new WarningDocument(h.warnings, h.signals);
  }

  // ------------------------------------------------------------------ policies and cases

  static final ObjectSchema<WarningPolicy, WarningPolicy.Builder> POLICY =
      ObjectSchema.<WarningPolicy, WarningPolicy.Builder>of(
              WarningPolicy::builder, WarningPolicy.Builder::build)
          .required(
              "complaintThreshold",
              INTEGER,
              WarningPolicy::getComplaintThreshold,
              WarningPolicy.Builder::complaintThreshold)
          .required(
              "complaintWindow",
              DURATION,
              WarningPolicy::getComplaintWindow,
              WarningPolicy.Builder::complaintWindow)
          .required(
              "largePaymentThreshold",
              AMOUNT,
              WarningPolicy::getLargePaymentThreshold,
              WarningPolicy.Builder::largePaymentThreshold)
          .required(
              "purchaseThreshold",
              AMOUNT,
              WarningPolicy::getPurchaseThreshold,
              WarningPolicy.Builder::purchaseThreshold)
          .required(
              "splitPurchaseWindow",
              DURATION,
              WarningPolicy::getSplitPurchaseWindow,
              WarningPolicy.Builder::splitPurchaseWindow)
          .required(
              "overdueGrace",
              DURATION,
              WarningPolicy::getOverdueGrace,
              WarningPolicy.Builder::overdueGrace)
          .required(
              "overdueSevere",
              DURATION,
              WarningPolicy::getOverdueSevere,
              WarningPolicy.Builder::overdueSevere)
          .required(
              "highPostTerm",
              DURATION,
              WarningPolicy::getHighPostTerm,
              WarningPolicy.Builder::highPostTerm)
          .required(
              "reviewCadences",
              codeMap(LedgerCodec.LEVEL, PERIOD),
              WarningPolicy::getReviewCadences,
              WarningPolicy.Builder::putAllReviewCadences)
          .required(
              "replyDeadlines",
              codeMap(MEASURE, INTEGER),
              WarningPolicy::getReplyDeadlines,
              WarningPolicy.Builder::putAllReplyDeadlines)
          .build();

  static final ObjectSchema<Disposition, Disposition.Builder> DISPOSITION =
      ObjectSchema.<Disposition, Disposition.Builder>of(
              Disposition::builder, Disposition.Builder::build)
          .required("measure", MEASURE, Disposition::getMeasure, Disposition.Builder::measure)
          .required("issuedAt", INSTANT, Disposition::getIssuedAt, Disposition.Builder::issuedAt)
          .required("dueAt", INSTANT, Disposition::getDueAt, Disposition.Builder::dueAt)
          .required("round", INTEGER, Disposition::getRound, Disposition.Builder::round)
          .optional("repliedAt", INSTANT, Disposition::getRepliedAt, Disposition.Builder::repliedAt)
          .build();

  /** A stored escalation does not repeat its case's id; {@link StoredCase} puts it back. */
  static final ObjectSchema<Escalation, Escalation.Builder> ESCALATION =
      ObjectSchema.<Escalation, Escalation.Builder>of(
              () -> Escalation.builder().caseId("?"), Escalation.Builder::build)
          .required("time", INSTANT, Escalation::getTime, Escalation.Builder::time)
          .text("reason", Escalation::getReason, Escalation.Builder::reason)
          .required(
              "fromMeasure", MEASURE, Escalation::getFromMeasure, Escalation.Builder::fromMeasure)
          .required("toMeasure", MEASURE, Escalation::getToMeasure, Escalation.Builder::toMeasure)
          .required(
              "fromLevel", WARNING_LEVEL, Escalation::getFromLevel, Escalation.Builder::fromLevel)
          .required("toLevel", WARNING_LEVEL, Escalation::getToLevel, Escalation.Builder::toLevel)
          .required(
              "accountability",
              BOOLEAN,
              Escalation::isAccountability,
              Escalation.Builder::accountability)
          .build();

  static final ObjectSchema<CaseEvent, CaseEvent.Builder> EVENT =
      ObjectSchema.<CaseEvent, CaseEvent.Builder>of(CaseEvent::builder, CaseEvent.Builder::build)
          .required("action", CASE_ACTION, CaseEvent::getAction, CaseEvent.Builder::action)
          .required("fromState", CASE_STATE, CaseEvent::getFromState, CaseEvent.Builder::fromState)
          .required("toState", CASE_STATE, CaseEvent::getToState, CaseEvent.Builder::toState)
          .text("actor", CaseEvent::getActor, CaseEvent.Builder::actor)
          .required("time", INSTANT, CaseEvent::getTime, CaseEvent.Builder::time)
          .text("note", CaseEvent::getNote, CaseEvent.Builder::note)
          .build();

  /**
   * A case in its book: its policy is written only where it is not the book's.
   *
   * @param value the case
   * @param bookPolicy the book's policy
   */
  record CaseInBook(DispositionCase value, WarningPolicy bookPolicy) {
    Optional<WarningPolicy> ownPolicy() {
      return value.getPolicy().equals(bookPolicy)
          ? Optional.empty()
          : Optional.of(value.getPolicy());
    }
  }

  static final ObjectSchema<CaseInBook, StoredCase> CASE =
      ObjectSchema.<CaseInBook, StoredCase>finishedBy(
              () -> {
                throw new IllegalStateException("a case is read with its book's policy");
              },
              WarningCodec::replay)
          .text("id", c -> c.value().getId(), (h, v) -> h.id = v)
          .required("warning", WARNING, c -> c.value().getWarning(), (h, v) -> h.warning = v)
          .omissible("policy", POLICY, CaseInBook::ownPolicy, (h, v) -> h.policy = v)
          .required("state", CASE_STATE, c -> c.value().getState(), (h, v) -> h.state = v)
          .required("level", WARNING_LEVEL, c -> c.value().getLevel(), (h, v) -> h.level = v)
          .required(
              "accountability",
              BOOLEAN,
              c -> c.value().isAccountability(),
              (h, v) -> h.accountability = v)
          .required(
              "dispositions",
              listOf(DISPOSITION),
              c -> c.value().getDispositions(),
              (h, v) -> h.dispositions = v)
          .required(
              "escalations",
              listOf(ESCALATION),
              c -> c.value().getEscalations(),
              (h, v) -> h.escalations = v)
          .required("history", listOf(EVENT), c -> c.value().getHistory(), (h, v) -> h.history = v)
          .build();

  /**
   * Rebuilds a case from its stored history and reports each stored value the replay contradicts:
   * an error in strict mode, a warning in lenient mode, where the replay wins.
   */
  private static CaseInBook replay(StoredCase c, JsonParser p, ReadState st, JsonLocation start)
      throws DocumentProblem {
    if (c.warning == null || c.history == null) {
      throw st.failAt(
          p, start, JsonFindingCode.MISSING_PROPERTY, c.warning == null ? "warning" : "history");
    }
    String pointer = ReadState.pointer(p);
    StoredCase.Replay replay;
    try {
      replay = c.replay();
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
              JsonFindingCode.finding(
                  JsonFindingCode.INVALID_CASE_HISTORY,
                  at,
                  ReadState.line(start),
                  ReadState.column(start),
                  String.valueOf(e.getMessage()))),
          start);
    }
    for (StoredCase.Mismatch m : replay.mismatches()) {
      st.problem(
          pointer + "/" + m.property(),
          start,
          JsonFindingCode.CASE_RECORD_MISMATCH,
          m.property(),
          String.valueOf(m.stored()),
          String.valueOf(m.replayed()));
    }
    return new CaseInBook(replay.value(), c.bookPolicy());
  }

  /**
   * The body of a case document, before the clock makes it a case book.
   *
   * @param systemActor the actor of the book's own transitions
   * @param policy the book's policy
   * @param cases the cases, in order
   */
  record CaseBookBody(String systemActor, WarningPolicy policy, List<DispositionCase> cases) {}

  /** What a case book body holds while it is read; cases read before the policy are buffered. */
  private static final class BookHolder {
    @Nullable String systemActor;
    @Nullable WarningPolicy policy;
    @Nullable TokenBuffer buffered;
    final List<DispositionCase> cases = new ArrayList<>();
    final Set<String> ids = new HashSet<>();
  }

  static final ObjectSchema<CaseBookBody, BookHolder> CASE_BOOK =
      ObjectSchema.<CaseBookBody, BookHolder>finishedBy(BookHolder::new, WarningCodec::finishBook)
          .text("systemActor", CaseBookBody::systemActor, (h, v) -> h.systemActor = v)
          .required("policy", POLICY, CaseBookBody::policy, (h, v) -> h.policy = v)
          .property("cases", WarningCodec::writeCases, WarningCodec::readCasesProperty)
          .build();

  private static void writeCases(JsonGenerator g, CaseBookBody book) throws IOException {
    g.writeStartArray();
    for (DispositionCase c : book.cases()) {
      CASE.write(g, new CaseInBook(c, book.policy()));
    }
    g.writeEndArray();
  }

  /** Reads the cases now if the policy and actor came first (as written); else buffers them. */
  private static void readCasesProperty(JsonParser p, ReadState st, BookHolder h)
      throws IOException {
    WarningPolicy policy = h.policy;
    if (policy != null && h.systemActor != null) {
      readCases(p, st, policy, h);
    } else {
      TokenBuffer buffered = new TokenBuffer(p, null);
      buffered.copyCurrentStructure(p);
      h.buffered = buffered;
    }
  }

  private static CaseBookBody finishBook(
      BookHolder h, JsonParser p, ReadState st, JsonLocation start) throws IOException {
    String actor = h.systemActor;
    WarningPolicy policy = h.policy;
    if (actor == null || policy == null) {
      throw st.failAt(
          p, start, JsonFindingCode.MISSING_PROPERTY, actor == null ? "systemActor" : "policy");
    }
    TokenBuffer buffered = h.buffered;
    if (buffered != null) {
      try (JsonParser bp = buffered.asParser()) {
        bp.nextToken();
        readCases(bp, st, policy, h);
      }
    }
    return new CaseBookBody(actor, policy, h.cases);
  }

  private static void readCases(JsonParser p, ReadState st, WarningPolicy policy, BookHolder h)
      throws IOException {
    ObjectSchema.readArray(
        p,
        st,
        (q, s) -> {
          DispositionCase c = CASE.read(q, s, new StoredCase(policy)).value();
          if (!h.ids.add(c.getId())) {
            throw s.fail(q, JsonFindingCode.INVALID_VALUE, "two cases with the id " + c.getId());
          }
          return c;
        },
        h.cases,
        List::add);
  }

  private static Optional<String> nonEmpty(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }
}
