package io.github.probity.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Passes a worksheet part on with manual row breaks ({@code <rowBreaks>}) put in where the schema
 * wants them: after the header and footer, before the first of the elements that follow (a drawing,
 * comments' drawing, tables) or the end of the sheet. A stream: the part is written to it in pieces
 * of any size and passed on as it comes; only the last few bytes of a piece are held back in case a
 * tag goes on in the next one. The tags are found by their literal text, which cannot occur in a
 * part fastexcel wrote but as tags: text and attribute values have their {@code <} escaped. One
 * instance per part, one thread; {@link #finish()} ends the part (the target is not closed).
 */
final class RowBreaks extends OutputStream {
  /** The tags the breaks go before: what may follow them in a worksheet, in schema order. */
  private static final byte[][] BEFORE = {
    bytes("<colBreaks"),
    bytes("<customProperties"),
    bytes("<cellWatches"),
    bytes("<ignoredErrors"),
    bytes("<smartTags"),
    bytes("<drawing"),
    bytes("<legacyDrawing"),
    bytes("<picture"),
    bytes("<oleObjects"),
    bytes("<controls"),
    bytes("<webPublishItems"),
    bytes("<tableParts"),
    bytes("<extLst"),
    bytes("</worksheet>"),
  };

  private static final int LONGEST = Arrays.stream(BEFORE).mapToInt(t -> t.length).max().orElse(0);

  private final OutputStream out;
  private final byte[] breaks;
  private final byte[] one = new byte[1];

  /** The end of what was written, not yet passed on: a tag may start in it. */
  private byte[] carry = new byte[0];

  private boolean inserted;

  /**
   * @param out the target
   * @param rows the 0-based rows that begin a new printed page; none leaves the part as it is
   */
  RowBreaks(OutputStream out, List<Integer> rows) {
    this.out = out;
    this.breaks = element(rows);
    this.inserted = rows.isEmpty();
  }

  /** The {@code <rowBreaks>} element for the rows. */
  static byte[] element(List<Integer> rows) {
    StringBuilder s = new StringBuilder();
    s.append("<rowBreaks count=\"")
        .append(rows.size())
        .append("\" manualBreakCount=\"")
        .append(rows.size())
        .append("\">");
    for (int row : rows) {
      // a break's id is the last row (1-based) above it
      s.append("<brk id=\"").append(row).append("\" max=\"16383\" man=\"1\"/>");
    }
    return s.append("</rowBreaks>").toString().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void write(int b) throws IOException {
    one[0] = (byte) b;
    write(one, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (inserted) {
      out.write(b, off, len);
      return;
    }
    byte[] buf = new byte[carry.length + len];
    System.arraycopy(carry, 0, buf, 0, carry.length);
    System.arraycopy(b, off, buf, carry.length, len);
    int at = first(buf);
    if (at >= 0) {
      out.write(buf, 0, at);
      out.write(breaks);
      out.write(buf, at, buf.length - at);
      carry = new byte[0];
      inserted = true;
      return;
    }
    // a tag not found whole may only have begun in the last bytes
    int keep = Math.min(buf.length, LONGEST - 1);
    out.write(buf, 0, buf.length - keep);
    carry = Arrays.copyOfRange(buf, buf.length - keep, buf.length);
  }

  /** Where the first of {@link #BEFORE} starts in {@code buf}, or -1. */
  private static int first(byte[] buf) {
    for (int i = 0; i < buf.length; i++) {
      if (buf[i] != '<') {
        continue;
      }
      for (byte[] tag : BEFORE) {
        if (starts(buf, i, tag)) {
          return i;
        }
      }
    }
    return -1;
  }

  private static boolean starts(byte[] buf, int at, byte[] tag) {
    if (at + tag.length > buf.length) {
      return false;
    }
    for (int j = 0; j < tag.length; j++) {
      if (buf[at + j] != tag[j]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Ends the part: passes on what is still held back.
   *
   * @throws IOException if the part ended before the place of the breaks
   */
  void finish() throws IOException {
    if (!inserted) {
      throw new IOException("a worksheet just written ends before its row breaks' place");
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
