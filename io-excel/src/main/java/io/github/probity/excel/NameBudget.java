package io.github.probity.excel;

import com.fasterxml.aalto.in.XmlScanner;
import com.fasterxml.aalto.stax.StreamReaderImpl;
import io.github.probity.excel.WorkbookRejectedException.Reason;
import java.util.HashSet;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.util.StreamReader2Delegate;
import org.jspecify.annotations.Nullable;

/**
 * A part's parser that refuses the part once its elements, attributes and namespace declarations
 * use more than {@link #MAX_NAMES} distinct names. The parser keeps every name it meets in a table
 * whose cost per new name grows with the names already in it (50,000 distinct names take over a
 * second, 400,000 over a minute), so the count of distinct names is what bounds its time. A part
 * written by any office suite uses fewer than a hundred. (Worksheets and shared strings are read by
 * {@link PartScanner}, which keeps no names.)
 *
 * <p>Names are checked as each start tag is reached: a small table of the names seen last answers
 * for the names of ordinary parts without a lookup, so a part pays one comparison per name. The
 * names are read from Aalto's scanner, which holds each as one interned string; this ties the check
 * to Aalto, which the part readers use anyway. One instance per part, one thread.
 */
final class NameBudget extends StreamReader2Delegate {
  /** The most distinct qualified names one part may use. */
  static final int MAX_NAMES = 4096;

  private static final int CACHE = 64;

  private final XMLStreamReader2 xml;
  private final XmlScanner scanner;
  private final String part;
  private final @Nullable String[] seen = new String[CACHE];
  private final Set<String> names = new HashSet<>();

  /**
   * Wraps an Aalto reader. Names are taken from its scanner as the parser's own interned qualified
   * names ({@code prefix:local}), one string per distinct name, so that a name seen before is
   * recognised by identity.
   */
  NameBudget(StreamReaderImpl xml, String part) {
    super(xml);
    this.xml = xml;
    this.scanner = xml.getScanner();
    this.part = part;
  }

  @Override
  public int next() throws XMLStreamException {
    int event = xml.next();
    if (event == XMLStreamConstants.START_ELEMENT) {
      startTag();
    }
    return event;
  }

  @Override
  public int nextTag() throws XMLStreamException {
    int event = xml.nextTag();
    if (event == XMLStreamConstants.START_ELEMENT) {
      startTag();
    }
    return event;
  }

  @Override
  public void skipElement() throws XMLStreamException {
    XmlParts.skip(this, part);
  }

  private void startTag() {
    name(xml.getPrefixedName());
    for (int i = 0, n = scanner.getAttrCount(); i < n; i++) {
      name(scanner.getAttrPrefixedName(i));
    }
    for (int i = 0, n = xml.getNamespaceCount(); i < n; i++) {
      String prefix = xml.getNamespacePrefix(i);
      count("xmlns:" + (prefix == null ? "" : prefix));
    }
  }

  /** Counts a name unless it is among those seen last. */
  private void name(String qualified) {
    int slot = qualified.hashCode() & (CACHE - 1);
    if (seen[slot] != qualified) {
      count(qualified);
      seen[slot] = qualified;
    }
  }

  private void count(String qualified) {
    if (names.add(qualified) && names.size() > MAX_NAMES) {
      throw new WorkbookRejectedException(
          Reason.LIMIT_EXCEEDED,
          part + " uses more than " + MAX_NAMES + " distinct element and attribute names");
    }
  }
}
