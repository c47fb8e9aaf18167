package io.github.probity.annex;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * How a unit prints one kind of table: the columns it chooses from the canonical ones and its own
 * extra columns, in print order, with their header texts and widths; the title pattern; and the
 * footer block, the lines under the table (signature lines such as {@code 单位负责人：　填表人：　审核人：　联系电话：}).
 * A commission often prescribes its own; {@link #standard(AnnexKind)} is Probity's.
 *
 * <p>The title is a pattern with the placeholders {@value #UNIT} (the unit's name) and {@value
 * #YEAR} (the ledger's year), e.g. {@code {unit}{year}年度廉政风险点及防控措施登记表}; {@link #title(String, int)}
 * fills them in. The {@code 附件N} mark above an annex, the 填报单位 and 填报日期 line, the note on how
 * levels were decided and the hidden {@link AnnexColumn#POINT_ID} column are the writer's and not
 * part of a layout.
 *
 * <p>Invariants: the kind is a table of risk points (not {@link AnnexKind#PLAN}); at least one
 * column; no canonical column twice; no header text twice (compared as a reader compares headers:
 * without spaces and bracketed notes); the title non-blank with no placeholder but {@value #UNIT}
 * and {@value #YEAR}; footer lines non-blank. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class AnnexLayout {
  /** The title placeholder for the unit's name. */
  public static final String UNIT = "{unit}";

  /** The title placeholder for the ledger's year, e.g. {@code 2026}. */
  public static final String YEAR = "{year}";

  /**
   * The sign-off line under every standard table: who answers for the unit, who reviewed, who
   * filled it in and a telephone number, each followed by room to sign.
   */
  public static final String SIGN_OFF = "单位负责人：　　　　　　　　审核人：　　　　　　　　填表人：　　　　　　　　联系电话：";

  /** 公示时间和范围 under annex 3, to fill in by hand. */
  static final String PUBLICITY = "公示时间和范围：　　　　年　　月　　日至　　　　年　　月　　日，在　　　　　　　　　　　　范围内公示";

  /** 群众意见 under annex 3, to fill in by hand. */
  static final String OPINIONS = "群众意见：";

  /** 党组织审核意见 under annex 3, to fill in by hand. */
  static final String PARTY_REVIEW = "党组织审核意见：　　　　　　　　　　　　　　　　　　　　（盖章）　　　　年　　月　　日";

  /** 备案日期 under annex 3, to fill in by hand. */
  static final String FILED = "备案日期：　　　　年　　月　　日";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*\\}");

  AnnexLayout() {}

  /** {@return the kind of table this layout prints} */
  public abstract AnnexKind getKind();

  /** {@return the printed columns, in print order} */
  public abstract List<LayoutColumn> getColumns();

  /** {@return the title pattern, e.g. {@code {unit}廉政风险识别及防范措施一览表（科室）}} */
  public abstract String getTitle();

  /** {@return the lines printed under the table, in order; possibly none} */
  public abstract List<String> getFooter();

  /**
   * Returns the title for a unit and year: the pattern with {@value #UNIT} and {@value #YEAR}
   * replaced.
   *
   * @param unitName the unit's name
   * @param year the year
   * @return the printed title
   */
  public String title(String unitName, int year) {
    return getTitle().replace(UNIT, unitName).replace(YEAR, Integer.toString(year));
  }

  /** {@return the canonical columns this layout prints, in print order} */
  public List<AnnexColumn> canonicalColumns() {
    List<AnnexColumn> out = new ArrayList<>();
    for (LayoutColumn c : getColumns()) {
      c.getColumn().ifPresent(out::add);
    }
    return out;
  }

  /**
   * Returns the header texts this layout prints for canonical columns, as a reader's header
   * mapping: a reader that knows the layout recognises its reworded headers.
   *
   * @return the canonical column by header text, in print order
   */
  public Map<String, AnnexColumn> headerMapping() {
    Map<String, AnnexColumn> out = new java.util.LinkedHashMap<>();
    for (LayoutColumn c : getColumns()) {
      c.getColumn().ifPresent(col -> out.put(c.getHeader(), col));
    }
    return out;
  }

  @Value.Check
  void check() {
    if (getKind() == AnnexKind.PLAN) {
      throw new IllegalArgumentException(
          "AnnexLayout: ANNEX_4 (the plan) has its own table; a layout prints risk points");
    }
    if (getColumns().isEmpty()) {
      throw new IllegalArgumentException("AnnexLayout " + getKind().code() + ": no columns");
    }
    Set<AnnexColumn> seen = new HashSet<>();
    Set<String> headers = new HashSet<>();
    for (LayoutColumn c : getColumns()) {
      if (c.getColumn().isPresent() && !seen.add(c.getColumn().get())) {
        throw new IllegalArgumentException(
            "AnnexLayout "
                + getKind().code()
                + ": column "
                + c.getColumn().get().code()
                + " appears twice");
      }
      if (!headers.add(HeaderMeaning.normalizeWithNotes(c.getHeader()))) {
        throw new IllegalArgumentException(
            "AnnexLayout " + getKind().code() + ": header " + c.getHeader() + " appears twice");
      }
    }
    if (getTitle().isBlank()) {
      throw new IllegalArgumentException("AnnexLayout " + getKind().code() + ": blank title");
    }
    Matcher m = PLACEHOLDER.matcher(getTitle());
    while (m.find()) {
      if (!m.group().equals(UNIT) && !m.group().equals(YEAR)) {
        throw new IllegalArgumentException(
            "AnnexLayout "
                + getKind().code()
                + ": unknown title placeholder "
                + m.group()
                + "; known: "
                + UNIT
                + ", "
                + YEAR);
      }
    }
    for (String line : getFooter()) {
      if (line.isBlank()) {
        throw new IllegalArgumentException(
            "AnnexLayout " + getKind().code() + ": blank footer line");
      }
    }
  }

  /**
   * Returns Probity's own layout of a table, the one {@code AnnexWriter} prints by default: the
   * kind's {@linkplain AnnexKind#columns() canonical columns} and 备注, with their headers and
   * widths; the kind's title; and under annex 3 the publicity and review-and-filing lines, under
   * every table the {@linkplain #SIGN_OFF sign-off line}.
   *
   * @param kind a table of risk points: an annex 1–3, the per-post archive or the ledger
   * @return the layout
   * @throws IllegalArgumentException for {@link AnnexKind#PLAN}
   */
  public static AnnexLayout standard(AnnexKind kind) {
    Builder b = builder().kind(kind).title(kind.title(UNIT));
    for (AnnexColumn c : kind.columns()) {
      b.addColumns(LayoutColumn.of(c));
    }
    if (!kind.columns().contains(AnnexColumn.REMARK)) {
      b.addColumns(LayoutColumn.of(AnnexColumn.REMARK));
    }
    if (kind == AnnexKind.PERSONAL) {
      b.addFooter(PUBLICITY, OPINIONS, PARTY_REVIEW, FILED);
    }
    return b.addFooter(SIGN_OFF).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AnnexLayout}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableAnnexLayout.Builder {
    Builder() {}
  }
}
