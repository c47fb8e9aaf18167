package io.github.probity.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.IRunBody;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * Lays a {@link Paper} out as a Word document in the plain official style (GB/T 9704 without the
 * red letterhead): A4, margins 3.7/3.5/2.8/2.6 cm, 22 lines of 28 characters, title in 方正小标宋简体 二号,
 * body in 仿宋_GB2312 三号, headings in 黑体, page numbers in 宋体 四号.
 */
final class Layout {
  static final String TITLE_FONT = "方正小标宋简体";
  static final String BODY_FONT = "仿宋_GB2312";
  static final String HEADING_FONT = "黑体";
  static final String PAGE_NUMBER_FONT = "宋体";

  /** 三号, the body size, in points. */
  static final int BODY_SIZE = 16;

  /** 二号, the title size, in points. */
  static final int TITLE_SIZE = 22;

  private static final int PAGE_NUMBER_SIZE = 14;

  /** One body character (三号, 16 pt) in twips. */
  private static final int CHAR = 320;

  /** The exact line pitch, 28.95 pt: 22 lines on the 225 mm type area. */
  private static final double LINE_POINTS = 28.95;

  /** The type area's width, 156 mm, in twips. */
  private static final int TEXT_WIDTH = 8844;

  private static final int LABEL_WIDTH = 2560;

  /** A cell's left and right margin, 0.19 cm as Word's default, in twips. */
  private static final int CELL_MARGIN = 108;

  /** Body characters on one line of a value cell. */
  private static final int VALUE_CHARS_PER_LINE =
      (TEXT_WIDTH - LABEL_WIDTH - 2 * CELL_MARGIN) / CHAR;

  private static final String FONT_TABLE_TYPE =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
  private static final String FONT_TABLE_REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";

  /**
   * The fonts the papers name, each with the fallback Word and LibreOffice use where it is not
   * installed: the official fonts are often missing on personal machines.
   */
  private static final String FONT_TABLE =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
          + font(TITLE_FONT, "华文中宋", "roman", "variable")
          + font(BODY_FONT, "仿宋", "modern", "fixed")
          + font(HEADING_FONT, "SimHei", "modern", "fixed")
          + font(PAGE_NUMBER_FONT, "SimSun", "auto", "variable")
          + font("仿宋", "FangSong", "modern", "fixed")
          + font("华文中宋", "宋体", "auto", "variable")
          + "</w:fonts>";

  private Layout() {}

  private static String font(String name, String alt, String family, String pitch) {
    return "<w:font w:name=\""
        + name
        + "\"><w:altName w:val=\""
        + alt
        + "\"/><w:charset w:val=\"86\"/><w:family w:val=\""
        + family
        + "\"/><w:pitch w:val=\""
        + pitch
        + "\"/></w:font>";
  }

