package io.github.probity.excel;

import com.fasterxml.aalto.stax.StreamReaderImpl;
import io.github.probity.excel.WorkbookRejectedException.Reason;
import java.io.EOFException;
import java.io.InputStream;
import java.util.zip.ZipException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.XMLStreamReader2;
import org.jspecify.annotations.Nullable;

/**
 * The StAX parser every xlsx part is read with (Aalto, created directly so no JVM-wide factory
 * lookup or setting is involved; DTDs, external entities and entity replacement off) and the small
 * reading steps the part readers share. Stateless and thread-safe.
 */
final class XmlParts {
  private XmlParts() {}

  /**
   * Opens a part's parser, bounded in the distinct names it may meet ({@link NameBudget}). Each
   * part gets a factory of its own: the parser's factory keeps the names its readers met for the
   * next reader, so one file's names would otherwise slow every later read of the application.
   *
   * @throws XMLStreamException if the part does not start as XML
   */
  static XMLStreamReader2 open(InputStream in, String part) throws XMLStreamException {
    XMLInputFactory f = new com.fasterxml.aalto.stax.InputFactoryImpl();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
    return new NameBudget((StreamReaderImpl) f.createXMLStreamReader(in), part);
  }

  /** Refuses the event the parser stands on if it is a DOCTYPE or an entity reference. */
  static void refuseDeclarations(XMLStreamReader xml, String part)
      throws WorkbookRejectedException {
    int event = xml.getEventType();
    if (event == XMLStreamConstants.DTD) {
      throw new WorkbookRejectedException(Reason.DOCTYPE, part + " declares a DOCTYPE");
    }
    if (event == XMLStreamConstants.ENTITY_REFERENCE) {
      throw new WorkbookRejectedException(
          Reason.DOCTYPE, part + " refers to entity &" + xml.getLocalName() + ";");
    }
  }

  /** Thrown by the text readers when a text grows past its maximum length; carries no trace. */
  static final class TooLong extends Exception {
    private static final long serialVersionUID = 1L;

    TooLong() {
      super(null, null, false, false);
    }
  }

  /**
   * Reads the text of the element the parser stands on (child elements are skipped) and leaves the
   * parser on its end tag.
   *
   * @throws TooLong as soon as the text is longer than {@code max}, before it is joined
   */
  static String text(XMLStreamReader xml, String part, int max)
      throws XMLStreamException, WorkbookRejectedException, TooLong {
    return text(xml, part, max, xml.next(), null);
  }

  /**
   * Reads the rest of the text of an element like {@link #text(XMLStreamReader, String, int)}: the
   * parser stands on {@code event}, inside the element, after its text {@code first} (if any).
   *
   * @throws TooLong as soon as the text is longer than {@code max}, before it is joined
   */
  static String text(XMLStreamReader xml, String part, int max, int event, @Nullable String first)
      throws XMLStreamException, WorkbookRejectedException, TooLong {
    StringBuilder more = null;
    for (; ; event = xml.next()) {
      switch (event) {
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.CDATA:
        case XMLStreamConstants.SPACE:
          if (first == null) {
            first = xml.getText();
            if (first.length() > max) {
              throw new TooLong();
            }
          } else {
            if (more == null) {
              more = new StringBuilder(first);
            }
            if (more.length() + xml.getTextLength() > max) {
              throw new TooLong();
            }
            more.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
          }
          break;
        case XMLStreamConstants.START_ELEMENT:
          skip(xml, part);
          break;
        case XMLStreamConstants.END_ELEMENT:
          return more != null ? more.toString() : first == null ? "" : first;
        default:
          refuseDeclarations(xml, part);
          break;
      }
    }
  }

  /**
   * Reads rich text: the texts of the {@code t} elements inside the element the parser stands on,
   * joined, leaving out phonetic runs ({@code rPh}); leaves the parser on its end tag.
   *
   * @throws TooLong as soon as the text is longer than {@code max}, before it is joined
   */
  static String richText(XMLStreamReader xml, String part, int max)
      throws XMLStreamException, WorkbookRejectedException, TooLong {
    return richText(xml, part, max, null);
  }

  /**
   * Reads rich text like {@link #richText(XMLStreamReader, String, int)}, leaving out the runs
   * struck through ({@code <rPr><strike/>}), whose texts go to {@code struck} when it is given.
   */
  static String richText(XMLStreamReader xml, String part, int max, @Nullable StringBuilder struck)
      throws XMLStreamException, WorkbookRejectedException, TooLong {
    String first = null;
    StringBuilder more = null;
    boolean strikeRun = false;
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        if (struck != null && "r".equals(name)) {
          strikeRun = false;
          depth++;
        } else if (struck != null && "strike".equals(name)) {
          String v = xml.getAttributeValue(null, "val");
          strikeRun = v == null || "1".equals(v) || "true".equals(v);
          depth++;
        } else if ("t".equals(name) && strikeRun && struck != null) {
          String t = text(xml, part, max);
          if (struck.length() + t.length() > max) {
            throw new TooLong();
          }
          struck.append(t); // struck through: deleted in a revision
        } else if ("t".equals(name)) {
          String t = text(xml, part, max);
          if (first == null) {
            first = t;
          } else {
            if (more == null) {
              more = new StringBuilder(first);
            }
            if (more.length() + t.length() > max) {
              throw new TooLong();
            }
            more.append(t);
          }
        } else if ("rPh".equals(name)) {
          skip(xml, part);
        } else {
          depth++;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else {
        refuseDeclarations(xml, part);
      }
    }
    return more != null ? more.toString() : first == null ? "" : first;
  }

  /** Skips the element the parser stands on, with its content, leaving the parser on its end. */
  static void skip(XMLStreamReader xml, String part)
      throws XMLStreamException, WorkbookRejectedException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else {
        refuseDeclarations(xml, part);
      }
    }
  }

  /** The refusal for a parser failure: a refusal it carries, a damaged zip, or malformed XML. */
  static WorkbookRejectedException rejection(String part, Exception ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof WorkbookRejectedException) {
        return (WorkbookRejectedException) t;
      }
      if (t instanceof ZipException || t instanceof EOFException) {
        return new WorkbookRejectedException(
            Reason.TRUNCATED, part + ": " + t.getMessage(), (Exception) t);
      }
    }
    return new WorkbookRejectedException(Reason.MALFORMED, part + ": " + ex.getMessage(), ex);
  }

  /** Releases a parser; the caller closes the underlying stream. */
  static void close(@Nullable XMLStreamReader xml) {
    if (xml != null) {
      try {
        xml.close();
      } catch (XMLStreamException ignored) {
        // the parser holds nothing beyond the stream the caller closes
      }
    }
  }
}
