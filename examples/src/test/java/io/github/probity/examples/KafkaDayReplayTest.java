package io.github.probity.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.model.Ledger;
import io.github.probity.testkit.SampleUnit;
import io.github.probity.warning.CaseState;
import io.github.probity.warning.DispositionCase;
import io.github.probity.warning.Subject;
import io.github.probity.warning.Warning;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample unit's day through the Kafka Streams topology on a broker in the test's JVM gives the
 * in-process replay's warnings, in the same order.
 */
class KafkaDayReplayTest {
  private static final Ledger LEDGER = SampleUnit.ledger();

  @TempDir Path state;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void theTopologyOnABrokerRaisesTheInProcessReplaysWarningsInTheSameOrder() throws Exception {
    List<Warning> inProcess = WarningDayReplay.run().warnings();

    KafkaDayReplay.Result onKafka = KafkaDayReplay.run(state);

    assertThat(onKafka.warnings()).hasSize(5).isEqualTo(inProcess);
    assertThat(bySubject(onKafka.warnings())).isEqualTo(bySubject(inProcess));
    assertThat(onKafka.rejected()).as("signals rejected as late or repeated").isZero();
    assertThat(onKafka.cases())
        .as("one case per warning, opened and not yet taken up")
        .extracting(DispositionCase::getWarning)
        .isEqualTo(onKafka.warnings());
    assertThat(onKafka.cases())
        .extracting(DispositionCase::getState)
        .containsOnly(CaseState.PENDING);
    assertThat(KafkaDayReplay.render(LEDGER, onKafka))
        .startsWith(WarningDayReplay.renderWarnings(LEDGER, inProcess))
        .contains("【严重·红色】风险已显现｜三重一大未经集体决策｜人员 曹永辉")
        .contains("处置案件 5 件");
  }

  private static Map<Subject, List<String>> bySubject(List<Warning> warnings) {
    return warnings.stream()
        .collect(
            Collectors.groupingBy(
                Warning::getSubject,
                LinkedHashMap::new,
                Collectors.mapping(Warning::getId, Collectors.toList())));
  }
}
