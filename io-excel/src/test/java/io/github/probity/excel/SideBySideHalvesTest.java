package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexRow;
import io.github.probity.annex.AnnexTables;
import io.github.probity.finding.Finding;
import io.github.probity.finding.Location;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskLevel;
import io.github.probity.testkit.ForeignLayouts;
import io.github.probity.testkit.ForeignTable;
import io.github.probity.testkit.LedgerGenerator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table printed in two (or more) halves side by side: the same header repeated to the right, rows
 * of the right half being further rows of the same table. Each half is read as rows of the table,
 * left half first; blank cells of a shorter half give no row; findings point at the cells of the
 * half they are in. A wide table whose columns merely repeat a word is one table.
 */
class SideBySideHalvesTest {

  private static AnnexReadResult read(Books b) throws IOException {
    return AnnexReader.lenient().read(new ByteArrayInputStream(b.xlsx()));
  }

  private static List<String> titles(AnnexReadResult r) {
    return r.getRows().stream().map(l -> l.getRow().getTitle()).toList();
  }

  private static List<String> problems(AnnexReadResult r) {
    return r.getProblems().stream()
        .map(p -> p.getCode().code() + "@" + p.getLocation().text())
        .toList();
  }

  @Test
  void halvesAfterASpacerColumnAreReadLeftHalfFirstWithTheirOwnCells() throws IOException {
    Books b = new Books();
    b.sheet("科室风险点")
        .row("某区审计局科室廉政风险点一览表", "", "", "", "", "", "", "", "")
        .row("科室", "风险点", "等级", "防控措施", "", "科室", "风险点", "等级", "防控措施")
        .row("审计一科", "审计发现问题不报", "高", "审计底稿三级复核", "", "审计二科", "审计取证不规范", "中", "规范取证程序")
        .row("审计一科", "泄露审计信息", "中", "签订保密承诺", "", "审计二科", "接受被审计单位宴请", "", "严格执行审计纪律")
        .row("办公室", "公车私用", "低", "车辆定位监控", "", "", "", "", "")
        .merge("A1:I1");
    AnnexReadResult r = read(b);

    assertThat(titles(r)).containsExactly("审计发现问题不报", "泄露审计信息", "公车私用", "审计取证不规范", "接受被审计单位宴请");
    assertThat(r.getRows().stream().map(LocatedRow::getRowNumber)).containsExactly(3, 4, 5, 3, 4);
    LocatedRow right = r.getRows().get(3);
    assertThat(right.getRow().getDepartment()).contains("审计二科");
    assertThat(right.getRow().getLevel()).contains(RiskLevel.MEDIUM);
    assertThat(right.getRow().getMeasures()).containsExactly("规范取证程序");
    assertThat(right.getExtras()).isEmpty();
    assertThat(r.getRows().get(0).getExtras()).isEmpty();
    assertThat(r.getRows().get(0).getRow().getMeasures()).containsExactly("审计底稿三级复核");
    // the blank level of the right half's second row is named at its own cell, H4
    assertThat(problems(r)).contains("BLANK_LEVEL@科室风险点!H4").doesNotContain("BLANK_LEVEL@科室风险点!C4");
    assertThat(problems(r)).noneMatch(p -> p.startsWith("DUPLICATE_COLUMN"));
    assertThat(r.getTables()).containsEntry("科室风险点", AnnexKind.DEPARTMENT);
    assertThat(r.getLedger().getUnit().getName()).startsWith("某区审计局"); // the title, given once
  }

  @Test
  void halvesSideBySideWithoutASpacerAndThreeCopiesAreRead() throws IOException {
    Books b = new Books();
    b.sheet("Sheet1")
        .row("岗位", "风险点", "防控措施", "岗位", "风险点", "防控措施", "岗位", "风险点", "防控措施")
        .row("出纳岗", "挪用备用金", "现金日清月结", "会计岗", "虚列支出", "逐笔核对凭证", "采购岗", "围标串标", "公开招标")
        .row("出纳岗", "公款私存", "定期对账", "", "", "", "采购岗", "收受回扣", "签订廉洁协议");
    AnnexReadResult r = read(b);

    assertThat(titles(r)).containsExactly("挪用备用金", "公款私存", "虚列支出", "围标串标", "收受回扣");
    assertThat(r.getRows().get(2).getRow().getOwnerName()).isEqualTo("会计岗");
    assertThat(r.getRows().get(4).getRow().getOwnerName()).isEqualTo("采购岗");
    assertThat(r.getRows()).allMatch(l -> l.getExtras().isEmpty());
  }

