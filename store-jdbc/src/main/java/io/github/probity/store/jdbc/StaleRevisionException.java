package io.github.probity.store.jdbc;

import io.github.probity.model.Ledger;

/**
 * Thrown when a ledger is saved on top of a revision that is no longer the current one: another
 * writer saved in between. Nothing was written; the other writer's revision stands, and the refused
 * ledger is kept here so that the caller can compare it with the current revision and save again.
 *
 * <p>The message names the unit, the year, the revision the writer started from and the current
 * one.
 *
 * @since 0.1.0
 */
public final class StaleRevisionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The unit's code. */
  private final String unitCode;

  /** The ledger's year. */
  private final int year;

  /** The revision the refused save started from. */
  private final int basedOn;

  /** The current revision when the save was refused. */
  private final int current;

  /** The refused ledger; not serialised. */
  private final transient Ledger refused;

  StaleRevisionException(String unitCode, int year, int basedOn, int current, Ledger refused) {
    super(
        "The ledger of unit "
            + unitCode
            + " for "
            + year
            + " was saved on top of revision "
            + basedOn
            + ", but the current revision is "
            + current
            + "; nothing was written: reload revision "
            + current
            + ", merge and save again");
    this.unitCode = unitCode;
    this.year = year;
    this.basedOn = basedOn;
    this.current = current;
    this.refused = refused;
  }

  /** {@return the unit's code} */
  public String getUnitCode() {
    return unitCode;
  }

  /** {@return the ledger's year} */
  public int getYear() {
    return year;
  }

  /**
   * Returns the revision the refused save started from.
   *
   * @return the stale revision, 0 for a first save
   */
  public int getBasedOn() {
    return basedOn;
  }

  /**
   * Returns the current revision when the save was refused.
   *
   * @return the current revision
   */
  public int getCurrent() {
    return current;
  }

  /**
   * Returns the ledger whose save was refused; not kept when the exception is serialised.
   *
   * @return the refused ledger
   */
  public Ledger getRefused() {
    return refused;
  }
}
