package io.github.probity.excel;

import io.github.probity.excel.WorkbookRejectedException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the shared strings part of an xlsx package into memory with {@link PartScanner}: one text
 * per {@code <si>} item, rich runs joined, phonetic runs left out. {@link
 * ReadLimits#getMaxSharedStringsBytes()} bounds both its inflated size, before it is read, and the
 * memory its strings take once read, estimated at {@value #BYTES_PER_STRING} bytes per string plus
 * two per character (many tiny items take far more memory than their XML); each item is checked
 * against the text limit. Stateless.
 */
final class SharedStrings {
  /** What one string costs in the heap besides its characters: object, array header, reference. */
  static final int BYTES_PER_STRING = 48;

  private SharedStrings() {}

  /**
   * Reads the items of a shared strings part; the caller closes the stream.
   *
   * @throws WorkbookRejectedException if the part is malformed or an item is too long
   */
  static String[] read(InputStream in, String part, ReadLimits limits)
      throws WorkbookRejectedException {
    return read(in, part, limits, null);
  }

  /**
   * Reads the items of a shared strings part, each without its runs struck through, whose texts go
   * to {@code struck} by the item's index when it is given; the caller closes the stream.
   *
   * @throws WorkbookRejectedException if the part is malformed or an item is too long
   */
  static String[] read(
      InputStream in, String part, ReadLimits limits, @Nullable Map<Integer, String> struck)
      throws WorkbookRejectedException {
    StringBuilder gone = struck == null ? null : new StringBuilder();
    List<String> items = new ArrayList<>();
    long heap = 0;
    PartScanner xml = new PartScanner(in, part);
    try {
      for (int event = xml.next(); event != PartScanner.EOF; event = xml.next()) {
        if (event == PartScanner.START && xml.isLocal("si")) {
          try {
            String item = xml.richText(limits.getMaxTextLength(), gone);
            heap += BYTES_PER_STRING + 2L * item.length();
            if (struck != null && gone != null && gone.length() > 0) {
              heap += BYTES_PER_STRING + 2L * gone.length();
              struck.put(items.size(), gone.toString());
              gone.setLength(0);
            }
            if (heap > limits.getMaxSharedStringsBytes()) {
              throw new WorkbookRejectedException(
                  Reason.LIMIT_EXCEEDED,
                  part
                      + ": "
                      + (items.size() + 1)
                      + " shared strings would take more than "
                      + limits.getMaxSharedStringsBytes()
                      + " bytes of memory");
            }
            items.add(item);
          } catch (XmlParts.TooLong ex) {
            throw new WorkbookRejectedException(
                Reason.LIMIT_EXCEEDED,
                part
                    + ": shared string "
                    + items.size()
                    + " has more than "
                    + limits.getMaxTextLength()
                    + " characters");
          }
        }
      }
      return items.toArray(new String[0]);
    } catch (WorkbookRejectedException ex) {
      throw ex;
    } catch (IOException | RuntimeException ex) {
      throw XmlParts.rejection(part, ex);
    }
  }
}
