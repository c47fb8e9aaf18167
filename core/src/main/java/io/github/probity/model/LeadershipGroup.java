package io.github.probity.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The leadership group (领导班子) of a unit and its members.
 *
 * <p>Invariants: the id is non-blank; no person is a member twice. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class LeadershipGroup {
  LeadershipGroup() {}

  /**
   * Returns the group's id, used by {@link RiskOwner#leadershipGroup(String)}.
   *
   * @return the id, non-blank
   */
  @NotBlank
  @Size(max = 64)
  public abstract String getId();

  /** {@return the group's name, e.g. 局领导班子} */
  @NotBlank
  @Size(max = 100)
  public abstract String getName();

  /** {@return the members, in order of precedence} */
  public abstract List<@Valid Leader> getLeaders();

  /**
   * Returns the member who is the given person.
   *
   * @param personId a person id
   * @return the leader, or empty if the person is not a member
   */
  public Optional<Leader> leader(String personId) {
    for (Leader l : getLeaders()) {
      if (l.getPersonId().equals(personId)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the principal leader (主要领导), if one is marked.
   *
   * @return the principal leader
   */
  public Optional<Leader> principal() {
    return getLeaders().stream().filter(Leader::isPrincipal).findFirst();
  }

  @Value.Check
  void check() {
    Checks.id("LeadershipGroup", "id", getId());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LeadershipGroup}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableLeadershipGroup.Builder {
    Builder() {}
  }
}
