package io.github.probity.excel;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import org.dhatim.fastexcel.Workbook;
import org.jspecify.annotations.Nullable;

/**
 * Writes a workbook as a plain zip package that every reader opens, the JDK's {@code
 * ZipInputStream} included, with the caller's author and time in its document properties.
 *
 * <p>fastexcel streams each part with a trailing data descriptor whose sizes are 8 bytes wide
 * without a ZIP64 marker, which stream readers misread ("invalid entry size"), and stamps {@code
 * docProps/core.xml} with the wall-clock time. So fastexcel stores its parts uncompressed, and its
 * zip stream is taken apart as it is written ({@link Repack}): each part is deflated once, under a
 * local header and followed by a data descriptor of 4-byte sizes, as {@code ZipOutputStream} writes
 * them; the document properties get the caller's author and time, and each worksheet's merged
 * ranges are put in sheet order ({@link MergeCellsOrder}), so that equal content, author and time
 * give equal bytes. Nothing goes through a temporary file of the uncompressed parts.
 *
 * <p>{@link #write} holds the package in a temporary file until it is complete, so the target
 * receives nothing from a workbook that fails; {@link #stream} writes it straight to the target,
 * for tables streamed from rows, whose failure may leave the target incomplete.
 */
final class OfficePackage {
  /** The author a document names unless the caller gives another. */
  static final String AUTHOR = "Probity";

  private static final int LFH = 0x04034b50;
  private static final int CEN = 0x02014b50;
  private static final int EXT = 0x08074b50;
  private static final int END = 0x06054b50;
  private static final int DOS_DATE_1980_01_01 = (1 << 5) | 1;

  /** General purpose flags: sizes in a data descriptor (bit 3), names in UTF-8 (bit 11). */
  private static final int FLAGS = 0x0808;

  private static final String CORE = "docProps/core.xml";
  private static final Pattern CREATOR = Pattern.compile("<dc:creator>[^<]*</dc:creator>");

  /**
   * The compression level: 3 gives files of the size fastexcel's own compression gave (about 4.4 MB
   * for 50,000 annex rows, where level 6 gives 3.6 MB at nearly twice the time).
   */
  private static final int LEVEL = 3;

  private static final int BUFFER = 1 << 16;

  private static final Pattern SHEET = Pattern.compile("xl/worksheets/sheet\\d+\\.xml");
  private static final Pattern CREATED =
      Pattern.compile("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)");

  /** The body of a workbook. */
  interface Body {
    void write(Workbook wb) throws IOException;
  }

  private OfficePackage() {}

  /**
   * Writes a workbook into {@code out} (not closed), which receives nothing unless the workbook is
   * complete.
   *
   * @param author the document's author (creator)
   * @param created the document's creation time, to the second
   */
  static void write(OutputStream out, String author, Instant created, Body body)
      throws IOException {
    write(out, author, created, Map.of(), body);
  }

  /**
   * As {@link #write(OutputStream, String, Instant, Body)}, with manual page breaks: {@code
   * rowBreaks}, filled in by the body, gives for a worksheet part (such as {@code
   * xl/worksheets/sheet1.xml}) the 0-based rows that begin a new printed page. A sheet's entry must
   * be there before its part is written (its {@code Worksheet.finish()}, or the workbook's), as
   * parts are repacked while fastexcel writes them.
   */
  static void write(
      OutputStream out,
      String author,
      Instant created,
      Map<String, List<Integer>> rowBreaks,
      Body body)
      throws IOException {
    Path tmp = Files.createTempFile("probity-", ".xlsx");
    try {
      try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(tmp), BUFFER)) {
        stream(file, author, created, rowBreaks, body);
      }
      Files.copy(tmp, out);
      out.flush();
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Writes a workbook straight into {@code out} (not closed), as its parts are made; a failure
   * leaves {@code out} with the part of the package written so far.
   *
   * @param author the document's author (creator)
   * @param created the document's creation time, to the second
   */
  static void stream(OutputStream out, String author, Instant created, Body body)
      throws IOException {
    stream(out, author, created, Map.of(), body);
  }

  /**
   * As {@link #stream(OutputStream, String, Instant, Body)}, with manual page breaks as {@link
   * #write(OutputStream, String, Instant, Map, Body)} takes them.
   */
  static void stream(
      OutputStream out,
      String author,
      Instant created,
      Map<String, List<Integer>> rowBreaks,
      Body body)
      throws IOException {
    try (Repack repack =
        new Repack(out, author, created.truncatedTo(ChronoUnit.SECONDS), rowBreaks)) {
      Workbook wb = new Workbook(repack, "Probity", "1.0");
      wb.setCompressionLevel(Deflater.NO_COMPRESSION);
      wb.setGlobalDefaultFont(SheetWriter.FONT, SheetWriter.BODY_FONT_SIZE);
      body.write(wb);
      wb.finish();
      repack.finish();
    }
  }

