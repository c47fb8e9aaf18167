package io.github.probity.excel;

import io.github.probity.excel.WorkbookRejectedException.Reason;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the shared strings part of an xlsx package into memory: one text per {@code <si>} item,
 * rich runs joined, phonetic runs left out. Its inflated size is bounded by {@link
 * ReadLimits#getMaxSharedStringsBytes()} before it is read; each item is checked against the text
 * limit. Stateless.
 */
final class SharedStrings {
  private SharedStrings() {}

  /**
   * Reads the items of a shared strings part; the caller closes the stream.
   *
   * @throws WorkbookRejectedException if the part is malformed or an item is too long
   */
  static String[] read(InputStream in, String part, ReadLimits limits)
      throws WorkbookRejectedException {
    List<String> items = new ArrayList<>();
    XMLStreamReader xml = null;
    try {
      xml = XmlParts.open(in, part);
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT && "si".equals(xml.getLocalName())) {
          try {
            items.add(XmlParts.richText(xml, part, limits.getMaxTextLength()));
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
        } else {
          XmlParts.refuseDeclarations(xml, part);
        }
      }
      return items.toArray(new String[0]);
    } catch (WorkbookRejectedException ex) {
      throw ex;
    } catch (XMLStreamException | RuntimeException ex) {
      throw XmlParts.rejection(part, ex);
    } finally {
      XmlParts.close(xml);
    }
  }
}
