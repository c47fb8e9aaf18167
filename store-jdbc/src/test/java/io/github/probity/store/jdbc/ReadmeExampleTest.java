package io.github.probity.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.archive.Archive;
import io.github.probity.archive.ArchiveAnchor;
import io.github.probity.archive.ArchiveHistory;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskLevel;
import io.github.probity.testkit.SampleUnit;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The README's store snippet, compiled and run (on H2; the same code runs on PostgreSQL). */
class ReadmeExampleTest {

  @Test
  void readmeSnippetRuns() {
    DataSource dataSource = TestDb.H2.newDatabase();
    Ledger ledger = SampleUnit.ledger();
    Ledger revised = Fixtures.revise(ledger, 1);
    String unit = ledger.getUnit().getCode();
    String postId = ledger.getPosts().get(0).getId();

    // tag::store[]
    ProbityStore store = ProbityStore.of(dataSource); // PostgreSQL, MySQL 8, MariaDB or H2
    store.migrate(); // Flyway; or a DBA applies the same SQL files by hand

    LedgerRevision r1 = store.ledgers().save(ledger, 0, "张三");
    LedgerRevision r2 = store.ledgers().save(revised, r1.getRevision(), "李四");
    System.out.println(r2.getDiff().orElseThrow().getChanges().size() + " 处变更");
    try {
      store.ledgers().save(ledger, r1.getRevision(), "王五"); // stale: based on revision 1
    } catch (StaleRevisionException e) {
      System.out.println(e.getBasedOn() + " → " + e.getCurrent()); // 1 → 2, nothing written
    }
    List<PointRow> high =
        store.ledgers().points(unit, 2026, PointFilter.builder().level(RiskLevel.HIGH).build());

    Archive archive = Archive.of(revised, postId, List.of());
    store.archives().append(archive, "张三", "建立岗位廉政风险档案");
    ArchiveHistory history = store.archives().history(unit, 2026, postId).orElseThrow(); // verified
    ArchiveAnchor anchor = store.archives().anchor(unit, 2026, postId).orElseThrow();
    store.archives().keep(anchor); // every later read checks the chain against it
    System.out.println(anchor.printable()); // print it on the archive workbook and the register
    // end::store[]

    assertThat(r2.getRevision()).isEqualTo(2);
    assertThat(history.verify().isIntact()).isTrue();
    assertThat(high)
        .hasSize(
            (int)
                revised.getRiskPoints().stream()
                    .filter(rp -> rp.effectiveLevel().equals(java.util.Optional.of(RiskLevel.HIGH)))
                    .count());
    assertThat(store.archives().check(anchor).isIntact()).isTrue();
    assertThat(ledger.getYear()).isEqualTo(2026);
  }
}
