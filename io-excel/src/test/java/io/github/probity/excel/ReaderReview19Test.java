package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.excel.WorkbookRejectedException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A second reading of the record sheets, department trees, pasted text, bodies named as people and
 * the shared strings checked as they are read: each case an input read wrongly before.
 */
class ReaderReview19Test {

  private static AnnexReadResult read(byte[] book) throws IOException {
    return AnnexReader.lenient().read(new ByteArrayInputStream(book));
  }

  /** The parts of the minimal workbook with its sheet's entry renamed. */
  private static Map<String, byte[]> renamed(String entry, byte[] sheet) {
    Map<String, byte[]> p = new LinkedHashMap<>();
    HostileFilesTest.parts("")
        .forEach(
            (name, bytes) -> p.put(name, name.equals("xl/worksheets/sheet1.xml") ? sheet : bytes));
    p.put(entry, p.remove("xl/worksheets/sheet1.xml"));
    return p;
  }

  // ---- package checks

  /**
   * A zip's reader finds an entry named like a folder ({@code sheet1.xml/}) when asked for the part
   * without the slash; the package scan skips folders, so such an entry with bytes in it was read
   * as the sheet without any check (here a sheet in UTF-16, which is refused when named rightly).
   */
  @Test
  void anEntryNamedLikeAFolderIsNoPartReadUnchecked() {
    byte[] utf16 =
        ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>"
                + HostileFilesTest.SHEET_HEAD.substring(
                    HostileFilesTest.SHEET_HEAD.indexOf("?>") + 2)
                + HostileFilesTest.SHEET_ROWS
                + HostileFilesTest.SHEET_TAIL)
            .getBytes(StandardCharsets.UTF_16);
    assertThatThrownBy(
            () -> read(HostileFilesTest.zip(renamed("xl/worksheets/sheet1.xml/", utf16))))
        .isInstanceOfSatisfying(
            WorkbookRejectedException.class,
            e -> assertThat(e.getReason()).isEqualTo(Reason.MALFORMED));
  }
}
