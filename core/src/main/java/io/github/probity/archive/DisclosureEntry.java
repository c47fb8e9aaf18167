package io.github.probity.archive;

import io.github.probity.model.OwnerScope;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One risk point as disclosed: owner, category, title, manifestation, level, measures and who is
 * responsible, all after redaction. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class DisclosureEntry {
  DisclosureEntry() {}

  /** {@return the risk point's id} */
  public abstract String getRiskPointId();

  /** {@return the owner's scope} */
  public abstract OwnerScope getScope();

  /**
   * Returns the owner as disclosed: the group's name, a leader's role, a department's name, or a
   * department and post name.
   *
   * @return the owner label
   */
  public abstract String getOwner();

  /** {@return the risk category} */
  public abstract RiskCategory getCategory();

  /** {@return the title, redacted} */
  public abstract String getTitle();

  /** {@return the manifestation, redacted, if present and shown} */
  public abstract Optional<String> getManifestation();

  /** {@return the effective level, if graded} */
  public abstract Optional<RiskLevel> getLevel();

  /**
   * Returns the measures' texts, redacted.
   *
   * @return the measures, in order
   */
  public abstract List<String> getMeasures();

  /**
   * Returns the responsible person (责任人) as disclosed, if assigned.
   *
   * @return the label or name
   */
  public abstract Optional<String> getResponsible();

  /**
   * Returns the supervising leader (责任领导) as disclosed, if assigned.
   *
   * @return the label or name
   */
  public abstract Optional<String> getSupervisor();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DisclosureEntry}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableDisclosureEntry.Builder {
    Builder() {}
  }
}
