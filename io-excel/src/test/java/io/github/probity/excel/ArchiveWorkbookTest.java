package io.github.probity.excel;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.archive.Archive;
import io.github.probity.archive.ArchiveHistory;
import io.github.probity.testkit.ArchiveGenerator;
import io.github.probity.testkit.SampleUnit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ArchiveWorkbookTest {
  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  static byte[] write(List<Archive> archives) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ArchiveWorkbookWriter.standard().write(archives, out);
    return out.toByteArray();
  }

  static ArchiveReadResult read(byte[] bytes) throws IOException {
    return ArchiveWorkbookReader.standard().read(new ByteArrayInputStream(bytes));
  }

  /** The sheet parts of a workbook, by entry name. */
  static List<String> sheetXml(byte[] xlsx) throws IOException {
    List<String> out = new ArrayList<>();
    for (java.util.Map.Entry<String, byte[]> e : Zips.entries(xlsx).entrySet()) {
      if (e.getKey().startsWith("xl/worksheets/sheet")) {
        out.add(new String(e.getValue(), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void archiveWorkbooksReadBackIntoEqualArchivesOneSheetPerYear(long seed) throws IOException {
    ArchiveHistory history = ArchiveGenerator.history(seed);
    Archive current = history.current().getContent();
    Archive lastYear =
        Archive.builder()
            .from(history.getRevisions().get(0).getContent())
            .year(current.getYear() - 1)
            .build();

    ArchiveReadResult back = read(write(List.of(current, lastYear)));

    assertThat(back.problems()).isEmpty();
    assertThat(back.isClean()).isTrue();
    assertThat(back.archives()).containsExactly(lastYear, current);
  }

  @Test
  void aSmallArchivePrintsOnA4LandscapeOnePageWideAtNineOrMorePoints() throws IOException {
    Archive smallest =
        Archive.allOf(SampleUnit.ledger(), List.of()).stream()
            .min(java.util.Comparator.comparingInt(a -> a.getRiskPoints().size()))
            .orElseThrow();
    Archive archive =
        Archive.builder()
            .from(smallest)
            .riskPoints( // one point, without its meeting decision: a small archive
                List.of(
                    io.github.probity.model.RiskPoint.builder()
                        .from(smallest.getRiskPoints().get(0))
                        .decision(java.util.Optional.empty())
                        .build()))
            .meetings(List.of())
            .people(List.of())
            .build();

    byte[] xlsx = write(List.of(archive));
    List<String> sheets = sheetXml(xlsx);

    assertThat(sheets).hasSize(1);
    // its eleven sections are taller than a page at 9 pt: it runs on, not shrunk onto one page
    assertThat(sheets.get(0))
        .contains("paperSize=\"9\"")
        .contains("orientation=\"landscape\"")
        .contains("fitToWidth=\"1\"")
        .contains("fitToHeight=\"0\"")
        .contains("&amp;P", "&amp;N");
    PrintedFontSizeTest.assertPrintsAtNineOrMore(xlsx, "small archive");
  }

  @Test
  void aLongArchiveRunsOnAsManyPagesAsItNeeds() throws IOException {
    Archive big =
        Archive.allOf(SampleUnit.ledger(), List.of()).stream()
            .max(java.util.Comparator.comparingInt(a -> a.getRiskPoints().size()))
            .orElseThrow();
    List<String> duties = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      duties.add("岗位职责第" + i + "项：负责有关业务的审核、登记与归档工作");
    }
    Archive longer =
        Archive.builder()
            .from(big)
            .post(io.github.probity.model.Post.builder().from(big.getPost()).duties(duties).build())
            .build();

    byte[] bytes = write(List.of(longer));

    String sheet = sheetXml(bytes).get(0);
    assertThat(sheet).contains("fitToHeight=\"0\"");
    // its pages break where the sheet says, the breaks after the page set-up as the schema wants
    assertThat(sheet).containsPattern("<rowBreaks count=\"(\\d+)\" manualBreakCount=\"\\1\">");
    assertThat(sheet.indexOf("<rowBreaks")).isGreaterThan(sheet.indexOf("<pageSetup"));
    assertThat(sheet).contains("</rowBreaks></worksheet>");
    assertThat(read(bytes).archives()).containsExactly(longer);
  }

  @Test
  void theSampleUnitsArchivesRoundTrip() throws IOException {
    for (Archive a : Archive.allOf(SampleUnit.ledger(), List.of())) {
      assertThat(read(write(List.of(a))).archives()).containsExactly(a);
    }
  }

  @Test
  void theArchiveSheetNamesPeopleAndFilesTheMeetingsThatDecidedItsLevels() throws IOException {
    io.github.probity.model.Ledger ledger = SampleUnit.ledger();
    Archive a =
        Archive.allOf(ledger, List.of()).stream()
            .filter(x -> !x.getMeetings().isEmpty())
            .findFirst()
            .orElseThrow();
    byte[] bytes = write(List.of(a));
    StringBuilder parts = new StringBuilder();
    for (byte[] part : Zips.entries(bytes).values()) {
      parts.append(new String(part, StandardCharsets.UTF_8));
    }
    // the writer escapes characters beyond ASCII as numeric references
    String xml =
        java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);")
            .matcher(parts)
            .replaceAll(m -> Character.toString(Integer.parseInt(m.group(1), 16)));

    io.github.probity.model.RiskPoint rp = a.getRiskPoints().get(0);
    String supervisor = rp.getSupervisor().orElseThrow();
    assertThat(xml)
        .contains(ledger.person(supervisor).orElseThrow().getName())
        .contains(">" + a.nameOf(supervisor) + "<") // the supervisor printed by name
        .contains("十二、集体研究定级会议记录", a.getMeetings().get(0).getReference(), "十三、相关人员");
    for (io.github.probity.model.Meeting m : a.getMeetings()) {
      assertThat(ledger.decidedAt(m.getReference())).anyMatch(p -> a.getRiskPoints().contains(p));
    }
    assertThat(read(bytes).archives()).containsExactly(a);
  }

  @Test
  void twoPeopleOfOneNameAreToldApartByTitleOrElseById() {
    io.github.probity.model.Person one =
        io.github.probity.model.Person.builder().id("P-1").name("张明").title("科员").build();
    io.github.probity.model.Person two =
        io.github.probity.model.Person.builder().id("P-2").name("张明").title("副局长").build();
    io.github.probity.model.Person three =
        io.github.probity.model.Person.builder().id("P-3").name("张明").title("科员").build();
    Archive a =
        Archive.builder()
            .from(Archive.allOf(SampleUnit.ledger(), List.of()).get(0))
            .people(List.of(one, two))
            .build();

    assertThat(a.nameOf("P-1")).isEqualTo("张明（科员）");
    assertThat(a.nameOf("P-2")).isEqualTo("张明（副局长）");
    assertThat(a.nameOf("P-404")).isEqualTo("P-404");
    Archive clash = Archive.builder().from(a).people(List.of(one, two, three)).build();
    assertThat(clash.nameOf("P-1")).isEqualTo("张明（P-1）");
    assertThat(clash.nameOf("P-2")).isEqualTo("张明（副局长）");
  }

  @Test
  void aWorkbookThatIsNoArchiveIsReportedNotDropped() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AnnexWriter.standard().writeAnnexes(SampleUnit.ledger(), out);

    ArchiveReadResult result = read(out.toByteArray());

    assertThat(result.archives()).isEmpty();
    assertThat(result.problems())
        .hasSize(3)
        .allMatch(
            p ->
                p.getCode() == ProblemCode.NO_TABLE_FOUND
                    && ReadFindings.at(p).sheet().isPresent());
  }

  @Test
  void datesAndTimesPrintTheChineseWayAndEarlierIsoSheetsStillRead() throws IOException {
    Archive dated = withOnePledgeOn28February();
    byte[] written = write(List.of(dated));
    String sheet = new String(Zips.entries(written).get("xl/worksheets/sheet1.xml"), UTF_8);
    assertThat(Zips.unescapeXml(sheet)).contains("2026年2月28日").doesNotContain("2026-02-28");

    byte[] iso = replaceInSheet(written, "2026年2月28日", "2026-02-28");

    assertThat(read(iso).archives()).containsExactly(dated);
    assertThat(
            ArchiveLayout.parseTime(
                ArchiveLayout.time(java.time.Instant.parse("2026-03-15T01:30:05.123Z"))))
        .isEqualTo(java.time.Instant.parse("2026-03-15T01:30:05.123Z"));
    assertThat(ArchiveLayout.time(java.time.Instant.parse("2026-03-15T01:30:05Z")))
        .isEqualTo("2026年3月15日 9:30:05 UTC+08:00");
  }

  @Test
  void aRowThatCannotBeReadIsReportedWithItsLocation() throws IOException {
    // a pledge dated on no calendar day, once the sheet is edited
    Archive broken = withOnePledgeOn28February();
    byte[] edited = replaceInSheet(write(List.of(broken)), "2026年2月28日", "2026年2月30日");

    ArchiveReadResult result = read(edited);

    assertThat(result.isClean()).isFalse();
    assertThat(result.problems())
        .anySatisfy(
            p -> {
              assertThat(p.getCode()).isEqualTo(ProblemCode.INVALID_ROW);
              assertThat(p.getLocation().text()).startsWith("2026年!");
            });
  }

  /** A generated archive whose only pledge, by its first holder, is dated 2026-02-28. */
  private static Archive withOnePledgeOn28February() {
    Archive archive = ArchiveGenerator.archive(5);
    return Archive.builder()
        .from(archive)
        .pledges(
            List.of(
                io.github.probity.archive.IntegrityPledge.builder()
                    .personId(archive.getPost().getHolders().get(0))
                    .date(java.time.LocalDate.of(2026, 2, 28))
                    .build()))
        .build();
  }

  /** Text as the sheet's XML has it when characters beyond ASCII are written as references. */
  private static String escaped(String text, String hex) {
    StringBuilder s = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> s.append(c < 128 ? Character.toString(c) : "&#x" + String.format(hex, c) + ";"));
    return s.toString();
  }

  /** Rewrites the workbook with one text replaced in its sheet parts. */
  static byte[] replaceInSheet(byte[] xlsx, String from, String to) throws IOException {
    return Zips.rewrite(
        xlsx,
        name ->
            name.startsWith("xl/worksheets/sheet")
                ? data ->
                    new String(data, StandardCharsets.UTF_8)
                        .replace(from, to)
                        .replace(escaped(from, "%x"), escaped(to, "%x"))
                        .replace(escaped(from, "%X"), escaped(to, "%X"))
                        .getBytes(StandardCharsets.UTF_8)
                : data -> data);
  }
}
