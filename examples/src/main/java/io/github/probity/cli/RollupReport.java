package io.github.probity.cli;

import static io.github.probity.cli.HtmlReport.esc;

import io.github.probity.annex.AnnexKind;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import io.github.probity.rollup.AgeBand;
import io.github.probity.rollup.BandCounts;
import io.github.probity.rollup.LevelCategoryCounts;
import io.github.probity.rollup.PhaseStanding;
import io.github.probity.rollup.PlanStanding;
import io.github.probity.rollup.RollupResult;
import io.github.probity.rollup.SourceFinding;
import io.github.probity.rollup.UnitSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A self-contained HTML report of a commission's roll-up: figure cards, the commission's level ×
 * category heat map, every unit ranked by its 高 points with a heat strip of its own levels ×
 * categories, the units whose plan lags, overdue measures and open cases by age, units without
 * ledger, points or annexes, and the files not taken. Built from {@link HtmlReport}'s pieces:
 * inline CSS only, no scripts, every text escaped. Stateless.
 */
final class RollupReport {
  private static final String[] HUE_LEVELS = {"high", "medium", "low", ""};

  private final RollupResult result;
  private final String commission;
  private final Locale locale;

  RollupReport(RollupResult result, String commission, Locale locale) {
    this.result = result;
    this.commission = commission;
    this.locale = locale;
  }

  private String t(String key, Object... arguments) {
    return Cli.text(locale, key, arguments);
  }

  private static Optional<RiskLevel> level(int row) {
    return row < 3 ? Optional.of(RiskLevel.ofRank(3 - row)) : Optional.empty();
  }

  /** Counts by category, each indexed by heat-map row, as {@link HtmlReport#heatMap} takes them. */
  static Map<RiskCategory, int[]> byCategory(LevelCategoryCounts counts) {
    Map<RiskCategory, int[]> m = new EnumMap<>(RiskCategory.class);
    for (RiskCategory c : RiskCategory.values()) {
      int[] n = new int[4];
      for (int row = 0; row < 4; row++) {
        n[row] = counts.count(level(row), c);
      }
      m.put(c, n);
    }
    return m;
  }

  String render() {
    StringBuilder h = new StringBuilder(64 * 1024 + result.getUnits().size() * 1024);
    String title = t("rollup.html.title", commission, result.getUnits().size());
    h.append("<!DOCTYPE html>\n<html lang=\"")
        .append(t("html.lang"))
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(esc(title))
        .append("</title>\n<style>\n")
        .append(HtmlReport.CSS)
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<header>\n<h1>")
        .append(esc(title))
        .append("</h1>\n<p class=\"sub\">")
        .append(esc(t("rollup.html.asOf", result.getDate(), result.getZone())))
        .append("</p>\n</header>\n");

    LevelCategoryCounts totals = result.getTotals();
    h.append("<section class=\"cards\">\n");
    HtmlReport.card(h, t("rollup.html.cards.units"), result.getUnits().size(), "");
    HtmlReport.card(h, t("html.cards.riskPoints"), totals.total(), "");
    HtmlReport.card(h, HtmlReport.levelName(0, locale), totals.level(RiskLevel.HIGH), "high");
    HtmlReport.card(h, t("rollup.html.cards.lagging"), result.lagging().size(), "warn");
    HtmlReport.card(
        h, t("html.cards.overdueMeasures"), result.getOverdueMeasures().total(), "warn");
    HtmlReport.card(h, t("rollup.html.cards.openCases"), result.getOpenCases().total(), "warn");
    HtmlReport.card(h, t("rollup.html.cards.withoutLedger"), result.withoutLedger().size(), "");
    HtmlReport.card(h, t("rollup.html.cards.findings"), result.getFindings().size(), "");
    h.append("</section>\n<section>\n");

    h.append("<h2>").append(esc(t("rollup.html.totals"))).append("</h2>\n");
    HtmlReport.heatMap(h, byCategory(totals), locale);

    h.append("<h2>")
        .append(esc(t("rollup.html.units")))
        .append("</h2>\n<p class=\"note\">")
        .append(esc(t("rollup.html.units.note")))
        .append("</p>\n");
    units(h);

    h.append("<h2>").append(esc(t("rollup.html.lagging"))).append("</h2>\n");
    List<String[]> lagging = new ArrayList<>();
    for (UnitSummary u : result.lagging()) {
      PlanStanding p = u.getPlan().orElseThrow();
      lagging.add(
          new String[] {
            u.getUnitName(),
            phase(p),
            Long.toString(p.daysOverdue()),
            p.completed() + "/" + p.getPhases().size()
          });
    }
    HtmlReport.table(
        h,
        new String[] {
          t("rollup.html.col.unit"),
          t("rollup.html.col.phase"),
          t("rollup.html.col.daysOverdue"),
          t("rollup.html.col.phasesDone")
        },
        lagging,
        t("rollup.html.none.lagging"),
        locale);

    h.append("<h2>").append(esc(t("rollup.html.ages"))).append("</h2>\n");
    ages(h);

    h.append("<h2>").append(esc(t("rollup.html.missing"))).append("</h2>\n");
    List<String[]> missing = new ArrayList<>();
    for (UnitSummary u : result.getUnits()) {
      String why = missing(u);
      if (!why.isEmpty()) {
        missing.add(new String[] {u.getUnitName(), why});
      }
    }
    HtmlReport.table(
        h,
        new String[] {t("rollup.html.col.unit"), t("rollup.html.col.missing")},
        missing,
        t("rollup.html.none.missing"),
        locale);

    h.append("<h2>").append(esc(t("rollup.html.findings"))).append("</h2>\n");
    List<String[]> findings = new ArrayList<>();
    for (SourceFinding f : result.getFindings()) {
      findings.add(
          new String[] {
            f.source(),
            f.where(),
            Cli.label(f.finding().getSeverity(), locale),
            f.finding().message(locale)
          });
    }
    HtmlReport.table(
        h,
        new String[] {
          t("rollup.html.col.file"),
          t("rollup.html.col.location"),
          t("rollup.html.col.severity"),
          t("rollup.html.col.problem")
        },
        findings,
        t("rollup.html.none.findings"),
        locale);
    h.append("</section>\n<footer>")
        .append(esc(t("html.footer")))
        .append("</footer>\n</body>\n</html>\n");
    return h.toString();
  }

