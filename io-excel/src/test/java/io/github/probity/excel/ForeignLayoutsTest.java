package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexRow;
import io.github.probity.finding.Finding;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tables in layouts and wordings that no list of header spellings foresaw (see the practice notes):
 * columns placed by what their headers mean, header bands found by content, kinds taken from the
 * columns, unplaced columns kept as extras. Every field asserted.
 */
class ForeignLayoutsTest {

  private static AnnexReadResult read(Books b) throws IOException {
    return AnnexReader.builder().year(2024).build().read(new ByteArrayInputStream(b.xlsx()));
  }

  private static List<AnnexRow> rows(AnnexReadResult r) {
    return r.getRows().stream().map(LocatedRow::getRow).toList();
  }

  /** A housing bureau's post table: the risk column is headed 廉政风险点表现形式. */
  @Test
  void readsAHousingBureauPostTableWhoseRiskColumnIsItsManifestation() throws IOException {
    Books b = new Books();
    b.sheet("Sheet1")
        .row("某区住房保障和房屋管理局廉政风险防控一览表")
        .row(
            "序号",
            "部门",
            "重要环节",
            "廉政风险点表现形式",
            "风险点涉及的岗位",
            "风险等级",
            "防控要点及防控措施",
            "直接责任人",
            "部门责任人",
            "责任领导")
        .row("1", "保障科", "资格审核", "降低标准审核保障资格", "审核岗", "高", "1.双人审核\n2.结果公示", "刘洋", "陈静", "孙伟")
        .row("2", "", "房源分配", "违规调配房源", "分配岗", "中", "摇号分配", "周敏", "陈静", "孙伟")
        .merge("B3:B4");
    AnnexReadResult r = read(b);
    assertThat(r.getTables()).containsEntry("Sheet1", AnnexKind.PERSONAL);
    assertThat(r.getHeaderColumns().get("Sheet1"))
        .containsEntry(AnnexColumn.RISK_POINT, 3)
        .containsEntry(AnnexColumn.POST, 4)
        .containsEntry(AnnexColumn.RESPONSIBLE, 7)
        .containsEntry(AnnexColumn.SUPERVISOR, 9)
        .containsEntry(AnnexColumn.POWER_ITEM, 2);
    assertThat(rows(r))
        .extracting(
            AnnexRow::getScope,
            AnnexRow::getOwnerName,
            AnnexRow::getDepartment,
            AnnexRow::getPowerItem,
            AnnexRow::getTitle,
            AnnexRow::getLevel,
            AnnexRow::getMeasures,
            AnnexRow::getResponsible,
            AnnexRow::getSupervisor,
            AnnexRow::getCategory)
        .containsExactly(
            tuple(
                OwnerScope.POST,
                "审核岗",
                Optional.of("保障科"),
                Optional.of("资格审核"),
                "降低标准审核保障资格",
                Optional.of(RiskLevel.HIGH),
                List.of("双人审核", "结果公示"),
                Optional.of("刘洋"),
                Optional.of("孙伟"),
                RiskCategory.UNSPECIFIED),
            tuple(
                OwnerScope.POST,
                "分配岗",
                Optional.of("保障科"),
                Optional.of("房源分配"),
                "违规调配房源",
                Optional.of(RiskLevel.MEDIUM),
                List.of("摇号分配"),
                Optional.of("周敏"),
                Optional.of("孙伟"),
                RiskCategory.UNSPECIFIED));
    assertThat(r.getRows())
        .allSatisfy(row -> assertThat(row.getExtras()).containsEntry("部门责任人", "陈静"));
    assertThat(r.getProblems())
        .extracting(Finding::getCode, p -> p.getLocation().text())
        .contains(
            tuple(ProblemCode.HEADER_BY_MEANING, "Sheet1!D2"),
            tuple(ProblemCode.DUPLICATE_COLUMN, "Sheet1!I2"),
            tuple(ProblemCode.NO_CATEGORY_COLUMN, "Sheet1!2"));
  }

