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

  /**
   * Returns the day of the change.
   *
   * @return the date
   */
  public abstract LocalDate getDate();

  /**
   * Returns what changed.
   *
   * @return the kinds, non-empty
   */
  public abstract Set<RevisionKind> getKinds();

  /**
   * Returns why, as stated by who recorded it.
   *
   * @return the reason
   */
  public abstract String getReason();

  /**
   * Returns the person id of who recorded the change.
   *
   * @return the actor
   */
  public abstract String getActor();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ChangeRecord}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableChangeRecord.Builder {
    Builder() {}
  }
}
