package io.github.probity.validation;

import io.github.probity.finding.Severity;
import io.github.probity.model.Measure;
import io.github.probity.model.RiskPoint;
import java.util.List;

/**
 * {@code PR-TEXT-002}: risk-point titles and measure texts are not blank once full-width, no-break
 * and zero-width spaces are removed; Bean Validation's {@code @NotBlank} trims only ASCII space.
 * Stateless and thread-safe.
 */
final class BlankText extends PointRule {
  static final String ID = "PR-TEXT-002";

  BlankText() {
    super(ID, Severity.ERROR, ID, ID + ".title");
  }

  @Override
  void scan(OwnerPoints owner, PointFindings out) {
    List<RiskPoint> points = owner.points();
    for (int i = 0; i < points.size(); i++) {
      RiskPoint rp = points.get(i);
      if (Texts.isBlank(rp.getTitle())) {
        out.point(rp, "title", ID + ".title", rp.getId());
      }
      List<Measure> measures = rp.getMeasures();
      for (int j = 0, n = measures.size(); j < n; j++) {
        Measure m = measures.get(j);
        if (Texts.isBlank(m.getText())) {
          out.measure(rp, m, "text", ID, m.getId(), rp.getId());
        }
      }
    }
  }
}
