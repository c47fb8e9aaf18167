package io.github.probity.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.immutables.value.Value;

/**
 * A post (岗位) in a department, its holders (在岗人) and its duties (岗位职责).
 *
 * <p>Invariants: id and department id are non-blank. Holders are person ids. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Post {
  Post() {}

  /**
   * Returns the post's stable id.
   *
   * @return the id, non-blank
   */
  @NotBlank
  @Size(max = 64)
  public abstract String getId();

  /** {@return the post's name, e.g. 采购审核岗} */
  @NotBlank
  @Size(max = 100)
  public abstract String getName();

  /**
   * Returns the id of the department the post belongs to.
   *
   * @return the department id
   */
  public abstract String getDepartment();

  /**
   * Returns the person ids of the post's current holders.
   *
   * @return the holders, in order
   */
  public abstract List<String> getHolders();

  /**
   * Returns the post's duties, one per entry.
   *
   * @return the duties, in order
   */
  public abstract List<@NotBlank @Size(max = 500) String> getDuties();

  @Value.Check
  void check() {
    Checks.id("Post", "id", getId());
    Checks.id("Post", "department", getDepartment());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Post}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutablePost.Builder {
    Builder() {}
  }
}
