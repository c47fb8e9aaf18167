package io.github.probity.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.probity.model.Ledger;
import io.github.probity.model.Measure;
import io.github.probity.model.RiskPoint;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The baseline of the JSON benchmarks: plain Java records holding the same data as the ledger's
 * risk points, bound by Jackson databind with no Probity code involved.
 */
final class PlainRecords {
  private PlainRecords() {}

  /** A ledger as plain data: the head's unit code and year, and the points. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record LedgerRecord(String unit, int year, List<PointRecord> riskPoints) {}

  /** A risk point as plain data. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record PointRecord(
      String id,
      OwnerRecord owner,
      String category,
      String title,
      @Nullable String manifestation,
      @Nullable FactorsRecord factors,
      @Nullable String level,
      List<MeasureRecord> measures,
      @Nullable String responsible,
      List<String> monitoringIndicators) {}

  /** An owner as plain data. */
  record OwnerRecord(String scope, String id) {}

  /** Grading factors as plain data. */
  record FactorsRecord(int importance, int frequency, int probability) {}

  /** A measure as plain data. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record MeasureRecord(String id, String text, String type, @Nullable String deadline) {}

  static LedgerRecord of(Ledger ledger) {
    List<PointRecord> points = new ArrayList<>(ledger.getRiskPoints().size());
    for (RiskPoint rp : ledger.getRiskPoints()) {
      List<MeasureRecord> measures = new ArrayList<>();
      for (Measure m : rp.getMeasures()) {
        measures.add(
            new MeasureRecord(
                m.getId(),
                m.getText(),
                m.getType().code(),
                m.getDeadline().map(Object::toString).orElse(null)));
      }
      points.add(
          new PointRecord(
              rp.getId(),
              new OwnerRecord(rp.getOwner().getScope().code(), rp.getOwner().getId()),
              rp.getCategory().code(),
              rp.getTitle(),
              rp.getManifestation().orElse(null),
              rp.getFactors()
                  .map(
                      f ->
                          new FactorsRecord(
                              f.getImportance(), f.getFrequency(), f.getProbability()))
                  .orElse(null),
              rp.getLevel().map(l -> l.code()).orElse(null),
              measures,
              rp.getResponsible().orElse(null),
              rp.getMonitoringIndicators()));
    }
    return new LedgerRecord(ledger.getUnit().getCode(), ledger.getYear(), points);
  }
}
