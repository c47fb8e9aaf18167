package io.github.probity.annex;

import io.github.probity.model.Coded;
import io.github.probity.model.OwnerScope;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The kinds of standard table: the plan's annexes 1–4, the per-post archive (一岗一档) and the whole
 * ledger (台账).
 *
 * <p>Each kind knows its number (annexes only), its title pattern, its canonical columns in print
 * order and the owner scopes whose risk points it lists.
 *
 * @since 0.1.0
 */
public enum AnnexKind implements Coded {
  /** 附件1: the leadership group and its members (领导班子). */
  LEADERSHIP_GROUP(
      "ANNEX_1",
      "领导班子",
      1,
      Set.of(OwnerScope.LEADERSHIP_GROUP, OwnerScope.LEADER),
      List.of(
          AnnexColumn.SEQUENCE,
          AnnexColumn.LEADER,
          AnnexColumn.POWER_ITEM,
          AnnexColumn.CATEGORY,
          AnnexColumn.RISK_POINT,
          AnnexColumn.MANIFESTATION,
          AnnexColumn.LEVEL,
          AnnexColumn.MEASURES,
          AnnexColumn.RESPONSIBLE,
          AnnexColumn.SUPERVISOR)),
  /** 附件2: departments (科室). */
  DEPARTMENT(
      "ANNEX_2",
      "科室",
      2,
      Set.of(OwnerScope.DEPARTMENT),
      List.of(
          AnnexColumn.SEQUENCE,
          AnnexColumn.DEPARTMENT,
          AnnexColumn.POWER_ITEM,
          AnnexColumn.CATEGORY,
          AnnexColumn.RISK_POINT,
          AnnexColumn.MANIFESTATION,
          AnnexColumn.LEVEL,
          AnnexColumn.MEASURES,
          AnnexColumn.RESPONSIBLE,
          AnnexColumn.SUPERVISOR)),
  /** 附件3: posts and their holders, personal (个人). */
  PERSONAL(
      "ANNEX_3",
      "个人",
      3,
      Set.of(OwnerScope.POST),
      List.of(
          AnnexColumn.SEQUENCE,
          AnnexColumn.DEPARTMENT,
          AnnexColumn.POST,
          AnnexColumn.HOLDER,
          AnnexColumn.POWER_ITEM,
          AnnexColumn.CATEGORY,
          AnnexColumn.RISK_POINT,
          AnnexColumn.MANIFESTATION,
          AnnexColumn.LEVEL,
          AnnexColumn.MEASURES,
          AnnexColumn.RESPONSIBLE,
          AnnexColumn.SUPERVISOR)),
  /** 附件4: the implementation plan (实施计划); its table is {@link PlanTables}, not risk points. */
  PLAN("ANNEX_4", "实施计划", 4, Set.of(), List.of()),
  /** The per-post risk archive (一岗一档): one table per post. */
  POST_ARCHIVE(
      "POST_ARCHIVE",
      "一岗一档",
      0,
      Set.of(OwnerScope.POST),
      List.of(
          AnnexColumn.SEQUENCE,
          AnnexColumn.POWER_ITEM,
          AnnexColumn.CATEGORY,
          AnnexColumn.RISK_POINT,
          AnnexColumn.MANIFESTATION,
          AnnexColumn.LEVEL,
          AnnexColumn.MEASURES,
          AnnexColumn.RESPONSIBLE,
          AnnexColumn.SUPERVISOR)),
  /** The whole ledger (台账): every risk point of every owner in one table. */
  LEDGER(
      "LEDGER",
      "台账",
      0,
      Set.of(OwnerScope.values()),
      List.of(
          AnnexColumn.SEQUENCE,
          AnnexColumn.SCOPE,
          AnnexColumn.OWNER,
          AnnexColumn.DEPARTMENT,
          AnnexColumn.POST,
          AnnexColumn.HOLDER,
          AnnexColumn.POWER_ITEM,
          AnnexColumn.CATEGORY,
          AnnexColumn.RISK_POINT,
          AnnexColumn.MANIFESTATION,
          AnnexColumn.LEVEL,
          AnnexColumn.MEASURES,
          AnnexColumn.RESPONSIBLE,
          AnnexColumn.SUPERVISOR,
          AnnexColumn.MONITORING,
          AnnexColumn.MEASURE_STATUS,
          AnnexColumn.EFFECTIVENESS,
          AnnexColumn.RESIDUAL_LEVEL));

