package io.github.probity.examples;

import io.github.probity.json.ProbityJson;
import io.github.probity.model.Ledger;
import io.github.probity.model.Person;
import io.github.probity.model.RiskPoint;
import io.github.probity.testkit.SampleDay;
import io.github.probity.testkit.SampleUnit;
import io.github.probity.warning.CaseAction;
import io.github.probity.warning.CaseBook;
import io.github.probity.warning.Disposition;
import io.github.probity.warning.DispositionCase;
import io.github.probity.warning.Monitor;
import io.github.probity.warning.Signal;
import io.github.probity.warning.Subject;
import io.github.probity.warning.SubjectKind;
import io.github.probity.warning.Warning;
import io.github.probity.warning.WarningLevel;
import io.github.probity.warning.WarningPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
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
  /** The sample day ({@link SampleDay#DAY}). */
  public static final LocalDate DAY = SampleDay.DAY;

  /** The sample unit's time zone ({@link SampleDay#ZONE}). */
  public static final ZoneId ZONE = SampleDay.ZONE;

  /** The actor the monitor records for openings and escalations. */
  public static final String SYSTEM = "预警系统";

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private WarningDayReplay() {}

  /**
   * Runs the example: replays the sample day's signals ({@link SampleDay#signals(Ledger)}) for the
   * sample unit with the clock at the end of {@link #DAY}, then the 纪检组长 accepts and verifies the
   * first 严重 case, and prints it all.
   *
   * @return what the replay produced
   */
  public static Result run() {
    Ledger ledger = SampleUnit.ledger();
    // tag::replay[]
    Clock endOfDay = Clock.fixed(SampleDay.END_OF_DAY, ZONE);
    Result day = replay(ledger, SampleDay.signals(ledger), endOfDay); // monitor + case book
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
   * Renders the warnings and cases with Chinese labels, one line each: {@link
   * #renderWarnings(Ledger, List)}, then {@link #renderCases(List)}.
   *
   * @param ledger the ledger, for people's names and risk point titles
   * @param result the replay's result
   * @return the text
   */
  public static String render(Ledger ledger, Result result) {
    return renderWarnings(ledger, result.warnings()) + renderCases(result.cases());
  }

  /**
   * Renders warnings with Chinese labels: a heading with the unit's name and the count, then one
   * line per warning (level and colour, stage, indicator, subject, risk point, time, reason).
   *
   * @param ledger the ledger, for the unit's and people's names and risk point titles
   * @param warnings the warnings, in the order raised
   * @return the text, each line ending in a newline
   */
  public static String renderWarnings(Ledger ledger, List<Warning> warnings) {
    StringBuilder sb = new StringBuilder();
    sb.append(ledger.getUnit().getName()).append(" 预警 ").append(warnings.size()).append(" 条：\n");
    for (Warning w : warnings) {
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
    return sb.toString();
  }

  /**
   * Renders disposition cases with Chinese labels: a heading with the count, then one line per case
   * (id, state, ladder, level, the measure in force, its reply deadline, escalations).
   *
   * @param cases the cases
   * @return the text, each line ending in a newline
   */
  public static String renderCases(List<DispositionCase> cases) {
    StringBuilder sb = new StringBuilder();
    sb.append("处置案件 ").append(cases.size()).append(" 件：\n");
    for (DispositionCase c : cases) {
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
