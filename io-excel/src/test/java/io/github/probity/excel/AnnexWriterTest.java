package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexKind;
import io.github.probity.model.LevelLabelStyle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnexWriterTest {

  static Map<String, String> parts(byte[] xlsx) throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    Path tmp = Files.createTempFile("probity", ".xlsx");
    try {
      Files.write(tmp, xlsx);
      try (ZipFile zip = new ZipFile(tmp.toFile())) {
        for (ZipEntry e : java.util.Collections.list(zip.entries())) {
          try (java.io.InputStream in = zip.getInputStream(e)) {
            parts.put(e.getName(), unescape(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
          }
        }
      }
    } finally {
      Files.delete(tmp);
    }
    return parts;
  }

  /** Decodes numeric character references, so assertions can name Chinese text. */
  static String unescape(String xml) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);").matcher(xml);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          sb,
          java.util.regex.Matcher.quoteReplacement(
              new String(Character.toChars(Integer.parseInt(m.group(1), 16)))));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  static byte[] annexes(AnnexWriter writer) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.writeAnnexes(Fixtures.sample(), out);
    return out.toByteArray();
  }

  @Test
  void writesThreeAnnexSheetsWithTitleFillingLineAndHeader() throws IOException {
    Map<String, String> parts =
        parts(annexes(AnnexWriter.builder().fillDate(LocalDate.of(2026, 5, 11)).build()));
    String wb = parts.get("xl/workbook.xml");
    assertThat(wb).contains("附件1 领导班子", "附件2 科室", "附件3 个人");
    String personal = parts.get("xl/worksheets/sheet3.xml");
    assertThat(personal)
        .contains("<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>附件3</t></is></c>")
        .contains("示例区财政局廉政风险识别及防范措施一览表（个人）")
        .contains("填报单位（盖章）：示例区财政局")
        .contains("填报日期：2026年5月11日")
        .contains("<mergeCell ref=\"A2:M2\"/>")
        .contains(">备注<")
        .contains("采购审核岗", "孙丽", "1.执行回避制度\n2.定期轮岗")
        .contains("公示时间和范围：", "群众意见：", "党组织审核意见：", "备案日期：")
        .contains("单位负责人：", "审核人：", "填表人：", "联系电话：");
    for (String sheet : new String[] {"sheet1", "sheet2"}) {
      assertThat(parts.get("xl/worksheets/" + sheet + ".xml"))
          .contains("附件", "单位负责人：")
          .doesNotContain("公示时间和范围");
    }
  }

  @Test
  void mergesOwnerCellsOverTheirRows() throws IOException {
    String personal = parts(annexes(AnnexWriter.standard())).get("xl/worksheets/sheet3.xml");
    // 采购审核岗 has two points and two holders: a block of two rows each (5–6 for 赵强, 7–8 for
    // 孙丽), post and holder cells merged over each block, the department over both.
    assertThat(personal)
        .contains(
            "<mergeCell ref=\"B5:B8\"/>",
            "<mergeCell ref=\"C5:C6\"/>",
            "<mergeCell ref=\"D5:D6\"/>",
            "<mergeCell ref=\"C7:C8\"/>",
            "<mergeCell ref=\"D7:D8\"/>");
  }

  @Test
  void setsUpPrintingLandscapeOnePageWideOnA3WhereA4WouldShrinkTheText() throws IOException {
    Map<String, String> parts = parts(annexes(AnnexWriter.standard()));
    String sheet = parts.get("xl/worksheets/sheet1.xml");
    // eleven visible columns would print below 9 pt on A4: see PrintedFontSizeTest
    assertThat(sheet)
        .contains(
            "orientation=\"landscape\"", "paperSize=\"8\"", "fitToWidth=\"1\"", "fitToHeight=\"0\"")
        .contains("fitToPage=\"true\"")
        .contains("&amp;P")
        .contains("<pane ", "state=\"frozen\"")
        .contains("dataValidation", "\"高,一般,低\"");
    assertThat(parts.get("xl/workbook.xml")).contains("_xlnm.Print_Titles");
    assertThat(parts.get("xl/styles.xml")).contains("宋体", "wrapText=\"true\"", "thin");
  }

  @Test
  void labelsLevelsInTheChosenStyle() throws IOException {
    String sheet =
        parts(annexes(AnnexWriter.builder().levelLabelStyle(LevelLabelStyle.TIER).build()))
            .get("xl/worksheets/sheet1.xml");
    assertThat(sheet).contains(">一级（拟定）<", "\"一级,二级,三级\"").doesNotContain(">高<", ">高（拟定）<");
  }

  @Test
  void marksLevelsNotYetDecidedAndNamesTheDecidingMeetingsUnderTheTable() throws IOException {
    io.github.probity.model.Ledger sample = io.github.probity.testkit.SampleUnit.ledger();
    io.github.probity.model.RiskPoint undecided = sample.getRiskPoints().get(0);
    io.github.probity.model.Ledger ledger =
        io.github.probity.model.Ledger.builder()
            .from(sample)
            .riskPoints(
                sample.getRiskPoints().stream()
                    .map(
                        rp ->
                            rp.getId().equals(undecided.getId())
                                ? io.github.probity.model.RiskPoint.builder()
                                    .from(rp)
                                    .decision(java.util.Optional.empty())
                                    .build()
                                : rp)
                    .toList())
            .build();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    AnnexWriter.standard().writeAnnexes(ledger, out);
    String sheet = parts(out.toByteArray()).get("xl/worksheets/sheet1.xml");

    String proposed = undecided.getLevel().orElseThrow().displayName() + "（拟定）";
    assertThat(sheet)
        .contains(">" + proposed + "<")
        .contains("备注：风险等级经2026年第5次党组会议（2026年5月20日）")
        .contains("标“（拟定）”的为拟定等级，尚待领导班子集体研究确定。");
    assertThat(sheet.indexOf("备注：")).isLessThan(sheet.indexOf("单位负责人"));

    AnnexReadResult back =
        AnnexReader.lenient().read(new java.io.ByteArrayInputStream(out.toByteArray()));
    assertThat(back.getLedger()).isEqualTo(ledger);
    assertThat(back.getRows())
        .filteredOn(r -> r.getRow().getPointId().equals(java.util.Optional.of(undecided.getId())))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.getRow().isLevelProposed()).isTrue();
              assertThat(r.getRow().getLevel()).isEqualTo(undecided.getLevel());
            });
  }

  @Test
  void keepsFormulaLikeTextAsText() throws IOException {
    Map<String, String> parts = parts(annexes(AnnexWriter.standard()));
    String sheet = parts.get("xl/worksheets/sheet1.xml");
    assertThat(sheet).contains("=监督责任落实不到位").doesNotContain("<f>");
    assertThat(parts.get("xl/styles.xml")).contains("formatCode=\"@\"");
  }

  @Test
  void writesOneFilePerAnnexTheArchiveAndTheLedger(@TempDir Path dir) throws IOException {
    AnnexWriter w = AnnexWriter.standard();
    assertThat(w.writeAnnexFiles(Fixtures.sample(), dir))
        .extracting(p -> p.getFileName().toString())
        .containsExactly("附件1 领导班子.xlsx", "附件2 科室.xlsx", "附件3 个人.xlsx");
    ByteArrayOutputStream archive = new ByteArrayOutputStream();
    w.write(Fixtures.sample(), AnnexKind.POST_ARCHIVE, archive);
    Map<String, String> parts = parts(archive.toByteArray());
    assertThat(parts.get("xl/workbook.xml")).contains("采购审核岗", "预算编制岗");
    assertThat(parts.get("xl/worksheets/sheet1.xml")).contains("岗位职责：1.审核采购需求；2.复核采购结果");
    ByteArrayOutputStream ledger = new ByteArrayOutputStream();
    w.write(Fixtures.sample(), AnnexKind.LEDGER, ledger);
    assertThat(parts(ledger.toByteArray()).get("xl/worksheets/sheet1.xml"))
        .contains("廉政风险防控台账", "班子成员", "岗位");
    assertThat(Files.size(dir.resolve("附件3 个人.xlsx"))).isPositive();
  }

  @Test
  void aPointWithABlankTitleIsNamedAndNothingIsWritten(@TempDir Path dir) throws IOException {
    io.github.probity.model.Ledger sample = Fixtures.sample();
    // a post's point: annexes 1 and 2 are complete before annex 3 fails
    io.github.probity.model.RiskPoint first =
        sample.getRiskPoints().stream()
            .filter(rp -> rp.getOwner().getScope() == io.github.probity.model.OwnerScope.POST)
            .findFirst()
            .orElseThrow();
    io.github.probity.model.Ledger blank =
        io.github.probity.model.Ledger.builder()
            .from(sample)
            .riskPoints(
                sample.getRiskPoints().stream()
                    .map(
                        rp ->
                            rp == first
                                ? io.github.probity.model.RiskPoint.builder()
                                    .from(rp)
                                    .title("　")
                                    .build()
                                : rp)
                    .toList())
            .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> AnnexWriter.standard().writeAnnexes(blank, out))
        .withMessageContaining(first.getId())
        .withMessageContaining("title");
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> AnnexWriter.standard().writeAnnexFiles(blank, dir));
    assertThat(out.size()).isZero();
    try (java.util.stream.Stream<Path> left = Files.list(dir)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void writesAnnexFourFromTheTemplateForTheLedger() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AnnexWriter.standard().write(Fixtures.sample(), AnnexKind.PLAN, out);
    assertThat(parts(out.toByteArray()).get("xl/worksheets/sheet1.xml"))
        .contains("廉政风险预警防控机制建设工作实施计划", "广泛宣传发动，夯实思想基础", "查找风险");
  }
}
