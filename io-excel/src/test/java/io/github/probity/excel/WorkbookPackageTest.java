package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexKind;
import io.github.probity.model.Ledger;
import io.github.probity.testkit.SampleUnit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Written workbooks are plain zips every reader opens, with reproducible bytes. */
class WorkbookPackageTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-06T08:30:00.123Z"), ZoneOffset.UTC);

  private static byte[] annexes(Ledger ledger, AnnexWriter writer) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.writeAnnexes(ledger, out);
    return out.toByteArray();
  }

  @Test
  void theJdksStreamReaderReadsEveryPartAsTheDirectoryDescribesIt(@TempDir Path dir)
      throws IOException {
    byte[] xlsx = annexes(SampleUnit.ledger(), AnnexWriter.standard());
    Map<String, Long> streamed = new HashMap<>();
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        streamed.put(e.getName(), z.transferTo(java.io.OutputStream.nullOutputStream()));
      }
    }
    Path file = Files.write(dir.resolve("a.xlsx"), xlsx);
    Map<String, Long> listed = new HashMap<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      zip.stream().forEach(e -> listed.put(e.getName(), e.getSize()));
    }
    assertThat(streamed).isEqualTo(listed).containsKey("xl/workbook.xml");
    assertThat(AnnexReader.lenient().read(file).getLedger()).isEqualTo(SampleUnit.ledger());
  }

  @Test
  void theDocumentPropertiesNameTheAuthorAndTheClocksTimeNotTheWallClock() throws IOException {
    AnnexWriter writer = AnnexWriter.builder().clock(CLOCK).author("示例区财政局办公室").build();
    byte[] first = annexes(SampleUnit.ledger(), writer);
    String core;
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(first))) {
      ZipEntry e = z.getNextEntry();
      while (!e.getName().equals("docProps/core.xml")) {
        e = z.getNextEntry();
      }
      core = new String(z.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(core)
        .contains("<dc:creator>示例区财政局办公室</dc:creator>")
        .contains(">2026-12-06T08:30:00Z</dcterms:created>");
  }

  @Test
  void rowsStreamedToTheTargetMakeAPackageTheJdksStreamReaderReadsWithTheSameBytesEachTime()
      throws IOException {
    AnnexWriter writer = AnnexWriter.builder().clock(CLOCK).build();
    List<io.github.probity.annex.AnnexRow> rows =
        io.github.probity.annex.AnnexTables.stream(SampleUnit.ledger(), AnnexKind.PERSONAL)
            .toList();
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    writer.writeRows("示例区财政局", AnnexKind.PERSONAL, rows.iterator(), first);
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    writer.writeRows("示例区财政局", AnnexKind.PERSONAL, rows.iterator(), second);
    assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
    Map<String, String> parts = new HashMap<>();
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(first.toByteArray()))) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        parts.put(e.getName(), new String(z.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertThat(parts.get("xl/worksheets/sheet1.xml")).contains("<mergeCells>", "</worksheet>");
    assertThat(parts.get("docProps/core.xml")).contains("2026-12-06T08:30:00Z");
  }

  @Test
  void theSameLedgerAuthorAndClockGiveTheSameBytes() throws IOException {
    AnnexWriter writer = AnnexWriter.builder().clock(CLOCK).author("示例区财政局办公室").build();
    byte[] first = annexes(SampleUnit.ledger(), writer);
    for (int i = 0; i < 5; i++) {
      assertThat(annexes(SampleUnit.ledger(), writer)).isEqualTo(first);
    }
  }

  @Test
  void theArchiveAndWarningLedgerWritersTakeTheirAuthorAndTimeFromTheCaller() throws IOException {
    io.github.probity.archive.Archive archive =
        io.github.probity.archive.Archive.of(
            SampleUnit.ledger(), SampleUnit.ledger().getPosts().get(0).getId(), List.of());
    ByteArrayOutputStream a1 = new ByteArrayOutputStream();
    ByteArrayOutputStream a2 = new ByteArrayOutputStream();
    ArchiveWorkbookWriter archives =
        ArchiveWorkbookWriter.standard().withClock(CLOCK).withAuthor("示例区财政局办公室");
    archives.write(archive, a1);
    archives.write(archive, a2);
    ByteArrayOutputStream w = new ByteArrayOutputStream();
    WarningLedgerWriter.builder()
        .clock(CLOCK)
        .author("示例区纪检组")
        .build()
        .write(SampleUnit.ledger(), List.of(), List.of(), w);

    assertThat(a2.toByteArray()).isEqualTo(a1.toByteArray());
    assertThat(core(a1.toByteArray()))
        .contains("<dc:creator>示例区财政局办公室</dc:creator>")
        .contains(">2026-12-06T08:30:00Z</dcterms:created>");
    assertThat(core(w.toByteArray()))
        .contains("<dc:creator>示例区纪检组</dc:creator>")
        .contains(">2026-12-06T08:30:00Z</dcterms:created>");
  }

  private static String core(byte[] xlsx) throws IOException {
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        if (e.getName().equals("docProps/core.xml")) {
          return new String(z.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no docProps/core.xml");
  }

  @Test
  void mergedRangesAreListedInSheetOrder() throws IOException {
    byte[] xlsx = annexes(SampleUnit.ledger(), AnnexWriter.builder().clock(CLOCK).build());
    List<int[]> ranges = new java.util.ArrayList<>();
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        if (e.getName().startsWith("xl/worksheets/sheet")) {
          String xml = new String(z.readAllBytes(), StandardCharsets.UTF_8);
          java.util.regex.Matcher m =
              java.util.regex.Pattern.compile("<mergeCell ref=\"([A-Z]+)(\\d+):").matcher(xml);
          List<int[]> sheet = new java.util.ArrayList<>();
          while (m.find()) {
            sheet.add(new int[] {Integer.parseInt(m.group(2)), m.group(1).charAt(0)});
          }
          assertThat(sheet)
              .as(e.getName())
              .isSortedAccordingTo(
                  java.util.Comparator.<int[]>comparingInt(r -> r[0]).thenComparingInt(r -> r[1]));
          ranges.addAll(sheet);
        }
      }
    }
    assertThat(ranges).hasSizeGreaterThan(20);
  }

  @Test
  void annexFourNamesTheAuthorAndTheClocksTime() throws IOException {
    AnnexWriter writer = AnnexWriter.builder().clock(CLOCK).author("示例区财政局办公室").build();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    writer.writePlan(SampleUnit.plan(), out);
    String core;
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
      ZipEntry e = z.getNextEntry();
      while (!e.getName().equals("docProps/core.xml")) {
        e = z.getNextEntry();
      }
      core = new String(z.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(core)
        .contains("<dc:creator>示例区财政局办公室</dc:creator>")
        .contains(">2026-12-06T08:30:00Z</dcterms:created>");
  }

  @Test
  void writtenFilesGetANewFilesPermissionsNotATemporaryFilesOwnerOnlyOnes(@TempDir Path dir)
      throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    Path plain = Files.createFile(dir.resolve("plain.txt"));
    java.util.Set<java.nio.file.attribute.PosixFilePermission> expected =
        Files.getPosixFilePermissions(plain);

    List<Path> files = AnnexWriter.standard().writeAnnexFiles(SampleUnit.ledger(), dir);
    Path filled = dir.resolve("已填.xlsx");
    AnnexTemplate.of(AnnexTemplateTest.districtDepartmentTemplate())
        .fill(SampleUnit.ledger(), filled);

    for (Path f : List.of(files.get(0), files.get(2), filled)) {
      assertThat(Files.getPosixFilePermissions(f)).as(f.toString()).isEqualTo(expected);
    }
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).noneMatch(p -> p.getFileName().toString().endsWith(".part"));
    }
  }

  @Test
  void annexFilesAreMovedIntoPlaceWhole(@TempDir Path dir) throws IOException {
    List<Path> files = AnnexWriter.standard().writeAnnexFiles(SampleUnit.ledger(), dir);
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).containsExactlyInAnyOrderElementsOf(files);
    }
    for (Path f : files) {
      assertThat(AnnexReader.lenient().read(f).getTables()).hasSize(1);
    }
    assertThat(files.get(2).getFileName().toString())
        .isEqualTo(AnnexKind.PERSONAL.sheetName() + ".xlsx");
  }
}
