package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexRow;
import io.github.probity.finding.Finding;
import io.github.probity.finding.Severity;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Workbooks in the layouts units really use (see the practice notes), every field asserted. */
class RealVariantsTest {

  static AnnexReadResult read(byte[] book) throws IOException {
    return AnnexReader.builder().year(2024).build().read(new ByteArrayInputStream(book));
  }

  /** A municipal construction bureau's department table: titles, merged departments, stars. */
  static Books construction() {
    Books b = new Books();
    b.sheet("Sheet1")
        .row("某市住房和城乡建设局廉政风险识别及防范措施一览表（科室）")
        .row("填报单位：某市住房和城乡建设局", "", "", "", "", "填报日期：2024年3月1日")
        .row("序号", "单位/科室", "风险类别", "风险点", "廉政风险主要内容及表现形式", "风险等级", "防控措施", "部门负责人", "责任领导")
        .row(
            "1",
            "\u3000建筑市场监管科 ",
            "岗位职责风险",
            "资质审批把关不严",
            "降低标准审批资质",
            "★★★",
            "1.严格执行资质审批标准；2.实行集体审议；3.审批结果网上公示。",
            "张伟",
            "李明")
        .row("2", "", "外部环境", "接受企业宴请", "", "中", "（1）签订廉洁承诺书（2）开展警示教育", "张伟", "李明")
        .row("3", "", "业务流程", "招投标监管不到位", "对违规行为查处不力", "", "1、全程电子化监管\n2、随机抽取专家", "张伟", "李明")
        .row()
        .row("4", "质量安全监督站", "制度机制", "监督检查走过场", "检查记录不实", "高", "推行“双随机、一公开”", "王芳", "赵刚")
        .row("备注：风险等级分为高、中、低三级。")
        .merge("A1:I1")
        .merge("B4:B6");
    return b;
  }

  @Test
  void readsAConstructionBureauDepartmentTable() throws IOException {
    AnnexReadResult r = read(construction().xlsx());
    assertConstruction(r);
  }

  @Test
  void readsTheSameTableWithPrefixedElementsAndNoSharedStringsRelationship() throws IOException {
    byte[] book =
        Zips.rewrite(
            construction().xlsx(),
            name -> {
              if (name.startsWith("xl/worksheets/")) {
                return bytes ->
                    utf8(bytes)
                        .replaceAll("<(/?)([A-Za-z])", "<$1x:$2")
                        .replace("xmlns=\"", "xmlns:x=\"")
                        .getBytes(StandardCharsets.UTF_8);
              }
              if (name.equals("xl/_rels/workbook.xml.rels")) {
                return bytes ->
                    utf8(bytes)
                        .replaceAll("<Relationship [^>]*sharedStrings[^>]*/>", "")
                        .getBytes(StandardCharsets.UTF_8);
              }
              return bytes -> bytes;
            });
    assertThat(utf8(Zips.entries(book).get("xl/worksheets/sheet1.xml"))).contains("<x:mergeCell ");
    assertThat(utf8(Zips.entries(book).get("xl/_rels/workbook.xml.rels")))
        .doesNotContain("sharedStrings");
    assertConstruction(read(book));
  }

  @Test
  void findsTheWorkbookPartThroughThePackageRelationshipsWhateverItsName() throws IOException {
    String sheet =
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>科室</t></is></c>"
            + "<c r=\"B1\" t=\"inlineStr\"><is><t>风险点</t></is></c></row>"
            + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>办公室</t></is></c>"
            + "<c r=\"B2\" t=\"inlineStr\"><is><t>公车私用</t></is></c></row></sheetData></worksheet>";
    Map<String, byte[]> parts = new LinkedHashMap<>();
    HostileFilesTest.parts(sheet)
        .forEach(
            (name, bytes) -> {
              String renamed = name.equals("xl/workbook.xml") ? "xl/book.xml" : name;
              renamed =
                  renamed.equals("xl/_rels/workbook.xml.rels") ? "xl/_rels/book.xml.rels" : renamed;
              String text =
                  utf8(bytes).replace("Target=\"xl/workbook.xml\"", "Target=\"/xl/book.xml\"");
              parts.put(renamed, text.getBytes(StandardCharsets.UTF_8));
            });
    // a second workbook part that the package does not point to is ignored
    parts.put(
        "xl/old/workbook.xml",
        ("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheets><sheet name=\"旧表\" sheetId=\"1\"/></sheets></workbook>")
            .getBytes(StandardCharsets.UTF_8));
    AnnexReadResult r = read(HostileFilesTest.zip(parts));
    assertThat(r.getTables()).containsOnlyKeys("科室");
    assertThat(r.getRows())
        .singleElement()
        .satisfies(row -> assertThat(row.getRow().getTitle()).isEqualTo("公车私用"));
  }

