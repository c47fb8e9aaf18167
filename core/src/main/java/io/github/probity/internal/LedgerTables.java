package io.github.probity.internal;

import io.github.probity.model.FactorValue;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskOwner;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a ledger's index knows about each risk point, in compact arrays by the point's position in
 * {@link Ledger#getRiskPoints()}: its power item's position, its owner's group and its factors
 * packed into an {@code int}. The index fills them while it checks the points' references, so that
 * grading reads arrays instead of the points.
 *
 * <p>Packed factors: importance in bits 0–2, frequency in 3–5, probability in 6–8, discretion in
 * 9–11 and harm in 12–14, each 1–5, discretion and harm 0 when not assessed; 0 altogether for a
 * point without factors.
 *
 * <p><b>Not API.</b> The arrays are shared, never copied: nothing may write them. Immutable once
 * built; thread-safe.
 */
public final class LedgerTables {
  /** The shift of the importance in a packed value. */
  public static final int IMPORTANCE = 0;

  /** The shift of the frequency in a packed value. */
  public static final int FREQUENCY = 3;

  /** The shift of the probability in a packed value. */
  public static final int PROBABILITY = 6;

  /** The shift of the discretion in a packed value. */
  public static final int DISCRETION = 9;

  /** The shift of the harm in a packed value. */
  public static final int HARM = 12;

  /** The mask of one factor once shifted down. */
  public static final int MASK = 7;

  private static volatile @Nullable Function<Ledger, LedgerTables> access;

  /** Per point: the position of its power item in {@link Ledger#getPowerItems()}, or -1. */
  public final int[] item;

  /** Per point: its factors, packed; 0 when it has none. */
  public final int[] factors;

  /** Per point: the group of its owner, by the order in which owners first occur. */
  public final int[] group;

  /** Per group: the number of points of the owner. */
  public final int[] groupSize;

  /** Per group: the owner. */
  public final RiskOwner[] owners;

  /** Per extra factor code recorded on any point: every point's value; empty when none is. */
  public final Map<String, Column> extra;

  /**
   * Wraps the arrays, without copying them.
   *
   * @param item per point, the power item's position or -1
   * @param factors per point, the packed factors
   * @param group per point, the owner's group
   * @param groupSize per group, the number of points
   * @param owners per group, the owner
   * @param extra per extra factor code, the points' values
   */
  public LedgerTables(
      int[] item,
      int[] factors,
      int[] group,
      int[] groupSize,
      RiskOwner[] owners,
      Map<String, Column> extra) {
    this.item = item;
    this.factors = factors;
    this.group = group;
    this.groupSize = groupSize;
    this.owners = owners;
    this.extra = extra;
  }

  /**
   * Packs five factor values.
   *
   * @param importance 1–5
   * @param frequency 1–5
   * @param probability 1–5
   * @param discretion 1–5, or 0
   * @param harm 1–5, or 0
   * @return the packed value
   */
  public static int pack(int importance, int frequency, int probability, int discretion, int harm) {
    return (importance & MASK) << IMPORTANCE
        | (frequency & MASK) << FREQUENCY
        | (probability & MASK) << PROBABILITY
        | (discretion & MASK) << DISCRETION
        | (harm & MASK) << HARM;
  }

  /**
   * Returns one factor of a packed value.
   *
   * @param packed the packed value
   * @param shift the factor's shift, e.g. {@link #DISCRETION}
   * @return the value, 0–7
   */
  public static int unpack(int packed, int shift) {
    return packed >>> shift & MASK;
  }

  /**
   * Returns the tables of a ledger, built with its index.
   *
   * @param ledger the ledger
   * @return the tables
   */
  public static LedgerTables of(Ledger ledger) {
    Function<Ledger, LedgerTables> a = access;
    if (a == null) {
      throw new IllegalStateException("the ledger's tables are not accessible");
    }
    return a.apply(ledger);
  }

  /**
   * Gives the way to a ledger's tables; called once, by the ledger's class as it is initialised.
   *
   * @param tables the ledger's tables
   */
  public static void access(Function<Ledger, LedgerTables> tables) {
    if (access != null) {
      throw new IllegalStateException("the ledger's tables are already accessible");
    }
    access = tables;
  }

  /**
   * One extra factor's values on the points, unboxed: per point the number, or the code, of the
   * value recorded on it. Filled by the index while it is built; read-only afterwards.
   */
  public static final class Column {
    /** Per point: the number; NaN when the point records none or a code. */
    public final double[] number;

    /** Per point: the code; null when the point records none or a number. */
    public final @Nullable String[] code;

    /**
     * Creates a column of points without values.
     *
     * @param size the number of points
     */
    public Column(int size) {
      number = new double[size];
      java.util.Arrays.fill(number, Double.NaN);
      code = new String[size];
    }

    /**
     * Records a point's value.
     *
     * @param point the point's position
     * @param value its value
     */
    public void set(int point, FactorValue value) {
      if (value.isNumber()) {
        number[point] = value.numberOrNaN();
      } else {
        code[point] = value.toString();
      }
    }
  }
}
