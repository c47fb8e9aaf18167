package io.github.probity.json;

import static io.github.probity.json.JsonValues.DATE;
import static io.github.probity.json.JsonValues.INTEGER;
import static io.github.probity.json.JsonValues.SORTED_TEXT_MAP;
import static io.github.probity.json.JsonValues.TEXT;
import static io.github.probity.json.JsonValues.sortedCodes;

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
import io.github.probity.review.Publicity;
import io.github.probity.review.ReviewAction;
import io.github.probity.review.ReviewRecord;
import io.github.probity.review.ReviewState;
import io.github.probity.review.ReviewStep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The version-1 JSON shapes of an archive (一岗一档) and an archive history, one {@link ObjectSchema}
 * per type. Sets are written sorted by code and maps by key, so equal values give equal bytes: the
 * archive body is also the canonical JSON form revisions are hashed over. Stateless and
 * thread-safe.
 */
final class ArchiveCodec {
  static final CodeTable<RevisionKind> REVISION_KIND =
      CodeTable.of(RevisionKind.class, t -> byLabel(RevisionKind.class, t));
  static final CodeTable<ReviewAction> REVIEW_ACTION =
      CodeTable.of(ReviewAction.class, t -> byLabel(ReviewAction.class, t));
  static final CodeTable<ReviewState> REVIEW_STATE =
      CodeTable.of(ReviewState.class, t -> byLabel(ReviewState.class, t));

  static final ValueCodec<Instant> INSTANT =
      JsonValues.instant("ISO-8601 instant (yyyy-MM-ddTHH:mm:ssZ)");

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

  static final ObjectSchema<Publicity, Publicity.Builder> PUBLICITY =
      ObjectSchema.<Publicity, Publicity.Builder>of(Publicity::builder, Publicity.Builder::build)
          .required("start", DATE, Publicity::getStart, Publicity.Builder::start)
          .required("end", DATE, Publicity::getEnd, Publicity.Builder::end)
          .text("range", Publicity::getRange, Publicity.Builder::range)
          .build();

  static final ObjectSchema<ReviewStep, ReviewStep.Builder> REVIEW_STEP =
      ObjectSchema.<ReviewStep, ReviewStep.Builder>of(
              ReviewStep::builder, ReviewStep.Builder::build)
          .required("action", REVIEW_ACTION, ReviewStep::getAction, ReviewStep.Builder::action)
          .optional(
              "fromState", REVIEW_STATE, ReviewStep::getFromState, ReviewStep.Builder::fromState)
          .required("toState", REVIEW_STATE, ReviewStep::getToState, ReviewStep.Builder::toState)
          .text("actor", ReviewStep::getActor, ReviewStep.Builder::actor)
          .required("at", INSTANT, ReviewStep::getAt, ReviewStep.Builder::at)
          .optionalText("opinion", ReviewStep::getOpinion, ReviewStep.Builder::opinion)
          .list("reasons", TEXT, ReviewStep::getReasons, ReviewStep.Builder::addReasons)
          .optional("publicity", PUBLICITY, ReviewStep::getPublicity, ReviewStep.Builder::publicity)
          .build();

  static final ObjectSchema<ReviewRecord, ReviewRecord.Builder> REVIEW =
      ObjectSchema.<ReviewRecord, ReviewRecord.Builder>of(
              ReviewRecord::builder, ReviewRecord.Builder::build)
          .text("measureId", ReviewRecord::getMeasureId, ReviewRecord.Builder::measureId)
          .text("riskPointId", ReviewRecord::getRiskPointId, ReviewRecord.Builder::riskPointId)
          .required("owner", LedgerCodec.OWNER, ReviewRecord::getOwner, ReviewRecord.Builder::owner)
          .list("trail", REVIEW_STEP, ReviewRecord::getTrail, ReviewRecord.Builder::addTrail)
          .build();

  static final ObjectSchema<IntegrityPledge, IntegrityPledge.Builder> PLEDGE =
      ObjectSchema.<IntegrityPledge, IntegrityPledge.Builder>of(
              IntegrityPledge::builder, IntegrityPledge.Builder::build)
          .text("personId", IntegrityPledge::getPersonId, IntegrityPledge.Builder::personId)
          .required("date", DATE, IntegrityPledge::getDate, IntegrityPledge.Builder::date)
          .optionalText("text", IntegrityPledge::getText, IntegrityPledge.Builder::text)
          .build();

  static final ObjectSchema<ChangeRecord, ChangeRecord.Builder> CHANGE =
      ObjectSchema.<ChangeRecord, ChangeRecord.Builder>of(
              ChangeRecord::builder, ChangeRecord.Builder::build)
          .required("sequence", INTEGER, ChangeRecord::getSequence, ChangeRecord.Builder::sequence)
          .required("date", DATE, ChangeRecord::getDate, ChangeRecord.Builder::date)
          .required(
              "kinds",
              sortedCodes(REVISION_KIND),
              ChangeRecord::getKinds,
              ChangeRecord.Builder::addAllKinds)
          .text("reason", ChangeRecord::getReason, ChangeRecord.Builder::reason)
          .text("actor", ChangeRecord::getActor, ChangeRecord.Builder::actor)
          .build();

