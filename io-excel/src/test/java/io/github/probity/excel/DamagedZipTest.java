package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** A zip whose directory the JDK cannot decode is refused with a typed reason, never thrown raw. */
class DamagedZipTest {
  private static final String COMMENT = "qz-comment-qz";

  /** The minimal workbook with one entry comment replaced by bytes that are not UTF-8. */
  private static byte[] withBadComment() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e :
          HostileFilesTest.parts(
                  HostileFilesTest.SHEET_HEAD
                      + HostileFilesTest.SHEET_ROWS
                      + HostileFilesTest.SHEET_TAIL)
              .entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        if (e.getKey().equals("xl/workbook.xml")) {
          entry.setComment(COMMENT);
        }
        z.putNextEntry(entry);
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    byte[] zip = out.toByteArray();
    byte[] mark = COMMENT.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    for (int i = 0; i + mark.length <= zip.length; i++) {
      if (java.util.Arrays.equals(zip, i, i + mark.length, mark, 0, mark.length)) {
        zip[i] = (byte) 0xC3; // a lead byte followed by no continuation byte
        zip[i + 1] = (byte) 0x28;
        return zip;
      }
    }
    throw new AssertionError("comment not found");
  }

  @Test
  void anEntryCommentThatIsNotUtf8IsRefusedAsMalformed() throws IOException {
    byte[] zip = withBadComment();
    assertThatThrownBy(() -> AnnexReader.lenient().read(new ByteArrayInputStream(zip)))
        .isInstanceOfSatisfying(
            WorkbookRejectedException.class,
            e ->
                org.assertj.core.api.Assertions.assertThat(e.getReason())
                    .isIn(
                        WorkbookRejectedException.Reason.MALFORMED,
                        WorkbookRejectedException.Reason.TRUNCATED));
    assertThatThrownBy(() -> ArchiveWorkbookReader.standard().read(new ByteArrayInputStream(zip)))
        .isInstanceOf(WorkbookRejectedException.class);
  }

  /** The minimal workbook, its entries stored uncompressed so that their bytes can be edited. */
  private static byte[] stored(Map<String, byte[]> parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : parts.entrySet()) {
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
    return out.toByteArray();
  }

  /** Replaces every occurrence of one ASCII text by another of the same length. */
  private static byte[] replaced(byte[] zip, String from, String to) {
    byte[] a = from.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] b = to.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int found = 0;
    for (int i = 0; i + a.length <= zip.length; i++) {
      if (java.util.Arrays.equals(zip, i, i + a.length, a, 0, a.length)) {
        System.arraycopy(b, 0, zip, i, b.length);
        found++;
      }
    }
    org.assertj.core.api.Assertions.assertThat(found).as(from).isPositive();
    return zip;
  }

  @Test
  void anEntryWhoseBytesDoNotMatchItsCrcIsRefused() throws IOException {
    Map<String, byte[]> parts =
        HostileFilesTest.parts(
            HostileFilesTest.SHEET_HEAD
                + HostileFilesTest.SHEET_ROWS
                + HostileFilesTest.SHEET_TAIL);
    byte[] good = stored(parts);
    org.assertj.core.api.Assertions.assertThat(
            AnnexReader.lenient().read(new ByteArrayInputStream(good)).getRows())
        .isNotEmpty();
    // one letter of a cell changed after the CRC was written: the text still parses
    byte[] bad = replaced(stored(parts), "A2", "A3");
    assertThatThrownBy(() -> AnnexReader.lenient().read(new ByteArrayInputStream(bad)))
        .isInstanceOfSatisfying(
            WorkbookRejectedException.class,
            e ->
                org.assertj.core.api.Assertions.assertThat(e.getReason())
                    .isEqualTo(WorkbookRejectedException.Reason.TRUNCATED))
        .hasMessageContaining("CRC");
  }

  @Test
  void twoEntriesWithOneNameAreRefused() throws IOException {
    Map<String, byte[]> parts =
        HostileFilesTest.parts(
            HostileFilesTest.SHEET_HEAD
                + HostileFilesTest.SHEET_ROWS
                + HostileFilesTest.SHEET_TAIL);
    parts.put("xl/worksheets/sheet9.xml", parts.get("xl/worksheets/sheet1.xml"));
    byte[] zip = replaced(stored(parts), "xl/worksheets/sheet9.xml", "xl/worksheets/sheet1.xml");
    assertThatThrownBy(() -> AnnexReader.lenient().read(new ByteArrayInputStream(zip)))
        .isInstanceOfSatisfying(
            WorkbookRejectedException.class,
            e ->
                org.assertj.core.api.Assertions.assertThat(e.getReason())
                    .isEqualTo(WorkbookRejectedException.Reason.MALFORMED))
        .hasMessageContaining("two zip entries are named xl/worksheets/sheet1.xml");
  }

  /** The position of the central-directory record of an entry. */
  private static int directoryRecord(byte[] zip, String name) {
    byte[] n = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    for (int i = 0; i + 46 + n.length <= zip.length; i++) {
      if (zip[i] == 'P'
          && zip[i + 1] == 'K'
          && zip[i + 2] == 1
          && zip[i + 3] == 2
          && java.util.Arrays.equals(zip, i + 46, i + 46 + n.length, n, 0, n.length)) {
        return i;
      }
    }
    throw new AssertionError("no directory record for " + name);
  }

  private static int le32(byte[] b, int at) {
    return (b[at] & 0xFF)
        | (b[at + 1] & 0xFF) << 8
        | (b[at + 2] & 0xFF) << 16
        | (b[at + 3] & 0xFF) << 24;
  }

  private static void setLe32(byte[] b, int at, int v) {
    for (int k = 0; k < 4; k++) {
      b[at + k] = (byte) (v >>> (8 * k));
    }
  }

  private static void refusedAsMalformed(byte[] zip, String message) {
    assertThatThrownBy(() -> AnnexReader.lenient().read(new ByteArrayInputStream(zip)))
        .isInstanceOfSatisfying(
            WorkbookRejectedException.class,
            e ->
                org.assertj.core.api.Assertions.assertThat(e.getReason())
                    .isEqualTo(WorkbookRejectedException.Reason.MALFORMED))
        .hasMessageContaining(message);
  }

  @Test
  void aDirectoryRecordPointingAtAnotherEntryIsRefused() throws IOException {
    Map<String, byte[]> parts =
        HostileFilesTest.parts(
            HostileFilesTest.SHEET_HEAD
                + HostileFilesTest.SHEET_ROWS
                + HostileFilesTest.SHEET_TAIL);
    byte[] zip = stored(parts);
    int sheet = directoryRecord(zip, "xl/worksheets/sheet1.xml");
    int rels = directoryRecord(zip, "xl/_rels/workbook.xml.rels");
    setLe32(zip, sheet + 42, le32(zip, rels + 42)); // the sheet's record now points at the rels
    refusedAsMalformed(zip, "xl/worksheets/sheet1.xml");
  }

  /**
   * One entry's record points into the data of another, where a copy of its own header and bytes
   * was hidden: its name and CRC match, but the two entries share bytes.
   */
  @Test
  void entriesWhoseDataOverlapAreRefused() throws IOException {
    Map<String, byte[]> parts =
        HostileFilesTest.parts(
            HostileFilesTest.SHEET_HEAD
                + HostileFilesTest.SHEET_ROWS
                + HostileFilesTest.SHEET_TAIL);
    byte[] real = stored(parts);
    int record = directoryRecord(real, "xl/worksheets/sheet1.xml");
    int loc = le32(real, record + 42);
    int nameLength = (real[loc + 26] & 0xFF) | (real[loc + 27] & 0xFF) << 8;
    int extraLength = (real[loc + 28] & 0xFF) | (real[loc + 29] & 0xFF) << 8;
    int dataLength = le32(real, loc + 18);
    byte[] hidden =
        java.util.Arrays.copyOfRange(real, loc, loc + 30 + nameLength + extraLength + dataLength);
    Map<String, byte[]> withBlob = new java.util.LinkedHashMap<>();
    withBlob.put("docProps/blob.bin", hidden);
    withBlob.putAll(parts);
    byte[] zip = stored(withBlob);
    int blob = le32(zip, directoryRecord(zip, "docProps/blob.bin") + 42);
    int blobData =
        blob
            + 30
            + ((zip[blob + 26] & 0xFF) | (zip[blob + 27] & 0xFF) << 8)
            + ((zip[blob + 28] & 0xFF) | (zip[blob + 29] & 0xFF) << 8);
    setLe32(zip, directoryRecord(zip, "xl/worksheets/sheet1.xml") + 42, blobData);
    refusedAsMalformed(zip, "overlap");
  }
}
