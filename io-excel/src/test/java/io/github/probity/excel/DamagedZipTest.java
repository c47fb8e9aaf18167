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
}
