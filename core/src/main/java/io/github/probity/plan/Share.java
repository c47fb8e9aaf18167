package io.github.probity.plan;

import java.util.Locale;
import org.immutables.value.Value;

/**
 * A share: how many of how many, e.g. 39 of 41 posts.
 *
 * <p>Invariants: {@code 0 <= count <= total}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Share {
  Share() {}

  /** {@return how many meet the figure} */
  public abstract int getCount();

  /** {@return how many there are} */
  public abstract int getTotal();

  /** {@return the share as a ratio from 0 to 1; 0 when the total is 0} */
  public double ratio() {
    return getTotal() == 0 ? 0 : (double) getCount() / getTotal();
  }

  /**
   * Tells whether all of a non-empty total meet the figure.
   *
   * @return {@code true} if the total is positive and the count equals it
   */
  public boolean isComplete() {
    return getTotal() > 0 && getCount() == getTotal();
  }

  /**
   * Returns the share as text, e.g. {@code 39/41（95.1%）} in Chinese, {@code 39/41 (95.1%)}
   * otherwise.
   *
   * @param locale the reader's locale
   * @return the text
   */
  public String format(Locale locale) {
    boolean zh = "zh".equals(locale.getLanguage());
    String pct = String.format(Locale.ROOT, "%.1f%%", ratio() * 100);
    return getCount() + "/" + getTotal() + (zh ? "（" + pct + "）" : " (" + pct + ")");
  }

  @Override
  public String toString() {
    return format(Locale.ENGLISH);
  }

  @Value.Check
  void check() {
    if (getCount() < 0 || getCount() > getTotal()) {
      throw new IllegalArgumentException(
          "Share needs 0 <= count <= total, was " + getCount() + "/" + getTotal());
    }
  }

  /**
   * Returns a share.
   *
   * @param count how many meet the figure
   * @param total how many there are
   * @return the share
   * @throws IllegalArgumentException unless {@code 0 <= count <= total}
   */
  public static Share of(int count, int total) {
    return builder().count(count).total(total).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Share}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableShare.Builder {
    Builder() {}
  }
}
