package io.github.probity.excel;

import io.github.probity.annex.AnnexLayout;
import io.github.probity.excel.WorkbookRejectedException.Reason;
import io.github.probity.json.JsonReadException;
import io.github.probity.json.ProbityJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The unit's own layouts a workbook's tables were printed in, kept in the workbook so that a reader
 * given no layout recognises their headers (reworded, reordered, extra columns) without help, also
 * when the {@linkplain LedgerSheet carried ledger} no longer reads.
 *
 * <p>It is a very hidden sheet named {@value #NAME}, laid out like the ledger's: A1 holds {@value
 * #MARK} and B1 the version, the rows under it the io-json annex layout document ({@code
 * probity-annex-layout}) in pieces of {@value LedgerSheet#PIECE} characters, the last row {@code
 * sha256} with the SHA-256 of the document's UTF-8 bytes. Excel, WPS and LibreOffice keep the sheet
 * when they save the workbook again. It is written only for layouts other than the standard ones,
 * so that a workbook in the standard layouts is what it always was. A sheet whose digest does not
 * match, or that does not parse, is not used: the tables are then read by their headers' meanings.
 *
 * <p>A reader visits this sheet before the tables ({@link SheetVisitor#readsFirst(String)}), so
 * that the layouts apply to every table, whatever the sheets' order.
 */
final class LayoutSheet {
  static final String NAME = "probity-layout";
  static final String MARK = "probity-layout";
  static final String VERSION = "1";

  private LayoutSheet() {}

  /** Writes the layouts' sheet; nothing for none. */
  static void write(Workbook wb, List<AnnexLayout> layouts) throws IOException {
    if (layouts.isEmpty()) {
      return;
    }
    byte[] bytes = ProbityJson.strict().writeAnnexLayouts(layouts);
    String text = new String(bytes, StandardCharsets.UTF_8);
    Worksheet ws = wb.newWorksheet(NAME);
    ws.setVisibilityState(VisibilityState.VERY_HIDDEN);
    ws.inlineString(0, 0, MARK);
    ws.inlineString(0, 1, VERSION);
    int row = 1;
    int at = 0;
    while (at < text.length()) {
      int end = Math.min(text.length(), at + LedgerSheet.PIECE);
      if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
        end--;
      }
      String piece = text.substring(at, end);
      if (LedgerSheet.spaceAtAnEnd(piece)) {
        ws.value(row++, 0, piece);
      } else {
        ws.inlineString(row++, 0, piece);
      }
      at = end;
    }
    ws.inlineString(row, 0, LedgerSheet.DIGEST);
    ws.inlineString(row, 1, LedgerSheet.sha256(bytes));
    ws.protect(NAME);
    ws.finish();
  }

  /**
   * Reads the sheet's layouts back; none if the sheet is not whole, altered or does not parse.
   *
   * @param maxChars the most characters the document may have
   * @throws WorkbookRejectedException if the sheet breaks a limit or is hostile
   */
  static List<AnnexLayout> read(Iterator<TableReader.RawRow> rows, long maxChars)
      throws WorkbookRejectedException {
    try {
      return readRows(rows, maxChars);
    } catch (WorkbookRejectedException why) {
      if (why.getReason() == Reason.MALFORMED || why.getReason() == Reason.TRUNCATED) {
        return List.of();
      }
      throw why;
    }
  }

  private static List<AnnexLayout> readRows(Iterator<TableReader.RawRow> rows, long maxChars) {
    if (!rows.hasNext() || !MARK.equals(LedgerSheet.cell(rows.next(), 0))) {
      return List.of();
    }
    StringBuilder text = new StringBuilder();
    String digest = null;
    while (rows.hasNext()) {
      TableReader.RawRow row = rows.next();
      String a = LedgerSheet.cell(row, 0);
      if (LedgerSheet.DIGEST.equals(a)) {
        digest = LedgerSheet.cell(row, 1);
        break;
      }
      if (text.length() + a.length() > maxChars) {
        return List.of();
      }
      text.append(a);
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    if (digest == null || !digest.equalsIgnoreCase(LedgerSheet.sha256(bytes))) {
      return List.of();
    }
    try {
      return ProbityJson.strict().readAnnexLayouts(bytes).value();
    } catch (JsonReadException e) {
      return List.of();
    }
  }
}
