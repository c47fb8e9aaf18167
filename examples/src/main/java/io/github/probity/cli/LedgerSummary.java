package io.github.probity.cli;

import io.github.probity.model.Department;
import io.github.probity.model.Ledger;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Counts of a ledger — by scope, by department, by category and level — and their rendering. */
final class LedgerSummary {
  private static final String UNGRADED = "待定级";

  private final Ledger ledger;
  private final Map<OwnerScope, Integer> byScope = new EnumMap<>(OwnerScope.class);
  private final Map<RiskCategory, int[]> byCategory = new EnumMap<>(RiskCategory.class);
  private final Map<String, int[]> byDepartment = new LinkedHashMap<>();

  private LedgerSummary(Ledger ledger) {
    this.ledger = ledger;
    for (RiskCategory c : RiskCategory.values()) {
      byCategory.put(c, new int[4]);
    }
    for (Department d : ledger.getDepartments()) {
      byDepartment.put(d.getId(), new int[4]);
    }
    for (RiskPoint p : ledger.getRiskPoints()) {
      int column = column(p.effectiveLevel());
      byScope.merge(p.getOwner().getScope(), 1, Integer::sum);
      counts(byCategory, p.getCategory())[column]++;
      ledger.departmentOf(p.getOwner()).ifPresent(d -> counts(byDepartment, d.getId())[column]++);
    }
  }

  private static <K> int[] counts(Map<K, int[]> map, K key) {
    return map.computeIfAbsent(key, k -> new int[4]);
  }

  static LedgerSummary of(Ledger ledger) {
    return new LedgerSummary(ledger);
  }

  /** Columns: 高, 一般, 低, to be graded. */
  private static int column(Optional<RiskLevel> level) {
    return level.map(l -> 3 - l.rank()).orElse(3);
  }

  int count(RiskCategory category, Optional<RiskLevel> level) {
    return counts(byCategory, category)[column(level)];
  }

  int count(OwnerScope scope) {
    return byScope.getOrDefault(scope, 0);
  }

  String render() {
    StringBuilder out = new StringBuilder();
    out.append(ledger.getUnit().getName())
        .append(' ')
        .append(ledger.getYear())
        .append("年度廉政风险台账 · integrity-risk ledger\n\n");
    out.append(
        String.format(
            "领导班子成员 %d 人，科室 %d 个，岗位 %d 个，人员 %d 人，职权事项 %d 项，风险点 %d 个%n",
            ledger.getLeadershipGroup().getLeaders().size(),
            ledger.getDepartments().size(),
            ledger.getPosts().size(),
            ledger.getPeople().size(),
            ledger.getPowerItems().size(),
            ledger.getRiskPoints().size()));
    out.append("风险点按责任主体：");
    for (OwnerScope s : OwnerScope.values()) {
      out.append(s.displayName()).append(' ').append(count(s)).append("  ");
    }
    out.append("\n\n");
    String[] header = {"风险类别", "高", "一般", "低", UNGRADED, "合计"};
    out.append(row(header));
    int[] total = new int[4];
    for (RiskCategory c : RiskCategory.values()) {
      int[] n = counts(byCategory, c);
      out.append(row(cells(c.displayName(), n)));
      for (int i = 0; i < 4; i++) {
        total[i] += n[i];
      }
    }
    out.append(row(cells("合计", total))).append('\n');
    header[0] = "科室";
    out.append(row(header));
    for (Department d : ledger.getDepartments()) {
      out.append(row(cells(d.getName(), counts(byDepartment, d.getId()))));
    }
    return out.toString();
  }

  private static String[] cells(String first, int[] n) {
    int sum = n[0] + n[1] + n[2] + n[3];
    return new String[] {
      first,
      Integer.toString(n[0]),
      Integer.toString(n[1]),
      Integer.toString(n[2]),
      Integer.toString(n[3]),
      Integer.toString(sum)
    };
  }

  private static String row(String[] cells) {
    StringBuilder line = new StringBuilder(pad(cells[0], 22));
    for (int i = 1; i < cells.length; i++) {
      line.append(pad(cells[i], 8));
    }
    return line.toString().stripTrailing() + "\n";
  }

  /** Pads to a display width, counting CJK characters as two columns. */
  private static String pad(String text, int width) {
    int w =
        text.codePoints()
            .map(cp -> cp >= 0x1100 && Character.isIdeographic(cp) || cp >= 0xFF00 ? 2 : 1)
            .sum();
    return text + " ".repeat(Math.max(1, width - w));
  }
}
