package io.github.probity.excel;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.model.RiskCategory;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The settings one reader applies to every sheet. Immutable and thread-safe. */
final class ReaderConfig {
  private final Map<String, AnnexColumn> mapping;
  private final RiskCategory defaultCategory;

  ReaderConfig(Map<String, AnnexColumn> mapping, RiskCategory defaultCategory) {
    Map<String, AnnexColumn> m = new HashMap<>();
    mapping.forEach((k, v) -> m.put(normalize(k), v));
    this.mapping = Map.copyOf(m);
    this.defaultCategory = defaultCategory;
  }

  Optional<AnnexColumn> match(String header) {
    AnnexColumn c = mapping.get(normalize(header));
    return c != null ? Optional.of(c) : AnnexColumn.match(header);
  }

  RiskCategory defaultCategory() {
    return defaultCategory;
  }

  private static String normalize(String s) {
    return s.replaceAll("[\\s\\u3000]+", "").toUpperCase(Locale.ROOT);
  }
}
