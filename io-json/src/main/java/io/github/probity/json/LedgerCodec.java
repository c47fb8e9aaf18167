package io.github.probity.json;

import static io.github.probity.json.JsonValues.BOOLEAN;
import static io.github.probity.json.JsonValues.DATE;
import static io.github.probity.json.JsonValues.INTEGER;
import static io.github.probity.json.JsonValues.TEXT;

import com.fasterxml.jackson.core.JsonToken;
import io.github.probity.model.Department;
import io.github.probity.model.Discretion;
import io.github.probity.model.Effectiveness;
import io.github.probity.model.EffectivenessReview;
import io.github.probity.model.Evidence;
import io.github.probity.model.FactorValue;
import io.github.probity.model.Frequency;
import io.github.probity.model.Leader;
import io.github.probity.model.LeadershipGroup;
import io.github.probity.model.Ledger;
import io.github.probity.model.LevelDecision;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureStatus;
import io.github.probity.model.MeasureType;
import io.github.probity.model.Meeting;
import io.github.probity.model.MeetingKind;
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
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The version-1 JSON shape of a ledger and its parts, one {@link ObjectSchema} per type. Property
 * order is the model's declaration order; absent optional values are omitted; lists and booleans
 * are always written, except the ledger's meetings and a measure's evidence and reviews, written
 * only when there are any, and a measure's status and progress, written only when they are not the
 * defaults (未开始, 0) — so that a ledger keeps the bytes it had before these were recorded. Stateless
 * and thread-safe.
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
  static final CodeTable<MeasureStatus> MEASURE_STATUS =
      CodeTable.of(MeasureStatus.class, MeasureStatus::parse);
  static final CodeTable<Effectiveness> EFFECTIVENESS =
      CodeTable.of(Effectiveness.class, Effectiveness::parse);
  static final CodeTable<MeetingKind> MEETING_KIND =
      CodeTable.of(MeetingKind.class, MeetingKind::parse);

  private LedgerCodec() {}

  static final ObjectSchema<Unit, Unit.Builder> UNIT =
      ObjectSchema.<Unit, Unit.Builder>of(Unit::builder, Unit.Builder::build)
          .text("code", Unit::getCode, Unit.Builder::code)
          .text("name", Unit::getName, Unit.Builder::name)
          .optionalText("parentName", Unit::getParentName, Unit.Builder::parentName)
          .build();

  static final ObjectSchema<Person, Person.Builder> PERSON =
      ObjectSchema.<Person, Person.Builder>of(Person::builder, Person.Builder::build)
          .text("id", Person::getId, Person.Builder::id)
          .text("name", Person::getName, Person.Builder::name)
          .optionalText("title", Person::getTitle, Person.Builder::title)
          .build();

  static final ObjectSchema<Leader, Leader.Builder> LEADER =
      ObjectSchema.<Leader, Leader.Builder>of(Leader::builder, Leader.Builder::build)
          .text("personId", Leader::getPersonId, Leader.Builder::personId)
          .text("role", Leader::getRole, Leader.Builder::role)
          .required("principal", BOOLEAN, Leader::isPrincipal, Leader.Builder::principal)
          .text("divisionOfWork", Leader::getDivisionOfWork, Leader.Builder::divisionOfWork)
          .list(
              "supervisedDepartments",
              TEXT,
              Leader::getSupervisedDepartments,
              Leader.Builder::addSupervisedDepartments)
          .build();

  static final ObjectSchema<LeadershipGroup, LeadershipGroup.Builder> LEADERSHIP_GROUP =
      ObjectSchema.<LeadershipGroup, LeadershipGroup.Builder>of(
              LeadershipGroup::builder, LeadershipGroup.Builder::build)
          .text("id", LeadershipGroup::getId, LeadershipGroup.Builder::id)
          .text("name", LeadershipGroup::getName, LeadershipGroup.Builder::name)
          .list("leaders", LEADER, LeadershipGroup::getLeaders, LeadershipGroup.Builder::addLeaders)
          .build();

  static final ObjectSchema<Department, Department.Builder> DEPARTMENT =
      ObjectSchema.<Department, Department.Builder>of(
              Department::builder, Department.Builder::build)
          .text("id", Department::getId, Department.Builder::id)
          .text("name", Department::getName, Department.Builder::name)
          .optionalText("head", Department::getHead, Department.Builder::head)
          .optionalText(
              "supervisingLeader",
              Department::getSupervisingLeader,
              Department.Builder::supervisingLeader)
          .build();

  static final ObjectSchema<Post, Post.Builder> POST =
      ObjectSchema.<Post, Post.Builder>of(Post::builder, Post.Builder::build)
          .text("id", Post::getId, Post.Builder::id)
          .text("name", Post::getName, Post.Builder::name)
          .text("department", Post::getDepartment, Post.Builder::department)
          .list("holders", TEXT, Post::getHolders, Post.Builder::addHolders)
          .list("duties", TEXT, Post::getDuties, Post.Builder::addDuties)
          .build();

  /** Collects an owner's scope and id; {@link RiskOwner} has no builder. */
  private static final class OwnerHolder {
    @Nullable OwnerScope scope;
    @Nullable String id;

    RiskOwner build() {
      OwnerScope s = scope;
      String i = id;
      if (s == null || i == null) {
        throw ObjectSchema.missing(s == null ? (i == null ? "scope, id" : "scope") : "id");
      }
      return RiskOwner.of(s, i);
    }
  }

  static final ObjectSchema<RiskOwner, OwnerHolder> OWNER =
      ObjectSchema.<RiskOwner, OwnerHolder>of(OwnerHolder::new, OwnerHolder::build)
          .required("scope", SCOPE, RiskOwner::getScope, (h, v) -> h.scope = v)
          .text("id", RiskOwner::getId, (h, v) -> h.id = v)
          .build();

  static final ObjectSchema<ProcessStep, ProcessStep.Builder> PROCESS_STEP =
      ObjectSchema.<ProcessStep, ProcessStep.Builder>of(
              ProcessStep::builder, ProcessStep.Builder::build)
          .text("id", ProcessStep::getId, ProcessStep.Builder::id)
          .text("name", ProcessStep::getName, ProcessStep.Builder::name)
          .optionalText("post", ProcessStep::getPost, ProcessStep.Builder::post)
          .build();

  static final ObjectSchema<PowerItem, PowerItem.Builder> POWER_ITEM =
      ObjectSchema.<PowerItem, PowerItem.Builder>of(PowerItem::builder, PowerItem.Builder::build)
          .text("id", PowerItem::getId, PowerItem.Builder::id)
          .text("name", PowerItem::getName, PowerItem.Builder::name)
          .required("owner", OWNER, PowerItem::getOwner, PowerItem.Builder::owner)
          .required("kind", KIND, PowerItem::getKind, PowerItem.Builder::kind)
          .required(
              "discretion", DISCRETION, PowerItem::getDiscretion, PowerItem.Builder::discretion)
          .required("frequency", FREQUENCY, PowerItem::getFrequency, PowerItem.Builder::frequency)
          .required(
              "majorMatter", BOOLEAN, PowerItem::isMajorMatter, PowerItem.Builder::majorMatter)
          .list(
              "processSteps",
              PROCESS_STEP,
              PowerItem::getProcessSteps,
              PowerItem.Builder::addProcessSteps)
          .build();

  /** An extra factor's value: a JSON number, or a string for a code. */
  static final ValueCodec<FactorValue> FACTOR_VALUE =
      ValueCodec.of(
          (g, v) -> {
            if (v.isNumber()) {
              double d = v.numberOrNaN();
              if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                g.writeNumber((long) d);
              } else {
                g.writeNumber(d);
              }
            } else {
              g.writeString(v.toString());
            }
          },
          (p, st) -> {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
              double d = p.getDoubleValue();
              if (!Double.isFinite(d)) {
                throw st.fail(
                    p, JsonFindingCode.INVALID_VALUE, "number out of range: " + p.getText());
              }
              return FactorValue.of(d);
            }
            if (t != JsonToken.VALUE_STRING) {
              throw st.wrongType(p, "number or code");
            }
            String code = st.text(p);
            try {
              return FactorValue.ofCode(code);
            } catch (IllegalArgumentException e) {
              throw st.fail(p, JsonFindingCode.INVALID_VALUE, String.valueOf(e.getMessage()));
            }
          });

  /** Extra factor values by factor code, written sorted by code and read in document order. */
  static final ValueCodec<Map<String, FactorValue>> FACTOR_VALUES =
      ValueCodec.of(
          (g, v) -> {
            g.writeStartObject();
            for (Map.Entry<String, FactorValue> e : new TreeMap<>(v).entrySet()) {
              g.writeFieldName(e.getKey());
              FACTOR_VALUE.write(g, e.getValue());
            }
            g.writeEndObject();
          },
          (p, st) -> {
            st.startObject(p);
            Map<String, FactorValue> out = new LinkedHashMap<>();
            for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
              p.nextToken();
              out.put(f, FACTOR_VALUE.read(p, st));
            }
            return out;
          });

  static final ObjectSchema<RiskFactors, RiskFactors.Builder> FACTORS =
      ObjectSchema.<RiskFactors, RiskFactors.Builder>of(
              RiskFactors::builder, RiskFactors.Builder::build)
          .required(
              "importance", INTEGER, RiskFactors::getImportance, RiskFactors.Builder::importance)
          .required("frequency", INTEGER, RiskFactors::getFrequency, RiskFactors.Builder::frequency)
          .required(
              "probability", INTEGER, RiskFactors::getProbability, RiskFactors.Builder::probability)
          .optional(
              "discretion", INTEGER, f -> boxed(f.getDiscretion()), RiskFactors.Builder::discretion)
          .optional("harm", INTEGER, f -> boxed(f.getHarm()), RiskFactors.Builder::harm)
          .omissible(
              "extra",
              FACTOR_VALUES,
              f -> f.getExtra().isEmpty() ? Optional.empty() : Optional.of(f.getExtra()),
              RiskFactors.Builder::putAllExtra)
          .build();

  /** Collects one owner's extra factor values. */
  private static final class OwnerValuesHolder {
    @Nullable RiskOwner owner;
    Map<String, FactorValue> values = Map.of();

    Map.Entry<RiskOwner, Map<String, FactorValue>> build() {
      RiskOwner o = owner;
      if (o == null) {
        throw ObjectSchema.missing("owner");
      }
      return new AbstractMap.SimpleImmutableEntry<>(o, values);
    }
  }

  /** One owner's extra factor values: {@code {owner, values}}. */
  static final ObjectSchema<Map.Entry<RiskOwner, Map<String, FactorValue>>, OwnerValuesHolder>
      OWNER_FACTORS =
          ObjectSchema.<Map.Entry<RiskOwner, Map<String, FactorValue>>, OwnerValuesHolder>of(
                  OwnerValuesHolder::new, OwnerValuesHolder::build)
              .required("owner", OWNER, Map.Entry::getKey, (h, v) -> h.owner = v)
              .required("values", FACTOR_VALUES, Map.Entry::getValue, (h, v) -> h.values = v)
              .build();

  static final ObjectSchema<LevelDecision, LevelDecision.Builder> DECISION =
      ObjectSchema.<LevelDecision, LevelDecision.Builder>of(
              LevelDecision::builder, LevelDecision.Builder::build)
          .text(
              "meetingReference",
              LevelDecision::getMeetingReference,
              LevelDecision.Builder::meetingReference)
          .required("date", DATE, LevelDecision::getDate, LevelDecision.Builder::date)
          .required(
              "proposedLevel",
              LEVEL,
              LevelDecision::getProposedLevel,
              LevelDecision.Builder::proposedLevel)
          .required("level", LEVEL, LevelDecision::getLevel, LevelDecision.Builder::level)
          .optionalText("rationale", LevelDecision::getRationale, LevelDecision.Builder::rationale)
          .build();

  static final ObjectSchema<Meeting, Meeting.Builder> MEETING =
      ObjectSchema.<Meeting, Meeting.Builder>of(Meeting::builder, Meeting.Builder::build)
          .text("reference", Meeting::getReference, Meeting.Builder::reference)
          .required("date", DATE, Meeting::getDate, Meeting.Builder::date)
          .required("kind", MEETING_KIND, Meeting::getKind, Meeting.Builder::kind)
          .list("attendees", TEXT, Meeting::getAttendees, Meeting.Builder::addAttendees)
          .list(
              "otherAttendees",
              TEXT,
              Meeting::getOtherAttendees,
              Meeting.Builder::addOtherAttendees)
          .optionalText("dissent", Meeting::getDissent, Meeting.Builder::dissent)
          .build();

  static final ObjectSchema<Evidence, Evidence.Builder> EVIDENCE =
      ObjectSchema.<Evidence, Evidence.Builder>of(Evidence::builder, Evidence.Builder::build)
          .text("reference", Evidence::getReference, Evidence.Builder::reference)
          .optionalText("sha256", Evidence::getSha256, Evidence.Builder::sha256)
          .required("date", DATE, Evidence::getDate, Evidence.Builder::date)
          .text("by", Evidence::getBy, Evidence.Builder::by)
          .build();

  static final ObjectSchema<EffectivenessReview, EffectivenessReview.Builder> REVIEW =
      ObjectSchema.<EffectivenessReview, EffectivenessReview.Builder>of(
              EffectivenessReview::builder, EffectivenessReview.Builder::build)
          .required("date", DATE, EffectivenessReview::getDate, EffectivenessReview.Builder::date)
          .text("reviewer", EffectivenessReview::getReviewer, EffectivenessReview.Builder::reviewer)
          .required(
              "verdict",
              EFFECTIVENESS,
              EffectivenessReview::getVerdict,
              EffectivenessReview.Builder::verdict)
          .optionalText("note", EffectivenessReview::getNote, EffectivenessReview.Builder::note)
          .build();

  static final ObjectSchema<Measure, Measure.Builder> MEASURE =
      ObjectSchema.<Measure, Measure.Builder>of(Measure::builder, Measure.Builder::build)
          .text("id", Measure::getId, Measure.Builder::id)
          .text("text", Measure::getText, Measure.Builder::text)
          .required("type", MEASURE_TYPE, Measure::getType, Measure.Builder::type)
          .optionalText("proposer", Measure::getProposer, Measure.Builder::proposer)
          .optional("deadline", DATE, Measure::getDeadline, Measure.Builder::deadline)
          .omissible(
              "status",
              MEASURE_STATUS,
              m ->
                  m.getStatus() == MeasureStatus.PLANNED
                      ? Optional.empty()
                      : Optional.of(m.getStatus()),
              Measure.Builder::status)
          .omissible(
              "progress",
              INTEGER,
              m -> m.getProgress() == 0 ? Optional.empty() : Optional.of(m.getProgress()),
              Measure.Builder::progress)
          .optionalText("abandonReason", Measure::getAbandonReason, Measure.Builder::abandonReason)
          .nonEmptyList("evidence", EVIDENCE, Measure::getEvidence, Measure.Builder::addEvidence)
          .nonEmptyList("reviews", REVIEW, Measure::getReviews, Measure.Builder::addReviews)
          .build();

  static final ObjectSchema<RiskPoint, RiskPoint.Builder> RISK_POINT =
      ObjectSchema.<RiskPoint, RiskPoint.Builder>of(RiskPoint::builder, RiskPoint.Builder::build)
          .text("id", RiskPoint::getId, RiskPoint.Builder::id)
          .required("owner", OWNER, RiskPoint::getOwner, RiskPoint.Builder::owner)
          .required("category", CATEGORY, RiskPoint::getCategory, RiskPoint.Builder::category)
          .optionalText("powerItem", RiskPoint::getPowerItem, RiskPoint.Builder::powerItem)
          .optionalText("processStep", RiskPoint::getProcessStep, RiskPoint.Builder::processStep)
          .text("title", RiskPoint::getTitle, RiskPoint.Builder::title)
          .optionalText(
              "manifestation", RiskPoint::getManifestation, RiskPoint.Builder::manifestation)
          .optional("factors", FACTORS, RiskPoint::getFactors, RiskPoint.Builder::factors)
          .optional("level", LEVEL, RiskPoint::getLevel, RiskPoint.Builder::level)
          .optional("decision", DECISION, RiskPoint::getDecision, RiskPoint.Builder::decision)
          .optional(
              "residualLevel", LEVEL, RiskPoint::getResidualLevel, RiskPoint.Builder::residualLevel)
          .optionalText(
              "residualRationale",
              RiskPoint::getResidualRationale,
              RiskPoint.Builder::residualRationale)
          .list("measures", MEASURE, RiskPoint::getMeasures, RiskPoint.Builder::addMeasures)
          .optionalText("responsible", RiskPoint::getResponsible, RiskPoint.Builder::responsible)
          .optionalText(
              "responsibleRole", RiskPoint::getResponsibleRole, RiskPoint.Builder::responsibleRole)
          .optionalText("supervisor", RiskPoint::getSupervisor, RiskPoint.Builder::supervisor)
          .optionalText(
              "supervisorRole", RiskPoint::getSupervisorRole, RiskPoint.Builder::supervisorRole)
          .list(
              "monitoringIndicators",
              TEXT,
              RiskPoint::getMonitoringIndicators,
              RiskPoint.Builder::addMonitoringIndicators)
          .build();

  /** The ledger's last property: the streaming reader and writer handle it one point at a time. */
  static final String RISK_POINTS = "riskPoints";

  static final ObjectSchema<Ledger, Ledger.Builder> LEDGER =
      ObjectSchema.<Ledger, Ledger.Builder>of(Ledger::builder, Ledger.Builder::build)
          .required("unit", UNIT, Ledger::getUnit, Ledger.Builder::unit)
          .required("year", INTEGER, Ledger::getYear, Ledger.Builder::year)
          .list("people", PERSON, Ledger::getPeople, Ledger.Builder::addPeople)
          .required(
              "leadershipGroup",
              LEADERSHIP_GROUP,
              Ledger::getLeadershipGroup,
              Ledger.Builder::leadershipGroup)
          .list("departments", DEPARTMENT, Ledger::getDepartments, Ledger.Builder::addDepartments)
          .list("posts", POST, Ledger::getPosts, Ledger.Builder::addPosts)
          .list("powerItems", POWER_ITEM, Ledger::getPowerItems, Ledger.Builder::addPowerItems)
          // written only when recorded: a ledger without meetings keeps its bytes
          .nonEmptyList("meetings", MEETING, Ledger::getMeetings, Ledger.Builder::addMeetings)
          .nonEmptyList(
              "ownerFactors",
              OWNER_FACTORS,
              l -> l.getOwnerFactors().entrySet(),
              (b, e) -> b.putOwnerFactors(e.getKey(), e.getValue()))
          .list(RISK_POINTS, RISK_POINT, Ledger::getRiskPoints, Ledger.Builder::addRiskPoints)
          .build();

  /** The ledger's properties before {@code riskPoints}, in canonical order. */
  static final List<String> HEAD_PROPERTIES = LEDGER.namesBefore(RISK_POINTS);

  private static Optional<Integer> boxed(OptionalInt value) {
    return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
  }
}
