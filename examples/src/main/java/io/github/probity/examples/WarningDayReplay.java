package io.github.probity.examples;

import io.github.probity.json.ProbityJson;
import io.github.probity.model.Ledger;
import io.github.probity.model.Person;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import io.github.probity.testkit.SampleUnit;
import io.github.probity.warning.CaseAction;
import io.github.probity.warning.CaseBook;
import io.github.probity.warning.Disposition;
import io.github.probity.warning.DispositionCase;
import io.github.probity.warning.Monitor;
import io.github.probity.warning.ProcessAction;
import io.github.probity.warning.ProcessEvent;
import io.github.probity.warning.Signal;
import io.github.probity.warning.SignalKind;
import io.github.probity.warning.Subject;
import io.github.probity.warning.SubjectKind;
import io.github.probity.warning.Warning;
import io.github.probity.warning.WarningLevel;
import io.github.probity.warning.WarningPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The early-warning example: one day of signals for the sample unit (示例区财政局) replayed through a
 * {@link Monitor} with an injected clock; each warning opens a disposition case, the discipline
 * office takes up the most severe one, and the warnings and cases are printed with Chinese labels.
 *
 * <p>{@link #replay(Ledger, List, Clock)} and {@link #replay(Ledger, InputStream, Clock)} are the
 * one-call entry points, e.g. for a command that replays a stored signal document. Stateless and
 * thread-safe.
 */
public final class WarningDayReplay {
  /** The sample day. */
  public static final LocalDate DAY = LocalDate.of(2026, 9, 15);

  /** The sample unit's time zone. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** The actor the monitor records for openings and escalations. */
  public static final String SYSTEM = "预警系统";

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private WarningDayReplay() {}

  /**
   * Runs the example: replays {@link #daySignals(Ledger)} for the sample unit with the clock at the
   * end of {@link #DAY}, then the 纪检组长 accepts and verifies the first 严重 case, and prints it all.
   *
   * @return what the replay produced
   */
  public static Result run() {
    Ledger ledger = SampleUnit.ledger();
    // tag::replay[]
    Clock endOfDay = Clock.fixed(DAY.atTime(23, 59).atZone(ZONE).toInstant(), ZONE);
    Result day = replay(ledger, daySignals(ledger), endOfDay); // monitor + case book, one call
    // the 纪检组长 takes up the severe case: 待处理 → 处理中 → 已核实, first step 警示提醒 (5 days)
    for (DispositionCase c : day.cases()) {
      if (c.getLevel() == WarningLevel.SEVERE) {
        day.caseBook().apply(c.getId(), CaseAction.ACCEPT, "P-L4", "已受理");
        day.caseBook().apply(c.getId(), CaseAction.VERIFY, "P-L4", "经核实，发出警示提醒");
      }
    }
    System.out.println(render(ledger, day.refresh())); // 【严重·红色】风险已显现｜三重一大未经集体决策｜…
    // end::replay[]
    return day.refresh();
  }

  /**
   * Replays a day of signals: a monitor with the built-in indicators, the default policy, the given
   * clock and a case book evaluates every signal, opens a case per warning and, once the buffer is
   * flushed, escalates the cases that are overdue at the clock's time.
   *
   * @param ledger the unit's ledger (the indicators read its power items and risk levels)
   * @param signals the day's signals, in any order
   * @param clock the clock: case times, and the time the replay is judged at
   * @return the warnings and the case book
   */
  public static Result replay(Ledger ledger, List<Signal> signals, Clock clock) {
    WarningPolicy policy = WarningPolicy.defaults();
    CaseBook book = new CaseBook(clock, policy, SYSTEM);
    List<Warning> warnings = new ArrayList<>();
    Monitor monitor =
        Monitor.builder()
            .clock(clock)
            .policy(policy)
            .ledger(ledger)
            .caseBook(book)
            .addListener(warnings::add)
            .build();
    monitor.submitAll(sorted(signals));
    monitor.flush();
    monitor.advance();
    return new Result(List.copyOf(warnings), book, book.cases(), monitor.rejected());
  }

  /**
   * Replays a stored signal document ({@code probity-signals}); see {@link #replay(Ledger, List,
   * Clock)}.
   *
   * @param ledger the unit's ledger
   * @param signalDocument the document; not closed
   * @param clock the clock
   * @return the warnings and the case book
   * @throws io.github.probity.json.JsonReadException if the document cannot be read
   * @throws IOException if the stream fails
   */
  public static Result replay(Ledger ledger, InputStream signalDocument, Clock clock)
      throws IOException {
    List<Signal> signals = new ArrayList<>();
    ProbityJson.strict().readSignals(signalDocument, signals::add);
    return replay(ledger, signals, clock);
  }

  private static List<Signal> sorted(List<Signal> signals) {
    List<Signal> s = new ArrayList<>(signals);
    s.sort(Signal.ORDER);
    return s;
  }

  /**
   * Returns the sample day's signals for a ledger shaped like the sample unit: three petitions
   * about a procurement officer, a large payment without a collective decision, two purchases from
   * one supplier that together pass the procurement threshold, a payment approved and made by one
   * person, a rectification 36 days overdue, and near misses that raise nothing (a payment under
   * the threshold, a large payment with a decision, a purchase from another supplier, a
   * self-report).
   *
   * @param ledger the ledger whose risk points the signals name
   * @return the signals, in time order
   */
  public static List<Signal> daySignals(Ledger ledger) {
    String procurementPoint = firstPoint(ledger, "D03-P1");
    List<Signal> s = new ArrayList<>();
    s.add(petition("XF-0915-01", "08:40", "P-D03-P1-1", procurementPoint, "来信反映其在采购计划审核中接受吃请"));
    s.add(
        payment(
            "ZF-0915-01", "09:30", "680000", "P-L2", "P-D02-P2-1", Optional.empty(), "金石建设工程有限公司"));
    s.add(purchase("CG-0915-01", "10:05", "120000", "华信办公设备有限公司", "P-D03-P1-2"));
    s.add(
        payment(
            "ZF-0915-02", "10:30", "480000", "P-L2", "P-D02-P2-1", Optional.empty(), "东方印务有限公司"));
    s.add(
        payment(
            "ZF-0915-03",
            "11:00",
            "36000",
            "P-D08-P4-1",
            "P-D08-P4-1",
            Optional.of("2026年第8次局长办公会议纪要"),
            "润泽餐饮服务有限公司"));
    s.add(petition("XF-0915-02", "11:20", "P-D03-P1-1", procurementPoint, "电话举报其向供应商透露采购预算"));
    s.add(
        payment(
            "ZF-0915-04",
            "13:45",
            "900000",
            "P-L3",
            "P-D02-P2-1",
            Optional.of("2026年第9次党组会议纪要"),
            "宏达信息技术有限公司"));
    s.add(purchase("CG-0915-02", "14:10", "95000", "华信办公设备有限公司", "P-D03-P1-2"));
    s.add(purchase("CG-0915-03", "14:30", "60000", "明远会计师事务所", "P-D03-P2-1"));
    s.add(petition("XF-0915-03", "15:40", "P-D03-P1-1", procurementPoint, "网络举报其指定采购代理机构"));
    s.add(
        Signal.builder()
            .id("ZG-0915-01")
            .kind(SignalKind.OVERDUE_RECTIFICATION)
            .subject(Subject.person("P-D04-P4-1"))
            .riskPoint(firstPoint(ledger, "D04-P4"))
            .time(at("16:30"))
            .source("纪检组")
            .details("非税收入退付专项检查问题整改逾期")
            .dueAt(LocalDate.of(2026, 8, 10).atStartOfDay(ZONE).toInstant())
            .build());
    s.add(
        Signal.builder()
            .id("ZB-0915-01")
            .kind(SignalKind.SELF_REPORT)
            .subject(Subject.person("P-D05-P4-1"))
            .time(at("17:10"))
            .source("纪检组")
            .details("主动报告亲属在辖区内经营会计师事务所")
            .build());
    return s;
  }

  private static String firstPoint(Ledger ledger, String postId) {
    return ledger.riskPointsOf(RiskOwner.post(postId)).stream()
        .map(RiskPoint::getId)
        .findFirst()
        .orElseThrow();
  }

  private static Instant at(String hhmm) {
    return LocalDateTime.of(DAY, java.time.LocalTime.parse(hhmm)).atZone(ZONE).toInstant();
  }

  private static Signal petition(
      String id, String time, String person, String riskPoint, String details) {
    return Signal.builder()
        .id(id)
        .kind(SignalKind.PETITION)
        .subject(Subject.person(person))
        .riskPoint(riskPoint)
        .time(at(time))
        .source("信访室")
        .details(details)
        .addEvidence("信访件" + id)
        .build();
  }

  private static Signal payment(
      String id,
      String time,
      String amount,
      String approver,
      String executor,
      Optional<String> decision,
      String payee) {
    return Signal.builder()
        .id(id)
        .kind(SignalKind.PROCESS_EVENT)
        .subject(Subject.person(executor))
        .time(at(time))
        .source("国库支付系统")
        .processEvent(
            ProcessEvent.builder()
                .action(ProcessAction.PAYMENT)
                .amount(new BigDecimal(amount))
                .supplier(payee)
                .approver(approver)
                .executor(executor)
                .collectiveDecision(decision)
                .reference(id)
                .build())
        .build();
  }

  private static Signal purchase(
      String id, String time, String amount, String supplier, String executor) {
    return Signal.builder()
        .id(id)
        .kind(SignalKind.PROCESS_EVENT)
        .subject(Subject.person(executor))
        .time(at(time))
        .source("政府采购系统")
        .processEvent(
            ProcessEvent.builder()
                .action(ProcessAction.PURCHASE)
                .amount(new BigDecimal(amount))
                .supplier(supplier)
                .approver("P-D03")
                .executor(executor)
                .reference(id)
                .build())
        .build();
  }

  /**
   * Renders the warnings and cases with Chinese labels, one line each.
   *
   * @param ledger the ledger, for people's names and risk point titles
   * @param result the replay's result
   * @return the text
   */
  public static String render(Ledger ledger, Result result) {
    StringBuilder sb = new StringBuilder();
    sb.append(ledger.getUnit().getName())
        .append(" 预警 ")
        .append(result.warnings().size())
        .append(" 条：\n");
    for (Warning w : result.warnings()) {
      sb.append("【")
          .append(w.getLevel().displayName())
          .append("·")
          .append(w.getLevel().colourName())
          .append("】")
          .append(w.getStage().displayName())
          .append("｜")
          .append(indicatorName(w.getIndicator()))
          .append("｜")
          .append(subject(ledger, w.getSubject()))
          .append("｜风险点：")
          .append(w.getRiskPoint().flatMap(ledger::riskPoint).map(RiskPoint::getTitle).orElse("—"))
          .append("｜")
          .append(TIME.format(w.getTime().atZone(ZONE)))
          .append("｜")
          .append(w.getReason())
          .append('\n');
    }
    sb.append("处置案件 ").append(result.cases().size()).append(" 件：\n");
    for (DispositionCase c : result.cases()) {
      Optional<Disposition> step = c.current();
      sb.append(c.getId())
          .append("｜")
          .append(c.getState().displayName())
          .append("｜")
          .append(c.getLadder().displayName())
          .append("｜")
          .append(c.getLevel().displayName())
          .append("｜当前措施：")
          .append(step.map(d -> d.getMeasure().displayName()).orElse("—"))
          .append("｜回复期限：")
          .append(step.map(d -> TIME.format(d.getDueAt().atZone(ZONE))).orElse("—"))
          .append("｜升级 ")
          .append(c.getEscalations().size())
          .append(" 次\n");
    }
    return sb.toString();
  }

  private static String indicatorName(String id) {
    for (io.github.probity.warning.Indicator i : io.github.probity.warning.Indicator.builtIns()) {
      if (i.id().equals(id)) {
        return i.displayName();
      }
    }
    return id;
  }

  private static String subject(Ledger ledger, Subject s) {
    String name = s.getId();
    if (s.getKind() == SubjectKind.PERSON) {
      name = ledger.person(s.getId()).map(Person::getName).orElse(name);
    } else if (s.getKind() == SubjectKind.POST) {
      name = ledger.post(s.getId()).map(io.github.probity.model.Post::getName).orElse(name);
    }
    return s.getKind().displayName() + " " + name;
  }

  /**
   * What a replay produced.
   *
   * @param warnings the warnings, in the order raised
   * @param caseBook the live case book, one case per warning
   * @param cases the cases at the time the result was taken, ordered by id
   * @param rejected how many signals the monitor rejected as late or repeated
   */
  public record Result(
      List<Warning> warnings, CaseBook caseBook, List<DispositionCase> cases, long rejected) {

    /**
     * Copies the lists.
     *
     * @param warnings the warnings
     * @param caseBook the case book
     * @param cases the cases
     * @param rejected the rejected count
     */
    public Result {
      warnings = List.copyOf(warnings);
      cases = List.copyOf(cases);
    }

    /**
     * Returns this result with the case book's current cases.
     *
     * @return the refreshed result
     */
    public Result refresh() {
      return new Result(warnings, caseBook, caseBook.cases(), rejected);
    }
  }
}
