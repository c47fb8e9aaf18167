package io.github.probity.docx;

import io.github.probity.model.Ledger;
import io.github.probity.review.WorkingCalendar;
import io.github.probity.warning.DispositionCase;
import io.github.probity.warning.Warning;
import io.github.probity.warning.WarningPolicy;
import io.github.probity.warning.WarningStage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prints the disposition ladders' paperwork as Word documents (.docx) in the plain official style:
 * drafts a {@link Paper} from a disposition case (or, for a prevention notice, a bare warning) and
 * lays it out.
 *
 * <p>Deadlines count the step's reply days ({@link WarningPolicy#replyDays}) from the day after the
 * step was issued, in working days of a {@link WorkingCalendar} ({@link WorkingCalendar#weekdays()}
 * unless another is set), or, with {@link Builder#calendarDays()}, in calendar days: then the
 * printed deadline is the day of the case's own {@code dueAt}. Dates are read in the writer's zone
 * (Asia/Shanghai by default). The date written is the day the step was issued; a prevention notice
 * without a step is dated on the clock's day.
 *
 * <p>The bytes depend only on the paper and the clock: the document's created and modified times
 * and every zip entry's time are the clock's instant, so a fixed clock gives byte-identical files.
 * Files are written whole or not at all. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DispositionPaperWriter {
  private final ZoneId zone;
  private final Clock clock;
  private final Drafts drafts;

  private DispositionPaperWriter(Builder b) {
    this.zone = b.zone;
    this.clock = b.clock;
    this.drafts = new Drafts(b.zone, b.clock, b.issuer, b.calendar);
  }

  /**
   * Returns a writer with the defaults: Asia/Shanghai, the system clock, the ledger's unit as
   * issuer, working days of {@link WorkingCalendar#weekdays()}.
   *
   * @return the writer
   */
  public static DispositionPaperWriter standard() {
    return builder().build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the papers to print for a case now: those of its step in force ({@link
   * DispositionPaper#forStep}), or, before a step is issued, the prevention notice for a warning in
   * the tendency stage and nothing for one whose risk has appeared (it waits for verification).
   *
   * @param c the case
   * @return the papers, possibly empty
   */
  public List<DispositionPaper> papersFor(DispositionCase c) {
    WarningStage stage = c.getWarning().getStage();
    return c.current()
        .map(d -> DispositionPaper.forStep(d.getMeasure(), stage))
        .orElse(
            stage == WarningStage.TENDENCY
                ? List.of(DispositionPaper.PREVENTION_NOTICE)
                : List.of());
  }

  /**
   * Drafts a paper for a case's step in force.
   *
   * @param kind the kind of paper
   * @param ledger the unit's ledger, for names, posts and risk points
   * @param c the case
   * @param number the document number
   * @return the paper
   * @throws IllegalArgumentException if the case has no step in force and {@code kind} is not the
   *     prevention notice
   */
  public Paper draft(
      DispositionPaper kind, Ledger ledger, DispositionCase c, DocumentNumber number) {
    return drafts.forCase(kind, ledger, c, number);
  }

  /**
   * Drafts a prevention notice (廉政风险防范提示) for a warning that has no case, dated on the clock's day,
   * with the days of the first step of the warning's ladder.
   *
   * @param ledger the unit's ledger
   * @param warning the warning
   * @param policy the policy whose reply days apply
   * @param number the document number
   * @return the paper
   */
  public Paper draftPreventionNotice(
      Ledger ledger, Warning warning, WarningPolicy policy, DocumentNumber number) {
    return drafts.preventionNotice(ledger, warning, policy, number);
  }

  /**
   * Lays a paper out as a .docx document.
   *
   * @param paper the paper
   * @return the document's bytes
   */
  public byte[] toBytes(Paper paper) {
    Instant now = clock.instant();
    return Packages.stamped(Layout.render(paper, now), LocalDateTime.ofInstant(now, zone));
  }

  /**
   * Writes a paper as a .docx document to a stream.
   *
   * @param paper the paper
   * @param out where the document goes; not closed
   * @throws IOException if writing fails
   */
  public void write(Paper paper, OutputStream out) throws IOException {
    out.write(toBytes(paper));
  }

  /**
   * Writes a paper as a .docx file, whole or not at all: into a temporary file in the target's
   * directory, then moved over the target.
   *
   * @param paper the paper
   * @param file the file to write; replaced if it exists
   * @throws IOException if writing fails; an existing file is then left as it was
   */
  public void write(Paper paper, Path file) throws IOException {
    Packages.writeAtomically(file, toBytes(paper));
  }

  /**
   * Writes every paper {@link #papersFor} names for a case into a directory, each with the next
   * number of the sequence, named like {@code 示财纪〔2026〕3号-处置通知书-张三.docx}.
   *
   * @param ledger the unit's ledger
   * @param c the case
   * @param numbering the sequence the numbers come from
   * @param directory the directory, created if missing
   * @return the papers written with their files, in order
   * @throws IOException if writing fails
   */
  public List<Written> writeAll(
      Ledger ledger, DispositionCase c, DocumentNumbering numbering, Path directory)
      throws IOException {
    Files.createDirectories(directory);
    List<Written> written = new ArrayList<>();
    for (DispositionPaper kind : papersFor(c)) {
      Paper paper = draft(kind, ledger, c, numbering.next());
      Path file = directory.resolve(fileName(paper));
      write(paper, file);
      written.add(new Written(paper, file));
    }
    return written;
  }

  /**
   * Returns the file name {@link #writeAll} gives a paper: number, title and subject, with
   * characters that file systems refuse replaced.
   *
   * @param paper the paper
   * @return the file name, ending in {@code .docx}
   */
  public static String fileName(Paper paper) {
    String name = paper.number().text() + "-" + paper.title() + "-" + paper.subjectName();
    return name.replaceAll("[\\\\/:*?\"<>|\\s]", "_") + ".docx";
  }

  /**
   * A paper and the file it was written to.
   *
   * @param paper the paper
   * @param file the file
   */
  public record Written(Paper paper, Path file) {}

  /** Builds a {@link DispositionPaperWriter}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private ZoneId zone = ZoneId.of("Asia/Shanghai");
    private Clock clock = Clock.systemUTC();
    private Optional<String> issuer = Optional.empty();
    private Optional<WorkingCalendar> calendar = Optional.of(WorkingCalendar.weekdays());

    Builder() {}

    /**
     * Sets the zone dates are read in; Asia/Shanghai by default.
     *
     * @param zone the zone
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = zone;
      return this;
    }

    /**
     * Sets the clock: the documents' created and modified times, and the date of a prevention
     * notice drafted without a step; the system clock by default.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Sets the issuing body printed above the date, e.g. 中共示例区财政局党组; the ledger's unit by default.
     *
     * @param name the issuing body
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     */
    public Builder issuer(String name) {
      if (name.isBlank()) {
        throw new IllegalArgumentException("issuer must not be blank");
      }
      this.issuer = Optional.of(name.strip());
      return this;
    }

    /**
     * Counts reply days as working days of the given calendar, e.g. the host's official calendar
     * with holidays and make-up days; {@link WorkingCalendar#weekdays()} by default.
     *
     * @param calendar the calendar
     * @return this builder
     */
    public Builder workingCalendar(WorkingCalendar calendar) {
      this.calendar = Optional.of(calendar);
      return this;
    }

    /**
     * Counts reply days as calendar days, as the case's own deadlines do: the printed deadline is
     * the day of the step's {@code dueAt}.
     *
     * @return this builder
     */
    public Builder calendarDays() {
      this.calendar = Optional.empty();
      return this;
    }

    /**
     * Builds the writer.
     *
     * @return the writer
     */
    public DispositionPaperWriter build() {
      return new DispositionPaperWriter(this);
    }
  }
}
