package io.github.probity.excel;

import io.github.probity.excel.WorkbookRejectedException.Reason;
import io.github.probity.json.JsonReadException;
import io.github.probity.json.ProbityJson;
import io.github.probity.model.Ledger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * The ledger a workbook was written from, kept in the workbook so that reading it back loses
 * nothing the visible tables cannot show (ids, structure, factors, decisions, proposers …).
 *
 * <p>It is a very hidden sheet named {@value #NAME} (Excel, WPS and LibreOffice keep such a sheet
 * when a person edits and saves the workbook, and show it nowhere): A1 holds {@value #MARK} and B1
 * the layout version, the rows under it the ledger's io-json document in pieces of {@value #PIECE}
 * characters, and the last row {@code sha256} with the SHA-256 of the document's UTF-8 bytes. A
 * piece that begins or ends with a space is a shared string marked to keep its spaces, which Excel
 * drops from texts not so marked. The sheet is protected against editing by accident; the digest,
 * not the protection, is what tells an altered copy: a sheet whose digest does not match, or that
 * does not parse, is not used.
 */
final class LedgerSheet {
  static final String NAME = "probity-ledger";
  static final String MARK = "probity-ledger";
  static final String VERSION = "1";
  static final String DIGEST = "sha256";
  static final int PIECE = 8_000;

  private LedgerSheet() {}

  /** The sheet's content: the document in pieces, and its digest. */
  record Content(List<String> pieces, String digest) {}

  /** Cuts the ledger's io-json document into the sheet's pieces. */
  static Content content(Ledger ledger) throws IOException {
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    ProbityJson.strict().writeLedger(ledger, json);
    return content(json.toByteArray());
  }

  /** Cuts a document's UTF-8 bytes into a sheet's pieces. */
  static Content content(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<String> pieces = new ArrayList<>();
    int at = 0;
    while (at < text.length()) {
      int end = Math.min(text.length(), at + PIECE);
      if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
        end--; // a pair is never cut: each piece is valid text on its own
      }
      pieces.add(text.substring(at, end));
      at = end;
    }
    return new Content(pieces, sha256(bytes));
  }

  /** Writes the ledger's sheet as the workbook's last sheet. */
  static void write(Workbook wb, Ledger ledger) throws IOException {
    write(wb, NAME, MARK, content(ledger));
  }

  /**
   * Writes a document's sheet, laid out as this class describes: very hidden and protected, A1 the
   * mark and B1 the version, the pieces under it, the digest in the last row.
   */
  static void write(Workbook wb, String name, String mark, Content content) throws IOException {
    Worksheet ws = wb.newWorksheet(name);
    ws.setVisibilityState(VisibilityState.VERY_HIDDEN);
    ws.inlineString(0, 0, mark);
    ws.inlineString(0, 1, VERSION);
    int row = 1;
    for (String piece : content.pieces()) {
      if (spaceAtAnEnd(piece)) {
        ws.value(row++, 0, piece); // a shared string keeps its spaces (xml:space="preserve")
      } else {
        ws.inlineString(row++, 0, piece);
      }
      if (row % 256 == 0) {
        ws.flush();
      }
    }
    ws.inlineString(row, 0, DIGEST);
    ws.inlineString(row, 1, content.digest());
    ws.protect(name);
    ws.finish();
  }

  static boolean spaceAtAnEnd(String piece) {
    return !piece.isEmpty()
        && (Character.isWhitespace(piece.charAt(0))
            || Character.isSpaceChar(piece.charAt(0))
            || Character.isWhitespace(piece.charAt(piece.length() - 1))
            || Character.isSpaceChar(piece.charAt(piece.length() - 1)));
  }

  /** What a workbook's ledger sheet gave: the ledger, or why it was not used. */
  static final class Found {
    final Optional<Ledger> ledger;
    final String why;

    private Found(Optional<Ledger> ledger, String why) {
      this.ledger = ledger;
      this.why = why;
    }
  }

  /**
   * Reads the sheet's rows back into the ledger; a sheet that is not whole, altered, not a ledger
   * or whose part does not parse gives the reason instead.
   *
   * @param maxChars the most characters the document may have
   * @throws WorkbookRejectedException if the sheet breaks a limit or is hostile
   */
  static Found read(Iterator<TableReader.RawRow> rows, long maxChars)
      throws WorkbookRejectedException {
    try {
      return readRows(rows, maxChars);
    } catch (WorkbookRejectedException why) {
      if (why.getReason() == Reason.MALFORMED || why.getReason() == Reason.TRUNCATED) {
        return new Found(Optional.empty(), "the sheet does not parse: " + why.getMessage());
      }
      throw why;
    }
  }

  private static Found readRows(Iterator<TableReader.RawRow> rows, long maxChars) {
    Document d = document(rows, MARK, maxChars);
    if (d.bytes == null) {
      return new Found(Optional.empty(), d.why);
    }
    try {
      return new Found(Optional.of(ProbityJson.strict().readLedger(d.bytes).value()), "");
    } catch (JsonReadException e) {
      return new Found(Optional.empty(), "its ledger does not read: " + e.getMessage());
    }
  }

  /** A document sheet's bytes, whole and matching their digest, or why there are none. */
  record Document(byte @Nullable [] bytes, String why) {}

  /**
   * Reads a document sheet's rows back into the document's bytes: none if the sheet does not begin
   * with the mark, is longer than {@code maxChars} characters or its digest does not match.
   */
  static Document document(Iterator<TableReader.RawRow> rows, String mark, long maxChars) {
    if (!rows.hasNext() || !mark.equals(cell(rows.next(), 0))) {
      return new Document(null, "the sheet does not begin with " + mark);
    }
    StringBuilder text = new StringBuilder();
    String digest = null;
    while (rows.hasNext()) {
      TableReader.RawRow row = rows.next();
      String a = cell(row, 0);
      if (DIGEST.equals(a)) {
        digest = cell(row, 1);
        break;
      }
      if (text.length() + a.length() > maxChars) {
        return new Document(null, "the document is longer than " + maxChars + " characters");
      }
      text.append(a);
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    if (digest == null || !digest.equalsIgnoreCase(sha256(bytes))) {
      return new Document(null, "its digest does not match: the sheet was altered");
    }
    return new Document(bytes, "");
  }

  static String cell(TableReader.RawRow row, int c) {
    String v = c < row.cells.length ? row.cells[c] : null;
    return v == null ? "" : v;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
