package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.archive.DisclosureKind;
import io.github.probity.archive.DisclosureRegistration;
import io.github.probity.archive.DisclosureView;
import io.github.probity.archive.RedactionPolicy;
import io.github.probity.model.Ledger;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.Person;
import io.github.probity.model.RiskCategory;
import io.github.probity.testkit.LedgerGenerator;
import io.github.probity.testkit.SampleUnit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The disclosure export: every part of the xlsx, unzipped, is free of redacted names. */
class DisclosureWorkbookTest {
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-06-15T01:30:00Z"), ZoneId.of("Asia/Shanghai"));

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  static byte[] export(Ledger ledger, RedactionPolicy policy) throws IOException {
    DisclosureView view = DisclosureView.of(ledger, policy);
    DisclosureRegistration reg =
        view.register(
            DisclosureKind.GOVERNMENT_AFFAIRS,
            "社会公众",
            "门户网站",
            Optional.of(LocalDate.of(2026, 7, 15)),
            ledger.getLeadershipGroup().getLeaders().get(0).getPersonId(),
            CLOCK);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DisclosureWorkbookWriter.standard().write(view, reg, out);
    return out.toByteArray();
  }

  /** Every entry of the zip, decompressed, as text with XML character references decoded. */
  static String unzipped(byte[] xlsx) throws IOException {
    StringBuilder all = new StringBuilder();
    java.util.Map<String, byte[]> entries = Zips.entries(xlsx);
    for (byte[] data : entries.values()) {
      all.append(Zips.unescapeXml(new String(data, StandardCharsets.UTF_8))).append('\n');
    }
    assertThat(entries).hasSizeGreaterThan(3).containsKey("xl/worksheets/sheet1.xml");
    return all.toString();
  }

  @Test
  void theRegisterPrintsDatesTheChineseWayInTheUnitsZoneAndTheSameBytesForAFixedClock()
      throws IOException {
    Ledger ledger = SampleUnit.ledger();
    DisclosureView view = DisclosureView.of(ledger, RedactionPolicy.standard());
    DisclosureRegistration reg =
        view.register(
            DisclosureKind.PARTY_AFFAIRS,
            "局机关全体干部",
            "公开栏",
            Optional.of(LocalDate.of(2026, 6, 30)),
            "李华",
            CLOCK);
    DisclosureWorkbookWriter writer =
        DisclosureWorkbookWriter.standard()
            .withClock(Clock.fixed(Instant.parse("2026-06-16T00:00:00Z"), ZoneId.of("UTC")));
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    writer.write(view, reg, first);
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    writer.write(view, reg, second);
    ByteArrayOutputStream utc = new ByteArrayOutputStream();
    writer.withZone(ZoneId.of("UTC")).write(view, reg, utc);

    assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
    assertThat(unzipped(first.toByteArray()))
        .contains("2026年6月15日 9:30", "2026年6月30日", "李华")
        .doesNotContain("2026-06-15T");
    assertThat(unzipped(utc.toByteArray())).contains("2026年6月15日 1:30");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void noRedactedNameAppearsAnywhereInTheExportedWorkbook(long seed) throws IOException {
    Ledger ledger = LedgerGenerator.generate(seed);

    String text = unzipped(export(ledger, RedactionPolicy.standard()));

    assertThat(text).contains(ledger.getUnit().getName());
    for (Person p : ledger.getPeople()) {
      assertThat(text).doesNotContain(p.getName());
    }
  }

  @Test
  void theSampleUnitsExportHasNoNameNoContactDataAndNoWithheldPoint() throws IOException {
    Ledger ledger = SampleUnit.ledger();
    RedactionPolicy policy =
        RedactionPolicy.builder()
            .addWithheldCategories(RiskCategory.EXTERNAL)
            .addWithheldScopes(OwnerScope.LEADER)
            .build();

    String text = unzipped(export(ledger, policy));
    String disclosed = DisclosureView.of(ledger, policy).text();

    for (Person p : ledger.getPeople()) {
      assertThat(text).doesNotContain(p.getName());
    }
    ledger.getRiskPoints().stream()
        .filter(
            rp ->
                rp.getCategory() == RiskCategory.EXTERNAL
                    || rp.getOwner().getScope() == OwnerScope.LEADER)
        .filter(rp -> !disclosed.contains(rp.getTitle())) // not also the text of a disclosed one
        .forEach(rp -> assertThat(text).doesNotContain(rp.getTitle()));
    assertThat(text).contains("公开登记", "门户网站", "不予公开条数");
  }

  @Test
  void contactDataInFreeTextsIsDropped() throws IOException {
    Ledger ledger = SampleUnit.ledger();
    io.github.probity.model.RiskPoint first = ledger.getRiskPoints().get(0);
    Ledger withContacts =
        Ledger.builder()
            .from(ledger)
            .riskPoints(
                ledger.getRiskPoints().stream()
                    .map(
                        rp ->
                            rp.getId().equals(first.getId())
                                ? io.github.probity.model.RiskPoint.builder()
                                    .from(rp)
                                    .manifestation("请联系13812345678或wang@example.gov.cn")
                                    .build()
                                : rp)
                    .toList())
            .build();

    String text = unzipped(export(withContacts, RedactionPolicy.standard()));

    assertThat(text).doesNotContain("13812345678", "wang@example.gov.cn").contains("联系方式已删除");
  }
}
