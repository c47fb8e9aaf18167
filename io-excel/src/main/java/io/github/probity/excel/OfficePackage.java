package io.github.probity.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
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
 * each part is written under a local header that states its sizes, and the document properties are
 * rewritten with the caller's author and time. The temporary file is deleted whatever happens; the
 * target receives nothing until the workbook is complete. fastexcel stores the parts uncompressed;
 * each is deflated once here, with its worksheet's merged ranges put in sheet order ({@link
 * MergeCellsOrder}), so that equal content, author and time give equal bytes.
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

  /**
   * The compression level: 3 gives files of the size fastexcel's own compression gave (about 4.4 MB
   * for 50,000 annex rows, where level 6 gives 3.6 MB at nearly twice the time).
   */
  private static final int LEVEL = 3;

  private static final Pattern SHEET = Pattern.compile("xl/worksheets/sheet\\d+\\.xml");
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
    write(out, author, created, Map.of(), body);
  }

  /**
   * As {@link #write(OutputStream, String, Instant, Body)}, with manual page breaks: {@code
   * rowBreaks}, filled in by the body, gives for a worksheet part (such as {@code
   * xl/worksheets/sheet1.xml}) the 0-based rows that begin a new printed page.
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
      try (OutputStream file = Files.newOutputStream(tmp)) {
        Workbook wb = new Workbook(file, "Probity", "1.0");
        wb.setCompressionLevel(Deflater.NO_COMPRESSION);
        wb.setGlobalDefaultFont(SheetWriter.FONT, SheetWriter.BODY_FONT_SIZE);
        body.write(wb);
        wb.finish();
      }
      repack(tmp, out, author, created.truncatedTo(ChronoUnit.SECONDS), rowBreaks);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private record Part(String name, long crc, long size, long csize) {}

  /**
   * Copies every part of the workbook just written under a local header that states its sizes,
   * deflating it once here (fastexcel stored it uncompressed), with the document properties
   * rewritten and each worksheet's merged ranges in sheet order.
   */
  private static void repack(
      Path file,
      OutputStream out,
      String author,
      Instant created,
      Map<String, List<Integer>> rowBreaks)
      throws IOException {
    Counting to = new Counting(out);
    List<Part> written = new ArrayList<>();
    List<Long> offsets = new ArrayList<>();
    Path packed = Files.createTempFile("probity-", ".part");
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        Part p = pack(zip, e, packed, author, created, rowBreaks);
        offsets.add(to.count);
        header(to, p, false, 0);
        Files.copy(packed, to);
        written.add(p);
      }
    } finally {
      Files.deleteIfExists(packed);
    }
    long cen = to.count;
    for (int i = 0; i < written.size(); i++) {
      header(to, written.get(i), true, offsets.get(i));
    }
    long cenSize = to.count - cen;
    ByteBuffer end = le(22);
    end.putInt(END).putShort((short) 0).putShort((short) 0);
    end.putShort((short) written.size()).putShort((short) written.size());
    end.putInt((int) cenSize).putInt((int) cen).putShort((short) 0);
    to.write(end.array());
    to.flush();
  }

  /** Deflates one part into {@code packed}, returning its name, CRC and sizes. */
  private static Part pack(
      ZipFile zip,
      ZipEntry e,
      Path packed,
      String author,
      Instant created,
      Map<String, List<Integer>> rowBreaks)
      throws IOException {
    CRC32 crc = new CRC32();
    long size;
    Deflater deflater = new Deflater(LEVEL, true);
    try (OutputStream file = Files.newOutputStream(packed);
        DeflaterOutputStream deflated = new DeflaterOutputStream(file, deflater, 1 << 16);
        Counting plain = new Counting(new CheckedOutputStream(deflated, crc));
        InputStream in = zip.getInputStream(e)) {
      if (e.getName().equals(CORE)) {
        plain.write(core(in, author, created));
      } else if (rowBreaks.containsKey(e.getName())) {
        MergeCellsOrder.copy(withBreaks(in, rowBreaks.get(e.getName())), plain);
      } else if (SHEET.matcher(e.getName()).matches()) {
        MergeCellsOrder.copy(in, plain);
      } else {
        in.transferTo(plain);
      }
      plain.flush();
      deflated.finish();
      size = plain.count;
    } finally {
      deflater.end();
    }
    return new Part(e.getName(), crc.getValue(), size, Files.size(packed));
  }

  /**
   * The worksheet with its manual row breaks, placed after the header and footer where the schema
   * wants them (read whole: only small sheets have them).
   */
  private static InputStream withBreaks(InputStream in, List<Integer> rows) throws IOException {
    String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    if (rows.isEmpty()) {
      return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
    StringBuilder breaks = new StringBuilder();
    breaks
        .append("<rowBreaks count=\"")
        .append(rows.size())
        .append("\" manualBreakCount=\"")
        .append(rows.size())
        .append("\">");
    for (int row : rows) {
      // a break's id is the last row (1-based) above it
      breaks.append("<brk id=\"").append(row).append("\" max=\"16383\" man=\"1\"/>");
    }
    breaks.append("</rowBreaks>");
    int at = xml.indexOf("</headerFooter>");
    at = at >= 0 ? at + "</headerFooter>".length() : xml.indexOf("</worksheet>");
    String out = xml.substring(0, at) + breaks + xml.substring(at);
    return new ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] core(InputStream in, String author, Instant created) throws IOException {
    String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
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

  /** A local file header, or a central directory record at {@code offset}. */
  private static void header(Counting to, Part p, boolean central, long offset) throws IOException {
    byte[] name = p.name().getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = le((central ? 46 : 30) + name.length);
    b.putInt(central ? CEN : LFH);
    if (central) {
      b.putShort((short) 20);
    }
    b.putShort((short) 20).putShort((short) 0x0800).putShort((short) ZipEntry.DEFLATED);
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
