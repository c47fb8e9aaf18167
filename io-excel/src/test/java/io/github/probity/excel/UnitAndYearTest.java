package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.model.Ledger;
import io.github.probity.model.Unit;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * A ledger read from tables gets its unit and year from the call, the file, or a reported default.
 */
class UnitAndYearTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-06-30T00:00:00Z"), ZoneOffset.UTC);

  private static byte[] table(String... titles) {
    Books b = new Books();
    Books.SheetSpec s = b.sheet("Sheet1");
    for (String t : titles) {
      s.row(t);
    }
    s.row("科室", "廉政风险点", "风险等级").row("财务科", "违规报销", "高");
    return b.xlsx();
  }

  private static AnnexReader reader() {
    return AnnexReader.builder().clock(CLOCK).build();
  }

  @Test
  void whatNeitherTheCallNorTheFileGivesIsDefaultedAndReported() throws IOException {
    AnnexReadResult read = reader().read(new ByteArrayInputStream(table()));
    Ledger ledger = read.getLedger();
    assertThat(ledger.getUnit().getCode()).isEqualTo(AnnexReader.DEFAULT_UNIT_CODE);
    assertThat(ledger.getUnit().getName()).isEqualTo("未命名单位");
    assertThat(ledger.getYear()).isEqualTo(2026);
    assertThat(read.getProblems())
        .filteredOn(p -> p.getCode() == ProblemCode.VALUE_DEFAULTED)
        .extracting(p -> ReadFindings.at(p).rawValue().orElseThrow())
        .containsExactly("单位名称=未命名单位", "单位代码=UNIT", "年度=2026");
  }

  @Test
  void theFilesTitlesGiveTheUnitAndYearAndOnlyTheCodeIsDefaulted() throws IOException {
    AnnexReadResult read = reader().read(new ByteArrayInputStream(table("示例区财政局2025年度廉政风险点一览表")));
    assertThat(read.getLedger().getYear()).isEqualTo(2025);
    assertThat(read.getProblems())
        .filteredOn(p -> p.getCode() == ProblemCode.VALUE_DEFAULTED)
        .extracting(p -> ReadFindings.at(p).rawValue().orElseThrow())
        .containsExactly("单位代码=UNIT");
  }

  @Test
  void oneReaderServesEveryUnitWithTheUnitAndYearGivenPerCall() throws IOException {
    AnnexReader shared = reader();
    byte[] file = table("某某局2025年度廉政风险点一览表");
    Unit a = Unit.builder().code("1101").name("甲区财政局").build();
    Unit b = Unit.builder().code("1102").name("乙区财政局").build();
    AnnexReadResult readA = shared.read(new ByteArrayInputStream(file), a, 2027);
    AnnexReadResult readB = shared.read(new ByteArrayInputStream(file), b, 2028);
    assertThat(readA.getLedger().getUnit()).isEqualTo(a);
    assertThat(readA.getLedger().getYear()).isEqualTo(2027);
    assertThat(readB.getLedger().getUnit()).isEqualTo(b);
    assertThat(readB.getLedger().getYear()).isEqualTo(2028);
    assertThat(readA.getProblems()).noneMatch(p -> p.getCode() == ProblemCode.VALUE_DEFAULTED);
  }
}
