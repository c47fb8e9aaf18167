package io.github.probity.rollup;

import io.github.probity.finding.Finding;
import io.github.probity.finding.Location;
import java.util.Locale;
import java.util.Objects;

/**
 * A finding about one input of a roll-up: the source it was found in (a file's path relative to the
 * directory read, a store key) and the finding itself, whose location is within that source (e.g. a
 * JSON pointer). A file that could not be read is reported so, never dropped silently. Immutable
 * and thread-safe.
 *
 * @param source the source, e.g. {@code 区审计局/ledger.json}
 * @param finding the finding
 * @since 0.1.0
 */
public record SourceFinding(String source, Finding finding) {
  /**
   * Checks that neither part is null.
   *
   * @param source the source
   * @param finding the finding
   */
  public SourceFinding {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(finding, "finding");
  }

  /**
   * Returns the source, the finding's location in it, and its message in a locale, e.g. {@code
   * a/ledger.json /ledger/year (line 1, column 80): …}, or {@code a/ledger.json: …} for a finding
   * about the source as a whole.
   *
   * @param locale the reader's locale
   * @return the text
   */
  public String describe(Locale locale) {
    if (where().isEmpty()) {
      return source + ("zh".equals(locale.getLanguage()) ? "：" : ": ") + finding.message(locale);
    }
    return source + " " + finding.describe(locale);
  }

  /**
   * Returns the finding's location within the source as printed, e.g. {@code /ledger/year (line 1,
   * column 80)}; empty for a finding about the source as a whole.
   *
   * @return the location's text, possibly empty
   */
  public String where() {
    Location at = finding.getLocation();
    if (at instanceof Location.JsonPointer
        && ((Location.JsonPointer) at).pointer().isEmpty()
        && ((Location.JsonPointer) at).line() < 0) {
      return "";
    }
    return at.text();
  }
}
