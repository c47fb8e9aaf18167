package io.github.probity.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.json.WarningDocument;
import io.github.probity.warning.Signal;
import io.github.probity.warning.SignalKind;
import io.github.probity.warning.Subject;
import io.github.probity.warning.Warning;
import io.github.probity.warning.WarningPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the topology does with late, repeated, unkeyed and unreadable signals, and its memory. */
class TopologyBehaviourTest {
  private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

  @TempDir Path stateDir;
  private TopologyTestDriver driver;
  private TestInputTopic<String, Signal> in;
  private TestOutputTopic<String, WarningDocument> warnings;
  private TestOutputTopic<String, Signal> rejected;

  @BeforeEach
  void start() {
    driver =
        new TopologyTestDriver(
            MonitorTopology.builder()
                .policy(WarningPolicy.defaults())
                .grace(Duration.ofHours(1))
                .retention(Duration.ofDays(100))
                .build(),
            TopologyEquivalenceTest.config(stateDir));
    in =
        driver.createInputTopic(
            MonitorTopology.DEFAULT_SIGNAL_TOPIC,
            new StringSerializer(),
            ProbitySerdes.signals().serializer());
    warnings =
        driver.createOutputTopic(
            MonitorTopology.DEFAULT_WARNING_TOPIC,
            new StringDeserializer(),
            ProbitySerdes.warnings().deserializer());
    rejected =
        driver.createOutputTopic(
            MonitorTopology.DEFAULT_REJECTED_TOPIC,
            new StringDeserializer(),
            ProbitySerdes.signals().deserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  private static Signal petition(String id, Instant time, String person) {
    return Signal.builder()
        .id(id)
        .kind(SignalKind.PETITION)
        .subject(Subject.person(person))
        .time(time)
        .source("信访室")
        .build();
  }

  private static String reason(TestRecord<String, Signal> r) {
    Header h = r.headers().lastHeader(MonitorProcessor.HEADER_REJECTED);
    return new String(h.value(), StandardCharsets.UTF_8);
  }

  @Test
  void signalsWaitForTheGraceAndAreEvaluatedInOrder() {
    in.pipeInput("U1", petition("P3", T0.plus(Duration.ofDays(3)), "张三"));
    in.pipeInput("U1", petition("P1", T0.plus(Duration.ofDays(1)), "张三"));
    in.pipeInput("U1", petition("P2", T0.plus(Duration.ofDays(2)), "张三"));
    assertThat(warnings.isEmpty()).as("P3 waits for the grace").isTrue();

    in.pipeInput("U1", null, T0.plus(Duration.ofDays(4)));

    List<Warning> raised = new ArrayList<>();
    for (WarningDocument d : warnings.readValuesToList()) {
      raised.addAll(d.warnings());
    }
    assertThat(raised).hasSize(1);
    assertThat(raised.get(0).getId()).isEqualTo("REPEATED_PETITIONS:P3");
    assertThat(raised.get(0).getSignals()).containsExactly("P1", "P2", "P3");
    assertThat(rejected.isEmpty()).isTrue();
  }

  @Test
  void lateRepeatedAndUnkeyedSignalsAreRejectedWithTheReason() {
    in.pipeInput("U1", petition("P2", T0.plus(Duration.ofDays(2)), "张三"));
    in.pipeInput("U1", petition("P2", T0.plus(Duration.ofDays(2)), "张三"));
    in.pipeInput("U1", null, T0.plus(Duration.ofDays(3)));
    in.pipeInput("U1", petition("P1", T0.plus(Duration.ofDays(1)), "张三"));
    in.pipeInput(null, petition("P9", T0.plus(Duration.ofDays(3)), "张三"));
    in.pipeInput("bad\u0000unit", petition("P8", T0.plus(Duration.ofDays(3)), "张三"));

    List<TestRecord<String, Signal>> out = rejected.readRecordsToList();
    assertThat(out).extracting(r -> r.value().getId()).containsExactly("P2", "P1", "P9", "P8");
    assertThat(out)
        .extracting(TopologyBehaviourTest::reason)
        .containsExactly("REPEATED", "LATE", "NO_UNIT", "NO_UNIT");
    assertThat(out.get(1).key()).isEqualTo("U1");
  }

  @Test
  void unitsAreEvaluatedApart() {
    in.pipeInput("U1", petition("P1", T0.plus(Duration.ofDays(1)), "张三"));
    in.pipeInput("U2", petition("P2", T0.plus(Duration.ofDays(2)), "张三"));
    in.pipeInput("U1", petition("P3", T0.plus(Duration.ofDays(3)), "张三"));
    in.pipeInput("U1", null, T0.plus(Duration.ofDays(9)));

    assertThat(warnings.isEmpty()).as("two petitions in U1, one in U2").isTrue();
  }

  @Test
  void processingGoesOnAfterAnUnreadableRecord() {
    TestInputTopic<String, byte[]> raw =
        driver.createInputTopic(
            MonitorTopology.DEFAULT_SIGNAL_TOPIC,
            new StringSerializer(),
            new ByteArraySerializer());
    raw.pipeInput("U1", "{\"format\":\"probity-signals\"".getBytes(StandardCharsets.UTF_8));
    for (int i = 1; i <= 3; i++) {
      in.pipeInput("U1", petition("P" + i, T0.plus(Duration.ofDays(i)), "张三"));
    }
    in.pipeInput("U1", null, T0.plus(Duration.ofDays(9)));

    assertThat(warnings.readValuesToList()).hasSize(1);
  }

  @Test
  void evaluatedSignalsAreKeptOnlyWithinTheRetention() {
    for (int day = 0; day < 400; day++) {
      in.pipeInput("U1", petition("P" + (1000 + day), T0.plus(Duration.ofDays(day)), "P" + day));
    }
    KeyValueStore<String, String> timeline =
        driver.getKeyValueStore(MonitorTopology.TIMELINE_STORE);
    KeyValueStore<String, byte[]> signals = driver.getKeyValueStore(MonitorTopology.SIGNALS_STORE);
    assertThat(timeline.approximateNumEntries()).isBetween(99L, 102L);
    assertThat(signals.approximateNumEntries()).isBetween(99L, 102L);
  }

  @Test
  void warningCountsRoundTripAndRefuseOtherRecords() {
    WarningCount c =
        new WarningCount(
            "SL-CZJ",
            io.github.probity.warning.WarningLevel.CAUTION,
            "REPEATED_PETITIONS",
            T0,
            T0.plus(Duration.ofDays(1)),
            3);
    var serde = ProbitySerdes.warningCounts();
    assertThat(serde.deserializer().deserialize("t", serde.serializer().serialize("t", c)))
        .isEqualTo(c);
    assertThat(c.key()).isEqualTo("SL-CZJ/CAUTION/REPEATED_PETITIONS/2026-03-01T00:00:00Z");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                serde
                    .deserializer()
                    .deserialize("t", "{\"count\":1}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(org.apache.kafka.common.errors.SerializationException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ProbitySerdes.signals().deserializer().deserialize("t", new byte[] {1, 2}))
        .isInstanceOf(org.apache.kafka.common.errors.SerializationException.class)
        .hasMessageContaining("probity-signals");
  }
}
