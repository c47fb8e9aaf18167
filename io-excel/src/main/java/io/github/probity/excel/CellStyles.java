package io.github.probity.excel;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads, from the styles part of an xlsx package, which cell formats fill their cell grey and which
 * strike their text through: a cell format ({@code <cellXfs><xf fontId="…">}) whose font ({@code
 * <fonts><font>}) holds {@code <strike/>} (no {@code val}, or {@code val} 1 or true). That is how
 * Excel and WPS strike a whole cell (Ctrl+5, 删除线 in the format dialog); rich-text runs are read by
 * {@link PartScanner#richText}. The part is parsed like every other ({@link XmlParts#open});
 * formats beyond {@link #MAX_FORMATS} are refused, so a hostile part cannot make the table grow
 * without bound. Stateless.
 */
final class CellStyles {
  /** The most cell formats read; Excel itself allows 64,000. */
  static final int MAX_FORMATS = 65_536;

  private CellStyles() {}

  /**
   * What the cell formats do to their cells, by format index: which strike their text through,
   * which fill the cell grey, and how each shows a number (a positive width for a code padded with
   * zeros, number format {@code 000}: 7 shows {@code 007}; {@code -1 - d} for a percentage with
   * {@code d} decimals, {@code 0%}, {@code 0.0%}, built-in formats 9 and 10; else {@link
   * #AS_WRITTEN}; other number formats, dates among them, are left to the table's reading); each
   * null when no format does (the common case, which costs the row path nothing).
   */
  record Formats(
      boolean @Nullable [] struck, boolean @Nullable [] greyed, int @Nullable [] shown) {}

  /**
   * The cell formats that strike their text through and those that fill their cell grey (a solid
   * fill of a grey: an RGB whose channels are alike, between mid grey and the palest one, a grey of
   * the legacy palette, or the theme's white darkened or its black lightened, as Excel's and WPS's
   * 白色，背景1，深色15% is written), and how they show numbers, all in one pass over the part; the caller
   * closes the stream.
   *
   * @throws WorkbookRejectedException if the part is malformed or has too many formats
   */
  static Formats formats(InputStream in, String part) throws WorkbookRejectedException {
    List<Boolean> fonts = new ArrayList<>();
    List<Boolean> fills = new ArrayList<>();
    java.util.Map<Integer, Integer> codes = new java.util.HashMap<>();
    codes.put(9, -1); // 0%
    codes.put(10, -3); // 0.00%
    int[] formats = new int[16]; // each format's font, told apart once every font is read
    int[] fillOf = new int[16];
    int[] numberFormatOf = new int[16];
    int count = 0;
    XMLStreamReader xml = null;
    try {
      xml = XmlParts.open(in, part);
      String section = "";
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = xml.getLocalName();
          if ("fonts".equals(name)
              || "cellXfs".equals(name)
              || "fills".equals(name)
              || "numFmts".equals(name)) {
            section = name;
          } else if ("numFmt".equals(name) && "numFmts".equals(section)) {
            limit(codes.size(), part);
            int shape = shape(xml.getAttributeValue(null, "formatCode"));
            int id = index(xml.getAttributeValue(null, "numFmtId"));
            if (id >= 0) {
              codes.put(id, shape);
            }
          } else if ("font".equals(name) && "fonts".equals(section)) {
            fonts.add(strikes(xml, part));
            limit(fonts.size(), part);
          } else if ("fill".equals(name) && "fills".equals(section)) {
            fills.add(grey(xml, part));
            limit(fills.size(), part);
          } else if ("xf".equals(name) && "cellXfs".equals(section)) {
            limit(count + 1, part);
            if (count == formats.length) {
              formats = java.util.Arrays.copyOf(formats, count * 2);
              fillOf = java.util.Arrays.copyOf(fillOf, count * 2);
              numberFormatOf = java.util.Arrays.copyOf(numberFormatOf, count * 2);
            }
            fillOf[count] = index(xml.getAttributeValue(null, "fillId"));
            String numberFormat = xml.getAttributeValue(null, "numFmtId");
            numberFormatOf[count] = numberFormat == null ? -1 : index(numberFormat);
            formats[count++] = index(xml.getAttributeValue(null, "fontId"));
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String name = xml.getLocalName();
          if ("fonts".equals(name)
              || "cellXfs".equals(name)
              || "fills".equals(name)
              || "numFmts".equals(name)) {
            section = "";
          }
        } else {
          XmlParts.refuseDeclarations(xml, part);
        }
      }
      // the fonts may come after the cell formats in a part a tool wrote out of the schema's order
      boolean[] struck = new boolean[count];
      boolean[] greyed = new boolean[count];
      int[] shown = new int[count];
      boolean anyStruck = false;
      boolean anyGrey = false;
      boolean anyShown = false;
      for (int i = 0; i < count; i++) {
        int font = formats[i];
        struck[i] = font >= 0 && font < fonts.size() && fonts.get(font);
        anyStruck |= struck[i];
        int fill = fillOf[i];
        greyed[i] = fill >= 0 && fill < fills.size() && fills.get(fill);
        anyGrey |= greyed[i];
        shown[i] = codes.getOrDefault(numberFormatOf[i], AS_WRITTEN);
        anyShown |= shown[i] != AS_WRITTEN;
      }
      return new Formats(
          anyStruck ? struck : null, anyGrey ? greyed : null, anyShown ? shown : null);
    } catch (WorkbookRejectedException ex) {
      throw ex;
    } catch (XMLStreamException | RuntimeException ex) {
      throw XmlParts.rejection(part, ex);
    } finally {
      XmlParts.close(xml);
    }
  }

  /** A cell format that shows a number as written: no padding, no percent. */
  static final int AS_WRITTEN = 0;

  /** The most zeros a padded code's format is taken to have. */
  private static final int MAX_PAD = 18;

  /** How a format code shows a number: see {@link Formats#shown}. */
  static int shape(@Nullable String code) {
    if (code == null || code.isEmpty()) {
      return AS_WRITTEN;
    }
    int zeros = 0;
    while (zeros < code.length() && code.charAt(zeros) == '0') {
      zeros++;
    }
    if (zeros == code.length()) {
      return zeros > 1 && zeros <= MAX_PAD ? zeros : AS_WRITTEN; // 000: a code padded with zeros
    }
    if (zeros == 1 && code.endsWith("%")) {
      String decimals = code.substring(1, code.length() - 1);
      if (decimals.isEmpty()) {
        return -1; // 0%
      }
      if (decimals.length() <= 5 && decimals.matches("\\.0+")) {
        return -decimals.length(); // 0.0%: -2, 0.00%: -3
      }
    }
    return AS_WRITTEN;
  }

  /**
   * A number's text as a cell format of the given shape shows it: {@code 7} padded to {@code 007},
   * {@code 0.8} as {@code 80%}; other text, or a number the shape does not fit, as it is.
   */
  static String show(String number, int shape) {
    if (shape > 0) {
      if (number.length() >= shape) {
        return number;
      }
      for (int i = 0; i < number.length(); i++) {
        if (number.charAt(i) < '0' || number.charAt(i) > '9') {
          return number;
        }
      }
      return "0".repeat(shape - number.length()) + number;
    }
    if (shape < 0) {
      try {
        java.math.BigDecimal d =
            new java.math.BigDecimal(number.strip())
                .movePointRight(2)
                .setScale(-1 - shape, java.math.RoundingMode.HALF_UP);
        return d.toPlainString() + "%";
      } catch (NumberFormatException ex) {
        return number;
      }
    }
    return number;
  }

  /** Reads one {@code <fill>} to its end tag; tells whether it fills solid grey. */
  private static boolean grey(XMLStreamReader xml, String part)
      throws XMLStreamException, WorkbookRejectedException {
    boolean solid = false;
    boolean grey = false;
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        if ("patternFill".equals(name)) {
          solid = "solid".equals(xml.getAttributeValue(null, "patternType"));
        } else if ("fgColor".equals(name)) {
          grey =
              isGrey(
                  xml.getAttributeValue(null, "rgb"),
                  xml.getAttributeValue(null, "indexed"),
                  xml.getAttributeValue(null, "theme"),
                  xml.getAttributeValue(null, "tint"));
        }
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else {
        XmlParts.refuseDeclarations(xml, part);
      }
    }
    return solid && grey;
  }

  /** The grey colours of the legacy palette: 25 %, 50 %, 40 % (22, 23, 55). */
  private static final java.util.Set<String> GREY_INDEXES = java.util.Set.of("22", "23", "55");

  /**
   * Tells whether a colour, as a fill's {@code fgColor} writes it, is a grey a user fills a cell
   * with: channels alike between mid grey and the palest grey (not white), a palette grey, or the
   * theme's white (0) darkened or black (1) lightened by a tint.
   */
  static boolean isGrey(
      @Nullable String rgb,
      @Nullable String indexed,
      @Nullable String theme,
      @Nullable String tint) {
    if (rgb != null) {
      String h = rgb.strip();
      if (h.length() == 8) {
        h = h.substring(2);
      }
      if (h.length() != 6) {
        return false;
      }
      try {
        int v = Integer.parseInt(h, 16);
        int r = v >> 16 & 0xFF;
        int g = v >> 8 & 0xFF;
        int b = v & 0xFF;
        int max = Math.max(r, Math.max(g, b));
        int min = Math.min(r, Math.min(g, b));
        return max - min <= 16 && min >= 0x60 && max <= 0xF2;
      } catch (NumberFormatException ex) {
        return false;
      }
    }
    if (indexed != null) {
      return GREY_INDEXES.contains(indexed.strip());
    }
    if (theme != null && tint != null) {
      try {
        double t = Double.parseDouble(tint.strip());
        String th = theme.strip();
        return "0".equals(th) && t <= -0.04 && t >= -0.55 || "1".equals(th) && t >= 0.3 && t < 0.96;
      } catch (NumberFormatException ex) {
        return false;
      }
    }
    return false;
  }

  /** Reads one {@code <font>} to its end tag; tells whether it strikes through. */
  private static boolean strikes(XMLStreamReader xml, String part)
      throws XMLStreamException, WorkbookRejectedException {
    boolean strike = false;
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        if ("strike".equals(xml.getLocalName())) {
          String v = xml.getAttributeValue(null, "val");
          strike = v == null || "1".equals(v.strip()) || "true".equals(v.strip());
        }
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else {
        XmlParts.refuseDeclarations(xml, part);
      }
    }
    return strike;
  }

  private static int index(@Nullable String value) {
    if (value == null) {
      return 0; // the schema's default font
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException ex) {
      return -1;
    }
  }

  private static void limit(int n, String part) throws WorkbookRejectedException {
    if (n > MAX_FORMATS) {
      throw new WorkbookRejectedException(
          WorkbookRejectedException.Reason.LIMIT_EXCEEDED,
          part + ": more than " + MAX_FORMATS + " fonts or cell formats");
    }
  }
}
