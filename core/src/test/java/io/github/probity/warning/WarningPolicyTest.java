package io.github.probity.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.model.RiskLevel;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import org.junit.jupiter.api.Test;

class WarningPolicyTest {

  @Test
  void defaultsFollowPractice() {
    WarningPolicy p = WarningPolicy.defaults();
    assertThat(p.getComplaintThreshold()).isEqualTo(3);
    assertThat(p.getComplaintWindow()).isEqualTo(Duration.ofDays(90));
    assertThat(p.getLargePaymentThreshold()).isEqualByComparingTo("500000");
    assertThat(p.getPurchaseThreshold()).isEqualByComparingTo("200000");
    assertThat(p.reviewCadence(RiskLevel.HIGH)).isEqualTo(Period.ofMonths(3));
    assertThat(p.reviewCadence(RiskLevel.MEDIUM)).isEqualTo(Period.ofMonths(6));
    assertThat(p.reviewCadence(RiskLevel.LOW)).isEqualTo(Period.ofYears(1));
    for (DispositionMeasure m : DispositionMeasure.values()) {
      assertThat(p.replyDays(m)).isEqualTo(m.defaultReplyDays()).isIn(5, 7, 10, 15);
    }
    assertThat(p).isEqualTo(WarningPolicy.builder().build());
  }

  @Test
  void invalidValuesAreRefusedWithTheFieldNamed() {
    assertThatThrownBy(() -> WarningPolicy.builder().complaintThreshold(0).build())
        .hasMessageContaining("complaintThreshold");
    assertThatThrownBy(() -> WarningPolicy.builder().complaintWindow(Duration.ZERO).build())
        .hasMessageContaining("complaintWindow");
    assertThatThrownBy(() -> WarningPolicy.builder().highPostTerm(Duration.ofDays(-1)).build())
        .hasMessageContaining("highPostTerm");
    assertThatThrownBy(() -> WarningPolicy.builder().overdueGrace(Duration.ofDays(-1)).build())
        .hasMessageContaining("overdue");
    assertThatThrownBy(() -> WarningPolicy.builder().purchaseThreshold(BigDecimal.ZERO).build())
        .hasMessageContaining("thresholds");
    assertThatThrownBy(
            () -> WarningPolicy.builder().putReviewCadences(RiskLevel.LOW, Period.ZERO).build())
        .hasMessageContaining("reviewCadences");
  }
}
