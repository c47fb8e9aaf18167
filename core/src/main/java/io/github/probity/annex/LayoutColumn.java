package io.github.probity.annex;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One printed column of an {@link AnnexLayout}: a canonical {@link AnnexColumn} under the header
 * text the unit prints for it, or a column of the unit's own (an <em>extra</em> column, e.g. {@code
 * 整改时限}) that Probity fills from a row's {@link AnnexRow#getExtras() extras} of the same header and
 * otherwise leaves blank for filling in by hand; and its width in characters of the default font.
 *
 * <p>Invariants: the header is non-blank without surrounding spaces; the width is 1 to {@value
 * #MAX_WIDTH}; the canonical column is not {@link AnnexColumn#POINT_ID}, which Probity's workbooks
 * keep hidden on their own. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class LayoutColumn {
  /** The widest column a workbook takes, in characters. */
  public static final int MAX_WIDTH = 255;

  LayoutColumn() {}

  /**
   * Returns the canonical column this column prints, or empty for a column of the unit's own.
   *
   * @return the canonical column
   */
  public abstract Optional<AnnexColumn> getColumn();

  /** {@return the header text as printed, e.g. {@code 防范措施}} */
  public abstract String getHeader();

  /** {@return the width in characters of the default font, 1 to {@value #MAX_WIDTH}} */
  public abstract int getWidth();

  /** {@return {@code true} for a column of the unit's own, which no canonical column fills} */
  public boolean isExtra() {
    return getColumn().isEmpty();
  }

  @Value.Check
  void check() {
    String h = getHeader();
    if (h.isBlank() || !h.equals(h.strip())) {
      throw new IllegalArgumentException(
          "LayoutColumn.header must be non-blank without surrounding spaces, was '" + h + "'");
    }
    if (getWidth() < 1 || getWidth() > MAX_WIDTH) {
      throw new IllegalArgumentException(
          "LayoutColumn "
              + h
              + ": width must be 1 to "
              + MAX_WIDTH
              + " characters, was "
              + getWidth());
    }
    if (getColumn().filter(c -> c == AnnexColumn.POINT_ID).isPresent()) {
      throw new IllegalArgumentException(
          "LayoutColumn "
              + h
              + ": POINT_ID is the hidden column every workbook keeps; a layout does not print it");
    }
  }

  /**
   * Returns a canonical column with Probity's header and width.
   *
   * @param column the canonical column
   * @return the layout column
   * @throws IllegalArgumentException for {@link AnnexColumn#POINT_ID}
   */
  public static LayoutColumn of(AnnexColumn column) {
    return of(column, column.displayName(), column.width());
  }

  /**
   * Returns a canonical column under the unit's own header text.
   *
   * @param column the canonical column
   * @param header the header as printed
   * @param width the width in characters
   * @return the layout column
   * @throws IllegalArgumentException if the header is blank, the width out of range or the column
   *     is {@link AnnexColumn#POINT_ID}
   */
  public static LayoutColumn of(AnnexColumn column, String header, int width) {
    return builder().column(column).header(header).width(width).build();
  }

  /**
   * Returns a column of the unit's own.
   *
   * @param header the header as printed, e.g. {@code 整改时限}
   * @param width the width in characters
   * @return the layout column
   * @throws IllegalArgumentException if the header is blank or the width out of range
   */
  public static LayoutColumn extra(String header, int width) {
    return builder().header(header).width(width).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LayoutColumn}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableLayoutColumn.Builder {
    Builder() {}
  }
}
