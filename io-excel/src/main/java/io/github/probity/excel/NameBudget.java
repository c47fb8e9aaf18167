package io.github.probity.excel;

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
 * second, 400,000 over a minute), so the count of distinct names is what bounds its time. A
 * worksheet written by any office suite uses fewer than a hundred.
 *
 * <p>Names are checked as each start tag is reached: a small table of the names seen last answers
 * for the names of ordinary sheets without a lookup, so the row path pays one comparison per name.
 * One instance per part, one thread.
 */
final class NameBudget extends StreamReader2Delegate {
  /** The most distinct qualified names one part may use. */
  static final int MAX_NAMES = 4096;

  private static final int CACHE = 64;

  private final XMLStreamReader2 xml;
  private final String part;
  private final @Nullable String[] locals = new String[CACHE];
  private final @Nullable String[] prefixes = new String[CACHE];
  private final Set<String> names = new HashSet<>();

  NameBudget(XMLStreamReader2 xml, String part) {
    super(xml);
    this.xml = xml;
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
    name(xml.getPrefix(), xml.getLocalName());
    for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
      name(xml.getAttributePrefix(i), xml.getAttributeLocalName(i));
    }
    for (int i = 0, n = xml.getNamespaceCount(); i < n; i++) {
      name("xmlns", xml.getNamespacePrefix(i));
    }
  }

  /** Counts a name unless it is among those seen last (names are interned by the parser). */
  private void name(@Nullable String prefix, @Nullable String local) {
    String l = local == null ? "" : local;
    String p = prefix == null || prefix.isEmpty() ? "" : prefix;
    int slot = (l.hashCode() * 31 + p.length()) & (CACHE - 1);
    if (locals[slot] == l && prefixes[slot] == p) {
      return;
    }
    if (names.add(p.isEmpty() ? l : p + ':' + l) && names.size() > MAX_NAMES) {
      throw new WorkbookRejectedException(
          Reason.LIMIT_EXCEEDED,
          part + " uses more than " + MAX_NAMES + " distinct element and attribute names");
    }
    locals[slot] = l;
    prefixes[slot] = p;
  }
}
