package io.github.probity.excel;

import io.github.probity.excel.WorkbookRejectedException.Reason;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Checks that a zip's central directory agrees with its entries before the JDK's {@code ZipFile}
 * reads them by it: every record must point at a local header of the same name, and no two entries'
 * data may overlap. The JDK trusts the directory's offsets, so a record pointing at another entry's
 * header would read that entry's bytes under its own name, and records sharing data would inflate
 * one compressed stream many times. Zip64 offsets and sizes are read from their extra field. Reads
 * only the directory and one local header per entry.
 */
final class CentralDirectory {
  private static final int EOCD = 0x06054b50;
  private static final int ZIP64_LOCATOR = 0x07064b50;
  private static final int ZIP64_EOCD = 0x06064b50;
  private static final int CEN = 0x02014b50;
  private static final int LOC = 0x04034b50;
  private static final int EOCD_SIZE = 22;
  private static final int CEN_SIZE = 46;
  private static final int LOC_SIZE = 30;
  private static final long MASK32 = 0xFFFFFFFFL;

  /** The largest directory read: far above 10,000 entries of any real package. */
  private static final long MAX_DIRECTORY = 16L << 20;

  /** An entry as the directory declares it. */
  private record Entry(byte[] name, long offset, long compressed) {}

  private CentralDirectory() {}

