package io.github.probity.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Byte-level handling of written packages: fixed entry times, and whole-or-nothing files. */
final class Packages {
  private Packages() {}

  /**
   * Rewrites a zip package with every entry stamped with the given local time (no time zone, no
   * extended timestamps), in the same order, so that equal content gives equal bytes.
   */
  static byte[] stamped(byte[] zip, LocalDateTime time) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(time);
        z.putNextEntry(copy);
        in.transferTo(z);
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Writes a file whole or not at all: into a temporary file in the target's directory, moved over
   * the target once complete. A failure leaves any old file as it was and no temporary file.
   */
  static void writeAtomically(Path file, byte[] bytes) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    if (dir == null) {
      throw new IOException("no directory for " + file);
    }
    // a new file's permissions (the umask's), not a temporary file's owner-only ones
    Path tmp =
        Files.createFile(
            dir.resolve(
                "."
                    + file.getFileName()
                    + "."
                    + Long.toHexString(new java.security.SecureRandom().nextLong() >>> 1)
                    + ".part"));
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        out.write(bytes);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
