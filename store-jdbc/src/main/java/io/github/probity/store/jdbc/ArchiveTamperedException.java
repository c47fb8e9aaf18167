package io.github.probity.store.jdbc;

/**
 * Thrown when a stored archive chain is read and found altered: a revision's content or link no
 * longer matches its hash, the sequence is broken, or the chain no longer ends in a published head.
 * The {@link ArchiveCheck} names the first altered revision by its sequence number.
 *
 * @since 0.1.0
 */
public final class ArchiveTamperedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ArchiveCheck check;

  ArchiveTamperedException(ArchiveCheck check) {
    super(
        "The "
            + check.getYear()
            + " archive of post "
            + check.getPostId()
            + " of unit "
            + check.getUnitCode()
            + " was altered at revision "
            + check.getAlteredSequence().orElse(0)
            + ": "
            + check.getMessage().orElse(""));
    this.check = check;
  }

  /**
   * Returns the check that found the alteration.
   *
   * @return the check; not kept when the exception is serialised
   */
  public ArchiveCheck getCheck() {
    return check;
  }
}
