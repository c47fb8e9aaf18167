package io.github.probity.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.probity.archive.ChangeType;
import io.github.probity.archive.DiffEntity;
import io.github.probity.archive.EntityChange;
import io.github.probity.model.Leader;
import io.github.probity.model.LeadershipGroup;
import io.github.probity.model.Ledger;
import io.github.probity.model.LevelDecision;
import io.github.probity.model.Measure;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.Person;
import io.github.probity.model.PowerItem;
import io.github.probity.model.ProcessStep;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnnexMergeTest {
  private static final Set<AnnexColumn> PERSONAL = Set.copyOf(AnnexKind.PERSONAL.columns());
  private static final Set<OwnerScope> POSTS = EnumSet.of(OwnerScope.POST);

  private static AnnexRow row(String post, String title, String measures, RiskLevel level) {
    return AnnexRow.builder()
        .scope(OwnerScope.POST)
        .ownerName(post)
        .department("财务科")
        .addHolders("王芳")
        .category(RiskCategory.DUTY)
        .title(title)
        .level(level)
        .measures(AnnexText.splitNumbered(measures))
        .responsible("王芳")
        .supervisor("李局长")
        .build();
  }

  /** A ledger with a decided level, which no table carries, so that a merge must keep it. */
  private static Ledger base() {
    Ledger read =
        AnnexAssembler.create("示例局", "U1", 2026)
            .add(row("会计", "违规报销", "1.双人审核\n2.定期抽查", RiskLevel.MEDIUM))
            .add(row("会计", "虚列支出", "1.凭证复核", RiskLevel.LOW))
            .add(row("出纳", "挪用资金", "1.日清月结", RiskLevel.HIGH))
            .build();
    List<RiskPoint> points = new ArrayList<>(read.getRiskPoints());
    points.set(
        0,
        RiskPoint.builder()
            .from(points.get(0))
            .decision(
                LevelDecision.builder()
                    .proposedLevel(RiskLevel.MEDIUM)
                    .level(RiskLevel.MEDIUM)
                    .date(LocalDate.of(2026, 3, 1))
                    .meetingReference("党组会〔2026〕3号")
                    .build())
            .build());
    return Ledger.builder().from(read).riskPoints(points).build();
  }

  private static List<AnnexRow> rowsOf(Ledger ledger) {
    return AnnexTables.rows(ledger, AnnexKind.PERSONAL);
  }

  @Test
  void theRowsALedgerPrintsMergeBackToThatLedger() {
    Ledger base = base();
    AnnexMerge merge = AnnexMerge.into(base);
    rowsOf(base).forEach(r -> merge.add(r, PERSONAL));
    AnnexMergeResult result = merge.result(POSTS);
    assertEquals(base, result.getLedger());
    assertTrue(result.getChanges().isEmpty(), result.getChanges().toString());
  }

  @Test
  void rowsWithoutIdsMatchByOwnerAndTitleWhateverTheirOrder() {
    Ledger base = base();
    List<AnnexRow> rows = new ArrayList<>();
    for (AnnexRow r : rowsOf(base)) {
      rows.add(0, AnnexRow.builder().from(r).pointId(java.util.Optional.empty()).build());
    }
    AnnexMerge merge = AnnexMerge.into(base);
    rows.forEach(r -> merge.add(r, PERSONAL));
    assertEquals(base, merge.result(POSTS).getLedger());
  }

  @Test
  void anEditedTitleIsAChangeOfThatPointAndKeepsItsDecisionAndMeasures() {
    Ledger base = base();
    List<AnnexRow> rows = rowsOf(base);
    AnnexMerge merge = AnnexMerge.into(base);
    merge.add(AnnexRow.builder().from(rows.get(0)).title("违规报销差旅费").build(), PERSONAL);
    rows.subList(1, rows.size()).forEach(r -> merge.add(r, PERSONAL));
    AnnexMergeResult result = merge.result(POSTS);
    RiskPoint before = base.getRiskPoints().get(0);
    RiskPoint after = result.getLedger().riskPoint(before.getId()).orElseThrow();
    assertEquals("违规报销差旅费", after.getTitle());
    assertEquals(before.getDecision(), after.getDecision());
    assertEquals(before.getMeasures(), after.getMeasures());
    List<EntityChange> changes = result.getChanges().getChanges();
    assertEquals(1, changes.size(), changes.toString());
    assertEquals(ChangeType.CHANGED, changes.get(0).getType());
    assertEquals(before.getId(), changes.get(0).getId());
  }

  @Test
  void addedDeletedAndRelevelledRowsAreAdditionsRemovalsAndLevelChanges() {
    Ledger base = base();
    List<AnnexRow> rows = rowsOf(base);
    AnnexMerge merge = AnnexMerge.into(base);
    merge.add(AnnexRow.builder().from(rows.get(0)).level(RiskLevel.HIGH).build(), PERSONAL);
    merge.add(rows.get(1), PERSONAL);
    merge.add(row("稽核", "审核走过场", "1.交叉复核\n2.系统留痕", RiskLevel.LOW), PERSONAL);
    AnnexMergeResult result = merge.result(POSTS);
    Ledger merged = result.getLedger();
    String removed = base.getRiskPoints().get(2).getId();
    assertFalse(merged.riskPoint(removed).isPresent());
    RiskPoint relevelled = merged.riskPoint(base.getRiskPoints().get(0).getId()).orElseThrow();
    assertEquals(RiskLevel.HIGH, relevelled.effectiveLevel().orElseThrow());
    assertFalse(relevelled.getDecision().isPresent(), "a decision on the old level ends");
    assertEquals(1, result.getChanges().getLevelChanges().size());
    List<EntityChange> addedPoints =
        result.getChanges().changes(DiffEntity.RISK_POINT, ChangeType.ADDED);
    assertEquals(1, addedPoints.size());
    RiskPoint added = merged.riskPoint(addedPoints.get(0).getId()).orElseThrow();
    assertEquals("审核走过场", added.getTitle());
    assertFalse(base.riskPoint(added.getId()).isPresent());
    assertEquals("稽核", merged.post(added.getOwner().getId()).orElseThrow().getName());
    assertEquals(2, added.getMeasures().size());
    assertEquals(
        List.of(removed),
        result.getChanges().changes(DiffEntity.RISK_POINT, ChangeType.REMOVED).stream()
            .map(EntityChange::getId)
            .toList());
  }

  @Test
  void pointsOfScopesNotDeclaredCompleteAreKept() {
    Ledger base = base();
    AnnexMerge merge = AnnexMerge.into(base);
    merge.add(rowsOf(base).get(0), PERSONAL);
    assertEquals(base, merge.result(Set.of()).getLedger());
  }

  @Test
  void theSameRowsMergedTwiceGiveTheSameIds() {
    Ledger base = base();
    AnnexRow fresh = row("稽核", "审核走过场", "1.交叉复核", RiskLevel.LOW);
    Ledger once = AnnexMerge.into(base).add(fresh, PERSONAL).result(Set.of()).getLedger();
    Ledger twice = AnnexMerge.into(base).add(fresh, PERSONAL).result(Set.of()).getLedger();
    assertEquals(once, twice);
  }

  @Test
  void aChangedMeasureIsANewMeasureAndTheUnchangedOnesKeepTheirIds() {
    Ledger base = base();
    List<AnnexRow> rows = rowsOf(base);
    AnnexMerge merge = AnnexMerge.into(base);
    merge.add(
        AnnexRow.builder().from(rows.get(0)).measures(List.of("双人审核", "系统比对")).build(), PERSONAL);
    RiskPoint before = base.getRiskPoints().get(0);
    RiskPoint after = merge.result(Set.of()).getLedger().riskPoint(before.getId()).orElseThrow();
    assertEquals(before.getMeasures().get(0), after.getMeasures().get(0));
    assertEquals("系统比对", after.getMeasures().get(1).getText());
    assertEquals(
        before.getId() + "-M3",
        after.getMeasures().get(1).getId(),
        "a new text takes no id a measure of the point had");
  }

  /**
   * A base whose first point lies in a step of its power item's process and has a residual level.
   */
  private static Ledger withStepAndResidual() {
    Ledger read =
        AnnexAssembler.create("示例局", "U1", 2026)
            .add(
                AnnexRow.builder()
                    .from(row("会计", "违规报销", "1.双人审核", RiskLevel.HIGH))
                    .powerItem("费用报销审核")
                    .build())
            .add(row("出纳", "挪用资金", "1.日清月结", RiskLevel.HIGH))
            .build();
    PowerItem item = read.getPowerItems().get(0);
    PowerItem stepped =
        PowerItem.builder()
            .from(item)
            .addProcessSteps(ProcessStep.builder().id("S1").name("初审").build())
            .build();
    List<RiskPoint> points = new ArrayList<>(read.getRiskPoints());
    points.set(
        0,
        RiskPoint.builder()
            .from(points.get(0))
            .processStep("S1")
            .residualLevel(RiskLevel.MEDIUM)
            .build());
    return Ledger.builder().from(read).powerItems(List.of(stepped)).riskPoints(points).build();
  }

  private static AnnexMergeResult mergeFirstAs(Ledger base, AnnexRow first) {
    List<AnnexRow> rows = rowsOf(base);
    AnnexMerge merge = AnnexMerge.into(base);
    merge.add(first, PERSONAL);
    rows.subList(1, rows.size()).forEach(r -> merge.add(r, PERSONAL));
    return merge.result(POSTS);
  }

  /** Review: a power item edited or cleared left the point in a step of the old item's process. */
  @Test
  void aPowerItemEditedOrClearedTakesThePointOutOfTheOldItemsProcess() {
    Ledger base = withStepAndResidual();
    AnnexRow first = rowsOf(base).get(0);
    RiskPoint edited =
        mergeFirstAs(base, AnnexRow.builder().from(first).powerItem("费用报销复核").build())
            .getLedger()
            .getRiskPoints()
            .get(0);
    assertFalse(edited.getProcessStep().isPresent(), "a step of another item's process");
    RiskPoint cleared =
        mergeFirstAs(base, AnnexRow.builder().from(first).powerItem(Optional.empty()).build())
            .getLedger()
            .getRiskPoints()
            .get(0);
    assertFalse(cleared.getPowerItem().isPresent());
    assertFalse(cleared.getProcessStep().isPresent());
    assertEquals(
        Optional.of("S1"),
        mergeFirstAs(base, first).getLedger().getRiskPoints().get(0).getProcessStep());
  }

  /** Review: a level lowered below the residual level made a point that cannot be built. */
  @Test
  void aLevelLoweredBelowTheResidualLevelEndsTheResidualLevel() {
    Ledger base = withStepAndResidual();
    AnnexRow first = rowsOf(base).get(0);
    RiskPoint low =
        mergeFirstAs(base, AnnexRow.builder().from(first).level(RiskLevel.LOW).build())
            .getLedger()
            .getRiskPoints()
            .get(0);
    assertEquals(Optional.of(RiskLevel.LOW), low.effectiveLevel());
    assertFalse(
        low.getResidualLevel().isPresent(), "assessed against a level that no longer holds");
    RiskPoint medium =
        mergeFirstAs(base, AnnexRow.builder().from(first).level(RiskLevel.MEDIUM).build())
            .getLedger()
            .getRiskPoints()
            .get(0);
    assertEquals(Optional.of(RiskLevel.MEDIUM), medium.getResidualLevel(), "still consistent");
  }

  /** Review: a new measure took an id that a measure of another point already had. */
  @Test
  void aNewMeasureTakesNoIdAnyMeasureOfTheLedgerHas() {
    Ledger base = base();
    RiskPoint first = base.getRiskPoints().get(0);
    RiskPoint second = base.getRiskPoints().get(1);
    List<RiskPoint> points = new ArrayList<>(base.getRiskPoints());
    points.set(
        0,
        RiskPoint.builder()
            .from(first)
            .measures(
                List.of(
                    Measure.builder()
                        .from(first.getMeasures().get(0))
                        .id(second.getId() + "-M2")
                        .build()))
            .build());
    Ledger odd = Ledger.builder().from(base).riskPoints(points).build();
    List<AnnexRow> rows = rowsOf(odd);
    AnnexMerge merge = AnnexMerge.into(odd);
    merge.add(rows.get(0), PERSONAL);
    merge.add(AnnexRow.builder().from(rows.get(1)).addMeasures("系统比对").build(), PERSONAL);
    merge.add(rows.get(2), PERSONAL);
    Ledger merged = merge.result(POSTS).getLedger();
    List<Measure> measures = merged.riskPoint(second.getId()).orElseThrow().getMeasures();
    assertEquals(2, measures.size());
    assertEquals(second.getMeasures().get(0), measures.get(0));
    assertFalse(measures.get(1).getId().equals(second.getId() + "-M2"), measures.toString());
  }

  /** Review: a copy of a row put above it, then edited, took the point; the original became new. */
  @Test
  void aCopiedRowIsTheNewPointWhereverItStands() {
    Ledger base = base();
    List<AnnexRow> rows = rowsOf(base);
    AnnexRow copy = AnnexRow.builder().from(rows.get(0)).title("违规报销差旅费").build();
    AnnexMerge merge = AnnexMerge.into(base);
    merge.add(copy, PERSONAL); // the copy carries the original's hidden id
    rows.forEach(r -> merge.add(r, PERSONAL));
    AnnexMergeResult result = merge.result(POSTS);
    RiskPoint original = base.getRiskPoints().get(0);
    assertEquals(original, result.getLedger().riskPoint(original.getId()).orElseThrow());
    assertTrue(result.getChanges().changes(DiffEntity.RISK_POINT, ChangeType.CHANGED).isEmpty());
    List<EntityChange> added = result.getChanges().changes(DiffEntity.RISK_POINT, ChangeType.ADDED);
    assertEquals(1, added.size());
    assertEquals(
        "违规报销差旅费", result.getLedger().riskPoint(added.get(0).getId()).orElseThrow().getTitle());
  }

  /** Review: a row typed without an id took the point whose id a later row carried. */
  @Test
  void aRowCarryingAnIdIsThatPointWhateverRowsComeBeforeIt() {
    Ledger base = base();
    List<AnnexRow> rows = rowsOf(base);
    AnnexRow typed =
        AnnexRow.builder()
            .from(rows.get(0))
            .pointId(Optional.empty())
            .measures(List.of("新措施"))
            .build();
    AnnexRow renamed = AnnexRow.builder().from(rows.get(0)).title("违规报销差旅费").build();
    AnnexMerge merge = AnnexMerge.into(base);
    merge.add(typed, PERSONAL);
    merge.add(renamed, PERSONAL);
    rows.subList(1, rows.size()).forEach(r -> merge.add(r, PERSONAL));
    AnnexMergeResult result = merge.result(POSTS);
    RiskPoint original = base.getRiskPoints().get(0);
    RiskPoint now = result.getLedger().riskPoint(original.getId()).orElseThrow();
    assertEquals("违规报销差旅费", now.getTitle());
    assertEquals(original.getMeasures(), now.getMeasures());
    List<EntityChange> added = result.getChanges().changes(DiffEntity.RISK_POINT, ChangeType.ADDED);
    assertEquals(1, added.size());
    assertEquals(
        List.of("新措施"),
        result.getLedger().riskPoint(added.get(0).getId()).orElseThrow().getMeasures().stream()
            .map(Measure::getText)
            .toList());
  }

  /** Review: a table without a department column moved every post's points to new posts. */
  @Test
  void aPostTableWithoutADepartmentColumnMatchesTheLedgersPosts() {
    Ledger base = base();
    Set<AnnexColumn> noDepartment = EnumSet.copyOf(PERSONAL);
    noDepartment.remove(AnnexColumn.DEPARTMENT);
    for (boolean ids : new boolean[] {true, false}) {
      AnnexMerge merge = AnnexMerge.into(base);
      for (AnnexRow r : rowsOf(base)) {
        AnnexRow.Builder b = AnnexRow.builder().from(r).department(Optional.empty());
        if (!ids) {
          b.pointId(Optional.empty());
        }
        merge.add(b.build(), noDepartment);
      }
      AnnexMergeResult result = merge.result(POSTS);
      assertTrue(result.getChanges().isEmpty(), result.getChanges().toString());
      assertEquals(base, result.getLedger());
    }
  }

  /** Review: of two leaders of one name, a new row of the second was given to the first. */
  @Test
  void twoLeadersOfOneNameAreToldApartByTheirRoles() {
    Ledger base = base();
    Person first = Person.builder().id("P9001").name("王芳").build();
    Person second = Person.builder().id("P9002").name("王 芳").build();
    RiskPoint ofFirst =
        RiskPoint.builder()
            .id("RP9001")
            .owner(RiskOwner.leader(first.getId()))
            .category(RiskCategory.DUTY)
            .title("违规审批")
            .build();
    RiskPoint ofSecond =
        RiskPoint.builder()
            .from(ofFirst)
            .id("RP9002")
            .owner(RiskOwner.leader(second.getId()))
            .build();
    Ledger two =
        Ledger.builder()
            .from(base)
            .addPeople(first, second)
            .leadershipGroup(
                LeadershipGroup.builder()
                    .from(base.getLeadershipGroup())
                    .addLeaders(
                        Leader.builder().personId(first.getId()).role("局长").build(),
                        Leader.builder().personId(second.getId()).role("副局长").build())
                    .build())
            .addRiskPoints(ofFirst, ofSecond)
            .build();
    Set<AnnexColumn> leaders = Set.copyOf(AnnexKind.LEADERSHIP_GROUP.columns());
    List<AnnexRow> rows = AnnexTables.rows(two, AnnexKind.LEADERSHIP_GROUP);
    AnnexRow ofSecondRow =
        rows.stream()
            .filter(r -> r.getPointId().equals(Optional.of("RP9002")))
            .findFirst()
            .orElseThrow();
    AnnexMerge merge = AnnexMerge.into(two);
    for (AnnexRow r : rows) {
      merge.add(AnnexRow.builder().from(r).pointId(Optional.empty()).build(), leaders); // no ids
    }
    merge.add(
        AnnexRow.builder().from(ofSecondRow).pointId(Optional.empty()).title("干预招投标").build(),
        leaders);
    AnnexMergeResult result = merge.result(EnumSet.of(OwnerScope.LEADER));
    List<EntityChange> added = result.getChanges().changes(DiffEntity.RISK_POINT, ChangeType.ADDED);
    assertEquals(1, added.size(), result.getChanges().toString());
    assertEquals(
        RiskOwner.leader(second.getId()),
        result.getLedger().riskPoint(added.get(0).getId()).orElseThrow().getOwner());
    assertEquals(
        two.getRiskPoints(),
        result.getLedger().getRiskPoints().subList(0, two.getRiskPoints().size()));
  }
}
