package io.github.probity.excel;

import io.github.probity.archive.Archive;
import io.github.probity.archive.ArchiveAnchor;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the archive workbook of one post (岗位廉政风险档案, 一岗一档): one sheet per year, named e.g. {@code
 * 2026年}, oldest first.
 *
 * <p>Each sheet has the title and, in order, the post's basic data, holders, duties, risk points
 * with levels, grading and collective decision, measures, monitoring indicators, the measures'
 * review trail, integrity pledges, the change log and the warning and disposition records
 * (预警与处置记录), each a bordered table in 宋体, its running text (防控措施, 变更原因 …) over several columns.
 * Sheets print on A4 landscape, one page wide at 92% or more, and one page high where the content
 * fits at that scale; otherwise on as many pages as needed, numbered in the footer: text never
 * prints smaller than 9 pt. {@link ArchiveWorkbookReader} reads the workbook back into equal
 * archives. Text that a spreadsheet would take for a formula stays text.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ArchiveWorkbookWriter {
  private final String author;
  private final Clock clock;

  private ArchiveWorkbookWriter(String author, Clock clock) {
    this.author = author;
    this.clock = clock;
  }

  /**
   * Returns the writer: author {@code Probity}, the system clock for the document properties.
   *
   * @return the writer
   */
  public static ArchiveWorkbookWriter standard() {
    return new ArchiveWorkbookWriter(OfficePackage.AUTHOR, Clock.systemUTC());
  }

  /**
   * Returns a copy that names this author in the workbook's document properties.
   *
   * @param author the author, e.g. the unit's office
   * @return the writer
   */
  public ArchiveWorkbookWriter withAuthor(String author) {
    return new ArchiveWorkbookWriter(author, clock);
  }

  /**
   * Returns a copy that stamps the workbook's creation time (to the second) from this clock. With a
   * fixed clock, the same archives always give the same bytes.
   *
   * @param clock the clock
   * @return the writer
   */
  public ArchiveWorkbookWriter withClock(Clock clock) {
    return new ArchiveWorkbookWriter(author, clock);
  }

  /**
   * Writes one archive as a workbook of one sheet.
   *
   * @param archive the archive
   * @param out where the workbook goes; not closed
   * @throws IOException if writing fails
   */
  public void write(Archive archive, OutputStream out) throws IOException {
    write(List.of(archive), out);
  }

  /**
   * Writes one archive as a workbook of one sheet, with its chain's anchor printed in the basic
   * section (档案链锚点), so that the printed page can later be checked against the stored chain ({@code
   * ArchiveHistory.verify(ArchiveAnchor.parse(line))}). {@link ArchiveWorkbookReader} reads the
   * anchor back ({@link ArchiveReadResult#anchors()}).
   *
   * @param archive the archive, usually {@code history.current().getContent()}
   * @param anchor its chain's anchor ({@code history.anchor()}, signed or not)
   * @param out where the workbook goes; not closed
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if the anchor is of another unit, year or post
   */
  public void write(Archive archive, ArchiveAnchor anchor, OutputStream out) throws IOException {
    if (!anchor.getUnitCode().equals(archive.getUnitCode())
        || anchor.getYear() != archive.getYear()
        || !anchor.getPostId().equals(archive.getPost().getId())) {
      throw new IllegalArgumentException(
          "The anchor " + anchor.signedText() + " is not of this archive's unit, year and post");
    }
    write(List.of(archive), Map.of(archive, anchor), out);
  }

  /**
   * Writes the archives of one post, one sheet per archive, in year order.
   *
   * @param archives the archives, all of the same post, at least one
   * @param out where the workbook goes; not closed
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if there is no archive or they are of different posts
   */
  public void write(List<Archive> archives, OutputStream out) throws IOException {
    write(archives, Map.of(), out);
  }

  private void write(List<Archive> archives, Map<Archive, ArchiveAnchor> anchors, OutputStream out)
      throws IOException {
    if (archives.isEmpty()) {
      throw new IllegalArgumentException("An archive workbook needs at least one archive");
    }
    String post = archives.get(0).getPost().getId();
    for (Archive a : archives) {
      if (!a.getPost().getId().equals(post)) {
        throw new IllegalArgumentException(
            "An archive workbook is of one post: found " + post + " and " + a.getPost().getId());
      }
    }
    Map<String, List<Integer>> breaks = new HashMap<>();
    OfficePackage.write(
        out,
        author,
        clock.instant(),
        breaks,
        wb -> {
          Set<String> names = new HashSet<>();
          for (Archive a :
              archives.stream().sorted(Comparator.comparingInt(Archive::getYear)).toList()) {
            String name = a.getYear() + "年";
            for (int i = 2; !names.add(name); i++) {
              name = a.getYear() + "年(" + i + ")";
            }
            ArchiveSheetWriter sheet = new ArchiveSheetWriter(wb.newWorksheet(name));
            sheet.write(a, anchors.get(a));
            // fastexcel numbers its worksheet parts in the order the sheets were added
            breaks.put("xl/worksheets/sheet" + names.size() + ".xml", sheet.breaks());
            sheet.finish();
          }
        });
  }
}
