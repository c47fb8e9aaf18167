package io.github.probity.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.archive.ChangeType;
import io.github.probity.archive.DiffEntity;
import io.github.probity.archive.EntityChange;
import io.github.probity.archive.FieldChange;
import io.github.probity.archive.LedgerDiff;
import io.github.probity.model.Ledger;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureType;
import io.github.probity.model.Post;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of {@link LedgerDiff} over generated ledgers and random edits. */
class LedgerDiffPropertyTest {

  static LongStream seeds() {
    return LongStream.range(0, 220);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aLedgerDiffedWithItselfOrAnEqualOneIsEmpty(long seed) {
    Ledger ledger = LedgerGenerator.generate(seed);

    assertThat(LedgerDiff.between(ledger, ledger).isEmpty()).isTrue();
    LedgerDiff again = LedgerDiff.between(ledger, LedgerGenerator.generate(seed));
    assertThat(again.getChanges()).isEmpty();
    assertThat(again.getLevelChanges()).isEmpty();
  }

  @Test
  void theSampleUnitDiffedWithItselfIsEmpty() {
    assertThat(LedgerDiff.between(SampleUnit.ledger(), SampleUnit.ledger()).isEmpty()).isTrue();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void applyingGeneratedEditsYieldsExactlyThoseChanges(long seed) {
    Ledger before = LedgerGenerator.generate(seed);
    Edits edits = new Edits(before, new SplittableRandom(seed * 31 + 7));
    int wanted = 1 + (int) Math.floorMod(seed, 8L);
    for (int i = 0; i < wanted * 4 && edits.count < wanted; i++) {
      edits.randomEdit();
    }
    Ledger after = edits.ledger();

    LedgerDiff diff = LedgerDiff.between(before, after);

    assertThat(edits.count).isPositive();
    assertThat(keys(diff)).containsExactlyInAnyOrderElementsOf(edits.expected);
    assertThat(
            diff.getLevelChanges().stream()
                .map(c -> c.getRiskPointId() + ":" + c.getBefore() + "->" + c.getAfter())
                .collect(Collectors.toSet()))
        .isEqualTo(edits.expectedLevels);
    assertThat(LedgerDiff.between(after, after).isEmpty()).isTrue();
  }

  static List<String> keys(LedgerDiff diff) {
    return diff.getChanges().stream().map(LedgerDiffPropertyTest::key).toList();
  }

  static String key(EntityChange c) {
    return key(
        c.getEntity(),
        c.getId(),
        c.getType(),
        c.getFields().stream().map(FieldChange::getField).collect(Collectors.toList()));
  }

  static String key(DiffEntity entity, String id, ChangeType type, List<String> fields) {
    return entity.code() + ":" + id + ":" + type.code() + ":" + String.join(",", fields);
  }

  /**
   * Random edits to a ledger, each on an entity no other edit touches, with their expected diff.
   */
  static final class Edits {
    final List<String> expected = new ArrayList<>();
    final Set<String> expectedLevels = new HashSet<>();
    int count;

    private final Ledger base;
    private final SplittableRandom random;
    private final List<RiskPoint> points;
    private final List<Post> posts;
    private final Set<String> touched = new HashSet<>();
    private int fresh;

    Edits(Ledger base, SplittableRandom random) {
      this.base = base;
      this.random = random;
      this.points = new ArrayList<>(base.getRiskPoints());
      this.posts = new ArrayList<>(base.getPosts());
    }

    Ledger ledger() {
      return Ledger.builder().from(base).riskPoints(points).posts(posts).build();
    }

    void randomEdit() {
      int kind = random.nextInt(8);
      if (kind == 7) {
        editPostDuties();
        return;
      }
      int index = random.nextInt(points.size());
      RiskPoint rp = points.get(index);
      if (!touched.add(rp.getId())) {
        return;
      }
      switch (kind) {
        case 0:
          points.set(index, RiskPoint.builder().from(rp).title(rp.getTitle() + "（修订）").build());
          expect(DiffEntity.RISK_POINT, rp.getId(), ChangeType.CHANGED, "title");
          break;
        case 1:
          if (rp.getDecision().isPresent() || rp.getResidualLevel().isPresent()) {
            touched.remove(rp.getId());
            return;
          }
          RiskLevel next =
              rp.getLevel().map(l -> RiskLevel.ofRank(l.rank() % 3 + 1)).orElse(RiskLevel.MEDIUM);
          points.set(index, RiskPoint.builder().from(rp).level(next).build());
          expect(DiffEntity.RISK_POINT, rp.getId(), ChangeType.CHANGED, "level");
          expectedLevels.add(rp.getId() + ":" + rp.getLevel() + "->" + Optional.of(next));
          break;
        case 2:
          points.remove(index);
          expect(DiffEntity.RISK_POINT, rp.getId(), ChangeType.REMOVED);
          rp.getMeasures().forEach(m -> expect(DiffEntity.MEASURE, m.getId(), ChangeType.REMOVED));
          break;
        case 3:
          String id = "RP-NEW-" + ++fresh;
          touched.add(id);
          List<Measure> measures = new ArrayList<>();
          for (Measure m : rp.getMeasures()) {
            String mid = id + "-M" + (measures.size() + 1);
            measures.add(Measure.builder().from(m).id(mid).build());
            expect(DiffEntity.MEASURE, mid, ChangeType.ADDED);
          }
          points.add(index + 1, RiskPoint.builder().from(rp).id(id).measures(measures).build());
          expect(DiffEntity.RISK_POINT, id, ChangeType.ADDED);
          break;
        case 4:
          String mid = "M-NEW-" + ++fresh;
          points.set(
              index,
              RiskPoint.builder()
                  .from(rp)
                  .addMeasures(
                      Measure.builder()
                          .id(mid)
                          .text("开展岗位廉政谈话")
                          .type(MeasureType.EDUCATION)
                          .build())
                  .build());
          expect(DiffEntity.MEASURE, mid, ChangeType.ADDED);
          break;
        case 5:
          if (rp.getMeasures().isEmpty()) {
            touched.remove(rp.getId());
            return;
          }
          Measure gone = rp.getMeasures().get(random.nextInt(rp.getMeasures().size()));
          List<Measure> rest = new ArrayList<>(rp.getMeasures());
          rest.remove(gone);
          points.set(index, RiskPoint.builder().from(rp).measures(rest).build());
          expect(DiffEntity.MEASURE, gone.getId(), ChangeType.REMOVED);
          break;
        default:
          if (rp.getMeasures().isEmpty()) {
            touched.remove(rp.getId());
            return;
          }
          List<Measure> changed = new ArrayList<>(rp.getMeasures());
          Measure m = changed.get(0);
          changed.set(0, Measure.builder().from(m).text(m.getText() + "，并定期检查").build());
          points.set(index, RiskPoint.builder().from(rp).measures(changed).build());
          expect(DiffEntity.MEASURE, m.getId(), ChangeType.CHANGED, "text");
          break;
      }
      count++;
    }

    private void editPostDuties() {
      if (posts.isEmpty()) {
        return;
      }
      int index = random.nextInt(posts.size());
      Post p = posts.get(index);
      if (!touched.add("post:" + p.getId())) {
        return;
      }
      posts.set(index, Post.builder().from(p).addDuties("负责本岗位廉政风险自查").build());
      expect(DiffEntity.POST, p.getId(), ChangeType.CHANGED, "duties");
      count++;
    }

    private void expect(DiffEntity entity, String id, ChangeType type, String... fields) {
      expected.add(key(entity, id, type, List.of(fields)));
    }
  }
}
