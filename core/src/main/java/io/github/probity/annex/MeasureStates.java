package io.github.probity.annex;

import io.github.probity.model.EffectivenessReview;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureStatus;
import io.github.probity.model.RiskLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Applies the measures-in-motion cells of a row to the measures of its point: by number, only what
 * differs from what the point showed before. Stateless.
 */
final class MeasureStates {
  private MeasureStates() {}

  /**
   * The measures with the row's states applied: a status or progress other than the one shown
   * before becomes the measure's ({@link MeasureStatus#OVERDUE}, derived, is not recorded: only its
   * progress is taken); a verdict, reviewer or date other than the latest review shown before is
   * added as a review, when the row gives its date and a reviewer (the named person, else the
   * point's supervisor). A state whose number has no measure is left out.
   *
   * @param measures the point's measures, in order
   * @param states the row's states
   * @param before the states the point showed before the row was edited; empty for a new point
   * @param person the person id of a reviewer's name
   * @param supervisor the point's supervisor, reviewer of a review that names none
   */
  static List<Measure> apply(
      List<Measure> measures,
      List<MeasureState> states,
      List<MeasureState> before,
      Function<String, String> person,
      Optional<String> supervisor) {
    if (states.isEmpty()) {
      return measures;
    }
    Map<Integer, MeasureState> was = new HashMap<>();
    before.forEach(s -> was.put(s.getNumber(), s));
    List<Measure> out = new ArrayList<>(measures);
    for (MeasureState s : states) {
      int i = s.getNumber() - 1;
      if (i >= out.size()) {
        continue;
      }
      MeasureState old = was.get(s.getNumber());
      Measure m = out.get(i);
      Measure.Builder b = Measure.builder().from(m);
      boolean changed = false;
      if (s.getStatus().isPresent()
          && (old == null
              || !s.getStatus().equals(old.getStatus())
              || s.getProgress() != old.getProgress())) {
        MeasureStatus status = s.getStatus().get();
        if (status.isStorable()) {
          b.status(status);
        }
        b.progress(s.getProgress());
        changed = true;
      }
      if (s.getVerdict().isPresent()
          && s.getReviewDate().isPresent()
          && (old == null
              || !s.getVerdict().equals(old.getVerdict())
              || !s.getReviewDate().equals(old.getReviewDate())
              || !s.getReviewer().equals(old.getReviewer()))) {
        Optional<String> reviewer = s.getReviewer().map(person).or(() -> supervisor);
        if (reviewer.isPresent()) {
          b.addReviews(
              EffectivenessReview.builder()
                  .date(s.getReviewDate().get())
                  .reviewer(reviewer.get())
                  .verdict(s.getVerdict().get())
                  .build());
          changed = true;
        }
      }
      if (changed) {
        out.set(i, b.build());
      }
    }
    return out;
  }

  /**
   * The residual level a row gives its point: the shown one where it differs from what was shown
   * before and does not exceed the point's level (a higher one needs a rationale no table gives).
   */
  static Optional<RiskLevel> residual(
      Optional<RiskLevel> shown, Optional<RiskLevel> before, Optional<RiskLevel> level) {
    if (shown.isEmpty() || shown.equals(before)) {
      return Optional.empty();
    }
    if (level.isPresent() && shown.get().rank() > level.get().rank()) {
      return Optional.empty();
    }
    return shown;
  }
}
