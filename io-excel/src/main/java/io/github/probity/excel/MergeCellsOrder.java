package io.github.probity.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Passes a worksheet part on with its {@code <mergeCells>} block in sheet order (top row, then left
 * column), so that the same table always gives the same bytes: fastexcel keeps a sheet's merged
 * ranges in a hash set keyed partly by object identity and lists them in that set's order, which
 * changes from one run to the next.
 *
 * <p>A stream: the part is written to it in pieces of any size and passed on as it comes; only the
 * block itself is held (about 30 bytes a range). The block is found by its literal start tag, which
 * cannot occur elsewhere in a part fastexcel wrote: text and attribute values have their {@code <}
 * escaped. The search skips eight bytes at a time to the next {@code <m}, the only pair that may
 * start the tag, so the rows ahead of the block cost a few operations per word. One instance per
 * part, one thread; {@link #finish()} ends the part (the target is not closed).
 */
final class MergeCellsOrder extends OutputStream {
  private static final byte[] START = "<mergeCells>".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] END = "</mergeCells>".getBytes(StandardCharsets.US_ASCII);
  private static final Pattern CELL =
      Pattern.compile("<mergeCell ref=\"([A-Z]+)(\\d+):([A-Z]+)(\\d+)\"/>");
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;

  private final OutputStream out;
  private final byte[] one = new byte[1];

  /** Bytes of the start tag matched at the end of what was written so far, not yet passed on. */
  private int matched;

  /** The block from its start tag, while its end tag has not come. */
  private byte[] held = new byte[0];

  private int heldSize;
  private boolean holding;
  private boolean after;

  /** Where the search for the end tag in {@link #held} goes on. */
  private int searched;

  MergeCellsOrder(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(int b) throws IOException {
    one[0] = (byte) b;
    write(one, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    int end = off + len;
    if (after) {
      out.write(b, off, len);
      return;
    }
    if (holding) {
      hold(b, off, len);
      return;
    }
    int i = off;
    if (matched > 0) {
      while (i < end && matched < START.length && b[i] == START[matched]) {
        matched++;
        i++;
      }
      if (matched == START.length) {
        matched = 0;
        hold(START, 0, START.length);
        hold(b, i, end - i);
        return;
      }
      if (i == end) {
        return;
      }
      // not the tag: the bytes held are passed on; a tag starts only at a '<', which they lack
      out.write(START, 0, matched);
      matched = 0;
    }
    int from = i;
    while (true) {
      int p = candidate(b, i, end);
      if (p < 0) {
        out.write(b, from, end - from);
        return;
      }
      int k = 0;
      while (k < START.length && p + k < end && b[p + k] == START[k]) {
        k++;
      }
      if (k == START.length) {
        out.write(b, from, p - from);
        hold(b, p, end - p);
        return;
      }
      if (p + k == end) {
        out.write(b, from, p - from);
        matched = k; // the tag may go on in the next piece
        return;
      }
      i = p + 1;
    }
  }

  /** The next {@code <} followed by {@code m} or by the end of the piece, or -1. */
  private static int candidate(byte[] b, int from, int end) {
    int p = from;
    while (p + Long.BYTES < end) {
      long w = (long) LONGS.get(b, p);
      long following = (long) LONGS.get(b, p + 1);
      long hits = ByteScan.zeros(w ^ ('<' * ONES)) & ByteScan.zeros(following ^ ('m' * ONES));
      if (hits != 0) {
        return p + (Long.numberOfTrailingZeros(hits) >>> 3);
      }
      p += Long.BYTES;
    }
    for (; p < end; p++) {
      if (b[p] == '<' && (p + 1 == end || b[p + 1] == 'm')) {
        return p;
      }
    }
    return -1;
  }

  /** Holds bytes of the block; once its end tag is in, writes it sorted and passes on the rest. */
  private void hold(byte[] b, int off, int len) throws IOException {
    holding = true;
    if (heldSize + len > held.length) {
      held = Arrays.copyOf(held, Math.max(heldSize + len, Math.max(1 << 12, held.length * 2)));
    }
    System.arraycopy(b, off, held, heldSize, len);
    heldSize += len;
    int at = indexOf(held, END, Math.max(START.length, searched), heldSize);
    if (at < 0) {
      searched = Math.max(START.length, heldSize - END.length + 1);
      return;
    }
    int tail = at + END.length;
    out.write(sorted(new String(held, 0, tail, StandardCharsets.US_ASCII)));
    out.write(held, tail, heldSize - tail);
    held = new byte[0];
    heldSize = 0;
    holding = false;
    after = true;
  }

  /**
   * Ends the part: passes on what is still held back.
   *
   * @throws IOException if the part ends inside its merged ranges
   */
  void finish() throws IOException {
    if (holding) {
      throw new IOException("a worksheet just written ends inside its merged ranges");
    }
    if (matched > 0) {
      out.write(START, 0, matched);
      matched = 0;
    }
  }

  private static byte[] sorted(String block) {
    List<String[]> ranges = new ArrayList<>();
    Matcher m = CELL.matcher(block);
    while (m.find()) {
      ranges.add(new String[] {m.group(1), m.group(2), m.group(3), m.group(4)});
    }
    ranges.sort(
        Comparator.<String[]>comparingInt(r -> Integer.parseInt(r[1]))
            .thenComparingInt(r -> column(r[0]))
            .thenComparingInt(r -> Integer.parseInt(r[3]))
            .thenComparingInt(r -> column(r[2])));
    StringBuilder s = new StringBuilder(block.length()).append("<mergeCells>");
    for (String[] r : ranges) {
      s.append("<mergeCell ref=\"").append(r[0]).append(r[1]).append(':');
      s.append(r[2]).append(r[3]).append("\"/>");
    }
    return s.append("</mergeCells>").toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static int column(String letters) {
    int c = 0;
    for (int i = 0; i < letters.length(); i++) {
      c = c * 26 + letters.charAt(i) - 'A' + 1;
    }
    return c;
  }

  private static int indexOf(byte[] hay, byte[] needle, int from, int size) {
    outer:
    for (int i = from; i <= size - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
