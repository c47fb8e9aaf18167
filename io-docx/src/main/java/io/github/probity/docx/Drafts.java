package io.github.probity.docx;

import io.github.probity.model.Department;
import io.github.probity.model.Leader;
import io.github.probity.model.Ledger;
import io.github.probity.model.Person;
import io.github.probity.model.Post;
import io.github.probity.model.RiskPoint;
import io.github.probity.review.WorkingCalendar;
import io.github.probity.warning.CaseAction;
import io.github.probity.warning.CaseEvent;
import io.github.probity.warning.Disposition;
import io.github.probity.warning.DispositionCase;
import io.github.probity.warning.DispositionMeasure;
import io.github.probity.warning.Escalation;
import io.github.probity.warning.Indicator;
import io.github.probity.warning.Subject;
import io.github.probity.warning.SubjectKind;
import io.github.probity.warning.Warning;
import io.github.probity.warning.WarningPolicy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes the words of each paper: facts from the warning and the case, requirements per kind. */
final class Drafts {
  private static final Map<String, String> INDICATORS = indicatorNames();

  private final ZoneId zone;
  private final Clock clock;
  private final Optional<String> issuer;
  private final Optional<WorkingCalendar> calendar;

  Drafts(ZoneId zone, Clock clock, Optional<String> issuer, Optional<WorkingCalendar> calendar) {
    this.zone = zone;
    this.clock = clock;
    this.issuer = issuer;
    this.calendar = calendar;
  }

  private static Map<String, String> indicatorNames() {
    Map<String, String> m = new LinkedHashMap<>();
    for (Indicator i : Indicator.builtIns()) {
      m.put(i.id(), i.displayName());
    }
    return Map.copyOf(m);
  }

  /** A prevention notice for a warning without a case: dated today, the first step's days. */
  Paper preventionNotice(
      Ledger ledger, Warning warning, WarningPolicy policy, DocumentNumber number) {
    LocalDate date = LocalDate.ofInstant(clock.instant(), zone);
    int days = policy.replyDays(warning.getLadder().steps().get(0));
    LocalDate deadline = deadline(date, days, Optional.empty());
    return compose(
        DispositionPaper.PREVENTION_NOTICE,
        ledger,
        warning,
        Optional.empty(),
        Optional.empty(),
        number,
        date,
        days,
        deadline);
  }

  /** A paper for a case: its step in force, or a prevention notice when no step is issued yet. */
  Paper forCase(DispositionPaper kind, Ledger ledger, DispositionCase c, DocumentNumber number) {
    Optional<Disposition> step = c.current();
    if (step.isEmpty()) {
      if (kind != DispositionPaper.PREVENTION_NOTICE) {
        throw new IllegalArgumentException(
            "case "
                + c.getId()
                + " has no step in force ("
                + c.getState().displayName()
                + "); only a prevention notice can be drafted before it is verified");
      }
      Paper p = preventionNotice(ledger, c.getWarning(), c.getPolicy(), number);
      return withCase(p, c);
    }
    Disposition d = step.get();
    LocalDate date = LocalDate.ofInstant(d.getIssuedAt(), zone);
    int days = c.getPolicy().replyDays(d.getMeasure());
    LocalDate deadline = deadline(date, days, Optional.of(d));
    return compose(
        kind, ledger, c.getWarning(), Optional.of(c), Optional.of(d), number, date, days, deadline);
  }

  private static Paper withCase(Paper p, DispositionCase c) {
    return new Paper(
        p.kind(),
        p.number(),
        Optional.of(c.getId()),
        p.measure(),
        p.round(),
        p.addressee(),
        p.subjectName(),
        p.subjectPosition(),
        p.facts(),
        p.requirements(),
        p.replyDays(),
        p.workingDays(),
        p.deadline(),
        p.issuer(),
        p.date());
  }

  /**
   * The last day to reply: with a working calendar, the {@code days}-th working day after the date
   * (the day of issue not counted); without one, the step's own deadline, or the date plus days.
   */
  private LocalDate deadline(LocalDate date, int days, Optional<Disposition> step) {
    if (calendar.isPresent()) {
      return calendar.get().lastDayOf(date.plusDays(1), days);
    }
    return step.map(d -> LocalDate.ofInstant(d.getDueAt(), zone)).orElse(date.plusDays(days));
  }