  private record Part(String name, long crc, long size, long csize, long offset) {}

  /**
   * Takes the zip stream fastexcel writes (local header, a part deflated without compression, its
   * data descriptor; then the central directory, which is left out) and writes each part as it
   * arrives: inflated, rewritten where needed, deflated once under a local header of its own, with
   * a data descriptor; {@link #finish()} writes the central directory. One per workbook, one
   * thread.
   */
  private static final class Repack extends OutputStream {
    private final Counting to;
    private final String author;
    private final Instant created;
    private final Map<String, List<Integer>> rowBreaks;
    private final List<Part> written = new ArrayList<>();
    private final byte[] one = new byte[1];
    private final byte[] plain = new byte[BUFFER];
    private final byte[] input = new byte[BUFFER];
    private int inputSize;
    private final Inflater inflater = new Inflater(true);
    private final Deflater deflater = new Deflater(LEVEL, true);

    /** fastexcel's local header as it comes in; 30 bytes, then its name and extra field. */
    private byte[] header = new byte[64];

    private int headerSize;
    private int headerNeeded = 30;

    /** Bytes of fastexcel's data descriptor still to skip. */
    private int descriptorLeft;

    private boolean inPart;
    private boolean done;

    // the part being written
    private String name = "";
    private long offset;
    private final CRC32 crc = new CRC32();
    private @Nullable Counting part;
    private @Nullable Counting compressed;
    private @Nullable DeflaterOutputStream deflated;
    private @Nullable MergeCellsOrder sheet;
    private @Nullable RowBreaks breaks;
    private @Nullable ByteArrayOutputStream core;

    Repack(OutputStream out, String author, Instant created, Map<String, List<Integer>> rowBreaks) {
      this.to = new Counting(out);
      this.author = author;
      this.created = created;
      this.rowBreaks = rowBreaks;
    }

    @Override
    public void write(int b) throws IOException {
      one[0] = (byte) b;
      write(one, 0, 1);
    }

    /**
     * Takes fastexcel's bytes. They come in pieces of some 512 bytes (its deflater's buffer), so
     * they are gathered first: each step after this one runs once per 64 KiB, not once per piece.
     */
    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      int at = off;
      int left = len;
      while (left > 0) {
        int n = Math.min(left, input.length - inputSize);
        System.arraycopy(b, at, input, inputSize, n);
        inputSize += n;
        at += n;
        left -= n;
        if (inputSize == input.length) {
          drain();
        }
      }
    }

    private void drain() throws IOException {
      int size = inputSize;
      inputSize = 0;
      take(input, 0, size);
    }

    /** Takes a run of fastexcel's zip stream: headers, parts and descriptors in turn. */
    private void take(byte[] b, int off, int len) throws IOException {
      int end = off + len;
      int i = off;
      while (i < end && !done) {
        if (inPart) {
          i = inflate(b, i, end);
        } else if (descriptorLeft > 0) {
          int n = Math.min(descriptorLeft, end - i);
          descriptorLeft -= n;
          i += n;
        } else {
          i = header(b, i, end);
        }
      }
    }

    /** Takes bytes of a local header; starts the part once the header is whole. */
    private int header(byte[] b, int i, int end) throws IOException {
      int n = Math.min(headerNeeded - headerSize, end - i);
      if (headerSize + n > header.length) {
        header = Arrays.copyOf(header, Math.max(headerSize + n, header.length * 2));
      }
      System.arraycopy(b, i, header, headerSize, n);
      headerSize += n;
      if (headerSize >= 4 && le(header, 0, 4) != LFH) {
        done = true; // the central directory: written anew by finish()
        return end;
      }
      if (headerSize == 30 && headerNeeded == 30) {
        headerNeeded = 30 + (int) le(header, 26, 2) + (int) le(header, 28, 2);
      }
      if (headerSize == headerNeeded) {
        start(new String(header, 30, (int) le(header, 26, 2), StandardCharsets.UTF_8));
        headerSize = 0;
        headerNeeded = 30;
      }
      return i + n;
    }

    private void start(String partName) throws IOException {
      name = partName;
      offset = to.count;
      localHeader(to, partName);
      crc.reset();
      deflater.reset();
      inflater.reset();
      Counting counted = new Counting(to);
      DeflaterOutputStream d = new DeflaterOutputStream(counted, deflater, BUFFER);
      Counting p = new Counting(new CheckedOutputStream(d, crc));
      part = p;
      deflated = d;
      compressed = counted;
      List<Integer> rows = rowBreaks.get(partName);
      breaks = rows != null && SHEET.matcher(partName).matches() ? new RowBreaks(p, rows) : null;
      sheet =
          SHEET.matcher(partName).matches()
              ? new MergeCellsOrder(breaks != null ? breaks : p)
              : null;
      core = partName.equals(CORE) ? new ByteArrayOutputStream() : null;
      inPart = true;
    }

