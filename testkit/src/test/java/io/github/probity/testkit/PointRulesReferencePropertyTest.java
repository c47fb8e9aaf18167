package io.github.probity.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.finding.Location.ModelPath;
import io.github.probity.model.Department;
import io.github.probity.model.Leader;
import io.github.probity.model.Ledger;
import io.github.probity.model.LevelDecision;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureStatus;
import io.github.probity.model.MeasureType;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.Person;
import io.github.probity.model.Post;
import io.github.probity.model.PowerItem;
import io.github.probity.model.PowerKind;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import io.github.probity.validation.Paths;
import io.github.probity.validation.RuleSet;
import io.github.probity.validation.ValidationReport;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The standard rules on risk points, measures and posts give, on generated ledgers, exactly the
 * findings of a straightforward check written rule by rule from the catalogue: same paths, message
 * keys, arguments and order.
 */
class PointRulesReferencePropertyTest {
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-06-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

  /** One finding: where, which message and its arguments. */
  record F(String path, String key, List<Object> args) {}

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void pointAndPostRulesMatchAStraightforwardCheck(long seed) {
    // Odd seeds record measures as work (status, progress, reviews), so that a measure in place or
    // abandoned, never overdue, is judged too.
    Ledger generated = LedgerGenerator.generate(seed);
    Ledger ledger =
        seed % 2 == 1 ? LedgerGenerator.withMeasuresInMotion(generated, seed) : generated;
    ValidationReport report = RuleSet.standard().validate(ledger, CLOCK);
    Map<String, List<F>> expected = reference(ledger, LocalDate.now(CLOCK));
    for (Map.Entry<String, List<F>> e : expected.entrySet()) {
      List<F> actual =
          report.byRule(e.getKey()).stream()
              .map(v -> new F(v.getLocation().text(), v.getMessageKey(), v.getArguments()))
              .toList();
      assertThat(actual).as(e.getKey()).containsExactlyElementsOf(e.getValue());
    }
  }

