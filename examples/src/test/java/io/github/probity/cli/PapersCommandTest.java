package io.github.probity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.json.ProbityJson;
import io.github.probity.model.Ledger;
import io.github.probity.model.Person;
import io.github.probity.testkit.LedgerGenerator;
import io.github.probity.testkit.SampleUnit;
import io.github.probity.warning.CaseBook;
import io.github.probity.warning.CaseState;
import io.github.probity.warning.DispositionCase;
import io.github.probity.warning.WarningLevel;
import io.github.probity.warning.WarningStage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PapersCommandTest extends CliFixture {
  private static final Ledger LEDGER = SampleUnit.ledger();

  private Path cases;
  private Path ledger;
  private Path papers;

  @BeforeEach
  void inputs() throws IOException {
    CaseBook book = DemoCommand.sampleCases(LEDGER);
    cases = Files.write(dir.resolve("cases.json"), ProbityJson.strict().writeCases(book));
    ledger = json("ledger.json", LEDGER);
    papers = dir.resolve("文书");
  }

  /** The text of a Word document, as POI extracts it: paragraphs and table cells, one a line. */
  static String text(Path docx) {
    try (InputStream in = Files.newInputStream(docx);
        XWPFDocument doc = new XWPFDocument(in);
        XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
      return x.getText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> lines(Path docx) {
    return text(docx).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  private List<String> names() throws IOException {
    if (!Files.exists(papers)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(papers)) {
      return files
          .map(p -> p.getFileName().toString())
          .sorted(Comparator.comparingInt(PapersCommandTest::serial))
          .toList();
    }
  }

  /** The serial of a paper's number, from its file name: 7 for 示财纪〔2026〕7号-…. */
  private static int serial(String fileName) {
    return Integer.parseInt(fileName.replaceAll("^[^〕]*〕(\\d+)号-.*$", "$1"));
  }

  private static String name(DispositionCase c) {
    return LEDGER.person(c.getWarning().getSubject().getId()).map(Person::getName).orElseThrow();
  }

  private static DispositionCase severe() {
    return DemoCommand.sampleCases(LEDGER).cases().stream()
        .filter(c -> c.getLevel() == WarningLevel.SEVERE)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void writesOnePaperPerOpenCaseThatCallsForOneNumberedInSequence() throws IOException {
    assertThat(
            run(
                "--lang",
                "zh",
                "papers",
                cases.toString(),
                ledger.toString(),
                "--out",
                papers.toString(),
                "--date",
                "2026-09-16"))
        .as(err.toString())
        .isZero();
    List<DispositionCase> calling =
        DemoCommand.sampleCases(LEDGER).cases().stream()
            .filter(
                c ->
                    c.getState() == CaseState.VERIFIED
                        || c.getWarning().getStage() == WarningStage.TENDENCY)
            .toList();
    assertThat(calling).hasSizeGreaterThan(1);
    List<String> names = names();
    assertThat(names).hasSize(calling.size());
    for (int i = 0; i < names.size(); i++) {
      assertThat(names.get(i)).startsWith("〔2026〕" + (i + 1) + "号-");
    }

    // the severe case, verified at the end of 15 September: the disposition notice, 5 working days
    DispositionCase severe = severe();
    Path notice =
        papers.resolve(names.stream().filter(n -> n.contains("-处置通知书-")).findFirst().orElseThrow());
    List<String> lines = lines(notice);
    assertThat(lines.get(0)).isEqualTo("处置通知书");
    assertThat(lines.get(1)).matches("〔2026〕\\d号");
    assertThat(notice.getFileName().toString()).startsWith(lines.get(1) + "-");
    assertThat(lines.get(2)).isEqualTo(name(severe) + "同志：");
    assertThat(text(notice)).contains("于2026年9月22日前（5个工作日内）向示例区财政局报送个人剖析材料").contains("签收人（签名）：");
    assertThat(lines).containsSubsequence("示例区财政局", "2026年9月15日");

    // every other paper is the prevention notice of a tendency warning waiting for verification
    assertThat(names.stream().filter(n -> n.contains("-廉政风险防范提示-"))).hasSize(calling.size() - 1);
    assertThat(out.toString())
        .contains(lines.get(1) + " 处置通知书，致" + name(severe) + "同志，2026-09-22 前回复")
        .contains("下一个文号为 〔2026〕" + (calling.size() + 1) + "号");
  }

  @Test
  void fromPrefixAndBodyNumberAndSignThePapers() throws IOException {
    assertThat(
            run(
                "papers",
                cases.toString(),
                ledger.toString(),
                "--out",
                papers.toString(),
                "--from",
                "7",
                "--prefix",
                "示财纪",
                "--body",
                "机关纪委",
                "--year",
                "2026",
                "--all"))
        .as(err.toString())
        .isZero();
    List<String> names = names();
    assertThat(names.get(0)).startsWith("示财纪〔2026〕7号-");
    // --all: the severe case's step 警示提醒 hands over the notice, the talk record and the pledge
    assertThat(names)
        .anySatisfy(n -> assertThat(n).contains("-处置通知书-"))
        .anySatisfy(n -> assertThat(n).contains("-提醒谈话记录-"))
        .anySatisfy(n -> assertThat(n).contains("-个人剖析及廉政承诺书-"));
    Path talk =
        papers.resolve(
            names.stream().filter(n -> n.contains("-提醒谈话记录-")).findFirst().orElseThrow());
    String text = text(talk);
    assertThat(text)
        .contains("被谈话人\t" + name(severe()))
        .contains("被谈话人应于2026年9月22日前（5个工作日内）向机关纪委报送个人剖析材料和廉政承诺书")
        .contains("谈话人（签名）：", "被谈话人（签名）：");
    assertThat(lines(talk)).containsSubsequence("机关纪委", "2026年9月15日");
  }

  @Test
  void anUnreadableCaseDocumentIsLocatedAndNothingIsWritten() throws IOException {
    byte[] whole = Files.readAllBytes(cases);
    Files.write(cases, Arrays.copyOf(whole, whole.length / 2));
    assertThat(
            run(
                "--lang",
                "en",
                "papers",
                cases.toString(),
                ledger.toString(),
                "--out",
                papers.toString()))
        .isEqualTo(3);
    assertThat(err.toString()).contains("cannot read " + cases).contains("line");
    assertThat(names()).isEmpty();
  }

  @Test
  void aMissingLedgerIsExitThreeAndNothingIsWritten() throws IOException {
    assertThat(
            run(
                "--lang",
                "en",
                "papers",
                cases.toString(),
                dir.resolve("none.json").toString(),
                "--out",
                papers.toString()))
        .isEqualTo(3);
    assertThat(err.toString()).contains("no such file");
    assertThat(names()).isEmpty();
  }

  @Test
  void casesOfPeopleTheLedgerLacksAreFindingsWithoutPapers() throws IOException {
    Path other = json("other.json", LedgerGenerator.generate(1, 10));
    assertThat(
            run(
                "--lang",
                "zh",
                "papers",
                cases.toString(),
                other.toString(),
                "--out",
                papers.toString()))
        .isEqualTo(1);
    assertThat(out.toString())
        .contains("错误 UNKNOWN_SUBJECT " + cases)
        .contains("该案件不生成文书")
        .doesNotContain("不需要文书");
    assertThat(names()).isEmpty();
  }

  @Test
  void anIssuedNumberIsNotWrittenOver() throws IOException {
    String[] args = {"papers", cases.toString(), ledger.toString(), "--out", papers.toString()};
    assertThat(run(args)).isZero();
    List<String> first = names();
    Path notice = papers.resolve(first.get(first.size() - 1));
    byte[] before = Files.readAllBytes(notice);
    assertThat(run(args)).isEqualTo(4);
    assertThat(err.toString()).contains("exists").contains("--from");
    assertThat(names()).isEqualTo(first);
    assertThat(Files.readAllBytes(notice)).isEqualTo(before);
  }

  @Test
  void casesMustBeAJsonDocument() {
    assertThat(run("papers", dir.resolve("cases.xlsx").toString(), ledger.toString(), "--out", "x"))
        .isEqualTo(2);
  }
}
