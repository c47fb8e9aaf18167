package io.github.probity.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.model.Ledger;
import io.github.probity.testkit.SampleUnit;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded H2 file store keeps what was saved across openings. */
class H2FilesTest {
  @TempDir Path dir;

  @Test
  void aFileStoreKeepsItsRevisionsAcrossOpenings() {
    Ledger ledger = SampleUnit.ledger();
    Path file = dir.resolve("store");
    H2Files.open(file).ledgers().save(ledger, 0, "张三");
    assertThat(Files.exists(dir.resolve("store.mv.db"))).isTrue();

    ProbityStore again = H2Files.open(file);
    assertThat(again.migrate()).isZero();
    LedgerRevision r2 = again.ledgers().save(Fixtures.revise(ledger, 9), 1, "李四");
    assertThat(r2.getRevision()).isEqualTo(2);
    assertThat(H2Files.open(file).ledgers().history(ledger.getUnit().getCode(), ledger.getYear()))
        .extracting(RevisionSummary::getSavedBy)
        .containsExactly("张三", "李四");
  }
}
