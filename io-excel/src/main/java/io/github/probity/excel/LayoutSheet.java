package io.github.probity.excel;

import io.github.probity.annex.AnnexLayout;
import io.github.probity.excel.WorkbookRejectedException.Reason;
import io.github.probity.json.JsonReadException;
import io.github.probity.json.ProbityJson;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import org.dhatim.fastexcel.Workbook;

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

  private LayoutSheet() {}

  /** Writes the layouts' sheet; nothing for none. */
  static void write(Workbook wb, List<AnnexLayout> layouts) throws IOException {
    if (!layouts.isEmpty()) {
      byte[] bytes = ProbityJson.strict().writeAnnexLayouts(layouts);
      LedgerSheet.write(wb, NAME, MARK, LedgerSheet.content(bytes));
    }
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
      LedgerSheet.Document d = LedgerSheet.document(rows, MARK, maxChars);
      return d.bytes() == null
          ? List.of()
          : ProbityJson.strict().readAnnexLayouts(d.bytes()).value();
    } catch (JsonReadException e) {
      return List.of();
    } catch (WorkbookRejectedException why) {
      if (why.getReason() == Reason.MALFORMED || why.getReason() == Reason.TRUNCATED) {
        return List.of();
      }
      throw why;
    }
  }
}
