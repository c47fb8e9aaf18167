package io.github.probity.store.jdbc;

import org.immutables.value.Value;

/**
 * A post of a ledger's current revision, as {@link ArchiveStore#missing} returns it. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PostRow {
  PostRow() {}

  /** {@return the post's id} */
  public abstract String getPostId();

  /** {@return the post's name} */
  public abstract String getName();

  /**
   * Returns the post's department.
   *
   * @return the department id
   */
  public abstract String getDepartment();

  static PostRow of(String postId, String name, String department) {
    return ImmutablePostRow.builder().postId(postId).name(name).department(department).build();
  }
}
