package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.excel.WorkbookRejectedException.Reason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files built to hurt a reader. The build runs this class in its own JVM with -Xmx64m: each refusal
 * must come in bounded memory.
 */
class HostileFilesTest {
  static final String SHEET_HEAD =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
  static final String SHEET_ROWS =
      "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>科室</t></is></c>"
          + "<c r=\"B1\" t=\"inlineStr\"><is><t>风险点</t></is></c></row>"
          + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>办公室</t></is></c>"
          + "<c r=\"B2\" t=\"inlineStr\"><is><t>公车私用</t></is></c></row>";
  static final String SHEET_TAIL = "</sheetData></worksheet>";

  /** The parts of a minimal valid xlsx with one sheet. */
  static Map<String, byte[]> parts(String sheetXml) {
    Map<String, byte[]> p = new LinkedHashMap<>();
    p.put(
        "[Content_Types].xml",
        bytes(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "</Types>"));
    p.put(
        "_rels/.rels",
        bytes(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>"));
    p.put(
        "xl/workbook.xml",
        bytes(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"科室\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
    p.put(
        "xl/_rels/workbook.xml.rels",
        bytes(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "</Relationships>"));
    p.put("xl/worksheets/sheet1.xml", bytes(sheetXml));
    return p;
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] zip(Map<String, byte[]> parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : parts.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /**
   * A zip whose one entry is a sheet padded, inside its sheet data, with {@code padding} bytes made
   * of {@code unit} repeated: tiny packed.
   */
  static void bomb(Path file, String entry, long padding, String unit) throws IOException {
    Map<String, byte[]> p = parts(SHEET_HEAD + SHEET_ROWS + SHEET_TAIL);
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : p.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        if (e.getKey().equals(entry)) {
          z.write(bytes(SHEET_HEAD));
          byte[] block = bytes(unit.repeat((1 << 20) / unit.length()));
          for (long n = 0; n < padding; n += block.length) {
            z.write(block);
          }
          z.write(bytes(SHEET_ROWS + SHEET_TAIL));
        } else {
          z.write(e.getValue());
        }
        z.closeEntry();
      }
    }
  }

  private static AnnexReadResult read(byte[] book) throws IOException {
    return AnnexReader.lenient().read(new ByteArrayInputStream(book));
  }

  private static void refused(ThrowingCallable call, Reason reason) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            WorkbookRejectedException.class, ex -> assertThat(ex.getReason()).isEqualTo(reason));
  }

  @Test
  void theMinimalWorkbookIsRead() throws IOException {
    AnnexReadResult r = read(zip(parts(SHEET_HEAD + SHEET_ROWS + SHEET_TAIL)));
    assertThat(r.getRows())
        .singleElement()
        .satisfies(row -> assertThat(row.getRow().getTitle()).isEqualTo("公车私用"));
  }

  @Test
  void refusesAnEntryThatInflatesFarBeyondItsSize(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bomb.xlsx");
    bomb(file, "xl/worksheets/sheet1.xml", 300L << 20, "<x/>");
    assertThat(Files.size(file)).isLessThan(1 << 20);
    Properties before = (Properties) System.getProperties().clone();
    refused(() -> AnnexReader.lenient().read(file), Reason.ZIP_BOMB);
    assertThat(System.getProperties()).isEqualTo(before);
  }

  @Test
  void refusesATextRunLongerThanAnyCellCanHoldBeforeParsingIt(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("long-text.xlsx");
    bomb(file, "xl/worksheets/sheet1.xml", 200L << 20, "中");
    assertThatThrownBy(() -> AnnexReader.lenient().read(file))
        .isInstanceOfSatisfying(
            WorkbookRejectedException.class,
            ex -> {
              assertThat(ex.getReason()).isEqualTo(Reason.LIMIT_EXCEEDED);
              assertThat(ex.getMessage()).contains("sheet1.xml", "32767 characters");
            });
  }

  @Test
  void refusesAnEntryLargerThanTheCallersLimit() throws IOException {
    byte[] book = zip(parts(SHEET_HEAD + SHEET_ROWS + SHEET_TAIL));
    ReadLimits small = ReadLimits.builder().maxEntryBytes(200).build();
    refused(
        () -> AnnexReader.builder().limits(small).build().read(new ByteArrayInputStream(book)),
        Reason.ZIP_BOMB);
    // the same file passes with the defaults: limits are per call, nothing global changed
    assertThat(read(book).getRows()).hasSize(1);
  }

  @Test
  void refusesDoctypeAndExternalEntities() throws IOException {
    Map<String, byte[]> xxe = parts(SHEET_HEAD + SHEET_ROWS + SHEET_TAIL);
    xxe.put(
        "xl/workbook.xml",
        bytes(
            "<?xml version=\"1.0\"?><!DOCTYPE workbook [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets>&xxe;</sheets></workbook>"));
    refused(() -> read(zip(xxe)), Reason.DOCTYPE);
    String laughs =
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>";
    refused(() -> read(zip(parts(laughs))), Reason.DOCTYPE);
  }

  @Test
  void refusesEntityReferencesWithoutDeclarationsInSheets() throws IOException {
    String inText = SHEET_HEAD + SHEET_ROWS.replace("公车私用", "&xxe;") + SHEET_TAIL;
    assertThatThrownBy(() -> read(zip(parts(inText))))
        .isInstanceOfSatisfying(
            WorkbookRejectedException.class,
            ex -> assertThat(ex.getReason()).isIn(Reason.DOCTYPE, Reason.MALFORMED))
        .hasMessageContaining("xxe");
    String inAttribute = SHEET_HEAD + SHEET_ROWS.replace("r=\"A2\"", "r=\"&xxe;\"") + SHEET_TAIL;
    assertThatThrownBy(() -> read(zip(parts(inAttribute))))
        .isInstanceOfSatisfying(
            WorkbookRejectedException.class,
            ex -> assertThat(ex.getReason()).isIn(Reason.DOCTYPE, Reason.MALFORMED));
  }

  @Test
  void refusesFilesThatAreNotWorkbooks() throws IOException {
    refused(() -> read(new byte[0]), Reason.NOT_A_WORKBOOK);
    refused(() -> read(bytes("序号,科室,风险点\n1,办公室,公车私用\n")), Reason.NOT_A_WORKBOOK);
    refused(() -> read(bytes("%PDF-1.7 not a workbook")), Reason.NOT_A_WORKBOOK);
    refused(() -> read(zip(Map.of("readme.txt", bytes("hello")))), Reason.NOT_A_WORKBOOK);
  }

  @Test
  void refusesEncryptedWorkbooksGivenAsXlsx(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("secret.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(new byte[64]), "EncryptionInfo");
      fs.createDocument(new ByteArrayInputStream(new byte[4096]), "EncryptedPackage");
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }
    refused(() -> AnnexReader.lenient().read(file), Reason.ENCRYPTED);
    // without POI on the class path, the container is still recognised as encrypted
    assertThat(WorkbookSource.looksEncrypted(file)).isTrue();
  }

  @Test
  void refusesTruncatedFiles() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AnnexWriter.standard().writeAnnexes(Fixtures.sample(), out);
    byte[] whole = out.toByteArray();
    refused(() -> read(Arrays.copyOf(whole, whole.length / 2)), Reason.TRUNCATED);
    refused(() -> read(Arrays.copyOf(whole, whole.length - 10)), Reason.TRUNCATED);
  }

