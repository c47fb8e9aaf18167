package io.github.probity.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.probity.model.Ledger;
import io.github.probity.model.LevelLabelStyle;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.Post;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Annex 3 prints one block per holder of a post, and reads back with each point once. */
class AnnexPerPersonTest {
  private static final Set<AnnexColumn> PERSONAL = Set.copyOf(AnnexKind.PERSONAL.columns());
  private static final Set<OwnerScope> POSTS = EnumSet.of(OwnerScope.POST);

  private static AnnexRow row(String post, String holders, String title, String measure) {
    AnnexRow.Builder b =
        AnnexRow.builder()
            .scope(OwnerScope.POST)
            .ownerName(post)
            .department("财务科")
            .category(RiskCategory.DUTY)
            .title(title)
            .level(RiskLevel.MEDIUM)
            .addMeasures(measure)
            .supervisor("李局长");
    if (!holders.isEmpty()) {
      b.holders(AnnexText.splitNames(holders));
    }
    return b.build();
  }

  /** 会计 held by 王五 and 赵六 with two points, 出纳 by 钱七, 档案 vacant. */
  private static Ledger ledger() {
    return AnnexAssembler.create("示例局", "U1", 2026)
        .add(row("会计", "王五、赵六", "违规报销", "双人审核"))
        .add(row("会计", "王五、赵六", "虚列支出", "凭证复核"))
        .add(row("出纳", "钱七", "挪用资金", "日清月结"))
        .add(row("档案", "", "违规借阅", "借阅登记"))
        .build();
  }

  private static List<AnnexRow> withoutIds(List<AnnexRow> rows) {
    List<AnnexRow> out = new ArrayList<>();
    for (AnnexRow r : rows) {
      out.add(AnnexRow.builder().from(r).pointId(Optional.empty()).build());
    }
    return out;
  }

  @Test
  void eachHolderOfAPostGetsABlockOfTheirOwn() {
    Ledger ledger = ledger();
    List<AnnexRow> rows = AnnexTables.rows(ledger, AnnexKind.PERSONAL);
    List<String> shown = new ArrayList<>();
    for (AnnexRow r : rows) {
      shown.add(r.getOwnerName() + "/" + String.join("、", r.getHolders()) + "/" + r.getTitle());
    }
    assertEquals(
        List.of("会计/王五/违规报销", "会计/王五/虚列支出", "会计/赵六/违规报销", "会计/赵六/虚列支出", "出纳/钱七/挪用资金", "档案//违规借阅"),
        shown);
    assertEquals(rows.size(), AnnexTables.count(ledger, AnnexKind.PERSONAL));
    assertEquals(rows.get(0).getPointId(), rows.get(2).getPointId());
    assertEquals(
        AnnexTables.mergeKey(rows.get(0), AnnexColumn.HOLDER),
        AnnexTables.mergeKey(rows.get(1), AnnexColumn.HOLDER));
    assertNotEquals(
        AnnexTables.mergeKey(rows.get(1), AnnexColumn.HOLDER),
        AnnexTables.mergeKey(rows.get(2), AnnexColumn.HOLDER));
    assertEquals(
        AnnexTables.mergeKey(rows.get(1), AnnexColumn.DEPARTMENT),
        AnnexTables.mergeKey(rows.get(2), AnnexColumn.DEPARTMENT));
    assertEquals(
        "王五", AnnexTables.cell(rows.get(0), AnnexColumn.HOLDER, LevelLabelStyle.HIGH_GENERAL_LOW));
    List<AnnexRow> ledgerTable = AnnexTables.rows(ledger, AnnexKind.LEDGER);
    assertEquals(ledger.getRiskPoints().size(), ledgerTable.size(), "the ledger table: once");
    assertEquals(List.of("王五", "赵六"), ledgerTable.get(0).getHolders());
  }

