package io.github.probity.plan;

import java.time.LocalDate;
import java.util.List;

/** The reference plan's phases, tasks and dates as a template for any unit and year. */
final class PlanTemplate {
  /** The first phase: 广泛宣传发动，夯实思想基础. */
  static final String PUBLICITY = "广泛宣传发动，夯实思想基础";

  /** The second phase: 摸清权力底数，查找廉政风险. */
  static final String INVENTORY = "摸清权力底数，查找廉政风险";

  /** The third phase: 开展风险分析，制定防范措施. */
  static final String ANALYSIS = "开展风险分析，制定防范措施";

  /** The fourth phase: 加强风险管理，建立预警防控机制. */
  static final String MECHANISM = "加强风险管理，建立预警防控机制";

  private static final String GROUP = "工作小组";
  private static final String PARTY_GROUP = "局党组";
  private static final String DISCIPLINE = "纪检组";
  private static final String DEPARTMENTS = "各科室";

  private PlanTemplate() {}

  static ImplementationPlan of(String unitName, int year) {
    return ImplementationPlan.builder()
        .unitName(unitName)
        .year(year)
        .addPhases(
            phase(
                PUBLICITY,
                LocalDate.of(year, 4, 20),
                LocalDate.of(year, 4, 28),
                task(
                    "召开动员会议",
                    "通过召开党政领导班子会议、中心组学习会、党员干部会、座谈会等形式，使党员干部充分认识开展廉政风险预警防控机制建设的重要意义、"
                        + "工作目标和基本要求，提高参与的积极性和主动性。",
                    List.of(PARTY_GROUP, GROUP),
                    List.of("组长")),
                task(
                    "开展廉政教育",
                    "通过开展专题党课、警示教育、廉政讲座、专题学习、凝聚力活动等形式，增强党员干部的风险意识、责任意识，提高廉洁从政的自觉性。",
                    List.of(DISCIPLINE),
                    List.of("副组长"))),
            phase(
                INVENTORY,
                LocalDate.of(year, 5, 2),
                LocalDate.of(year, 5, 11),
                task(
                    "明确职责",
                    "根据“三定”方案，确定单位职能和岗位职责，全面清理对管理和服务对象行使的各类职权，做到权责明确，程序规范。",
                    List.of(DEPARTMENTS),
                    List.of("科室负责人")),
                task(
                    "查找风险",
                    "深入查找每个岗位在思想道德、制度机制、岗位职责、业务流程、外部环境等方面存在的廉政风险点。",
                    List.of(DEPARTMENTS),
                    List.of("科室负责人", "在岗人"),
                    ProgressIndicator.POSTS_WITH_RISK_POINTS)),
            phase(
                ANALYSIS,
                LocalDate.of(year, 5, 14),
                LocalDate.of(year, 7, 13),
                task(
                    "廉政风险分析",
                    "针对岗位职责风险、权力运行风险和机制制度风险进行深入分析，分析廉政风险可能在哪些工作环节、哪些岗位、哪些人身上发生，"
                        + "掌握廉政风险发生、演变的表现形式和内在规律。",
                    List.of(DEPARTMENTS),
                    List.of("科室负责人")),
                task(
                    "评定风险等级",
                    "依据廉政风险点的多少和权力的重要性、权力行使的频率、腐败现象发生的几率等内容，召开领导班子会议，集体研究，"
                        + "按照“高”、“一般”、“低”三个等级评析和确定廉政风险点。",
                    List.of(PARTY_GROUP),
                    List.of("组长"),
                    ProgressIndicator.POINTS_GRADED,
                    ProgressIndicator.POINTS_DECIDED),
                task(
                    "制定防范措施",
                    "个人岗位风险由在岗人提出具体防控措施，以统一表格的形式在一定范围内公示，并报本级党组织审核备案；"
                        + "科室风险防控措施由本科室集体研究制定，由分（协）管领导把关；领导班子、领导干部防控措施分别由领导班子和领导干部本人制定。",
                    List.of(DEPARTMENTS),
                    List.of("在岗人", "分管领导"),
                    ProgressIndicator.POINTS_WITH_MEASURES,
                    ProgressIndicator.MEASURES_FILED),
                task(
                    "建立风险档案",
                    "按照“一岗一档”的要求，建立岗位廉政风险档案，明确岗位风险点防控责任人员；填写廉政风险识别及防范措施一览表"
                        + "（领导班子、科室、个人），建立台账并作为党务公开、政务公开的重要内容。",
                    List.of(GROUP, DEPARTMENTS),
                    List.of("副组长"),
                    ProgressIndicator.POSTS_WITH_ARCHIVE)),
            phase(
                MECHANISM,
                LocalDate.of(year, 7, 16),
                LocalDate.of(year, 8, 31),
                task(
                    "建立权力制约机制",
                    "针对岗位权力比较集中、自由裁量权较大的风险点，完善分权制约措施；围绕工程建设、物品采购、大额资金使用等重要风险点，"
                        + "建立监督管理制度，并纳入“三重一大”事项决策范围。",
                    List.of(PARTY_GROUP),
                    List.of("组长")),
                task(
                    "建立风险预警机制",
                    "逐步建立预警信息点和信息报送网络，运用科技手段探索廉政风险动态预警机制，对权力运行廉政风险点实行网上实时动态监控。",
                    List.of(DISCIPLINE, "办公室"),
                    List.of("副组长")),
                task(
                    "建立监督检查机制",
                    "根据党风廉政建设责任制分工，结合廉政风险点等级划分，对各廉政风险点确定日常监控的责任主体，确保防控责任到人，防控措施到位。",
                    List.of(DISCIPLINE),
                    List.of("副组长"),
                    ProgressIndicator.POINTS_SUPERVISED),
                task(
                    "建立风险控制机制",
                    "通过警示提醒、诫勉纠错、责令整改，信访约谈、函询、重点提醒，告诫劝勉、纠正偏差等方式，将廉政风险问题解决在源头上。",
                    List.of(DISCIPLINE),
                    List.of("副组长"))))
        .addNotes("各阶段起止时间依照实施方案，可结合本单位实际调整。", "工作小组负责组织协调，各科室按照分工抓好落实。")
        .build();
  }

  private static PlanPhase phase(String name, LocalDate start, LocalDate end, PlanTask... tasks) {
    return PlanPhase.builder().name(name).start(start).end(end).addTasks(tasks).build();
  }

  private static PlanTask task(
      String title,
      String content,
      List<String> departments,
      List<String> people,
      ProgressIndicator... indicators) {
    return PlanTask.builder()
        .title(title)
        .content(content)
        .responsibleDepartments(departments)
        .responsiblePeople(people)
        .addIndicators(indicators)
        .build();
  }
}
