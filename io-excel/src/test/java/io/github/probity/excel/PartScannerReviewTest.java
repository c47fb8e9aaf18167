package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.excel.WorkbookRejectedException.Reason;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cases where the worksheet and shared strings scanner once read well-formed XML differently from
 * an XML parser, or refused broken XML for the wrong reason, and a differential test against Aalto:
 * random shared strings whose texts mix line ends with comments, CDATA sections, processing
 * instructions, references and supplementary characters give the texts Aalto gives, read from
 * streams that hand over their bytes in random small pieces.
 */
class PartScannerReviewTest {
  private static final String PART = "xl/sharedStrings.xml";

  private static String[] strings(String xml) {
    return SharedStrings.read(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
        PART,
        ReadLimits.defaults());
  }

  private static String sst(String... items) {
    StringBuilder x = new StringBuilder("<sst xmlns=\"urn:x\">");
    for (String item : items) {
      x.append("<si><t>").append(item).append("</t></si>");
    }
    return x.append("</sst>").toString();
  }

  /** What an XML parser reads as the text of each {@code t} element, joined per {@code si}. */
  private static List<String> aalto(byte[] xml) throws Exception {
    XMLStreamReader x =
        new com.fasterxml.aalto.stax.InputFactoryImpl()
            .createXMLStreamReader(new ByteArrayInputStream(xml));
    List<String> items = new ArrayList<>();
    StringBuilder item = null;
    boolean inT = false;
    while (x.hasNext()) {
      int e = x.next();
      if (e == XMLStreamConstants.START_ELEMENT && "si".equals(x.getLocalName())) {
        item = new StringBuilder();
      } else if (e == XMLStreamConstants.START_ELEMENT && "t".equals(x.getLocalName())) {
        inT = true;
      } else if (e == XMLStreamConstants.END_ELEMENT && "t".equals(x.getLocalName())) {
        inT = false;
      } else if (e == XMLStreamConstants.END_ELEMENT && "si".equals(x.getLocalName())) {
        items.add(item.toString());
      } else if (inT
          && (e == XMLStreamConstants.CHARACTERS
              || e == XMLStreamConstants.CDATA
              || e == XMLStreamConstants.SPACE)) {
        item.append(x.getText());
      }
    }
    return items;
  }

  @Test
  void aCarriageReturnAndALineFeedWithMarkupBetweenAreTwoLineEnds() throws Exception {
    String xml =
        sst(
            "a\r<!--c-->\nb",
            "a<![CDATA[\r]]>\nb",
            "a\r<![CDATA[\nb]]>",
            "a\r<?pi x?>\nb",
            "a<![CDATA[b\r]]><![CDATA[\nc]]>");
    List<String> expected = aalto(xml.getBytes(StandardCharsets.UTF_8));
    assertThat(expected).containsExactly("a\n\nb", "a\n\nb", "a\n\nb", "a\n\nb", "ab\n\nc");
    assertThat(strings(xml)).containsExactlyElementsOf(expected);
  }

  @Test
  void aCarriageReturnBeforeASkippedChildElementIsALineEndOfItsOwn() throws Exception {
    String sheet =
        "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"str\"><v>a\r<x/>\nb</v></c></row>"
            + "</sheetData></worksheet>";
    SheetRows rows =
        SheetRows.open(
            new ByteArrayInputStream(sheet.getBytes(StandardCharsets.UTF_8)),
            "xl/worksheets/sheet1.xml",
            new String[0],
            ReadLimits.defaults(),
            1000);
    assertThat(rows.next().cells).containsExactly("a\n\nb");
  }

  @Test
  void aLineEndInAnAttributeValueIsOneSpace() throws Exception {
    PartScanner s =
        new PartScanner(
            new ByteArrayInputStream(
                "<x a=\"1\r\n2\" b=\"1\r2\" c=\"1&#13;&#10;2\"/>".getBytes(StandardCharsets.UTF_8)),
            PART);
    assertThat(s.next()).isEqualTo(PartScanner.START);
    assertThat(s.value(s.attribute("a"))).isEqualTo("1 2");
    assertThat(s.value(s.attribute("b"))).isEqualTo("1 2");
    assertThat(s.value(s.attribute("c"))).isEqualTo("1\r\n2");
  }

  @Test
  void brokenMarkupThatIsNoDeclarationIsMalformed() {
    for (String bad :
        new String[] {"<!-x-->", "<![CDATX[a]]>", "<![cdata[a]]>", "&1;", "&-a;", "&.;"}) {
      assertThatThrownBy(() -> strings(sst("a" + bad)))
          .as(bad)
          .isInstanceOfSatisfying(
              WorkbookRejectedException.class,
              ex -> assertThat(ex.getReason()).isEqualTo(Reason.MALFORMED));
    }
    assertThatThrownBy(() -> strings("<![CDATA[x]]>" + sst("a")))
        .isInstanceOfSatisfying(
            WorkbookRejectedException.class,
            ex -> assertThat(ex.getReason()).isEqualTo(Reason.MALFORMED));
  }

