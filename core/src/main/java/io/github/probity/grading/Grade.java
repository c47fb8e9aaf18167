package io.github.probity.grading;

import io.github.probity.model.RiskLevel;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The result of grading one risk point: the proposed level, the numeric score where the method has
 * one, the policy id and version used, and the explanation — the factors and rules that produced
 * the level, in Chinese and English.
 *
 * <p>A grade is a proposal: the leadership meeting decides the level that counts (see {@link
 * io.github.probity.model.LevelDecision}). Invariants: ids non-blank; the explanation is not empty.
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Grade {
  Grade() {}

  /** {@return the id of the graded risk point} */
  public abstract String getRiskPointId();

  /** {@return the proposed level} */
  public abstract RiskLevel getLevel();

  /**
   * Returns the numeric score, for methods that compute one (weighted factors: 1–5; count rule: the
   * count; criteria count: the number of criteria met).
   *
   * @return the score, or empty
   */
  public abstract OptionalDouble getScore();

  /** {@return the id of the policy (or grader) that produced the grade} */
  public abstract String getPolicyId();

  /** {@return the version of the policy that produced the grade} */
  public abstract String getPolicyVersion();

  /**
   * Returns the explanation, one line per factor, rule or override, in the order applied.
   *
   * @return the lines, never empty
   */
  public abstract List<Reason> getExplanation();

  /**
   * Returns the explanation as one text in the given language (Chinese for {@code zh}, otherwise
   * English), lines separated by {@code ；} or {@code ; }.
   *
   * @param locale the locale
   * @return the text
   */
  public String explain(Locale locale) {
    String sep = "zh".equals(locale.getLanguage()) ? "；" : "; ";
    return getExplanation().stream().map(r -> r.text(locale)).collect(Collectors.joining(sep));
  }

  @Value.Check
  void check() {
    if (getRiskPointId().isBlank() || getPolicyId().isBlank() || getPolicyVersion().isBlank()) {
      throw new IllegalArgumentException(
          "Grade.riskPointId, policyId and policyVersion must not be blank, in grade of '"
              + getRiskPointId()
              + "'");
    }
    if (getExplanation().isEmpty()) {
      throw new IllegalArgumentException(
          "Grade.explanation must not be empty, in grade of '" + getRiskPointId() + "'");
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Grade}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableGrade.Builder {
    Builder() {}
  }
}