  private final String code;
  private final String label;
  private final int number;
  private final Set<OwnerScope> scopes;
  private final List<AnnexColumn> columns;

  AnnexKind(
      String code, String label, int number, Set<OwnerScope> scopes, List<AnnexColumn> columns) {
    this.code = code;
    this.label = label;
    this.number = number;
    this.scopes = scopes;
    this.columns = columns;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String displayName() {
    return label;
  }

  /**
   * Returns the annex number in the plan (1–4), or empty for the archive and the ledger.
   *
   * @return the annex number
   */
  public OptionalInt number() {
    return number == 0 ? OptionalInt.empty() : OptionalInt.of(number);
  }

  /** {@return the owner scopes whose risk points this table lists; empty for the plan} */
  public Set<OwnerScope> scopes() {
    return scopes;
  }

  /**
   * {@return the canonical columns in print order; empty for the plan, whose columns are {@link
   * PlanColumn}}
   */
  public List<AnnexColumn> columns() {
    return columns;
  }

  /**
   * {@return the printed title for a unit, e.g. {@code 示例区财政局廉政风险识别及防范措施一览表（个人）}}
   *
   * @param unitName the unit's name
   */
  public String title(String unitName) {
    switch (this) {
      case PLAN:
        return unitName + "廉政风险预警防控机制建设工作实施计划";
      case POST_ARCHIVE:
        return unitName + "岗位廉政风险档案（一岗一档）";
      case LEDGER:
        return unitName + "廉政风险防控台账";
      default:
        return unitName + "廉政风险识别及防范措施一览表（" + label + "）";
    }
  }

  /**
   * Returns the short sheet name, e.g. {@code 附件3 个人}.
   *
   * @return the sheet name, at most 31 characters
   */
  public String sheetName() {
    return number == 0 ? label : "附件" + number + " " + label;
  }

  /**
   * Returns the kind an owner scope's risk points go to among annexes 1–3.
   *
   * @param scope an owner scope
   * @return annex 1 for the group and leaders, annex 2 for departments, annex 3 for posts
   */
  public static AnnexKind forScope(OwnerScope scope) {
    switch (scope) {
      case LEADERSHIP_GROUP:
      case LEADER:
        return LEADERSHIP_GROUP;
      case DEPARTMENT:
        return DEPARTMENT;
      default:
        return PERSONAL;
    }
  }

  /**
   * Recognises a table kind in a sheet name or title, such as {@code 附件1}, {@code 一览表（科室）}, {@code
   * 个人岗位}, {@code 台账}, {@code 三重一大} (the 党组's collective decisions) or {@code ANNEX_2}.
   *
   * @param text a sheet name or title
   * @return the kind, or empty if the text names none
   */
  public static Optional<AnnexKind> recognise(String text) {
    String t = AnnexText.clean(text).replace(" ", "").toUpperCase(Locale.ROOT);
    for (AnnexKind k : values()) {
      if (t.equals(k.code) || t.startsWith(k.code)) {
        return Optional.of(k);
      }
    }
    if (t.contains("附件1") || t.contains("附件一")) {
      return Optional.of(LEADERSHIP_GROUP);
    }
    if (t.contains("附件2") || t.contains("附件二")) {
      return Optional.of(DEPARTMENT);
    }
    if (t.contains("附件3") || t.contains("附件三")) {
      return Optional.of(PERSONAL);
    }
    if (t.contains("附件4") || t.contains("附件四") || t.contains("实施计划")) {
      return Optional.of(PLAN);
    }
    if (t.contains("一岗一档") || t.contains("档案")) {
      return Optional.of(POST_ARCHIVE);
    }
    if (t.contains("班子")) {
      return Optional.of(LEADERSHIP_GROUP);
    }
    if (t.contains("个人") || t.contains("岗位")) {
      return Optional.of(PERSONAL);
    }
    if (t.contains("科室") || t.contains("部门") || t.contains("处室")) {
      return Optional.of(DEPARTMENT);
    }
    if (t.contains("三重一大") || t.contains("集体决策")) {
      // the collective decisions of the 党组 (班子); 党组 or 党委 alone is often the unit's or a
      // department's name (XX镇党委, 党委办公室)
      return Optional.of(LEADERSHIP_GROUP);
    }
    if (t.contains("台账")) {
      return Optional.of(LEDGER);
    }
    return Optional.empty();
  }
}
