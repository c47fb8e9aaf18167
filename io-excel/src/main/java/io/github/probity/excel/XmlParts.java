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
 * The StAX parser every xlsx part but worksheets and shared strings ({@link PartScanner}) is read
 * with (Aalto, created directly so no JVM-wide factory lookup or setting is involved; DTDs,
 * external entities and entity replacement off) and the small reading steps the part readers share.
 * Stateless and thread-safe.
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
