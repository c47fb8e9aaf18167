package io.github.probity.json;

import io.github.probity.model.Department;
import io.github.probity.model.Discretion;
import io.github.probity.model.Frequency;
import io.github.probity.model.Leader;
import io.github.probity.model.LeadershipGroup;
import io.github.probity.model.Ledger;
import io.github.probity.model.LevelDecision;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureType;
import io.github.probity.model.Meeting;
import io.github.probity.model.MeetingKind;
import io.github.probity.model.Person;
import io.github.probity.model.Post;
import io.github.probity.model.PowerItem;
import io.github.probity.model.PowerKind;
import io.github.probity.model.ProcessStep;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import io.github.probity.model.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random ledgers that use every property, optional values present and absent, and text that
 * is hard to encode (quotes, backslashes, control characters, supplementary characters).
 */
final class RandomLedgers {
  private static final String[] WORDS = {
    "采购",
    "审核",
    "把关不严",
    "\"引号\"",
    "back\\slash",
    "tab\tand\nnewline",
    "\u0001ctl",
    "𠀀𝄞",
    "emoji😀",
    "</script>",
    "a/b",
    "全角　空格",
    "English words",
    "é",
    "\u2028sep"
  };

  private final Random r;
  private int measureSeq;

  private RandomLedgers(long seed) {
    this.r = new Random(seed);
  }

  static Ledger generate(long seed) {
    return new RandomLedgers(seed).ledger();
  }

