package io.github.probity.plan;

import io.github.probity.archive.Archive;
import io.github.probity.model.Ledger;
import io.github.probity.model.Post;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import io.github.probity.review.ReviewRecord;
import io.github.probity.review.ReviewState;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The progress of an implementation plan on one day, measured on a ledger: the {@linkplain
 * ProgressIndicator figures} (shares of posts with risk points, of points graded and decided, of
 * measures filed, of posts with an archive …) and each phase's status — done, running, not started
 * or overdue.
 *
 * <p>A task is done when it names indicators and all of them are measured and complete, or when its
 * completion date is recorded, not after the day measured, and none of its measured indicators is
 * incomplete: a recorded completion with an unmet indicator does not count, and is listed as such
 * ({@link PhaseProgress#getUnmetTasks()}). An indicator that was not measured (no review records or
 * archives given) does not contradict a recorded completion. A phase is completed when all its
 * tasks are done, overdue when its end has passed with tasks open. The day comes from an injected
 * {@link Clock}. Immutable and thread-safe.
 *
 * <pre>{@code
 * PlanProgress progress = PlanProgress.measure(ledger, clock);
 * System.out.print(progress.summary(Locale.SIMPLIFIED_CHINESE));
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PlanProgress {
  PlanProgress() {}

  /** {@return the plan measured} */
  public abstract ImplementationPlan getPlan();

  /**
   * Returns the day progress was measured on.
   *
   * @return the day
   */
  public abstract LocalDate getDate();

  /**
   * {@return the figures that were measured, in indicator order; figures whose input was not given
   * (review records, archives) are absent}
   */
  public abstract Map<ProgressIndicator, Share> getFigures();

  /** {@return each phase's progress, in plan order} */
  public abstract List<PhaseProgress> getPhases();

  /**
   * Returns one figure.
   *
   * @param indicator the indicator
   * @return the share, or empty if it was not measured
   */
  public Optional<Share> share(ProgressIndicator indicator) {
    return Optional.ofNullable(getFigures().get(indicator));
  }

  /**
   * Returns the overdue phases.
   *
   * @return the phases, in plan order
   */
  public List<PhaseProgress> overdue() {
    return getPhases().stream().filter(PhaseProgress::isOverdue).collect(Collectors.toList());
  }

  /**
   * Tells whether every phase is completed.
   *
   * @return {@code true} if all phases are completed
   */
  public boolean isCompleted() {
    return getPhases().stream().allMatch(p -> p.getStatus() == PhaseStatus.COMPLETED);
  }

  /**
   * Measures the reference template for a ledger's unit and year ({@link
   * ImplementationPlan#forLedger(Ledger)}) on the ledger alone: the one call for a quick report.
   *
   * @param ledger the ledger
   * @param clock the clock that gives today
   * @return the progress
   */
  public static PlanProgress measure(Ledger ledger, Clock clock) {
    return measure(ImplementationPlan.forLedger(ledger), ledger, clock);
  }

  /**
   * Measures a plan on a ledger alone; the figures that need review records or archives are not
   * measured.
   *
   * @param plan the plan
   * @param ledger the ledger
   * @param clock the clock that gives today
   * @return the progress
   */
  public static PlanProgress measure(ImplementationPlan plan, Ledger ledger, Clock clock) {
    return compute(plan, ledger, Optional.empty(), Optional.empty(), LocalDate.now(clock));
  }

  /**
   * Measures a plan on a ledger, the measures' review records and the posts' archives.
   *
   * @param plan the plan
   * @param ledger the ledger
   * @param reviews the review records of the ledger's measures, possibly empty
   * @param archives the posts' archives, possibly empty; only those of the ledger's year count
   * @param clock the clock that gives today
   * @return the progress
   */
  public static PlanProgress measure(
      ImplementationPlan plan,
      Ledger ledger,
      Collection<ReviewRecord> reviews,
      Collection<Archive> archives,
      Clock clock) {
    return compute(plan, ledger, Optional.of(reviews), Optional.of(archives), LocalDate.now(clock));
  }

  private static PlanProgress compute(
      ImplementationPlan plan,
      Ledger ledger,
      Optional<Collection<ReviewRecord>> reviews,
      Optional<Collection<Archive>> archives,
      LocalDate today) {
    Map<ProgressIndicator, Share> figures = figures(ledger, reviews, archives);
    Builder b = builder().plan(plan).date(today).figures(figures);
    int number = 0;
    for (PlanPhase phase : plan.getPhases()) {
      number++;
      PhaseProgress.Builder pb = PhaseProgress.builder().number(number).phase(phase);
      boolean open = false;
      for (PlanTask t : phase.getTasks()) {
        boolean recorded = t.getCompletedOn().filter(d -> !d.isAfter(today)).isPresent();
        if (recorded ? !unmet(t, figures) : met(t, figures)) {
          pb.addDoneTasks(t.getTitle());
        } else {
          pb.addOpenTasks(t.getTitle());
          if (recorded) {
            pb.addUnmetTasks(t.getTitle());
          }
          open = true;
        }
      }
      PhaseStatus status;
      long overdue = 0;
      if (!open) {
        status = PhaseStatus.COMPLETED;
      } else if (today.isAfter(phase.getEnd())) {
        status = PhaseStatus.OVERDUE;
        overdue = ChronoUnit.DAYS.between(phase.getEnd(), today);
      } else if (today.isBefore(phase.getStart())) {
        status = PhaseStatus.NOT_STARTED;
      } else {
        status = PhaseStatus.IN_PROGRESS;
      }
      b.addPhases(pb.status(status).daysOverdue(overdue).build());
    }
    return b.build();
  }

  /** Tells whether the task names indicators and all are measured and complete. */
  private static boolean met(PlanTask task, Map<ProgressIndicator, Share> figures) {
    if (task.getIndicators().isEmpty()) {
      return false;
    }
    for (ProgressIndicator i : task.getIndicators()) {
      Share s = figures.get(i);
      if (s == null || !s.isComplete()) {
        return false;
      }
    }
    return true;
  }

  /** Tells whether one of the task's indicators is measured and incomplete. */
  private static boolean unmet(PlanTask task, Map<ProgressIndicator, Share> figures) {
    for (ProgressIndicator i : task.getIndicators()) {
      Share s = figures.get(i);
      if (s != null && !s.isComplete()) {
        return true;
      }
    }
    return false;
  }

  private static Map<ProgressIndicator, Share> figures(
      Ledger ledger,
      Optional<Collection<ReviewRecord>> reviews,
      Optional<Collection<Archive>> archives) {
    List<Post> posts = ledger.getPosts();
    List<RiskPoint> points = ledger.getRiskPoints();
    int withPoints = 0;
    for (Post p : posts) {
      if (!ledger.riskPointsOf(RiskOwner.post(p.getId())).isEmpty()) {
        withPoints++;
      }
    }
    int graded = 0;
    int decided = 0;
    int withMeasures = 0;
    int supervised = 0;
    int measures = 0;
    for (RiskPoint rp : points) {
      graded += rp.effectiveLevel().isPresent() ? 1 : 0;
      decided += rp.getDecision().isPresent() ? 1 : 0;
      withMeasures += rp.getMeasures().isEmpty() ? 0 : 1;
      supervised += rp.getSupervisor().isPresent() ? 1 : 0;
      measures += rp.getMeasures().size();
    }
    Map<ProgressIndicator, Share> figures = new EnumMap<>(ProgressIndicator.class);
    figures.put(ProgressIndicator.POSTS_WITH_RISK_POINTS, Share.of(withPoints, posts.size()));
    figures.put(ProgressIndicator.POINTS_GRADED, Share.of(graded, points.size()));
    figures.put(ProgressIndicator.POINTS_DECIDED, Share.of(decided, points.size()));
    figures.put(ProgressIndicator.POINTS_WITH_MEASURES, Share.of(withMeasures, points.size()));
    if (reviews.isPresent()) {
      Set<String> filed = new HashSet<>();
      for (ReviewRecord r : reviews.get()) {
        if (r.state() == ReviewState.FILED && ledger.measure(r.getMeasureId()).isPresent()) {
          filed.add(r.getMeasureId());
        }
      }
      figures.put(ProgressIndicator.MEASURES_FILED, Share.of(filed.size(), measures));
    }
    figures.put(ProgressIndicator.POINTS_SUPERVISED, Share.of(supervised, points.size()));
    if (archives.isPresent()) {
      Set<String> archived = new HashSet<>();
      for (Archive a : archives.get()) {
        if (a.getYear() == ledger.getYear() && ledger.post(a.getPost().getId()).isPresent()) {
          archived.add(a.getPost().getId());
        }
      }
      figures.put(ProgressIndicator.POSTS_WITH_ARCHIVE, Share.of(archived.size(), posts.size()));
    }
    return figures;
  }

  /**
   * Returns a readable summary: the day, each figure (or why it is missing) and each phase with its
   * status, open tasks, tasks recorded as completed whose indicators are not met, and days overdue;
   * Chinese for {@code zh} locales, English otherwise.
   *
   * @param locale the reader's locale
   * @return the summary, one item per line
   */
  public String summary(Locale locale) {
    boolean zh = "zh".equals(locale.getLanguage());
    ImplementationPlan plan = getPlan();
    StringBuilder sb = new StringBuilder();
    if (zh) {
      sb.append(plan.getUnitName())
          .append(plan.getYear())
          .append("年廉政风险预警防控机制建设工作实施计划进度（截至")
          .append(date(getDate(), true))
          .append("）\n");
    } else {
      sb.append("Implementation plan ")
          .append(plan.getYear())
          .append(" of ")
          .append(plan.getUnitName())
          .append(": progress on ")
          .append(getDate())
          .append('\n');
    }
    for (ProgressIndicator i : ProgressIndicator.values()) {
      sb.append("  ").append(i.label(locale)).append(zh ? "：" : ": ");
      Share s = getFigures().get(i);
      if (s != null) {
        sb.append(s.format(locale));
      } else if (i == ProgressIndicator.MEASURES_FILED) {
        sb.append(zh ? "未统计（未提供审核记录）" : "not measured (no review records given)");
      } else {
        sb.append(zh ? "未统计（未提供一岗一档档案）" : "not measured (no archives given)");
      }
      sb.append('\n');
    }
    for (PhaseProgress p : getPhases()) {
      PlanPhase phase = p.getPhase();
      sb.append("  ");
      if (zh) {
        sb.append("第").append(p.getNumber()).append("阶段 ").append(phase.getName());
        sb.append("（").append(date(phase.getStart(), true)).append("—");
        sb.append(date(phase.getEnd(), phase.getEnd().getYear() != phase.getStart().getYear()));
        sb.append("）：").append(p.getStatus().displayName());
        if (p.isOverdue()) {
          sb.append(' ').append(p.getDaysOverdue()).append(" 天");
        }
        if (!p.getOpenTasks().isEmpty() && p.getStatus() != PhaseStatus.NOT_STARTED) {
          sb.append("；未完成：").append(String.join("、", p.getOpenTasks()));
        }
        if (!p.getUnmetTasks().isEmpty()) {
          sb.append("；记录已完成但指标未达到：").append(String.join("、", p.getUnmetTasks()));
        }
      } else {
        sb.append("Phase ").append(p.getNumber()).append(' ').append(phase.getName());
        sb.append(" (").append(phase.getStart()).append(" – ").append(phase.getEnd());
        sb.append("): ").append(p.getStatus().label(locale));
        if (p.isOverdue()) {
          sb.append(" by ").append(p.getDaysOverdue()).append(" days");
        }
        if (!p.getOpenTasks().isEmpty() && p.getStatus() != PhaseStatus.NOT_STARTED) {
          sb.append("; open: ").append(String.join(", ", p.getOpenTasks()));
        }
        if (!p.getUnmetTasks().isEmpty()) {
          sb.append("; recorded as completed but indicators not met: ")
              .append(String.join(", ", p.getUnmetTasks()));
        }
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static String date(LocalDate d, boolean withYear) {
    return (withYear ? d.getYear() + "年" : "") + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlanProgress}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutablePlanProgress.Builder {
    Builder() {}
  }
}
