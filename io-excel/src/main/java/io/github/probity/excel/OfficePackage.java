package io.github.probity.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.Workbook;

/**
 * Writes a workbook as a plain zip package that every reader opens, the JDK's {@code
 * ZipInputStream} included, with the caller's author and time in its document properties.
 *
 * <p>fastexcel streams each part with a trailing data descriptor whose sizes are 8 bytes wide
 * without a ZIP64 marker, which stream readers misread ("invalid entry size"), and stamps {@code
 * docProps/core.xml} with the wall-clock time. So the workbook goes to a temporary file first; then
 * each part's compressed bytes are copied as they are (no second compression) under a local header
 * that states its sizes, and the document properties are rewritten with the caller's author and
 * time. The temporary file is deleted whatever happens; the target receives nothing until the
 * workbook is complete. (fastexcel lists a sheet's merged ranges in hash order, so two writes of
 * one ledger may still differ in that order.)
 */
final class OfficePackage {
  /** The author a document names unless the caller gives another. */
  static final String AUTHOR = "Probity";

  private static final int LFH = 0x04034b50;
  private static final int CEN = 0x02014b50;
  private static final int END = 0x06054b50;
  private static final int DOS_DATE_1980_01_01 = (1 << 5) | 1;
  private static final String CORE = "docProps/core.xml";
  private static final Pattern CREATOR = Pattern.compile("<dc:creator>[^<]*</dc:creator>");
  private static final Pattern CREATED =
      Pattern.compile("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)");

  /** The body of a workbook. */
  interface Body {
    void write(Workbook wb) throws IOException;
  }

  private OfficePackage() {}

  /**
   * Writes a workbook into {@code out} (not closed).
   *
   * @param author the document's author (creator)
   * @param created the document's creation time, to the second
   */
  static void write(OutputStream out, String author, Instant created, Body body)
      throws IOException {
    Path tmp = Files.createTempFile("probity-", ".xlsx");
    try {
      try (OutputStream file = Files.newOutputStream(tmp)) {
        Workbook wb = new Workbook(file, "Probity", "1.0");
        wb.setGlobalDefaultFont(SheetWriter.FONT, SheetWriter.BODY_FONT_SIZE);
        body.write(wb);
        wb.finish();
      }
      repack(tmp, out, author, created.truncatedTo(ChronoUnit.SECONDS));
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private record Part(String name, int method, long crc, long size, long csize, long data) {}

  private static void repack(Path file, OutputStream out, String author, Instant created)
      throws IOException {
    List<Part> parts = parts(file);
    Counting to = new Counting(out);
    List<long[]> offsets = new ArrayList<>();
    List<Part> written = new ArrayList<>();
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
        ZipFile zip = new ZipFile(file.toFile())) {
      for (Part p : parts) {
        Part w = p;
        byte[] compressed = null;
        if (p.name().equals(CORE)) {
          byte[] rewritten = core(zip, author, created);
          compressed = deflate(rewritten);
          CRC32 crc = new CRC32();
          crc.update(rewritten);
          w =
              new Part(
                  CORE, ZipEntry.DEFLATED, crc.getValue(), rewritten.length, compressed.length, -1);
        }
        offsets.add(new long[] {to.count});
        header(to, w, false, 0);
        if (compressed != null) {
          to.write(compressed);
        } else {
          copy(ch, p.data(), p.csize(), to);
        }
        written.add(w);
      }
    }
    long cen = to.count;
    for (int i = 0; i < written.size(); i++) {
      header(to, written.get(i), true, offsets.get(i)[0]);
    }
    long cenSize = to.count - cen;
    ByteBuffer end = le(22);
    end.putInt(END).putShort((short) 0).putShort((short) 0);
    end.putShort((short) written.size()).putShort((short) written.size());
    end.putInt((int) cenSize).putInt((int) cen).putShort((short) 0);
    to.write(end.array());
    to.flush();
  }

  /** The parts in package order, with where each one's compressed bytes start. */
  private static List<Part> parts(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      int tail = (int) Math.min(size, 22 + 0xFFFF);
      ByteBuffer b = read(ch, size - tail, tail);
      int at = -1;
      for (int i = tail - 22; i >= 0; i--) {
        if (b.getInt(i) == END) {
          at = i;
          break;
        }
      }
      if (at < 0) {
        throw new IOException("the workbook just written has no end of central directory");
      }
      int count = Short.toUnsignedInt(b.getShort(at + 10));
      long cenSize = Integer.toUnsignedLong(b.getInt(at + 12));
      long cenOffset = Integer.toUnsignedLong(b.getInt(at + 16));
      ByteBuffer c = read(ch, cenOffset, (int) cenSize);
      List<Part> parts = new ArrayList<>(count);
      int p = 0;
      for (int i = 0; i < count; i++) {
        if (c.getInt(p) != CEN) {
          throw new IOException("the workbook just written has a damaged central directory");
        }
        int method = Short.toUnsignedInt(c.getShort(p + 10));
        long crc = Integer.toUnsignedLong(c.getInt(p + 16));
        long csize = Integer.toUnsignedLong(c.getInt(p + 20));
        long usize = Integer.toUnsignedLong(c.getInt(p + 24));
        int nameLen = Short.toUnsignedInt(c.getShort(p + 28));
        int extraLen = Short.toUnsignedInt(c.getShort(p + 30));
        int commentLen = Short.toUnsignedInt(c.getShort(p + 32));
        long local = Integer.toUnsignedLong(c.getInt(p + 42));
        byte[] name = new byte[nameLen];
        c.get(p + 46, name);
        ByteBuffer lfh = read(ch, local, 30);
        long data =
            local
                + 30
                + Short.toUnsignedInt(lfh.getShort(26))
                + Short.toUnsignedInt(lfh.getShort(28));
        parts.add(
            new Part(new String(name, StandardCharsets.UTF_8), method, crc, usize, csize, data));
        p += 46 + nameLen + extraLen + commentLen;
      }
      return parts;
    }
  }

