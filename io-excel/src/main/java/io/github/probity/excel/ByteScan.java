package io.github.probity.excel;

import io.github.probity.excel.WorkbookRejectedException.Reason;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Scans one XML part of an xlsx package as bytes, without parsing it: finds the root element,
 * collects {@code mergeCell} ranges, refuses markup declarations ({@code <!DOCTYPE}, {@code
 * <!ENTITY} …) and entity references other than the five predefined ones (except in worksheets and
 * shared strings, whose parser refuses them as it reads), and in those two refuses a run of bytes
 * without markup longer than any cell text within the limit could take (16 bytes per allowed
 * character, at least 4 MiB), so the parser never has to hold one such run; it checks the length of
 * the texts it joins itself. Comments, CDATA sections and processing instructions are skipped. In
 * well-formed XML every {@code <} outside those starts a tag, so the scan sees every element;
 * malformed XML is left for the parser to refuse. Text is skipped eight bytes at a time, and only
 * tags that start like a merged range ({@code mergeCell}, unprefixed or with the root element's
 * prefix) are looked at further.
 *
 * <p>Only UTF-8 (or ASCII) parts are accepted: a part in another encoding is refused as {@link
 * Reason#MALFORMED}, since the parser would meet it without these limits. Every part's texts and
 * attribute values are bounded (worksheets and shared strings by the text limit, other parts by 4
 * MiB), so no single value can exhaust the heap. One instance per part, one thread.
 */
final class ByteScan {
  private static final int MAX_NAME = 64;
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

  /**
   * Bytes allowed per character of the text limit in one text run: a character takes at most 10
   * bytes as any tool writes it ({@code &#x10FFFF;}, {@code &#1114111;}); six more are headroom.
   */
  private static final int RUN_BYTES_PER_CHAR = 16;

  /**
   * The shortest run cap, so that long attribute values of real sheets (sqref lists) still pass.
   */
  private static final long MIN_RUN_BYTES = 4L << 20;

  private final InputStream in;
  private final String part;
  private final ReadLimits limits;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int lim;
  private final byte[] name = new byte[MAX_NAME];
  private int nameLength;
  private int localStart;
  private long base;
  private long lastTag;
  private long maxRun = Long.MAX_VALUE;

  /** How many merged ranges the workbook may still declare. */
  private int mergesLeft;

  /**
   * Whether entity references are looked for: not in worksheets and shared strings, whose parser
   * refuses them itself, so that their text is skipped faster.
   */
  private boolean checkEntities = true;

  /**
   * The first byte of the root's prefix, whose tags may be merged ranges too ({@code m} when it has
   * none); -1 before the root.
   */
  private int mergeStart = -1;

  private ByteScan(InputStream in, String part, ReadLimits limits) {
    this.in = in;
    this.part = part;
    this.limits = limits;
  }

  /**
   * Scans a part; returns what it found, with an empty root if the part must be parsed instead.
   *
   * @throws WorkbookRejectedException if the part breaks a limit or declares markup
   */
  static ZipGuard.PartInfo scan(InputStream in, String part, ReadLimits limits, int mergesLeft)
      throws IOException {
    ByteScan scan = new ByteScan(in, part, limits);
    scan.mergesLeft = mergesLeft;
    return scan.run();
  }

  /**
   * Wraps the shared strings part so that it is checked as its parser reads it, and inflated once
   * instead of twice (it is the largest part but the sheets of a workbook Excel saved). Its head,
   * up to {@value #HEAD_BYTES} bytes, is scanned as {@link #scan} scans a part (encoding, markup
   * declarations, root element, which must start in the head); the rest may hold no run of bytes
   * without markup longer than a shared string within the text limit could take. Entity references
   * are refused by the parser, as in a part the package scan left to it.
   *
   * @param in the inflated part
   * @param part the part's name, for messages
   * @param limits the limits read with
   * @return the stream to parse
   */
  static InputStream guarding(InputStream in, String part, ReadLimits limits) {
    return new Guarded(in, part, limits);
  }

  /** The most bytes of a guarded part scanned whole before it is parsed: its prolog must fit. */
  static final int HEAD_BYTES = 1 << 16;

  /** A part read once: its head scanned whole, its run lengths counted as the parser reads. */
  private static final class Guarded extends FilterInputStream {
    private final String part;
    private final ReadLimits limits;
    private final byte[] one = new byte[1];
    private byte @Nullable [] head;
    private int headPos;
    private int headLimit;
    private long run;
    private long maxRun;

    Guarded(InputStream in, String part, ReadLimits limits) {
      super(in);
      this.part = part;
      this.limits = limits;
    }

    @Override
    public int read() throws IOException {
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (maxRun == 0) {
        scanHead();
      }
      byte[] h = head;
      if (h != null) {
        int n = Math.min(len, headLimit - headPos);
        if (n > 0) {
          System.arraycopy(h, headPos, b, off, n);
          headPos += n;
          return n;
        }
        head = null;
        if (headLimit < HEAD_BYTES) {
          return -1; // the part ended inside its head
        }
      }
      int n = in.read(b, off, len);
      if (n > 0) {
        count(b, off, n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      byte[] scratch = new byte[(int) Math.min(n, 8192)];
      int read = read(scratch, 0, scratch.length);
      return Math.max(read, 0);
    }

    @Override
    public int available() {
      return head == null ? 0 : headLimit - headPos;
    }

    /** Reads and scans the head; refuses the part if its root does not start there. */
    private void scanHead() throws IOException {
      byte[] h = new byte[HEAD_BYTES];
      int n = 0;
      for (int r; n < h.length && (r = in.read(h, n, h.length - n)) >= 0; ) {
        n += r;
      }
      ByteScan scan = new ByteScan(new ByteArrayInputStream(h, 0, n), part, limits);
      scan.mergesLeft = Integer.MAX_VALUE; // no ranges are taken from this part
      ZipGuard.PartInfo info = scan.run();
      if (info.root.isEmpty() && n > 0) {
        throw new WorkbookRejectedException(
            Reason.MALFORMED, part + " has no root element in its first " + HEAD_BYTES + " bytes");
      }
      maxRun = Math.max(scan.maxRun, 1);
      int last = lastMarkup(h, 0, n);
      run = last < 0 ? n : n - 1 - last;
      head = h;
      headLimit = n;
    }

    /** Counts the bytes since the last markup and refuses a run longer than allowed. */
    private void count(byte[] b, int off, int n) throws IOException {
      int first = -1;
      for (int i = off, end = off + n; i < end; i++) {
        if (b[i] == '<') {
          first = i - off;
          break;
        }
      }
      if (first < 0) {
        run += n;
      } else {
        if (run + first > maxRun) {
          throw tooLong(run + first);
        }
        run = off + n - 1 - lastMarkup(b, off, n);
      }
      if (run > maxRun) {
        throw tooLong(run);
      }
    }

    private static int lastMarkup(byte[] b, int off, int n) {
      for (int i = off + n - 1; i >= off; i--) {
        if (b[i] == '<') {
          return i;
        }
      }
      return -1;
    }

    private WorkbookRejectedException tooLong(long bytes) {
      return new WorkbookRejectedException(
          Reason.LIMIT_EXCEEDED,
          part
              + ": a text of more than "
              + bytes
              + " bytes, longer than "
              + limits.getMaxTextLength()
              + " characters can be");
    }
  }

  private int read() throws IOException {
    if (pos < lim) {
      return buf[pos++] & 0xFF;
    }
    return fill();
  }

  /**
   * Returns the next {@code <} or {@code &} that needs a look, or -1 at the end: text between
   * markup is skipped eight bytes at a time, and so are character references ({@code &#…;}), end
   * tags and, once the root is known, start tags that cannot be a merged range: a tag is told by
   * the byte after its {@code <} within the same word, so ordinary tags do not stop the scan.
   */
  private int next() throws IOException {
    while (true) {
      byte[] a = buf;
      int p = pos;
      int l = lim;
      while (true) {
        boolean entities = checkEntities;
        int m = mergeStart;
        long mergeStarts = (m < 0 ? 'm' : m) * ONES;
        while (p + Long.BYTES < l) {
          long w = (long) LONGS.get(a, p);
          long following = (long) LONGS.get(a, p + 1);
          long tags = zeros(w ^ ('<' * ONES));
          long stop;
          if (tags == 0) {
            stop = 0;
          } else {
            lastTag = base + p; // at most a word before the tag: the run limit has headroom
            stop =
                tags
                    & (m < 0
                        ? ~zeros(following ^ ('/' * ONES))
                        : zeros(following ^ ('!' * ONES))
                            | zeros(following ^ ('?' * ONES))
                            | zeros(following ^ ('m' * ONES))
                            | zeros(following ^ mergeStarts));
          }
          if (entities) {
            stop |= zeros(w ^ ('&' * ONES)) & ~zeros(following ^ ('#' * ONES));
          }
          if (stop == 0) {
            p += Long.BYTES;
          } else {
            p += Long.numberOfTrailingZeros(stop) >>> 3;
            break;
          }
        }
        if (p >= l) {
          break;
        }
        byte x = a[p++];
        if (x == '<') {
          lastTag = base + p;
          if (p < l && needsNoLook(a[p])) {
            continue;
          }
          pos = p;
          return '<';
        }
        if (x == '&' && entities) {
          if (p < l && a[p] == '#') {
            p++;
            continue;
          }
          pos = p;
          return '&';
        }
      }
      pos = p;
      int c = fill();
      if (c == '<') {
        lastTag = base + 1;
      }
      if (c < 0 || c == '<' || (c == '&' && checkEntities)) {
        return c;
      }
    }
  }

  /** Tells whether a tag starting with this byte (after {@code <}) can be skipped unread. */
  private boolean needsNoLook(byte first) {
    return first == '/'
        || (mergeStart >= 0
            && first != '!'
            && first != '?'
            && first != 'm'
            && (first & 0xFF) != mergeStart);
  }

  /** Sets the high bit of each byte of {@code x} that is zero, exactly. */
  static long zeros(long x) {
    return ~(((x & LOW7) + LOW7) | x | LOW7);
  }

  private int fill() throws IOException {
    base += lim;
    if (base - lastTag > maxRun) {
      throw limit(
          "a text of more than "
              + (base - lastTag)
              + " bytes, longer than "
              + limits.getMaxTextLength()
              + " characters can be");
    }
    int n;
    do {
      n = in.read(buf, 0, buf.length);
    } while (n == 0);
    if (n < 0) {
      lim = 0;
      pos = 0;
      return -1;
    }
    lim = n;
    pos = 1;
    return buf[0] & 0xFF;
  }

  private ZipGuard.PartInfo run() throws IOException {
    ZipGuard.PartInfo info = new ZipGuard.PartInfo();
    ZipGuard.PartInfo parseInstead = new ZipGuard.PartInfo();
    int b = read();
    if (b == 0xEF) {
      if (read() != 0xBB || read() != 0xBF) {
        throw notUtf8();
      }
      b = read();
    }
    while (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
      b = read();
    }
    if (b < 0) {
      return parseInstead; // an empty part: the parser says what it lacks
    }
    if (b != '<') {
      throw notUtf8(); // UTF-16 or UTF-32 (a zero byte or a byte order mark first), or not XML
    }
    String root = "";
    boolean first = true;
    while (b >= 0) {
      if (b == '<') {
        int c = read();
        if (c == '?') {
          if (first && !utf8Declaration()) {
            throw notUtf8();
          }
          if (!first) {
            skipPast('?', 1);
          }
        } else if (c == '!') {
          declarationOrSection();
        } else if (root.isEmpty() && c != '/' && c >= 0) {
          readName(c);
          root = local();
          mergeStart = localStart > 0 ? name[0] & 0xFF : 'm';
          if (root.equals("worksheet") || root.equals("sst")) {
            maxRun =
                Math.max((long) RUN_BYTES_PER_CHAR * limits.getMaxTextLength(), MIN_RUN_BYTES)
                    + buf.length;
            checkEntities = false;
          } else {
            // any other part: no attribute or text of the package is held longer than this
            maxRun = MIN_RUN_BYTES + buf.length;
          }
        } else if (c == 'm' || c == mergeStart) {
          // other tags need no look: their names are skipped with the text that follows
          int end = readName(c);
          if (isLocal("mergeCell") && end != '>') {
            String ref = refAttribute();
            int[] range = ref == null ? null : CellRefs.range(ref);
            if (range != null) {
              ZipGuard.addMerge(info, range, mergesLeft, part);
            }
          }
        }
        first = false;
      } else if (b == '&') {
        entity();
      }
      b = next();
    }
    info.root = root;
    return info;
  }

  /** Reads an element name whose first byte is given; returns the byte that ended it. */
  private int readName(int firstByte) throws IOException {
    nameLength = 0;
    localStart = 0;
    int c = firstByte;
    while (c >= 0 && c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '/' && c != '>') {
      if (nameLength < MAX_NAME) {
        if (c == ':') {
          localStart = nameLength + 1;
        }
        name[nameLength++] = (byte) c;
      }
      c = read();
    }
    return c;
  }

  private boolean isLocal(String wanted) {
    int n = nameLength - localStart;
    if (n != wanted.length()) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (name[localStart + i] != wanted.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private String local() {
    return new String(name, localStart, nameLength - localStart, StandardCharsets.UTF_8);
  }

  /** Reads the rest of a start tag (up to {@code >}) and returns its {@code ref} value, if any. */
  private @Nullable String refAttribute() throws IOException {
    StringBuilder sb = new StringBuilder();
    int c;
    while ((c = read()) >= 0 && c != '>') {
      if (sb.length() < 512) {
        sb.append((char) c);
      }
    }
    String tag = sb.toString();
    int i = 0;
    while ((i = tag.indexOf("ref", i)) >= 0) {
      boolean boundary = i == 0 || Character.isWhitespace(tag.charAt(i - 1));
      int j = i + 3;
      while (j < tag.length() && Character.isWhitespace(tag.charAt(j))) {
        j++;
      }
      if (boundary && j < tag.length() && tag.charAt(j) == '=') {
        j++;
        while (j < tag.length() && Character.isWhitespace(tag.charAt(j))) {
          j++;
        }
        if (j < tag.length() && (tag.charAt(j) == '"' || tag.charAt(j) == '\'')) {
          int close = tag.indexOf(tag.charAt(j), j + 1);
          return close < 0 ? null : tag.substring(j + 1, close);
        }
        return null;
      }
      i += 3;
    }
    return null;
  }

  /** After {@code <!}: skips a comment or CDATA section; refuses anything else. */
  private void declarationOrSection() throws IOException {
    int c = read();
    if (c == '-' && read() == '-') {
      skipPast('-', 2);
      return;
    }
    if (c == '[' && expect("CDATA[")) {
      skipPast(']', 2);
      return;
    }
    throw new WorkbookRejectedException(
        Reason.DOCTYPE, part + " declares a DOCTYPE or other markup declaration");
  }

  private boolean expect(String text) throws IOException {
    for (int i = 0; i < text.length(); i++) {
      if (read() != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Skips past {@code >} preceded by at least {@code count} {@code mark} bytes. */
  private void skipPast(int mark, int count) throws IOException {
    int run = 0;
    int c;
    while ((c = read()) >= 0) {
      if (c == '>' && run >= count) {
        return;
      }
      run = c == mark ? run + 1 : 0;
    }
  }

  /**
   * Refuses a part that is not UTF-8: Excel, WPS and LibreOffice write UTF-8 only, and a part in
   * another encoding would reach the parser without the byte-level limits checked here.
   */
  private WorkbookRejectedException notUtf8() {
    return new WorkbookRejectedException(
        Reason.MALFORMED, part + " is not UTF-8 XML; workbook parts are read in UTF-8 only");
  }

  /** After {@code <?} at the start: reads the XML declaration; tells if it allows UTF-8. */
  private boolean utf8Declaration() throws IOException {
    StringBuilder sb = new StringBuilder();
    int prev = 0;
    int c;
    while ((c = read()) >= 0) {
      if (c == '>' && prev == '?') {
        break;
      }
      if (sb.length() < 1024) {
        sb.append((char) c);
      }
      prev = c;
    }
    String decl = sb.toString();
    int e = decl.indexOf("encoding");
    if (e < 0) {
      return true;
    }
    int q = e + "encoding".length();
    while (q < decl.length() && decl.charAt(q) != '"' && decl.charAt(q) != '\'') {
      q++;
    }
    if (q >= decl.length()) {
      return false;
    }
    int close = decl.indexOf(decl.charAt(q), q + 1);
    if (close < 0) {
      return false;
    }
    String enc = decl.substring(q + 1, close).strip().toUpperCase(Locale.ROOT);
    return enc.equals("UTF-8") || enc.equals("UTF8") || enc.equals("US-ASCII");
  }

  /** After {@code &}: accepts a character reference or a predefined entity, refuses the rest. */
  private void entity() throws IOException {
    int c = read();
    if (c == '#') {
      return;
    }
    StringBuilder sb = new StringBuilder(8);
    while (c >= 0 && c != ';' && sb.length() < 8) {
      sb.append((char) c);
      c = read();
    }
    String ref = sb.toString();
    if (c == ';'
        && (ref.equals("amp")
            || ref.equals("lt")
            || ref.equals("gt")
            || ref.equals("quot")
            || ref.equals("apos"))) {
      return;
    }
    throw new WorkbookRejectedException(Reason.DOCTYPE, part + " refers to entity &" + ref + ";");
  }

  private WorkbookRejectedException limit(String what) {
    return new WorkbookRejectedException(Reason.LIMIT_EXCEEDED, part + ": " + what);
  }
}
