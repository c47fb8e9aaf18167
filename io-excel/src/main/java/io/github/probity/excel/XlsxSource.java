package io.github.probity.excel;

import io.github.probity.excel.WorkbookRejectedException.Reason;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * Streams the rows of an xlsx file: {@link ZipGuard} checks the package and collects the merged
 * ranges, then each worksheet is read in one pass by {@link SheetRows}, its entry inflated through
 * the same size and ratio checks (the shared strings, held in memory, within their own limit). The
 * file is opened once for both. Stateless.
 */
final class XlsxSource {
  private static final String[] NO_STRINGS = new String[0];

  private XlsxSource() {}

  static void read(Path file, ReadLimits limits, SheetVisitor visitor) throws IOException {
    try (ZipFile zip = ZipGuard.open(file)) {
      ZipGuard.Contents contents = ZipGuard.scan(zip, limits);
      java.util.Map<Integer, String> struck =
          visitor.leavesOutStruck() ? new java.util.HashMap<>() : null;
      String[] strings = sharedStrings(zip, contents.sharedStrings(), limits, struck);
      CellStyles.Formats formats = formats(zip, contents.styles(), limits);
      long cellsLeft = limits.getMaxCellsPerWorkbook();
      if (contents.date1904()) {
        visitor.date1904();
      }
      java.util.List<String> shown = new java.util.ArrayList<>();
      for (ZipGuard.SheetInfo sheet : contents.sheets()) {
        if (!sheet.hidden()) {
          shown.add(sheet.name());
        }
      }
      visitor.sheetNames(shown);
      java.util.List<ZipGuard.SheetInfo> order = new java.util.ArrayList<>();
      for (ZipGuard.SheetInfo sheet : contents.sheets()) {
        if (visitor.readsFirst(sheet.name())) {
          order.add(sheet);
        }
      }
      for (ZipGuard.SheetInfo sheet : contents.sheets()) {
        if (!visitor.readsFirst(sheet.name())) {
          order.add(sheet);
        }
      }
      for (ZipGuard.SheetInfo sheet : order) {
        if (!visitor.reads(sheet.name()) || sheet.hidden() && !visitor.readsHidden(sheet.name())) {
          continue;
        }
        ZipEntry entry = sheet.part().isEmpty() ? null : ZipGuard.entry(zip, sheet.part());
        if (entry == null) {
          throw new WorkbookRejectedException(
              Reason.MALFORMED,
              "sheet " + sheet.name() + " has no part in the package (" + sheet.part() + ")");
        }
        try (InputStream in = ZipGuard.inflate(zip, entry, limits)) {
          SheetRows rows = SheetRows.open(in, sheet.part(), strings, limits, cellsLeft);
          // struck and greyed cells are told only to a reader that leaves struck text out
          CellStyles.Formats told = struck == null ? null : formats;
          rows.struck(struck, told == null ? null : told.struck());
          rows.greyed(told == null ? null : told.greyed());
          rows.shown(formats == null ? null : formats.shown());
          int[] area = sheet.printArea();
          if (area != null) {
            visitor.printArea(sheet.name(), area);
          }
          visitor.sheet(sheet.name(), sheet.merges(), rows);
          cellsLeft -= rows.cellCount();
        }
      }
    } catch (ZipException | EOFException ex) {
      throw new WorkbookRejectedException(Reason.TRUNCATED, String.valueOf(ex.getMessage()), ex);
    }
  }

  /** What the cell formats do to their cells, or null when the package has no styles. */
  private static CellStyles.@Nullable Formats formats(
      ZipFile zip, @Nullable String part, ReadLimits limits) throws IOException {
    if (part == null) {
      return null;
    }
    ZipEntry entry = ZipGuard.entry(zip, part);
    if (entry == null) {
      return null;
    }
    try (InputStream in = ZipGuard.inflate(zip, entry, limits)) {
      return CellStyles.formats(in, part);
    }
  }

  private static String[] sharedStrings(
      ZipFile zip,
      @Nullable String part,
      ReadLimits limits,
      java.util.@Nullable Map<Integer, String> struck)
      throws IOException {
    if (part == null) {
      return NO_STRINGS;
    }
    ZipEntry entry = ZipGuard.entry(zip, part);
    if (entry == null) {
      return NO_STRINGS;
    }
    long max = limits.getMaxSharedStringsBytes();
    try (InputStream in =
        ByteScan.guarding(
            ZipGuard.inflate(zip, entry, max, limits).verifying(entry.getCrc()), part, limits)) {
      String[] strings = SharedStrings.read(in, part, limits, struck);
      in.transferTo(OutputStream.nullOutputStream()); // to its end, where its CRC is checked
      return strings;
    }
  }
}
