package io.github.probity.excel;

import io.github.probity.model.Ledger;
import io.github.probity.model.Person;
import io.github.probity.model.Post;
import io.github.probity.model.RiskPoint;
import io.github.probity.warning.CaseState;
import io.github.probity.warning.Disposition;
import io.github.probity.warning.DispositionCase;
import io.github.probity.warning.DispositionMeasure;
import io.github.probity.warning.Escalation;
import io.github.probity.warning.Indicator;
import io.github.probity.warning.Subject;
import io.github.probity.warning.SubjectKind;
import io.github.probity.warning.Warning;
import io.github.probity.warning.WarningLevel;
import io.github.probity.warning.WarningStage;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of the warnings-and-dispositions ledger (预警处置台账): a warning and, if it has one, its case,
 * as printed — level, stage, subject, risk point, indicator, time and reason; case state, current
 * step, reply deadline and escalations. Times are local times of the sheet's zone, to the minute.
 *
 * <p>Values a reader could not recognise are empty (and reported); the texts are as printed.
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class WarningLedgerRow {
  WarningLedgerRow() {}

  /**
   * Returns the warning's id (预警编号).
   *
   * @return the id, non-blank
   */
  public abstract String getWarningId();

  /**
   * Returns the warning level (预警等级).
   *
   * @return the level, or empty if unreadable
   */
  public abstract Optional<WarningLevel> getLevel();

  /**
   * Returns the stage (预警阶段).
   *
   * @return the stage, or empty if unreadable
   */
  public abstract Optional<WarningStage> getStage();

  /**
   * Returns the subject as printed (预警对象), e.g. {@code 人员：曹永辉}.
   *
   * @return the subject text
   */
  public abstract String getSubject();

  /**
   * Returns the risk point's title (廉政风险点), or its id when the ledger lacks it.
   *
   * @return the risk point text, empty if none
   */
  public abstract String getRiskPoint();

  /**
   * Returns the indicator's name (预警指标), e.g. 重复信访举报.
   *
   * @return the indicator text
   */
  public abstract String getIndicator();

  /**
   * Returns when the warning arose (预警时间).
   *
   * @return the local time, or empty if unreadable
   */
  public abstract Optional<LocalDateTime> getTime();

  /**
   * Returns the warning's reason (预警原因).
   *
   * @return the reason
   */
  public abstract String getReason();

  /**
   * Returns the case state (处置状态).
   *
   * @return the state, or empty when no case is open
   */
  public abstract Optional<CaseState> getCaseState();

  /**
   * Returns the step in force (当前处置措施).
   *
   * @return the step, or empty when none is issued
   */
  public abstract Optional<DispositionMeasure> getCurrentStep();

  /**
   * Returns the reply deadline of the step in force (回复期限).
   *
   * @return the deadline, or empty
   */
  public abstract Optional<LocalDateTime> getDeadline();

  /**
   * Returns the escalations as printed (升级情况), one per line, e.g. {@code 2026-09-21 09:00
   * 警示提醒→诫勉纠错，提醒→警示（逾期未回复）}.
   *
   * @return the escalations text, empty if none
   */
  public abstract String getEscalations();

  /**
   * Returns the row of a warning and its case.
   *
   * @param ledger the ledger, for names and risk point titles
   * @param warning the warning
   * @param kase the warning's case, if one is open
   * @param zone the zone of the printed times
   * @return the row
   */
  public static WarningLedgerRow of(
      Ledger ledger, Warning warning, Optional<DispositionCase> kase, ZoneId zone) {
    Builder b = builder();
    b.warningId(warning.getId())
        .level(kase.map(DispositionCase::getLevel).orElse(warning.getLevel()))
        .stage(warning.getStage())
        .subject(subject(ledger, warning.getSubject()))
        .riskPoint(
            warning
                .getRiskPoint()
                .map(id -> ledger.riskPoint(id).map(RiskPoint::getTitle).orElse(id))
                .orElse(""))
        .indicator(indicator(warning.getIndicator()))
        .time(local(warning.getTime(), zone))
        .reason(warning.getReason());
    if (kase.isPresent()) {
      DispositionCase c = kase.get();
      b.caseState(c.getState());
      Optional<Disposition> step = c.current();
      b.currentStep(step.map(Disposition::getMeasure));
      b.deadline(step.map(d -> local(d.getDueAt(), zone)));
      List<String> lines = new ArrayList<>();
      for (Escalation e : c.getEscalations()) {
        lines.add(
            WarningLedgerWriter.format(local(e.getTime(), zone))
                + " "
                + e.getFromMeasure().displayName()
                + "→"
                + e.getToMeasure().displayName()
                + "，"
                + e.getFromLevel().displayName()
                + "→"
                + e.getToLevel().displayName()
                + (e.isAccountability() ? "，启动追责" : "")
                + "（"
                + e.getReason()
                + "）");
      }
      b.escalations(String.join("\n", lines));
    } else {
      b.escalations("");
    }
    return b.build();
  }

  static LocalDateTime local(java.time.Instant t, ZoneId zone) {
    return LocalDateTime.ofInstant(t, zone).truncatedTo(ChronoUnit.MINUTES);
  }

  private static String indicator(String id) {
    for (Indicator i : Indicator.builtIns()) {
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
      name = ledger.post(s.getId()).map(Post::getName).orElse(name);
    } else if (s.getKind() == SubjectKind.DEPARTMENT) {
      name =
          ledger
              .department(s.getId())
              .map(io.github.probity.model.Department::getName)
              .orElse(name);
    }
    return s.getKind().displayName() + "：" + name;
  }

  @Value.Check
  void check() {
    if (getWarningId().isBlank()) {
      throw new IllegalArgumentException("WarningLedgerRow.warningId must not be blank");
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WarningLedgerRow}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableWarningLedgerRow.Builder {
    Builder() {}
  }
}
