package io.github.probity.excel;

import io.github.probity.excel.WorkbookRejectedException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A pull scanner for a worksheet or shared strings part, reading its UTF-8 bytes straight into what
 * {@link SheetRows} and {@link SharedStrings} need: start and end tags with their local names, the
 * few short attributes a sheet's rows and cells carry, and the text of an element or of rich text.
 * It replaces a general StAX parser on the reader's hottest path (that parser's tokenising was a
 * fifth of a read's CPU time), and it checks what such a parser checks on what it reads:
 *
 * <ul>
 *   <li>the part is UTF-8 (a byte order mark or a declaration of another encoding is refused), its
 *       text is valid UTF-8 of characters XML allows, line ends are normalised as XML reads them;
 *   <li>tags nest (an end tag names the element it closes), attributes are quoted;
 *   <li>a DOCTYPE or other markup declaration, and any entity reference other than the five
 *       predefined ones and character references, are refused as {@link Reason#DOCTYPE};
 *   <li>nesting, names and attribute values are bounded, so no input makes it hold more than a few
 *       kilobytes beyond the text asked for, which the caller bounds.
 * </ul>
 *
 * <p>Names are matched by their local part (the prefix is not resolved, as the sheet reader matched
 * local names before). Text outside the elements asked for is skipped unread but for its entity
 * references. Comments and processing instructions are skipped, CDATA sections are text. Failures
 * are {@link WorkbookRejectedException}s naming the part and the byte offset. One instance per
 * part, one thread.
 */
final class PartScanner {
  /** The end of the part: the root element has closed. */
  static final int EOF = 0;

  /** A start tag; an empty element ({@code <c/>}) is a start followed by an end. */
  static final int START = 1;

  /** An end tag. */
  static final int END = 2;

  private static final int MAX_DEPTH = 256;
  private static final int MAX_NAME = 256;
  private static final int MAX_ATTRIBUTES = 32;

  /** Attribute names kept for lookup are at most this long; longer ones are never asked for. */
  private static final int MAX_ATTRIBUTE_NAME = 16;

  /** The characters of an attribute's value kept; the rest is read and dropped. */
  private static final int MAX_VALUE = 512;

  private final InputStream in;
  private final String part;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int lim;

  /** The last two bytes of the buffers read before this one, the last in {@code before1}. */
  private byte before1;

  private byte before2;
  private long base;
  private boolean started;
  private boolean ended;
  private boolean pendingEnd;

  /** Whether what follows the root element was read and found to be only misc. */
  private boolean epilogueRead;

  /** The current element's qualified name and where its local part starts. */
  private final byte[] name = new byte[MAX_NAME];

  private int nameLength;
  private int localStart;

  /** The open elements' names, one after another, and where each starts. */
  private byte[] stack = new byte[512];

  private final int[] stackStart = new int[MAX_DEPTH + 1];
  private int depth;

  /** The current start tag's attributes: local names, and values in {@link #values}. */
  private final byte[] attributeNames = new byte[MAX_ATTRIBUTES * MAX_ATTRIBUTE_NAME];

  private final int[] attributeNameLength = new int[MAX_ATTRIBUTES];
  private final int[] valueStart = new int[MAX_ATTRIBUTES];
  private final int[] valueEnd = new int[MAX_ATTRIBUTES];
  private int attributeCount;
  private char[] values = new char[256];
  private int valuesLength;

  /** The name of the entity reference read last, without a string per reference. */
  private final byte[] referenceName = new byte[MAX_NAME];

  /** The text {@link #readText} read last. */
  private char[] text = new char[256];

  /** Whether the last character read into text was a carriage return (a CR LF is one line end). */
  private boolean afterCr;

  PartScanner(InputStream in, String part) {
    this.in = in;
    this.part = part;
  }

  /**
   * Moves to the next start or end tag, skipping text, comments and processing instructions.
   *
   * @return {@link #START}, {@link #END} or {@link #EOF}
   */
  int next() throws IOException {
    if (pendingEnd) {
      pendingEnd = false;
      return END;
    }
    if (!started) {
      prolog();
      started = true;
      return START;
    }
    if (ended) {
      if (!epilogueRead) {
        epilogueRead = true;
        epilogue();
      }
      return EOF;
    }
    while (true) {
      skipCharacters();
      int c = read();
      if (c < 0) {
        throw malformed("the part ends inside element " + top());
      }
      int kind = markup();
      if (kind != 0) {
        return kind;
      }
    }
  }

  /**
   * After a {@code <}: reads a start or end tag and returns {@link #START} or {@link #END}, or
   * reads a comment, processing instruction or CDATA section (dropping it) and returns 0.
   */
  private int markup() throws IOException {
    int c = read();
    if (c == '/') {
      endTag();
      return END;
    }
    if (c == '!') {
      int d = read();
      if (d == '-') {
        expect('-');
        skipComment();
      } else if (d == '[') {
        expectCdata();
        skipCdata();
      } else {
        throw declaration(d);
      }
      return 0;
    }
    if (c == '?') {
      skipProcessingInstruction();
      return 0;
    }
    startTag(c);
    return START;
  }

  /** Tells whether the current element's local name is {@code local} (ASCII). */
  boolean isLocal(String local) {
    int n = nameLength - localStart;
    if (n != local.length()) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (name[localStart + i] != local.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The current element's local name, for messages. */
  String localName() {
    return new String(
        name, localStart, nameLength - localStart, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The index of the current start tag's attribute of this local name (ASCII), or -1. */
  int attribute(String local) {
    int n = local.length();
    for (int a = 0; a < attributeCount; a++) {
      if (attributeNameLength[a] == n) {
        int at = a * MAX_ATTRIBUTE_NAME;
        int i = 0;
        while (i < n && attributeNames[at + i] == local.charAt(i)) {
          i++;
        }
        if (i == n) {
          return a;
        }
      }
    }
    return -1;
  }

  /** The value of attribute {@code a} as written (its references resolved). */
  String value(int a) {
    return new String(values, valueStart[a], valueEnd[a] - valueStart[a]);
  }

  /** The value of the current start tag's attribute of this local name (ASCII), or null. */
  @Nullable String value(String local) {
    int a = attribute(local);
    return a < 0 ? null : value(a);
  }

  /** The characters of the attribute values; attribute {@code a}'s are from its start to end. */
  char[] valueChars() {
    return values;
  }

  /** Where attribute {@code a}'s value starts in {@link #valueChars}, white space skipped. */
  int valueStart(int a) {
    int i = valueStart[a];
    int end = valueEnd[a];
    while (i < end && isSpace(values[i])) {
      i++;
    }
    return i;
  }

  /** Where attribute {@code a}'s value ends in {@link #valueChars}, white space left off. */
  int valueEnd(int a) {
    int start = valueStart[a];
    int i = valueEnd[a];
    while (i > start && isSpace(values[i - 1])) {
      i--;
    }
    return i;
  }

  /** The text {@link #readText} read: its characters from 0. */
  char[] textChars() {
    return text;
  }

  /**
   * Reads the text of the element whose start tag was just read, up to and with its end tag: its
   * characters and CDATA sections joined, child elements skipped whole, comments and processing
   * instructions dropped; the text is in {@link #textChars()}.
   *
   * @return the text's length
   * @throws XmlParts.TooLong as soon as the text is longer than {@code max}
   */
  int readText(int max) throws IOException, XmlParts.TooLong {
    afterCr = false;
    if (pendingEnd) {
      pendingEnd = false;
      return 0;
    }
    int n = 0;
    int open = depth;
    while (true) {
      n = characters(n, max);
      if (read() < 0) { // else the '<' characters() stopped at
        throw malformed("the part ends inside element " + top());
      }
      int c = read();
      if (c == '/') {
        endTag();
        if (depth < open) {
          return n;
        }
      } else if (c == '!') {
        int d = read();
        if (d == '-') {
          expect('-');
          skipComment();
        } else if (d == '[') {
          expectCdata();
          n = cdata(n, max);
        } else {
          throw declaration(d);
        }
      } else if (c == '?') {
        skipProcessingInstruction();
      } else {
        startTag(c);
        skipElement();
      }
    }
  }

  /** Reads an element's text as a string, as {@link #readText} does. */
  String text(int max) throws IOException, XmlParts.TooLong {
    int n = readText(max);
    return n == 0 ? "" : new String(text, 0, n);
  }

  /**
   * The texts of the {@code t} elements inside the element whose start tag was just read, joined,
   * leaving out phonetic runs ({@code rPh}) and, when {@code struck} is given, the runs struck
   * through ({@code <rPr><strike/>}), whose texts go there; reads up to and with its end tag.
   */
  String richText(int max, @Nullable StringBuilder struck) throws IOException, XmlParts.TooLong {
    String first = null;
    StringBuilder more = null;
    boolean strikeRun = false;
    int depth = 1;
    while (depth > 0) {
      if (next() != START) {
        depth--;
      } else if (struck != null && isLocal("r")) {
        strikeRun = false;
        depth++;
      } else if (struck != null && isLocal("strike")) {
        String v = value("val");
        strikeRun = v == null || "1".equals(v) || "true".equals(v);
        depth++;
      } else if (isLocal("t")) {
        String t = text(max);
        if (strikeRun && struck != null) {
          if (struck.length() + t.length() > max) {
            throw new XmlParts.TooLong();
          }
          struck.append(t); // struck through: deleted in a revision
        } else if (first == null) {
          first = t;
        } else {
          if (more == null) {
            more = new StringBuilder(first);
          }
          if (more.length() + t.length() > max) {
            throw new XmlParts.TooLong();
          }
          more.append(t);
        }
      } else if (isLocal("rPh")) {
        skipElement();
      } else {
        depth++;
      }
    }
    return more != null ? more.toString() : first == null ? "" : first;
  }

  /** Skips the element whose start tag was just read, with its content, up to its end tag. */
  void skipElement() throws IOException {
    if (pendingEnd) {
      pendingEnd = false;
      return;
    }
    int open = depth;
    while (depth >= open) {
      int event = next();
      if (event == EOF) {
        throw malformed("the part ends inside an element");
      }
    }
  }

  /** Where the scanner stands, for messages: {@code byte 1234}. */
  String location() {
    return "byte " + (base + pos);
  }

  // --- tags

  private void prolog() throws IOException {
    int c = read();
    if (c == 0xEF) {
      if (read() != 0xBB || read() != 0xBF) {
        throw notUtf8();
      }
      c = read();
    }
    boolean first = true;
    while (true) {
      while (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        c = read();
      }
      if (c != '<') {
        throw c < 0
            ? malformed("no root element")
            : c == 0 || c >= 0xFE ? notUtf8() : malformed("text before the root element");
      }
      c = read();
      if (c == '?') {
        if (first) {
          xmlDeclaration();
        } else {
          skipProcessingInstruction();
        }
      } else if (c == '!') {
        commentOutsideRoot();
      } else {
        startTag(c);
        return;
      }
      first = false;
      c = read();
    }
  }

  /** After {@code <!} before or after the root element: a comment, else a refused declaration. */
  private void commentOutsideRoot() throws IOException {
    int d = read();
    if (d != '-') {
      throw declaration(d);
    }
    expect('-');
    skipComment();
  }

  /**
   * Reads what follows the root element up to the end of the part: white space, comments and
   * processing instructions only (a second root, text or a declaration is refused).
   */
  private void epilogue() throws IOException {
    while (true) {
      int c = read();
      while (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        c = read();
      }
      if (c < 0) {
        return;
      }
      if (c != '<') {
        throw malformed("text after the root element");
      }
      c = read();
      if (c == '?') {
        skipProcessingInstruction();
      } else if (c == '!') {
        commentOutsideRoot();
      } else {
        throw malformed("markup after the root element");
      }
    }
  }

  /** Reads the XML declaration after {@code <?}; refuses an encoding other than UTF-8. */
  private void xmlDeclaration() throws IOException {
    StringBuilder sb = new StringBuilder();
    int prev = 0;
    int c;
    while ((c = read()) >= 0 && !(c == '>' && prev == '?')) {
      if (sb.length() < 1024) {
        sb.append((char) c);
      }
      prev = c;
    }
    String decl = sb.toString();
    int e = decl.indexOf("encoding");
    if (e >= 0) {
      String rest = decl.substring(e + "encoding".length()).replace('\'', '"');
      int q = rest.indexOf('"');
      int close = q < 0 ? -1 : rest.indexOf('"', q + 1);
      String enc = close < 0 ? "" : rest.substring(q + 1, close).strip();
      if (!enc.equalsIgnoreCase("UTF-8")
          && !enc.equalsIgnoreCase("UTF8")
          && !enc.equalsIgnoreCase("US-ASCII")) {
        throw notUtf8();
      }
    }
  }

  /** Reads a start tag whose first byte is given, with its attributes; pushes a non-empty one. */
  private void startTag(int first) throws IOException {
    if (!isNameStart(first)) {
      throw malformed("a tag starts with an unexpected character");
    }
    int c = readName(first);
    attributeCount = 0;
    valuesLength = 0;
    while (true) {
      boolean space = false;
      while (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        c = read();
        space = true;
      }
      if (c == '>') {
        push();
        return;
      }
      if (c == '/') {
        if (read() != '>') {
          throw malformed("a '/' inside the tag " + localName());
        }
        pendingEnd = true;
        if (depth == 0) {
          ended = true;
        }
        return;
      }
      if (!space || !isNameStart(c)) {
        throw malformed(
            c < 0 ? "the part ends inside a tag" : "a broken attribute in tag " + localName());
      }
      c = attribute(c);
    }
  }

  /**
   * Reads an attribute whose first byte is given; returns the byte after its value. Its local name
   * and value are kept if the name is short enough to be asked for; namespace declarations are not
   * attributes and are not kept. Of two attributes of one local name, the first is found.
   */
  private int attribute(int first) throws IOException {
    int slot = attributeCount < MAX_ATTRIBUTES ? attributeCount : -1;
    int at = Math.max(slot, 0) * MAX_ATTRIBUTE_NAME;
    int length = 0;
    int qualified = 0;
    boolean xmlns = false;
    int c = first;
    while (c > ' ' && c != '=' && c != '>' && c != '/') {
      if (c == ':') {
        xmlns |= qualified == 5 && length == 5 && slot >= 0 && startsXmlns(at);
        length = 0; // the local part follows
      } else if (length < MAX_ATTRIBUTE_NAME) {
        if (slot >= 0) {
          attributeNames[at + length] = (byte) c;
        }
        length++;
      } else {
        length = MAX_ATTRIBUTE_NAME + 1; // too long to be asked for
      }
      qualified++;
      c = read();
    }
    xmlns |= qualified == 5 && length == 5 && slot >= 0 && startsXmlns(at);
    while (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      c = read();
    }
    if (c != '=') {
      throw malformed("an attribute without a value in tag " + localName());
    }
    c = read();
    while (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      c = read();
    }
    if (c != '"' && c != '\'') {
      throw malformed("an unquoted attribute value in tag " + localName());
    }
    boolean keep = slot >= 0 && length <= MAX_ATTRIBUTE_NAME && !xmlns;
    if (keep) {
      attributeNameLength[slot] = length;
      valueStart[slot] = valuesLength;
    }
    attributeValue(c, keep);
    if (keep) {
      valueEnd[slot] = valuesLength;
      attributeCount++;
    }
    return read();
  }

  /** Whether the name kept at {@code at} is {@code xmlns}. */
  private boolean startsXmlns(int at) {
    return attributeNames[at] == 'x'
        && attributeNames[at + 1] == 'm'
        && attributeNames[at + 2] == 'l'
        && attributeNames[at + 3] == 'n'
        && attributeNames[at + 4] == 's';
  }

  /**
   * Reads an attribute value up to its closing quote, resolving references and turning white space
   * characters into spaces (as XML normalises attribute values); keeps at most {@link #MAX_VALUE}
   * characters of it when {@code keep}.
   */
  private void attributeValue(int quote, boolean keep) throws IOException {
    int start = valuesLength;
    if (keep && values.length < valuesLength + MAX_VALUE + 2) {
      values = Arrays.copyOf(values, 2 * (valuesLength + MAX_VALUE + 2));
    }
    boolean afterCrInValue = false;
    while (true) {
      // plain ASCII straight from the buffer, as most values are
      byte[] b = buf;
      int p = pos;
      int l = lim;
      while (p < l) {
        int c = b[p];
        if (c < 0x20 || c == quote || c == '<' || c == '&') {
          break; // non-ASCII bytes are negative
        }
        if (keep && valuesLength - start < MAX_VALUE) {
          values[valuesLength++] = (char) c;
        }
        afterCrInValue = false;
        p++;
      }
      pos = p;
      int c = read();
      if (c == quote) {
        return;
      }
      if (c < 0) {
        throw malformed("the part ends inside an attribute value");
      }
      if (c == '<') {
        throw malformed("a '<' inside an attribute value of tag " + localName());
      }
      int ch;
      if (c == '&') {
        ch = reference();
      } else if (c == '\n' && afterCrInValue) {
        afterCrInValue = false;
        continue; // CR LF is one line end, one space
      } else if (c < 0x80) {
        ch = c == '\t' || c == '\n' || c == '\r' ? ' ' : c;
        if (ch < 0x20) {
          throw illegalCharacter(ch);
        }
      } else {
        ch = utf8(c);
      }
      afterCrInValue = c == '\r';
      if (keep && valuesLength - start < MAX_VALUE) {
        appendValue(ch);
      }
    }
  }

  private void appendValue(int ch) {
    if (valuesLength + 2 > values.length) {
      values = Arrays.copyOf(values, values.length * 2);
    }
    if (ch >= 0x10000) {
      values[valuesLength++] = Character.highSurrogate(ch);
      values[valuesLength++] = Character.lowSurrogate(ch);
    } else {
      values[valuesLength++] = (char) ch;
    }
  }

  /** Reads a name whose first byte is given into {@link #name}; returns the byte after it. */
  private int readName(int first) throws IOException {
    int n = 0;
    int local = 0;
    int c = first;
    while (c > ' ' && c != '>' && c != '/' && c != '=') {
      if (n == MAX_NAME) {
        throw malformed("a name longer than " + MAX_NAME + " bytes");
      }
      if (c == ':') {
        local = n + 1;
      }
      name[n++] = (byte) c;
      c = read();
    }
    nameLength = n;
    localStart = local;
    return c;
  }

  private void push() throws WorkbookRejectedException {
    if (depth == MAX_DEPTH) {
      throw malformed("elements nested more than " + MAX_DEPTH + " deep");
    }
    int start = depth == 0 ? 0 : stackStart[depth];
    int end = start + nameLength;
    if (end > stack.length) {
      stack = Arrays.copyOf(stack, Math.max(end, stack.length * 2));
    }
    System.arraycopy(name, 0, stack, start, nameLength);
    depth++;
    stackStart[depth] = end;
  }

  /** Reads an end tag after {@code </}; it must close the innermost open element. */
  private void endTag() throws IOException {
    int c = readName(read());
    while (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      c = read();
    }
    if (c != '>') {
      throw malformed("a broken end tag");
    }
    if (depth == 0) {
      throw malformed("an end tag without an open element");
    }
    int start = depth == 1 ? 0 : stackStart[depth - 1];
    int end = stackStart[depth];
    if (end - start != nameLength || !Arrays.equals(stack, start, end, name, 0, nameLength)) {
      throw malformed("the end tag of " + localName() + " closes " + top());
    }
    depth--;
    // the name stays for isLocal: it is the element just closed
    if (depth == 0) {
      ended = true;
    }
  }

  /** The innermost open element's name, for messages. */
  private String top() {
    if (depth == 0) {
      return "nothing";
    }
    int start = depth == 1 ? 0 : stackStart[depth - 1];
    return new String(
        stack, start, stackStart[depth] - start, java.nio.charset.StandardCharsets.UTF_8);
  }

  // --- text

  /**
   * Skips text up to the next {@code <} (left unread), checking its references, its UTF-8 and its
   * characters as the text that is read.
   */
  private void skipCharacters() throws IOException {
    while (true) {
      byte[] b = buf;
      int p = pos;
      int l = lim;
      while (p < l) {
        byte x = b[p];
        if (x >= 0x20 && x != '<' && x != '&' && x != '>') {
          p++;
          continue;
        }
        if (x == '<') {
          pos = p;
          return;
        }
        pos = p + 1;
        if (x == '>') {
          refuseCdataEnd(p);
        } else if (x == '&') {
          reference();
        } else if (x < 0) {
          utf8(x & 0xFF);
        } else if (x != '\t' && x != '\n' && x != '\r') {
          throw illegalCharacter(x);
        }
        p = pos;
        l = lim;
      }
      pos = p;
      if (!fill()) {
        return;
      }
    }
  }

  /**
   * Decodes text into {@link #text} from {@code n} up to the next {@code <} (left unread) or the
   * end of the part; returns the new length.
   */
  private int characters(int n, int max) throws IOException, XmlParts.TooLong {
    char[] t = text;
    int cap = Math.min(t.length, max);
    while (true) {
      byte[] b = buf;
      int p = pos;
      int l = lim;
      while (p < l) {
        int c = b[p];
        if (c >= 0x20 && c != '<' && c != '&' && c != '>') { // ASCII that needs no look
          if (n == cap) {
            t = grow(n, max);
            cap = Math.min(t.length, max);
          }
          t[n++] = (char) c;
          afterCr = false;
          p++;
          continue;
        }
        if (c < 0 && p + 2 < l && (c & 0xF0) == 0xE0) { // a three-byte character, as Chinese is
          int b1 = b[p + 1];
          int b2 = b[p + 2];
          int cp = (c & 0x0F) << 12 | (b1 & 0x3F) << 6 | b2 & 0x3F;
          if ((b1 & 0xC0) == 0x80
              && (b2 & 0xC0) == 0x80
              && cp >= 0x800
              && (cp < 0xD800 || cp > 0xDFFF)
              && cp < 0xFFFE) {
            if (n == cap) {
              t = grow(n, max);
              cap = Math.min(t.length, max);
            }
            t[n++] = (char) cp;
            afterCr = false;
            p += 3;
            continue;
          }
        }
        if (c == '<') {
          pos = p;
          afterCr = false; // markup follows: a line feed after it is a line end of its own
          return n;
        }
        pos = p + 1;
        int ch;
        if (c == '>') {
          refuseCdataEnd(p);
          ch = '>';
          afterCr = false;
        } else if (c == '&') {
          ch = reference();
          afterCr = false;
        } else if (c < 0) {
          ch = utf8(c & 0xFF);
          afterCr = false;
        } else if (c == '\r') {
          afterCr = true;
          ch = '\n';
        } else if (c == '\n') {
          if (afterCr) {
            afterCr = false;
            p = pos;
            l = lim;
            continue; // CR LF is one line end
          }
          ch = '\n';
        } else if (c == '\t') {
          ch = '\t';
          afterCr = false;
        } else {
          throw illegalCharacter(c);
        }
        n = put(n, ch, max);
        t = text;
        cap = Math.min(t.length, max);
        p = pos;
        l = lim;
      }
      pos = p;
      if (!fill()) {
        return n;
      }
    }
  }

  /** Appends a character to the text; returns the new length. */
  private int put(int n, int ch, int max) throws XmlParts.TooLong {
    int need = ch >= 0x10000 ? 2 : 1;
    if (n + need > max) {
      throw new XmlParts.TooLong();
    }
    if (n + need > text.length) {
      text = Arrays.copyOf(text, (int) Math.min(max, Math.max(n + need, 2L * text.length)));
    }
    if (need == 2) {
      text[n] = Character.highSurrogate(ch);
      text[n + 1] = Character.lowSurrogate(ch);
    } else {
      text[n] = (char) ch;
    }
    return n + need;
  }

  /** A larger text buffer for one more character after {@code n}; refuses past {@code max}. */
  private char[] grow(int n, int max) throws XmlParts.TooLong {
    if (n >= max) {
      throw new XmlParts.TooLong();
    }
    if (n >= text.length) {
      text = Arrays.copyOf(text, (int) Math.min(max, Math.max(16L, 2L * text.length)));
    }
    return text;
  }

  /**
   * Reads a CDATA section after {@code <![CDATA[} up to {@code ]]>}, appending its characters to
   * the text from {@code n}; returns the new length.
   */
  private int cdata(int n, int max) throws IOException, XmlParts.TooLong {
    int brackets = 0; // the ']' read and not yet known to be text
    while (true) {
      int c = read();
      if (c < 0) {
        throw malformed("the part ends inside a CDATA section");
      }
      if (c == ']') {
        brackets++;
        continue;
      }
      if (c == '>' && brackets >= 2) {
        for (; brackets > 2; brackets--) {
          n = put(n, ']', max);
          afterCr = false;
        }
        afterCr = false; // a line feed after the section is a line end of its own
        return n;
      }
      for (; brackets > 0; brackets--) {
        n = put(n, ']', max);
        afterCr = false;
      }
      int ch;
      if (c >= 0x80) {
        ch = utf8(c);
      } else if (c == '\r') {
        afterCr = true;
        n = put(n, '\n', max);
        continue;
      } else if (c == '\n' && afterCr) {
        afterCr = false;
        continue;
      } else if (c < 0x20 && c != '\t' && c != '\n') {
        throw illegalCharacter(c);
      } else {
        ch = c;
      }
      afterCr = false;
      n = put(n, ch, max);
    }
  }

  /** Skips a CDATA section whose text is not wanted, after {@code <![CDATA[}. */
  private void skipCdata() throws IOException {
    int brackets = 0;
    while (true) {
      int c = read();
      if (c < 0) {
        throw malformed("the part ends inside a CDATA section");
      }
      if (c == '>' && brackets >= 2) {
        return;
      }
      brackets = c == ']' ? brackets + 1 : 0;
    }
  }

  /**
   * Reads a reference after {@code &}: a character reference or one of the five predefined
   * entities; refuses any other entity as {@link Reason#DOCTYPE}, and a reference cut short or
   * broken as {@link Reason#MALFORMED}.
   */
  private int reference() throws IOException {
    int c = read();
    if (c == '#') {
      int radix = 10;
      c = read();
      if (c == 'x') {
        radix = 16;
        c = read();
      }
      int value = 0;
      int digits = 0;
      while (c != ';') {
        int d = Character.digit(c, radix);
        if (c < 0 || c > 'f' || d < 0 || value > 0x10FFFF) {
          throw malformed("a broken character reference");
        }
        value = value * radix + d;
        digits++;
        c = read();
      }
      if (digits == 0 || !isXmlChar(value)) {
        throw malformed("a character reference to a character XML does not allow");
      }
      return value;
    }
    byte[] r = referenceName;
    int n = 0;
    if (isNameStart(c)) { // else no entity's name: a broken reference
      while (n < MAX_NAME && (isNameStart(c) || c >= '0' && c <= '9' || c == '-' || c == '.')) {
        r[n++] = (byte) c;
        c = read();
      }
    }
    if (c != ';' || n == 0) {
      throw malformed(
          c < 0
              ? "the part ends inside a reference"
              : "a broken reference &" + new String(r, 0, n, StandardCharsets.UTF_8));
    }
    if (n == 2 && r[1] == 't' && (r[0] == 'l' || r[0] == 'g')) {
      return r[0] == 'l' ? '<' : '>';
    }
    if (n == 3 && r[0] == 'a' && r[1] == 'm' && r[2] == 'p') {
      return '&';
    }
    if (n == 4 && r[0] == 'q' && r[1] == 'u' && r[2] == 'o' && r[3] == 't') {
      return '"';
    }
    if (n == 4 && r[0] == 'a' && r[1] == 'p' && r[2] == 'o' && r[3] == 's') {
      return '\'';
    }
    throw new WorkbookRejectedException(
        Reason.DOCTYPE,
        part
            + " "
            + location()
            + ": refers to entity &"
            + new String(r, 0, n, StandardCharsets.UTF_8)
            + ";");
  }

  /** Decodes a UTF-8 sequence whose lead byte is given (0x80 or above). */
  private int utf8(int lead) throws IOException {
    int cp;
    int more;
    int min;
    if (lead >= 0xC2 && lead <= 0xDF) {
      cp = lead & 0x1F;
      more = 1;
      min = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      cp = lead & 0x0F;
      more = 2;
      min = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      cp = lead & 0x07;
      more = 3;
      min = 0x10000;
    } else {
      throw notUtf8Text();
    }
    for (int i = 0; i < more; i++) {
      int c = read();
      if ((c & 0xC0) != 0x80 || c < 0) {
        throw notUtf8Text();
      }
      cp = cp << 6 | c & 0x3F;
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      throw notUtf8Text();
    }
    if (cp == 0xFFFE || cp == 0xFFFF) {
      throw illegalCharacter(cp);
    }
    return cp;
  }

  private static boolean isXmlChar(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  /**
   * Refuses the {@code >} at {@code p} in the buffer if the two bytes before it are {@code ]]}: a
   * CDATA section's end, which XML does not allow in text. The bytes are the part's own, so a
   * bracket written as a reference or ending a CDATA section does not count.
   */
  private void refuseCdataEnd(int p) throws WorkbookRejectedException {
    byte b1 = p >= 1 ? buf[p - 1] : before1;
    byte b2 = p >= 2 ? buf[p - 2] : p == 1 ? before1 : before2;
    if (b1 == ']' && b2 == ']') {
      throw malformed("']]>' in text, which XML allows only as the end of a CDATA section");
    }
  }

  // --- markup that is skipped

  private void skipComment() throws IOException {
    int run = 0;
    int c;
    while ((c = read()) >= 0) {
      if (c == '>' && run >= 2) {
        return;
      }
      run = c == '-' ? run + 1 : 0;
    }
    throw malformed("the part ends inside a comment");
  }

  private void skipProcessingInstruction() throws IOException {
    int prev = 0;
    int c;
    while ((c = read()) >= 0) {
      if (c == '>' && prev == '?') {
        return;
      }
      prev = c;
    }
    throw malformed("the part ends inside a processing instruction");
  }

  private void expect(int wanted) throws IOException {
    if (read() != wanted) {
      throw malformed("a broken comment");
    }
  }

  private void expectCdata() throws IOException {
    for (int i = 0; i < 6; i++) {
      if (read() != "CDATA[".charAt(i)) {
        throw malformed("a broken CDATA section");
      }
    }
  }

  // --- bytes

  private int read() throws IOException {
    if (pos < lim) {
      return buf[pos++] & 0xFF;
    }
    return fill() ? buf[pos++] & 0xFF : -1;
  }

  /** Reads more bytes into the buffer; false at the end of the part. */
  private boolean fill() throws IOException {
    if (lim >= 2) {
      before2 = buf[lim - 2];
      before1 = buf[lim - 1];
    } else if (lim == 1) {
      before2 = before1;
      before1 = buf[0];
    }
    base += lim;
    pos = 0;
    lim = 0;
    int n;
    do {
      n = in.read(buf, 0, buf.length);
    } while (n == 0);
    if (n < 0) {
      return false;
    }
    lim = n;
    return true;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private static boolean isNameStart(int c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':' || c >= 0x80;
  }

  // --- refusals

  WorkbookRejectedException malformed(String what) {
    return new WorkbookRejectedException(Reason.MALFORMED, part + " " + location() + ": " + what);
  }

  /**
   * The refusal of markup {@code <!} followed by {@code c} that is neither a comment nor a CDATA
   * section: a DOCTYPE or other markup declaration when a keyword follows, else broken markup.
   */
  private WorkbookRejectedException declaration(int c) {
    if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
      return malformed("a '<!' that starts no comment, CDATA section or declaration");
    }
    return new WorkbookRejectedException(
        Reason.DOCTYPE, part + " declares a DOCTYPE or other markup declaration");
  }

  private WorkbookRejectedException notUtf8() {
    return new WorkbookRejectedException(
        Reason.MALFORMED, part + " is not UTF-8 XML; workbook parts are read in UTF-8 only");
  }

  private WorkbookRejectedException notUtf8Text() {
    return malformed("bytes that are not UTF-8");
  }

  private WorkbookRejectedException illegalCharacter(int c) {
    return malformed(String.format("character U+%04X, which XML does not allow", c));
  }
}
