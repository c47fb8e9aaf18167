package io.github.probity.excel;

import io.github.probity.excel.WorkbookRejectedException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Opens a password-protected workbook (an xlsx package encrypted inside an OLE2 container, as Excel
 * and WPS save it) with Apache POI's decryptor: the package is decrypted into a temporary file
 * within the size limit, which the caller reads and deletes. Only loaded when {@code
 * org.apache.poi:poi} is on the class path; changes no POI global setting.
 */
final class EncryptedSource {
  private EncryptedSource() {}

  /**
   * Decrypts the package into a temporary file.
   *
   * @throws WorkbookRejectedException {@link Reason#ENCRYPTED} if the password is wrong or the
   *     encryption is not supported; {@link Reason#LIMIT_EXCEEDED} if the package is too large
   */
  static Path decrypt(Path file, String password, ReadLimits limits) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      EncryptionInfo info = new EncryptionInfo(fs);
      Decryptor decryptor = Decryptor.getInstance(info);
      if (!decryptor.verifyPassword(password)) {
        throw new WorkbookRejectedException(Reason.ENCRYPTED, "the password is not the workbook's");
      }
      try (InputStream in = decryptor.getDataStream(fs)) {
        return WorkbookFiles.spool(in, limits);
      }
    } catch (GeneralSecurityException | EncryptedDocumentException ex) {
      throw new WorkbookRejectedException(
          Reason.ENCRYPTED, "the workbook cannot be decrypted: " + ex.getMessage());
    }
  }
}
