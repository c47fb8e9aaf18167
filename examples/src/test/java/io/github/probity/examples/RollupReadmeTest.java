package io.github.probity.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.excel.RollupWorkbookWriter;
import io.github.probity.json.ProbityJson;
import io.github.probity.json.RollupDirectory;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import io.github.probity.plan.ImplementationPlan;
import io.github.probity.rollup.Rollup;
import io.github.probity.rollup.RollupResult;
import io.github.probity.rollup.SourceFinding;
import io.github.probity.rollup.UnitSummary;
import io.github.probity.testkit.LedgerGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's roll-up snippet, compiled and run on a directory of three generated units. */
class RollupReadmeTest {

  @Test
  void rollsUpADirectoryOfUnits(@TempDir Path dir) throws IOException {
    Path units = Files.createDirectories(dir.resolve("units"));
    for (int i = 1; i <= 3; i++) {
      Ledger l = LedgerGenerator.generate(i, 40);
      Files.write(units.resolve("unit-" + i + ".json"), ProbityJson.strict().writeLedger(l));
      Files.write(
          units.resolve("unit-" + i + ".plan.json"),
          ProbityJson.strict().writePlan(ImplementationPlan.forLedger(l)));
    }
    Files.writeString(units.resolve("unit-4.json"), "{\"format\":\"probity-ledger\"");
    ZoneId shanghai = ZoneId.of("Asia/Shanghai");
    Clock clock =
        Clock.fixed(LocalDate.of(2026, 9, 1).atStartOfDay(shanghai).toInstant(), shanghai);
    Path summary = dir.resolve("汇总表.xlsx");
    List<String> lines = new ArrayList<>();

    // tag::rollup[]
    Rollup rollup = Rollup.start(clock); // days are counted in the clock's zone
    RollupDirectory.standard().read(units, rollup); // one unit in memory at a time
    RollupResult result = rollup.result();

    int high = result.getTotals().count(RiskLevel.HIGH, RiskCategory.DUTY); // 高 × 岗位职责
    for (UnitSummary u : result.lagging()) { // the most overdue first
      lines.add(u.getUnitName() + " 逾期 " + u.getPlan().orElseThrow().daysOverdue() + " 天");
    }
    for (SourceFinding f : result.getFindings()) { // files not taken, never dropped silently
      lines.add(f.describe(Locale.SIMPLIFIED_CHINESE));
    }
    RollupWorkbookWriter.builder().commission("示例区纪委监委").build().write(result, summary);
    // end::rollup[]

    assertThat(result.getUnits()).hasSize(4);
    assertThat(result.withoutLedger()).hasSize(1);
    assertThat(high)
        .isEqualTo(
            result.getUnits().stream()
                .mapToInt(u -> u.getCounts().count(RiskLevel.HIGH, RiskCategory.DUTY))
                .sum());
    assertThat(lines).anyMatch(l -> l.contains("逾期")).anyMatch(l -> l.startsWith("unit-4.json"));
    assertThat(summary).exists();
  }
}
