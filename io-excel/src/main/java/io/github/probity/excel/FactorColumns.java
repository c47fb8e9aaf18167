package io.github.probity.excel;

import io.github.probity.finding.Finding;
import io.github.probity.grading.ExtraFactor;
import io.github.probity.model.FactorValue;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the columns of declared extra factors out of a row's extras: a header that is a factor's
 * label (compared as headers are, without spaces and notes) gives the factor's value, a point
 * factor's for the row's point, an owner factor's for the row's owner. Immutable and thread-safe.
 */
final class FactorColumns {
  private final Map<String, ExtraFactor> byHeader = new HashMap<>();

  FactorColumns(List<ExtraFactor> factors) {
    for (ExtraFactor f : factors) {
      byHeader.putIfAbsent(ReaderConfig.normalize(f.getLabel()), f);
    }
  }

  /** The label of a declared factor's column, or the code of one not declared. */
  String label(String code) {
    for (ExtraFactor f : byHeader.values()) {
      if (f.getCode().equals(code)) {
        return f.getLabel();
      }
    }
    return code;
  }

  boolean isEmpty() {
    return byHeader.isEmpty();
  }

  /** The row with its factor columns' values taken out of its extras; reports those not taken. */
  LocatedRow take(LocatedRow row, Consumer<Finding> problems) {
    Map<String, String> extras = new LinkedHashMap<>();
    Map<String, FactorValue> values = new LinkedHashMap<>();
    Map<String, FactorValue> owners = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : row.getExtras().entrySet()) {
      ExtraFactor f = byHeader.get(ReaderConfig.normalize(e.getKey()));
      String text = e.getValue().strip();
      if (f == null || text.isEmpty()) {
        extras.put(e.getKey(), e.getValue());
        continue;
      }
      Optional<FactorValue> v = value(f, text);
      if (v.isPresent()) {
        (f.getScope() == ExtraFactor.Scope.OWNER ? owners : values).put(f.getCode(), v.get());
      } else {
        extras.put(e.getKey(), e.getValue());
        problems.accept(
            CellFinding.builder()
                .code(ProblemCode.INVALID_FACTOR_VALUE)
                .sheet(row.getSheet())
                .row(row.getRowNumber())
                .header(e.getKey())
                .rawValue(e.getValue())
                .build());
      }
    }
    if (values.isEmpty() && owners.isEmpty()) {
      return row;
    }
    return LocatedRow.builder()
        .from(row)
        .extras(extras)
        .extraFactors(values)
        .ownerFactors(owners)
        .build();
  }

  /** A cell's text as a value the declaration accepts: a number, or a code or a code's label. */
  static Optional<FactorValue> value(ExtraFactor f, String text) {
    if (f.isCoded()) {
      if (f.getCodes().containsKey(text)) {
        return Optional.of(FactorValue.ofCode(text));
      }
      for (Map.Entry<String, String> c : f.getCodes().entrySet()) {
        if (c.getValue().strip().equals(text)) {
          return Optional.of(FactorValue.ofCode(c.getKey()));
        }
      }
      return Optional.empty();
    }
    try {
      double d = Double.parseDouble(text);
      if (!Double.isFinite(d)) {
        return Optional.empty();
      }
      FactorValue v = FactorValue.of(d);
      return f.accepts(v) ? Optional.of(v) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
