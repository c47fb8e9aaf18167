package io.github.probity.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Copies a worksheet part with its {@code <mergeCells>} block in sheet order (top row, then left
 * column), so that the same table always gives the same bytes: fastexcel keeps a sheet's merged
 * ranges in a hash set keyed partly by object identity and lists them in that set's order, which
 * changes from one run to the next.
 *
 * <p>Streams the part; only the block itself is held (about 30 bytes a range). The block is found
 * by its literal start tag, which cannot occur elsewhere in a part fastexcel wrote: text and
 * attribute values have their {@code <} escaped.
 */
final class MergeCellsOrder {
  private static final byte[] START = "<mergeCells>".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] END = "</mergeCells>".getBytes(StandardCharsets.US_ASCII);
  private static final Pattern CELL =
      Pattern.compile("<mergeCell ref=\"([A-Z]+)(\\d+):([A-Z]+)(\\d+)\"/>");

  private MergeCellsOrder() {}

  /** Copies {@code in} to {@code out}, the merged ranges sorted; {@code in} is read to its end. */
  static void copy(InputStream in, OutputStream out) throws IOException {
    byte[] buf = new byte[1 << 16];
    byte[] carry = new byte[0];
    int n;
    while ((n = in.read(buf)) >= 0) {
      byte[] chunk = concat(carry, buf, n);
      int at = indexOf(chunk, START, 0, chunk.length);
      if (at >= 0) {
        out.write(chunk, 0, at);
        block(Arrays.copyOfRange(chunk, at, chunk.length), in, out);
        return;
      }
      int keep = Math.min(chunk.length, START.length - 1);
      out.write(chunk, 0, chunk.length - keep);
      carry = Arrays.copyOfRange(chunk, chunk.length - keep, chunk.length);
    }
    out.write(carry);
  }

  /** Holds the block from its start tag to its end tag, writes it sorted, then the rest. */
  private static void block(byte[] start, InputStream in, OutputStream out) throws IOException {
    byte[] held = Arrays.copyOf(start, Math.max(start.length, 1 << 16));
    int size = start.length;
    int searched = START.length;
    while (true) {
      int end = indexOf(held, END, searched, size);
      if (end >= 0) {
        int after = end + END.length;
        out.write(sorted(new String(held, 0, after, StandardCharsets.US_ASCII)));
        out.write(held, after, size - after);
        in.transferTo(out);
        return;
      }
      searched = Math.max(START.length, size - END.length + 1);
      if (size == held.length) {
        held = Arrays.copyOf(held, held.length * 2);
      }
      int n = in.read(held, size, held.length - size);
      if (n < 0) {
        throw new IOException("a worksheet just written ends inside its merged ranges");
      }
      size += n;
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

  private static byte[] concat(byte[] head, byte[] buf, int n) {
    byte[] all = Arrays.copyOf(head, head.length + n);
    System.arraycopy(buf, 0, all, head.length, n);
    return all;
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
