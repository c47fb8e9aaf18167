package io.github.probity.annex;

import io.github.probity.model.Coded;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A canonical column of the standard tables, with the header Probity prints and the synonyms real
 * units print for it (see {@link #synonyms()}).
 *
 * <p>{@link #match(String)} recognises a header cell: it ignores spaces (also full-width), line
 * breaks and a trailing parenthesised note such as {@code 风险等级（高/中/低）}.
 *
 * @since 0.1.0
 */
public enum AnnexColumn implements Coded {
  /** 序号: the row number. */
  SEQUENCE("SEQUENCE", "序号", 6, List.of("序", "编号", "No", "No.")),
  /** 层级: the owner scope (领导班子, 班子成员, 科室, 岗位); ledger table only. */
  SCOPE("SCOPE", "层级", 9, List.of("风险层级", "责任主体类型", "类型", "层面")),
  /** 责任主体: the owner's name, whatever its scope. */
  OWNER("OWNER", "责任主体", 14, List.of("风险主体", "责任单位", "主体")),
  /** 领导班子/班子成员: the group or a member, written {@code 姓名（职务）}. */
  LEADER(
      "LEADER",
      "领导班子/班子成员",
      16,
      List.of("班子成员", "领导班子", "领导班子成员", "领导职务", "职务", "姓名及职务", "姓名职务", "领导干部", "局领导")),
  /** 科室: the department. */
  DEPARTMENT(
      "DEPARTMENT",
      "科室",
      14,
      List.of("单位/科室", "单位（科室）", "部门", "处室", "科室名称", "所在科室", "科室（部门）", "部门名称", "责任部门", "科室/部门")),
  /** 岗位: the post. */
  POST("POST", "岗位", 14, List.of("岗位名称", "岗位类别", "工作岗位", "所在岗位", "岗位（职务）")),
  /** 在岗人: the post's holders, separated by 、. */
  HOLDER("HOLDER", "在岗人", 10, List.of("在岗人员", "姓名", "人员", "岗位人员", "在岗人姓名")),
  /** 职权事项: the power in whose exercise the risk lies. */
  POWER_ITEM(
      "POWER_ITEM",
      "职权事项",
      18,
      List.of("职权内容", "主要职责", "职责内容", "岗位职责", "权力事项", "工作职责", "职权", "关键环节", "流程")),
  /** 风险类别: the risk category. */
  CATEGORY("CATEGORY", "风险类别", 10, List.of("风险类型", "类别", "风险种类", "风险分类")),
  /** 廉政风险点: the risk point's title. */
  RISK_POINT(
      "RISK_POINT",
      "廉政风险点",
      26,
      List.of("风险点", "风险名称", "廉洁风险点", "风险点名称", "主要风险点", "廉政风险点名称", "廉政风险点及等级")),
  /** 表现形式: how the risk shows. */
  MANIFESTATION(
      "MANIFESTATION",
      "表现形式",
      32,
      List.of("廉政风险主要内容及表现形式", "风险描述", "主要表现", "风险表现形式", "具体表现", "风险内容", "主要表现形式", "风险点描述")),
  /** 风险等级: the level. */
  LEVEL("LEVEL", "风险等级", 8, List.of("等级", "风险级别", "级别", "风险等级评定")),
  /** 防控措施: the measures, numbered inside the cell. */
  MEASURES(
      "MEASURES",
      "防控措施",
      44,
      List.of("防范措施", "防控要点及防控措施", "预防和控制措施", "风险防控措施", "防控要点", "预防措施", "主要防控措施", "廉政风险防控措施")),
  /** 责任人: the person responsible for the measures. */
  RESPONSIBLE(
      "RESPONSIBLE", "责任人", 10, List.of("部门负责人", "科室负责人", "防控责任人", "责任人员", "第一责任人", "具体责任人")),
  /** 责任领导: the supervising leader. */
  SUPERVISOR(
      "SUPERVISOR",
      "责任领导",
      10,
      List.of("分管领导", "分管领导人", "监督责任人", "监管领导", "分管（协管）领导", "领导责任人", "主管领导", "监督人")),
  /** 监测指标: the monitoring indicators, one per line. */
  MONITORING("MONITORING", "监测指标", 20, List.of("预警指标", "监控指标")),
  /**
   * 落实情况: where each measure stands, numbered as the measures cell is, e.g. {@code 1.已落实} and
   * {@code 2.推进中（60%）} on two lines; 台账 only. See {@link #isMeasureTracking()} on how it is read.
   */
  MEASURE_STATUS("MEASURE_STATUS", "落实情况", 14, List.of("完成情况", "整改情况", "措施落实情况", "落实状态", "落实进度")),
  /**
   * 成效评价: each measure's latest effectiveness review, numbered as the measures cell is, e.g. {@code
   * 1.有效（王强，2026年12月6日）}; 台账 only.
   */
  EFFECTIVENESS(
      "EFFECTIVENESS", "成效评价", 18, List.of("成效", "效果评价", "有效性评价", "措施成效", "成效评估", "有效性评估")),
  /** 残余风险: the residual level once the measures are counted; 台账 only. */
  RESIDUAL_LEVEL("RESIDUAL_LEVEL", "残余风险", 8, List.of("剩余风险", "残余风险等级", "剩余风险等级")),
  /**
   * 风险点编号: the risk point's id. Probity's workbooks print it in a hidden last column so that rows
   * read back are matched to the points they show; no standard table prints it visibly. Only this
   * exact header (or the code) names it: a unit's own numbering ({@code 风险编号}, {@code 编号}, {@code
   * 岗位风险编号}) is no Probity id and travels with its row as an extra.
   */
  POINT_ID("POINT_ID", "风险点编号", 12, List.of()),
  /** 备注: a free note; read and kept as a problem-free extra. */
  REMARK("REMARK", "备注", 10, List.of("说明", "状态"));

  private final String code;
  private final String header;
  private final int width;
  private final List<String> synonyms;

  private static final Map<String, AnnexColumn> SPELLINGS = spellingMap();

  AnnexColumn(String code, String header, int width, List<String> synonyms) {
    this.code = code;
    this.header = header;
    this.width = width;
    this.synonyms = synonyms;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the header Probity prints, e.g. {@code 防控措施}.
   *
   * @return the header
   */
  @Override
  public String displayName() {
    return header;
  }

  /** {@return the other headers real tables use for this column, e.g. {@code 防范措施}} */
  public List<String> synonyms() {
    return synonyms;
  }

  /** {@return a column width that suits Chinese text, in characters of the default font} */
  public int width() {
    return width;
  }

  /**
   * Recognises a header cell by what it means: a known spelling (canonical text, code or synonym),
   * else the words it is made of, if the best reading scores at least 0.6 (see {@link
   * #candidates(String)}).
   *
   * @param headerText the header cell's text
   * @return the column, or empty if the header means none clearly enough
   */
  public static Optional<AnnexColumn> match(String headerText) {
    List<HeaderMatch> c = candidates(headerText);
    return c.isEmpty() || !c.get(0).isAccepted()
        ? Optional.empty()
        : Optional.of(c.get(0).getColumn());
  }

  /**
   * Returns the columns a header cell may mean, best first, each with a score: 1 for a known
   * spelling; otherwise by its key words, the word that ends the header (the head of the phrase)
   * weighing more. Full-width forms, white space, line breaks and bracketed notes such as {@code
   * （高/中/低）} are ignored. {@code 廉政风险点表现形式} gives {@link #MANIFESTATION} first, {@code 风险点涉及的岗位}
   * {@link #POST}, {@code 部门责任人} {@link #RESPONSIBLE}; headers of record keeping ({@code 创建时间}) and
   * of scores ({@code 风险值}) give none.
   *
   * @param headerText the header cell's text
   * @return the candidates, best first; empty if the header means no column
   */
  public static List<HeaderMatch> candidates(String headerText) {
    return HeaderMeaning.candidates(SPELLINGS, headerText);
  }

  /**
   * Tells whether the column shows measures in motion: {@link #MEASURE_STATUS}, {@link
   * #EFFECTIVENESS} or {@link #RESIDUAL_LEVEL}. Check tables print 落实情况 or 整改情况 of their own (per
   * quarter, per half year) that say nothing of a ledger's measures, so such a header is not
   * {@linkplain #match(String) matched by meaning}: a reader keeps the column under its header and
   * takes it as this column only when the header is one of its {@linkplain #spellings() exact
   * spellings}.
   *
   * @return {@code true} for the three columns of measures in motion
   */
  public boolean isMeasureTracking() {
    return this == MEASURE_STATUS || this == EFFECTIVENESS || this == RESIDUAL_LEVEL;
  }

  /**
   * {@return the header Probity prints, its code and its synonyms: the texts a header may be to
   * mean the column exactly}
   */
  public List<String> spellings() {
    return names();
  }

  private static Map<String, AnnexColumn> spellingMap() {
    Map<String, AnnexColumn> m = new HashMap<>();
    for (AnnexColumn c : values()) {
      if (c.isMeasureTracking()) {
        continue; // read from a row's extras by exact spelling
      }
      for (String name : c.names()) {
        m.put(HeaderMeaning.normalizeWithNotes(name), c); // 单位（科室） is not 单位
      }
    }
    return Map.copyOf(m);
  }

  private List<String> names() {
    List<String> names = new ArrayList<>(synonyms.size() + 2);
    names.add(header);
    names.add(code);
    names.addAll(synonyms);
    return names;
  }
}
