package io.github.probity.excel;

import io.github.probity.excel.WorkbookRejectedException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one way every workbook reader opens a file (annexes, annex 4, archives, the disposition
 * ledger): a stream is spooled to a temporary file within the size limit; the format is told by
 * signature, never by name — an xlsx package ({@link XlsxSource}), a password-protected xlsx in an
 * OLE2 container (decrypted with the caller's password, {@link EncryptedSource}), a legacy .xls
 * ({@link XlsSource}, with the optional POI) — and each sheet is streamed to a visitor. Whatever is
 * refused is refused with a typed {@link WorkbookRejectedException}. Stateless.
 */
final class WorkbookSource {
  private static final byte[] ENCRYPTION_INFO =
      "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE);
  private static final String POI = "add the dependency org.apache.poi:poi (5.5.1)";

  /** Reads a spooled file. */
  interface FileRead<T> {
    T read(Path file) throws IOException;
  }

  private WorkbookSource() {}

  /** Spools a stream (not closed) to a temporary file, reads that and deletes it. */
  static <T> T spooled(InputStream in, ReadLimits limits, FileRead<T> read) throws IOException {
    Path tmp = WorkbookFiles.spool(in, limits);
    try {
      return read.read(tmp);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Streams a workbook's sheets to a visitor, whatever its format.
   *
   * @param password the password of a protected workbook, if the caller has one
   */
  static void read(Path file, ReadLimits limits, Optional<String> password, SheetVisitor visitor)
      throws IOException {
    byte[] magic = new byte[8];
    int got = WorkbookFiles.head(file, limits, magic);
    if (WorkbookFiles.zip(magic, got)) {
      XlsxSource.read(file, limits, visitor);
    } else if (got == 8 && isOle2(magic)) {
      readOle2(file, limits, password, visitor);
    } else {
      throw new WorkbookRejectedException(
          Reason.NOT_A_WORKBOOK, got == 0 ? "the file is empty" : "no xlsx or xls signature");
    }
  }

  private static void readOle2(
      Path file, ReadLimits limits, Optional<String> password, SheetVisitor visitor)
      throws IOException {
    boolean encrypted = looksEncrypted(file);
    if (!poiPresent()) {
      throw encrypted
          ? new WorkbookRejectedException(
              Reason.ENCRYPTED,
              "password-protected workbook (an encrypted OLE2 container); "
                  + POI
                  + " and give the password to open it")
          : new WorkbookRejectedException(
              Reason.LEGACY_FORMAT_UNSUPPORTED,
              "this is a legacy .xls workbook; " + POI + " to read it");
    }
    if (encrypted && password.isPresent()) {
      Path plain = EncryptedSource.decrypt(file, password.get(), limits);
      try {
        XlsxSource.read(plain, limits, visitor);
      } finally {
        Files.deleteIfExists(plain);
      }
      return;
    }
    XlsSource.read(file, limits, visitor);
  }

  private static boolean isOle2(byte[] m) {
    return (m[0] & 0xFF) == 0xD0
        && (m[1] & 0xFF) == 0xCF
        && (m[2] & 0xFF) == 0x11
        && (m[3] & 0xFF) == 0xE0
        && (m[4] & 0xFF) == 0xA1
        && (m[5] & 0xFF) == 0xB1
        && (m[6] & 0xFF) == 0x1A
        && (m[7] & 0xFF) == 0xE1;
  }

  static boolean poiPresent() {
    try {
      Class.forName(
          "org.apache.poi.hssf.usermodel.HSSFWorkbook",
          false,
          WorkbookSource.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError ex) {
      return false;
    }
  }

  /** Tells, without POI, whether an OLE2 file holds an encrypted package's directory entry. */
  static boolean looksEncrypted(Path file) throws IOException {
    byte[] data = Files.readAllBytes(file);
    outer:
    for (int i = 0; i + ENCRYPTION_INFO.length <= data.length; i++) {
      for (int j = 0; j < ENCRYPTION_INFO.length; j++) {
        if (data[i + j] != ENCRYPTION_INFO[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