  private static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Test
  void readsTheSameTableAsLegacyXls() throws IOException {
    AnnexReadResult r = read(construction().xls());
    assertConstruction(r);
  }

  private static void assertConstruction(AnnexReadResult r) {
    assertThat(r.getTables()).containsEntry("Sheet1", AnnexKind.DEPARTMENT);
    assertThat(r.getLedger().getUnit().getName()).isEqualTo("某市住房和城乡建设局");
    List<AnnexRow> rows = r.rows(AnnexKind.DEPARTMENT);
    assertThat(rows)
        .extracting(
            AnnexRow::getScope,
            AnnexRow::getOwnerName,
            AnnexRow::getCategory,
            AnnexRow::getTitle,
            AnnexRow::getLevel)
        .containsExactly(
            tuple(
                OwnerScope.DEPARTMENT,
                "建筑市场监管科",
                RiskCategory.DUTY,
                "资质审批把关不严",
                Optional.of(RiskLevel.HIGH)),
            tuple(
                OwnerScope.DEPARTMENT,
                "建筑市场监管科",
                RiskCategory.EXTERNAL,
                "接受企业宴请",
                Optional.of(RiskLevel.MEDIUM)),
            tuple(
                OwnerScope.DEPARTMENT,
                "建筑市场监管科",
                RiskCategory.PROCESS,
                "招投标监管不到位",
                Optional.empty()),
            tuple(
                OwnerScope.DEPARTMENT,
                "质量安全监督站",
                RiskCategory.INSTITUTION,
                "监督检查走过场",
                Optional.of(RiskLevel.HIGH)));
    assertThat(rows.get(0).getMeasures()).containsExactly("严格执行资质审批标准", "实行集体审议", "审批结果网上公示。");
    assertThat(rows.get(1).getMeasures()).containsExactly("签订廉洁承诺书", "开展警示教育");
    assertThat(rows.get(2).getMeasures()).containsExactly("全程电子化监管", "随机抽取专家");
    assertThat(rows.get(0).getManifestation()).contains("降低标准审批资质");
    assertThat(rows.get(1).getManifestation()).isEmpty();
    assertThat(rows.get(0).getResponsible()).contains("张伟");
    assertThat(rows.get(3).getSupervisor()).contains("赵刚");
    assertThat(r.getProblems())
        .extracting(Finding::getCode, p -> p.getLocation().text())
        .contains(
            tuple(ProblemCode.BLANK_LEVEL, "Sheet1!F6"),
            tuple(ProblemCode.NOTE_ROW_SKIPPED, "Sheet1!9"));
    assertThat(r.problems(Severity.WARNING)).isEmpty();
    assertThat(r.getLedger().getDepartments())
        .extracting(d -> d.getName())
        .containsExactly("建筑市场监管科", "质量安全监督站");
    assertThat(r.getLedger().getPeople())
        .extracting(p -> p.getName())
        .containsExactly("张伟", "李明", "王芳", "赵刚");
  }

