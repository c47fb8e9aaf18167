package io.github.probity.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexRow;
import io.github.probity.annex.AnnexTables;
import io.github.probity.annex.AnnexText;
import io.github.probity.model.Ledger;
import io.github.probity.model.LevelLabelStyle;
import io.github.probity.testkit.ForeignLayouts.Numbering;
import io.github.probity.testkit.ForeignLayouts.Variation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The documented shape of {@link ForeignLayouts}' tables, without reading them back. */
class ForeignLayoutsInvariantsTest {
  private static final Pattern REF = Pattern.compile("([A-Z]+)(\\d+):([A-Z]+)(\\d+)");
  private static final AnnexKind[] KINDS = {
    AnnexKind.LEADERSHIP_GROUP, AnnexKind.DEPARTMENT, AnnexKind.PERSONAL
  };

  static LongStream seeds() {
    return LongStream.range(0, 150);
  }

  private static List<AnnexRow> rows(long seed, AnnexKind kind) {
    List<AnnexRow> rows = AnnexTables.rows(LedgerGenerator.generate(seed), kind);
    return rows.subList(0, Math.min(rows.size(), 40));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theGridIsRectangularAndMergesAreSoundWithEveryVariationOn(long seed) {
    AnnexKind kind = KINDS[(int) (seed % KINDS.length)];
    List<AnnexRow> rows = rows(seed, kind);
    ForeignTable t =
        ForeignLayouts.seeded(seed)
            .with(Variation.values())
            .numberedIn(Numbering.values())
            .table(kind, rows);

    List<String[]> cells = t.getCells();
    assertThat(cells).allSatisfy(r -> assertThat(r).hasSize(t.getWidth()).doesNotContainNull());
    Set<String> covered = new HashSet<>();
    for (String m : t.getMerges()) {
      Matcher x = REF.matcher(m);
      assertThat(x.matches()).as(m).isTrue();
      int c1 = column(x.group(1));
      int r1 = Integer.parseInt(x.group(2)) - 1;
      int c2 = column(x.group(3));
      int r2 = Integer.parseInt(x.group(4)) - 1;
      assertThat(r2 >= r1 && c2 >= c1 && (r2 > r1 || c2 > c1)).as(m).isTrue();
      assertThat(r2).as(m).isLessThan(cells.size());
      assertThat(c2).as(m).isLessThan(t.getWidth());
      for (int r = r1; r <= r2; r++) {
        for (int c = c1; c <= c2; c++) {
          assertThat(covered.add(r + ":" + c)).as("%s overlaps another range", m).isTrue();
          if (r != r1 || c != c1) {
            assertThat(cells.get(r)[c]).as("%s holds its value in its top-left cell", m).isEmpty();
          }
        }
      }
    }
    assertThat(t.getExpectedRows()).hasSameSizeAs(rows);
    assertThat(t.getExpectedExtras()).hasSameSizeAs(rows);
    assertThat(t.getRowNumbers()).hasSameSizeAs(rows).isSorted().doesNotHaveDuplicates();
    for (int i = 0; i < rows.size(); i++) {
      AnnexRow e = t.getExpectedRows().get(i);
      assertThat(e.getScope()).isEqualTo(rows.get(i).getScope());
      assertThat(e.getOwnerName()).isEqualTo(rows.get(i).getOwnerName());
      assertThat(e.getTitle()).isEqualTo(rows.get(i).getTitle());
      assertThat(e.getMonitoringIndicators()).isEmpty();
      String[] row = cells.get(t.getRowNumbers().get(i) - 1);
      assertThat(String.join("", row)).as("data row %d", i + 1).contains(rows.get(i).getTitle());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theSameSeedGivesTheSameTable(long seed) {
    AnnexKind kind = KINDS[(int) (seed % KINDS.length)];
    List<AnnexRow> rows = rows(seed, kind);
    ForeignTable a = ForeignLayouts.seeded(seed).table(kind, rows);
    ForeignTable b = ForeignLayouts.seeded(seed).table(kind, rows);
    assertThat(a.toString()).isEqualTo(b.toString());
    assertThat(a.getExpectedRows()).isEqualTo(b.getExpectedRows());
    assertThat(a.getExpectedExtras()).isEqualTo(b.getExpectedExtras());
  }

  @Test
  void withNoVariationATableIsTheStandardLayout() {
    Ledger ledger = LedgerGenerator.generate(7);
    for (AnnexKind kind : KINDS) {
      List<AnnexRow> all = AnnexTables.rows(ledger, kind);
      List<AnnexRow> rows = all.subList(0, Math.min(all.size(), 5));
      ForeignTable t = ForeignLayouts.seeded(7).only().table(kind, rows);
      List<String> headers = new ArrayList<>();
      List<AnnexColumn> columns = new ArrayList<>(kind.columns());
      columns.remove(AnnexColumn.SEQUENCE);
      columns.forEach(c -> headers.add(c.displayName()));
      List<String[]> cells = t.getCells();
      assertThat(cells).hasSize(1 + rows.size());
      assertThat(cells.get(0)).containsExactlyElementsOf(headers);
      assertThat(t.getMerges()).isEmpty();
      for (int i = 0; i < rows.size(); i++) {
        // a unit's own table prints levels plainly: Probity's （拟定） mark is not a foreign layout's
        AnnexRow r = AnnexRow.builder().from(rows.get(i)).levelProposed(false).build();
        for (int c = 0; c < columns.size(); c++) {
          assertThat(cells.get(i + 1)[c])
              .isEqualTo(AnnexTables.cell(r, columns.get(c), LevelLabelStyle.HIGH_GENERAL_LOW));
        }
        AnnexRow withoutId = // a foreign table has no hidden id column
            AnnexRow.builder().from(AnnexTables.carried(r, kind)).pointId(Optional.empty()).build();
        assertThat(t.getExpectedRows().get(i)).isEqualTo(withoutId);
        assertThat(t.getExpectedExtras().get(i)).isEmpty();
      }
    }
  }

  @Test
  void extrasAreKeyedByTheirHeaderAndLeaveBlankValuesOut() {
    int seen = 0;
    for (long seed = 0; seed < 60; seed++) {
      AnnexKind kind = KINDS[(int) (seed % KINDS.length)];
      ForeignTable t =
          ForeignLayouts.seeded(seed).only(Variation.EXTRA_COLUMNS).table(kind, rows(seed, kind));
      String[] header = t.getCells().get(0);
      Set<String> extraHeaders = new HashSet<>();
      for (String h : header) {
        if (AnnexColumn.match(h).map(c -> c == AnnexColumn.REMARK).orElse(true)) {
          extraHeaders.add(AnnexText.clean(h));
        }
      }
      for (int i = 0; i < t.getExpectedExtras().size(); i++) {
        assertThat(extraHeaders).containsAll(t.getExpectedExtras().get(i).keySet());
        assertThat(t.getExpectedExtras().get(i).values())
            .allSatisfy(v -> assertThat(v).isNotBlank());
        seen += t.getExpectedExtras().get(i).size();
      }
    }
    assertThat(seen).isPositive();
  }

  @Test
  void standardVariationsAndNumberingsAreThoseOnByDefault() {
    assertThat(ForeignLayouts.seeded(1).variations()).isEqualTo(Variation.standard());
    assertThat(Variation.standard())
        .contains(
            Variation.HEADER_LIKE_FIRST_ROW,
            Variation.NAME_AND_ROLE_LEADER_HEADER,
            Variation.NUMBERED_SINGLE_MEASURE,
            Variation.HOLLOW_STARS,
            Variation.LEVEL_IN_TITLE,
            Variation.UPPER_HEADER_NAMING_ANOTHER_KIND,
            Variation.EXTRAS_UNDER_GROUP_LABEL,
            Variation.GROUP_LABELS_NAMING_COLUMNS);
    assertThat(ForeignLayouts.seeded(1).numberings()).isEqualTo(Numbering.standard());
    assertThat(Numbering.CIRCLED.marker(2, 9)).isEqualTo("②");
    assertThat(Numbering.ROW_DOT.marker(2, 9)).isEqualTo("9.2");
    assertThat(Numbering.YI_SHI.marker(3, 1)).isEqualTo("三是");
    assertThat(ForeignLayouts.seeded(1).with(Variation.HOLLOW_STARS).variations())
        .contains(Variation.HOLLOW_STARS);
    assertThat(ForeignLayouts.seeded(1).without(Variation.NOTE_ROWS).variations())
        .doesNotContain(Variation.NOTE_ROWS);
  }

  @Test
  void refusesOtherKindsForeignRowsAndTextsThatStartWithAListMarker() {
    Ledger ledger = LedgerGenerator.generate(3);
    List<AnnexRow> posts = AnnexTables.rows(ledger, AnnexKind.PERSONAL);
    ForeignLayouts layouts = ForeignLayouts.seeded(3);
    assertThatThrownBy(() -> layouts.table(AnnexKind.LEDGER, posts))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> layouts.table(AnnexKind.DEPARTMENT, posts))
        .isInstanceOf(IllegalArgumentException.class);
    AnnexRow numbered = AnnexRow.builder().from(posts.get(0)).title("1.违规拨付资金").build();
    assertThatThrownBy(() -> layouts.table(AnnexKind.PERSONAL, List.of(numbered)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("list marker");
    assertThatThrownBy(() -> layouts.numberedIn()).isInstanceOf(IllegalArgumentException.class);
  }

  private static int column(String letters) {
    int c = 0;
    for (int i = 0; i < letters.length(); i++) {
      c = c * 26 + (letters.charAt(i) - 'A' + 1);
    }
    return c - 1;
  }
}