  /** A two-row header whose upper band holds only group labels and whose title names 科室. */
  @Test
  void findsATwoRowHeaderByContentAndTakesTheKindFromTheColumns() throws IOException {
    Books b = new Books();
    b.sheet("Sheet1")
        .row("某局各科室岗位廉政风险排查表")
        .row("基本信息", "", "", "风险识别", "", "", "防控")
        .row("科室", "岗位", "在岗人", "风险类别", "风险点", "风险等级", "防控措施")
        .row("办公室", "文书岗", "李娜", "岗位职责", "泄露涉密文件", "低", "涉密文件专人管理")
        .merge("A2:C2")
        .merge("D2:F2");
    AnnexReadResult r = read(b);
    assertThat(r.getTables()).containsEntry("Sheet1", AnnexKind.PERSONAL);
    assertThat(rows(r))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.getOwnerName()).isEqualTo("文书岗");
              assertThat(row.getDepartment()).contains("办公室");
              assertThat(row.getHolders()).containsExactly("李娜");
              assertThat(row.getCategory()).isEqualTo(RiskCategory.DUTY);
              assertThat(row.getTitle()).isEqualTo("泄露涉密文件");
              assertThat(row.getLevel()).contains(RiskLevel.LOW);
              assertThat(row.getMeasures()).containsExactly("涉密文件专人管理");
            });
  }

  /** A modern register exported from a web system: header in row 1, status and date columns. */
  @Test
  void readsAWebRegisterAndKeepsItsUnplacedColumnsAsExtras() throws IOException {
    Books b = new Books();
    b.sheet("导出数据")
        .row("岗位名称", "廉洁风险点", "风险等级", "防控措施", "责任部门", "状态", "创建时间")
        .row("出纳岗", "挪用公款", "高", "每日对账", "财务科", "已公示", "2024-03-01 10:00")
        .row("会计岗", "虚列支出", "一般", "", "财务科", "草稿", "2024-03-02 09:30");
    AnnexReadResult r = read(b);
    assertThat(r.getTables()).containsEntry("导出数据", AnnexKind.PERSONAL);
    assertThat(rows(r))
        .extracting(
            AnnexRow::getOwnerName, AnnexRow::getDepartment, AnnexRow::getTitle, AnnexRow::getLevel)
        .containsExactly(
            tuple("出纳岗", Optional.of("财务科"), "挪用公款", Optional.of(RiskLevel.HIGH)),
            tuple("会计岗", Optional.of("财务科"), "虚列支出", Optional.of(RiskLevel.MEDIUM)));
    assertThat(r.getRows().get(0).getExtras())
        .containsExactly(Map.entry("状态", "已公示"), Map.entry("创建时间", "2024-03-01 10:00"));
  }

  /** A post register scored L × C, one record per post per year. */
  @Test
  void readsAPostRegisterScoredByLikelihoodAndConsequence() throws IOException {
    Books b = new Books();
    b.sheet("岗位风险登记")
        .row(
            "岗位风险编号",
            "部门信息",
            "岗位",
            "执行年份",
            "风险项目名称",
            "廉政风险点描述",
            "风险发生可能性L值",
            "风险产生后果的严重性C值",
            "廉政风险值D值",
            "风险等级（一级风险/二级风险/三级风险）",
            "预防和控制措施",
            "创建人姓名",
            "创建时间")
        .row(
            "GW-001",
            "审批科",
            "受理岗",
            "2024",
            "违规受理",
            "对材料不全的申请予以受理",
            "3",
            "4",
            "12",
            "二级风险",
            "一次性告知；限时办结",
            "张三",
            "2024-01-05");
    AnnexReadResult r = read(b);
    assertThat(rows(r))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.getScope()).isEqualTo(OwnerScope.POST);
              assertThat(row.getOwnerName()).isEqualTo("受理岗");
              assertThat(row.getDepartment()).contains("审批科");
              assertThat(row.getTitle()).isEqualTo("违规受理");
              assertThat(row.getManifestation()).contains("对材料不全的申请予以受理");
              assertThat(row.getLevel()).contains(RiskLevel.MEDIUM);
              assertThat(row.getMeasures()).containsExactly("一次性告知；限时办结");
              assertThat(row.getHolders()).isEmpty();
            });
    assertThat(r.getRows().get(0).getExtras())
        .containsKeys("岗位风险编号", "执行年份", "风险发生可能性L值", "廉政风险值D值", "创建人姓名", "创建时间")
        .containsEntry("创建人姓名", "张三");
  }

  /** An enterprise's refined list: two risk columns, the first names the point. */
  @Test
  void readsAnEnterpriseRefinedListWithTwoRiskColumns() throws IOException {
    Books b = new Books();
    b.sheet("Sheet1")
        .row("风险点名称", "责任（牵头）部门", "责任人", "业务事项描述", "廉洁风险点", "细化的防控措施")
        .row("物资采购", "供应部", "马强", "年度物资集中采购", "围标串标、虚假比价", "（1）公开招标（2）纪检全程监督");
    AnnexReadResult r = read(b);
    assertThat(rows(r))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.getScope()).isEqualTo(OwnerScope.DEPARTMENT);
              assertThat(row.getOwnerName()).isEqualTo("供应部");
              assertThat(row.getTitle()).isEqualTo("物资采购");
              assertThat(row.getManifestation()).contains("围标串标、虚假比价");
              assertThat(row.getPowerItem()).contains("年度物资集中采购");
              assertThat(row.getResponsible()).contains("马强");
              assertThat(row.getMeasures()).containsExactly("公开招标", "纪检全程监督");
            });
  }

  /** Headers worded freely: 业务处室 · 具体岗位 · 风险种类 · 风险级别 · 控制措施 · 第一责任人. */
  @Test
  void readsFreelyWordedHeaders() throws IOException {
    Books b = new Books();
    b.sheet("表1")
        .row("序  号", "业务处室", "具体岗位", "风险种类", "主要风险点", "风险级别\n（一、二、三级）", "控制措施", "第一责任人", "分管（协管）领导")
        .row("1", "执法科", "执法岗", "外部环境风险", "接受当事人吃请", "一级", "执法全过程记录", "吴凯", "郑华");
    AnnexReadResult r = read(b);
    assertThat(r.getTables()).containsEntry("表1", AnnexKind.PERSONAL);
    assertThat(rows(r))
        .extracting(
            AnnexRow::getOwnerName,
            AnnexRow::getDepartment,
            AnnexRow::getCategory,
            AnnexRow::getTitle,
            AnnexRow::getLevel,
            AnnexRow::getMeasures,
            AnnexRow::getResponsible,
            AnnexRow::getSupervisor)
        .containsExactly(
            tuple(
                "执法岗",
                Optional.of("执法科"),
                RiskCategory.EXTERNAL,
                "接受当事人吃请",
                Optional.of(RiskLevel.HIGH),
                List.of("执法全过程记录"),
                Optional.of("吴凯"),
                Optional.of("郑华")));
  }

  /** A level column whose header says nothing is found by its cells. */
  @Test
  void placesALevelColumnWithAVagueHeaderByItsCells() throws IOException {
    Books b = new Books();
    b.sheet("科室")
        .row("科室", "风险点", "评定", "防控措施")
        .row("办公室", "公车私用", "高", "车辆定位")
        .row("办公室", "公款吃喝", "低", "公务接待审批")
        .row("财务科", "虚报冒领", "中", "票据审核");
    AnnexReadResult r = read(b);
    assertThat(rows(r))
        .extracting(AnnexRow::getLevel)
        .containsExactly(
            Optional.of(RiskLevel.HIGH), Optional.of(RiskLevel.LOW), Optional.of(RiskLevel.MEDIUM));
    assertThat(r.getProblems())
        .extracting(Finding::getCode)
        .contains(ProblemCode.COLUMN_BY_CONTENT)
        .doesNotContain(ProblemCode.UNKNOWN_HEADER);
  }

  /** A table continued over sheets with the header repeated, and a header repeated on a page. */
  @Test
  void readsATableContinuedOverSheetsAndSkipsRepeatedHeaders() throws IOException {
    Books b = new Books();
    b.sheet("说明").row("填表说明：请按科室填写。");
    b.sheet("科室(1)")
        .row("序号", "科室", "风险点", "防控措施")
        .row("1", "办公室", "公车私用", "车辆定位")
        .row("序号", "科室", "风险点", "防控措施")
        .row("2", "办公室", "公款吃喝", "接待审批");
    b.sheet("科室(2)").row("序号", "科室", "风险点", "防控措施").row("3", "人事科", "违规选拔", "民主推荐");
    AnnexReadResult r = read(b);
    assertThat(rows(r)).extracting(AnnexRow::getTitle).containsExactly("公车私用", "公款吃喝", "违规选拔");
    assertThat(r.getProblems())
        .extracting(Finding::getCode, p -> p.getLocation().text())
        .contains(
            tuple(ProblemCode.REPEATED_HEADER_SKIPPED, "科室(1)!3"),
            tuple(ProblemCode.SHEET_SKIPPED, "说明"));
  }

  /** A table without any risk point column says what it found and how to map a header. */
  @Test
  void saysWhatItFoundWhenNoColumnHoldsRiskPoints() throws IOException {
    Books b = new Books();
    b.sheet("Sheet1").row("序号", "科室", "问题清单", "防控措施").row("1", "办公室", "公车私用", "车辆定位");
    AnnexReadResult r = read(b);
    assertThat(r.getRows()).isEmpty();
    Finding p =
        r.getProblems().stream()
            .filter(x -> x.getCode() == ProblemCode.MISSING_RISK_POINT_COLUMN)
            .findFirst()
            .orElseThrow();
    assertThat(ReadFindings.at(p).rawValue().orElseThrow()).contains("科室=科室", "问题清单", "--map");
    AnnexReadResult mapped =
        AnnexReader.builder()
            .mapHeader("问题清单", AnnexColumn.RISK_POINT)
            .build()
            .read(new ByteArrayInputStream(b.xlsx()));
    assertThat(rows(mapped)).extracting(AnnexRow::getTitle).containsExactly("公车私用");
  }

  /** The caller forces a kind on a sheet whose columns would say otherwise. */
  @Test
  void theCallerForcesTheKindOfASheet() throws IOException {
    Books b = new Books();
    b.sheet("各科室").row("责任主体", "风险点", "防控措施").row("局领导班子", "决策不民主", "民主集中制");
    AnnexReadResult r =
        AnnexReader.builder()
            .kind("各科室", AnnexKind.LEADERSHIP_GROUP)
            .build()
            .read(new ByteArrayInputStream(b.xlsx()));
    assertThat(r.getTables()).containsEntry("各科室", AnnexKind.LEADERSHIP_GROUP);
    assertThat(rows(r))
        .singleElement()
        .satisfies(row -> assertThat(row.getScope()).isEqualTo(OwnerScope.LEADERSHIP_GROUP));
  }

  /** A 三重一大 process table: levels inside the risk cell, the owner a 责任主体. */
  @Test
  void readsAMajorMattersProcessTableWithLevelsInTheRiskCell() throws IOException {
    Books b = new Books();
    b.sheet("三重一大")
        .row("流程", "关键环节", "涉及对象", "廉政风险点及等级", "防控措施", "责任主体")
        .row("重大事项决策", "会前酝酿", "班子成员", "议题未经充分酝酿（中）", "1.会前征求意见\n2.提前送达材料", "局党组")
        .row("", "会议决策", "班子成员", "主要负责人末位表态不落实★★★", "严格执行末位表态制", "局党组")
        .merge("A2:A3");
    AnnexReadResult r = read(b);
    assertThat(r.getTables()).containsEntry("三重一大", AnnexKind.LEADERSHIP_GROUP);
    assertThat(rows(r))
        .extracting(
            AnnexRow::getScope,
            AnnexRow::getOwnerName,
            AnnexRow::getPowerItem,
            AnnexRow::getTitle,
            AnnexRow::getLevel,
            AnnexRow::getMeasures)
        .containsExactly(
            tuple(
                OwnerScope.LEADERSHIP_GROUP,
                "局党组",
                Optional.of("重大事项决策"),
                "议题未经充分酝酿",
                Optional.of(RiskLevel.MEDIUM),
                List.of("会前征求意见", "提前送达材料")),
            tuple(
                OwnerScope.LEADERSHIP_GROUP,
                "局党组",
                Optional.of("重大事项决策"),
                "主要负责人末位表态不落实",
                Optional.of(RiskLevel.HIGH),
                List.of("严格执行末位表态制")));
    assertThat(r.getRows().get(0).getExtras())
        .containsEntry("关键环节", "会前酝酿")
        .containsEntry("涉及对象", "班子成员");
    assertThat(r.getProblems()).extracting(Finding::getCode).contains(ProblemCode.LEVEL_IN_TITLE);
  }

  /** Two numbered points in one cell, their measures numbered n.k, their levels in stars. */
  @Test
  void pairsNkMeasuresWithNumberedPointsAndReadsTheirStars() throws IOException {
    Books b = new Books();
    b.sheet("科室")
        .row("科室", "风险点", "防控措施")
        .row("财务科", "1.虚报冒领★★★；2.超标准报销★☆☆", "1.1严格审核票据；1.2实行双人复核；2.1公开报销标准")
        .row("办公室", "1.公车私用", "车辆定位");
    AnnexReadResult r = read(b);
    assertThat(rows(r))
        .extracting(AnnexRow::getTitle, AnnexRow::getLevel, AnnexRow::getMeasures)
        .containsExactly(
            tuple("虚报冒领", Optional.of(RiskLevel.HIGH), List.of("严格审核票据", "实行双人复核")),
            tuple("超标准报销", Optional.of(RiskLevel.LOW), List.of("公开报销标准")),
            tuple("公车私用", Optional.empty(), List.of("车辆定位")));
  }

  /** Without a category column, points stay 未分类 unless the caller accepts suggestions. */
  @Test
  void suggestsCategoriesOnlyWhenAsked() throws IOException {
    Books b = new Books();
    b.sheet("科室").row("科室", "风险点", "防控措施").row("办公室", "公务接待中接受请托", "接待清单").row("办公室", "档案借阅", "登记");
    assertThat(rows(read(b)))
        .extracting(AnnexRow::getCategory)
        .containsExactly(RiskCategory.UNSPECIFIED, RiskCategory.UNSPECIFIED);
    AnnexReadResult r =
        AnnexReader.builder()
            .suggestCategories(true)
            .build()
            .read(new ByteArrayInputStream(b.xlsx()));
    assertThat(rows(r))
        .extracting(AnnexRow::getCategory)
        .containsExactly(RiskCategory.EXTERNAL, RiskCategory.UNSPECIFIED);
    assertThat(r.getProblems())
        .extracting(Finding::getCode, p -> p.getLocation().text())
        .contains(tuple(ProblemCode.CATEGORY_SUGGESTED, "科室!B2"));
  }
}
