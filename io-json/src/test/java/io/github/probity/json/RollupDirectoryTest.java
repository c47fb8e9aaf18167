package io.github.probity.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.finding.Finding;
import io.github.probity.model.Ledger;
import io.github.probity.plan.ImplementationPlan;
import io.github.probity.rollup.Rollup;
import io.github.probity.rollup.RollupProblemCode;
import io.github.probity.rollup.RollupResult;
import io.github.probity.rollup.SourceFinding;
import io.github.probity.rollup.UnitSubmission;
import io.github.probity.rollup.UnitSummary;
import io.github.probity.testkit.ArchiveGenerator;
import io.github.probity.testkit.CaseGenerator;
import io.github.probity.testkit.LedgerGenerator;
import io.github.probity.warning.CaseBook;
import io.github.probity.warning.WarningPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RollupDirectoryTest {
  private static final ProbityJson JSON = ProbityJson.strict();
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-09-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  private static List<String> codes(RollupResult r, String source) {
    return r.getFindings().stream()
        .filter(f -> f.source().equals(source))
        .map(f -> f.finding().getCode().code())
        .toList();
  }

  @Test
  void unitsAreSubdirectoriesOrFilesSharingANameAndBadFilesAreReportedNotDropped(@TempDir Path dir)
      throws IOException {
    Ledger a = LedgerGenerator.generate(1, 30);
    CaseBook book = CaseGenerator.generate(1, a, 40, WarningPolicy.defaults());
    Path unitA = Files.createDirectory(dir.resolve("区财政局"));
    Files.write(unitA.resolve("ledger.json"), JSON.writeLedger(a));
    Files.write(unitA.resolve("plan.json"), JSON.writePlan(ImplementationPlan.forLedger(a)));
    Files.write(unitA.resolve("cases.json"), JSON.writeCases(book));
    Files.writeString(unitA.resolve("说明.txt"), "附件另行报送");

    Ledger b = LedgerGenerator.generate(2, 20);
    Files.write(dir.resolve("区审计局.json"), JSON.writeLedger(b));
    Files.write(dir.resolve("区审计局.plan.json"), JSON.writePlan(ImplementationPlan.forLedger(b)));

    Files.writeString(
        dir.resolve("区教育局.json"), "{\"format\":\"probity-ledger\",", StandardCharsets.UTF_8);
    Files.write(dir.resolve("区教育局.plan.json"), JSON.writePlan(ImplementationPlan.forLedger(b)));
    Files.write(dir.resolve("区卫健委.json"), JSON.writeArchive(ArchiveGenerator.archive(3)));

    Path unitE = Files.createDirectory(dir.resolve("区民政局"));
    Files.write(unitE.resolve("a.json"), JSON.writeLedger(b));
    Files.write(unitE.resolve("b.json"), JSON.writeLedger(a));
    Files.writeString(dir.resolve(".DS_Store"), "x");

    Rollup rollup = Rollup.start(CLOCK);
    int units = RollupDirectory.standard().read(dir, rollup);
    RollupResult r = rollup.result();

    assertThat(units).isEqualTo(5);
    assertThat(r.getUnits())
        .extracting(u -> u.getSource().orElseThrow())
        .containsExactly("区卫健委", "区审计局", "区教育局", "区民政局", "区财政局");
    UnitSummary fin = r.getUnits().get(4);
    assertThat(fin)
        .isEqualTo(
            Rollup.start(CLOCK)
                .summarise(
                    UnitSubmission.builder()
                        .source("区财政局")
                        .ledger(a)
                        .plan(ImplementationPlan.forLedger(a))
                        .cases(book.cases())
                        .build()));
    assertThat(r.getUnits().get(1).getPlan()).isPresent();
    assertThat(r.getUnits().get(1).riskPoints()).isEqualTo(20);
    assertThat(r.getUnits().get(3).riskPoints()).isEqualTo(20);
    assertThat(r.withoutLedger())
        .extracting(u -> u.getSource().orElseThrow())
        .containsExactly("区卫健委", "区教育局");

    assertThat(codes(r, "区财政局/说明.txt")).containsExactly("ROLLUP_NOT_TAKEN");
    assertThat(codes(r, "区教育局.json")).startsWith("ROLLUP_REJECTED").hasSizeGreaterThan(1);
    assertThat(codes(r, "区教育局")).containsExactly("ROLLUP_NO_LEDGER");
    assertThat(codes(r, "区卫健委.json")).containsExactly("ROLLUP_NOT_TAKEN");
    assertThat(codes(r, "区民政局/b.json")).containsExactly("ROLLUP_DUPLICATE");
    assertThat(codes(r, "区审计局.json")).isEmpty();
    SourceFinding truncated =
        r.getFindings().stream()
            .filter(f -> f.source().equals("区教育局.json"))
            .skip(1)
            .findFirst()
            .orElseThrow();
    assertThat(truncated.finding().getLocation())
        .isInstanceOf(io.github.probity.finding.Location.JsonPointer.class);
    assertThat(truncated.describe(Locale.ENGLISH)).startsWith("区教育局.json ");
    assertThat(r.getFindings())
        .extracting(SourceFinding::finding)
        .extracting(Finding::getCode)
        .contains(RollupProblemCode.REJECTED, RollupProblemCode.DUPLICATE);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aDirectoryRollsUpAsTheSameDocumentsAddedInMemory(long seed, @TempDir Path dir)
      throws IOException {
    Rollup expected = Rollup.start(CLOCK);
    for (int i = 0; i < 3; i++) {
      Ledger l = LedgerGenerator.generate(seed * 3 + i, 5 + (int) ((seed + i) % 20));
      String name = "U" + i;
      Files.write(dir.resolve(name + ".json"), JSON.writeLedger(l));
      UnitSubmission.Builder s = UnitSubmission.builder().source(name).ledger(l);
      if ((seed + i) % 2 == 0) {
        ImplementationPlan p = ImplementationPlan.forLedger(l);
        Files.write(dir.resolve(name + ".plan.json"), JSON.writePlan(p));
        s.plan(p);
      }
      expected.add(s.build());
    }
    Rollup actual = Rollup.start(CLOCK);
    RollupDirectory.standard().read(dir, actual);

    assertThat(actual.result()).isEqualTo(expected.result());
  }
}
