package io.github.probity.excel;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.HeaderMatch;
import io.github.probity.model.RiskCategory;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The settings one reader applies to every sheet. Immutable and thread-safe. */
final class ReaderConfig {
  private static final java.util.regex.Pattern NOTES =
      java.util.regex.Pattern.compile("[(\\[【〔][^()\\[\\]【】〔〕]*[)\\]】〕]");
  private final Map<String, AnnexColumn> mapping;
  private final RiskCategory defaultCategory;
  private final Optional<AnnexKind> kind;
  private final Map<String, AnnexKind> sheetKinds;
  private final Set<String> sheets;
  private final boolean suggestCategories;

  ReaderConfig(
      Map<String, AnnexColumn> mapping,
      RiskCategory defaultCategory,
      Optional<AnnexKind> kind,
      Map<String, AnnexKind> sheetKinds,
      Set<String> sheets,
      boolean suggestCategories) {
    Map<String, AnnexColumn> m = new HashMap<>();
    mapping.forEach((k, v) -> m.put(normalize(k), v));
    this.mapping = Map.copyOf(m);
    this.defaultCategory = defaultCategory;
    this.kind = kind;
    this.sheetKinds = Map.copyOf(sheetKinds);
    this.sheets = Set.copyOf(sheets);
    this.suggestCategories = suggestCategories;
  }

  private ReaderConfig(ReaderConfig base, Map<String, AnnexColumn> normalizedMapping) {
    this.mapping = Map.copyOf(normalizedMapping);
    this.defaultCategory = base.defaultCategory;
    this.kind = base.kind;
    this.sheetKinds = base.sheetKinds;
    this.sheets = base.sheets;
    this.suggestCategories = base.suggestCategories;
  }

  /**
   * These settings with the headers of layouts a workbook carries mapped too: the caller's mapping
   * wins where both map a header.
   */
  ReaderConfig withLayouts(List<io.github.probity.annex.AnnexLayout> layouts) {
    if (layouts.isEmpty()) {
      return this;
    }
    Map<String, AnnexColumn> m = new HashMap<>();
    for (io.github.probity.annex.AnnexLayout l : layouts) {
      l.headerMapping().forEach((k, v) -> m.put(normalize(k), v));
    }
    m.putAll(mapping);
    return new ReaderConfig(this, m);
  }

  /** The columns a header may mean, best first: the caller's mapping scores 1 and comes alone. */
  List<HeaderMatch> candidates(String header) {
    AnnexColumn c = mapping.get(normalize(header));
    return c != null
        ? List.of(AnnexColumn.candidates(c.displayName()).get(0))
        : AnnexColumn.candidates(FormAnswers.wording(header.strip())); // 2、您的岗位名称：
  }

  /** Whether the caller mapped this header. */
  boolean mapped(String header) {
    return mapping.containsKey(normalize(header));
  }

  /** Whether a category not given is replaced by the one the point's words suggest. */
  boolean suggestsCategories() {
    return suggestCategories;
  }

  RiskCategory defaultCategory() {
    return defaultCategory;
  }

  /** The kind the caller forces on a sheet, if any. */
  Optional<AnnexKind> kind(String sheet) {
    AnnexKind k = sheetKinds.get(sheet);
    return k != null ? Optional.of(k) : kind;
  }

  /** Whether the caller named this sheet among those to read. */
  boolean names(String sheet) {
    return sheets.contains(sheet);
  }

  /** Whether a sheet is to be read: every sheet unless the caller named some. */
  boolean reads(String sheet) {
    return sheets.isEmpty() || sheets.contains(sheet);
  }

  /**
   * Normalises a header as the built-in matching does: a form's question without its number and end
   * ({@code 2、您的岗位名称：}), NFKC, no white space, no bracketed notes ({@code 评定（高/中/低）} is {@code
   * 评定}), upper case.
   */
  static String normalize(String s) {
    String t =
        Normalizer.normalize(FormAnswers.wording(s.strip()), Normalizer.Form.NFKC)
            .replaceAll("\\s+", "");
    String bare = NOTES.matcher(t).replaceAll("");
    return (bare.isEmpty() ? t : bare).toUpperCase(Locale.ROOT);
  }
}
