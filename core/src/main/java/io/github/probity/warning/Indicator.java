package io.github.probity.warning;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * A pluggable evaluation of signals (and the ledger) into warnings (预警指标).
 *
 * <p>An indicator is a stateless, thread-safe factory; {@link #start} creates the mutable {@link
 * Evaluation} that one monitor feeds. The contract that makes monitors deterministic: an evaluation
 * is fed signals in {@link Signal#ORDER}, each preceded by {@link Evaluation#advanceTo} with the
 * signal's time, and its output must depend only on that sequence. Its memory should be bounded by
 * its windows. Built-ins: {@link #builtIns()}.
 *
 * @since 0.1.0
 */
public interface Indicator {

  /** {@return the stable id, used in warning ids, e.g. {@code REPEATED_PETITIONS}} */
  String id();

  /** {@return the Chinese name, e.g. 重复信访举报} */
  String displayName();

  /**
   * Starts a fresh evaluation.
   *
   * @param context the policy and ledger
   * @return the evaluation, confined to its caller
   */
  Evaluation start(IndicatorContext context);

  /**
   * The mutable state of one indicator in one monitor. Not thread-safe: the monitor serialises the
   * calls.
   */
  interface Evaluation {

    /**
     * Lets stream time pass: time-based rules fire for deadlines strictly before {@code time}.
     *
     * @param time the new stream time, never earlier than before
     * @param out receives warnings
     */
    default void advanceTo(Instant time, Consumer<Warning> out) {}

    /**
     * Evaluates one signal.
     *
     * @param signal the signal, not earlier in {@link Signal#ORDER} than the previous one
     * @param out receives warnings
     */
    void accept(Signal signal, Consumer<Warning> out);
  }

  /**
   * Repeated petitions (重复信访举报): {@link WarningPolicy#getComplaintThreshold()} petitions about one
   * subject within {@link WarningPolicy#getComplaintWindow()}; 警示, tendency, petition ladder.
   *
   * @return the indicator
   */
  static Indicator repeatedPetitions() {
    return BuiltInIndicators.REPEATED_PETITIONS;
  }

  /**
   * A 三重一大 matter without a collective decision (三重一大未经集体决策): a payment at or above {@link
   * WarningPolicy#getLargePaymentThreshold()}, a major project, an appointment, a major decision,
   * or any payment or purchase under a major-matter power item, with no decision record; 严重,
   * appeared, risk ladder.
   *
   * @return the indicator
   */
  static Indicator majorMatterWithoutDecision() {
    return BuiltInIndicators.MAJOR_MATTER;
  }

  /**
   * Split purchases (化整为零规避采购): two or more purchases from one supplier within {@link
   * WarningPolicy#getSplitPurchaseWindow()}, each under {@link
   * WarningPolicy#getPurchaseThreshold()}, together reaching it; 警示, appeared, risk ladder.
   *
   * @return the indicator
   */
  static Indicator splitPurchases() {
    return BuiltInIndicators.SPLIT_PURCHASES;
  }

  /**
   * Approval and execution not separated (审批与经办不分离): a payment approved and executed by the same
   * person; 警示, appeared, mistake ladder.
   *
   * @return the indicator
   */
  static Indicator sameApproverAndExecutor() {
    return BuiltInIndicators.SAME_APPROVER;
  }

  /**
   * Overdue measures, rectifications or reviews (逾期未落实): late by more than {@link
   * WarningPolicy#getOverdueGrace()}; 提醒, or 警示 from {@link WarningPolicy#getOverdueSevere()}; an
   * overdue rectification has appeared, the others are tendencies; risk ladder.
   *
   * @return the indicator
   */
  static Indicator overdue() {
    return BuiltInIndicators.OVERDUE;
  }

  /**
   * Long tenure on a high-risk post (高风险岗位超期未轮岗): a person assigned to or last reviewed on a post
   * that owns a 高 risk point, with no rotation or review within {@link
   * WarningPolicy#getHighPostTerm()}. Time-based: fires once stream time passes the term, with the
   * deadline as warning time. Needs the ledger (silent without). 警示, tendency, risk ladder.
   *
   * @return the indicator
   */
  static Indicator longTenure() {
    return BuiltInIndicators.LONG_TENURE;
  }

  /**
   * An ineffective measure (防控措施评估无效): a signal of kind {@link SignalKind#INEFFECTIVE_MEASURE}, a
   * measure whose latest effectiveness review found it 无效 and which must be adjusted; 警示, tendency,
   * risk ladder.
   *
   * @return the indicator
   * @since 0.1.0
   */
  static Indicator ineffectiveMeasure() {
    return BuiltInIndicators.INEFFECTIVE_MEASURE;
  }

  /** {@return the seven built-in indicators in a fixed order} */
  static List<Indicator> builtIns() {
    return List.of(
        repeatedPetitions(),
        majorMatterWithoutDecision(),
        splitPurchases(),
        sameApproverAndExecutor(),
        overdue(),
        longTenure(),
        ineffectiveMeasure());
  }
}