  @Test
  void aWideTableRepeatingAWordInTwoColumnsIsOneTable() throws IOException {
    Books b = new Books();
    b.sheet("Sheet1")
        .row("序号", "科室", "风险点", "等级", "防控措施", "时间", "责任人", "时间")
        .row("1", "财务科", "虚列支出", "高", "逐笔核对", "2026-03-01", "李华", "2026-06-30")
        .row("2", "办公室", "公车私用", "低", "定位监控", "2026-04-01", "王强", "2026-09-30");
    AnnexReadResult r = read(b);

    assertThat(titles(r)).containsExactly("虚列支出", "公车私用");
    assertThat(r.getRows().get(0).getExtras().values())
        .containsExactlyInAnyOrder("2026-03-01", "2026-06-30");
    assertThat(r.getRows().get(0).getRow().getResponsible()).contains("李华");
  }

  @Test
  void aRepeatedBlockThatIsNoTableHeaderIsNotSplit() throws IOException {
    Books b = new Books();
    b.sheet("Sheet1")
        .row("科室", "风险点", "防控措施", "备注", "时间", "备注", "时间")
        .row("财务科", "虚列支出", "逐笔核对", "甲", "2026-03-01", "乙", "2026-06-30");
    AnnexReadResult r = read(b);

    assertThat(titles(r)).containsExactly("虚列支出");
    assertThat(r.getRows().get(0).getExtras().values())
        .containsExactlyInAnyOrder("甲", "2026-03-01", "乙", "2026-06-30");
  }

  // ------------------------------------------------------------------ property

  private static final AnnexKind[] KINDS = {
    AnnexKind.LEADERSHIP_GROUP, AnnexKind.DEPARTMENT, AnnexKind.PERSONAL
  };

  static LongStream seeds() {
    return LongStream.range(0, 240);
  }

  /**
   * Property: a generated table ({@link LedgerGenerator}, drawn in a foreign layout) printed in two
   * halves side by side, its body cut at a row where a point starts, gives the rows the table gives
   * printed whole, in the same order, each at its own row; findings on body cells point at the same
   * cells, moved to where the halves print them.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void halvesReadAsTheWholeTable(long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    Ledger ledger = LedgerGenerator.generate(seed);
    AnnexKind kind = KINDS[(int) Math.floorMod(seed, (long) KINDS.length)];
    List<AnnexRow> rows = AnnexTables.rows(ledger, kind);
    for (int k = 1; rows.isEmpty() && k < KINDS.length; k++) {
      kind = KINDS[(int) Math.floorMod(seed + k, (long) KINDS.length)];
      rows = AnnexTables.rows(ledger, kind);
    }
    int size = Math.min(rows.size(), random.nextInt(2, 24));
    ForeignTable table =
        ForeignLayouts.seeded(seed)
            .without(ForeignLayouts.Variation.NOTE_ROWS)
            .table(kind, rows.subList(0, size));
    Halves h = new Halves(table, random.nextInt(2));
    AnnexReadResult whole = read(h.whole());
    AnnexReadResult halves = read(h.halves());
    String context =
        "seed " + seed + "\n" + h + "\nwhole " + problems(whole) + "\nhalves " + problems(halves);

    assertThat(halves.getRows().stream().map(LocatedRow::getRow).toList())
        .as(context)
        .isEqualTo(whole.getRows().stream().map(LocatedRow::getRow).toList());
    assertThat(halves.getRows().stream().map(LocatedRow::getExtras).toList())
        .as(context)
        .isEqualTo(whole.getRows().stream().map(LocatedRow::getExtras).toList());
    assertThat(halves.getRows().stream().map(l -> l.getRowNumber()).toList())
        .as(context)
        .isEqualTo(whole.getRows().stream().map(l -> h.moved(l.getRowNumber())).toList());
    assertThat(bodyFindings(halves, h, false))
        .as(context)
        .containsExactlyInAnyOrderElementsOf(bodyFindings(whole, h, true));
  }

  /** The findings on cells of the body, moved to the halves' cells when {@code move}. */
  private static List<String> bodyFindings(AnnexReadResult r, Halves h, boolean move) {
    List<String> out = new ArrayList<>();
    for (Finding f : r.getProblems()) {
      if (!(f.getLocation() instanceof Location.Cell at) || at.row().isEmpty()) {
        continue;
      }
      int row = at.row().getAsInt();
      if (row <= h.bodyTop) {
        continue; // titles and header band: each half names its own header cells
      }
      String cell = at.cell().orElse("");
      if (move && !cell.isEmpty()) {
        int[] rc = Objects.requireNonNull(CellRefs.range(cell + ":" + cell));
        cell = h.movedCell(rc[0] + 1, rc[1]);
      }
      out.add(f.getCode().code() + "@" + (move ? h.moved(row) : row) + ":" + cell);
    }
    return out;
  }