  @Test
  void refusesSheetsBeyondTheRowCellAndTextLimits() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AnnexWriter.standard().writeAnnexes(Fixtures.sample(), out);
    byte[] book = out.toByteArray();
    refused(
        () -> readWith(book, ReadLimits.builder().maxRowsPerSheet(5).build()),
        Reason.LIMIT_EXCEEDED);
    refused(
        () -> readWith(book, ReadLimits.builder().maxCellsPerRow(4).build()),
        Reason.LIMIT_EXCEEDED);
    refused(
        () -> readWith(book, ReadLimits.builder().maxCellsPerSheet(50).build()),
        Reason.LIMIT_EXCEEDED);
    refused(
        () -> readWith(book, ReadLimits.builder().maxTextLength(10).build()),
        Reason.LIMIT_EXCEEDED);
    refused(() -> readWith(book, ReadLimits.builder().maxSheets(2).build()), Reason.LIMIT_EXCEEDED);
    refused(
        () -> readWith(book, ReadLimits.builder().maxFileBytes(1000).build()),
        Reason.LIMIT_EXCEEDED);
  }

  @Test
  void refusesMergedRangesBeyondTheLimitBeforeHoldingThem(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("merges.xlsx");
    // 200,000 merged ranges in 5 MB of sheet: twice the default limit
    bomb(file, "xl/worksheets/sheet1.xml", 200_000L * 24, "<mergeCell ref=\"A1:B2\"/>");
    // the ratio check would refuse this repetitive file first; real files of distinct ranges
    // compress far less, so it is switched off here to reach the merge limit
    ReadLimits noRatio = ReadLimits.builder().ratioGraceBytes(256L << 20).build();
    assertThatThrownBy(() -> AnnexReader.builder().limits(noRatio).build().read(file))
        .isInstanceOfSatisfying(
            WorkbookRejectedException.class,
            e -> assertThat(e.getReason()).isEqualTo(Reason.LIMIT_EXCEEDED))
        .hasMessageContaining("merged ranges");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AnnexWriter.standard().writeAnnexes(Fixtures.sample(), out);
    refused(
        () -> readWith(out.toByteArray(), ReadLimits.builder().maxMergeRanges(3).build()),
        Reason.LIMIT_EXCEEDED);
  }

  @Test
  void refusesSheetsThatShareOnePart() throws IOException {
    Map<String, byte[]> p = parts(SHEET_HEAD + SHEET_ROWS + SHEET_TAIL);
    StringBuilder sheets = new StringBuilder();
    for (int i = 1; i <= 250; i++) {
      sheets.append("<sheet name=\"科室").append(i).append("\" sheetId=\"").append(i);
      sheets.append("\" r:id=\"rId1\"/>");
    }
    p.put(
        "xl/workbook.xml",
        bytes(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets>"
                + sheets
                + "</sheets></workbook>"));
    assertThatThrownBy(() -> read(zip(p)))
        .isInstanceOfSatisfying(
            WorkbookRejectedException.class,
            e -> assertThat(e.getReason()).isEqualTo(Reason.MALFORMED))
        .hasMessageContaining("share the part");
  }

  @Test
  void refusesMoreCellsInAllSheetsThanTheWorkbookLimit() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AnnexWriter.standard().writeAnnexes(Fixtures.sample(), out);
    byte[] book = out.toByteArray();
    // the per-sheet limit is far away; the workbook's budget, spent over all sheets, is not
    ReadLimits limits =
        ReadLimits.builder().maxCellsPerSheet(100_000).maxCellsPerWorkbook(200).build();
    assertThat(read(book).getRows()).isNotEmpty();
    assertThatThrownBy(() -> readWith(book, limits))
        .isInstanceOfSatisfying(
            WorkbookRejectedException.class,
            e -> assertThat(e.getReason()).isEqualTo(Reason.LIMIT_EXCEEDED))
        .hasMessageContaining("together");
  }

  @Test
  void refusesAHugeValueOutsideTheSheetsInBoundedMemory(@TempDir Path dir) throws IOException {
    // 100 MB attribute values in the workbook part and in a relationships part: this JVM has 64 MB
    ReadLimits noRatio = ReadLimits.builder().ratioGraceBytes(1L << 30).build();
    for (String entry : new String[] {"xl/workbook.xml", "xl/_rels/workbook.xml.rels"}) {
      Path file = dir.resolve(entry.replace('/', '_') + ".xlsx");
      Map<String, byte[]> p = parts(SHEET_HEAD + SHEET_ROWS + SHEET_TAIL);
      String xml = new String(p.get(entry), StandardCharsets.UTF_8);
      int cut =
          xml.indexOf("r:id=\"rId1\"") >= 0
              ? xml.indexOf("r:id=\"rId1\"")
              : xml.indexOf("Id=\"rId1\"");
      try (OutputStream out = Files.newOutputStream(file);
          ZipOutputStream z = new ZipOutputStream(out)) {
        for (Map.Entry<String, byte[]> e : p.entrySet()) {
          z.putNextEntry(new ZipEntry(e.getKey()));
          if (e.getKey().equals(entry)) {
            z.write(bytes(xml.substring(0, cut) + "x=\""));
            byte[] block = bytes("A".repeat(1 << 20));
            for (int n = 0; n < 100; n++) {
              z.write(block);
            }
            z.write(bytes("\" " + xml.substring(cut)));
          } else {
            z.write(e.getValue());
          }
          z.closeEntry();
        }
      }
      assertThatThrownBy(() -> AnnexReader.builder().limits(noRatio).build().read(file))
          .as(entry)
          .isInstanceOfSatisfying(
              WorkbookRejectedException.class,
              e -> assertThat(e.getReason()).isEqualTo(Reason.LIMIT_EXCEEDED));
    }
  }

  @Test
  void refusesASheetInUtf16() throws IOException {
    Map<String, byte[]> p = parts("");
    p.put(
        "xl/worksheets/sheet1.xml",
        ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>"
                + SHEET_HEAD.substring(SHEET_HEAD.indexOf("?>") + 2)
                + SHEET_ROWS
                + SHEET_TAIL)
            .getBytes(StandardCharsets.UTF_16));
    assertThatThrownBy(() -> read(zip(p)))
        .isInstanceOfSatisfying(
            WorkbookRejectedException.class,
            e -> assertThat(e.getReason()).isEqualTo(Reason.MALFORMED))
        .hasMessageContaining("not UTF-8");
  }

  /**
   * Distinct names cost a StAX parser more the more it has met: 300,000 of them took a minute. The
   * parts that parser reads (the workbook, relationships, styles) are refused once they use more
   * names than any office suite writes. Worksheets and shared strings are read by a scanner that
   * keeps no names: there they cost nothing, in every shape, and the file is read.
   */
  @Test
  void refusesPartsWithTooManyDistinctNames() throws IOException {
    int n = 100_000; // over four seconds of the parser's time before names were bounded
    for (String shape : List.of("elements", "attributes", "prefixes times local names")) {
      assertThat(read(distinctNames(shape, n)).getRows()).as(shape).hasSize(1);
      assertThat(read(distinctNamesInSharedStrings(shape, n)).getRows()).as(shape).hasSize(1);
    }
    Map<String, byte[]> inWorkbook = parts(SHEET_HEAD + SHEET_ROWS + SHEET_TAIL);
    StringBuilder workbook =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><fileVersion");
    for (int i = 0; i < n / 5; i++) {
      workbook.append(" v").append(i).append("=\"1\"");
    }
    workbook.append(
        "/><sheets><sheet name=\"科室\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    inWorkbook.put("xl/workbook.xml", bytes(workbook.toString()));
    refused(() -> read(zip(inWorkbook)), Reason.LIMIT_EXCEEDED);
    // a later read is as fast as ever: no names were kept from the refused files
    assertThat(read(zip(parts(SHEET_HEAD + SHEET_ROWS + SHEET_TAIL))).getRows()).hasSize(1);
  }

  /** Tiny shared strings take far more memory than their XML: the memory is what is bounded. */
  @Test
  void refusesSharedStringsWhoseMemoryExceedsTheLimit() throws IOException {
    StringBuilder sst =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
    for (int i = 0; i < 40_000; i++) {
      sst.append("<si><t>").append((char) ('a' + i % 26)).append("</t></si>");
    }
    Map<String, byte[]> p = parts(SHEET_HEAD + SHEET_ROWS + SHEET_TAIL);
    p.put("xl/sharedStrings.xml", bytes(sst.append("</sst>").toString()));
    byte[] book = zip(p);
    ReadLimits oneMiB = ReadLimits.builder().maxSharedStringsBytes(1 << 20).build();
    assertThat(p.get("xl/sharedStrings.xml").length).isLessThan(1 << 20);
    assertThatThrownBy(() -> readWith(book, oneMiB))
        .isInstanceOfSatisfying(
            WorkbookRejectedException.class,
            e -> assertThat(e.getReason()).isEqualTo(Reason.LIMIT_EXCEEDED))
        .hasMessageContaining("bytes of memory");
    assertThat(read(book).getRows()).hasSize(1); // the defaults take it
  }

  private static final String SST_HEAD =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";

  /** A sheet whose two rows take their texts from shared strings 0 to 3. */
  private static final String SHARED_SHEET =
      SHEET_HEAD
          + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
          + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\" t=\"s\"><v>3</v></c></row>"
          + SHEET_TAIL;

  private static String sst(String third) {
    return SST_HEAD
        + "<si><t>科室</t></si><si><t>风险点</t></si><si><t>"
        + third
        + "</t></si>"
        + "<si><t>公车私用</t></si></sst>";
  }

  /**
   * The shared strings are checked as their parser reads them (one inflation, not two): every check
   * the package scan makes of a part still holds for them, and a part merely named like them is
   * still checked by the scan.
   */
  @Test
  void sharedStringsAreCheckedAsTheyAreRead(@TempDir Path dir) throws IOException {
    Map<String, byte[]> ok = parts(SHARED_SHEET);
    ok.put("xl/sharedStrings.xml", bytes(sst("办公室")));
    assertThat(read(zip(ok)).getRows())
        .singleElement()
        .satisfies(row -> assertThat(row.getRow().getTitle()).isEqualTo("公车私用"));

    Map<String, byte[]> doctype = parts(SHARED_SHEET);
    doctype.put(
        "xl/sharedStrings.xml",
        bytes(sst("&lol;").replace("?><sst", "?><!DOCTYPE sst [<!ENTITY lol \"lol\">]><sst")));
    refused(() -> read(zip(doctype)), Reason.DOCTYPE);

    Map<String, byte[]> entity = parts(SHARED_SHEET);
    entity.put("xl/sharedStrings.xml", bytes(sst("&xxe;")));
    assertThatThrownBy(() -> read(zip(entity)))
        .isInstanceOfSatisfying(
            WorkbookRejectedException.class,
            ex -> assertThat(ex.getReason()).isIn(Reason.DOCTYPE, Reason.MALFORMED))
        .hasMessageContaining("xxe");

    Map<String, byte[]> utf16 = parts(SHARED_SHEET);
    utf16.put(
        "xl/sharedStrings.xml",
        sst("办公室").replace("UTF-8", "UTF-16").getBytes(StandardCharsets.UTF_16));
    assertThatThrownBy(() -> read(zip(utf16)))
        .isInstanceOfSatisfying(
            WorkbookRejectedException.class,
            e -> assertThat(e.getReason()).isEqualTo(Reason.MALFORMED))
        .hasMessageContaining("not UTF-8");

    Map<String, byte[]> longProlog = parts(SHARED_SHEET);
    longProlog.put(
        "xl/sharedStrings.xml",
        bytes(
            "<!--"
                + "x".repeat(ByteScan.HEAD_BYTES)
                + "-->"
                + sst("办公室").substring(SST_HEAD.indexOf("<sst"))));
    assertThatThrownBy(() -> read(zip(longProlog)))
        .isInstanceOfSatisfying(
            WorkbookRejectedException.class,
            e -> assertThat(e.getReason()).isEqualTo(Reason.MALFORMED))
        .hasMessageContaining("no root element");

    Map<String, byte[]> namedLikeIt = parts(SHARED_SHEET);
    namedLikeIt.put("xl/sharedStrings.xml", bytes(sst("办公室")));
    namedLikeIt.put(
        "xl/media/sharedStrings.xml",
        bytes("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"e\">]><x>&e;</x>"));
    refused(() -> read(zip(namedLikeIt)), Reason.DOCTYPE);

    Path file = dir.resolve("long-shared-string.xlsx");
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : parts(SHARED_SHEET).entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
      z.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
      String[] halves = sst("@").split("@");
      z.write(bytes(halves[0]));
      byte[] block = bytes("中".repeat(1 << 18));
      for (long n = 0; n < 100L << 20; n += block.length) {
        z.write(block); // under the shared strings limit, a ratio allowed up to its first 10 MiB
      }
      z.write(bytes(halves[1]));
      z.closeEntry();
    }
    assertThat(Files.size(file)).isLessThan(1 << 20);
    assertThatThrownBy(() -> AnnexReader.lenient().read(file))
        .isInstanceOfSatisfying(
            WorkbookRejectedException.class,
            ex -> {
              assertThat(ex.getReason()).isEqualTo(Reason.LIMIT_EXCEEDED);
              assertThat(ex.getMessage()).contains("sharedStrings.xml", "32767 characters");
            });
  }

  /**
   * A part named like shared strings that is also a sheet is checked as a sheet: its merges hold.
   */
  @Test
  void aSheetNamedLikeSharedStringsIsStillScanned() throws IOException {
    String sheet =
        SHEET_HEAD
            + SHEET_ROWS
            + "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>私车公养</t></is></c></row>"
            + "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A2:A3\"/></mergeCells></worksheet>";
    Map<String, byte[]> p = parts(sheet);
    p.remove("xl/worksheets/sheet1.xml");
    p.put("xl/worksheets/sharedStrings.xml", bytes(sheet));
    p.put(
        "xl/_rels/workbook.xml.rels",
        bytes(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sharedStrings.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"worksheets/sharedStrings.xml\"/>"
                + "</Relationships>"));
    AnnexReadResult r = read(zip(p));
    assertThat(r.getRows())
        .extracting(l -> l.getRow().getDepartment())
        .containsOnly(Optional.of("办公室"));
    assertThat(r.getRows()).hasSize(2);
  }

  /** A shared strings part whose bytes do not match the CRC its zip entry declares is refused. */
  @Test
  void refusesSharedStringsWhoseBytesDoNotMatchTheirCrc() throws IOException {
    Map<String, byte[]> p = parts(SHARED_SHEET);
    p.put("xl/sharedStrings.xml", bytes(sst("办公室")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : p.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(e.getValue().length);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(e.getValue());
        entry.setCrc(crc.getValue());
        z.putNextEntry(entry);
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    byte[] book = out.toByteArray();
    byte[] marker = bytes("<si><t>办公室");
    int at = indexOf(book, marker);
    assertThat(at).isPositive();
    book[at + marker.length - 1] ^= 1; // one bit of the last character's last byte
    refused(() -> read(book), Reason.TRUNCATED);
  }

  private static int indexOf(byte[] in, byte[] what) {
    outer:
    for (int i = 0; i + what.length <= in.length; i++) {
      for (int j = 0; j < what.length; j++) {
        if (in[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** A sheet whose third row holds {@code n} distinct names of one shape, zipped. */
  private static byte[] distinctNames(String shape, int n) throws IOException {
    StringBuilder sheet = new StringBuilder(SHEET_HEAD).append(SHEET_ROWS).append("<row r=\"3\">");
    for (int i = 0; i < n; i++) {
      switch (shape) {
        case "elements" -> sheet.append("<e").append(i).append("/>");
        case "attributes" -> sheet.append("<e a").append(i).append("=\"1\"/>");
        default ->
            sheet
                .append("<p")
                .append(i % 400)
                .append(":e")
                .append(i / 400)
                .append(" xmlns:p")
                .append(i % 400)
                .append("=\"u\"/>");
      }
    }
    return zip(parts(sheet.append("</row>").append(SHEET_TAIL).toString()));
  }

  /** A file whose shared strings part uses {@code n} distinct names of the given shape. */
  private static byte[] distinctNamesInSharedStrings(String shape, int n) throws IOException {
    StringBuilder sst =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>甲</t>");
    for (int i = 0; i < n; i++) {
      switch (shape) {
        case "elements" -> sst.append("<e").append(i).append("/>");
        case "attributes" -> sst.append("<e a").append(i).append("=\"1\"/>");
        default ->
            sst.append("<p")
                .append(i % 400)
                .append(":e")
                .append(i / 400)
                .append(" xmlns:p")
                .append(i % 400)
                .append("=\"u\"/>");
      }
    }
    Map<String, byte[]> p = parts(SHEET_HEAD + SHEET_ROWS + SHEET_TAIL);
    p.put("xl/sharedStrings.xml", bytes(sst.append("</si></sst>").toString()));
    return zip(p);
  }

  private static AnnexReadResult readWith(byte[] book, ReadLimits limits) throws IOException {
    return AnnexReader.builder().limits(limits).build().read(new ByteArrayInputStream(book));
  }
}
