package io.github.probity.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.immutables.value.Value;

/**
 * A member of the leadership group (班子成员): a person, the role they hold in the group, their
 * division of work (分工) and the departments they supervise (分管科室).
 *
 * <p>Invariant: the person id is non-blank. The leader's own risk points are owned by {@link
 * RiskOwner#leader(String)} with the same person id. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Leader {
  Leader() {}

  /** {@return the id of the person who is this leader} */
  @NotBlank
  @Size(max = 64)
  public abstract String getPersonId();

  /** {@return the role in the group, e.g. 党组书记、局长, 副局长 or 纪检组长} */
  @NotBlank
  @Size(max = 50)
  public abstract String getRole();

  /**
   * Tells whether this leader is the unit's principal leader (主要领导), who supervises its 高 risk
   * points.
   *
   * @return {@code true} for the principal leader; {@code false} by default
   */
  @Value.Default
  public boolean isPrincipal() {
    return false;
  }

  /**
   * Returns the division of work (分工), e.g. 分管预算、国库工作.
   *
   * @return the division of work, possibly empty
   */
  @Value.Default
  @Size(max = 500)
  public String getDivisionOfWork() {
    return "";
  }

  /**
   * Returns the ids of the departments this leader supervises (分管科室).
   *
   * @return the department ids, in order
   */
  public abstract List<String> getSupervisedDepartments();

  @Value.Check
  void check() {
    Checks.id("Leader", "personId", getPersonId());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Leader}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableLeader.Builder {
    Builder() {}
  }
}