  private static byte[] core(ZipFile zip, String author, Instant created) throws IOException {
    ZipEntry e = zip.getEntry(CORE);
    String xml;
    try (InputStream in = zip.getInputStream(e)) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    xml =
        CREATOR
            .matcher(xml)
            .replaceFirst(
                Matcher.quoteReplacement("<dc:creator>" + escape(author) + "</dc:creator>"));
    xml = CREATED.matcher(xml).replaceFirst("$1" + created + "$2");
    return xml.getBytes(StandardCharsets.UTF_8);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static byte[] deflate(byte[] content) {
    Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    try {
      d.setInput(content);
      d.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 2 + 64);
      byte[] buf = new byte[8192];
      while (!d.finished()) {
        out.write(buf, 0, d.deflate(buf));
      }
      return out.toByteArray();
    } finally {
      d.end();
    }
  }

  /** A local file header, or a central directory record at {@code offset}. */
  private static void header(Counting to, Part p, boolean central, long offset) throws IOException {
    byte[] name = p.name().getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = le((central ? 46 : 30) + name.length);
    b.putInt(central ? CEN : LFH);
    if (central) {
      b.putShort((short) 20);
    }
    b.putShort((short) 20).putShort((short) 0x0800).putShort((short) p.method());
    b.putShort((short) 0).putShort((short) DOS_DATE_1980_01_01);
    b.putInt((int) p.crc()).putInt((int) p.csize()).putInt((int) p.size());
    b.putShort((short) name.length).putShort((short) 0);
    if (central) {
      b.putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0);
      b.putInt((int) offset);
    }
    b.put(name);
    to.write(b.array());
  }

  private static void copy(FileChannel ch, long from, long length, OutputStream to)
      throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(1 << 16);
    long at = from;
    long left = length;
    while (left > 0) {
      buf.clear().limit((int) Math.min(buf.capacity(), left));
      int n = ch.read(buf, at);
      if (n < 0) {
        throw new IOException("the workbook just written ends inside a part");
      }
      to.write(buf.array(), 0, n);
      at += n;
      left -= n;
    }
  }

  private static ByteBuffer read(FileChannel ch, long at, int length) throws IOException {
    ByteBuffer b = le(length);
    while (b.hasRemaining()) {
      if (ch.read(b, at + b.position()) < 0) {
        throw new IOException("the workbook just written is shorter than its directory says");
      }
    }
    return b.flip().order(ByteOrder.LITTLE_ENDIAN);
  }

  private static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** Counts the bytes written, for the directory's offsets. */
  private static final class Counting extends OutputStream {
    private final OutputStream out;
    long count;

    Counting(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }
  }
}