  /** Renders a paper; the core properties' times are {@code now}. */
  static byte[] render(Paper p, Instant now) {
    try (XWPFDocument doc = new XWPFDocument()) {
      setUp(doc, p, now);
      title(doc, p);
      if (p.kind().isForm()) {
        form(doc, p);
      } else {
        letter(doc, p);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void setUp(XWPFDocument doc, Paper p, Instant now) throws IOException {
    POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
    core.setCreated(Optional.of(Date.from(now)));
    core.setModified(Optional.of(Date.from(now)));
    core.setCreator(p.issuer());
    core.setLastModifiedByUser(p.issuer());
    core.setTitle(p.title() + " " + p.number().text());
    core.setSubjectProperty(p.subjectName());
    p.caseId().ifPresent(core::setIdentifier);

    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(BODY_FONT);
    fonts.setHAnsi(BODY_FONT);
    fonts.setEastAsia(BODY_FONT);
    fonts.setCs(BODY_FONT);
    doc.createStyles().setDefaultFonts(fonts);
    doc.getStyles().setEastAsia("zh-CN");

    CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    CTPageMar margin = sect.addNewPgMar();
    margin.setTop(BigInteger.valueOf(2098)); // 3.7 cm
    margin.setBottom(BigInteger.valueOf(1984)); // 3.5 cm
    margin.setLeft(BigInteger.valueOf(1587)); // 2.8 cm
    margin.setRight(BigInteger.valueOf(1474)); // 2.6 cm
    margin.setHeader(BigInteger.valueOf(851));
    margin.setFooter(BigInteger.valueOf(1134)); // page number 7 mm below the type area
    margin.setGutter(BigInteger.ZERO);
    CTDocGrid grid = sect.addNewDocGrid();
    grid.setType(STDocGrid.LINES);
    grid.setLinePitch(BigInteger.valueOf(Math.round(LINE_POINTS * 20)));

    XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
    XWPFParagraph f = footer.createParagraph();
    f.setAlignment(ParagraphAlignment.CENTER);
    run(f, "— ", PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE);
    CTSimpleField page = f.getCTP().addNewFldSimple();
    page.setInstr(" PAGE ");
    XWPFRun placeholder = new XWPFRun(page.addNewR(), (IRunBody) f);
    style(placeholder, PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE);
    placeholder.setText("1");
    run(f, " —", PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE);

    try {
      PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
      PackagePart part = doc.getPackage().createPart(name, FONT_TABLE_TYPE);
      try (OutputStream os = part.getOutputStream()) {
        os.write(FONT_TABLE.getBytes(StandardCharsets.UTF_8));
      }
      doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, FONT_TABLE_REL);
    } catch (InvalidFormatException e) {
      throw new IllegalStateException("cannot add the font table", e);
    }
  }

  private static void title(XWPFDocument doc, Paper p) {
    XWPFParagraph t = paragraph(doc);
    t.setAlignment(ParagraphAlignment.CENTER);
    t.setSpacingBefore(0);
    // 二号 is taller than the 三号 grid line: snapped to the grid, LibreOffice gives the title two
    // lines and a page of body one line less than Word
    CTPPr ppr = t.getCTP().isSetPPr() ? t.getCTP().getPPr() : t.getCTP().addNewPPr();
    ppr.addNewSnapToGrid().setVal(STOnOff1.OFF);
    run(t, p.title(), TITLE_FONT, TITLE_SIZE);
    XWPFParagraph n = paragraph(doc);
    n.setAlignment(ParagraphAlignment.CENTER);
    run(n, p.number().text(), BODY_FONT, BODY_SIZE);
    paragraph(doc);
  }

  private static void letter(XWPFDocument doc, Paper p) {
    run(paragraph(doc), p.addressee() + "：", BODY_FONT, BODY_SIZE);
    run(indented(doc), "一、基本情况", HEADING_FONT, BODY_SIZE);
    for (String fact : p.facts()) {
      run(indented(doc), fact, BODY_FONT, BODY_SIZE);
    }
    run(indented(doc), "二、有关要求", HEADING_FONT, BODY_SIZE);
    for (String r : p.requirements()) {
      run(indented(doc), r, BODY_FONT, BODY_SIZE);
    }
    keepNext(doc);
    keepNext(paragraph(doc));
    signature(doc, p);
    keepNext(doc);
    keepNext(paragraph(doc));
    signatureLine(doc, "签收人（签名）：" + FormRows.BLANK_NAME + "　签收日期：" + FormRows.BLANK_DATE);
  }

  /** Keeps the last paragraph on the page of the next, so the signature never stands alone. */
  private static void keepNext(XWPFDocument doc) {
    List<XWPFParagraph> ps = doc.getParagraphs();
    keepNext(ps.get(ps.size() - 1));
  }

  private static void keepNext(XWPFParagraph p) {
    p.setKeepNext(true);
  }

  private static void form(XWPFDocument doc, Paper p) {
    List<Row> rows = FormRows.of(p);
    XWPFTable table = doc.createTable(rows.size(), 2);
    table.setWidthType(TableWidthType.DXA);
    table.setWidth(TEXT_WIDTH);
    table.setTableAlignment(TableRowAlign.CENTER);
    table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
    CTTblGrid grid = table.getCTTbl().getTblGrid();
    if (grid == null) {
      grid = table.getCTTbl().addNewTblGrid();
    }
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    grid.addNewGridCol().setW(BigInteger.valueOf(LABEL_WIDTH));
    grid.addNewGridCol().setW(BigInteger.valueOf(TEXT_WIDTH - LABEL_WIDTH));
    table.setCellMargins(0, CELL_MARGIN, 0, CELL_MARGIN);
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      XWPFTableRow r = table.getRow(i);
      // a space to write in is blank lines, not a minimum height: a row of lines breaks across
      // pages where the page ends, so the form fills the first page instead of leaving a gap
      boolean blank = row.minHeight() > 0;
      r.setCantSplitRow(!blank);
      XWPFTableCell label = r.getCell(0);
      width(label, LABEL_WIDTH);
      label.setVerticalAlignment(
          blank ? XWPFTableCell.XWPFVertAlign.TOP : XWPFTableCell.XWPFVertAlign.CENTER);
      XWPFParagraph lp = label.getParagraphs().get(0);
      cellParagraph(lp);
      lp.setAlignment(ParagraphAlignment.CENTER);
      run(lp, row.label(), HEADING_FONT, BODY_SIZE);
      XWPFTableCell value = r.getCell(1);
      width(value, TEXT_WIDTH - LABEL_WIDTH);
      value.setVerticalAlignment(
          blank ? XWPFTableCell.XWPFVertAlign.TOP : XWPFTableCell.XWPFVertAlign.CENTER);
      List<String> lines =
          blank
              ? Collections.nCopies(blankLines(row.minHeight()), "")
              : row.lines().isEmpty() ? List.of("") : row.lines();
      for (int j = 0; j < lines.size(); j++) {
        XWPFParagraph vp = j == 0 ? value.getParagraphs().get(0) : value.addParagraph();
        cellParagraph(vp);
        if (!lines.get(j).isEmpty()
            && (lines.size() > 1 || width(lines.get(j)) > VALUE_CHARS_PER_LINE)) {
          vp.setIndentationFirstLine(2 * CHAR);
        }
        if (!lines.get(j).isEmpty()) {
          run(vp, lines.get(j), BODY_FONT, BODY_SIZE);
        }
      }
    }
    keepNext(paragraph(doc));
    for (String line : FormRows.signatureLines(p)) {
      signatureLine(doc, line);
      keepNext(doc);
    }
    keepNext(paragraph(doc));
    signature(doc, p);
  }

  /** The issuing body centred over the date, the date four characters from the right margin. */
  private static void signature(XWPFDocument doc, Paper p) {
    String date = Paper.dateText(p.date());
    double dateWidth = width(date);
    double issuerWidth = width(p.issuer());
    double issuerIndent = 4 + Math.max(0, (dateWidth - issuerWidth) / 2);
    double dateIndent = 4 + Math.max(0, (issuerWidth - dateWidth) / 2);
    XWPFParagraph i = paragraph(doc);
    i.setAlignment(ParagraphAlignment.RIGHT);
    i.setIndentationRight((int) Math.round(issuerIndent * CHAR));
    keepNext(i);
    run(i, p.issuer(), BODY_FONT, BODY_SIZE);
    XWPFParagraph d = paragraph(doc);
    d.setAlignment(ParagraphAlignment.RIGHT);
    d.setIndentationRight((int) Math.round(dateIndent * CHAR));
    run(d, date, BODY_FONT, BODY_SIZE);
  }

  private static void signatureLine(XWPFDocument doc, String text) {
    XWPFParagraph s = paragraph(doc);
    s.setIndentationLeft(0);
    run(s, text, BODY_FONT, BODY_SIZE);
  }

  /** The blank lines that fill a space to write in at least {@code twips} high. */
  static int blankLines(int twips) {
    double pitch = LINE_POINTS * 20;
    return (int) Math.max(1, Math.ceil(twips / pitch - 0.01));
  }

  /** Width in body characters: full-width characters 1, ASCII one half. */
  private static double width(String s) {
    double w = 0;
    for (int i = 0; i < s.length(); i++) {
      w += s.charAt(i) < 0x80 ? 0.5 : 1;
    }
    return w;
  }

  private static void width(XWPFTableCell cell, int twips) {
    cell.setWidthType(TableWidthType.DXA);
    cell.setWidth(Integer.toString(twips));
  }

  private static XWPFParagraph paragraph(XWPFDocument doc) {
    XWPFParagraph p = doc.createParagraph();
    p.setSpacingBefore(0);
    p.setSpacingAfter(0);
    p.setSpacingBetween(LINE_POINTS, LineSpacingRule.EXACT);
    return p;
  }

  private static XWPFParagraph indented(XWPFDocument doc) {
    XWPFParagraph p = paragraph(doc);
    p.setAlignment(ParagraphAlignment.BOTH);
    p.setIndentationFirstLine(2 * CHAR);
    return p;
  }

  private static void cellParagraph(XWPFParagraph p) {
    p.setSpacingBefore(0);
    p.setSpacingAfter(0);
    p.setSpacingBetween(LINE_POINTS, LineSpacingRule.EXACT);
    p.setAlignment(ParagraphAlignment.BOTH);
  }

  private static void run(XWPFParagraph p, String text, String font, int size) {
    XWPFRun r = p.createRun();
    style(r, font, size);
    r.setText(text);
  }

  private static void style(XWPFRun r, String font, int size) {
    r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
    r.setFontFamily(font, XWPFRun.FontCharRange.ascii);
    r.setFontFamily(font, XWPFRun.FontCharRange.hAnsi);
    r.setFontFamily(font, XWPFRun.FontCharRange.cs);
    r.setFontSize(size);
  }

  /** One row of a form: a label and its prefilled lines, or a blank space to write in. */
  record Row(String label, List<String> lines, int minHeight) {
    static Row of(String label, String... lines) {
      return new Row(label, List.of(lines), 0);
    }

    static Row of(String label, List<String> lines) {
      return new Row(label, lines, 0);
    }

    static Row blank(String label, int minHeight) {
      return new Row(label, List.of(), minHeight);
    }
  }
}
