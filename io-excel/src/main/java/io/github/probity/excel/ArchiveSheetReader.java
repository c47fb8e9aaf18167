package io.github.probity.excel;

import io.github.probity.archive.Archive;
import io.github.probity.archive.ArchiveAnchor;
import io.github.probity.archive.ArchiveEntry;
import io.github.probity.archive.ChangeRecord;
import io.github.probity.archive.IntegrityPledge;
import io.github.probity.archive.RevisionKind;
import io.github.probity.finding.Finding;
import io.github.probity.model.Coded;
import io.github.probity.model.InvalidCodeException;
import io.github.probity.model.LevelDecision;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureType;
import io.github.probity.model.Meeting;
import io.github.probity.model.MeetingKind;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.Person;
import io.github.probity.model.Post;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import io.github.probity.review.Publicity;
import io.github.probity.review.ReviewAction;
import io.github.probity.review.ReviewRecord;
import io.github.probity.review.ReviewState;
import io.github.probity.review.ReviewStep;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reads one archive sheet, section by section; one instance per sheet, used by one thread. */
final class ArchiveSheetReader {
  private final String sheet;
  private final List<Finding> problems;

  private final Map<String, String> basic = new HashMap<>();
  private final List<Person> holders = new ArrayList<>();
  private final List<String> duties = new ArrayList<>();
  private final Map<String, RiskPoint.Builder> points = new LinkedHashMap<>();
  private final List<ReviewRecord.Builder> reviews = new ArrayList<>();
  private final List<IntegrityPledge> pledges = new ArrayList<>();
  private final List<ChangeRecord> changes = new ArrayList<>();
  private final List<ArchiveEntry.Builder> entries = new ArrayList<>();
  private final List<Person> people = new ArrayList<>();
  private final List<Meeting> meetings = new ArrayList<>();

  /** Person ids by the name the sheet prints for them; filled by the first pass. */
  private Map<String, String> idsByName = Map.of();

  private @Nullable String section;
  private Map<String, Integer> columns = Map.of();
  private boolean expectHeader;

  ArchiveSheetReader(String sheet, List<Finding> problems) {
    this.sheet = sheet;
    this.problems = problems;
  }

