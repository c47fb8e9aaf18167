package io.github.probity.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.archive.Archive;
import io.github.probity.archive.ArchiveAnchor;
import io.github.probity.archive.ArchiveHistory;
import io.github.probity.archive.ArchiveRevision;
import io.github.probity.archive.ChainVerification;
import io.github.probity.archive.LedgerDiff;
import io.github.probity.archive.RevisionKind;
import io.github.probity.json.ProbityJson;
import io.github.probity.model.Department;
import io.github.probity.model.Ledger;
import io.github.probity.model.LevelDecision;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureStatus;
import io.github.probity.model.Post;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import io.github.probity.review.ReviewRecord;
import io.github.probity.review.ReviewStep;
import io.github.probity.testkit.ArchiveGenerator;
import io.github.probity.testkit.CaseGenerator;
import io.github.probity.testkit.SignalGenerator;
import io.github.probity.warning.CaseBook;
import io.github.probity.warning.CaseEvent;
import io.github.probity.warning.CaseState;
import io.github.probity.warning.DispositionCase;
import io.github.probity.warning.Indicator;
import io.github.probity.warning.Monitor;
import io.github.probity.warning.Signal;
import io.github.probity.warning.Warning;
import io.github.probity.warning.WarningPolicy;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The store's behaviour, the same on every database: each subclass names one. One database per
 * class; each test works under unit codes or seeds of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreContract {
  private static final AtomicInteger UNITS = new AtomicInteger();

  DataSource ds;
  ProbityStore store;
  ExecutorService pool;

  abstract TestDb db();

  @BeforeAll
  void open() {
    ds = db().newDatabase();
    store = ProbityStore.of(ds);
    assertThat(store.dialect()).isEqualTo(db().dialect());
    assertThat(store.migrate()).as("migrations applied").isEqualTo(6);
    pool = Executors.newFixedThreadPool(16);
  }

  @AfterAll
  void close() {
    if (pool != null) {
      pool.shutdownNow(); // null when the database was not there and the tests were skipped
    }
  }

  static String unit() {
    return "U" + UNITS.incrementAndGet();
  }

  // ------------------------------------------------------------------ schema

  @Test
  void migratingAgainAppliesNothing() {
    assertThat(store.migrate()).isZero();
  }

  @Test
  void storedRevisionsCannotBeUpdatedOrDeleted() {
    Ledger ledger = Fixtures.ledger(11, unit());
    store.ledgers().save(ledger, 0, "张三");
    store.archives().append(archiveOf(ledger), "张三", "建立岗位廉政风险档案");
    String u = ledger.getUnit().getCode();
    for (String sql :
        List.of(
            "UPDATE probity_ledger_revision SET saved_by = 'x' WHERE unit_code = '" + u + "'",
            "DELETE FROM probity_ledger_revision WHERE unit_code = '" + u + "'",
            "UPDATE probity_risk_point SET title = 'x' WHERE unit_code = '" + u + "'",
            "DELETE FROM probity_measure WHERE unit_code = '" + u + "'",
            "UPDATE probity_archive_revision SET reason = 'x' WHERE unit_code = '" + u + "'",
            "DELETE FROM probity_archive_revision WHERE unit_code = '" + u + "'")) {
      assertThatThrownBy(() -> execute(sql))
          .as(sql)
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
    }
    assertThat(store.archives().check(u, ledger.getYear(), archiveOf(ledger).getPost().getId()))
        .matches(ArchiveCheck::isIntact);
  }

  // ------------------------------------------------------------------ ledgers

  @Test
  void savedLedgerReadsBackEqual() {
    Ledger ledger = Fixtures.ledger(21, unit());
    String u = ledger.getUnit().getCode();
    LedgerRevision saved = store.ledgers().save(ledger, 0, "张三");
    assertThat(saved.getRevision()).isEqualTo(1);
    assertThat(saved.getDiff()).isEmpty();
    LedgerRevision read = store.ledgers().latest(u, ledger.getYear()).orElseThrow();
    assertThat(read).isEqualTo(saved);
    assertThat(read.getLedger()).isEqualTo(ledger);
    assertThat(store.ledgers().currentRevision(u, ledger.getYear())).contains(1);
    assertThat(store.ledgers().latest("NO-SUCH-UNIT", 2026)).isEmpty();
  }

  @Test
  void eachSaveIsARevisionWithItsDiffAndActor() {
    Ledger first = Fixtures.ledger(22, unit());
    Ledger second = Fixtures.revise(first, 1);
    Ledger third = Fixtures.revise(second, 2);
    String u = first.getUnit().getCode();
    int year = first.getYear();
    store.ledgers().save(first, 0, "张三");
    LedgerRevision r2 = store.ledgers().save(second, 1, "李四");
    LedgerRevision r3 = store.ledgers().save(third, 2, "王五");

    assertThat(r2.getDiff()).contains(LedgerDiff.between(first, second));
    assertThat(r3.getDiff()).contains(LedgerDiff.between(second, third));
    assertThat(r2.getDiff().orElseThrow().isEmpty()).isFalse();
    assertThat(store.ledgers().revision(u, year, 2)).contains(r2);
    assertThat(store.ledgers().revision(u, year, 1).orElseThrow().getLedger()).isEqualTo(first);
    assertThat(store.ledgers().revision(u, year, 4)).isEmpty();

    List<RevisionSummary> history = store.ledgers().history(u, year);
    assertThat(history).extracting(RevisionSummary::getRevision).containsExactly(1, 2, 3);
    assertThat(history).extracting(RevisionSummary::getSavedBy).containsExactly("张三", "李四", "王五");
    assertThat(history.get(0).getChanges()).isEmpty();
    assertThat(history.get(1)).isEqualTo(r2.getSummary());
    assertThat(history.get(2)).isEqualTo(r3.getSummary());
  }

  @Test
  void aStaleWriterIsRefusedNamingBothRevisionsAndNothingIsLost() {
    Ledger base = Fixtures.ledger(23, unit());
    String u = base.getUnit().getCode();
    store.ledgers().save(base, 0, "张三");
    Ledger mine = Fixtures.revise(base, 3);
    Ledger theirs = Fixtures.revise(base, 4);
    store.ledgers().save(theirs, 1, "李四");

    assertThatThrownBy(() -> store.ledgers().save(mine, 1, "王五"))
        .isInstanceOfSatisfying(
            StaleRevisionException.class,
            e -> {
              assertThat(e.getBasedOn()).isEqualTo(1);
              assertThat(e.getCurrent()).isEqualTo(2);
              assertThat(e.getUnitCode()).isEqualTo(u);
              assertThat(e.getRefused()).isEqualTo(mine);
              assertThat(e.getMessage()).contains("revision 1").contains("revision is 2");
            });
    assertThat(store.ledgers().latest(u, base.getYear()).orElseThrow().getLedger())
        .isEqualTo(theirs);
    assertThat(store.ledgers().history(u, base.getYear())).hasSize(2);

    // A second "first" save is stale too.
    assertThatThrownBy(() -> store.ledgers().save(mine, 0, "王五"))
        .isInstanceOfSatisfying(
            StaleRevisionException.class, e -> assertThat(e.getCurrent()).isEqualTo(2));
    // After reloading, the writer saves on top.
    assertThat(store.ledgers().save(mine, 2, "王五").getRevision()).isEqualTo(3);
  }

  @Test
  void twoConnectionsSavingAtOnceOneWinsTheOtherIsRefused() throws Exception {
    for (int round = 0; round < 5; round++) {
      Ledger base = Fixtures.ledger(24 + round, unit());
      String u = base.getUnit().getCode();
      store.ledgers().save(base, 0, "张三");
      Ledger a = Fixtures.revise(base, 100 + round);
      Ledger b = Fixtures.revise(base, 200 + round);
      CountDownLatch go = new CountDownLatch(1);
      Callable<Object> saveA = racing(go, () -> store.ledgers().save(a, 1, "甲"));
      Callable<Object> saveB = racing(go, () -> store.ledgers().save(b, 1, "乙"));
      Future<Object> fa = pool.submit(saveA);
      Future<Object> fb = pool.submit(saveB);
      go.countDown();
      Object ra = fa.get(60, TimeUnit.SECONDS);
      Object rb = fb.get(60, TimeUnit.SECONDS);
      List<Object> results = List.of(ra, rb);
      assertThat(results).filteredOn(r -> r instanceof LedgerRevision).hasSize(1);
      assertThat(results)
          .filteredOn(r -> r instanceof StaleRevisionException)
          .singleElement()
          .satisfies(
              e -> {
                StaleRevisionException s = (StaleRevisionException) e;
                assertThat(s.getBasedOn()).isEqualTo(1);
                assertThat(s.getCurrent()).isEqualTo(2);
              });
      LedgerRevision winner = (LedgerRevision) (ra instanceof LedgerRevision ? ra : rb);
      assertThat(store.ledgers().latest(u, base.getYear()).orElseThrow()).isEqualTo(winner);
      assertThat(count("probity_ledger_revision", u)).isEqualTo(2);
      assertThat(count("probity_risk_point", u))
          .isEqualTo(base.getRiskPoints().size() + winner.getLedger().getRiskPoints().size());
    }
  }

  private static Callable<Object> racing(CountDownLatch go, Callable<Object> save) {
    return () -> {
      go.await();
      try {
        return save.call();
      } catch (StaleRevisionException e) {
        return e;
      }
    };
  }

  @Test
  void riskPointRowsAnswerTheQueriesOfTheLedger() throws SQLException {
    Ledger ledger = Fixtures.revise(Fixtures.ledger(25, unit()), 5);
    String u = ledger.getUnit().getCode();
    store.ledgers().save(ledger, 0, "张三");
    long undecided =
        ledger.getRiskPoints().stream().filter(rp -> rp.getDecision().isEmpty()).count();
    long high =
        ledger.getRiskPoints().stream()
            .filter(rp -> rp.effectiveLevel().map(l -> l.code().equals("HIGH")).orElse(false))
            .count();
    long dated =
        ledger.getRiskPoints().stream()
            .flatMap(rp -> rp.getMeasures().stream())
            .filter(m -> m.getDeadline().isPresent())
            .count();
    assertThat(count("probity_risk_point", u, "decided = FALSE")).isEqualTo(undecided);
    assertThat(count("probity_risk_point", u, "effective_level = 'HIGH'")).isEqualTo(high);
    assertThat(count("probity_measure", u, "deadline IS NOT NULL")).isEqualTo(dated);
    assertThat(count("probity_post", u)).isEqualTo(ledger.getPosts().size());
    RiskPoint postPoint =
        ledger.getRiskPoints().stream()
            .filter(rp -> rp.getOwner().getScope().code().equals("POST"))
            .findFirst()
            .orElseThrow();
    String department = ledger.post(postPoint.getOwner().getId()).orElseThrow().getDepartment();
    assertThat(
            count(
                "probity_risk_point",
                u,
                "point_id = '" + postPoint.getId() + "' AND department_id = '" + department + "'"))
        .isEqualTo(1);
  }

  @Test
  void anAlteredLedgerDocumentIsFoundOnRead() throws SQLException {
    Ledger ledger = Fixtures.ledger(26, unit());
    String u = ledger.getUnit().getCode();
    store.ledgers().save(ledger, 0, "张三");
    store.ledgers().save(Fixtures.revise(ledger, 6), 1, "李四");
    RiskPoint victim = ledger.getRiskPoints().get(0);
    tamper(
        "probity_ledger_revision",
        "UPDATE probity_ledger_revision SET document = "
            + jsonReplace(victim.getTitle(), victim.getTitle() + "X")
            + " WHERE unit_code = '"
            + u
            + "' AND revision = 1");
    assertThatThrownBy(() -> store.ledgers().revision(u, ledger.getYear(), 1))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("Revision 1")
        .hasMessageContaining("was altered");
    // The diff of revision 2 is computed against revision 1: it is refused too.
    assertThatThrownBy(() -> store.ledgers().latest(u, ledger.getYear()))
        .hasMessageContaining("Revision 1");
  }

  @Test
  void queriesAnswerFromTheCurrentRevisionOnly() {
    Ledger first = Fixtures.ledger(27, unit());
    // the revision's measures in motion: some done or abandoned, which are no longer due
    Ledger ledger =
        io.github.probity.testkit.LedgerGenerator.withMeasuresInMotion(
            Fixtures.revise(first, 7), 7);
    String u = ledger.getUnit().getCode();
    int year = ledger.getYear();
    store.ledgers().save(first, 0, "张三");
    store.ledgers().save(ledger, 1, "李四");

    assertThat(store.ledgers().points(u, year, PointFilter.all()))
        .extracting(PointRow::getPointId)
        .containsExactlyElementsOf(ledger.getRiskPoints().stream().map(RiskPoint::getId).toList());
    for (RiskLevel level : RiskLevel.values()) {
      for (RiskCategory category : RiskCategory.values()) {
        assertThat(
                store
                    .ledgers()
                    .points(u, year, PointFilter.builder().level(level).category(category).build()))
            .extracting(PointRow::getPointId)
            .containsExactlyElementsOf(
                ledger.getRiskPoints().stream()
                    .filter(rp -> rp.effectiveLevel().equals(Optional.of(level)))
                    .filter(rp -> rp.getCategory() == category)
                    .map(RiskPoint::getId)
                    .toList());
      }
    }
    for (Department d : ledger.getDepartments()) {
      assertThat(
              store.ledgers().points(u, year, PointFilter.builder().department(d.getId()).build()))
          .extracting(PointRow::getPointId)
          .containsExactlyElementsOf(
              ledger.getRiskPoints().stream()
                  .filter(rp -> d.getId().equals(LedgerStore.departmentOf(ledger, rp)))
                  .map(RiskPoint::getId)
                  .toList());
    }
    List<PointRow> undecided =
        store.ledgers().points(u, year, PointFilter.builder().decided(false).build());
    assertThat(undecided)
        .extracting(PointRow::getPointId)
        .containsExactlyElementsOf(
            ledger.getRiskPoints().stream()
                .filter(rp -> rp.getDecision().isEmpty())
                .map(RiskPoint::getId)
                .toList());
    assertThat(undecided).noneMatch(PointRow::isDecided);

    LocalDate until = LocalDate.of(year, 9, 30);
    List<MeasureRow> due = store.ledgers().measuresDue(u, year, until);
    assertThat(due)
        .extracting(MeasureRow::getMeasureId)
        .containsExactlyInAnyOrderElementsOf(
            ledger.getRiskPoints().stream()
                .flatMap(rp -> rp.getMeasures().stream())
                .filter(m -> m.getDeadline().filter(d -> !d.isAfter(until)).isPresent())
                .filter(m -> m.getStatus() != MeasureStatus.DONE)
                .filter(m -> m.getStatus() != MeasureStatus.ABANDONED)
                .map(Measure::getId)
                .toList());
    assertThat(
            ledger.getRiskPoints().stream()
                .flatMap(rp -> rp.getMeasures().stream())
                .filter(m -> m.getDeadline().filter(d -> !d.isAfter(until)).isPresent())
                .filter(m -> m.getStatus() == MeasureStatus.DONE))
        .as("measures done by then, which are not due")
        .isNotEmpty();
    assertThat(due).isSortedAccordingTo(Comparator.comparing(MeasureRow::getDeadline));
    assertThat(due).allMatch(m -> m.isOverdue(until.plusDays(1)));
    assertThat(store.ledgers().points("NO-SUCH-UNIT", year, PointFilter.all())).isEmpty();
  }

  @Test
  void postsWithoutAnArchiveAreListed() {
    Ledger ledger = Fixtures.ledger(28, unit());
    String u = ledger.getUnit().getCode();
    store.ledgers().save(ledger, 0, "张三");
    List<String> all = ledger.getPosts().stream().map(Post::getId).sorted().toList();
    assertThat(store.archives().missing(u, ledger.getYear()))
        .extracting(PostRow::getPostId)
        .containsExactlyElementsOf(all);
    store.archives().append(Archive.of(ledger, all.get(0), List.of()), "张三", "建档");
    assertThat(store.archives().missing(u, ledger.getYear()))
        .extracting(PostRow::getPostId)
        .containsExactlyElementsOf(all.subList(1, all.size()));
    assertThat(store.archives().missing(u, ledger.getYear() + 1)).isEmpty();
  }

  // ------------------------------------------------------------------ archives

  static Archive archiveOf(Ledger ledger) {
    return Archive.of(ledger, ledger.getPosts().get(0).getId(), List.of());
  }

  @Test
  void appendedRevisionsFormAVerifiedChainWithAnExportableHead() {
    Ledger ledger = Fixtures.ledger(31, unit());
    Archive opened = archiveOf(ledger);
    String u = ledger.getUnit().getCode();
    String post = opened.getPost().getId();
    ArchiveRevision r1 = store.archives().append(opened, "张三", "建立岗位廉政风险档案");
    ArchiveRevision r2 = store.archives().append(opened, "张三", "年度确认");
    Archive fewer =
        Archive.builder().from(opened).riskPoints(opened.getRiskPoints().subList(0, 1)).build();
    ArchiveRevision r3 = store.archives().append(fewer, "李四", "风险点调整");

    assertThat(r1.getKinds()).containsExactly(RevisionKind.CREATED);
    assertThat(r2.getKinds()).containsExactly(RevisionKind.CONFIRMED);
    ArchiveHistory history = store.archives().history(u, ledger.getYear(), post).orElseThrow();
    assertThat(history.getRevisions()).containsExactly(r1, r2, r3);
    assertThat(history.verify().isIntact()).isTrue();
    assertThat(history.form().id()).isEqualTo("probity-json-1");

    ArchiveAnchor head = store.archives().anchor(u, ledger.getYear(), post).orElseThrow();
    assertThat(head).isEqualTo(history.anchor());
    assertThat(head.getSequence()).isEqualTo(3);
    assertThat(head.getHash()).isEqualTo(r3.getHash());
    assertThat(head.printable()).contains(u).contains("第3版").contains(r3.getHash());
    assertThat(store.archives().anchors(u, ledger.getYear())).containsExactly(head);
    assertThat(store.archives().check(head).isIntact()).isTrue();
    assertThat(ArchiveAnchor.digest(List.of(head))).hasSize(64);
  }

  @Test
  void anAlteredRevisionIsNamedBySequence() throws SQLException {
    Ledger ledger = Fixtures.ledger(32, unit());
    Archive archive = archiveOf(ledger);
    String u = ledger.getUnit().getCode();
    String post = archive.getPost().getId();
    for (int i = 0; i < 4; i++) {
      store.archives().append(archive, "张三", "第" + (i + 1) + "次记录");
    }
    tamper(
        "probity_archive_revision",
        "UPDATE probity_archive_revision SET reason = '改过的理由' WHERE unit_code = '"
            + u
            + "' AND sequence = 2");
    ArchiveCheck check = store.archives().check(u, ledger.getYear(), post);
    assertThat(check.getAlteredSequence()).hasValue(2);
    assertThat(check.getProblem()).contains(ChainVerification.Problem.CONTENT_ALTERED);
    assertThat(check.getRevisionCount()).isEqualTo(4);
    assertThatThrownBy(() -> store.archives().history(u, ledger.getYear(), post))
        .isInstanceOfSatisfying(
            ArchiveTamperedException.class,
            e -> assertThat(e.getCheck().getAlteredSequence()).hasValue(2))
        .hasMessageContaining("revision 2");
    assertThatThrownBy(() -> store.archives().append(archive, "张三", "再记录"))
        .isInstanceOf(ArchiveTamperedException.class);
    assertThat(store.archives().anchor(u, ledger.getYear(), post).orElseThrow().getSequence())
        .isEqualTo(4);
  }

  @Test
  void anAlteredContentIsNamedBySequence() throws SQLException {
    Ledger ledger = Fixtures.ledger(33, unit());
    Archive archive = archiveOf(ledger);
    String u = ledger.getUnit().getCode();
    String post = archive.getPost().getId();
    store.archives().append(archive, "张三", "建档");
    store.archives().append(archive, "张三", "确认");
    store.archives().append(archive, "张三", "确认");
    String title = archive.getRiskPoints().get(0).getTitle();
    tamper(
        "probity_archive_revision",
        "UPDATE probity_archive_revision SET content = "
            + jsonReplace(title, title + "（已删改）", "content")
            + " WHERE unit_code = '"
            + u
            + "' AND sequence = 3");
    ArchiveCheck check = store.archives().check(u, ledger.getYear(), post);
    assertThat(check.getAlteredSequence()).hasValue(3);
    assertThat(check.getProblem()).contains(ChainVerification.Problem.CONTENT_ALTERED);
  }

  @Test
  void aChainRewrittenWholeIsFoundAgainstThePublishedAnchor() throws SQLException {
    Ledger ledger = Fixtures.ledger(34, unit());
    Archive archive = archiveOf(ledger);
    String u = ledger.getUnit().getCode();
    String post = archive.getPost().getId();
    store.archives().append(archive, "张三", "建档");
    store.archives().append(archive, "张三", "确认");
    ArchiveAnchor published = store.archives().anchor(u, ledger.getYear(), post).orElseThrow();
    tamper(
        "probity_archive_revision",
        "DELETE FROM probity_archive_revision WHERE unit_code = '" + u + "'");
    store.archives().append(archive, "张三", "建档");
    store.archives().append(archive, "张三", "重新确认");
    assertThat(store.archives().check(u, ledger.getYear(), post).isIntact()).isTrue();
    ArchiveCheck against = store.archives().check(published);
    assertThat(against.isIntact()).isFalse();
    assertThat(against.getAlteredSequence()).hasValue(2);
    assertThat(against.getProblem()).contains(ChainVerification.Problem.ANCHOR_MISMATCH);
  }

  @Test
  void aKeptAnchorGuardsEveryReadAgainstCutsAndReseals() throws Exception {
    Ledger ledger = Fixtures.ledger(36, unit());
    Archive archive = archiveOf(ledger);
    String u = ledger.getUnit().getCode();
    int year = ledger.getYear();
    String post = archive.getPost().getId();
    for (int i = 0; i < 3; i++) {
      store.archives().append(archive, "张三", "第" + (i + 1) + "次记录");
    }
    KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    ArchiveAnchor anchor =
        store.archives().anchor(u, year, post).orElseThrow().signedWith(keys.getPrivate());
    assertThat(store.archives().keep(anchor)).isTrue();
    assertThat(store.archives().keep(anchor)).isFalse();
    store.archives().append(archive, "张三", "锚点之后的记录"); // later revisions still append
    assertThat(store.archives().check(u, year, post).isIntact()).isTrue();

    // the last revisions dropped: the chain alone still verifies, the kept anchor does not
    tamper(
        "probity_archive_revision",
        "DELETE FROM probity_archive_revision WHERE unit_code = '" + u + "' AND sequence >= 3");
    ArchiveCheck cut = store.archives().check(u, year, post);
    assertThat(cut.getProblem()).contains(ChainVerification.Problem.TRUNCATED);
    assertThatThrownBy(() -> store.archives().history(u, year, post))
        .isInstanceOf(ArchiveTamperedException.class);
    assertThatThrownBy(() -> store.archives().append(archive, "张三", "补记"))
        .isInstanceOf(ArchiveTamperedException.class);
    assertThatThrownBy(
            () -> store.archives().keep(ArchiveAnchor.of(u, year, post, 2, "a".repeat(64))))
        .isInstanceOf(ArchiveTamperedException.class);
    assertThat(ArchiveAnchor.parse(anchor.printable()).isSignedBy(keys.getPublic())).isTrue();
  }

  @Test
  void sixteenThreadsAppendToTheSameAndToDifferentPosts() throws Exception {
    Ledger ledger = Fixtures.ledger(35, unit());
    String u = ledger.getUnit().getCode();
    List<Archive> archives = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      archives.add(Archive.of(ledger, ledger.getPosts().get(i).getId(), List.of()));
    }
    int perThread = 5;
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> futures = new ArrayList<>();
    for (int t = 0; t < 16; t++) {
      Archive archive = archives.get(t % 4);
      String actor = "线程" + t;
      futures.add(
          pool.submit(
              () -> {
                go.await();
                for (int i = 0; i < perThread; i++) {
                  store.archives().append(archive, actor, "并发记录" + i);
                }
                return perThread;
              }));
    }
    go.countDown();
    for (Future<Integer> f : futures) {
      assertThat(f.get(120, TimeUnit.SECONDS)).isEqualTo(perThread);
    }
    for (Archive a : archives) {
      ArchiveCheck check = store.archives().check(u, ledger.getYear(), a.getPost().getId());
      assertThat(check.isIntact()).isTrue();
      assertThat(check.getRevisionCount()).isEqualTo(4 * perThread);
    }
    assertThat(store.archives().anchors(u, ledger.getYear()))
        .extracting(ArchiveAnchor::getSequence)
        .containsOnly(4 * perThread);
  }

  // ------------------------------------------------------------------ events

  @Test
  void levelDecisionsAreRecordedAsTheyAppearAndChange() {
    Ledger first = Fixtures.ledger(41, unit());
    Ledger second = Fixtures.revise(first, 41);
    String u = first.getUnit().getCode();
    store.ledgers().save(first, 0, "张三");
    store.ledgers().save(second, 1, "李四");
    List<DecisionRecord> decisions = store.ledgers().decisions(u, first.getYear());
    long inFirst =
        first.getRiskPoints().stream().filter(rp -> rp.getDecision().isPresent()).count();
    long newOrChanged =
        second.getRiskPoints().stream()
            .filter(rp -> rp.getDecision().isPresent())
            .filter(
                rp ->
                    !first
                        .riskPoint(rp.getId())
                        .flatMap(RiskPoint::getDecision)
                        .equals(rp.getDecision()))
            .count();
    assertThat(decisions).filteredOn(d -> d.getRevision() == 1).hasSize((int) inFirst);
    assertThat(decisions).filteredOn(d -> d.getRevision() == 2).hasSize((int) newOrChanged);
    assertThat(newOrChanged).isPositive();
    // The last recorded decision of each point is the one its current revision holds.
    Map<String, LevelDecision> last = new HashMap<>();
    decisions.forEach(d -> last.put(d.getPointId(), d.getDecision()));
    for (RiskPoint rp : second.getRiskPoints()) {
      rp.getDecision().ifPresent(d -> assertThat(last.get(rp.getId())).isEqualTo(d));
    }
    assertThat(decisions)
        .filteredOn(d -> d.getRevision() == 2)
        .allMatch(d -> d.getSavedBy().equals("李四"));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void reviewRecordsRebuiltFromTheirStepsEqualTheRecorded(long seed) {
    Archive archive = ArchiveGenerator.archive(seed);
    String u = unit();
    List<ReviewRecord> records = archive.getReviews();
    // First only the opening steps, then the whole trails: only the new steps are appended.
    for (ReviewRecord r : records) {
      ReviewRecord opening =
          ReviewRecord.builder().from(r).trail(r.getTrail().subList(0, 1)).build();
      assertThat(store.reviews().record(u, archive.getYear(), opening)).isEqualTo(1);
    }
    int steps = 0;
    for (ReviewRecord r : records) {
      steps += store.reviews().record(u, archive.getYear(), r);
      assertThat(store.reviews().record(u, archive.getYear(), r)).isZero();
    }
    assertThat(steps).isEqualTo(records.stream().mapToInt(r -> r.getTrail().size() - 1).sum());
    assertThat(store.reviews().records(u, archive.getYear()))
        .containsExactlyInAnyOrderElementsOf(records);
    if (!records.isEmpty()) {
      // A trail that does not continue the stored one is refused.
      ReviewRecord r = records.get(0);
      ReviewStep first = r.getTrail().get(0);
      ReviewRecord other =
          ReviewRecord.builder()
              .from(r)
              .trail(
                  List.of(ReviewStep.builder().from(first).actor(first.getActor() + "X").build()))
              .build();
      assertThatThrownBy(() -> store.reviews().record(u, archive.getYear(), other))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(r.getMeasureId());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aCaseBookRebuiltFromItsEventsEqualsTheRecorded(long seed) {
    Ledger ledger = Fixtures.ledger(seed, unit());
    CaseBook book = CaseGenerator.generate(seed, ledger, 120, WarningPolicy.defaults());
    String bookId = "BOOK-" + ledger.getUnit().getCode();
    // Record each case half-way first, as a host recording after every transition would.
    for (DispositionCase dc : book.cases()) {
      List<CaseEvent> h = dc.getHistory();
      store
          .cases()
          .record(
              bookId,
              DispositionCase.restore(
                  dc.getWarning(), dc.getPolicy(), h.subList(0, (h.size() + 1) / 2)));
    }
    store.cases().record(bookId, book);
    assertThat(store.cases().record(bookId, book)).isZero();
    Clock clock = Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC);
    CaseBook read = store.cases().load(bookId, clock).orElseThrow();
    assertThat(read.cases()).isEqualTo(book.cases());
    assertThat(read.getPolicy()).isEqualTo(book.getPolicy());
    assertThat(read.getSystemActor()).isEqualTo(book.getSystemActor());

    List<CaseRow> open = store.cases().openByDeadline(bookId);
    assertThat(open)
        .extracting(CaseRow::getCaseId)
        .containsExactlyInAnyOrderElementsOf(
            book.cases().stream()
                .filter(
                    c -> c.getState() != CaseState.ARCHIVED && c.getState() != CaseState.CLEARED)
                .map(DispositionCase::getId)
                .toList());
    List<Instant> due = open.stream().flatMap(r -> r.getDueAt().stream()).toList();
    assertThat(due).isSorted();
    assertThat(store.cases().load("NO-SUCH-BOOK", clock)).isEmpty();
  }

  static LongStream fewSeeds() {
    return LongStream.rangeClosed(1, 6);
  }

  /** A clock the test sets: the time each call to a monitor is made at. */
  static final class TestClock extends Clock {
    Instant now = Instant.EPOCH;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** Feeds signals as they would arrive, advancing now and then; returns the next index. */
  static void feed(
      List<Signal> signals,
      int from,
      int to,
      TestClock clock,
      Predicate<Signal> submit,
      Runnable advance) {
    for (int i = from; i < to; i++) {
      Signal s = signals.get(i);
      clock.now = s.getTime().plus(Duration.ofMinutes(i % 3));
      boolean unused = submit.test(s);
      if (i % 10 == 9) {
        clock.now = clock.now.plus(Duration.ofHours(2));
        advance.run();
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("fewSeeds")
  void aRestartedMonitorRaisesExactlyTheWarningsOfAnUninterruptedOne(long seed) {
    Ledger ledger = Fixtures.ledger(seed, unit());
    List<Signal> signals = SignalGenerator.stream(seed, ledger, 160);
    Supplier<Monitor.Builder> builder =
        () ->
            Monitor.builder()
                .policy(WarningPolicy.defaults())
                .ledger(ledger)
                .indicators(Indicator.builtIns())
                .allowedLateness(Duration.ofMinutes(30));

    TestClock refClock = new TestClock();
    List<Warning> uninterrupted = new ArrayList<>();
    Monitor reference = builder.get().clock(refClock).addListener(uninterrupted::add).build();
    feed(signals, 0, signals.size(), refClock, reference::submit, reference::advance);
    reference.flush();

    String id = "MONITOR-" + ledger.getUnit().getCode();
    int crash = 40 + (int) (seed * 13 % 80);
    TestClock clock = new TestClock();
    List<Warning> delivered = new ArrayList<>();
    JournaledMonitor first = store.monitors().open(id, builder, clock, delivered::add);
    feed(signals, 0, crash, clock, first::submit, first::advance);
    // The process dies here: nothing of the first monitor survives but the journal.
    JournaledMonitor restarted = store.monitors().open(id, builder, clock, delivered::add);
    assertThat(restarted.journaled()).isEqualTo(first.journaled());
    assertThat(restarted.redelivered()).isZero();
    feed(signals, crash, signals.size(), clock, restarted::submit, restarted::advance);
    restarted.flush();

    assertThat(uninterrupted).isNotEmpty();
    assertThat(delivered).isEqualTo(uninterrupted);
  }

  // ------------------------------------------------------------------ properties

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 12);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void revisionsOfGeneratedLedgersReadBackWithTheirDiffs(long seed) {
    Ledger first = Fixtures.ledger(seed, unit());
    Ledger second = Fixtures.revise(first, seed);
    String u = first.getUnit().getCode();
    store.ledgers().save(first, 0, "张三");
    LedgerRevision saved = store.ledgers().save(second, 1, "李四");
    LedgerRevision read = store.ledgers().latest(u, first.getYear()).orElseThrow();
    assertThat(read.getLedger()).isEqualTo(second);
    assertThat(read.getDiff()).contains(LedgerDiff.between(first, second));
    assertThat(read).isEqualTo(saved);
    // The stored change rows give back the diff's changes.
    assertThat(store.ledgers().history(u, first.getYear()).get(1).getChanges())
        .isEqualTo(LedgerDiff.between(first, second).getChanges());
  }

  @Test
  void aMeetingsChangeIsStoredUnderItsReference() {
    Ledger sample = Fixtures.withUnit(io.github.probity.testkit.SampleUnit.ledger(), unit());
    io.github.probity.model.Meeting meeting = sample.getMeetings().get(0);
    List<io.github.probity.model.Meeting> meetings = new ArrayList<>(sample.getMeetings());
    meetings.set(
        0,
        io.github.probity.model.Meeting.builder()
            .from(meeting)
            .dissent("一名成员对等级持保留意见，记录在案")
            .build());
    Ledger revised = Ledger.builder().from(sample).meetings(meetings).build();
    String u = sample.getUnit().getCode();
    store.ledgers().save(sample, 0, "张三");
    store.ledgers().save(revised, 1, "李四");
    assertThat(store.ledgers().history(u, sample.getYear()).get(1).getChanges())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getEntity()).isEqualTo(io.github.probity.archive.DiffEntity.MEETING);
              assertThat(c.getId()).isEqualTo(meeting.getReference());
              assertThat(c.getFields()).extracting(f -> f.getField()).containsExactly("dissent");
            });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedArchiveHistoriesAreStoredAndVerifyOnRead(long seed) {
    ProbityJson json = ProbityJson.strict();
    for (ArchiveHistory history :
        List.of(
            ArchiveGenerator.history(seed), ArchiveGenerator.history(seed, json.canonicalForm()))) {
      Archive a = history.current().getContent();
      // The two histories are of the same post: store them under units of their own.
      ArchiveHistory own = rehome(history, unit());
      Archive c = own.current().getContent();
      assertThat(store.archives().save(own)).isEqualTo(own.getRevisions().size());
      ArchiveHistory read =
          store.archives().history(c.getUnitCode(), c.getYear(), c.getPost().getId()).orElseThrow();
      assertThat(read.getRevisions()).isEqualTo(own.getRevisions());
      assertThat(read.verify().isIntact()).isTrue();
      assertThat(store.archives().save(own)).isZero();
      assertThat(a.getPost()).isEqualTo(c.getPost());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void anyTamperedRowIsNamedByItsRevision(long seed) throws SQLException {
    SplittableRandom r = new SplittableRandom(seed);
    Ledger ledger = Fixtures.ledger(seed, unit());
    Archive archive = archiveOf(ledger);
    String u = ledger.getUnit().getCode();
    String post = archive.getPost().getId();
    int n = 2 + r.nextInt(4);
    List<ArchiveRevision> stored = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      stored.add(store.archives().append(archive, "张三", "记录" + i));
    }
    int k = 1 + r.nextInt(n);
    ArchiveRevision victim = stored.get(k - 1);
    String title = archive.getRiskPoints().get(0).getTitle();
    List<String> columns =
        List.of(
            "reason = 'x'",
            "actor = 'x'",
            "recorded_at_exact = '" + victim.getAt().plusNanos(1000) + "'",
            "kinds = 'ENTRY'",
            "form_id = 'probity-lp-1'",
            "content = " + jsonReplace(title, title + "改", "content"),
            "previous_hash = '" + "1".repeat(64) + "'");
    String set = columns.get(r.nextInt(columns.size()));
    tamper(
        "probity_archive_revision",
        "UPDATE probity_archive_revision SET "
            + set
            + " WHERE unit_code = '"
            + u
            + "' AND sequence = "
            + k);
    ArchiveCheck check = store.archives().check(u, ledger.getYear(), post);
    assertThat(check.getAlteredSequence()).as(set).hasValue(k);
    assertThat(check.getRevisionCount()).isEqualTo(n);
    assertThatThrownBy(() -> store.archives().history(u, ledger.getYear(), post))
        .isInstanceOf(ArchiveTamperedException.class)
        .hasMessageContaining("revision " + k);
  }

  /** The same revisions, resealed under another unit code with a fixed clock. */
  private static ArchiveHistory rehome(ArchiveHistory history, String unitCode) {
    ArchiveHistory out = null;
    for (ArchiveRevision r : history.getRevisions()) {
      Archive content = Archive.builder().from(r.getContent()).unitCode(unitCode).build();
      Clock at = Clock.fixed(r.getAt(), ZoneOffset.UTC);
      out =
          out == null
              ? ArchiveHistory.start(content, r.getActor(), r.getReason(), at, history.form())
              : out.revise(content, r.getActor(), r.getReason(), at);
    }
    return out;
  }

  // ------------------------------------------------------------------ helpers

  void execute(String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  long count(String table, String unitCode) throws SQLException {
    return count(table, unitCode, "1 = 1");
  }

  long count(String table, String unitCode, String where) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT COUNT(*) FROM " + table + " WHERE unit_code = ? AND " + where)) {
      ps.setString(1, unitCode);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Runs a statement the append-only triggers refuse, as someone with DDL rights would. */
  abstract void tamper(String table, String sql) throws SQLException;

  /** An SQL expression: the document column with one text replaced. */
  String jsonReplace(String from, String to) {
    return jsonReplace(from, to, "document");
  }

  abstract String jsonReplace(String from, String to, String column);
}
