package io.github.probity.excel;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexText;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.RiskCategory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Places columns by what their cells hold where the header says too little: a column of levels
 * ({@code 高}, {@code ★★★}, {@code 二级}) is the level, a column of the five categories is the
 * category; and the other way round, a level or category column placed by its header's words alone
 * whose cells are none is kept as an extra. Also tells whether a post column holds leaders'
 * positions (an enterprise's leadership table headed {@code 岗位类别}). Stateless.
 */
final class ColumnContent {
  /** The share of a column's non-blank cells that must agree. */
  private static final double AGREE = 0.8;

  private static final Pattern LEADER_POSITION =
      Pattern.compile(".*(书记|局长|厅长|主任|组长|董事长|总经理|副总|总监|总会计师|总经济师|总工程师|监事|主席|院长|行长|部长|处长|班子).*");

  private ColumnContent() {}

  /** Places the extras of a header whose sample cells are levels or categories. */
  static void place(HeaderBand band, Iterator<String[]> sample) {
    List<String[]> rows = new ArrayList<>();
    sample.forEachRemaining(rows::add);
    demoteIfNot(band, rows, AnnexColumn.LEVEL, ColumnContent::isLevel);
    demoteIfNot(band, rows, AnnexColumn.CATEGORY, ColumnContent::isCategory);
    for (int c : new ArrayList<>(band.extras)) {
      if (!placeIf(band, rows, c, AnnexColumn.LEVEL, ColumnContent::isLevel)) {
        placeIf(band, rows, c, AnnexColumn.CATEGORY, ColumnContent::isCategory);
      }
    }
  }

  /**
   * Keeps as an extra a column placed as {@code role} by its header's words alone when almost none
   * of its cells are what the role holds ({@code 事项等级} over 重大/一般事项 is no level column).
   */
  private static void demoteIfNot(
      HeaderBand band, List<String[]> rows, AnnexColumn role, Predicate<String> test) {
    List<Integer> src = band.columns.get(role);
    if (src == null || src.size() != 1 || !band.byMeaning(src.get(0))) {
      return;
    }
    int c = src.get(0);
    if (agree(rows, c, test.negate())) {
      band.demote(role, c);
    }
  }

  /** Places column {@code c} as {@code role} if no column holds it yet and its cells agree. */
  private static boolean placeIf(
      HeaderBand band, List<String[]> rows, int c, AnnexColumn role, Predicate<String> test) {
    if (band.columns.containsKey(role) || !agree(rows, c, test)) {
      return false;
    }
    band.placeByContent(c, role);
    band.notes.add(
        new HeaderBand.Note(
            ProblemCode.COLUMN_BY_CONTENT, band.headerRows[c], c, role.displayName()));
    return true;
  }

  /** Tells whether most sample cells of a column are leaders' positions (书记, 局长, 总经理 …). */
  static boolean leaderPositions(List<String[]> rows, int column) {
    return agree(rows, column, t -> LEADER_POSITION.matcher(t).matches());
  }

  /**
   * Tells the scope an owner cell names by its wording: the group (领导班子), a leader (局长, 张明（副局长）), a
   * post (…岗) or a department (anything else, e.g. 财务科, 执法大队); empty for a blank cell.
   */
  static Optional<OwnerScope> scopeOf(String owner) {
    if (owner.isBlank()) {
      return Optional.empty();
    }
    if (owner.contains("班子")
        || ((owner.endsWith("党组") || owner.endsWith("党委") || owner.endsWith("党总支"))
            && !owner.contains("书记"))) {
      return Optional.of(OwnerScope.LEADERSHIP_GROUP);
    }
    if (owner.endsWith("岗") || owner.endsWith("岗位")) {
      return Optional.of(OwnerScope.POST);
    }
    List<String> nameRole = AnnexText.parseLeaderCell(owner);
    if (!nameRole.get(1).isEmpty() && LEADER_POSITION.matcher(nameRole.get(1)).matches()) {
      return Optional.of(OwnerScope.LEADER);
    }
    return Optional.of(OwnerScope.DEPARTMENT);
  }

  private static boolean agree(List<String[]> rows, int column, Predicate<String> test) {
    int filled = 0;
    int agreeing = 0;
    for (String[] r : rows) {
      if (column < r.length && !r[column].isBlank()) {
        filled++;
        if (test.test(AnnexText.clean(r[column]))) {
          agreeing++;
        }
      }
    }
    return filled >= 2 && agreeing >= AGREE * filled;
  }

  static boolean isLevel(String text) {
    return TableReader.parseLevel(text).isPresent();
  }

  static boolean isCategory(String text) {
    return TableReader.parseCategory(text).filter(RiskCategory::isSpecified).isPresent();
  }
}