  /**
   * Returns the chain's anchor printed on the sheet, if any; an anchor that does not read is
   * reported.
   */
  Optional<ArchiveAnchor> anchor() {
    String line = basic.get(ArchiveLayout.ANCHOR);
    if (line == null || line.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ArchiveAnchor.parse(line));
    } catch (IllegalArgumentException e) {
      problems.add(
          CellFinding.builder()
              .code(ProblemCode.INVALID_ROW)
              .sheet(sheet)
              .header(ArchiveLayout.ANCHOR)
              .rawValue(line)
              .build());
      return Optional.empty();
    }
  }

  Optional<Archive> read(List<TableReader.RawRow> rows) {
    // first the people, so that the names printed for them elsewhere read back as their ids
    scan(rows, true);
    idsByName = idsByName();
    section = null;
    scan(rows, false);
    return finish();
  }

  /** The ids of the holders and people by the name the writer prints for each. */
  private Map<String, String> idsByName() {
    Archive names =
        Archive.builder()
            .unitCode("-")
            .unitName("-")
            .year(2000)
            .post(
                Post.builder()
                    .id("-")
                    .name("-")
                    .department("-")
                    .holders(holders.stream().map(Person::getId).toList())
                    .build())
            .departmentName("-")
            .holders(holders)
            .people(people)
            .build();
    Map<String, String> out = new HashMap<>();
    for (List<Person> list : List.of(holders, people)) {
      for (Person p : list) {
        out.putIfAbsent(names.nameOf(p.getId()), p.getId());
      }
    }
    return out;
  }

  /** A person's id from the name printed for them; an id printed as such stays as it is. */
  private String id(String printed) {
    return idsByName.getOrDefault(printed, printed);
  }

  private void scan(List<TableReader.RawRow> rows, boolean peoplePass) {
    for (TableReader.RawRow r : rows) {
      String first = r.cells.length == 0 ? "" : r.cells[0].strip();
      if (blank(r)) {
        continue;
      }
      if (section != null
          && ArchiveLayout.TABLES.contains(section)
          && first.equals(section + ArchiveLayout.CONTINUED)
          && restBlank(r)) {
        expectHeader = true; // the table continues on a new page, under its header again
        continue;
      }
      if (isSectionTitle(first) && restBlank(r)) {
        section = first;
        expectHeader = ArchiveLayout.TABLES.contains(first);
        continue;
      }
      if (section == null) {
        continue; // the title row
      }
      if (expectHeader) {
        columns = new HashMap<>();
        for (int c = 0; c < r.cells.length; c++) {
          String h = r.cells[c].strip();
          if (!h.isEmpty()) {
            columns.putIfAbsent(h, c);
          }
        }
        expectHeader = false;
        continue;
      }
      boolean ofPeople =
          section.equals(ArchiveLayout.HOLDERS) || section.equals(ArchiveLayout.PEOPLE);
      if (ofPeople != peoplePass) {
        continue;
      }
      try {
        row(section, r);
      } catch (RuntimeException e) {
        problems.add(
            CellFinding.builder()
                .code(ProblemCode.INVALID_ROW)
                .sheet(sheet)
                .row(r.number)
                .rawValue(String.valueOf(e.getMessage()))
                .build());
      }
    }
  }

  private Optional<Archive> finish() {
    if (basic.isEmpty()) {
      problems.add(
          CellFinding.builder()
              .code(ProblemCode.NO_TABLE_FOUND)
              .sheet(sheet)
              .rawValue("no " + ArchiveLayout.BASIC)
              .build());
      return Optional.empty();
    }
    try {
      return Optional.of(build());
    } catch (RuntimeException e) {
      problems.add(
          CellFinding.builder()
              .code(ProblemCode.INVALID_ROW)
              .sheet(sheet)
              .rawValue(String.valueOf(e.getMessage()))
              .build());
      return Optional.empty();
    }
  }

  private static boolean isSectionTitle(String text) {
    return text.equals(ArchiveLayout.BASIC) || ArchiveLayout.TABLES.contains(text);
  }

  private static boolean blank(TableReader.RawRow r) {
    for (String c : r.cells) {
      if (!c.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static boolean restBlank(TableReader.RawRow r) {
    for (int c = 1; c < r.cells.length; c++) {
      if (!r.cells[c].isBlank()) {
        return false;
      }
    }
    return true;
  }

  private String get(TableReader.RawRow r, String header) {
    Integer c = columns.get(header);
    if (c == null) {
      throw new IllegalArgumentException("no column " + header + " in " + section);
    }
    return c < r.cells.length ? r.cells[c] : "";
  }

  private static Optional<String> opt(String s) {
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  private void row(String in, TableReader.RawRow r) {
    switch (in) {
      case ArchiveLayout.BASIC:
        basic.put(r.cells[0].strip(), r.cells.length > 1 ? r.cells[1] : "");
        break;
      case ArchiveLayout.HOLDERS:
        holders.add(
            Person.builder()
                .id(get(r, "人员编号"))
                .name(get(r, "姓名"))
                .title(opt(get(r, "职务")))
                .build());
        break;
      case ArchiveLayout.DUTIES:
        duties.add(get(r, "职责内容"));
        break;
      case ArchiveLayout.POINTS:
        pointRow(r);
        break;
      case ArchiveLayout.GRADING:
        gradingRow(r);
        break;
      case ArchiveLayout.MEASURES:
        point(get(r, "风险点编号"))
            .addMeasures(
                Measure.builder()
                    .id(get(r, "措施编号"))
                    .text(get(r, "防控措施"))
                    .type(MeasureType.parse(get(r, "措施类型")))
                    .proposer(opt(get(r, "提出人")).map(this::id))
                    .deadline(opt(get(r, "完成时限")).map(ArchiveLayout::parseDate))
                    .build());
        break;
      case ArchiveLayout.INDICATORS:
        point(get(r, "风险点编号")).addMonitoringIndicators(get(r, "监控指标"));
        break;
      case ArchiveLayout.REVIEWS:
        reviewRow(r);
        break;
      case ArchiveLayout.PLEDGES:
        pledges.add(
            IntegrityPledge.builder()
                .personId(get(r, "承诺人编号"))
                .date(ArchiveLayout.parseDate(get(r, "承诺日期")))
                .text(opt(get(r, "承诺内容")))
                .build());
        break;
      case ArchiveLayout.CHANGES:
        ChangeRecord.Builder c =
            ChangeRecord.builder()
                .sequence(Integer.parseInt(get(r, "序号").strip()))
                .date(ArchiveLayout.parseDate(get(r, "变更日期")))
                .reason(get(r, "变更原因"))
                .actor(id(get(r, "记录人")));
        for (String k : get(r, "变更类型").split(ArchiveLayout.KIND_SEPARATOR)) {
          c.addKinds(byLabel(RevisionKind.class, k));
        }
        changes.add(c.build());
        break;
      case ArchiveLayout.PEOPLE:
        people.add(
            Person.builder()
                .id(get(r, "人员编号"))
                .name(get(r, "姓名"))
                .title(opt(get(r, "职务")))
                .build());
        break;
      case ArchiveLayout.MEETINGS:
        meetingRow(r);
        break;
      default:
        entryRow(r);
    }
  }

  private void meetingRow(TableReader.RawRow r) {
    Meeting.Builder m =
        Meeting.builder()
            .reference(get(r, "会议名称及文号"))
            .date(ArchiveLayout.parseDate(get(r, "会议日期")))
            .kind(MeetingKind.parse(get(r, "会议类型")))
            .dissent(opt(get(r, "不同意见")));
    for (String name : lines(get(r, "出席人员"))) {
      m.addAttendees(id(name));
    }
    m.addAllOtherAttendees(lines(get(r, "列席及其他人员")));
    meetings.add(m.build());
  }

  private static List<String> lines(String cell) {
    List<String> out = new ArrayList<>();
    for (String line : cell.split(ArchiveLayout.NAME_LINES, -1)) {
      if (!line.isEmpty()) {
        out.add(line);
      }
    }
    return out;
  }

  private RiskPoint.Builder point(String id) {
    RiskPoint.Builder b = points.get(id);
    if (b == null) {
      throw new IllegalArgumentException("risk point " + id + " is not in " + ArchiveLayout.POINTS);
    }
    return b;
  }

  private void pointRow(TableReader.RawRow r) {
    String id = get(r, "风险点编号");
    if (points.containsKey(id)) {
      throw new IllegalArgumentException("risk point " + id + " appears twice");
    }
    RiskPoint.Builder b =
        RiskPoint.builder()
            .id(id)
            .category(RiskCategory.parse(get(r, "风险类别")))
            .title(get(r, "风险点"))
            .manifestation(opt(get(r, "表现形式")))
            .level(opt(get(r, "风险等级")).map(RiskLevel::parse))
            .powerItem(opt(get(r, "职权事项")))
            .processStep(opt(get(r, "流程环节")))
            .responsible(opt(get(r, "责任人")).map(this::id))
            .supervisor(opt(get(r, "责任领导")).map(this::id))
            .residualLevel(opt(get(r, "剩余风险等级")).map(RiskLevel::parse))
            .residualRationale(opt(get(r, "剩余风险说明")));
    points.put(id, b);
  }

  private void gradingRow(TableReader.RawRow r) {
    RiskPoint.Builder b = point(get(r, "风险点编号"));
    Optional<String> importance = opt(get(r, "权力重要程度"));
    if (importance.isPresent()) {
      RiskFactors.Builder f =
          RiskFactors.builder()
              .importance(Integer.parseInt(importance.get().strip()))
              .frequency(Integer.parseInt(get(r, "行使频率").strip()))
              .probability(Integer.parseInt(get(r, "发生几率").strip()));
      opt(get(r, "自由裁量空间")).ifPresent(v -> f.discretion(Integer.parseInt(v.strip())));
      opt(get(r, "危害程度")).ifPresent(v -> f.harm(Integer.parseInt(v.strip())));
      b.factors(f.build());
    }
    Optional<String> meeting = opt(get(r, "定级会议"));
    if (meeting.isPresent()) {
      b.decision(
          LevelDecision.builder()
              .meetingReference(meeting.get())
              .date(ArchiveLayout.parseDate(get(r, "定级日期")))
              .proposedLevel(RiskLevel.parse(get(r, "拟定等级")))
              .level(RiskLevel.parse(get(r, "确定等级")))
              .rationale(opt(get(r, "定级理由")))
              .build());
    }
  }

  private void reviewRow(TableReader.RawRow r) {
    String measure = get(r, "措施编号");
    if (!measure.isEmpty()) {
      String owner = get(r, "责任主体");
      int colon = owner.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException("owner '" + owner + "' is not SCOPE:id");
      }
      reviews.add(
          ReviewRecord.builder()
              .measureId(measure)
              .riskPointId(get(r, "风险点编号"))
              .owner(
                  RiskOwner.of(
                      OwnerScope.parse(owner.substring(0, colon)), owner.substring(colon + 1))));
    } else if (reviews.isEmpty()) {
      throw new IllegalArgumentException("a review step without its measure");
    }
    ReviewStep.Builder s =
        ReviewStep.builder()
            .action(byLabel(ReviewAction.class, get(r, "操作")))
            .fromState(opt(get(r, "原状态")).map(v -> byLabel(ReviewState.class, v)))
            .toState(byLabel(ReviewState.class, get(r, "新状态")))
            .actor(id(get(r, "经办人")))
            .at(ArchiveLayout.parseTime(get(r, "时间")))
            .opinion(opt(get(r, "意见")));
    String reasons = get(r, "退回理由");
    if (!reasons.isEmpty()) {
      for (String reason : reasons.split("\n", -1)) {
        s.addReasons(reason);
      }
    }
    Optional<String> period = opt(get(r, "公示期限"));
    if (period.isPresent()) {
      String[] dates = period.get().split(ArchiveLayout.PERIOD, -1);
      if (dates.length != 2) {
        throw new IllegalArgumentException("publicity period '" + period.get() + "'");
      }
      s.publicity(
          Publicity.builder()
              .start(ArchiveLayout.parseDate(dates[0]))
              .end(ArchiveLayout.parseDate(dates[1]))
              .range(get(r, "公示范围"))
              .build());
    }
    reviews.get(reviews.size() - 1).addTrail(s.build());
  }

  private void entryRow(TableReader.RawRow r) {
    String id = get(r, "记录编号");
    if (!id.isEmpty()) {
      String kind = get(r, "类别").strip();
      ArchiveEntry.Builder b =
          ArchiveEntry.builder()
              .kind(
                  kind.equals(ArchiveLayout.WARNING_LABEL)
                      ? ArchiveEntry.WARNING
                      : kind.equals(ArchiveLayout.DISPOSITION_LABEL)
                          ? ArchiveEntry.DISPOSITION
                          : kind)
              .id(id)
              .date(ArchiveLayout.parseDate(get(r, "日期")))
              .summary(get(r, "摘要"));
      entries.add(b);
    } else if (entries.isEmpty()) {
      throw new IllegalArgumentException("an attribute row without its record");
    }
    String key = get(r, "项目");
    if (!key.isEmpty()) {
      entries.get(entries.size() - 1).putAttributes(key, get(r, "内容"));
    }
  }

  private Archive build() {
    String postId = required(ArchiveLayout.POST_ID);
    Post post =
        Post.builder()
            .id(postId)
            .name(required(ArchiveLayout.POST_NAME))
            .department(required(ArchiveLayout.DEPARTMENT_ID))
            .holders(holders.stream().map(Person::getId).toList())
            .duties(duties)
            .build();
    Archive.Builder a =
        Archive.builder()
            .unitName(required(ArchiveLayout.UNIT_NAME))
            .unitCode(required(ArchiveLayout.UNIT_CODE))
            .year(Integer.parseInt(required(ArchiveLayout.YEAR).strip()))
            .departmentName(required(ArchiveLayout.DEPARTMENT_NAME))
            .post(post)
            .holders(holders)
            .pledges(pledges)
            .changes(changes)
            .meetings(meetings)
            .people(people);
    RiskOwner owner = RiskOwner.post(postId);
    for (RiskPoint.Builder b : points.values()) {
      a.addRiskPoints(b.owner(owner).build());
    }
    for (ReviewRecord.Builder r : reviews) {
      a.addReviews(r.build());
    }
    for (ArchiveEntry.Builder e : entries) {
      a.addEntries(e.build());
    }
    return a.build();
  }

  private String required(String key) {
    String v = basic.get(key);
    if (v == null) {
      throw new IllegalArgumentException("no " + key + " in " + ArchiveLayout.BASIC);
    }
    return v;
  }

  static <E extends Enum<E> & Coded> E byLabel(Class<E> type, String text) {
    List<String> valid = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      if (e.displayName().equals(text.strip()) || e.code().equals(text.strip())) {
        return e;
      }
      valid.add(e.displayName());
    }
    throw new InvalidCodeException(type.getSimpleName(), text, valid);
  }
}
