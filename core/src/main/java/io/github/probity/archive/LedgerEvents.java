package io.github.probity.archive;

import io.github.probity.model.EffectivenessReview;
import io.github.probity.model.Evidence;
import io.github.probity.model.Ledger;
import io.github.probity.model.LevelDecision;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureStatus;
import io.github.probity.model.RiskPoint;
import io.github.probity.review.ReviewAction;
import io.github.probity.review.ReviewListener;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Publishes {@link LedgerEvent}s to listeners, so that a host (an OA system) can hook its workflow
 * engine without polling: risk points added and levels decided when a ledger changes, measures
 * filed through a {@link io.github.probity.review.ReviewWorkflow}, and archives revised.
 *
 * <p>Wire it in three places: call {@link #ledgerChanged} when a ledger is replaced, pass {@link
 * #reviewListener()} to {@code ReviewWorkflow.withListener}, and call {@link #archiveRevised} after
 * {@link ArchiveHistory#revise}. Listeners are called synchronously in the order added.
 * Thread-safe: listeners may be added and removed while events are published.
 *
 * @since 0.1.0
 */
public final class LedgerEvents {
  private final Clock clock;
  private final List<LedgerListener> listeners = new CopyOnWriteArrayList<>();

  private LedgerEvents(Clock clock) {
    this.clock = clock;
  }

  /**
   * Returns a publisher without listeners.
   *
   * @param clock the time of ledger-change events
   * @return the publisher
   */
  public static LedgerEvents create(Clock clock) {
    return new LedgerEvents(clock);
  }

  /**
   * Adds a listener.
   *
   * @param listener the listener
   */
  public void addListener(LedgerListener listener) {
    listeners.add(listener);
  }

  /**
   * Removes a listener, if added.
   *
   * @param listener the listener
   */
  public void removeListener(LedgerListener listener) {
    listeners.remove(listener);
  }

  /**
   * Publishes one event to every listener.
   *
   * @param event the event
   */
  public void publish(LedgerEvent event) {
    for (LedgerListener l : listeners) {
      l.onEvent(event);
    }
  }

  /**
   * Compares two ledgers and publishes {@link EventKind#RISK_POINT_ADDED} for each added point,
   * {@link EventKind#LEVEL_DECIDED} for each point whose level decision is new or different, and
   * for each measure: {@link EventKind#MEASURE_STATUS_CHANGED} when its recorded status differs
   * from before (a new measure counts as 未开始 before), {@link EventKind#EVIDENCE_FILED} for each
   * piece of evidence it did not have, {@link EventKind#EFFECTIVENESS_REVIEWED} for each review it
   * did not have, in ledger order.
   *
   * @param before the older ledger
   * @param after the newer ledger
   * @return the diff the events were made from
   */
  public LedgerDiff ledgerChanged(Ledger before, Ledger after) {
    LedgerDiff diff = LedgerDiff.between(before, after);
    for (RiskPoint rp : after.getRiskPoints()) {
      Optional<RiskPoint> old = before.riskPoint(rp.getId());
      if (old.isEmpty()) {
        LedgerEvent.Builder e =
            event(EventKind.RISK_POINT_ADDED, rp.getId())
                .putAttributes("owner", rp.getOwner().toString());
        rp.effectiveLevel().ifPresent(l -> e.putAttributes("level", l.code()));
        publish(e.build());
      }
      Optional<LevelDecision> decision = rp.getDecision();
      if (decision.isPresent() && !decision.equals(old.flatMap(RiskPoint::getDecision))) {
        LevelDecision d = decision.get();
        publish(
            event(EventKind.LEVEL_DECIDED, rp.getId())
                .putAttributes("proposedLevel", d.getProposedLevel().code())
                .putAttributes("level", d.getLevel().code())
                .putAttributes("meeting", d.getMeetingReference())
                .putAttributes("date", d.getDate().toString())
                .build());
      }
      for (Measure m : rp.getMeasures()) {
        measureChanged(rp, before.measure(m.getId()), m);
      }
    }
    return diff;
  }

  /**
   * {@return a review listener that publishes {@link EventKind#MEASURE_FILED} when a measure is
   * filed, timed by the filing step}
   */
  public ReviewListener reviewListener() {
    return (record, step) -> {
      if (step.getAction() == ReviewAction.FILE) {
        publish(
            LedgerEvent.builder()
                .kind(EventKind.MEASURE_FILED)
                .subjectId(record.getMeasureId())
                .at(step.getAt())
                .putAttributes("riskPoint", record.getRiskPointId())
                .putAttributes("owner", record.getOwner().toString())
                .putAttributes("actor", step.getActor())
                .build());
      }
    };
  }

  /**
   * Publishes {@link EventKind#ARCHIVE_REVISED} for a history's current revision.
   *
   * @param history the history just revised
   */
  public void archiveRevised(ArchiveHistory history) {
    ArchiveRevision r = history.current();
    publish(
        LedgerEvent.builder()
            .kind(EventKind.ARCHIVE_REVISED)
            .subjectId(r.getContent().getPost().getId())
            .at(r.getAt())
            .putAttributes("sequence", Integer.toString(r.getSequence()))
            .putAttributes(
                "kinds",
                r.getKinds().stream().map(RevisionKind::code).collect(Collectors.joining(",")))
            .putAttributes("hash", r.getHash())
            .putAttributes(
                "reidentificationRequired", Boolean.toString(r.isReidentificationRequired()))
            .build());
  }

  private LedgerEvent.Builder event(EventKind kind, String subject) {
    return LedgerEvent.builder().kind(kind).subjectId(subject).at(clock.instant());
  }

  private void measureChanged(RiskPoint rp, Optional<Measure> old, Measure m) {
    MeasureStatus was = old.map(Measure::getStatus).orElse(MeasureStatus.PLANNED);
    if (m.getStatus() != was) {
      LedgerEvent.Builder e =
          event(EventKind.MEASURE_STATUS_CHANGED, m.getId())
              .putAttributes("riskPoint", rp.getId())
              .putAttributes("from", was.code())
              .putAttributes("to", m.getStatus().code())
              .putAttributes("progress", String.valueOf(m.getProgress()));
      m.getAbandonReason().ifPresent(r -> e.putAttributes("reason", r));
      publish(e.build());
    }
    List<Evidence> hadEvidence = old.map(Measure::getEvidence).orElse(List.of());
    for (Evidence ev : m.getEvidence()) {
      if (!hadEvidence.contains(ev)) {
        LedgerEvent.Builder e =
            event(EventKind.EVIDENCE_FILED, m.getId())
                .putAttributes("riskPoint", rp.getId())
                .putAttributes("reference", ev.getReference())
                .putAttributes("date", ev.getDate().toString())
                .putAttributes("by", ev.getBy());
        ev.getSha256().ifPresent(h -> e.putAttributes("sha256", h));
        publish(e.build());
      }
    }
    List<EffectivenessReview> hadReviews = old.map(Measure::getReviews).orElse(List.of());
    for (EffectivenessReview r : m.getReviews()) {
      if (!hadReviews.contains(r)) {
        publish(
            event(EventKind.EFFECTIVENESS_REVIEWED, m.getId())
                .putAttributes("riskPoint", rp.getId())
                .putAttributes("date", r.getDate().toString())
                .putAttributes("reviewer", r.getReviewer())
                .putAttributes("verdict", r.getVerdict().code())
                .build());
      }
    }
  }
}
