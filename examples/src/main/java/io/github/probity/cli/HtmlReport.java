package io.github.probity.cli;

import io.github.probity.grading.SupervisionAssignment;
import io.github.probity.model.Department;
import io.github.probity.model.Leader;
import io.github.probity.model.Ledger;
import io.github.probity.model.Measure;
import io.github.probity.model.Person;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import io.github.probity.warning.ReviewDue;
import io.github.probity.warning.Supervision;
import io.github.probity.warning.WarningPolicy;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A self-contained HTML report of a ledger for a leadership meeting: counts by department, category
 * and level, a level × category heat map, the 高 points with their supervisors, overdue measures and
 * overdue supervision reviews. Inline CSS only, no scripts, every text escaped. Stateless; {@link
 * #render} may run on any thread.
 */
final class HtmlReport {
  /** The most rows a list shows before saying how many more there are. */
  static final int MAX_ROWS = 50;

  private static final int UNGRADED = 3;

  private final Ledger ledger;
  private final LocalDate today;
  private final Locale locale;
  private final Progress progress;

  HtmlReport(Ledger ledger, LocalDate today, Locale locale, Progress progress) {
    this.ledger = ledger;
    this.today = today;
    this.locale = locale;
    this.progress = progress;
  }

  private String t(String key, Object... arguments) {
    return Cli.text(locale, key, arguments);
  }

  /** Escapes text for HTML element content and quoted attribute values. */
  static String esc(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  private static int column(Optional<RiskLevel> level) {
    return level.map(l -> 3 - l.rank()).orElse(UNGRADED);
  }

  private String levelName(int column) {
    return levelName(column, locale);
  }

  /** The name of a heat-map row: 高, 一般, 低 or not graded (column 3). */
  static String levelName(int column, Locale locale) {
    if (column == UNGRADED) {
      return Cli.text(locale, "level.ungraded");
    }
    return Cli.label(RiskLevel.ofRank(3 - column), locale);
  }

  private String category(RiskCategory c) {
    return Cli.label(c, locale);
  }

  String render() {
    Map<String, int[]> byDepartment = new LinkedHashMap<>();
    String groupRow = t("html.leadership");
    byDepartment.put(groupRow, new int[4]);
    for (Department d : ledger.getDepartments()) {
      byDepartment.put(d.getName(), new int[4]);
    }
    Map<RiskCategory, int[]> byCategory = new EnumMap<>(RiskCategory.class);
    for (RiskCategory c : RiskCategory.values()) {
      byCategory.put(c, new int[4]);
    }
    int[] total = new int[4];
    List<RiskPoint> high = new ArrayList<>();
    List<String[]> overdueMeasures = new ArrayList<>();
    for (RiskPoint p : ledger.getRiskPoints()) {
      int col = column(p.effectiveLevel());
      total[col]++;
      byCategory.computeIfAbsent(p.getCategory(), k -> new int[4])[col]++;
      String dept = ledger.departmentOf(p.getOwner()).map(Department::getName).orElse(groupRow);
      byDepartment.computeIfAbsent(dept, k -> new int[4])[col]++;
      if (p.effectiveLevel().filter(l -> l == RiskLevel.HIGH).isPresent()) {
        high.add(p);
      }
      for (Measure m : p.getMeasures()) {
        if (m.getDeadline().filter(d -> d.isBefore(today)).isPresent()) {
          LocalDate due = m.getDeadline().orElseThrow();
          overdueMeasures.add(
              new String[] {
                owner(p.getOwner()),
                p.getTitle(),
                m.getText(),
                due.toString(),
                Long.toString(ChronoUnit.DAYS.between(due, today)),
                p.getResponsible().map(this::person).orElse("")
              });
        }
      }
      progress.step(1);
    }
    overdueMeasures.sort( // most overdue first
        (a, b) -> Long.compare(Long.parseLong(b[4]), Long.parseLong(a[4])));
    List<ReviewDue> overdueReviews = new ArrayList<>();
    for (ReviewDue r : Supervision.of(ledger, WarningPolicy.defaults()).schedule(today, Map.of())) {
      if (r.isOverdue()) {
        overdueReviews.add(r);
      }
    }
    progress.finish();

    StringBuilder h = new StringBuilder(64 * 1024);
    String title = t("html.title", ledger.getUnit().getName(), ledger.getYear());
    h.append("<!DOCTYPE html>\n<html lang=\"")
        .append(t("html.lang"))
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(esc(title))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<header>\n<h1>")
        .append(esc(title))
        .append("</h1>\n<p class=\"sub\">")
        .append(esc(t("html.asOf", today)))
        .append("</p>\n</header>\n");

    h.append("<section class=\"cards\">\n");
    card(h, t("html.cards.riskPoints"), ledger.getRiskPoints().size(), "");
    card(h, levelName(0), total[0], "high");
    card(h, levelName(1), total[1], "medium");
    card(h, levelName(2), total[2], "low");
    card(h, levelName(UNGRADED), total[UNGRADED], "");
    card(h, t("html.cards.overdueMeasures"), overdueMeasures.size(), "warn");
    card(h, t("html.cards.overdueReviews"), overdueReviews.size(), "warn");
    h.append("</section>\n");

    h.append("<section>\n<h2>").append(esc(t("html.byDepartment"))).append("</h2>\n");
    counts(h, t("html.col.department"), byDepartment);

    h.append("<h2>").append(esc(t("html.byCategory"))).append("</h2>\n");
    Map<String, int[]> cats = new LinkedHashMap<>();
    byCategory.forEach((c, n) -> cats.put(category(c), n));
    counts(h, t("html.col.category"), cats);

    h.append("<h2>").append(esc(t("html.heatMap")));
    h.append("</h2>\n");
    heatMap(h, byCategory);

    h.append("<h2>").append(esc(t("html.highPoints"))).append("</h2>\n");
    highPoints(h, high);

    h.append("<h2>").append(esc(t("html.overdueMeasures"))).append("</h2>\n");
    table(
        h,
        new String[] {
          t("html.col.owner"),
          t("html.col.riskPoint"),
          t("html.col.measure"),
          t("html.col.due"),
          t("html.col.daysLate"),
          t("html.col.responsible")
        },
        overdueMeasures,
        t("html.none.overdueMeasures"));

    h.append("<h2>")
        .append(esc(t("html.overdueReviews")))
        .append("</h2>\n<p class=\"note\">")
        .append(esc(t("html.overdueReviews.note")))
        .append("</p>\n");
    List<String[]> reviews = new ArrayList<>();
    overdueReviews.sort((a, b) -> a.getDueDate().compareTo(b.getDueDate())); // most overdue first
    for (ReviewDue r : overdueReviews) {
      RiskPoint p = ledger.riskPoint(r.getRiskPoint()).orElseThrow();
      reviews.add(
          new String[] {
            owner(p.getOwner()),
            p.getTitle(),
            Cli.label(r.getLevel(), locale),
            r.getSupervisor().map(this::person).orElse(""),
            r.getDueDate().toString(),
            Long.toString(ChronoUnit.DAYS.between(r.getDueDate(), today))
          });
    }
    table(
        h,
        new String[] {
          t("html.col.owner"),
          t("html.col.riskPoint"),
          t("html.col.level"),
          t("html.col.supervisor"),
          t("html.col.dueDate"),
          t("html.col.daysLate")
        },
        reviews,
        t("html.none.overdueReviews"));
    h.append("</section>\n<footer>")
        .append(esc(t("html.footer")))
        .append("</footer>\n</body>\n</html>\n");
    return h.toString();
  }

  /** Writes a figure card: a large number above its label; {@code kind} colours the number. */
  static void card(StringBuilder h, String label, int n, String kind) {
    h.append("<div class=\"card ")
        .append(kind)
        .append("\"><div class=\"n\">")
        .append(n)
        .append("</div><div class=\"l\">")
        .append(esc(label))
        .append("</div></div>\n");
  }

  private void counts(StringBuilder h, String first, Map<String, int[]> rows) {
    h.append("<table class=\"counts\">\n<thead><tr><th>").append(esc(first)).append("</th>");
    for (int c = 0; c < 4; c++) {
      h.append("<th class=\"num\">").append(esc(levelName(c))).append("</th>");
    }
    h.append("<th class=\"num\">")
        .append(esc(t("html.col.total")))
        .append("</th></tr></thead>\n<tbody>\n");
    int[] sum = new int[4];
    rows.forEach(
        (name, n) -> {
          h.append("<tr><td>").append(esc(name)).append("</td>");
          int row = 0;
          for (int c = 0; c < 4; c++) {
            h.append("<td class=\"num\">").append(n[c]).append("</td>");
            row += n[c];
            sum[c] += n[c];
          }
          h.append("<td class=\"num b\">").append(row).append("</td></tr>\n");
        });
    h.append("<tr class=\"total\"><td>").append(esc(t("html.col.total"))).append("</td>");
    int all = 0;
    for (int c = 0; c < 4; c++) {
      h.append("<td class=\"num\">").append(sum[c]).append("</td>");
      all += sum[c];
    }
    h.append("<td class=\"num b\">").append(all).append("</td></tr>\n</tbody>\n</table>\n");
  }

  private void heatMap(StringBuilder h, Map<RiskCategory, int[]> byCategory) {
    heatMap(h, byCategory, locale);
  }

  /**
   * Writes a level × category heat map: a row per level (高, 一般, 低, not graded), a column per
   * category, each cell shaded by its share of the largest count.
   *
   * @param byCategory counts by category, each indexed by heat-map row (0 高 … 3 not graded)
   */
  static void heatMap(StringBuilder h, Map<RiskCategory, int[]> byCategory, Locale locale) {
    int max = 1;
    for (int[] n : byCategory.values()) {
      for (int v : n) {
        max = Math.max(max, v);
      }
    }
    h.append("<table class=\"heat\">\n<thead><tr><th>")
        .append(esc(Cli.text(locale, "html.col.levelByCategory")))
        .append("</th>");
    for (RiskCategory c : RiskCategory.values()) {
      h.append("<th>").append(esc(Cli.label(c, locale))).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (int level = 0; level < 4; level++) {
      h.append("<tr><th>").append(esc(levelName(level, locale))).append("</th>");
      for (RiskCategory c : RiskCategory.values()) {
        heatCell(h, byCategory.getOrDefault(c, new int[4])[level], max, level);
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  /**
   * Writes one heat-map cell: the count on the level's hue (red 高, orange 一般, green 低, grey not
   * graded), the stronger the nearer the count is to {@code max}.
   */
  static void heatCell(StringBuilder h, int n, int max, int level) {
    double share = n / (double) Math.max(1, max);
    int alpha = (int) Math.round(share * 85) + (n > 0 ? 10 : 0);
    String hue =
        level == 0
            ? "192,57,43"
            : level == 1 ? "230,126,34" : level == 2 ? "39,174,96" : "127,140,141";
    h.append("<td style=\"background:rgba(")
        .append(hue)
        .append(",0.")
        .append(String.format(Locale.ROOT, "%02d", Math.min(95, alpha)))
        .append(")\"")
        .append(share > 0.55 ? " class=\"dark\"" : "")
        .append(">")
        .append(n)
        .append("</td>");
  }

  private void highPoints(StringBuilder h, List<RiskPoint> high) {
    List<String[]> rows = new ArrayList<>();
    for (RiskPoint p : high) {
      Optional<SupervisionAssignment> assigned = SupervisionAssignment.of(p, ledger);
      String rule =
          assigned
              .map(
                  a ->
                      Cli.label(a.getRole(), locale)
                          + a.getSupervisor().map(id -> " " + person(id)).orElse(""))
              .orElse("");
      rows.add(
          new String[] {
            owner(p.getOwner()),
            category(p.getCategory()),
            p.getTitle(),
            Integer.toString(p.getMeasures().size()),
            p.getResponsible().map(this::person).orElse(""),
            p.getSupervisor().map(this::person).orElse(""),
            rule
          });
    }
    table(
        h,
        new String[] {
          t("html.col.owner"),
          t("html.col.categoryShort"),
          t("html.col.riskPoint"),
          t("html.col.measures"),
          t("html.col.responsible"),
          t("html.col.supervisingLeader"),
          t("html.col.byLevel")
        },
        rows,
        t("html.none.highPoints"));
  }

  private void table(StringBuilder h, String[] headers, List<String[]> rows, String empty) {
    table(h, headers, rows, empty, locale);
  }

  /**
   * Writes a numbered list table of at most {@link #MAX_ROWS} rows and a line saying how many more
   * there are, or the text for an empty list.
   */
  static void table(
      StringBuilder h, String[] headers, List<String[]> rows, String empty, Locale locale) {
    if (rows.isEmpty()) {
      h.append("<p class=\"empty\">").append(esc(empty)).append("</p>\n");
      return;
    }
    h.append("<table class=\"list\">\n<thead><tr><th class=\"num\">")
        .append(esc(Cli.text(locale, "html.col.number")))
        .append("</th>");
    for (String header : headers) {
      h.append("<th>").append(esc(header)).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    int shown = Math.min(rows.size(), MAX_ROWS);
    for (int i = 0; i < shown; i++) {
      h.append("<tr><td class=\"num\">").append(i + 1).append("</td>");
      for (String cell : rows.get(i)) {
        h.append(cell.length() <= 12 ? "<td class=\"nw\">" : "<td>")
            .append(esc(cell))
            .append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
    if (rows.size() > shown) {
      h.append("<p class=\"more\">")
          .append(esc(Cli.text(locale, "html.more", rows.size() - shown)))
          .append("</p>\n");
    }
  }

  private String person(String id) {
    return ledger.person(id).map(Person::getName).orElse(id);
  }

  private String owner(RiskOwner owner) {
    switch (owner.getScope()) {
      case LEADERSHIP_GROUP:
        return ledger.getLeadershipGroup().getName();
      case LEADER:
        String role =
            ledger.getLeadershipGroup().leader(owner.getId()).map(Leader::getRole).orElse("");
        return person(owner.getId()) + (role.isEmpty() ? "" : "（" + role + "）");
      case DEPARTMENT:
        return ledger.department(owner.getId()).map(Department::getName).orElse(owner.getId());
      default:
        return ledger
            .post(owner.getId())
            .map(
                p ->
                    ledger.department(p.getDepartment()).map(Department::getName).orElse("")
                        + " · "
                        + p.getName())
            .orElse(owner.getId());
    }
  }

  /** The report's style sheet, shared by the command line's HTML reports. */
  static final String CSS =
      """
      * { box-sizing: border-box; }
      body { margin: 0 auto; max-width: 1180px; padding: 24px 32px 48px;
        font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
          "WenQuanYi Micro Hei", sans-serif;
        color: #1f2d3d; background: #fff; font-size: 14px; line-height: 1.5; }
      header { border-bottom: 3px solid #a61b1b; margin-bottom: 20px; }
      h1 { font-size: 26px; margin: 0 0 4px; color: #a61b1b; letter-spacing: 1px; }
      .sub { color: #5a6b7b; margin: 0 0 12px; }
      h2 { font-size: 18px; margin: 28px 0 10px; padding-left: 10px; border-left: 5px solid #a61b1b; }
      .cards { display: flex; flex-wrap: wrap; gap: 12px; }
      .card { flex: 1 1 120px; border: 1px solid #d8dee4; border-radius: 6px; padding: 10px 14px;
        background: #f7f9fa; }
      .card .n { font-size: 28px; font-weight: 700; }
      .card .l { color: #5a6b7b; }
      .card.high .n { color: #c0392b; } .card.medium .n { color: #d35400; }
      .card.low .n { color: #27ae60; } .card.warn .n { color: #8e44ad; }
      table { border-collapse: collapse; width: 100%; margin: 6px 0 4px; }
      th, td { border: 1px solid #c9d1d9; padding: 5px 8px; vertical-align: top; text-align: left; }
      thead th { background: #eef1f4; }
      .num { text-align: right; white-space: nowrap; }
      .nw { white-space: nowrap; }
      .b, .total td { font-weight: 700; }
      .total td { background: #f7f9fa; }
      table.counts { width: auto; min-width: 60%; }
      table.heat { width: auto; }
      table.heat td { text-align: center; min-width: 88px; font-weight: 600; font-size: 16px; }
      table.heat td.dark { color: #fff; }
      table.heat tbody th { background: #eef1f4; }
      .note, .more, .empty { color: #5a6b7b; }
      footer { margin-top: 36px; color: #8a96a3; font-size: 12px; }
      @media print { body { padding: 0; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
      """;
}
