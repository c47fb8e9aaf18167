package io.github.probity.archive;

import java.time.Instant;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Something that happened to a ledger, its measures or its archives, for a host's workflow engine:
 * a kind, the id of its subject, when, and further attributes as text.
 *
 * <p>Attributes by kind: {@code RISK_POINT_ADDED}: {@code owner}, {@code level} (if graded); {@code
 * LEVEL_DECIDED}: {@code proposedLevel}, {@code level}, {@code meeting}, {@code date}; {@code
 * MEASURE_FILED}: {@code riskPoint}, {@code owner}, {@code actor}; {@code ARCHIVE_REVISED}: {@code
 * sequence}, {@code kinds}, {@code hash}, {@code reidentificationRequired}. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class LedgerEvent {
  LedgerEvent() {}

  /** {@return the kind of event} */
  public abstract EventKind getKind();

  /** {@return the id of the risk point, measure or post the event is about} */
  public abstract String getSubjectId();

  /**
   * Returns when it happened.
   *
   * @return the instant
   */
  public abstract Instant getAt();

  /** {@return further attributes, as documented per kind} */
  public abstract Map<String, String> getAttributes();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LedgerEvent}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableLedgerEvent.Builder {
    Builder() {}
  }
}
