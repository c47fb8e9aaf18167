package io.github.probity.annex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Second reader's findings on {@link HeaderMeaning}: headers the words table misreads. */
class HeaderMeaningReviewTest {

  /**
   * A conjunct that names a record-keeping field ({@code 联系电话}, {@code 完成时间}) used to veto the
   * whole header before the conjunction was split, so the measures and the responsible person were
   * lost. Fixed: the screen now runs on each conjunct.
   */
  @Test
  void aRecordKeepingConjunctDoesNotHideTheColumnItIsJoinedTo() {
    assertThat(AnnexColumn.match("责任人及联系电话")).contains(AnnexColumn.RESPONSIBLE);
    assertThat(AnnexColumn.match("防控措施及完成时间")).contains(AnnexColumn.MEASURES);
    assertThat(AnnexColumn.match("风险等级及分值")).contains(AnnexColumn.LEVEL);
    // the screen still holds where the header is the record-keeping field alone
    assertThat(AnnexColumn.match("联系电话")).isEmpty();
    assertThat(AnnexColumn.match("创建时间")).isEmpty();
    assertThat(AnnexColumn.match("风险发生可能性L值")).isEmpty();
  }

  /**
   * 对象 weighs 0.5, but the head bonus (0.1) plus the position term lifts any header ending in it to
   * 0.6003+, over the threshold: the counterpart column of a 三重一大 table (涉及对象: 供应商) becomes the
   * owner when no 责任主体 column is present.
   */
  @Test
  void aCounterpartIsNotTheOwner() {
    assertThat(AnnexColumn.match("涉及对象")).isEmpty();
    assertThat(AnnexColumn.match("服务对象")).isEmpty();
  }

  /** 以 is listed as binding 及 into a word, but 以及 is itself "and". */
  @Test
  void yiJiIsAConjunctionLikeJi() {
    assertThat(AnnexColumn.match("风险点以及表现形式")).isEqualTo(AnnexColumn.match("风险点及表现形式"));
  }

  /** A statistics sheet counts points: 风险点数 and 合计 hold numbers, not risk points nor owners. */
  @Test
  void aCountIsNoColumn() {
    assertThat(AnnexColumn.match("风险点数")).isEmpty();
    assertThat(AnnexColumn.match("风险点个数")).isEmpty();
    assertThat(AnnexColumn.match("岗位数量")).isEmpty();
    assertThat(AnnexColumn.match("合计")).isEmpty();
    // the column itself is still read
    assertThat(AnnexColumn.match("风险点")).contains(AnnexColumn.RISK_POINT);
    assertThat(AnnexColumn.match("廉洁风险点")).contains(AnnexColumn.RISK_POINT);
  }
}
