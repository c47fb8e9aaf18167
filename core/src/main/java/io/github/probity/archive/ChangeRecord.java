package io.github.probity.archive;

import java.time.LocalDate;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One line of an archive's change log (变更记录): when, what changed, why and who recorded it. Written
 * by {@link ArchiveHistory} with each revision. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ChangeRecord {
  ChangeRecord() {}

  /**
   * Returns the revision's sequence number.
   *
   * @return the sequence number, from 1
   */
  public abstract int getSequence();

  /** {@return the day of the change} */
  public abstract LocalDate getDate();

  /**
   * Returns what changed.
   *
   * @return the kinds, non-empty
   */
  public abstract Set<RevisionKind> getKinds();

  /** {@return why, as stated by who recorded it} */
  public abstract String getReason();

  /** {@return the person id of who recorded the change} */
  public abstract String getActor();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ChangeRecord}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableChangeRecord.Builder {
    Builder() {}
  }
}
