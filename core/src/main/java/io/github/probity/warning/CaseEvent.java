package io.github.probity.warning;

import java.time.Instant;
import org.immutables.value.Value;

/**
 * One recorded transition of a disposition case: what was done, from which state to which, by whom,
 * when and why.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CaseEvent {
  CaseEvent() {}

  /** {@return the action taken} */
  public abstract CaseAction getAction();

  /**
   * Returns the state before.
   *
   * @return the state before
   */
  public abstract CaseState getFromState();

  /**
   * Returns the state after.
   *
   * @return the state after
   */
  public abstract CaseState getToState();

  /** {@return who acted (a person id or a system name)} */
  public abstract String getActor();

  /** {@return when, from the injected clock} */
  public abstract Instant getTime();

  /**
   * Returns the note: the handler's measures, or the reason of an escalation.
   *
   * @return the note, possibly empty
   */
  public abstract String getNote();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CaseEvent}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableCaseEvent.Builder {
    Builder() {}
  }
}
