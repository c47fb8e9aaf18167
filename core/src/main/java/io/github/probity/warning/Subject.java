package io.github.probity.warning;

import org.immutables.value.Value;

/**
 * Whom a signal or warning is about: a person, a post, a department or the leadership group, by
 * kind and id.
 *
 * <p>Invariant: the id is non-blank. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false)
public abstract class Subject {
  Subject() {}

  /** {@return the kind of subject} */
  @Value.Parameter
  public abstract SubjectKind getKind();

  /**
   * Returns the person, post or department id.
   *
   * @return the id, non-blank
   */
  @Value.Parameter
  public abstract String getId();

  @Value.Check
  void check() {
    if (getId().isBlank()) {
      throw new IllegalArgumentException("Subject.id must not be blank");
    }
  }

  /**
   * Returns the subject with the given kind and id.
   *
   * @param kind the kind
   * @param id the id
   * @return the subject
   */
  public static Subject of(SubjectKind kind, String id) {
    return ImmutableSubject.of(kind, id);
  }

  /**
   * Returns a person as subject.
   *
   * @param personId the person id
   * @return the subject
   */
  public static Subject person(String personId) {
    return of(SubjectKind.PERSON, personId);
  }

  /**
   * Returns a post as subject.
   *
   * @param postId the post id
   * @return the subject
   */
  public static Subject post(String postId) {
    return of(SubjectKind.POST, postId);
  }

  /**
   * Returns a department as subject.
   *
   * @param departmentId the department id
   * @return the subject
   */
  public static Subject department(String departmentId) {
    return of(SubjectKind.DEPARTMENT, departmentId);
  }

  @Override
  public String toString() {
    return getKind().code() + ":" + getId();
  }
}