  /** A foreign table printed whole, and in two halves cut at a row where a point starts. */
  private static final class Halves {
    final List<String[]> cells;
    final List<int[]> merges = new ArrayList<>();
    final int width;
    final int gap;

    /** The 0-based first header row, first body row, cut row and the row after the body. */
    final int headerTop;

    final int bodyTop;
    final int cut;
    final int end;
    final String sheet;

    Halves(ForeignTable t, int gap) {
      this.cells = t.getCells();
      this.width = t.getWidth();
      this.gap = gap;
      this.sheet = t.getSheetName();
      for (String m : t.getMerges()) {
        merges.add(Objects.requireNonNull(CellRefs.range(m)));
      }
      List<Integer> starts = t.getRowNumbers();
      this.bodyTop = starts.get(0) - 1;
      boolean single = t.getFeatures().contains("header:single");
      this.headerTop = bodyTop - (single ? 1 : 2);
      this.end = cells.size();
      int best = end;
      for (int n : starts) {
        int at = n - 1;
        if (at > bodyTop && free(at) && Math.abs(at - middle()) < Math.abs(best - middle())) {
          best = at;
        }
      }
      this.cut = best;
    }

    private int middle() {
      return (bodyTop + end) / 2;
    }

    private boolean free(int at) {
      for (int[] m : merges) {
        if (m[0] < at && m[2] >= at) {
          return false;
        }
      }
      return true;
    }

    /** The 1-based row a row of the whole table is printed at in the halves. */
    int moved(int row) {
      return row - 1 >= cut ? row - (cut - bodyTop) : row;
    }

    /** The cell a cell of the whole table (1-based row, 0-based column) is printed at. */
    String movedCell(int row, int column) {
      return CellRefs.cell(row - 1 >= cut ? column + width + gap : column, moved(row));
    }

    Books whole() {
      Books b = new Books();
      Books.SheetSpec s = b.sheet(sheet);
      cells.forEach(s::row);
      for (int[] m : merges) {
        s.merge(ref(m[0], m[1], m[2], m[3]));
      }
      return b;
    }

    Books halves() {
      int w = 2 * width + gap;
      int rightRows = end - cut;
      int leftRows = cut - bodyTop;
      int bodyRows = Math.max(leftRows, rightRows);
      List<String[]> out = new ArrayList<>();
      for (int r = 0; r < bodyTop; r++) {
        String[] row = blank(w);
        System.arraycopy(cells.get(r), 0, row, 0, width);
        if (r >= headerTop) {
          System.arraycopy(cells.get(r), 0, row, width + gap, width);
        }
        out.add(row);
      }
      for (int i = 0; i < bodyRows; i++) {
        String[] row = blank(w);
        if (i < leftRows) {
          System.arraycopy(cells.get(bodyTop + i), 0, row, 0, width);
        }
        if (i < rightRows) {
          System.arraycopy(cells.get(cut + i), 0, row, width + gap, width);
        }
        out.add(row);
      }
      Books b = new Books();
      Books.SheetSpec s = b.sheet(sheet);
      out.forEach(s::row);
      for (int[] m : merges) {
        if (m[0] < headerTop) {
          s.merge(ref(m[0], m[1], m[2], m[3]));
        } else if (m[0] < bodyTop) {
          s.merge(ref(m[0], m[1], m[2], m[3]));
          s.merge(ref(m[0], m[1] + width + gap, m[2], m[3] + width + gap));
        } else if (m[0] < cut) {
          s.merge(ref(m[0], m[1], m[2], m[3]));
        } else {
          int up = cut - bodyTop;
          s.merge(ref(m[0] - up, m[1] + width + gap, m[2] - up, m[3] + width + gap));
        }
      }
      return b;
    }

    private static String[] blank(int w) {
      String[] row = new String[w];
      Arrays.fill(row, "");
      return row;
    }

    private static String ref(int r1, int c1, int r2, int c2) {
      return CellRefs.cell(c1, r1 + 1) + ":" + CellRefs.cell(c2, r2 + 1);
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder("cut at row ").append(cut + 1).append('\n');
      for (int r = 0; r < cells.size(); r++) {
        sb.append(r + 1).append(": ").append(String.join(" | ", cells.get(r))).append('\n');
      }
      sb.append("merges");
      for (int[] m : merges) {
        sb.append(' ').append(ref(m[0], m[1], m[2], m[3]));
      }
      return sb.toString();
    }
  }
}