  private Paper compose(
      DispositionPaper kind,
      Ledger ledger,
      Warning w,
      Optional<DispositionCase> c,
      Optional<Disposition> step,
      DocumentNumber number,
      LocalDate date,
      int days,
      LocalDate deadline) {
    String by = issuer.orElse(ledger.getUnit().getName());
    String name = subjectName(ledger, w.getSubject());
    String addressee =
        w.getSubject().getKind() == SubjectKind.PERSON
                || w.getSubject().getKind() == SubjectKind.POST
            ? name + "同志"
            : name;
    boolean working = calendar.isPresent();
    String due = Paper.dateText(deadline) + "前（" + days + (working ? "个工作日内）" : "日内）");
    Optional<DispositionMeasure> measure = step.map(Disposition::getMeasure);
    List<String> facts = facts(ledger, w, c);
    List<String> requirements = requirements(kind, measure, due, by);
    return new Paper(
        kind,
        number,
        c.map(DispositionCase::getId),
        measure,
        step.map(Disposition::getRound).orElse(1),
        addressee,
        name,
        position(ledger, w.getSubject()),
        facts,
        requirements,
        days,
        working,
        deadline,
        by,
        date);
  }

  private List<String> facts(Ledger ledger, Warning w, Optional<DispositionCase> c) {
    List<String> facts = new ArrayList<>();
    String indicator = INDICATORS.getOrDefault(w.getIndicator(), w.getIndicator());
    facts.add(
        Paper.dateText(LocalDate.ofInstant(w.getTime(), zone))
            + "，"
            + ledger.getUnit().getName()
            + "廉政风险预警系统依据“"
            + indicator
            + "”指标发出"
            + w.getLevel().displayName()
            + "级预警（"
            + w.getLevel().colourName()
            + "）："
            + sentence(w.getReason()));
    w.getRiskPoint()
        .flatMap(ledger::riskPoint)
        .ifPresent(
            rp ->
                facts.add(
                    "涉及廉政风险点："
                        + rp.getTitle()
                        + rp.effectiveLevel().map(l -> "（风险等级：" + l.displayName() + "）").orElse("")
                        + manifestation(rp)));
    if (c.isPresent()) {
      for (CaseEvent e : c.get().getHistory()) {
        if (e.getAction() == CaseAction.VERIFY && !e.getNote().isBlank()) {
          facts.add("核实情况：" + sentence(e.getNote()));
        }
      }
      for (Escalation e : c.get().getEscalations()) {
        facts.add(escalation(e));
      }
    }
    return facts;
  }

  private static String manifestation(RiskPoint rp) {
    return rp.getManifestation().map(m -> "，主要表现为" + sentence(m)).orElse("。");
  }

  private static String escalation(Escalation e) {
    String because = "因" + stripStop(e.getReason()) + "，";
    if (e.isAccountability()) {
      return because + "预警等级提高为" + e.getToLevel().displayName() + "，并启动责任追究程序。";
    }
    if (e.getFromMeasure() == e.getToMeasure()) {
      return because + "再次采取“" + e.getToMeasure().displayName() + "”措施。";
    }
    String level =
        e.getFromLevel() == e.getToLevel()
            ? ""
            : "，预警等级由" + e.getFromLevel().displayName() + "调整为" + e.getToLevel().displayName();
    return because
        + "处置措施由“"
        + e.getFromMeasure().displayName()
        + "”调整为“"
        + e.getToMeasure().displayName()
        + "”"
        + level
        + "。";
  }

