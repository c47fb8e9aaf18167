package io.github.probity.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.json.WarningDocument;
import io.github.probity.warning.DispositionCase;
import io.github.probity.warning.Signal;
import io.github.probity.warning.Warning;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The topology raises exactly the warnings that in-process monitors raise, one monitor per unit, in
 * the same order per unit, for generated streams of many units arriving out of order within the
 * grace; and opens one case per warning.
 */
class TopologyEquivalenceTest {
  @TempDir Path stateDir;

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theTopologyRaisesWhatTheInProcessMonitorsRaise(long seed) {
    Scenario scenario = new Scenario(seed, 3 + (int) (seed % 6), 25, 90);
    Map<String, List<Warning>> expected = scenario.expected();
    assertThat(expected.values()).as("the scenario raises warnings").anyMatch(l -> !l.isEmpty());

    MonitorTopology.Builder b =
        MonitorTopology.builder()
            .policy(Scenario.POLICY)
            .indicators(Scenario.INDICATORS)
            .ledgers(unit -> Optional.ofNullable(scenario.ledgers.get(unit)))
            .grace(Scenario.GRACE)
            .rollups(Duration.ofDays(7));
    if (seed % 20 != 0) {
      b.inMemoryState(); // RocksDB for one seed in twenty keeps the run short
    }
    Topology topology = b.build();
    try (TopologyTestDriver driver = new TopologyTestDriver(topology, config(stateDir))) {
      TestInputTopic<String, Signal> in =
          driver.createInputTopic(
              MonitorTopology.DEFAULT_SIGNAL_TOPIC,
              new StringSerializer(),
              ProbitySerdes.signals().serializer());
      TestOutputTopic<String, WarningDocument> warnings =
          driver.createOutputTopic(
              MonitorTopology.DEFAULT_WARNING_TOPIC,
              new StringDeserializer(),
              ProbitySerdes.warnings().deserializer());
      TestOutputTopic<String, DispositionCase> cases =
          driver.createOutputTopic(
              MonitorTopology.DEFAULT_CASE_TOPIC,
              new StringDeserializer(),
              ProbitySerdes.cases().deserializer());
      TestOutputTopic<String, WarningCount> counts =
          driver.createOutputTopic(
              MonitorTopology.DEFAULT_ROLLUP_TOPIC,
              new StringDeserializer(),
              ProbitySerdes.warningCounts().deserializer());
      TestOutputTopic<String, Signal> rejected =
          driver.createOutputTopic(
              MonitorTopology.DEFAULT_REJECTED_TOPIC,
              new StringDeserializer(),
              ProbitySerdes.signals().deserializer());

      for (Map.Entry<String, Signal> a : scenario.arrivals) {
        in.pipeInput(a.getKey(), a.getValue());
      }
      // A heartbeat past the grace evaluates what still waits.
      in.pipeInput("heartbeat", null, scenario.last().plus(Scenario.GRACE).plusSeconds(1));

      Map<String, List<Warning>> raised = new LinkedHashMap<>();
      for (String unit : expected.keySet()) {
        raised.put(unit, new ArrayList<>());
      }
      for (KeyValue<String, WarningDocument> kv : warnings.readKeyValuesToList()) {
        assertThat(kv.value.warnings()).hasSize(1);
        Warning w = kv.value.warnings().get(0);
        assertThat(kv.value.signalsOf(w))
            .extracting(Signal::getId)
            .as("the record carries the signals its warning names")
            .isEqualTo(w.getSignals());
        raised.computeIfAbsent(kv.key, k -> new ArrayList<>()).add(w);
      }
      assertThat(raised).isEqualTo(expected);

      Map<String, List<String>> opened = new LinkedHashMap<>();
      for (KeyValue<String, DispositionCase> kv : cases.readKeyValuesToList()) {
        opened.computeIfAbsent(kv.key, k -> new ArrayList<>()).add(kv.value.getId());
        assertThat(kv.value.getHistory()).hasSize(1);
      }
      Map<String, List<String>> expectedCases = new LinkedHashMap<>();
      expected.forEach(
          (unit, ws) -> {
            if (!ws.isEmpty()) {
              List<String> ids = new ArrayList<>();
              ws.forEach(w -> ids.add("CASE:" + w.getId()));
              expectedCases.put(unit, ids);
            }
          });
      assertThat(opened).isEqualTo(expectedCases);

      Map<String, Long> latest = new TreeMap<>();
      for (KeyValue<String, WarningCount> kv : counts.readKeyValuesToList()) {
        assertThat(kv.key).isEqualTo(kv.value.key());
        latest.put(kv.key, kv.value.count());
      }
      Map<String, Long> expectedCounts = new TreeMap<>();
      long week = Duration.ofDays(7).toMillis();
      expected.forEach(
          (unit, ws) ->
              ws.forEach(
                  w -> {
                    long start = Math.floorDiv(w.getTime().toEpochMilli(), week) * week;
                    String key =
                        unit
                            + "/"
                            + w.getLevel().code()
                            + "/"
                            + w.getIndicator()
                            + "/"
                            + Instant.ofEpochMilli(start);
                    expectedCounts.merge(key, 1L, Long::sum);
                  }));
      assertThat(latest).isEqualTo(expectedCounts);
      assertThat(rejected.isEmpty()).isTrue();
    }
  }

  static Properties config(Path stateDir) {
    Properties p = MonitorTopology.config("probity-test", "localhost:9092");
    p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    return p;
  }
}
