package io.github.probity.store.jdbc;

import io.github.probity.warning.CaseState;
import io.github.probity.warning.WarningLevel;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A disposition case as {@link CaseStore#openByDeadline} lists it: its state, level and the reply
 * deadline of its current step. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CaseRow {
  CaseRow() {}

  /** {@return the case's id} */
  public abstract String getCaseId();

  /** {@return the case's state} */
  public abstract CaseState getState();

  /** {@return the case's current warning level} */
  public abstract WarningLevel getLevel();

  /**
   * Returns the reply deadline of the case's current step.
   *
   * @return the deadline, or empty if no step was issued yet
   */
  public abstract Optional<Instant> getDueAt();

  /**
   * Returns how many events the case has recorded.
   *
   * @return the count, at least 1
   */
  public abstract int getEventCount();

  static ImmutableCaseRow.Builder builder() {
    return ImmutableCaseRow.builder();
  }
}
