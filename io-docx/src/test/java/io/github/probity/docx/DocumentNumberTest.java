package io.github.probity.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.model.InvalidCodeException;
import io.github.probity.warning.DispositionMeasure;
import io.github.probity.warning.WarningStage;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DocumentNumberTest {
  @Test
  void printsTheYearInHexagonalBracketsAndTheSerialUnpadded() {
    assertThat(DocumentNumber.of("示财纪", 2026, 3).text()).isEqualTo("示财纪〔2026〕3号");
    assertThat(DocumentNumber.of("  ", 2026, 12)).hasToString("〔2026〕12号");
  }

  @Test
  void refusesPartsOutOfRange() {
    assertThatThrownBy(() -> DocumentNumber.of("示财纪", 26, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("four digits");
    assertThatThrownBy(() -> DocumentNumber.of("示财纪", 2026, 0)).hasMessageContaining("at least 1");
    assertThatThrownBy(() -> DocumentNumber.of("示财纪〔2026〕", 2026, 1)).hasMessageContaining("〔");
    assertThatThrownBy(() -> DocumentNumbering.of("示财纪", 2026, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aNumberingHandsOutEachSerialOnceAcrossThreads() throws Exception {
    DocumentNumbering numbers = DocumentNumbering.of("示财纪", 2026, 1);
    Set<Integer> seen = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> jobs =
          java.util.stream.IntStream.range(0, 4)
              .<Future<?>>mapToObj(
                  i ->
                      pool.submit(
                          () -> {
                            for (int k = 0; k < 250; k++) {
                              assertThat(seen.add(numbers.next().serial())).isTrue();
                            }
                          }))
              .toList();
      for (Future<?> f : jobs) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(seen).hasSize(1000);
    assertThat(numbers.peek().serial()).isEqualTo(1001);
  }

  @Test
  void papersParseFromCodeOrTitle() {
    assertThat(DispositionPaper.parse(" warning_card ")).isEqualTo(DispositionPaper.WARNING_CARD);
    assertThat(DispositionPaper.parse("整改通知书")).isEqualTo(DispositionPaper.RECTIFICATION_ORDER);
    assertThatThrownBy(() -> DispositionPaper.parse("红头文件"))
        .isInstanceOf(InvalidCodeException.class)
        .hasMessageContaining("PREVENTION_NOTICE");
  }

  @Test
  void theCardsFollowTheirSteps() {
    assertThat(DispositionPaper.forStep(DispositionMeasure.FOCUSED_REMINDER, WarningStage.APPEARED))
        .containsExactly(DispositionPaper.REMINDER_CARD);
    assertThat(DispositionPaper.forStep(DispositionMeasure.WRITTEN_INQUIRY, WarningStage.TENDENCY))
        .containsExactly(DispositionPaper.INQUIRY_LETTER);
    assertThat(
            DispositionPaper.forStep(
                DispositionMeasure.ORDERED_RECTIFICATION, WarningStage.APPEARED))
        .containsExactly(
            DispositionPaper.RECTIFICATION_ORDER,
            DispositionPaper.WARNING_CARD,
            DispositionPaper.RECTIFICATION_REPORT);
    assertThat(DispositionPaper.forStep(DispositionMeasure.ADMONITION, WarningStage.TENDENCY))
        .startsWith(DispositionPaper.PREVENTION_NOTICE);
  }
}
