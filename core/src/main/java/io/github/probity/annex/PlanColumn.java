package io.github.probity.annex;

import io.github.probity.model.Coded;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A canonical column of annex 4, the implementation plan's table (工作实施计划), with the header Probity
 * prints and the synonyms real plans print for it.
 *
 * <p>{@link #match(String)} recognises a header cell: it ignores spaces (also full-width), line
 * breaks and a trailing parenthesised note such as {@code 时间安排（起止日期）}.
 *
 * @since 0.1.0
 */
public enum PlanColumn implements Coded {
  /** 序号: the row number. */
  SEQUENCE("SEQUENCE", "序号", 6, List.of("序", "编号", "No", "No.")),
  /** 工作阶段: the phase's name; merged over the phase's rows. */
  PHASE("PHASE", "工作阶段", 16, List.of("阶段", "实施阶段", "工作步骤", "步骤", "阶段名称", "方法步骤")),
  /** 时间安排: the phase's date range; merged over the phase's rows. */
  PERIOD("PERIOD", "时间安排", 16, List.of("起止时间", "时间", "时间节点", "实施时间", "完成时限", "时限", "起止日期", "时间进度")),
  /** 工作任务: the task's title. */
  TASK("TASK", "工作任务", 14, List.of("任务", "主要任务", "工作项目", "工作事项", "重点任务", "任务名称")),
  /** 工作内容及要求: what the task involves. */
  CONTENT("CONTENT", "工作内容及要求", 44, List.of("工作内容", "主要内容", "具体要求", "工作要求", "内容", "工作措施", "具体内容")),
  /** 责任部门: the responsible departments, separated by 、. */
  DEPARTMENT("DEPARTMENT", "责任部门", 14, List.of("牵头部门", "责任单位", "责任科室", "牵头科室", "责任主体", "牵头单位")),
  /** 责任人: the responsible people, by name or role, separated by 、. */
  PERSON("PERSON", "责任人", 10, List.of("责任领导", "负责人", "牵头领导", "分管领导")),
  /** 完成标准: the progress indicators that show completion, one per line. */
  STANDARD("STANDARD", "完成标准", 18, List.of("进度指标", "衡量指标", "考核指标", "完成指标")),
  /** 完成情况: 已完成 with its date, or blank while open. */
  STATUS("STATUS", "完成情况", 14, List.of("进展情况", "完成状态", "进度", "落实情况")),
  /** 备注: a note on the task. */
  REMARK("REMARK", "备注", 10, List.of("说明"));

  private final String code;
  private final String header;
  private final int width;
  private final List<String> synonyms;

  private static final HeaderIndex<PlanColumn> HEADERS =
      new HeaderIndex<>(values(), c -> c.names());

  PlanColumn(String code, String header, int width, List<String> synonyms) {
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
   * Returns the header Probity prints, e.g. {@code 工作阶段}.
   *
   * @return the header
   */
  @Override
  public String displayName() {
    return header;
  }

  /** {@return the other headers real plans use for this column, e.g. {@code 起止时间}} */
  public List<String> synonyms() {
    return synonyms;
  }

  /** {@return a column width that suits Chinese text, in characters of the default font} */
  public int width() {
    return width;
  }

  /**
   * Recognises a header cell by its canonical text, code or a synonym.
   *
   * @param headerText the header cell's text
   * @return the column, or empty if the header names none
   */
  public static Optional<PlanColumn> match(String headerText) {
    return HEADERS.match(headerText);
  }

  private List<String> names() {
    List<String> names = new ArrayList<>(synonyms.size() + 2);
    names.add(header);
    names.add(code);
    names.addAll(synonyms);
    return names;
  }
}
