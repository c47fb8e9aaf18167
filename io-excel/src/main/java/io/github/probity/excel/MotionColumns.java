package io.github.probity.excel;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexRow;
import io.github.probity.annex.MeasureState;
import io.github.probity.finding.Finding;
import io.github.probity.model.Effectiveness;
import io.github.probity.model.InvalidCodeException;
import io.github.probity.model.MeasureStatus;
import io.github.probity.model.RiskLevel;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a 台账's columns of measures in motion out of a row's extras: a header that is an exact
 * spelling of {@link AnnexColumn#MEASURE_STATUS 落实情况}, {@link AnnexColumn#EFFECTIVENESS 成效评价} or
 * {@link AnnexColumn#RESIDUAL_LEVEL 残余风险} (or that the caller mapped to one) gives the row's {@link
 * AnnexRow#getMeasureStates() measure states} or {@link AnnexRow#getResidualLevel() residual
 * level}. A line {@code 2.已落实} belongs to measure 2; unnumbered lines are the measures in order. A
 * cell with a line that cannot be read stays an extra, reported as {@link
 * ProblemCode#UNREADABLE_MEASURE_STATE}, its readable lines taken. Immutable and thread-safe.
 */
final class MotionColumns {
  private static final Pattern NUMBERED =
      Pattern.compile("^(?:(\\d{1,3})\\s*[.．、]|[（(](\\d{1,3})[)）]|(\\d{1,3})[)）])\\s*(.*)$");
  private static final Pattern STATUS =
      Pattern.compile("^(.*?)\\s*(?:[（(]\\s*(\\d{1,3})\\s*[%％]\\s*[)）]|(\\d{1,3})\\s*[%％])?$");
  private static final Pattern REVIEW = Pattern.compile("^([^（(]+?)\\s*(?:[（(](.*)[)）])?$");
  private static final Pattern DATE =
      Pattern.compile(
          "^(\\d{4})\\s*(?:年|[-/.．])\\s*(\\d{1,2})\\s*(?:月|[-/.．])\\s*(\\d{1,2})\\s*日?$");

  private final Map<String, AnnexColumn> byHeader = new HashMap<>();

  /** The exact spellings of the three columns, normalised as headers are compared. */
  private static final Set<String> SPELLINGS = spellings();

  private static Set<String> spellings() {
    Set<String> out = new HashSet<>();
    for (AnnexColumn c : AnnexColumn.values()) {
      if (c.isMeasureTracking()) {
        c.spellings().forEach(s -> out.add(ReaderConfig.normalize(s)));
      }
    }
    return Set.copyOf(out);
  }

  /**
   * Tells whether a header is an exact spelling of a column of measures in motion: such a column is
   * kept as an extra for this class to read, and is no unknown header.
   */
  static boolean isSpelling(String header) {
    return SPELLINGS.contains(ReaderConfig.normalize(header));
  }

  /**
   * The spellings of the three columns and the caller's own headers for them, but headers a layout
   * declares as extras of its own.
   */
  MotionColumns(Map<String, AnnexColumn> mapping, Set<String> keptAsExtras) {
    for (AnnexColumn c : AnnexColumn.values()) {
      if (c.isMeasureTracking()) {
        c.spellings().forEach(s -> byHeader.put(ReaderConfig.normalize(s), c));
      }
    }
    mapping.forEach(
        (h, c) -> {
          if (c.isMeasureTracking()) {
            byHeader.put(ReaderConfig.normalize(h), c);
          }
        });
    Set<String> kept = new HashSet<>();
    keptAsExtras.forEach(h -> kept.add(ReaderConfig.normalize(h)));
    byHeader.keySet().removeAll(kept);
  }

  /** The row with its measures-in-motion cells taken out of its extras. */
  LocatedRow take(LocatedRow row, Consumer<Finding> problems) {
    if (row.getExtras().isEmpty()) {
      return row;
    }
    Map<String, String> extras = new LinkedHashMap<>();
    TreeMap<Integer, MeasureState.Builder> states = new TreeMap<>();
    Optional<RiskLevel> residual = Optional.empty();
    boolean taken = false;
    int measures = row.getRow().getMeasures().size();
    for (Map.Entry<String, String> e : row.getExtras().entrySet()) {
      AnnexColumn col = byHeader.get(ReaderConfig.normalize(e.getKey()));
      String text = e.getValue().strip();
      if (col == null || text.isEmpty()) {
        extras.put(e.getKey(), e.getValue());
        continue;
      }
      boolean read;
      if (col == AnnexColumn.RESIDUAL_LEVEL) {
        residual = level(text);
        read = residual.isPresent();
      } else {
        read = lines(text, col, measures, states);
      }
      taken = true;
      if (!read) {
        extras.put(e.getKey(), e.getValue());
        problems.accept(
            CellFinding.builder()
                .code(ProblemCode.UNREADABLE_MEASURE_STATE)
                .sheet(row.getSheet())
                .row(row.getRowNumber())
                .header(e.getKey())
                .rawValue(e.getValue())
                .build());
      }
    }
    if (!taken) {
      return row;
    }
    List<MeasureState> built = new ArrayList<>();
    states.values().forEach(b -> built.add(b.build()));
    AnnexRow r =
        AnnexRow.builder()
            .from(row.getRow())
            .measureStates(built)
            .residualLevel(residual.or(() -> row.getRow().getResidualLevel()))
            .build();
    return LocatedRow.builder().from(row).extras(extras).row(r).build();
  }

  /**
   * Reads the lines of a status or review cell into the states by measure number; returns whether
   * every line was read.
   */
  private static boolean lines(
      String text, AnnexColumn col, int measures, Map<Integer, MeasureState.Builder> states) {
    String[] lines = text.split("\\s*[\\n；;]\\s*");
    boolean all = true;
    int next = 1;
    Set<Integer> seen = new HashSet<>();
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      int number = next;
      String body = line.strip();
      Matcher m = NUMBERED.matcher(body);
      if (m.matches()) {
        String n = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        number = Integer.parseInt(n);
        body = m.group(4).strip();
      }
      next = number + 1;
      if (number < 1 || number > Math.max(measures, 1) || !seen.add(number)) {
        all = false;
        continue;
      }
      MeasureState.Builder b =
          states.computeIfAbsent(number, k -> MeasureState.builder().number(k));
      all &= col == AnnexColumn.MEASURE_STATUS ? status(body, b) : review(body, b);
    }
    return all;
  }

  /** A status with an optional progress: 已落实, 推进中（60%）, 推进中60%. */
  private static boolean status(String body, MeasureState.Builder b) {
    Matcher m = STATUS.matcher(body);
    if (!m.matches()) {
      return false;
    }
    String word = m.group(1).strip();
    String pct = m.group(2) != null ? m.group(2) : m.group(3);
    Integer progress = pct == null ? null : Integer.valueOf(pct);
    if (progress != null && progress > 100) {
      return false;
    }
    MeasureStatus status;
    if (word.isEmpty()) {
      if (progress == null) {
        return false;
      }
      status = progress == 100 ? MeasureStatus.DONE : MeasureStatus.IN_PROGRESS;
    } else {
      status = parse(word, MeasureStatus::parse);
      if (status == null) {
        return false;
      }
    }
    b.status(status).progress(progress != null ? progress : MeasureState.defaultProgress(status));
    return true;
  }

  /** A verdict with the reviewer and date in brackets: 有效（王强，2026年12月6日）. */
  private static boolean review(String body, MeasureState.Builder b) {
    Matcher m = REVIEW.matcher(body);
    if (!m.matches()) {
      return false;
    }
    Effectiveness verdict = parse(m.group(1).strip(), Effectiveness::parse);
    if (verdict == null) {
      return false;
    }
    b.verdict(verdict);
    if (m.group(2) == null) {
      return true;
    }
    for (String part : m.group(2).split("\\s*[，,、；;]\\s*")) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      Optional<LocalDate> date = date(p);
      if (date.isPresent()) {
        b.reviewDate(date);
      } else if (p.length() <= 20) {
        b.reviewer(p);
      } else {
        return false;
      }
    }
    return true;
  }

  private static Optional<LocalDate> date(String text) {
    Matcher m = DATE.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3))));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<RiskLevel> level(String text) {
    RiskLevel l = parse(text.replace("风险", "").strip(), RiskLevel::parse);
    if (l == null) {
      l = parse(text.strip(), RiskLevel::parse);
    }
    return Optional.ofNullable(l);
  }

  private static <T> @Nullable T parse(String text, java.util.function.Function<String, T> parser) {
    try {
      return parser.apply(text);
    } catch (InvalidCodeException | DateTimeParseException e) {
      return null;
    }
  }
}
