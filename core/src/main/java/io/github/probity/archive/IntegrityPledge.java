package io.github.probity.archive;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A post holder's integrity pledge (廉政承诺): who pledged, on which day, and its text if kept.
 *
 * <p>Invariant: the person id is non-blank. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class IntegrityPledge {
  IntegrityPledge() {}

  /** {@return the person id of who pledged} */
  public abstract String getPersonId();

  /** {@return the day of the pledge} */
  public abstract LocalDate getDate();

  /** {@return the text of the pledge, if kept} */
  public abstract Optional<String> getText();

  @Value.Check
  void check() {
    if (getPersonId().isBlank()) {
      throw new IllegalArgumentException("IntegrityPledge.personId must not be blank");
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IntegrityPledge}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableIntegrityPledge.Builder {
    Builder() {}
  }
}