  private String text() {
    int n = 1 + r.nextInt(4);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(WORDS[r.nextInt(WORDS.length)]);
    }
    return sb.toString();
  }

  private boolean coin() {
    return r.nextBoolean();
  }

  private <T> T pick(List<T> values) {
    return values.get(r.nextInt(values.size()));
  }

  private <T> T pick(T[] values) {
    return values[r.nextInt(values.length)];
  }

  private LocalDate date() {
    return LocalDate.of(2000 + r.nextInt(100), 1 + r.nextInt(12), 1 + r.nextInt(28));
  }

  private Ledger ledger() {
    Ledger.Builder b = Ledger.builder();
    Unit.Builder unit = Unit.builder().code("U" + r.nextInt(1000)).name(text());
    if (coin()) {
      unit.parentName(text());
    }
    b.unit(unit.build()).year(2000 + r.nextInt(101));

    List<String> people = new ArrayList<>();
    int nPeople = 1 + r.nextInt(8);
    for (int i = 0; i < nPeople; i++) {
      String id = "P" + i;
      people.add(id);
      Person.Builder p = Person.builder().id(id).name(text());
      if (coin()) {
        p.title(text());
      }
      b.addPeople(p.build());
    }

    List<String> departments = new ArrayList<>();
    int nDepartments = r.nextInt(4);
    for (int i = 0; i < nDepartments; i++) {
      String id = "D" + i;
      departments.add(id);
      Department.Builder d = Department.builder().id(id).name(text());
      if (coin()) {
        d.head(pick(people));
      }
      if (coin()) {
        d.supervisingLeader(pick(people));
      }
      b.addDepartments(d.build());
    }

    List<String> leaders = new ArrayList<>();
    LeadershipGroup.Builder group = LeadershipGroup.builder().id("LG").name(text());
    for (String person : people) {
      if (coin()) {
        leaders.add(person);
        Leader.Builder l = Leader.builder().personId(person).role(text());
        if (leaders.size() == 1 && coin()) {
          l.principal(true);
        }
        if (coin()) {
          l.divisionOfWork(text());
        }
        for (String d : departments) {
          if (coin()) {
            l.addSupervisedDepartments(d);
          }
        }
        group.addLeaders(l.build());
      }
    }
    b.leadershipGroup(group.build());

    List<String> posts = new ArrayList<>();
    if (!departments.isEmpty()) {
      int nPosts = r.nextInt(6);
      for (int i = 0; i < nPosts; i++) {
        String id = "POST-" + i;
        posts.add(id);
        Post.Builder p = Post.builder().id(id).name(text()).department(pick(departments));
        for (String person : people) {
          if (r.nextInt(4) == 0) {
            p.addHolders(person);
          }
        }
        for (int k = r.nextInt(3); k > 0; k--) {
          p.addDuties(text());
        }
        b.addPosts(p.build());
      }
    }

    List<RiskOwner> owners = new ArrayList<>();
    owners.add(RiskOwner.leadershipGroup("LG"));
    leaders.forEach(l -> owners.add(RiskOwner.leader(l)));
    departments.forEach(d -> owners.add(RiskOwner.department(d)));
    posts.forEach(p -> owners.add(RiskOwner.post(p)));

    List<PowerItem> items = new ArrayList<>();
    for (int i = r.nextInt(5); i > 0; i--) {
      PowerItem.Builder p =
          PowerItem.builder()
              .id("PI-" + i)
              .name(text())
              .owner(pick(owners))
              .kind(pick(PowerKind.values()))
              .discretion(pick(Discretion.values()))
              .frequency(pick(Frequency.values()))
              .majorMatter(coin());
      for (int k = r.nextInt(4); k > 0; k--) {
        ProcessStep.Builder s = ProcessStep.builder().id("S" + k).name(text());
        if (!posts.isEmpty() && coin()) {
          s.post(pick(posts));
        }
        p.addProcessSteps(s.build());
      }
      PowerItem item = p.build();
      items.add(item);
      b.addPowerItems(item);
    }

    for (int i = r.nextInt(16); i > 0; i--) {
      b.addRiskPoints(riskPoint("RP-" + i, owners, items, people));
    }
    if (coin()) {
      // the meetings the decisions name, recorded with every property of a meeting
      for (Meeting m : Meeting.inferredFrom(b.build())) {
        Meeting.Builder mb = Meeting.builder().from(m).kind(pick(MeetingKind.values()));
        for (String person : people) {
          if (coin()) {
            mb.addAttendees(person);
          }
        }
        if (coin()) {
          mb.addOtherAttendees(text());
        }
        if (coin()) {
          mb.dissent(text());
        }
        b.addMeetings(mb.build());
      }
    }
    return b.build();
  }

  private RiskPoint riskPoint(
      String id, List<RiskOwner> owners, List<PowerItem> items, List<String> people) {
    RiskPoint.Builder b =
        RiskPoint.builder()
            .id(id)
            .owner(pick(owners))
            .category(pick(RiskCategory.values()))
            .title(text());
    if (!items.isEmpty() && coin()) {
      PowerItem item = pick(items);
      b.powerItem(item.getId());
      if (!item.getProcessSteps().isEmpty() && coin()) {
        b.processStep(pick(item.getProcessSteps()).getId());
      }
    }
    if (coin()) {
      b.manifestation(text());
    }
    if (coin()) {
      RiskFactors.Builder f =
          RiskFactors.builder()
              .importance(1 + r.nextInt(5))
              .frequency(1 + r.nextInt(5))
              .probability(1 + r.nextInt(5));
      if (coin()) {
        f.discretion(1 + r.nextInt(5));
      }
      if (coin()) {
        f.harm(1 + r.nextInt(5));
      }
      b.factors(f.build());
    }
    RiskLevel effective = null;
    if (coin()) {
      effective = pick(RiskLevel.values());
      b.level(effective);
    }
    if (coin()) {
      RiskLevel proposed = pick(RiskLevel.values());
      RiskLevel decided = pick(RiskLevel.values());
      LevelDecision.Builder d =
          LevelDecision.builder()
              .meetingReference(text())
              .date(date())
              .proposedLevel(proposed)
              .level(decided);
      if (proposed != decided || coin()) {
        d.rationale(text());
      }
      b.decision(d.build());
      effective = decided;
    }
    if (coin()) {
      RiskLevel residual = pick(RiskLevel.values());
      b.residualLevel(residual);
      if ((effective != null && residual.rank() > effective.rank()) || coin()) {
        b.residualRationale(text());
      }
    }
    for (int k = r.nextInt(4); k > 0; k--) {
      Measure.Builder m =
          Measure.builder().id("M-" + (++measureSeq)).text(text()).type(pick(MeasureType.values()));
      if (coin()) {
        m.proposer(pick(people));
      }
      if (coin()) {
        m.deadline(date());
      }
      b.addMeasures(m.build());
    }
    if (coin()) {
      b.responsible(pick(people));
    }
    if (coin()) {
      b.supervisor(pick(people));
    }
    for (int k = r.nextInt(3); k > 0; k--) {
      b.addMonitoringIndicators(text());
    }
    return b.build();
  }
}
