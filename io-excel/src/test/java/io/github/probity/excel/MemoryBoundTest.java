package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.finding.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A read that returns every row at once refuses a workbook it cannot hold; streaming reads it. */
class MemoryBoundTest {
  @TempDir Path dir;

  @Test
  void readingAllRowsAtOnceIsBoundedAndNamesTheStreamingRead() throws IOException {
    Books b = new Books();
    Books.SheetSpec s = b.sheet("科室").row("科室", "风险点", "防控措施");
    for (int i = 1; i <= 30; i++) {
      s.row("办公室", "风险" + i, "措施" + i);
    }
    Path file = dir.resolve("big.xlsx");
    Files.write(file, b.xlsx());
    AnnexReader reader =
        AnnexReader.builder().limits(ReadLimits.builder().maxRowsInMemory(10).build()).build();

    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOfSatisfying(
            WorkbookRejectedException.class,
            e ->
                assertThat(e.getReason())
                    .isEqualTo(WorkbookRejectedException.Reason.LIMIT_EXCEEDED))
        .hasMessageContaining("read(Path, AnnexRowHandler)");

    AtomicInteger rows = new AtomicInteger();
    AnnexReadSummary summary =
        reader.read(
            file,
            new AnnexRowHandler() {
              @Override
              public void row(LocatedRow row) {
                rows.incrementAndGet();
              }

              @Override
              public void problem(Finding problem) {}
            });
    assertThat(rows).hasValue(30);
    assertThat(summary.getRowCount()).isEqualTo(30);
    assertThat(ReadLimits.defaults().getMaxRowsInMemory()).isEqualTo(100_000);
  }
}