  private static List<String> requirements(
      DispositionPaper kind, Optional<DispositionMeasure> measure, String due, String by) {
    String m = measure.map(DispositionMeasure::displayName).orElse("预警提示");
    switch (kind) {
      case PREVENTION_NOTICE:
        return List.of(
            "上述情况属于倾向性、苗头性问题。请你高度重视，对照岗位职责和廉政风险防控措施认真开展自查自纠，及时纠正，防止问题发生。",
            "请于" + due + "将自查情况书面报送" + by + "。");
      case DISPOSITION_NOTICE:
        return List.of(
            "根据廉政风险预警处置有关规定，经研究，决定对你采取“" + m + "”措施" + talk(measure) + "。",
            "请你按通知的时间、地点接受谈话，如实说明情况，认真查找问题根源，于" + due + "向" + by + "报送个人剖析材料、廉政承诺书和整改措施。",
            "逾期未报送或整改不到位的，将按规定升级处置。");
      case RECTIFICATION_ORDER:
        return List.of(
            "根据廉政风险预警处置有关规定，现责令你针对上述问题"
                + (measure.orElse(DispositionMeasure.ORDERED_RECTIFICATION)
                        == DispositionMeasure.CORRECTION
                    ? "纠正偏差、"
                    : "")
                + "限期整改。",
            "请于" + due + "制定整改方案并落实整改，整改情况填写《整改情况报告表》报送" + by + "。",
            "逾期未整改或整改不到位的，将再次责令整改；再次整改仍不到位的，将提高预警等级并启动责任追究程序。");
      case REMINDER_CARD:
        return List.of("请对提醒事项认真对照检查，于" + due + "在本卡“本人回复”栏填写对照检查情况和改进措施，签名后交回" + by + "。");
      case INQUIRY_LETTER:
        return List.of(
            "请对函询事项如实作出书面说明，于" + due + "在本函“本人说明”栏填写或另附说明材料，签名后交回" + by + "。说明不实或隐瞒问题的，将严肃处理。");
      case WARNING_CARD:
        return List.of("请针对警示事项制定整改方案，于" + due + "在本卡“整改方案”栏写明整改措施、责任人和完成时限，签名后交回" + by + "。");
      case REMINDER_TALK_RECORD:
      case ADMONITION_TALK_RECORD:
        return List.of("被谈话人应于" + due + "向" + by + "报送个人剖析材料和廉政承诺书。");
      case SELF_ANALYSIS_PLEDGE:
        return List.of("请于" + due + "填写本表，签名后报送" + by + "。");
      default: // RECTIFICATION_REPORT
        return List.of("请于" + due + "填写本表，经科室负责人签署意见后报送" + by + "。");
    }
  }

  private static String talk(Optional<DispositionMeasure> measure) {
    if (measure.isEmpty()) {
      return "";
    }
    switch (measure.get()) {
      case WARNING_REMINDER:
        return "，进行提醒谈话";
      case ADMONITION:
        return "，进行诫勉谈话";
      case PETITION_INTERVIEW:
        return "，进行约谈";
      case ADVICE:
        return "，进行告诫劝勉谈话";
      default:
        return "";
    }
  }

  /** The integrity pledge printed in the self-analysis form. */
  static String pledge(Paper p) {
    return "本人郑重承诺：严格遵守党纪国法和廉洁从政各项规定，认真履行岗位职责，落实廉政风险防控措施，自觉接受组织和群众监督；对本次“"
        + p.measure().map(DispositionMeasure::displayName).orElse("预警提示")
        + "”指出的问题认真整改，不再发生类似问题。如有违反，愿接受组织处理。";
  }

  private static String subjectName(Ledger ledger, Subject s) {
    switch (s.getKind()) {
      case PERSON:
        return ledger.person(s.getId()).map(Person::getName).orElse(s.getId());
      case POST:
        Optional<Post> post = ledger.post(s.getId());
        List<String> holders = new ArrayList<>();
        post.ifPresent(
            p -> {
              for (String h : p.getHolders()) {
                holders.add(ledger.person(h).map(Person::getName).orElse(h));
              }
            });
        if (!holders.isEmpty()) {
          return String.join("、", holders);
        }
        return post.map(Post::getName).orElse(s.getId());
      case DEPARTMENT:
        return ledger.department(s.getId()).map(Department::getName).orElse(s.getId());
      default:
        return ledger.getLeadershipGroup().getId().equals(s.getId())
            ? ledger.getLeadershipGroup().getName()
            : s.getId();
    }
  }

  private static String position(Ledger ledger, Subject s) {
    switch (s.getKind()) {
      case PERSON:
        Optional<Leader> leader = ledger.getLeadershipGroup().leader(s.getId());
        if (leader.isPresent()) {
          return leader.get().getRole();
        }
        List<Post> posts = ledger.postsHeldBy(s.getId());
        return posts.isEmpty() ? "" : postText(ledger, posts.get(0));
      case POST:
        return ledger.post(s.getId()).map(p -> postText(ledger, p)).orElse("");
      case DEPARTMENT:
        return ledger.getUnit().getName();
      default:
        return ledger.getUnit().getName();
    }
  }

  private static String postText(Ledger ledger, Post p) {
    return ledger.department(p.getDepartment()).map(Department::getName).orElse("") + p.getName();
  }

  private static String sentence(String text) {
    return stripStop(text) + "。";
  }

  private static String stripStop(String text) {
    String t = text.strip();
    while (!t.isEmpty() && "。；;，,.".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }
}