  static final ObjectSchema<ArchiveEntry, ArchiveEntry.Builder> ENTRY =
      ObjectSchema.<ArchiveEntry, ArchiveEntry.Builder>of(
              ArchiveEntry::builder, ArchiveEntry.Builder::build)
          .text("kind", ArchiveEntry::getKind, ArchiveEntry.Builder::kind)
          .text("id", ArchiveEntry::getId, ArchiveEntry.Builder::id)
          .required("date", DATE, ArchiveEntry::getDate, ArchiveEntry.Builder::date)
          .text("summary", ArchiveEntry::getSummary, ArchiveEntry.Builder::summary)
          .required(
              "attributes",
              SORTED_TEXT_MAP,
              ArchiveEntry::getAttributes,
              ArchiveEntry.Builder::attributes)
          .build();

  static final ObjectSchema<Archive, Archive.Builder> ARCHIVE =
      ObjectSchema.<Archive, Archive.Builder>of(Archive::builder, Archive.Builder::build)
          .text("unitCode", Archive::getUnitCode, Archive.Builder::unitCode)
          .text("unitName", Archive::getUnitName, Archive.Builder::unitName)
          .required("year", INTEGER, Archive::getYear, Archive.Builder::year)
          .required("post", LedgerCodec.POST, Archive::getPost, Archive.Builder::post)
          .text("departmentName", Archive::getDepartmentName, Archive.Builder::departmentName)
          .list("holders", LedgerCodec.PERSON, Archive::getHolders, Archive.Builder::addHolders)
          .list(
              "riskPoints",
              LedgerCodec.RISK_POINT,
              Archive::getRiskPoints,
              Archive.Builder::addRiskPoints)
          .list("reviews", REVIEW, Archive::getReviews, Archive.Builder::addReviews)
          .list("pledges", PLEDGE, Archive::getPledges, Archive.Builder::addPledges)
          .list("changes", CHANGE, Archive::getChanges, Archive.Builder::addChanges)
          .list("entries", ENTRY, Archive::getEntries, Archive.Builder::addEntries)
          // written only when present: an archive without them keeps its bytes
          .nonEmptyList(
              "meetings", LedgerCodec.MEETING, Archive::getMeetings, Archive.Builder::addMeetings)
          .nonEmptyList(
              "people", LedgerCodec.PERSON, Archive::getPeople, Archive.Builder::addPeople)
          .build();

  static final ObjectSchema<ArchiveRevision, ArchiveRevision.Builder> REVISION =
      ObjectSchema.<ArchiveRevision, ArchiveRevision.Builder>of(
              ArchiveRevision::builder, ArchiveRevision.Builder::build)
          .required(
              "sequence", INTEGER, ArchiveRevision::getSequence, ArchiveRevision.Builder::sequence)
          .required(
              "kinds",
              sortedCodes(REVISION_KIND),
              ArchiveRevision::getKinds,
              ArchiveRevision.Builder::addAllKinds)
          .text("reason", ArchiveRevision::getReason, ArchiveRevision.Builder::reason)
          .text("actor", ArchiveRevision::getActor, ArchiveRevision.Builder::actor)
          .required("at", INSTANT, ArchiveRevision::getAt, ArchiveRevision.Builder::at)
          .text("formId", ArchiveRevision::getFormId, ArchiveRevision.Builder::formId)
          .text(
              "previousHash",
              ArchiveRevision::getPreviousHash,
              ArchiveRevision.Builder::previousHash)
          .text("hash", ArchiveRevision::getHash, ArchiveRevision.Builder::hash)
          .required(
              "content", ARCHIVE, ArchiveRevision::getContent, ArchiveRevision.Builder::content)
          .build();

  /**
   * A canonical form, written as its id; in reading, it must be the built-in {@code probity-lp-1}
   * or {@code probity-json-1}.
   */
  static final ValueCodec<CanonicalForm> FORM =
      ValueCodec.of(
          (g, v) -> g.writeString(v.id()),
          (p, st) -> {
            String id = st.text(p);
            CanonicalForm builtIn = CanonicalForm.builtIn();
            if (id.equals(JsonCanonicalForm.ID)) {
              return JsonCanonicalForm.INSTANCE;
            } else if (id.equals(builtIn.id())) {
              return builtIn;
            }
            throw st.fail(
                p,
                JsonFindingCode.INVALID_VALUE,
                "unknown canonical form '" + id + "'; known: probity-lp-1, probity-json-1");
          });

  /** Collects a history's form and revisions; {@link ArchiveHistory} has no builder. */
  private static final class HistoryHolder {
    @Nullable CanonicalForm form;
    final List<ArchiveRevision> revisions = new ArrayList<>();

    ArchiveHistory build() {
      CanonicalForm f = form;
      if (f == null) {
        throw ObjectSchema.missing("form");
      }
      return ArchiveHistory.of(revisions, f);
    }
  }

  /** The hashes are read as stored, not checked: {@link ArchiveHistory#verify()} does. */
  static final ObjectSchema<ArchiveHistory, HistoryHolder> HISTORY =
      ObjectSchema.<ArchiveHistory, HistoryHolder>of(HistoryHolder::new, HistoryHolder::build)
          .required("form", FORM, ArchiveHistory::form, (h, v) -> h.form = v)
          .list("revisions", REVISION, ArchiveHistory::getRevisions, (h, r) -> h.revisions.add(r))
          .build();
}