  /**
   * Checks the directory of a zip file.
   *
   * @throws WorkbookRejectedException if a record points at another entry's header, or entries
   *     overlap ({@link Reason#MALFORMED}), or the directory is cut short ({@link
   *     Reason#TRUNCATED})
   */
  static void check(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      List<Entry> entries = entries(ch, size);
      entries.sort(Comparator.comparingLong(Entry::offset));
      long end = 0;
      String previous = "";
      for (Entry e : entries) {
        String name = new String(e.name(), StandardCharsets.UTF_8);
        if (e.offset() < end) {
          throw new WorkbookRejectedException(
              Reason.MALFORMED, "zip entries " + previous + " and " + name + " overlap");
        }
        ByteBuffer loc = read(ch, e.offset(), LOC_SIZE, size, name);
        if (loc.getInt(0) != LOC) {
          throw new WorkbookRejectedException(
              Reason.MALFORMED, "the zip directory points " + name + " at no entry");
        }
        int nameLength = loc.getShort(26) & 0xFFFF;
        int extraLength = loc.getShort(28) & 0xFFFF;
        byte[] own = new byte[nameLength];
        read(ch, e.offset() + LOC_SIZE, nameLength, size, name).get(own);
        if (!Arrays.equals(own, e.name())) {
          throw new WorkbookRejectedException(
              Reason.MALFORMED,
              "the zip directory's entry "
                  + name
                  + " points at the data of "
                  + new String(own, StandardCharsets.UTF_8));
        }
        end = e.offset() + LOC_SIZE + nameLength + extraLength + e.compressed();
        previous = name;
      }
    }
  }

  private static List<Entry> entries(FileChannel ch, long size) throws IOException {
    long eocd = findEocd(ch, size);
    ByteBuffer end = read(ch, eocd, EOCD_SIZE, size, "the directory's end");
    long count = end.getShort(10) & 0xFFFF;
    long cenSize = end.getInt(12) & MASK32;
    long cenOffset = end.getInt(16) & MASK32;
    long dirEnd = eocd; // where the directory ends: the zip64 end record, if there is one
    if (eocd >= 20 && read(ch, eocd - 20, 4, size, "zip64").getInt(0) == ZIP64_LOCATOR) {
      long z = read(ch, eocd - 20, 20, size, "zip64").getLong(8);
      ByteBuffer z64 = read(ch, z, 56, size, "the zip64 directory's end");
      if (z64.getInt(0) != ZIP64_EOCD) {
        throw new WorkbookRejectedException(Reason.MALFORMED, "damaged zip64 directory");
      }
      count = z64.getLong(32);
      cenSize = z64.getLong(40);
      cenOffset = z64.getLong(48);
      dirEnd = z;
    }
    if (cenSize > MAX_DIRECTORY) {
      throw new WorkbookRejectedException(
          Reason.LIMIT_EXCEEDED, "a zip directory of " + cenSize + " bytes");
    }
    // data before the zip (as the JDK allows) shifts every offset by the same amount
    long base = dirEnd - cenSize - cenOffset;
    if (cenOffset < 0 || cenSize < 0 || base < 0 || count > cenSize / CEN_SIZE) {
      throw new WorkbookRejectedException(
          Reason.TRUNCATED, "the zip directory lies outside the file");
    }
    cenOffset += base;
    ByteBuffer cen = read(ch, cenOffset, (int) cenSize, size, "the zip directory");
    List<Entry> out = new ArrayList<>();
    int p = 0;
    for (long i = 0; i < count; i++) {
      if (p + CEN_SIZE > cen.limit() || cen.getInt(p) != CEN) {
        throw new WorkbookRejectedException(Reason.MALFORMED, "damaged zip directory");
      }
      long compressed = cen.getInt(p + 20) & MASK32;
      long uncompressed = cen.getInt(p + 24) & MASK32;
      int n = cen.getShort(p + 28) & 0xFFFF;
      int x = cen.getShort(p + 30) & 0xFFFF;
      int c = cen.getShort(p + 32) & 0xFFFF;
      long offset = cen.getInt(p + 42) & MASK32;
      if (p + CEN_SIZE + n + x + c > cen.limit()) {
        throw new WorkbookRejectedException(Reason.MALFORMED, "damaged zip directory");
      }
      byte[] name = new byte[n];
      cen.get(p + CEN_SIZE, name);
      // zip64: the fields set to 0xFFFFFFFF follow in the extra field 0x0001, in this order
      int q = p + CEN_SIZE + n;
      int extraEnd = q + x;
      while (q + 4 <= extraEnd) {
        int id = cen.getShort(q) & 0xFFFF;
        int len = cen.getShort(q + 2) & 0xFFFF;
        int r = q + 4;
        if (id == 1) {
          if (uncompressed == MASK32 && r + 8 <= q + 4 + len) {
            r += 8;
          }
          if (compressed == MASK32 && r + 8 <= q + 4 + len) {
            compressed = cen.getLong(r);
            r += 8;
          }
          if (offset == MASK32 && r + 8 <= q + 4 + len) {
            offset = cen.getLong(r);
          }
        }
        q += 4 + len;
      }
      if (offset < 0 || compressed < 0 || offset + base > size) {
        throw new WorkbookRejectedException(Reason.MALFORMED, "damaged zip directory");
      }
      out.add(new Entry(name, offset + base, compressed));
      p += CEN_SIZE + n + x + c;
    }
    return out;
  }

  /**
   * Finds the end-of-directory record, which may be followed by a comment of up to 65,535 bytes.
   */
  private static long findEocd(FileChannel ch, long size) throws IOException {
    int tail = (int) Math.min(size, EOCD_SIZE + 0xFFFF);
    ByteBuffer b = read(ch, size - tail, tail, size, "the zip");
    for (int i = tail - EOCD_SIZE; i >= 0; i--) {
      if (b.getInt(i) == EOCD && i + EOCD_SIZE + (b.getShort(i + 20) & 0xFFFF) == tail) {
        return size - tail + i;
      }
    }
    throw new WorkbookRejectedException(Reason.TRUNCATED, "the zip has no directory");
  }

  private static ByteBuffer read(FileChannel ch, long at, int length, long size, String what)
      throws IOException {
    if (at < 0 || length < 0 || at + length > size) {
      throw new WorkbookRejectedException(Reason.TRUNCATED, what + " lies past the file's end");
    }
    ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    while (b.hasRemaining()) {
      if (ch.read(b, at + b.position()) < 0) {
        throw new WorkbookRejectedException(Reason.TRUNCATED, what + " lies past the file's end");
      }
    }
    return b.flip();
  }
}