    /** Inflates bytes of the part; ends it when its deflated data ends. */
    private int inflate(byte[] b, int i, int end) throws IOException {
      inflater.setInput(b, i, end - i);
      try {
        while (true) {
          int n = inflater.inflate(plain);
          if (n > 0) {
            plain(plain, n);
          } else if (inflater.finished()) {
            int rest = inflater.getRemaining();
            endPart();
            return end - rest;
          } else if (inflater.needsInput()) {
            return end;
          } else if (inflater.needsDictionary()) {
            throw new IOException("fastexcel wrote " + name + " with a preset dictionary");
          }
        }
      } catch (DataFormatException ex) {
        throw new IOException("fastexcel wrote " + name + " damaged: " + ex.getMessage(), ex);
      }
    }

    private void plain(byte[] b, int n) throws IOException {
      if (core != null) {
        core.write(b, 0, n);
      } else if (sheet != null) {
        sheet.write(b, 0, n);
      } else {
        Objects.requireNonNull(part).write(b, 0, n);
      }
    }

    private void endPart() throws IOException {
      Counting p = Objects.requireNonNull(part);
      if (core != null) {
        p.write(core(core.toByteArray(), author, created));
      } else if (sheet != null) {
        sheet.finish();
        if (breaks != null) {
          breaks.finish();
        }
      }
      Objects.requireNonNull(deflated).finish();
      long csize = Objects.requireNonNull(compressed).count;
      ByteBuffer ext = le(16);
      ext.putInt(EXT).putInt((int) crc.getValue()).putInt((int) csize).putInt((int) p.count);
      to.write(ext.array());
      written.add(new Part(name, crc.getValue(), p.count, csize, offset));
      part = null;
      deflated = null;
      compressed = null;
      sheet = null;
      breaks = null;
      core = null;
      inPart = false;
      descriptorLeft = 24; // fastexcel's: signature, CRC and two 8-byte sizes
    }

    /** Writes the central directory after the last part. */
    void finish() throws IOException {
      drain();
      if (inPart || headerSize > 0 && !done) {
        throw new IOException("the workbook fastexcel wrote ends inside a part");
      }
      long cen = to.count;
      for (Part p : written) {
        centralHeader(to, p);
      }
      long cenSize = to.count - cen;
      ByteBuffer end = le(22);
      end.putInt(END).putShort((short) 0).putShort((short) 0);
      end.putShort((short) written.size()).putShort((short) written.size());
      end.putInt((int) cenSize).putInt((int) cen).putShort((short) 0);
      to.write(end.array());
      to.flush();
    }

    @Override
    public void flush() {
      // parts reach the target as they are deflated; the target is flushed by finish()
    }

    @Override
    public void close() {
      inflater.end();
      deflater.end();
    }
  }

  private static long le(byte[] b, int at, int width) {
    long v = 0;
    for (int i = width - 1; i >= 0; i--) {
      v = (v << 8) | (b[at + i] & 0xFF);
    }
    return v;
  }

  private static byte[] core(byte[] part, String author, Instant created) {
    String xml = new String(part, StandardCharsets.UTF_8);
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

  /** A local file header whose sizes and CRC follow the part, in its data descriptor. */
  private static void localHeader(Counting to, String name) throws IOException {
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = le(30 + n.length);
    b.putInt(LFH).putShort((short) 20).putShort((short) FLAGS).putShort((short) ZipEntry.DEFLATED);
    b.putShort((short) 0).putShort((short) DOS_DATE_1980_01_01);
    b.putInt(0).putInt(0).putInt(0);
    b.putShort((short) n.length).putShort((short) 0);
    b.put(n);
    to.write(b.array());
  }

  /** A central directory record. */
  private static void centralHeader(Counting to, Part p) throws IOException {
    byte[] n = p.name().getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = le(46 + n.length);
    b.putInt(CEN).putShort((short) 20).putShort((short) 20);
    b.putShort((short) FLAGS).putShort((short) ZipEntry.DEFLATED);
    b.putShort((short) 0).putShort((short) DOS_DATE_1980_01_01);
    b.putInt((int) p.crc()).putInt((int) p.csize()).putInt((int) p.size());
    b.putShort((short) n.length).putShort((short) 0);
    b.putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0);
    b.putInt((int) p.offset());
    b.put(n);
    to.write(b.array());
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
