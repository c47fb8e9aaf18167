package io.github.probity.docx;

import static io.github.probity.docx.SampleDayCases.LEDGER;
import static io.github.probity.docx.SampleDayCases.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.review.WorkingCalendar;
import io.github.probity.warning.DispositionCase;
import io.github.probity.warning.DispositionLadder;
import io.github.probity.warning.DispositionMeasure;
import io.github.probity.warning.Warning;
import io.github.probity.warning.WarningStage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

class DispositionPaperWriterTest {
  static final Instant PRINTED = Instant.parse("2026-12-07T01:30:00Z");
  static final DispositionPaperWriter WRITER =
      DispositionPaperWriter.builder()
          .clock(Clock.fixed(PRINTED, ZONE))
          .issuer("示例区财政局纪检组")
          .build();

  static Warning warning(DispositionLadder ladder) {
    return SampleDayCases.warnings().stream()
        .filter(w -> w.getLadder() == ladder)
        .findFirst()
        .orElseThrow();
  }

  static String text(byte[] docx) {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
      return x.getText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theSampleDayRaisesWarningsOnEveryLadder() {
    List<Warning> warnings = SampleDayCases.warnings();
    assertThat(warnings.stream().map(Warning::getLadder).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(DispositionLadder.values());
    assertThat(warnings.stream().map(Warning::getStage).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(WarningStage.values());
  }

  @Test
  void dispositionNoticeCarriesTitleNumberAddresseeDeadlineAndSignatures() {
    DispositionCase c = SampleDayCases.verified(warning(DispositionLadder.RISK));
    Paper p =
        WRITER.draft(
            DispositionPaper.DISPOSITION_NOTICE, LEDGER, c, DocumentNumber.of("示财纪", 2026, 3));
    String name = p.subjectName();
    // verified Tuesday 15 September at 23:59; five working days from Wednesday 16th
    assertThat(p.deadline()).isEqualTo(LocalDate.of(2026, 9, 22));
    assertThat(p.date()).isEqualTo(SampleDayCases.DAY);

    String text = text(WRITER.toBytes(p));
    List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
    assertThat(lines.get(0)).isEqualTo("处置通知书");
    assertThat(lines.get(1)).isEqualTo("示财纪〔2026〕3号");
    assertThat(lines.get(2)).isEqualTo(name + "同志：");
    assertThat(text)
        .contains("一、基本情况", "二、有关要求")
        .contains("2026年9月15日，示例区财政局廉政风险预警系统依据")
        .contains("核实情况：经核实，情况属实。")
        .contains("决定对你采取“警示提醒”措施，进行提醒谈话。")
        .contains("于2026年9月22日前（5个工作日内）向示例区财政局纪检组报送个人剖析材料、廉政承诺书和整改措施")
        .contains("签收人（签名）：", "签收日期：");
    assertThat(lines).containsSubsequence("示例区财政局纪检组", "2026年9月15日");
  }

  @Test
  void calendarDaysPrintTheCaseOwnDeadline() {
    DispositionCase c = SampleDayCases.verified(warning(DispositionLadder.RISK));
    DispositionPaperWriter w = DispositionPaperWriter.builder().calendarDays().build();
    Paper p =
        w.draft(DispositionPaper.DISPOSITION_NOTICE, LEDGER, c, DocumentNumber.of("", 2026, 1));
    assertThat(p.deadline())
        .isEqualTo(LocalDate.ofInstant(c.current().orElseThrow().getDueAt(), ZONE))
        .isEqualTo(LocalDate.of(2026, 9, 20));
    assertThat(p.deadlineText()).isEqualTo("2026年9月20日前（5日内）");
    assertThat(p.issuer()).isEqualTo("示例区财政局");
    assertThat(p.number().text()).isEqualTo("〔2026〕1号");
  }

  @Test
  void aHostCalendarTakesHolidaysOff() {
    DispositionCase c = SampleDayCases.verified(warning(DispositionLadder.RISK));
    WorkingCalendar official =
        WorkingCalendar.weekdays().withHolidays(Set.of(LocalDate.of(2026, 9, 25)));
    DispositionPaperWriter w = DispositionPaperWriter.builder().workingCalendar(official).build();
    DispositionCase third = SampleDayCases.everyStep(c.getWarning()).get(2); // 责令整改, 15 days
    Paper p =
        w.draft(
            DispositionPaper.RECTIFICATION_ORDER, LEDGER, third, DocumentNumber.of("", 2026, 1));
    LocalDate issued = p.date();
    assertThat(p.deadline()).isEqualTo(official.lastDayOf(issued.plusDays(1), 15));
    assertThat(official.workingDaysBetween(issued.plusDays(1), p.deadline())).isEqualTo(15);
  }

  static Stream<PaperCase> everyPaperOfEveryStep() {
    List<PaperCase> all = new ArrayList<>();
    int serial = 1;
    for (DispositionLadder ladder : DispositionLadder.values()) {
      for (DispositionCase c : SampleDayCases.everyStep(warning(ladder))) {
        for (DispositionPaper kind : WRITER.papersFor(c)) {
          all.add(new PaperCase(kind, c, serial++));
        }
      }
    }
    return all.stream();
  }

  record PaperCase(DispositionPaper kind, DispositionCase c, int serial) {
    @Override
    public String toString() {
      return c.getLadder().code()
          + " "
          + c.current().orElseThrow().getMeasure().code()
          + " "
          + kind.code();
    }
  }

  @Test
  void everyStepOfEveryLadderIssuesPapers() {
    Set<DispositionMeasure> steps = EnumSet.noneOf(DispositionMeasure.class);
    Set<DispositionPaper> kinds = EnumSet.noneOf(DispositionPaper.class);
    everyPaperOfEveryStep()
        .forEach(
            pc -> {
              steps.add(pc.c().current().orElseThrow().getMeasure());
              kinds.add(pc.kind());
            });
    assertThat(steps).containsExactlyInAnyOrder(DispositionMeasure.values());
    assertThat(kinds).containsExactlyInAnyOrder(DispositionPaper.values());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyPaperOfEveryStep")
  void everyPaperReadsBackWithItsTitleNumberAddresseeDeadlineAndSignatureLines(PaperCase pc) {
    Paper p = WRITER.draft(pc.kind(), LEDGER, pc.c(), DocumentNumber.of("示财纪", 2026, pc.serial()));
    DispositionMeasure m = pc.c().current().orElseThrow().getMeasure();
    assertThat(p.measure()).contains(m);
    assertThat(p.replyDays()).isEqualTo(SampleDayCases.POLICY.replyDays(m));
    assertThat(WorkingCalendar.weekdays().workingDaysBetween(p.date().plusDays(1), p.deadline()))
        .isEqualTo(p.replyDays());

    String text = text(WRITER.toBytes(p));
    List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    assertThat(lines.get(0)).isEqualTo(pc.kind().displayName());
    assertThat(lines.get(1)).isEqualTo("示财纪〔2026〕" + pc.serial() + "号");
    assertThat(text).contains(p.subjectName()).contains(p.deadlineText()).contains("示例区财政局纪检组");
    assertThat(lines).containsSubsequence("示例区财政局纪检组", Paper.dateText(p.date()));
    if (pc.kind().isForm()) {
      assertThat(text).contains("（签名）：" + FormRows.BLANK_NAME, "日期：" + FormRows.BLANK_DATE);
    } else {
      assertThat(lines.get(2)).isEqualTo(p.addressee() + "：");
      assertThat(text).contains("签收人（签名）：");
    }
    switch (pc.kind()) {
      case REMINDER_CARD:
        assertThat(p.replyDays()).isEqualTo(7);
        assertThat(text).contains("被提醒人", "本人回复", "被提醒人（签名）");
        break;
      case INQUIRY_LETTER:
        assertThat(p.replyDays()).isEqualTo(10);
        assertThat(text).contains("被函询人", "本人说明", "被函询人（签名）");
        break;
      case WARNING_CARD:
        assertThat(p.replyDays()).isEqualTo(15);
        assertThat(text).contains("被警示人", "整改方案", "被警示人（签名）");
        break;
      case REMINDER_TALK_RECORD:
      case ADMONITION_TALK_RECORD:
        assertThat(text).contains("谈话时间", "谈话内容", "谈话人（签名）", "被谈话人（签名）", "记录人（签名）");
        break;
      case SELF_ANALYSIS_PLEDGE:
        assertThat(p.replyDays()).isEqualTo(5);
        assertThat(text).contains("问题剖析", "廉政承诺", "本人郑重承诺", "承诺人（签名）");
        break;
      case RECTIFICATION_REPORT:
        assertThat(text).contains("整改措施", "整改结果", "科室负责人意见", "报告人（签名）");
        break;
      case RECTIFICATION_ORDER:
        assertThat(text).contains("限期整改", "《整改情况报告表》");
        break;
      case DISPOSITION_NOTICE:
        assertThat(text).contains("决定对你采取“" + m.displayName() + "”措施");
        break;
      default: // PREVENTION_NOTICE
        assertThat(text).contains("倾向性、苗头性问题");
        break;
    }
    if (pc.c().getEscalations().size() > 0) {
      assertThat(text).contains("因逾期未回复，处置措施由");
    }
  }

  @Test
  void aTendencyWarningGetsAPreventionNoticeBeforeAnyStep() {
    Warning w = warning(DispositionLadder.PETITION);
    assertThat(w.getStage()).isEqualTo(WarningStage.TENDENCY);
    Paper p =
        WRITER.draftPreventionNotice(
            LEDGER, w, SampleDayCases.POLICY, DocumentNumber.of("示财纪", 2026, 9));
    assertThat(p.date()).isEqualTo(LocalDate.of(2026, 12, 7)); // the clock's day
    assertThat(p.deadline()).isEqualTo(LocalDate.of(2026, 12, 14)); // 5 working days from Tuesday
    assertThat(p.caseId()).isEmpty();
    String text = text(WRITER.toBytes(p));
    assertThat(text)
        .startsWith("廉政风险防范提示\n示财纪〔2026〕9号")
        .contains(p.addressee() + "：")
        .contains("于2026年12月14日前（5个工作日内）将自查情况书面报送示例区财政局纪检组")
        .contains("2026年12月7日");
    DispositionCase open =
        DispositionCase.open(
            w, SampleDayCases.POLICY, "预警系统", Clock.fixed(SampleDayCases.END_OF_DAY, ZONE));
    assertThat(WRITER.papersFor(open)).containsExactly(DispositionPaper.PREVENTION_NOTICE);
    assertThat(WRITER.draft(DispositionPaper.PREVENTION_NOTICE, LEDGER, open, p.number()).caseId())
        .contains(open.getId());
    assertThatThrownBy(
            () -> WRITER.draft(DispositionPaper.DISPOSITION_NOTICE, LEDGER, open, p.number()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no step in force");
  }

  @Test
  void anAppearedRiskWaitsForVerification() {
    Warning w = warning(DispositionLadder.RISK);
    DispositionCase open =
        DispositionCase.open(
            w, SampleDayCases.POLICY, "预警系统", Clock.fixed(SampleDayCases.END_OF_DAY, ZONE));
    assertThat(WRITER.papersFor(open)).isEmpty();
  }

  @Test
  void equalInputsAndClockGiveEqualBytes() {
    DispositionCase c = SampleDayCases.verified(warning(DispositionLadder.RISK));
    for (DispositionPaper kind : DispositionPaper.values()) {
      Paper p = WRITER.draft(kind, LEDGER, c, DocumentNumber.of("示财纪", 2026, 3));
      byte[] first = WRITER.toBytes(p);
      byte[] second =
          DispositionPaperWriter.builder()
              .clock(Clock.fixed(PRINTED, ZONE))
              .issuer("示例区财政局纪检组")
              .build()
              .toBytes(WRITER.draft(kind, LEDGER, c, DocumentNumber.of("示财纪", 2026, 3)));
      assertThat(second).as(kind.code()).isEqualTo(first);
    }
    Paper p =
        WRITER.draft(
            DispositionPaper.DISPOSITION_NOTICE, LEDGER, c, DocumentNumber.of("", 2026, 3));
    DispositionPaperWriter later =
        DispositionPaperWriter.builder().clock(Clock.fixed(PRINTED.plusSeconds(60), ZONE)).build();
    assertThat(later.toBytes(p)).isNotEqualTo(WRITER.toBytes(p));
  }

  @Test
  void coreTimesAndZipEntriesComeFromTheClock() throws IOException {
    DispositionCase c = SampleDayCases.verified(warning(DispositionLadder.RISK));
    Paper p =
        WRITER.draft(
            DispositionPaper.DISPOSITION_NOTICE, LEDGER, c, DocumentNumber.of("", 2026, 3));
    byte[] bytes = WRITER.toBytes(p);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      var core = doc.getProperties().getCoreProperties();
      assertThat(core.getCreated()).isEqualTo(Date.from(PRINTED));
      assertThat(core.getModified()).isEqualTo(Date.from(PRINTED));
      assertThat(core.getCreator()).isEqualTo("示例区财政局纪检组");
      assertThat(core.getTitle()).isEqualTo("处置通知书 〔2026〕3号");
      assertThat(core.getIdentifier()).isEqualTo(c.getId());
    }
    List<String> names = new ArrayList<>();
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        names.add(e.getName());
        assertThat(e.getTimeLocal()).isEqualTo(java.time.LocalDateTime.of(2026, 12, 7, 9, 30));
      }
    }
    assertThat(names).contains("word/document.xml", "word/fontTable.xml", "docProps/core.xml");
  }

  @Test
  void pageFontsAndSizesAreTheOfficialOnes() throws IOException {
    DispositionCase c = SampleDayCases.verified(warning(DispositionLadder.RISK));
    Paper p =
        WRITER.draft(
            DispositionPaper.DISPOSITION_NOTICE, LEDGER, c, DocumentNumber.of("", 2026, 3));
    byte[] bytes = WRITER.toBytes(p);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      CTSectPr sect = doc.getDocument().getBody().getSectPr();
      CTPageSz size = sect.getPgSz();
      assertThat(size.getW().toString()).isEqualTo("11906"); // A4, twips
      assertThat(size.getH().toString()).isEqualTo("16838");
      CTPageMar m = sect.getPgMar();
      assertThat(List.of(m.getTop(), m.getBottom(), m.getLeft(), m.getRight()).toString())
          .isEqualTo("[2098, 1984, 1587, 1474]"); // 3.7, 3.5, 2.8, 2.6 cm
      List<XWPFParagraph> ps = doc.getParagraphs();
      XWPFRun title = ps.get(0).getRuns().get(0);
      assertThat(title.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
      assertThat(title.getFontSizeAsDouble()).isEqualTo(22.0);
      XWPFRun number = ps.get(1).getRuns().get(0);
      assertThat(number.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋_GB2312");
      assertThat(number.getFontSizeAsDouble()).isEqualTo(16.0);
      XWPFRun heading =
          ps.stream()
              .filter(x -> x.getText().equals("一、基本情况"))
              .findFirst()
              .orElseThrow()
              .getRuns()
              .get(0);
      assertThat(heading.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("黑体");
      for (XWPFParagraph x : ps) {
        for (XWPFRun r : x.getRuns()) {
          assertThat(r.getFontSizeAsDouble()).isIn(16.0, 22.0);
        }
      }
    }
    String fontTable = entry(bytes, "word/fontTable.xml");
    assertThat(fontTable)
        .contains("w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/>")
        .contains("w:name=\"方正小标宋简体\"><w:altName w:val=\"华文中宋\"/>")
        .contains("w:name=\"黑体\"><w:altName w:val=\"SimHei\"/>");
    assertThat(entry(bytes, "word/_rels/document.xml.rels")).contains("fontTable.xml");
  }

  @Test
  void spacesToWriteInAreLinesThatBreakAcrossPagesAndTheTitleKeepsOneLine() throws IOException {
    DispositionCase c = SampleDayCases.verified(warning(DispositionLadder.RISK));
    Paper p =
        WRITER.draft(
            DispositionPaper.REMINDER_TALK_RECORD, LEDGER, c, DocumentNumber.of("", 2026, 4));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(WRITER.toBytes(p)))) {
      // not snapped to the 三号 grid, so the 二号 title takes one line in LibreOffice as in Word
      assertThat(doc.getParagraphs().get(0).getCTP().getPPr().getSnapToGrid().getVal())
          .hasToString("off");
      XWPFTable table = doc.getTables().get(0);
      XWPFTableRow talk =
          table.getRows().stream()
              .filter(r -> r.getCell(0).getText().equals("谈话内容"))
              .findFirst()
              .orElseThrow();
      // 6,400 twips of blank lines at the 28.95 pt pitch, and the row may break where a page ends
      assertThat(talk.getCell(1).getParagraphs()).hasSize(12);
      assertThat(talk.isCantSplitRow()).isFalse();
      XWPFTableRow name =
          table.getRows().stream()
              .filter(r -> r.getCell(0).getText().equals("被谈话人"))
              .findFirst()
              .orElseThrow();
      assertThat(name.isCantSplitRow()).isTrue();
      assertThat(name.getCell(1).getText()).isEqualTo(p.subjectName());
    }
  }

  static String entry(byte[] zip, String name) throws IOException {
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(z.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no entry " + name);
  }

  @Test
  void writeAllNumbersThePapersAndLeavesNoTemporaryFiles(@TempDir Path dir) throws IOException {
    DispositionCase c = SampleDayCases.verified(warning(DispositionLadder.RISK));
    DocumentNumbering numbers = DocumentNumbering.of("示财纪", 2026, 3);
    List<DispositionPaperWriter.Written> written =
        WRITER.writeAll(LEDGER, c, numbers, dir.resolve("papers"));
    assertThat(written)
        .extracting(x -> x.paper().kind())
        .containsExactly(
            DispositionPaper.DISPOSITION_NOTICE,
            DispositionPaper.REMINDER_TALK_RECORD,
            DispositionPaper.SELF_ANALYSIS_PLEDGE);
    assertThat(written).extracting(x -> x.paper().number().serial()).containsExactly(3, 4, 5);
    assertThat(numbers.peek().text()).isEqualTo("示财纪〔2026〕6号");
    String name = written.get(0).paper().subjectName();
    assertThat(written.get(0).file().getFileName().toString())
        .isEqualTo("示财纪〔2026〕3号-处置通知书-" + name + ".docx");
    for (DispositionPaperWriter.Written x : written) {
      try (InputStream in = Files.newInputStream(x.file())) {
        assertThat(in.readAllBytes()).isEqualTo(WRITER.toBytes(x.paper()));
      }
    }
    try (Stream<Path> files = Files.list(dir.resolve("papers"))) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .hasSize(3)
          .allMatch(f -> f.endsWith(".docx"));
    }
    // written again over the old files: replaced whole
    Path first = written.get(0).file();
    Files.writeString(first, "old");
    WRITER.write(written.get(0).paper(), first);
    assertThat(Files.readAllBytes(first)).isEqualTo(WRITER.toBytes(written.get(0).paper()));
  }

  @Test
  void aFailedWriteLeavesTheOldFile(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("paper.docx");
    Files.createDirectory(target); // a directory cannot be replaced by a file
    Files.writeString(target.resolve("keep"), "kept");
    DispositionCase c = SampleDayCases.verified(warning(DispositionLadder.RISK));
    Paper p =
        WRITER.draft(
            DispositionPaper.DISPOSITION_NOTICE, LEDGER, c, DocumentNumber.of("", 2026, 3));
    assertThatThrownBy(() -> WRITER.write(p, target)).isInstanceOf(IOException.class);
    assertThat(target.resolve("keep")).hasContent("kept");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }
}