  @Test
  void declarationsAndUndeclaredEntitiesStayDoctypeRefusals() {
    for (String bad : new String[] {"<!ENTITY x \"y\">", "<!DOCTYPE x>", "&x;", "&_a.b-1;"}) {
      assertThatThrownBy(() -> strings(sst("a" + bad)))
          .as(bad)
          .isInstanceOfSatisfying(
              WorkbookRejectedException.class,
              ex -> assertThat(ex.getReason()).isEqualTo(Reason.DOCTYPE));
    }
  }

  @Test
  void whatFollowsTheRootElementIsChecked() {
    // a second root's items would be dropped without a word
    for (String tail :
        new String[] {
          "<sst><si><t>lost</t></si></sst>", "text", "<!DOCTYPE x>", "</sst>", "<!-- x"
        }) {
      assertThatThrownBy(() -> strings(sst("a") + tail))
          .as(tail)
          .isInstanceOfSatisfying(
              WorkbookRejectedException.class,
              ex -> assertThat(ex.getReason()).isIn(Reason.MALFORMED, Reason.DOCTYPE));
    }
    assertThat(strings(sst("a") + "\r\n<!-- written by -->\n<?pi x?>  ")).containsExactly("a");
    assertThat(strings("<sst/>\n")).isEmpty();
  }

  @Test
  void aCdataEndInTextIsMalformedWhereverTheReadsSplitIt() throws Exception {
    for (String item : new String[] {"a]]>b", "]]>", "a]]]>b"}) {
      for (String xml : new String[] {sst(item), sst("a") + "", "<sst><x>" + item + "</x></sst>"}) {
        if (!xml.contains("]]>")) {
          continue;
        }
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> aalto(bytes)).as("an XML parser refuses " + xml).isNotNull();
        for (int most = 1; most < 5; most++) {
          Random r = new Random(most);
          int pieces = most;
          assertThatThrownBy(
                  () ->
                      SharedStrings.read(new Pieces(bytes, r, pieces), PART, ReadLimits.defaults()))
              .as(xml)
              .isInstanceOfSatisfying(
                  WorkbookRejectedException.class,
                  ex -> assertThat(ex.getReason()).isEqualTo(Reason.MALFORMED));
        }
      }
    }
    // a bracket from a reference or a CDATA section's end is no literal ]]>
    assertThat(strings(sst("&#93;]>", "]&#93;>", "<![CDATA[a]]>>", "]]&gt;", "] ]>")))
        .containsExactly("]]>", "]]>", "a>", "]]>", "] ]>");
  }

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void sharedStringsReadAsAaltoReadsThem(long seed) throws Exception {
    Random r = new Random(seed);
    StringBuilder x = new StringBuilder();
    if (r.nextBoolean()) {
      x.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n");
    }
    x.append("<x:sst xmlns:x=\"urn:x\">");
    for (int i = 0, n = 1 + r.nextInt(20); i < n; i++) {
      x.append("<x:si>");
      for (int t = 0, runs = 1 + r.nextInt(3); t < runs; t++) {
        x.append(r.nextBoolean() ? "<x:t>" : "<x:t xml:space=\"preserve\">");
        for (int k = 0, pieces = r.nextInt(12); k < pieces; k++) {
          x.append(piece(r));
        }
        x.append("</x:t>");
      }
      x.append("</x:si>");
    }
    x.append("</x:sst>");
    if (r.nextBoolean()) {
      x.append("\n<!-- end -->\r\n");
    }
    byte[] bytes = x.toString().getBytes(StandardCharsets.UTF_8);
    String[] read = SharedStrings.read(new Pieces(bytes, r), PART, ReadLimits.defaults());
    assertThat(read).containsExactlyElementsOf(aalto(bytes));
  }

  private static final String[] PIECES = {
    "\r",
    "\n",
    "\r\n",
    "\t",
    " ",
    "a",
    "中",
    "\uD83D\uDE00",
    "&amp;",
    "&lt;",
    "&gt;",
    "&quot;",
    "&apos;",
    "&#13;",
    "&#10;",
    "&#x1F600;",
    "&#20013;",
    "<!--c-->",
    "<?p d?>",
    "<![CDATA[",
    "]",
    "]]",
    "x>",
    "'",
    "\""
  };

  /**
   * A piece of text; a CDATA section is closed within the piece, its content random too. A {@code
   * >} follows no {@code ]]} outside CDATA, which XML forbids.
   */
  private static String piece(Random r) {
    String p = PIECES[r.nextInt(PIECES.length)];
    if (!p.equals("<![CDATA[")) {
      return p;
    }
    StringBuilder c = new StringBuilder(p);
    for (int i = 0, n = r.nextInt(6); i < n; i++) {
      c.append(
          new String[] {"\r", "\n", "]", "a", "&amp;", "<", "中", "\uD83D\uDE00"}[r.nextInt(8)]);
    }
    return c.append("]]>").toString();
  }

  /** Hands its bytes over in random pieces of one byte up. */
  private static final class Pieces extends InputStream {
    private final ByteArrayInputStream in;
    private final Random r;
    private final int most;

    Pieces(byte[] bytes, Random r) {
      this(bytes, r, r.nextBoolean() ? 3 : 1 + r.nextInt(40));
    }

    Pieces(byte[] bytes, Random r, int most) {
      this.in = new ByteArrayInputStream(bytes);
      this.r = r;
      this.most = most;
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
