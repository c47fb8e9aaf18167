package io.github.probity.grading;

/**
 * Thrown by a {@link RiskGrader#checked(RiskGrader) checked} grader when the grader it wraps breaks
 * its contract on a risk point: it threw, or returned no grade or a grade of another point. The
 * message and {@link #getRiskPointId()} name the point; the cause is the original exception.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class GradingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The id of the grader that failed. */
  private final String graderId;

  /** The id of the risk point it failed on. */
  private final String riskPointId;

  /**
   * Creates the exception.
   *
   * @param graderId the id of the grader that failed
   * @param riskPointId the id of the risk point it failed on
   * @param message what went wrong
   * @param cause the original exception, or {@code null}
   */
  public GradingException(
      String graderId,
      String riskPointId,
      String message,
      @org.jspecify.annotations.Nullable Throwable cause) {
    super(
        "grader '" + graderId + "' failed on risk point '" + riskPointId + "': " + message, cause);
    this.graderId = graderId;
    this.riskPointId = riskPointId;
  }

  /** {@return the id of the grader that failed} */
  public String getGraderId() {
    return graderId;
  }

  /** {@return the id of the risk point the grader failed on} */
  public String getRiskPointId() {
    return riskPointId;
  }
}
