package io.github.probity.warning;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A piece of information from an information point (预警信息点) of the reporting network (信息报送网络): a
 * petition, an audit or inspection finding, a business-system event, an overdue measure, a
 * self-report.
 *
 * <p>Signals are ordered by {@link #ORDER}: time, then id. Invariants: the id and source are
 * non-blank; a {@link SignalKind#PROCESS_EVENT} signal carries a {@link ProcessEvent} and no other
 * kind does. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Signal {
  Signal() {}

  /** Orders signals by time, then by id: the order in which a monitor evaluates them. */
  public static final Comparator<Signal> ORDER =
      Comparator.comparing(Signal::getTime).thenComparing(Signal::getId);

  /**
   * Returns the signal's id, unique among the signals a monitor sees.
   *
   * @return the id, non-blank
   */
  public abstract String getId();

  /** {@return the kind of information} */
  public abstract SignalKind getKind();

  /** {@return whom the information is about} */
  public abstract Subject getSubject();

  /**
   * Returns the id of the risk point concerned, if known.
   *
   * @return the risk point id
   */
  public abstract Optional<String> getRiskPoint();

  /** {@return when the reported fact happened (event time, not arrival time)} */
  public abstract Instant getTime();

  /**
   * Returns the information point that reported it, e.g. 信访室 or 国库支付系统.
   *
   * @return the source, non-blank
   */
  public abstract String getSource();

  /**
   * Returns the details as reported.
   *
   * @return the details, possibly empty
   */
  @Value.Default
  public String getDetails() {
    return "";
  }

  /**
   * Returns references to the evidence (documents, records, files).
   *
   * @return the references, in order
   */
  public abstract List<String> getEvidence();

  /** {@return the structured event, for {@link SignalKind#PROCESS_EVENT} signals} */
  public abstract Optional<ProcessEvent> getProcessEvent();

  /**
   * Returns the deadline that was missed, for overdue signals.
   *
   * @return the due time
   */
  public abstract Optional<Instant> getDueAt();

  @Value.Check
  void check() {
    if (getId().isBlank()) {
      throw new IllegalArgumentException("Signal.id must not be blank");
    }
    if (getSource().isBlank()) {
      throw new IllegalArgumentException("Signal.source must not be blank, in signal " + getId());
    }
    if ((getKind() == SignalKind.PROCESS_EVENT) != getProcessEvent().isPresent()) {
      throw new IllegalArgumentException(
          "Signal.processEvent is required for PROCESS_EVENT signals and only for them, in signal "
              + getId());
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Signal}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableSignal.Builder {
    Builder() {}
  }
}