  @Test
  void readsADistrictResponsibilityListWithoutCategoryAndWithTierLevels() throws IOException {
    Books b = new Books();
    b.sheet("附件1")
        .row("某区政府办公室权责清单廉政风险防控表")
        .row("序号", "责任主体", "职权内容", "风险点", "风险等级", "防控措施", "责任人")
        .row("1", "财务科", "经费报销审核", "1.虚报冒领；2.超标准报销", "一级", "严格审核票据", "分管领导人 / 科室负责人")
        .row("2", "财务科", "固定资产管理", "资产流失", "三级", "定期盘点", "科室负责人");
    AnnexReadResult r = read(b.xlsx());
    List<AnnexRow> rows = r.getRows().stream().map(LocatedRow::getRow).toList();
    assertThat(rows)
        .extracting(
            AnnexRow::getTitle, AnnexRow::getLevel, AnnexRow::getPowerItem, AnnexRow::getMeasures)
        .containsExactly(
            tuple("虚报冒领", Optional.of(RiskLevel.HIGH), Optional.of("经费报销审核"), List.of("严格审核票据")),
            tuple("超标准报销", Optional.of(RiskLevel.HIGH), Optional.of("经费报销审核"), List.of("严格审核票据")),
            tuple("资产流失", Optional.of(RiskLevel.LOW), Optional.of("固定资产管理"), List.of("定期盘点")));
    assertThat(rows)
        .allSatisfy(row -> assertThat(row.getCategory()).isEqualTo(RiskCategory.UNSPECIFIED));
    assertThat(rows.get(0).getResponsible()).isEmpty();
    assertThat(rows.get(0).getResponsibleRole()).contains("科室负责人");
    assertThat(rows.get(0).getSupervisorRole()).contains("分管领导人");
    assertThat(rows.get(2).getResponsibleRole()).contains("科室负责人");
    assertThat(rows.get(2).getSupervisorRole()).isEmpty();
    assertThat(r.getLedger().getPeople()).isEmpty();
    assertThat(rows.get(0).getOwnerName()).isEqualTo("财务科");
    assertThat(r.getProblems())
        .extracting(Finding::getCode, p -> p.getLocation().text())
        .contains(
            tuple(ProblemCode.NO_CATEGORY_COLUMN, "附件1!2"),
            tuple(ProblemCode.RISK_POINTS_SPLIT, "附件1!D3"));
  }

  @Test
  void readsAnEnterpriseLeadershipTableByItsSheetName() throws IOException {
    Books b = new Books();
    b.sheet("领导班子")
        .row("序号", "岗位类别", "风险名称", "风险描述", "防控措施", "监测指标")
        .row("1", "董事长", "重大决策独断专行", "不经集体研究决策", "落实“三重一大”制度", "未上会决策事项数\n超预算项目数")
        .row("2", "领导班子", "集体决策流于形式", "", "①会前充分酝酿②会议记录存档", "");
    AnnexReadResult r = read(b.xlsx());
    assertThat(r.getTables()).containsEntry("领导班子", AnnexKind.LEADERSHIP_GROUP);
    List<AnnexRow> rows = r.rows(AnnexKind.LEADERSHIP_GROUP);
    assertThat(rows)
        .extracting(AnnexRow::getScope, AnnexRow::getOwnerName)
        .containsExactly(
            tuple(OwnerScope.LEADER, "董事长"), tuple(OwnerScope.LEADERSHIP_GROUP, "领导班子"));
    assertThat(rows.get(0).getMonitoringIndicators()).containsExactly("未上会决策事项数", "超预算项目数");
    assertThat(rows.get(1).getMeasures()).containsExactly("会前充分酝酿", "会议记录存档");
    assertThat(rows.get(0).getLeaderRole()).contains("董事长");
  }

  @Test
  void readsTwoRowHeadersWithMergedGroupCells() throws IOException {
    Books b = new Books();
    b.sheet("个人")
        .row("示例区财政局廉政风险识别及防范措施一览表（个人）")
        .row("序号", "科室", "岗位", "在岗人", "廉政风险", "", "", "防控措施")
        .row("", "", "", "", "风险点", "表现形式", "风险等级", "")
        .row("1", "国库科", "资金拨付岗", "王芳、赵强", "违规拨付资金", "未按用款计划拨付", "高", "实行拨付双人审核")
        .row("2", "", "", "", "拨付中收受好处", "", "低", "定期轮岗")
        .merge("A2:A3")
        .merge("B2:B3")
        .merge("C2:C3")
        .merge("D2:D3")
        .merge("E2:G2")
        .merge("H2:H3")
        .merge("B4:B5")
        .merge("C4:C5")
        .merge("D4:D5");
    AnnexReadResult r = read(b.xlsx());
    assertThat(r.getTables()).containsEntry("个人", AnnexKind.PERSONAL);
    List<AnnexRow> rows = r.rows(AnnexKind.PERSONAL);
    assertThat(rows)
        .extracting(
            AnnexRow::getOwnerName,
            AnnexRow::getDepartment,
            AnnexRow::getHolders,
            AnnexRow::getTitle,
            AnnexRow::getManifestation,
            AnnexRow::getLevel)
        .containsExactly(
            tuple(
                "资金拨付岗",
                Optional.of("国库科"),
                List.of("王芳", "赵强"),
                "违规拨付资金",
                Optional.of("未按用款计划拨付"),
                Optional.of(RiskLevel.HIGH)),
            tuple(
                "资金拨付岗",
                Optional.of("国库科"),
                List.of("王芳", "赵强"),
                "拨付中收受好处",
                Optional.empty(),
                Optional.of(RiskLevel.LOW)));
    assertThat(r.getLedger().getPosts())
        .singleElement()
        .satisfies(p -> assertThat(p.getHolders()).hasSize(2));
    assertThat(r.problems(Severity.WARNING)).isEmpty();
  }

