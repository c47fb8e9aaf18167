package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.finding.Finding;
import io.github.probity.model.RiskLevel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A table printed in halves side by side and a level column's own words: the words are the whole
 * table's, whichever half a cell or a legend is in, and a colour scale's 黄 does not depend on the
 * order its colours come in.
 */
class SideBySideReviewTest {

  private static AnnexReadResult read(Books b) throws IOException {
    return AnnexReader.lenient().read(new ByteArrayInputStream(b.xlsx()));
  }

  private static Optional<RiskLevel> level(AnnexReadResult r, String title) {
    return r.getRows().stream()
        .filter(l -> l.getRow().getTitle().equals(title))
        .findFirst()
        .orElseThrow()
        .getRow()
        .getLevel();
  }

  @Test
  void aLegendUnderHalvesSideBySideSaysWhatTheRightHalfsCodesMean() throws IOException {
    Books b = new Books();
    b.sheet("科室")
        .row("科室", "风险点", "风险等级", "防控措施", "", "科室", "风险点", "风险等级", "防控措施")
        .row("财务科", "虚列支出", "3", "逐笔核对", "", "办公室", "公车私用", "1", "定位监控")
        .row("财务科", "公款私存", "1", "定期对账", "", "办公室", "违规接待", "3", "公务接待审批")
        .row("注：风险等级1-低，2-中，3-高。", "", "", "", "", "", "", "", "");
    AnnexReadResult r = read(b);

    assertThat(level(r, "虚列支出")).contains(RiskLevel.HIGH);
    assertThat(level(r, "公款私存")).contains(RiskLevel.LOW);
    assertThat(level(r, "公车私用")).contains(RiskLevel.LOW);
    assertThat(level(r, "违规接待")).contains(RiskLevel.HIGH);
  }

  @Test
  void aBlueInTheRightHalfMakesTheLeftHalfsYellowTheMiddle() throws IOException {
    Books b = new Books();
    b.sheet("科室")
        .row("科室", "风险点", "预警等级", "防控措施", "", "科室", "风险点", "预警等级", "防控措施")
        .row("财务科", "虚列支出", "红", "逐笔核对", "", "办公室", "公车私用", "蓝", "定位监控")
        .row("财务科", "公款私存", "黄", "定期对账", "", "办公室", "违规接待", "黄", "公务接待审批");
    AnnexReadResult r = read(b);

    assertThat(level(r, "公款私存")).isEqualTo(level(r, "违规接待")).contains(RiskLevel.MEDIUM);
  }

  /**
   * The copies right of the first are held until the first is read; a sheet that would have the
   * streaming read hold more than a bound of them is refused, not read into memory whole.
   */
  @Test
  void halvesTooLargeToHoldAreRefusedByTheStreamingRead() {
    Books b = new Books();
    Books.SheetSpec s = b.sheet("科室").row("科室", "风险点", "防控措施", "", "科室", "风险点", "防控措施");
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    for (int i = 0; i < 7_000; i++) {
      s.row(
          "财务科",
          "风险点" + i,
          "措施",
          "",
          "办公室" + text(random),
          "风险点" + i + text(random),
          "措施" + text(random));
    }
    byte[] xlsx = b.xlsx();
    long[] rows = {0};
    AnnexRowHandler handler =
        new AnnexRowHandler() {
          @Override
          public void row(LocatedRow row) {
            rows[0]++;
          }

          @Override
          public void problem(Finding problem) {}
        };

    assertThatThrownBy(() -> AnnexReader.lenient().read(new ByteArrayInputStream(xlsx), handler))
        .isInstanceOfSatisfying(
            WorkbookRejectedException.class,
            e ->
                assertThat(e.getReason())
                    .isEqualTo(WorkbookRejectedException.Reason.LIMIT_EXCEEDED));
  }

  /** 400 characters that do not compress to nothing. */
  private static String text(java.util.SplittableRandom random) {
    StringBuilder t = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      t.append((char) random.nextInt(0x4E00, 0x9FA5));
    }
    return t.toString();
  }

  /** 红 橙 黄 蓝, the four-colour scale: 黄 is 低 whether 蓝 or 橙 comes first. */
  @Test
  void yellowOnAFourColourScaleDoesNotHangOnWhichColourComesFirst() throws IOException {
    Books orangeFirst = new Books();
    orangeFirst
        .sheet("科室")
        .row("科室", "风险点", "预警等级", "防控措施")
        .row("财务科", "虚列支出", "红", "逐笔核对")
        .row("财务科", "公款私存", "橙", "定期对账")
        .row("财务科", "白条抵库", "黄", "盘点")
        .row("办公室", "公车私用", "蓝", "定位监控");
    Books blueFirst = new Books();
    blueFirst
        .sheet("科室")
        .row("科室", "风险点", "预警等级", "防控措施")
        .row("财务科", "虚列支出", "红", "逐笔核对")
        .row("办公室", "公车私用", "蓝", "定位监控")
        .row("财务科", "白条抵库", "黄", "盘点")
        .row("财务科", "公款私存", "橙", "定期对账");

    assertThat(level(read(blueFirst), "白条抵库"))
        .isEqualTo(level(read(orangeFirst), "白条抵库"))
        .contains(RiskLevel.LOW);
  }
}
