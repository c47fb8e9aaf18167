package io.github.probity.excel;

import io.github.probity.model.Department;
import io.github.probity.model.Discretion;
import io.github.probity.model.Frequency;
import io.github.probity.model.Leader;
import io.github.probity.model.LeadershipGroup;
import io.github.probity.model.Ledger;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureType;
import io.github.probity.model.Person;
import io.github.probity.model.Post;
import io.github.probity.model.PowerItem;
import io.github.probity.model.PowerKind;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import io.github.probity.model.Unit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded random ledgers for round-trip tests: realistic Chinese texts mixed with what breaks naive
 * writers (formula prefixes, XML specials, quotes, emoji, full-width spaces inside, line breaks).
 * Names are unique per kind, texts have no leading or trailing space and no numbered-list markers,
 * which the table conventions do not carry.
 */
final class RandomLedgers {
  private static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马",
    "罗"
  };
  private static final String[] GIVEN = {
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞",
    "平", "刚", "桂英"
  };
  private static final String[] DEPTS = {
    "办公室", "预算科", "国库科", "政府采购监管科", "行政政法科", "经济建设科", "社会保障科", "会计科", "综合治税科", "法规税政科", "人事科",
    "监督检查科"
  };
  private static final String[] POSTS = {
    "审核岗", "出纳岗", "会计岗", "采购岗", "审批岗", "稽查岗", "档案岗", "综合岗", "资金拨付岗", "项目评审岗"
  };
  private static final String[] ROLES = {"党组书记、局长", "副局长", "纪检组长", "党组成员、副局长", "总会计师"};
  private static final String[] TITLES = {
    "采购需求审核把关不严",
    "资金拨付未按规定程序",
    "利用职务便利收受好处",
    "“三重一大”事项未集体决策",
    "违规干预招投标",
    "泄露评审信息",
    "审批超越权限",
    "虚列支出套取资金",
    "人情审计",
    "选人用人把关不严"
  };
  private static final String[] MEASURES = {
    "严格执行“双人复核”制度",
    "采购结果网上公开",
    "定期开展廉政谈话",
    "实行不相容岗位分离",
    "建立台账，按月检查",
    "重大事项集体研究决定",
    "落实回避制度",
    "开展警示教育",
    "优化审批流程，明确时限",
    "纳入电子监察系统"
  };
  private static final String[] TRICKY = {
    "=SUM(A1:A9)",
    "+86 电话核实",
    "-负责人审签",
    "@全体",
    "<审核>&\"复核\"",
    "'单引号",
    "含\u3000全角空格",
    "表情😀记录",
    "第一行\n第二行",
    "A&B<C>D"
  };

  private RandomLedgers() {}

  static Ledger generate(long seed) {
    Random rnd = new Random(seed);
    Set<String> names = new LinkedHashSet<>();
    int peopleCount = 4 + rnd.nextInt(20);
    while (names.size() < peopleCount) {
      names.add(
          pick(rnd, SURNAMES) + pick(rnd, GIVEN) + (rnd.nextInt(4) == 0 ? pick(rnd, GIVEN) : ""));
    }
    List<Person> people = new ArrayList<>();
    int i = 1;
    for (String n : names) {
      people.add(Person.builder().id("P" + i++).name(n).build());
    }
    int leaders = 1 + rnd.nextInt(Math.min(4, people.size() - 1));
    LeadershipGroup.Builder group =
        LeadershipGroup.builder().id("LG").name(rnd.nextBoolean() ? "局领导班子" : "党组领导班子");
    for (int l = 0; l < leaders; l++) {
      group.addLeaders(
          Leader.builder()
              .personId(people.get(l).getId())
              .role(pick(rnd, ROLES))
              .principal(l == 0)
              .build());
    }
    List<Department> depts = new ArrayList<>();
    int deptCount = 1 + rnd.nextInt(5);
    List<String> deptNames = shuffled(rnd, DEPTS);
    for (int d = 0; d < deptCount; d++) {
      Department.Builder b = Department.builder().id("D" + d).name(deptNames.get(d));
      if (rnd.nextBoolean()) {
        b.head(person(rnd, people));
      }
      depts.add(b.build());
    }
    List<Post> posts = new ArrayList<>();
    int postCount = 1 + rnd.nextInt(6);
    for (int p = 0; p < postCount; p++) {
      Post.Builder b =
          Post.builder()
              .id("S" + p)
              .name(POSTS[p % POSTS.length] + (p >= POSTS.length ? String.valueOf(p) : ""))
              .department(depts.get(rnd.nextInt(depts.size())).getId());
      int holders = rnd.nextInt(4);
      Set<String> hs = new LinkedHashSet<>();
      for (int h = 0; h < holders; h++) {
        hs.add(person(rnd, people));
      }
      b.addAllHolders(hs);
      posts.add(b.build());
    }
    List<RiskOwner> owners = new ArrayList<>();
    owners.add(RiskOwner.leadershipGroup("LG"));
    for (int l = 0; l < leaders; l++) {
      owners.add(RiskOwner.leader(people.get(l).getId()));
    }
    depts.forEach(d -> owners.add(RiskOwner.department(d.getId())));
    posts.forEach(p -> owners.add(RiskOwner.post(p.getId())));
    List<PowerItem> items = new ArrayList<>();
    List<RiskPoint> points = new ArrayList<>();
    int count = 1 + rnd.nextInt(25);
    for (int r = 0; r < count; r++) {
      RiskOwner owner = owners.get(rnd.nextInt(owners.size()));
      RiskPoint.Builder b =
          RiskPoint.builder()
              .id("RP" + r)
              .owner(owner)
              .category(RiskCategory.five().get(rnd.nextInt(5)))
              .title(text(rnd, TITLES));
      if (rnd.nextInt(4) > 0) {
        b.manifestation(text(rnd, TITLES) + "，" + text(rnd, MEASURES));
      }
      if (rnd.nextInt(5) > 0) {
        b.level(RiskLevel.values()[rnd.nextInt(3)]);
      }
      if (rnd.nextBoolean()) {
        String id = "PI" + items.size();
        items.add(
            PowerItem.builder()
                .id(id)
                .name(text(rnd, new String[] {"政府采购审核", "预算资金拨付", "干部选拔任用", "行政审批", "专项资金分配"}))
                .owner(owner)
                .kind(PowerKind.OTHER)
                .discretion(Discretion.LIMITED)
                .frequency(Frequency.MONTHLY)
                .build());
        b.powerItem(id);
      }
      int m = rnd.nextInt(5);
      for (int k = 0; k < m; k++) {
        b.addMeasures(
            Measure.builder()
                .id("RP" + r + "-M" + k)
                .text(text(rnd, MEASURES))
                .type(MeasureType.values()[rnd.nextInt(MeasureType.values().length)])
                .build());
      }
      if (rnd.nextBoolean()) {
        b.responsible(person(rnd, people));
      }
      if (rnd.nextBoolean()) {
        b.supervisor(people.get(rnd.nextInt(leaders)).getId());
      }
      if (rnd.nextInt(3) == 0) {
        b.addMonitoringIndicators("超时办理件数" + pick(rnd, TRICKY).replace('\n', ' '));
      }
      points.add(b.build());
    }
    return Ledger.builder()
        .unit(
            Unit.builder()
                .code("U" + seed)
                .name(pick(rnd, new String[] {"示例区财政局", "某市住房和城乡建设局", "某县市场监督管理局"}))
                .build())
        .year(2020 + rnd.nextInt(7))
        .addAllPeople(people)
        .leadershipGroup(group.build())
        .addAllDepartments(depts)
        .addAllPosts(posts)
        .addAllPowerItems(items)
        .addAllRiskPoints(points)
        .build();
  }

  private static String text(Random rnd, String[] pool) {
    String base = pick(rnd, pool);
    if (rnd.nextInt(4) == 0) {
      String trick = pick(rnd, TRICKY);
      return rnd.nextBoolean() ? trick + base : base + trick;
    }
    return base;
  }

  private static String person(Random rnd, List<Person> people) {
    return people.get(rnd.nextInt(people.size())).getId();
  }

  private static String pick(Random rnd, String[] pool) {
    return pool[rnd.nextInt(pool.length)];
  }

  private static List<String> shuffled(Random rnd, String[] pool) {
    List<String> l = new ArrayList<>(List.of(pool));
    java.util.Collections.shuffle(l, rnd);
    return l;
  }
}