  @Test
  void picksTablesOutOfAMultiSheetWorkbookByNameOrContent() throws IOException {
    Books b = new Books();
    b.sheet("填表说明").row("请各科室于5月11日前报送。").row("联系人：张三");
    b.sheet("Sheet2")
        .row("局领导班子廉政风险一览表（领导班子）")
        .row("序号", "班子成员", "风险点", "风险等级", "防控措施")
        .row("1", "周明（局长）", "决策不民主", "高", "落实民主集中制");
    b.sheet("Sheet3")
        .row("岗位名称", "廉洁风险点", "风险等级", "防控措施", "责任部门", "状态")
        .row("出纳岗", "挪用公款", "高", "每日对账", "财务科", "已公示");
    AnnexReadResult r = read(b.xlsx());
    assertThat(r.getTables())
        .containsExactly(
            java.util.Map.entry("Sheet2", AnnexKind.LEADERSHIP_GROUP),
            java.util.Map.entry("Sheet3", AnnexKind.PERSONAL));
    assertThat(r.rows(AnnexKind.LEADERSHIP_GROUP))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.getScope()).isEqualTo(OwnerScope.LEADER);
              assertThat(row.getOwnerName()).isEqualTo("周明");
              assertThat(row.getLeaderRole()).contains("局长");
            });
    assertThat(r.rows(AnnexKind.PERSONAL))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.getOwnerName()).isEqualTo("出纳岗");
              assertThat(row.getDepartment()).contains("财务科");
              assertThat(row.getTitle()).isEqualTo("挪用公款");
            });
    assertThat(r.getProblems())
        .extracting(Finding::getCode, p -> p.getLocation().text())
        .contains(tuple(ProblemCode.SHEET_SKIPPED, "填表说明"));
    assertThat(r.getLedger().getLeadershipGroup().getLeaders())
        .singleElement()
        .satisfies(l -> assertThat(l.getRole()).isEqualTo("局长"));
  }

  @Test
  void mergesRowsWhoseRiskPointCellIsMergedIntoOnePoint() throws IOException {
    Books b = new Books();
    b.sheet("科室")
        .row("序号", "科室", "风险点", "风险等级", "防控措施")
        .row("1", "预算科", "预算编制不科学", "一般", "建立项目库")
        .row("", "", "", "", "实行专家评审")
        .row("2", "", "预算调整随意", "低", "调整须经局务会审议")
        .merge("A2:A3")
        .merge("B2:B4")
        .merge("C2:C3")
        .merge("D2:D3");
    AnnexReadResult r = read(b.xlsx());
    assertThat(r.getRows()).hasSize(2);
    assertThat(r.getRows().get(0).getRow().getMeasures()).containsExactly("建立项目库", "实行专家评审");
    assertThat(r.getRows().get(0).getContinuationRows()).containsExactly(3);
    assertThat(r.getRows().get(1).getRow().getOwnerName()).isEqualTo("预算科");
  }

  @Test
  void reportsEveryRowItCannotTakeWithCellHeaderAndValue() throws IOException {
    Books b = new Books();
    b.sheet("附件2 科室")
        .row("序号", "科室", "风险类别", "风险点", "风险等级", "防控措施")
        .row("1", "", "岗位职责", "无主体的风险", "高", "措施甲")
        .row("2", "办公室", "岗位职责", "", "高", "")
        .row("3", "办公室", "天气风险", "类别不明", "很高很高", "措施乙")
        .row("4", "办公室", "", "类别为空", "☆☆", "措施丙");
    AnnexReadResult r = read(b.xlsx());
    assertThat(r.getProblems())
        .extracting(
            Finding::getCode,
            p -> p.getLocation().text(),
            p -> ReadFindings.at(p).header(),
            p -> ReadFindings.at(p).rawValue(),
            ProblemCode::isRowDropped)
        .contains(
            tuple(
                ProblemCode.MISSING_OWNER,
                "附件2 科室!B2",
                Optional.of("科室"),
                Optional.of("无主体的风险"),
                true),
            tuple(
                ProblemCode.BLANK_RISK_POINT,
                "附件2 科室!D3",
                Optional.of("风险点"),
                Optional.of("2"),
                true),
            tuple(
                ProblemCode.UNKNOWN_CATEGORY,
                "附件2 科室!C4",
                Optional.of("风险类别"),
                Optional.of("天气风险"),
                false),
            tuple(
                ProblemCode.UNKNOWN_LEVEL,
                "附件2 科室!E4",
                Optional.of("风险等级"),
                Optional.of("很高很高"),
                false),
            tuple(
                ProblemCode.BLANK_CATEGORY,
                "附件2 科室!C5",
                Optional.of("风险类别"),
                Optional.empty(),
                false));
    assertThat(r.getRows())
        .extracting(row -> row.getRow().getTitle())
        .containsExactly("类别不明", "类别为空");
    assertThat(r.getRows().get(1).getRow().getLevel()).contains(RiskLevel.MEDIUM);
    Finding missing =
        r.getProblems().stream()
            .filter(p -> p.getCode() == ProblemCode.MISSING_OWNER)
            .findFirst()
            .orElseThrow();
    assertThat(missing.describe(Locale.CHINA))
        .isEqualTo("附件2 科室!B2 [科室]：责任主体（科室、岗位或领导）为空，该行未读入（原值：“无主体的风险”）");
    assertThat(missing.describe(Locale.ENGLISH)).startsWith("附件2 科室!B2 [科室]: The owner");
    assertEveryDataRowReadOrReported(r, "附件2 科室", 2, 5);
  }

  @Test
  void strictModeStopsAtTheFirstError() {
    Books b = new Books();
    b.sheet("科室")
        .row("序号", "科室", "风险点", "防控措施")
        .row("1", "办公室", "", "只有措施")
        .row("2", "", "无主体", "措施");
    assertThatThrownBy(
            () ->
                AnnexReader.builder().strict(true).build().read(new ByteArrayInputStream(b.xlsx())))
        .isInstanceOfSatisfying(
            WorkbookRejectedException.class,
            ex -> {
              assertThat(ex.getReason()).isEqualTo(WorkbookRejectedException.Reason.STRICT_ERROR);
              assertThat(ex.getProblem())
                  .hasValueSatisfying(p -> assertThat(p.getLocation().text()).isEqualTo("科室!C2"));
            });
  }

  @Test
  void aCallerMappingNamesColumnsTheSynonymsDoNotKnow() throws IOException {
    Books b = new Books();
    b.sheet("表").row("编号", "所属处室", "廉政隐患", "管控办法").row("1", "审计处", "审计报告失实", "三级复核");
    AnnexReadResult r =
        AnnexReader.builder()
            .mapHeader("所属处室", AnnexColumn.DEPARTMENT)
            .mapHeader("廉政隐患", AnnexColumn.RISK_POINT)
            .mapHeader("管控 办法", AnnexColumn.MEASURES)
            .build()
            .read(new ByteArrayInputStream(b.xlsx()));
    assertThat(r.getRows())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.getRow().getOwnerName()).isEqualTo("审计处");
              assertThat(row.getRow().getTitle()).isEqualTo("审计报告失实");
              assertThat(row.getRow().getMeasures()).containsExactly("三级复核");
            });
  }

  /** Every non-blank row from first to last is read, a continuation, or named by a problem. */
  static void assertEveryDataRowReadOrReported(
      AnnexReadResult r, String sheet, int first, int last) {
    Set<Integer> accounted = new HashSet<>();
    for (LocatedRow row : r.getRows()) {
      if (row.getSheet().equals(sheet)) {
        accounted.add(row.getRowNumber());
        accounted.addAll(row.getContinuationRows());
      }
    }
    for (Finding p : r.getProblems()) {
      if (ReadFindings.at(p).sheet().equals(Optional.of(sheet))
          && ReadFindings.at(p).row().isPresent()
          && (ProblemCode.isRowDropped(p) || p.getCode() == ProblemCode.NOTE_ROW_SKIPPED)) {
        accounted.add(ReadFindings.at(p).row().getAsInt());
      }
    }
    for (int n = first; n <= last; n++) {
      assertThat(accounted).as("row %d", n).contains(n);
    }
  }
}