  private String phase(PlanStanding p) {
    Optional<PhaseStanding> current = p.current();
    if (current.isEmpty()) {
      return t("rollup.html.phase.done");
    }
    PhaseStanding c = current.get();
    return t("rollup.html.phase", c.getNumber(), c.getName(), Cli.label(c.getStatus(), locale));
  }

  private String missing(UnitSummary u) {
    List<String> why = new ArrayList<>();
    if (!u.isLedgerGiven()) {
      why.add(t("rollup.html.missing.ledger"));
    } else {
      if (u.riskPoints() == 0) {
        why.add(t("rollup.html.missing.points"));
      }
      if (!u.getMissingAnnexes().isEmpty()) {
        why.add(
            t(
                "rollup.html.missing.annexes",
                u.getMissingAnnexes().stream()
                    .map(AnnexKind::sheetName)
                    .sorted()
                    .collect(Collectors.joining(", "))));
      }
      if (u.getPostsWithoutPoints() > 0) {
        why.add(t("rollup.html.missing.posts", u.getPostsWithoutPoints(), u.getPosts()));
      }
      if (u.getPlan().isEmpty()) {
        why.add(t("rollup.html.missing.plan"));
      }
    }
    return String.join("; ", why);
  }

  /** Every unit, most 高 points first: figures and a heat strip of levels × categories. */
  private void units(StringBuilder h) {
    List<UnitSummary> units = new ArrayList<>(result.getUnits());
    units.sort(
        Comparator.comparingInt((UnitSummary u) -> u.getCounts().level(RiskLevel.HIGH))
            .thenComparingInt(UnitSummary::riskPoints)
            .reversed());
    h.append("<table class=\"units\">\n<thead><tr><th rowspan=\"2\" class=\"num\">")
        .append(esc(t("html.col.number")))
        .append("</th><th rowspan=\"2\">")
        .append(esc(t("rollup.html.col.unit")))
        .append("</th><th rowspan=\"2\" class=\"num\">")
        .append(esc(t("html.cards.riskPoints")))
        .append("</th>");
    for (int row = 0; row < 4; row++) {
      h.append("<th colspan=\"")
          .append(RiskCategory.values().length)
          .append("\" class=\"lv ")
          .append(HUE_LEVELS[row])
          .append("\">")
          .append(esc(HtmlReport.levelName(row, locale)))
          .append("</th>");
    }
    h.append("<th rowspan=\"2\">")
        .append(esc(t("rollup.html.col.phase")))
        .append("</th><th rowspan=\"2\" class=\"num\">")
        .append(esc(t("rollup.html.col.overdueMeasures")))
        .append("</th><th rowspan=\"2\" class=\"num\">")
        .append(esc(t("rollup.html.col.openCases")))
        .append("</th></tr>\n<tr>");
    for (int row = 0; row < 4; row++) {
      for (RiskCategory c : RiskCategory.values()) {
        h.append("<th class=\"cat\" title=\"")
            .append(esc(Cli.label(c, locale)))
            .append("\">")
            .append(esc(shortName(c)))
            .append("</th>");
      }
    }
    h.append("</tr></thead>\n<tbody>\n");
    int seq = 0;
    for (UnitSummary u : units) {
      seq++;
      h.append("<tr><td class=\"num\">")
          .append(seq)
          .append("</td><td>")
          .append(esc(u.getUnitName()))
          .append("</td>");
      if (!u.isLedgerGiven()) {
        h.append("<td class=\"empty\" colspan=\"")
            .append(1 + 4 * RiskCategory.values().length)
            .append("\">")
            .append(esc(t("rollup.html.missing.ledger")))
            .append("</td>");
      } else {
        h.append("<td class=\"num b\">").append(u.riskPoints()).append("</td>");
        LevelCategoryCounts k = u.getCounts();
        int max = k.max();
        for (int row = 0; row < 4; row++) {
          for (RiskCategory c : RiskCategory.values()) {
            HtmlReport.heatCell(h, k.count(level(row), c), max, row);
          }
        }
      }
      h.append("<td>")
          .append(esc(u.getPlan().map(this::phase).orElse(t("rollup.html.missing.plan"))))
          .append(
              u.getPlan()
                  .filter(PlanStanding::isLagging)
                  .map(
                      p ->
                          " <span class=\"late\">"
                              + esc(t("rollup.html.daysLate", p.daysOverdue()))
                              + "</span>")
                  .orElse(""))
          .append("</td><td class=\"num\">")
          .append(u.getOverdueMeasures().total())
          .append("</td><td class=\"num\">")
          .append(u.getOpenCases().total())
          .append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  private String shortName(RiskCategory c) {
    if (!Cli.isZh(locale)) {
      return c.code().substring(0, 3);
    }
    return c.isSpecified() ? c.displayName().substring(0, 2) : c.displayName();
  }

  private void ages(StringBuilder h) {
    h.append("<table class=\"counts\">\n<thead><tr><th></th>");
    for (AgeBand b : AgeBand.values()) {
      h.append("<th class=\"num\">").append(esc(Cli.label(b, locale))).append("</th>");
    }
    h.append("<th class=\"num\">")
        .append(esc(t("html.col.total")))
        .append("</th></tr></thead>\n<tbody>\n");
    ageRow(h, t("rollup.html.col.overdueMeasures"), result.getOverdueMeasures());
    ageRow(h, t("rollup.html.col.openCases"), result.getOpenCases());
    h.append("</tbody>\n</table>\n<p class=\"note\">")
        .append(esc(t("rollup.html.ages.note", result.getOverdueCases())))
        .append("</p>\n");
  }

  private static void ageRow(StringBuilder h, String name, BandCounts counts) {
    h.append("<tr><td>").append(esc(name)).append("</td>");
    for (AgeBand b : AgeBand.values()) {
      h.append("<td class=\"num\">").append(counts.count(b)).append("</td>");
    }
    h.append("<td class=\"num b\">").append(counts.total()).append("</td></tr>\n");
  }

  private static final String CSS =
      """
      body { max-width: 1400px; }
      table.units { font-size: 12px; }
      table.units td, table.units th { padding: 3px 4px; }
      table.units td[style] { text-align: center; min-width: 22px; }
      table.units tbody td:nth-child(2) { white-space: nowrap; }
      table.units td[style].dark { color: #fff; }
      table.units th.cat { font-weight: 400; font-size: 11px; text-align: center; }
      table.units th.lv { text-align: center; }
      table.units th.lv.high { color: #c0392b; } table.units th.lv.medium { color: #d35400; }
      table.units th.lv.low { color: #27ae60; }
      .late { color: #8e44ad; font-weight: 700; white-space: nowrap; }
      """;
}