  static Map<String, List<F>> reference(Ledger l, LocalDate today) {
    Map<String, List<F>> out = new LinkedHashMap<>();
    for (String id :
        List.of(
            "PR-POST-001",
            "PR-POST-002",
            "PR-POINT-001",
            "PR-POINT-002",
            "PR-MEASURE-001",
            "PR-MEASURE-002",
            "PR-MEASURE-003",
            "PR-SUPERVISOR-001",
            "PR-REF-001",
            "PR-DECISION-001",
            "PR-DECISION-002",
            "PR-DECISION-005",
            "PR-TEXT-001",
            "PR-TEXT-002",
            "PR-POWER-003",
            "PR-DEPT-002")) {
      out.put(id, new ArrayList<>());
    }
    for (Post p : l.getPosts()) {
      if (l.riskPointsOf(RiskOwner.post(p.getId())).isEmpty()) {
        add(
            out,
            "PR-POST-001",
            Paths.post(p).property("riskPoints"),
            "PR-POST-001",
            p.getId(),
            p.getName());
        long n =
            l.getPowerItems().stream()
                .filter(i -> i.getOwner().equals(RiskOwner.post(p.getId())))
                .count();
        if (n > 0) {
          add(
              out,
              "PR-POST-002",
              Paths.post(p).property("riskPoints"),
              "PR-POST-002",
              p.getId(),
              p.getName(),
              String.valueOf(n));
        }
      }
    }
    Optional<String> principal = l.getLeadershipGroup().principal().map(Leader::getPersonId);
    Set<String> leaders =
        l.getLeadershipGroup().getLeaders().stream()
            .map(Leader::getPersonId)
            .collect(Collectors.toSet());
    Set<String> separated = new java.util.HashSet<>();
    for (Map.Entry<RiskOwner, List<RiskPoint>> e : l.riskPointsByOwner().entrySet()) {
      RiskOwner owner = e.getKey();
      List<RiskPoint> points = e.getValue();
      for (int i = 0; i < points.size(); i++) {
        for (int j = 0; j < i; j++) {
          if (comparable(points.get(i).getTitle()).equals(comparable(points.get(j).getTitle()))) {
            RiskPoint rp = points.get(i);
            add(
                out,
                "PR-TEXT-001",
                Paths.riskPoint(l, rp).property("title"),
                "PR-TEXT-001",
                rp.getId(),
                points.get(j).getId(),
                rp.getTitle());
            break;
          }
        }
      }
      Optional<String> head = l.departmentOf(owner).flatMap(Department::getHead);
      Optional<Post> post =
          owner.getScope() == OwnerScope.POST ? l.post(owner.getId()) : Optional.empty();
      for (RiskPoint rp : points) {
        String path = Paths.riskPoint(l, rp).text();
        String id = rp.getId();
        if (rp.getLevel().isEmpty() && rp.getDecision().isEmpty() && rp.getFactors().isEmpty()) {
          add(out, "PR-POINT-001", path + ".level", "PR-POINT-001", id, rp.getTitle());
        }
        if (rp.getResponsible().isEmpty()) {
          add(out, "PR-POINT-002", path + ".responsible", "PR-POINT-002", id, rp.getTitle());
        }
        if (rp.getMeasures().isEmpty()) {
          add(out, "PR-MEASURE-001", path + ".measures", "PR-MEASURE-001", id, rp.getTitle());
        }
        Optional<RiskLevel> effective =
            rp.getDecision().map(LevelDecision::getLevel).or(rp::getLevel);
        boolean ownPrincipal =
            owner.getScope() == OwnerScope.LEADER
                && principal.isPresent()
                && principal.get().equals(owner.getId());
        boolean group = owner.getScope() == OwnerScope.LEADERSHIP_GROUP;
        if (effective.equals(Optional.of(RiskLevel.HIGH)) && !ownPrincipal && !group) {
          String k = "PR-SUPERVISOR-001";
          if (principal.isEmpty()) {
            add(out, k, path + ".supervisor", k + ".noPrincipal", id);
          } else if (rp.getSupervisor().isEmpty()) {
            add(out, k, path + ".supervisor", k + ".missing", id, name(l, principal.get()));
          } else if (!rp.getSupervisor().equals(principal)) {
            add(
                out,
                k,
                path + ".supervisor",
                k,
                id,
                name(l, rp.getSupervisor().get()),
                name(l, principal.get()));
          }
        }
        rp.getSupervisor()
            .ifPresent(
                s -> {
                  if (owner.equals(RiskOwner.leader(s))) {
                    add(out, "PR-REF-001", path + ".supervisor", "PR-REF-001.self", id, name(l, s));
                  } else if (!leaders.contains(s) && !head.equals(Optional.of(s))) {
                    add(out, "PR-REF-001", path + ".supervisor", "PR-REF-001", id, name(l, s));
                  }
                });
        rp.getDecision()
            .ifPresent(
                d -> {
                  if (rp.getLevel().isPresent() && d.getProposedLevel() != rp.getLevel().get()) {
                    add(
                        out,
                        "PR-DECISION-001",
                        path + ".decision.proposedLevel",
                        "PR-DECISION-001",
                        id,
                        d.getProposedLevel(),
                        rp.getLevel().get());
                  }
                  if (blank(d.getMeetingReference())) {
                    add(
                        out,
                        "PR-DECISION-002",
                        path + ".decision.meetingReference",
                        "PR-DECISION-002",
                        id);
                  }
                  l.meeting(d.getMeetingReference())
                      .filter(m -> !m.getDate().equals(d.getDate()))
                      .ifPresent(
                          m ->
                              add(
                                  out,
                                  "PR-DECISION-005",
                                  path + ".decision.date",
                                  "PR-DECISION-005",
                                  id,
                                  d.getDate(),
                                  m.getReference(),
                                  m.getDate()));
                  if (d.getProposedLevel() != d.getLevel()
                      && d.getRationale().filter(r -> !blank(r)).isEmpty()) {
                    add(
                        out,
                        "PR-DECISION-002",
                        path + ".decision.rationale",
                        "PR-DECISION-002.rationale",
                        id,
                        d.getProposedLevel(),
                        d.getLevel());
                  }
                });
        if (blank(rp.getTitle())) {
          add(out, "PR-TEXT-002", path + ".title", "PR-TEXT-002.title", id);
        }
        for (Measure m : rp.getMeasures()) {
          String mp = Paths.measure(l, rp, m).text();
          boolean leader = owner.getScope() == OwnerScope.LEADER;
          List<String> proposers =
              leader ? List.of(owner.getId()) : post.map(Post::getHolders).orElse(List.of());
          if ((leader || owner.getScope() == OwnerScope.POST)
              && m.getProposer().isPresent()
              && !proposers.contains(m.getProposer().get())) {
            add(
                out,
                "PR-MEASURE-002",
                mp + ".proposer",
                leader ? "PR-MEASURE-002.leader" : "PR-MEASURE-002",
                m.getId(),
                id,
                name(l, m.getProposer().get()),
                leader ? name(l, owner.getId()) : post.map(Post::getName).orElse(owner.getId()));
          }
          boolean open =
              m.getStatus() == MeasureStatus.PLANNED || m.getStatus() == MeasureStatus.IN_PROGRESS;
          if (open && m.getDeadline().filter(d -> d.isBefore(today)).isPresent()) {
            add(
                out,
                "PR-MEASURE-003",
                mp + ".deadline",
                "PR-MEASURE-003",
                m.getId(),
                id,
                m.getDeadline().get(),
                today);
          }
          if (blank(m.getText())) {
            add(out, "PR-TEXT-002", mp + ".text", "PR-TEXT-002", m.getId(), id);
          }
          if (m.getType() == MeasureType.SEPARATION_OF_DUTIES) {
            rp.getPowerItem().ifPresent(separated::add);
          }
        }
      }
    }
    for (PowerItem item : l.getPowerItems()) {
      PowerKind k = item.getKind();
      boolean needs =
          k == PowerKind.CONSTRUCTION
              || k == PowerKind.PROCUREMENT
              || (k == PowerKind.FINANCE && item.isMajorMatter());
      if (needs && !separated.contains(item.getId())) {
        add(
            out,
            "PR-POWER-003",
            Paths.powerItem(l, item),
            "PR-POWER-003",
            item.getId(),
            item.getName(),
            k);
      }
    }
    for (Department d : l.getDepartments()) {
      EnumSet<RiskCategory> cats = EnumSet.noneOf(RiskCategory.class);
      for (RiskPoint rp : l.getRiskPoints()) {
        if (l.departmentOf(rp.getOwner()).map(Department::getId).equals(Optional.of(d.getId()))) {
          cats.add(rp.getCategory());
        }
      }
      if (cats.size() < 3) {
        add(
            out,
            "PR-DEPT-002",
            Paths.department(d.getId()).property("riskPoints"),
            "PR-DEPT-002",
            d.getId(),
            d.getName(),
            String.valueOf(cats.size()),
            "3");
      }
    }
    return out;
  }

  static void add(Map<String, List<F>> out, String rule, String path, String key, Object... args) {
    out.get(rule).add(new F(path, key, List.of(args)));
  }

  static void add(
      Map<String, List<F>> out, String rule, ModelPath path, String key, Object... args) {
    add(out, rule, path.text(), key, args);
  }

  static String name(Ledger l, String personId) {
    return l.person(personId).map(Person::getName).orElse(personId);
  }

  static boolean space(int cp) {
    return Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || cp == 0x200B
        || cp == 0x200C
        || cp == 0x200D
        || cp == 0x2060
        || cp == 0xFEFF;
  }

  static boolean blank(String s) {
    return s.codePoints().allMatch(PointRulesReferencePropertyTest::space);
  }

  static String comparable(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints()
        .filter(cp -> !space(cp))
        .map(cp -> cp >= 0xFF01 && cp <= 0xFF5E ? cp - 0xFEE0 : cp)
        .map(cp -> cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp)
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }
}
