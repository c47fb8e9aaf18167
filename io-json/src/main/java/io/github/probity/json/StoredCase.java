package io.github.probity.json;

import io.github.probity.warning.CaseEvent;
import io.github.probity.warning.CaseState;
import io.github.probity.warning.Disposition;
import io.github.probity.warning.DispositionCase;
import io.github.probity.warning.Escalation;
import io.github.probity.warning.InvalidCaseHistoryException;
import io.github.probity.warning.Warning;
import io.github.probity.warning.WarningLevel;
import io.github.probity.warning.WarningPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A disposition case as a case document stores it: its warning and recorded history, the source of
 * truth, and the record that follows from them (id, state, level, accountability, steps and
 * escalations), any of which a document may leave out. {@link #replay()} rebuilds the case by
 * replaying the history ({@link DispositionCase#restore}) and names every stored value the replay
 * contradicts. One instance per case read; not thread-safe.
 */
final class StoredCase {
  /** The case book's policy, which applies to a case that stores none of its own. */
  private final WarningPolicy bookPolicy;

  @Nullable String id;
  @Nullable Warning warning;
  @Nullable WarningPolicy policy;
  @Nullable CaseState state;
  @Nullable WarningLevel level;
  @Nullable Boolean accountability;
  @Nullable List<Disposition> dispositions;
  @Nullable List<Escalation> escalations;
  @Nullable List<CaseEvent> history;

  StoredCase(WarningPolicy bookPolicy) {
    this.bookPolicy = bookPolicy;
  }

  WarningPolicy bookPolicy() {
    return bookPolicy;
  }

  /**
   * A stored value that the replay contradicts.
   *
   * @param property the stored property
   * @param stored its stored value
   * @param replayed the value the replay gives
   */
  record Mismatch(String property, Object stored, Object replayed) {}

  /**
   * The case the history gives, and the stored values that contradict it, in property order.
   *
   * @param value the replayed case
   * @param mismatches the contradicted stored values
   */
  record Replay(DispositionCase value, List<Mismatch> mismatches) {}

  /**
   * Replays the history under the case's own policy, or the book's.
   *
   * @return the replayed case and the mismatches
   * @throws NullPointerException if the warning or the history is missing
   * @throws InvalidCaseHistoryException if the history is not a legal one
   * @throws java.time.DateTimeException if a deadline falls out of the range of time
   * @throws ArithmeticException if a deadline overflows
   */
  Replay replay() {
    DispositionCase replayed =
        DispositionCase.restore(
            Objects.requireNonNull(warning, "warning"),
            policy != null ? policy : bookPolicy,
            Objects.requireNonNull(history, "history"));
    List<Mismatch> mismatches = new ArrayList<>();
    compare(mismatches, "id", id, replayed.getId());
    compare(mismatches, "state", state, replayed.getState());
    compare(mismatches, "level", level, replayed.getLevel());
    compare(mismatches, "accountability", accountability, replayed.isAccountability());
    compare(mismatches, "dispositions", dispositions, replayed.getDispositions());
    List<Escalation> ownEscalations = null;
    if (escalations != null) {
      // a stored escalation does not repeat its case's id
      ownEscalations = new ArrayList<>();
      for (Escalation e : escalations) {
        ownEscalations.add(Escalation.builder().from(e).caseId(replayed.getId()).build());
      }
    }
    compare(mismatches, "escalations", ownEscalations, replayed.getEscalations());
    return new Replay(replayed, mismatches);
  }

  /** Adds a mismatch if a stored value differs from the replayed one; an absent one is not. */
  private static void compare(
      List<Mismatch> out, String property, @Nullable Object stored, Object replayed) {
    if (stored != null && !stored.equals(replayed)) {
      out.add(new Mismatch(property, stored, replayed));
    }
  }
}
