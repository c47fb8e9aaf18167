package io.github.probity.warning;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The structured data of a business-system event (业务流程事件): a payment, a purchase, a major project,
 * an appointment, a decision, or a post change. The indicators read it: amounts against thresholds,
 * supplier for split purchases, approver and executor for separation of duties, the
 * collective-decision record for 三重一大 matters, the holder for post tenure.
 *
 * <p>Invariant: an amount is never negative. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ProcessEvent {
  ProcessEvent() {}

  /** {@return what the event records} */
  public abstract ProcessAction getAction();

  /** {@return the amount in yuan, for payments, purchases and projects} */
  public abstract Optional<BigDecimal> getAmount();

  /**
   * Returns the supplier or payee (供应商), if any.
   *
   * @return the supplier's name or code
   */
  public abstract Optional<String> getSupplier();

  /** {@return the person id of who approved (审批人), if recorded} */
  public abstract Optional<String> getApprover();

  /** {@return the person id of who executed (经办人, 执行人), if recorded} */
  public abstract Optional<String> getExecutor();

  /**
   * Returns the reference of the collective-decision record (集体决策记录, e.g. a 党组会 minute) that
   * authorised the matter, if any.
   *
   * @return the decision reference
   */
  public abstract Optional<String> getCollectiveDecision();

  /**
   * Returns the id of the power item exercised, if known.
   *
   * @return the power item id
   */
  public abstract Optional<String> getPowerItem();

  /** {@return the person id of the post holder, for post changes} */
  public abstract Optional<String> getHolder();

  /** {@return the business system's own reference of the transaction, if any} */
  public abstract Optional<String> getReference();

  @Value.Check
  void check() {
    if (getAmount().isPresent() && getAmount().get().signum() < 0) {
      throw new IllegalArgumentException(
          "ProcessEvent.amount must not be negative, was " + getAmount().get());
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProcessEvent}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableProcessEvent.Builder {
    Builder() {}
  }
}
