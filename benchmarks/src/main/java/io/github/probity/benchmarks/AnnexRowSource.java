package io.github.probity.benchmarks;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexRow;
import io.github.probity.annex.AnnexTables;
import io.github.probity.model.LevelLabelStyle;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Annex 3 rows made on demand, as a database cursor gives them: 50 risk points per post, ten posts
 * per department, Chinese texts of the usual lengths. Deterministic, stateless and thread-safe.
 */
final class AnnexRowSource {
  private static final RiskCategory[] CATEGORIES = RiskCategory.values();
  private static final RiskLevel[] LEVELS = RiskLevel.values();
  private static final String[] TITLES = {
    "采购需求审核把关不严", "资金拨付未按规定程序办理", "利用职务便利收受管理服务对象好处", "违规干预招投标活动", "泄露评审信息"
  };
  private static final String[] MEASURES = {
    "严格执行“双人复核”制度，审核意见留痕备查", "采购结果在门户网站公开，接受社会监督", "每季度开展一次廉政谈话和警示教育", "实行不相容岗位分离，定期轮岗交流"
  };

  private AnnexRowSource() {}

  /** The i-th row. */
  static AnnexRow row(int i) {
    int post = i / 50;
    return AnnexRow.builder()
        .scope(OwnerScope.POST)
        .ownerName("审核岗" + post)
        .department("业务科室" + post / 10)
        .addHolders("在岗人员" + post)
        .category(CATEGORIES[i % CATEGORIES.length])
        .title(TITLES[i % TITLES.length] + i)
        .manifestation("在办理第" + i + "号事项时" + TITLES[(i / 5) % TITLES.length])
        .level(LEVELS[i % LEVELS.length])
        .addMeasures(MEASURES[i % MEASURES.length], MEASURES[(i / 4) % MEASURES.length] + i)
        .responsible("在岗人员" + post)
        .supervisor("周明")
        .build();
  }

  /** The first {@code count} rows, made one at a time. */
  static Iterator<AnnexRow> rows(int count) {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < count;
      }

      @Override
      public AnnexRow next() {
        if (next >= count) {
          throw new NoSuchElementException();
        }
        return row(next++);
      }
    };
  }

  /**
   * The texts Probity prints for a row, one per column: what the other libraries write so that all
   * write the same cells. The sequence column gets the 1-based row number.
   */
  static String[] cells(AnnexRow row, List<AnnexColumn> columns, int seq) {
    String[] r = new String[columns.size()];
    for (int c = 0; c < r.length; c++) {
      r[c] =
          columns.get(c) == AnnexColumn.SEQUENCE
              ? Integer.toString(seq)
              : AnnexTables.cell(row, columns.get(c), LevelLabelStyle.HIGH_GENERAL_LOW);
    }
    return r;
  }
}
