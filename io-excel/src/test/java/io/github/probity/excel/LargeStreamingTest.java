package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexRow;
import io.github.probity.finding.Finding;
import io.github.probity.finding.Severity;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100,000 risk points written from a row source and read back with a row handler in a JVM with a 64
 * MiB heap (see the surefire execution {@code hostile-files-in-64m}): the rows as objects and the
 * sheet's XML are both larger than that heap, so finishing is the proof of bounded memory.
 */
class LargeStreamingTest {
  private static final int ROWS = 100_000;
  private static final RiskCategory[] CATEGORIES = RiskCategory.five().toArray(new RiskCategory[0]);
  private static final RiskLevel[] LEVELS = RiskLevel.values();

  /** The i-th generated row of annex 3: 50 points per post, ten posts per department. */
  static AnnexRow row(int i) {
    int post = i / 50;
    return AnnexRow.builder()
        .scope(OwnerScope.POST)
        .ownerName("审核岗" + post)
        .department("业务科室" + post / 10)
        .addHolders("在岗人员" + post)
        .category(CATEGORIES[i % CATEGORIES.length])
        .title("采购需求审核把关不严" + i)
        .manifestation("在办理第" + i + "号事项时未严格执行审核程序")
        .level(LEVELS[i % LEVELS.length])
        .addMeasures("严格执行“双人复核”制度，审核意见留痕备查", "每季度开展一次廉政谈话和警示教育" + i)
        .responsible("在岗人员" + post)
        .supervisor("周明")
        .build();
  }

  /** Rows made on demand, as a database cursor would give them. */
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

  @Test
  void writesAndReadsOneHundredThousandRowsInBoundedMemory(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("annex3.xlsx");
    long written;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      written = AnnexWriter.standard().writeRows("示例区财政局", AnnexKind.PERSONAL, rows(ROWS), out);
    }
    assertThat(written).isEqualTo(ROWS);
    long[] seen = {0};
    long[] errors = {0};
    AnnexReadSummary summary =
        AnnexReader.lenient()
            .read(
                file,
                new AnnexRowHandler() {
                  @Override
                  public void row(LocatedRow r) {
                    if (seen[0] % 9973 == 0) {
                      assertThat(r.getRow()).isEqualTo(LargeStreamingTest.row((int) seen[0]));
                      assertThat(r.getRowNumber()).isEqualTo((int) seen[0] + 5);
                    }
                    seen[0]++;
                  }

                  @Override
                  public void problem(Finding p) {
                    if (p.getSeverity() == Severity.ERROR) {
                      errors[0]++;
                    }
                  }
                });
    assertThat(seen[0]).isEqualTo(ROWS);
    assertThat(errors[0]).isZero();
    assertThat(summary.getRowCount()).isEqualTo(ROWS);
    assertThat(summary.getDroppedRowCount()).isZero();
    assertThat(summary.getTables()).containsValue(AnnexKind.PERSONAL);
  }
}
