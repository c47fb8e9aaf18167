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
}
