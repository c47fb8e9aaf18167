package io.github.probity.plan;

import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * One reason a plan was refused: its stable code, where it is (a path such as {@code
 * phases[1].start}, empty for the whole plan) and the message arguments. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlanProblem {
  PlanProblem() {}

  /**
   * Returns the problem's code.
   *
   * @return the code
   */
  public abstract PlanProblemCode getCode();

  /**
   * Returns where the problem is, e.g. {@code phases[1].start}; empty for the whole plan.
   *
   * @return the path
   */
  public abstract String getPath();

  /**
   * Returns the message arguments, in the order of the code's templates.
   *
   * @return the arguments
   */
  public abstract List<String> getArguments();

  /**
   * Returns the message in Chinese for {@code zh} locales, English otherwise, after the path.
   *
   * @param locale the reader's locale
   * @return the message
   */
  public String message(Locale locale) {
    boolean zh = "zh".equals(locale.getLanguage());
    String text = zh ? getCode().templateZh() : getCode().templateEn();
    List<String> args = getArguments();
    for (int i = 0; i < args.size(); i++) {
      text = text.replace("{" + i + "}", args.get(i));
    }
    return getPath().isEmpty() ? text : getPath() + (zh ? "：" : ": ") + text;
  }

  @Override
  public String toString() {
    return getCode().code() + " " + message(Locale.ENGLISH);
  }

  /**
   * Returns a problem.
   *
   * @param code the code
   * @param path where it is, empty for the whole plan
   * @param arguments the message arguments
   * @return the problem
   */
  public static PlanProblem of(PlanProblemCode code, String path, String... arguments) {
    return builder().code(code).path(path).addArguments(arguments).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlanProblem}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutablePlanProblem.Builder {
    Builder() {}
  }
}