  @Test
  void perPersonRowsWithoutIdsAssembleEachPointOnce() {
    Ledger ledger = ledger();
    List<AnnexRow> rows = withoutIds(AnnexTables.rows(ledger, AnnexKind.PERSONAL));
    Ledger back = AnnexAssembler.create("示例局", "U1", 2026).addAll(rows).build();
    assertEquals(4, back.getRiskPoints().size());
    assertEquals(3, back.getPosts().size());
    Post kuaiji = back.getPosts().get(0);
    assertEquals(2, kuaiji.getHolders().size());
    assertEquals(
        withoutIds(AnnexTables.rows(ledger, AnnexKind.PERSONAL)),
        withoutIds(AnnexTables.rows(back, AnnexKind.PERSONAL)));
  }

  @Test
  void perPersonRowsWithIdsAssembleEachPointOnceWithItsId() {
    Ledger ledger = ledger();
    Ledger back =
        AnnexAssembler.create("示例局", "U1", 2026)
            .addAll(AnnexTables.rows(ledger, AnnexKind.PERSONAL))
            .build();
    assertEquals(
        ledger.getRiskPoints().stream().map(RiskPoint::getId).toList(),
        back.getRiskPoints().stream().map(RiskPoint::getId).toList());
    assertEquals(
        AnnexTables.rows(ledger, AnnexKind.LEDGER), AnnexTables.rows(back, AnnexKind.LEDGER));
  }

  @Test
  void aCopyThatSaysSomethingElseIsItsOwnPointNotDropped() {
    List<AnnexRow> rows = withoutIds(AnnexTables.rows(ledger(), AnnexKind.PERSONAL));
    rows.set(3, AnnexRow.builder().from(rows.get(3)).measures(List.of("凭证复核，月底抽查")).build());
    Ledger back = AnnexAssembler.create("示例局", "U1", 2026).addAll(rows).build();
    assertEquals(5, back.getRiskPoints().size());
    assertTrue(
        back.getRiskPoints().stream()
            .map(RiskPoint::getMeasures)
            .anyMatch(m -> m.get(0).getText().equals("凭证复核，月底抽查")));
  }

  @Test
  void theRowsMergeBackWithNoChangeWithOrWithoutIds() {
    Ledger ledger = ledger();
    for (List<AnnexRow> rows :
        List.of(
            AnnexTables.rows(ledger, AnnexKind.PERSONAL),
            withoutIds(AnnexTables.rows(ledger, AnnexKind.PERSONAL)))) {
      AnnexMerge merge = AnnexMerge.into(ledger);
      rows.forEach(r -> merge.add(r, PERSONAL));
      AnnexMergeResult result = merge.result(POSTS);
      assertTrue(result.getChanges().isEmpty(), result.getChanges().toString());
      assertEquals(ledger, result.getLedger());
      assertTrue(result.getConflictingCopies().isEmpty());
    }
  }

  @Test
  void anEditOnOneCopyIsAnEditAndDisagreeingCopiesAreReported() {
    Ledger ledger = ledger();
    List<AnnexRow> rows = AnnexTables.rows(ledger, AnnexKind.PERSONAL);
    String id = rows.get(1).getPointId().orElseThrow();

    List<AnnexRow> one = new ArrayList<>(rows);
    one.set(3, AnnexRow.builder().from(rows.get(3)).title("虚列支出、虚开发票").build());
    AnnexMergeResult edited = merge(ledger, one);
    assertEquals("虚列支出、虚开发票", edited.getLedger().riskPoint(id).orElseThrow().getTitle());
    assertEquals(4, edited.getLedger().getRiskPoints().size());
    assertEquals(2, edited.getLedger().getPosts().get(0).getHolders().size());
    assertTrue(edited.getConflictingCopies().isEmpty());

    List<AnnexRow> two = new ArrayList<>(one);
    two.set(1, AnnexRow.builder().from(rows.get(1)).title("虚列支出（含差旅）").build());
    AnnexMergeResult conflicting = merge(ledger, two);
    assertEquals("虚列支出（含差旅）", conflicting.getLedger().riskPoint(id).orElseThrow().getTitle());
    assertEquals(4, conflicting.getLedger().getRiskPoints().size());
    assertEquals(List.of(two.get(3)), conflicting.getConflictingCopies());
  }

  private static AnnexMergeResult merge(Ledger ledger, List<AnnexRow> rows) {
    AnnexMerge merge = AnnexMerge.into(ledger);
    rows.forEach(r -> merge.add(r, PERSONAL));
    return merge.result(POSTS);
  }
}
