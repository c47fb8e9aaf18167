package io.github.probity.warning;

import io.github.probity.model.Ledger;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.PowerItem;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** The built-in indicators; see the factories on {@link Indicator}. */
final class BuiltInIndicators {
  private BuiltInIndicators() {}

  static final Indicator REPEATED_PETITIONS =
      of("REPEATED_PETITIONS", "重复信访举报", RepeatedPetitions::new);
  static final Indicator MAJOR_MATTER =
      of("MAJOR_MATTER_WITHOUT_DECISION", "三重一大未经集体决策", MajorMatter::new);
  static final Indicator SPLIT_PURCHASES = of("SPLIT_PURCHASES", "化整为零规避采购", SplitPurchases::new);
  static final Indicator SAME_APPROVER =
      of("SAME_APPROVER_AND_EXECUTOR", "审批与经办不分离", SameApprover::new);
  static final Indicator OVERDUE = of("OVERDUE", "逾期未落实", Overdue::new);
  static final Indicator LONG_TENURE = of("LONG_TENURE", "高风险岗位超期未轮岗", LongTenure::new);
  static final Indicator INEFFECTIVE_MEASURE =
      of("INEFFECTIVE_MEASURE", "防控措施评估无效", IneffectiveMeasure::new);

  private static Indicator of(
      String id, String name, Function<IndicatorContext, Indicator.Evaluation> start) {
    return new Indicator() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String displayName() {
        return name;
      }

      @Override
      public Indicator.Evaluation start(IndicatorContext context) {
        return start.apply(context);
      }

      @Override
      public String toString() {
        return id;
      }
    };
  }

  private static Warning.Builder warning(String indicator, Signal trigger) {
    Warning.Builder b = Warning.builder();
    b.id(indicator + ":" + trigger.getId())
        .indicator(indicator)
        .subject(trigger.getSubject())
        .riskPoint(trigger.getRiskPoint())
        .time(trigger.getTime());
    return b;
  }

  private static long days(Duration d) {
    return d.toDays();
  }

  /** Petitions per subject within the complaint window. */
  static final class RepeatedPetitions implements Indicator.Evaluation {
    private final WarningPolicy policy;
    private final Window<Subject> window;

    RepeatedPetitions(IndicatorContext ctx) {
      this.policy = ctx.getPolicy();
      this.window = new Window<>(policy.getComplaintWindow());
    }

    @Override
    public void accept(Signal s, Consumer<Warning> out) {
      if (s.getKind() != SignalKind.PETITION) {
        return;
      }
      Window.Bucket<Subject> b =
          window.add(s.getTime(), s.getSubject(), s.getId(), BigDecimal.ZERO);
      if (b.count() >= policy.getComplaintThreshold()) {
        out.accept(
            warning(REPEATED_PETITIONS.id(), s)
                .level(WarningLevel.CAUTION)
                .stage(WarningStage.TENDENCY)
                .ladder(DispositionLadder.PETITION)
                .signals(b.signalIds())
                .reason(days(policy.getComplaintWindow()) + "天内对同一对象信访举报" + b.count() + "次")
                .build());
        window.reset(s.getSubject());
      }
    }
  }

  /** 三重一大 matters without a collective-decision record. */
  static final class MajorMatter implements Indicator.Evaluation {
    private final WarningPolicy policy;
    private final Optional<Ledger> ledger;

    MajorMatter(IndicatorContext ctx) {
      this.policy = ctx.getPolicy();
      this.ledger = ctx.getLedger();
    }

    @Override
    public void accept(Signal s, Consumer<Warning> out) {
      Optional<ProcessEvent> pe = s.getProcessEvent();
      if (pe.isEmpty() || pe.get().getCollectiveDecision().isPresent()) {
        return;
      }
      Optional<String> what = what(pe.get());
      if (what.isPresent()) {
        out.accept(
            warning(MAJOR_MATTER.id(), s)
                .level(WarningLevel.SEVERE)
                .stage(WarningStage.APPEARED)
                .ladder(DispositionLadder.RISK)
                .addSignals(s.getId())
                .reason(what.get() + "未经集体决策")
                .build());
      }
    }

    private Optional<String> what(ProcessEvent e) {
      switch (e.getAction()) {
        case MAJOR_PROJECT:
        case APPOINTMENT:
        case MAJOR_DECISION:
          return Optional.of(e.getAction().displayName());
        case PAYMENT:
          if (e.getAmount().isPresent()
              && e.getAmount().get().compareTo(policy.getLargePaymentThreshold()) >= 0) {
            return Optional.of("大额资金支付" + e.getAmount().get().toPlainString() + "元");
          }
          return majorPowerItem(e);
        case PURCHASE:
          return majorPowerItem(e);
        default:
          return Optional.empty();
      }
    }

    private Optional<String> majorPowerItem(ProcessEvent e) {
      if (e.getPowerItem().isEmpty() || ledger.isEmpty()) {
        return Optional.empty();
      }
      return ledger
          .get()
          .powerItem(e.getPowerItem().get())
          .filter(PowerItem::isMajorMatter)
          .map(p -> "三重一大事项“" + p.getName() + "”" + e.getAction().displayName());
    }
  }

  /** Purchases under the threshold from one supplier adding up to it within the window. */
  static final class SplitPurchases implements Indicator.Evaluation {
    private final WarningPolicy policy;
    private final Window<String> window;

    SplitPurchases(IndicatorContext ctx) {
      this.policy = ctx.getPolicy();
      this.window = new Window<>(policy.getSplitPurchaseWindow());
    }

    @Override
    public void accept(Signal s, Consumer<Warning> out) {
      Optional<ProcessEvent> pe = s.getProcessEvent();
      if (pe.isEmpty()
          || pe.get().getAction() != ProcessAction.PURCHASE
          || pe.get().getSupplier().isEmpty()
          || pe.get().getAmount().isEmpty()) {
        return;
      }
      BigDecimal amount = pe.get().getAmount().get();
      BigDecimal threshold = policy.getPurchaseThreshold();
      if (amount.compareTo(threshold) >= 0) {
        return;
      }
      String supplier = pe.get().getSupplier().get();
      Window.Bucket<String> b = window.add(s.getTime(), supplier, s.getId(), amount);
      if (b.count() >= 2 && b.sum().compareTo(threshold) >= 0) {
        out.accept(
            warning(SPLIT_PURCHASES.id(), s)
                .level(WarningLevel.CAUTION)
                .stage(WarningStage.APPEARED)
                .ladder(DispositionLadder.RISK)
                .signals(b.signalIds())
                .reason(
                    days(policy.getSplitPurchaseWindow())
                        + "天内向同一供应商“"
                        + supplier
                        + "”采购"
                        + b.count()
                        + "次，单笔均低于限额，合计"
                        + b.sum().toPlainString()
                        + "元")
                .build());
        window.reset(supplier);
      }
    }
  }

  /** Payments approved and executed by the same person. */
  static final class SameApprover implements Indicator.Evaluation {
    SameApprover(IndicatorContext ctx) {}

    @Override
    public void accept(Signal s, Consumer<Warning> out) {
      Optional<ProcessEvent> pe = s.getProcessEvent();
      if (pe.isEmpty() || pe.get().getAction() != ProcessAction.PAYMENT) {
        return;
      }
      Optional<String> approver = pe.get().getApprover();
      if (approver.isPresent() && approver.equals(pe.get().getExecutor())) {
        out.accept(
            warning(SAME_APPROVER.id(), s)
                .subject(Subject.person(approver.get()))
                .level(WarningLevel.CAUTION)
                .stage(WarningStage.APPEARED)
                .ladder(DispositionLadder.MISTAKE)
                .addSignals(s.getId())
                .reason("资金支付由同一人审批并经办")
                .build());
      }
    }
  }

  /** Overdue measures, rectifications and reviews. */
  static final class Overdue implements Indicator.Evaluation {
    private final WarningPolicy policy;

    Overdue(IndicatorContext ctx) {
      this.policy = ctx.getPolicy();
    }

    @Override
    public void accept(Signal s, Consumer<Warning> out) {
      SignalKind k = s.getKind();
      if (k != SignalKind.OVERDUE_MEASURE
          && k != SignalKind.OVERDUE_RECTIFICATION
          && k != SignalKind.OVERDUE_REVIEW) {
        return;
      }
      Duration late =
          s.getDueAt().map(due -> Duration.between(due, s.getTime())).orElse(Duration.ZERO);
      if (s.getDueAt().isPresent() && late.compareTo(policy.getOverdueGrace()) <= 0) {
        return;
      }
      WarningLevel level =
          late.compareTo(policy.getOverdueSevere()) >= 0
              ? WarningLevel.CAUTION
              : WarningLevel.REMINDER;
      out.accept(
          warning(OVERDUE.id(), s)
              .level(level)
              .stage(
                  k == SignalKind.OVERDUE_RECTIFICATION
                      ? WarningStage.APPEARED
                      : WarningStage.TENDENCY)
              .ladder(DispositionLadder.RISK)
              .addSignals(s.getId())
              .reason(k.displayName() + (late.isZero() ? "" : late.toDays() + "天"))
              .build());
    }
  }

  /** Measures whose latest effectiveness review found them ineffective. */
  static final class IneffectiveMeasure implements Indicator.Evaluation {
    IneffectiveMeasure(IndicatorContext ctx) {}

    @Override
    public void accept(Signal s, Consumer<Warning> out) {
      if (s.getKind() != SignalKind.INEFFECTIVE_MEASURE) {
        return;
      }
      out.accept(
          warning(INEFFECTIVE_MEASURE.id(), s)
              .level(WarningLevel.CAUTION)
              .stage(WarningStage.TENDENCY)
              .ladder(DispositionLadder.RISK)
              .addSignals(s.getId())
              .reason(SignalKind.INEFFECTIVE_MEASURE.displayName() + "，需调整防控措施")
              .build());
    }
  }

  /** Holders of posts with a 高 risk point beyond the term without rotation or review. */
  static final class LongTenure implements Indicator.Evaluation {
    private static final class Tenure {
      final Signal since;
      final Instant deadline;
      final String holder;

      Tenure(Signal since, Instant deadline, String holder) {
        this.since = since;
        this.deadline = deadline;
        this.holder = holder;
      }
    }

    private final Duration term;
    private final Map<String, String> highPoint = new HashMap<>();
    private final Map<String, Tenure> current = new HashMap<>();
    private final ArrayDeque<Tenure> deadlines = new ArrayDeque<>();

    LongTenure(IndicatorContext ctx) {
      this.term = ctx.getPolicy().getHighPostTerm();
      if (ctx.getLedger().isPresent()) {
        for (RiskPoint p : ctx.getLedger().get().getRiskPoints()) {
          if (p.getOwner().getScope() == OwnerScope.POST
              && p.effectiveLevel().filter(l -> l == RiskLevel.HIGH).isPresent()) {
            highPoint.putIfAbsent(p.getOwner().getId(), p.getId());
          }
        }
      }
    }

    @Override
    public void advanceTo(Instant time, Consumer<Warning> out) {
      while (!deadlines.isEmpty() && deadlines.peekFirst().deadline.isBefore(time)) {
        Tenure t = deadlines.pollFirst();
        String key = t.since.getSubject().getId() + "\u0000" + t.holder;
        if (current.get(key) == t) {
          current.remove(key);
          String post = t.since.getSubject().getId();
          out.accept(
              Warning.builder()
                  .id(LONG_TENURE.id() + ":" + t.since.getId())
                  .indicator(LONG_TENURE.id())
                  .subject(Subject.person(t.holder))
                  .riskPoint(Optional.ofNullable(highPoint.get(post)))
                  .time(t.deadline)
                  .level(WarningLevel.CAUTION)
                  .stage(WarningStage.TENDENCY)
                  .ladder(DispositionLadder.RISK)
                  .addSignals(t.since.getId())
                  .reason("在高风险岗位" + post + "任职超过" + term.toDays() + "天未轮岗或评估")
                  .build());
        }
      }
    }

    @Override
    public void accept(Signal s, Consumer<Warning> out) {
      Optional<ProcessEvent> pe = s.getProcessEvent();
      if (pe.isEmpty()
          || pe.get().getHolder().isEmpty()
          || s.getSubject().getKind() != SubjectKind.POST) {
        return;
      }
      String post = s.getSubject().getId();
      String key = post + "\u0000" + pe.get().getHolder().get();
      switch (pe.get().getAction()) {
        case POST_ASSIGNED:
        case POST_REVIEWED:
          if (highPoint.containsKey(post)) {
            Tenure t = new Tenure(s, s.getTime().plus(term), pe.get().getHolder().get());
            current.put(key, t);
            deadlines.addLast(t);
          }
          break;
        case POST_ROTATED:
          current.remove(key);
          break;
        default:
          break;
      }
    }

    /** For tests: the number of tenure records held. */
    int held() {
      return deadlines.size();
    }
  }

  /** Returns the built-in indicator ids, in the order of {@link Indicator#builtIns()}. */
  static List<String> ids() {
    return List.of(
        REPEATED_PETITIONS.id(),
        MAJOR_MATTER.id(),
        SPLIT_PURCHASES.id(),
        SAME_APPROVER.id(),
        OVERDUE.id(),
        LONG_TENURE.id(),
        INEFFECTIVE_MEASURE.id());
  }
}
