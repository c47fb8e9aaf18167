package io.github.probity.testkit;

import io.github.probity.plan.ImplementationPlan;
import io.github.probity.plan.PlanPhase;
import io.github.probity.plan.PlanTask;
import io.github.probity.plan.ProgressIndicator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates implementation plans from a seed, for property tests of plan readers, writers and
 * progress.
 *
 * <p>Invariants of every generated plan: it builds (phases follow one another with gaps of 1–10
 * days, the first starts in the plan's year, names are unique); the same seed gives an {@linkplain
 * ImplementationPlan#equals equal} plan; it has 1–5 phases of 1–4 tasks each; phases may run into
 * the next year; tasks have 0–2 responsible departments and people (names without separators), 0–3
 * distinct indicators, and sometimes content, a completion date within or after their phase and a
 * note; the plan has 0–3 notes. Texts are plain Chinese phrases that hold no numbered list, so they
 * survive a table cell unchanged. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class PlanGenerator {
  private static final String[] UNITS = {"示例区财政局", "某县审计局", "某市住房和城乡建设局", "某区市场监督管理局"};
  private static final String[] PHASES = {
    "广泛宣传发动，夯实思想基础", "摸清权力底数，查找廉政风险", "开展风险分析，制定防范措施", "加强风险管理，建立预警防控机制", "总结提高，巩固成果", "检查验收"
  };
  private static final String[] TASKS = {
    "召开动员会议", "开展廉政教育", "明确职责", "查找风险", "评定风险等级", "制定防范措施", "建立风险档案", "建立预警机制", "组织自查", "督查考核"
  };
  private static final String[] CONTENTS = {
    "根据“三定”方案清理各类职权，做到权责明确、程序规范。",
    "召开领导班子会议集体研究，按高、一般、低三个等级确定风险点。",
    "个人岗位风险由在岗人提出防控措施，公示后报党组织审核备案；\n科室措施由分管领导把关。",
    "对工程建设、物品采购、大额资金使用建立监督管理制度。",
    "A/B 岗互为备份 <审核> & \"复核\""
  };
  private static final String[] DEPARTMENTS = {"局党组", "工作小组", "纪检组", "各科室", "办公室（人事科）", "政府采购监管科"};
  private static final String[] PEOPLE = {"组长", "副组长", "纪检组长", "科室负责人", "在岗人", "张明", "李华"};
  private static final String[] NOTES = {
    "各阶段起止时间可结合实际调整。", "工作小组负责组织协调。", "请于每阶段结束后三日内报送小结。", "涉及“三重一大”事项须集体研究。"
  };

  private PlanGenerator() {}

  /**
   * Generates a plan.
   *
   * @param seed the seed
   * @return the plan
   */
  public static ImplementationPlan generate(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int year = 2000 + r.nextInt(100);
    LocalDate day = LocalDate.of(year, 1, 1).plusDays(r.nextInt(365));
    ImplementationPlan.Builder b = ImplementationPlan.builder().unitName(pick(r, UNITS)).year(year);
    int phases = 1 + r.nextInt(5);
    List<String> names = shuffled(r, PHASES);
    for (int i = 0; i < phases; i++) {
      LocalDate start = day;
      LocalDate end = start.plusDays(r.nextInt(60));
      PlanPhase.Builder pb = PlanPhase.builder().name(names.get(i)).start(start).end(end);
      List<String> titles = shuffled(r, TASKS);
      int tasks = 1 + r.nextInt(4);
      for (int t = 0; t < tasks; t++) {
        pb.addTasks(task(r, titles.get(t), start, end));
      }
      b.addPhases(pb.build());
      day = end.plusDays(1 + r.nextInt(10));
    }
    List<String> notes = shuffled(r, NOTES);
    for (int i = r.nextInt(4); i > 0; i--) {
      b.addNotes(notes.get(i - 1));
    }
    return b.build();
  }

  private static PlanTask task(SplittableRandom r, String title, LocalDate start, LocalDate end) {
    PlanTask.Builder tb = PlanTask.builder().title(title);
    if (r.nextInt(4) > 0) {
      tb.content(pick(r, CONTENTS));
    }
    List<String> depts = shuffled(r, DEPARTMENTS);
    for (int i = r.nextInt(3); i > 0; i--) {
      tb.addResponsibleDepartments(depts.get(i - 1));
    }
    List<String> people = shuffled(r, PEOPLE);
    for (int i = r.nextInt(3); i > 0; i--) {
      tb.addResponsiblePeople(people.get(i - 1));
    }
    List<ProgressIndicator> indicators = shuffled(r, ProgressIndicator.values());
    for (int i = r.nextInt(4); i > 0; i--) {
      tb.addIndicators(indicators.get(i - 1));
    }
    if (r.nextInt(3) == 0) {
      tb.completedOn(start.plusDays(r.nextInt((int) (end.toEpochDay() - start.toEpochDay()) + 20)));
    }
    if (r.nextInt(5) == 0) {
      tb.note("需报送书面材料");
    }
    return tb.build();
  }

  private static String pick(SplittableRandom r, String[] values) {
    return values[r.nextInt(values.length)];
  }

  private static <T> List<T> shuffled(SplittableRandom r, T[] values) {
    List<T> list = new ArrayList<>(List.of(values));
    for (int i = list.size() - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
    return list;
  }
}
