package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.excel.WorkbookRejectedException.Reason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The worksheet and shared strings scanner against XML written every way the format allows: random
 * sheets whose cells hold random texts (Chinese, supplementary characters, tabs, line ends, every
 * character escaped or not), written with random prefixes, quotes, white space, comments, CDATA
 * sections, rich runs, phonetic runs and formulas, read from streams that hand over their bytes in
 * random small pieces, give back exactly the texts put in; the same sheets with one well-formedness
 * error put in are refused with the right reason.
 */
class PartScannerPropertyTest {
  private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void readsEveryCellHoweverItsXmlIsWritten(long seed) {
    Random r = new Random(seed);
    Sheet sheet = new Writer(r).sheet();
    List<TableReader.RawRow> rows = read(sheet.xml, sheet.strings, r);
    assertThat(rows).hasSize(sheet.expected.size());
    for (int i = 0; i < rows.size(); i++) {
      assertThat(rows.get(i).number).as("row %d", i).isEqualTo(sheet.numbers.get(i));
      assertThat(rows.get(i).cells).as("row %d", i).containsExactly(sheet.expected.get(i));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void readsSharedStringsHoweverTheirXmlIsWritten(long seed) {
    Random r = new Random(seed);
    Writer w = new Writer(r);
    List<String> items = new ArrayList<>();
    StringBuilder xml = new StringBuilder(w.prolog());
    String p = w.prefix();
    xml.append('<').append(p).append("sst ").append(w.namespace(p)).append('>');
    for (int i = 0, n = 1 + r.nextInt(200); i < n; i++) {
      String text = w.text();
      items.add(text);
      xml.append('<').append(p).append("si>").append(w.rich(p, text)).append("</").append(p);
      xml.append("si>").append(w.filler());
    }
    xml.append("</").append(p).append("sst>");
    String[] read =
        SharedStrings.read(
            new Dribble(xml.toString().getBytes(StandardCharsets.UTF_8), r),
            "xl/sharedStrings.xml",
            ReadLimits.defaults());
    assertThat(read).containsExactlyElementsOf(items);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void refusesASheetWithOneWellFormednessErrorPutIn(long seed) {
    Random r = new Random(seed);
    Sheet sheet = new Writer(r).sheet();
    String xml = sheet.xml;
    int data = xml.indexOf("sheetData>") + "sheetData>".length();
    int end = xml.lastIndexOf("sheetData>");
    end = xml.lastIndexOf('<', end);
    int at = data + r.nextInt(Math.max(1, end - data));
    while (at < end && xml.charAt(at) != '<') {
      at++; // markup starts here: what is put in lands between two tags
    }
    String[] errors = {
      "&bogus;", "<!DOCTYPE x>", "\u0001", "</wrong>", "<a b=1/>", "<a b=\"<\"/>", "\uFFFF", ""
    };
    int kind = r.nextInt(errors.length + 1);
    byte[] bytes;
    Reason reason;
    if (kind == errors.length) {
      bytes = (xml.substring(0, at)).getBytes(StandardCharsets.UTF_8); // cut short
      reason = Reason.MALFORMED;
    } else if (kind == errors.length - 1) {
      byte[] head = xml.substring(0, at).getBytes(StandardCharsets.UTF_8);
      byte[] tail = xml.substring(at).getBytes(StandardCharsets.UTF_8);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(head, 0, head.length);
      out.write(0xE4); // a Chinese character's lead byte alone
      out.write(tail, 0, tail.length);
      bytes = out.toByteArray();
      reason = Reason.MALFORMED;
    } else {
      String error = errors[kind];
      bytes = (xml.substring(0, at) + error + xml.substring(at)).getBytes(StandardCharsets.UTF_8);
      reason = kind < 2 ? Reason.DOCTYPE : Reason.MALFORMED;
    }
    byte[] broken = bytes;
    assertThatThrownBy(() -> read(broken, sheet.strings, r))
        .isInstanceOfSatisfying(
            WorkbookRejectedException.class, ex -> assertThat(ex.getReason()).isEqualTo(reason))
        .hasMessageContaining("sheet1.xml");
  }

  private static List<TableReader.RawRow> read(String xml, String[] strings, Random r) {
    return read(xml.getBytes(StandardCharsets.UTF_8), strings, r);
  }

  private static List<TableReader.RawRow> read(byte[] xml, String[] strings, Random r) {
    ReadLimits limits = ReadLimits.defaults();
    SheetRows rows =
        SheetRows.open(
            new Dribble(xml, r),
            "xl/worksheets/sheet1.xml",
            strings,
            limits,
            limits.getMaxCellsPerWorkbook());
    List<TableReader.RawRow> out = new ArrayList<>();
    rows.forEachRemaining(out::add);
    return out;
  }

  /** A sheet as written, with what reading it must give. */
  private static final class Sheet {
    String xml = "";
    String[] strings = new String[0];
    final List<Integer> numbers = new ArrayList<>();
    final List<String[]> expected = new ArrayList<>();
  }

  /** Writes random texts and sheets in random but valid XML. */
  private static final class Writer {
    private final Random r;

    Writer(Random r) {
      this.r = r;
    }

    Sheet sheet() {
      Sheet s = new Sheet();
      List<String> strings = new ArrayList<>();
      for (int i = 0, n = r.nextInt(30); i < n; i++) {
        strings.add(text());
      }
      s.strings = strings.toArray(new String[0]);
      String p = prefix();
      StringBuilder x = new StringBuilder(prolog());
      x.append('<').append(p).append("worksheet ").append(namespace(p)).append('>');
      x.append(filler()).append('<').append(p).append("dimension ref=\"A1\"/>");
      x.append('<').append(p).append("sheetData>");
      int number = 0;
      for (int i = 0, n = r.nextInt(120); i < n; i++) {
        boolean numbered = r.nextInt(5) > 0;
        // a row without a number follows the last
        number += numbered && r.nextInt(4) == 0 ? 1 + r.nextInt(5) : 1;
        s.numbers.add(number);
        x.append(filler()).append('<').append(p).append("row");
        if (numbered) {
          x.append(space()).append(attribute("r", String.valueOf(number)));
        }
        if (r.nextBoolean()) {
          x.append(space()).append(attribute("spans", "1:9"));
        }
        List<String> cells = new ArrayList<>();
        int width = r.nextInt(9);
        if (width == 0 && r.nextBoolean()) {
          x.append(space()).append("/>");
          s.expected.add(new String[0]);
          continue;
        }
        x.append('>');
        for (int c = 0; c < width; c++) {
          x.append(filler());
          cells.add(cell(x, p, c, number, s.strings));
        }
        x.append("</").append(p).append("row").append(space()).append('>');
        s.expected.add(cells.toArray(new String[0]));
      }
      x.append("</").append(p).append("sheetData>");
      x.append('<').append(p).append("mergeCells count=\"1\"><").append(p);
      x.append("mergeCell ref=\"A1:B1\"/></").append(p).append("mergeCells></");
      x.append(p).append("worksheet>");
      s.xml = x.toString();
      return s;
    }

    /** Writes one cell of column {@code c}; returns the text it must read as. */
    private String cell(StringBuilder x, String p, int c, int row, String[] strings) {
      String ref = column(c) + row;
      x.append('<').append(p).append('c');
      boolean refFirst = r.nextBoolean();
      int kind = r.nextInt(strings.length == 0 ? 5 : 6);
      String type =
          switch (kind) {
            case 0 -> "inlineStr";
            case 1 -> "str";
            case 2 -> "b";
            case 3 -> r.nextBoolean() ? "n" : "";
            case 4 -> "";
            default -> "s";
          };
      if (refFirst) {
        x.append(space()).append(attribute("r", ref));
      }
      if (!type.isEmpty()) {
        x.append(space()).append(attribute("t", type));
      }
      if (r.nextBoolean()) {
        x.append(space()).append(attribute("s", String.valueOf(r.nextInt(9))));
      }
      if (!refFirst) {
        x.append(space()).append(attribute("r", ref));
      }
      switch (kind) {
        case 0 -> {
          String text = text();
          x.append("><").append(p).append("is>").append(rich(p, text));
          x.append("</").append(p).append("is></").append(p).append("c>");
          return text;
        }
        case 1 -> {
          String text = text();
          x.append("><").append(p).append("f>").append(escape("A1&\"x\"")).append("</");
          x.append(p).append("f><").append(p).append("v>").append(escape(text)).append("</");
          x.append(p).append("v></").append(p).append("c>");
          return text;
        }
        case 2 -> {
          boolean b = r.nextBoolean();
          x.append("><").append(p).append("v>").append(b ? 1 : 0).append("</").append(p);
          x.append("v></").append(p).append("c>");
          return b ? "TRUE" : "FALSE";
        }
        case 3 -> {
          String number = r.nextInt(1000) + (r.nextBoolean() ? "." + r.nextInt(100) : "");
          x.append("><").append(p).append("v>").append(number).append("</").append(p);
          x.append("v></").append(p).append("c>");
          return number.endsWith(".0") ? number.substring(0, number.length() - 2) : number;
        }
        case 4 -> {
          x.append(space()).append("/>");
          return "";
        }
        default -> {
          int index = r.nextInt(strings.length);
          x.append("><").append(p).append("v>").append(index).append("</").append(p);
          x.append("v></").append(p).append("c>");
          return strings[index];
        }
      }
    }

    private static String column(int c) {
      return String.valueOf((char) ('A' + c));
    }

    String prolog() {
      StringBuilder x = new StringBuilder();
      if (r.nextInt(4) == 0) {
        x.append('\uFEFF');
      }
      switch (r.nextInt(4)) {
        case 0 -> x.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n");
        case 1 -> x.append("<?xml version='1.0' encoding='utf-8'?>");
        case 2 -> x.append("<?xml version=\"1.0\"?>\n<!-- written by a tool -->");
        default -> {}
      }
      return x.toString();
    }

    String prefix() {
      return r.nextInt(3) == 0 ? "x:" : "";
    }

    String namespace(String prefix) {
      return (prefix.isEmpty() ? "xmlns" : "xmlns:x") + "=\"" + NS + "\"";
    }

    /** Nothing, white space, a comment or a processing instruction between tags. */
    String filler() {
      return switch (r.nextInt(8)) {
        case 0 -> "\n  ";
        case 1 -> "<!-- - -->";
        case 2 -> "<?pi data?>";
        default -> "";
      };
    }

    private String space() {
      return switch (r.nextInt(6)) {
        case 0 -> "\n\t";
        case 1 -> "  ";
        default -> " ";
      };
    }

    private String attribute(String name, String value) {
      String eq = r.nextInt(5) == 0 ? " = " : "=";
      return r.nextBoolean() ? name + eq + "\"" + value + "\"" : name + eq + "'" + value + "'";
    }

    /** A text as a cell may hold it. */
    String text() {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(10) == 0 ? 600 + r.nextInt(3000) : r.nextInt(40);
      for (int i = 0; i < n; i++) {
        switch (r.nextInt(12)) {
          case 0 -> sb.append((char) (' ' + r.nextInt(95)));
          case 1 -> sb.append("<&>\"'".charAt(r.nextInt(5)));
          case 2 -> sb.append("\n\t\u3000\u00A0".charAt(r.nextInt(4)));
          case 3 -> sb.appendCodePoint(0x1F600 + r.nextInt(80));
          case 4 -> sb.append((char) (0xFF01 + r.nextInt(90)));
          case 5 -> sb.append("]]>");
          case 6 -> sb.append('\r');
          default -> sb.append((char) (0x4E00 + r.nextInt(0x5000)));
        }
      }
      return sb.toString();
    }

    /** A text written as runs of rich text, with phonetic runs that are not read. */
    String rich(String p, String text) {
      StringBuilder x = new StringBuilder();
      if (r.nextInt(3) == 0) {
        return "<" + p + "t xml:space=\"preserve\">" + escape(text) + "</" + p + "t>";
      }
      int at = 0;
      while (at < text.length() || at == 0) {
        int end = Math.min(text.length(), at + 1 + r.nextInt(Math.max(1, text.length())));
        if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
          end++;
        }
        x.append('<').append(p).append("r>");
        if (r.nextBoolean()) {
          x.append('<').append(p).append("rPr><").append(p).append("b/><").append(p);
          x.append("sz val=\"11\"/></").append(p).append("rPr>");
        }
        x.append('<').append(p).append("t>").append(escape(text.substring(at, end)));
        x.append("</").append(p).append("t></").append(p).append("r>");
        if (r.nextInt(4) == 0) {
          x.append('<').append(p).append("rPh sb=\"0\" eb=\"1\"><").append(p).append("t>ふり");
          x.append("</").append(p).append("t></").append(p).append("rPh>");
        }
        at = end;
        if (text.isEmpty()) {
          break;
        }
      }
      return x.toString();
    }

    /** A text escaped as XML allows, chosen at random for each character. */
    String escape(String text) {
      StringBuilder x = new StringBuilder();
      boolean cdata = false;
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        i += Character.charCount(cp);
        int choice = r.nextInt(10);
        boolean referred = cp == '<' || cp == '&' || cp == '>' || cp == '\r' || choice == 0;
        if (cdata && (referred || cp == ']')) {
          x.append("]]>");
          cdata = false;
        }
        if (referred) {
          x.append(reference(cp));
        } else if (choice == 1 && !cdata) {
          x.append("<![CDATA[").appendCodePoint(cp);
          cdata = true;
        } else if (choice == 2 && !cdata) {
          x.append("<!--c-->").appendCodePoint(cp);
        } else if (cp == '\n' && !cdata && r.nextBoolean()) {
          x.append("\r\n"); // a line end as Windows writes it is one line end
        } else {
          x.appendCodePoint(cp);
        }
      }
      if (cdata) {
        x.append("]]>");
      }
      return x.toString();
    }

    private String reference(int cp) {
      return switch (cp == '&' || cp == '<' ? r.nextInt(3) : 1 + r.nextInt(2)) {
        case 0 -> cp == '&' ? "&amp;" : "&lt;";
        case 1 -> "&#" + cp + ";";
        default -> "&#x" + Integer.toHexString(cp) + ";";
      };
    }
  }

  /** A stream that hands over its bytes in random small pieces. */
  private static final class Dribble extends InputStream {
    private final ByteArrayInputStream in;
    private final Random r;
    private final int most;

    Dribble(byte[] bytes, Random r) {
      this.in = new ByteArrayInputStream(bytes);
      this.r = r;
      this.most = r.nextBoolean() ? 1 << 16 : 1 + r.nextInt(64);
    }

    @Override
    public int read() {
      return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) {
      return in.read(b, off, Math.min(len, 1 + r.nextInt(most)));
    }
  }
}
