package io.github.probity.grading;

import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Grades a risk point 高 / 一般 / 低: the pluggable strategy behind 评定风险等级. Five built-in methods come
 * from the static factories; downstream teams implement their own and check it with the testkit's
 * {@code RiskGraderContract}.
 *
 * <p>Contract every implementation must keep:
 *
 * <ul>
 *   <li><b>deterministic</b>: the same point and context give an equal grade every time;
 *   <li><b>thread-safe</b>: one instance may grade from many threads at once (keep no mutable
 *       shared state);
 *   <li><b>no I/O</b>: read only the point and the context; time only from {@link
 *       GradingContext#getClock()};
 *   <li><b>total</b>: every valid point of the context's ledger gets a grade with a non-empty
 *       explanation; no exception, no {@code null};
 *   <li>{@link #level} equals {@code grade(...).getLevel()}, and {@link #levels} equals {@link
 *       #level} point by point;
 *   <li>when {@link #isMonotone()} is {@code true}: raising any factor of a point never lowers its
 *       level.
 * </ul>
 *
 * <p>Wrap a grader you do not trust in {@link #checked(RiskGrader)}: it names the risk point in
 * every failure.
 *
 * @since 0.1.0
 */
public interface RiskGrader {

  /** {@return the grader's id; for built-ins the policy id, e.g. {@code weighted-factors}} */
  String id();

  /**
   * Grades a point in full: level, score, policy and explanation.
   *
   * @param point the point to grade
   * @param context what else the grader may read
   * @return the grade, never null; its explanation says why
   */
  Grade grade(RiskPoint point, GradingContext context);

  /**
   * Returns only the level: the fast path for bulk grading, which builds no explanation. The
   * default delegates to {@link #grade}; built-ins compute the level directly.
   *
   * @param point the point to grade
   * @param context what else the grader may read
   * @return the level, equal to {@code grade(point, context).getLevel()}
   */
  default RiskLevel level(RiskPoint point, GradingContext context) {
    return grade(point, context).getLevel();
  }

  /**
   * Returns the level of every risk point of the context's ledger, in ledger order: the bulk path
   * for grading a whole ledger, with no explanation. Element {@code i} equals {@code
   * level(ledger.getRiskPoints().get(i), context)}. The default calls {@link #level} per point; the
   * built-ins resolve each point's owner count and power item once per context (kept with it) and
   * then grade in a tight loop.
   *
   * @param context the context, whose ledger is graded
   * @return the levels, one per risk point; unmodifiable
   */
  default List<RiskLevel> levels(GradingContext context) {
    List<RiskPoint> points = context.getLedger().getRiskPoints();
    RiskLevel[] out = new RiskLevel[points.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = level(points.get(i), context);
    }
    return Collections.unmodifiableList(Arrays.asList(out));
  }

  /**
   * Tells whether the grader declares itself monotone: raising any factor of a point (others equal)
   * never lowers its level. The testkit contract checks the declaration.
   *
   * @return {@code false} by default
   */
  default boolean isMonotone() {
    return false;
  }

  /**
   * Returns the unit's own factors this grader reads beyond the built-in ones, as its policy
   * declares them ({@link GradingPolicy#getExtraFactors()}). A grader that declares factors must
   * document what it does for a point without a value for one (the built-ins leave it out) and must
   * not fail on one; the testkit's contract checks that.
   *
   * @return the declarations; empty by default
   * @since 0.1.0
   */
  default List<ExtraFactor> extraFactors() {
    return List.of();
  }

  /**
   * Returns the standard grader: weighted factors under {@link GradingPolicy#standard()}.
   *
   * @return the grader
   */
  static RiskGrader standard() {
    return of(GradingPolicy.standard());
  }

  /**
   * Returns the count rule under {@link GradingPolicy#countRule()}.
   *
   * @return the grader
   */
  static RiskGrader countRule() {
    return of(GradingPolicy.countRule());
  }

  /**
   * Returns the criteria count under {@link GradingPolicy#criteriaCount()}.
   *
   * @return the grader
   */
  static RiskGrader criteriaCount() {
    return of(GradingPolicy.criteriaCount());
  }

  /**
   * Returns the power-type method under {@link GradingPolicy#powerType()}.
   *
   * @return the grader
   */
  static RiskGrader powerType() {
    return of(GradingPolicy.powerType());
  }

  /**
   * Returns the likelihood × severity matrix under {@link GradingPolicy#matrix()}.
   *
   * @return the grader
   */
  static RiskGrader matrix() {
    return of(GradingPolicy.matrix());
  }

  /**
   * Returns the built-in grader for a policy: its method with its parameters, then its overrides.
   *
   * @param policy the policy
   * @return the grader; immutable and thread-safe
   */
  static RiskGrader of(GradingPolicy policy) {
    MethodParameters p = policy.getParameters();
    if (p instanceof WeightedFactorsParameters) {
      return new WeightedFactorsGrader(policy, (WeightedFactorsParameters) p);
    } else if (p instanceof CountRuleParameters) {
      return new CountRuleGrader(policy, (CountRuleParameters) p);
    } else if (p instanceof CriteriaCountParameters) {
      return new CriteriaCountGrader(policy, (CriteriaCountParameters) p);
    } else if (p instanceof PowerTypeParameters) {
      return new PowerTypeGrader(policy, (PowerTypeParameters) p);
    } else {
      return new MatrixGrader(policy, (MatrixParameters) p);
    }
  }

  /**
   * Picks a grader by id: a built-in policy id first ({@code weighted-factors}, {@code count-rule},
   * {@code criteria-count}, {@code power-type}, {@code matrix}), then the graders registered with
   * {@link ServiceLoader} under {@code RiskGrader}.
   *
   * @param id the id
   * @return the grader
   * @throws IllegalArgumentException if no grader has the id; the message lists the known ids
   * @throws IllegalStateException if several registered graders have the id
   */
  static RiskGrader byId(String id) {
    List<String> known = new ArrayList<>();
    for (GradingPolicy policy : GradingPolicy.builtIns()) {
      if (policy.getId().equals(id)) {
        return of(policy);
      }
      known.add(policy.getId());
    }
    List<RiskGrader> found = new ArrayList<>();
    for (RiskGrader g : ServiceLoader.load(RiskGrader.class)) {
      if (g.id().equals(id)) {
        found.add(g);
      }
      known.add(g.id());
    }
    if (found.size() > 1) {
      throw new IllegalStateException("several graders registered with id '" + id + "': " + found);
    }
    if (found.isEmpty()) {
      throw new IllegalArgumentException("no grader with id '" + id + "'; known: " + known);
    }
    return found.get(0);
  }

  /**
   * Wraps a grader so that it enforces the contract on every call: a {@code null} result, a grade
   * of another point, or any runtime exception becomes a {@link GradingException} that names the
   * grader and the risk point.
   *
   * @param grader the grader to check
   * @return the checking grader; thread-safe if the wrapped one is
   */
  static RiskGrader checked(RiskGrader grader) {
    return grader instanceof CheckedGrader ? grader : new CheckedGrader(grader);
  }

  /**
   * Applies override rules (floors and ceilings) on top of any grader, e.g. a vendor's own: its
   * level is adjusted and the explanation gains one line per matching rule.
   *
   * @param grader the grader
   * @param rules the rules; ceilings apply first, then floors
   * @return the overriding grader; thread-safe if the wrapped one is
   */
  static RiskGrader withOverrides(RiskGrader grader, List<OverrideRule> rules) {
    return new OverridingGrader(grader, List.copyOf(rules));
  }
}
