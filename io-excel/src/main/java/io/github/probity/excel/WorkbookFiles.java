package io.github.probity.excel;

import io.github.probity.excel.WorkbookRejectedException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The steps every workbook reader shares: a stream spooled to a temporary file within the size
 * limit, the file's size and signature checked, the unit's name found in the title lines.
 * Stateless; thread-safe.
 */
final class WorkbookFiles {
  /** The unit after 填报单位 on the filling line. */
  private static final Pattern FILLING_UNIT =
      Pattern.compile("填报单位(?:[（(]盖章[)）])?[：:]\\s*([^\\s　]+)");

  /** The unit's name when no title names it. */
  static final String UNNAMED_UNIT = "未命名单位";

  private WorkbookFiles() {}

  /**
   * Copies a stream to a new temporary file, refusing more than the limit's bytes; the caller
   * deletes the file. On failure the file is deleted. The stream is not closed.
   */
  static Path spool(InputStream in, ReadLimits limits) throws IOException {
    Path tmp = Files.createTempFile("probity-", ".book");
    try (OutputStream out = Files.newOutputStream(tmp)) {
      byte[] buf = new byte[65536];
      long total = 0;
      int n;
      while ((n = in.read(buf)) > 0) {
        total += n;
        if (total > limits.getMaxFileBytes()) {
          throw new WorkbookRejectedException(
              Reason.LIMIT_EXCEEDED, "more than " + limits.getMaxFileBytes() + " bytes");
        }
        out.write(buf, 0, n);
      }
    } catch (IOException | RuntimeException ex) {
      Files.deleteIfExists(tmp);
      throw ex;
    }
    return tmp;
  }

  /**
   * Refuses a file over the size limit, then reads its first bytes into {@code magic}.
   *
   * @return how many bytes were read
   */
  static int head(Path file, ReadLimits limits, byte[] magic) throws IOException {
    long size = Files.size(file);
    if (size > limits.getMaxFileBytes()) {
      throw new WorkbookRejectedException(
          Reason.LIMIT_EXCEEDED, size + " bytes, limit " + limits.getMaxFileBytes());
    }
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(magic, 0, magic.length);
    }
  }

  /** Tells whether the first bytes are a zip's, as an xlsx file's are. */
  static boolean zip(byte[] magic, int got) {
    return got >= 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
  }

  /**
   * Finds the unit's name: the first title that {@code unitInTitle} matches with a name of at most
   * 100 characters, else the first 填报单位 line's, else {@link #UNNAMED_UNIT}.
   */
  static String unit(List<String> titles, Pattern unitInTitle) {
    for (String t : titles) {
      Matcher m = unitInTitle.matcher(t);
      if (m.find() && !m.group(1).isBlank() && m.group(1).length() <= 100) {
        return m.group(1).strip();
      }
    }
    for (String t : titles) {
      Matcher m = FILLING_UNIT.matcher(t);
      if (m.find() && m.group(1).length() <= 100) {
        return m.group(1);
      }
    }
    return UNNAMED_UNIT;
  }

  /** Writes a workbook into an output stream. */
  interface Body {
    void write(OutputStream out) throws IOException;
  }

  /**
   * Writes a file whole or not at all: into a part file beside it, moved over the target once
   * complete. A failure leaves the target as it was and no part file behind. The file gets the
   * permissions a new file in its directory gets (the process's umask), not a temporary file's
   * owner-only ones.
   */
  static void writeAtomically(Path file, Body body) throws IOException {
    Path tmp = partBeside(file);
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        body.write(out);
      }
      moveIntoPlace(tmp, file);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** A new, empty part file beside the target, named after it, with a new file's permissions. */
  static Path partBeside(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    if (dir == null) {
      throw new IOException("no directory for " + file);
    }
    for (int attempt = 0; ; attempt++) {
      String name =
          "." + file.getFileName() + "." + Long.toHexString(PARTS.nextLong() >>> 1) + ".part";
      try {
        return Files.createFile(dir.resolve(name));
      } catch (java.nio.file.FileAlreadyExistsException taken) {
        if (attempt >= 8) {
          throw taken;
        }
      }
    }
  }

  /** Moves a complete part file over its target, atomically where the file system can. */
  static void moveIntoPlace(Path part, Path file) throws IOException {
    try {
      Files.move(
          part,
          file,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (java.nio.file.AtomicMoveNotSupportedException e) {
      Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static final java.security.SecureRandom PARTS = new java.security.SecureRandom();
}
