package io.github.probity.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.json.WarningDocument;
import io.github.probity.warning.Signal;
import io.github.probity.warning.Warning;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.processor.StateRestoreListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real KRaft broker in the test's JVM; two instances of the application share the signal topic's
 * partitions; one is stopped mid-stream, its local state wiped, and restarted. Every warning the
 * in-process monitors raise comes out exactly once, in order per unit, and state was restored from
 * the changelogs.
 */
class BrokerFailoverTest {
  private static final String APP = "probity-failover";
  private static final Duration WAIT = Duration.ofSeconds(90);

  @TempDir Path dirA;
  @TempDir Path dirB;

  @Test
  @Timeout(value = 240, unit = TimeUnit.SECONDS)
  void noWarningIsLostOrDuplicatedWhenAnInstanceStopsAndRestarts() throws Exception {
    Scenario scenario = new Scenario(20_26, 8, 30, 60);
    Map<String, List<Warning>> expected = scenario.expected();
    List<Map.Entry<String, Signal>> arrivals = scenario.arrivals;

    KafkaClusterTestKit cluster = cluster();
    try {
      cluster.format();
      cluster.startup();
      cluster.waitForReadyBrokers();
      String bootstrap = cluster.bootstrapServers();
      try (Admin admin = cluster.admin()) {
        admin
            .createTopics(
                List.of(
                    new NewTopic(MonitorTopology.DEFAULT_SIGNAL_TOPIC, 4, (short) 1),
                    new NewTopic(MonitorTopology.DEFAULT_WARNING_TOPIC, 2, (short) 1),
                    new NewTopic(MonitorTopology.DEFAULT_CASE_TOPIC, 2, (short) 1),
                    new NewTopic(MonitorTopology.DEFAULT_REJECTED_TOPIC, 1, (short) 1),
                    new NewTopic(MonitorTopology.DEFAULT_UNREADABLE_TOPIC, 1, (short) 1)))
            .all()
            .get(60, TimeUnit.SECONDS);

        AtomicLong restored = new AtomicLong();
        KafkaStreams a = start(scenario, bootstrap, dirA, restored);
        KafkaStreams b = start(scenario, bootstrap, dirB, restored);
        try (KafkaProducer<String, Signal> producer = producer(bootstrap)) {
          int n = arrivals.size();
          send(producer, arrivals.subList(0, n * 35 / 100));
          try (KafkaProducer<String, byte[]> raw =
              new KafkaProducer<>(
                  producerConfig(bootstrap), new StringSerializer(), new ByteArraySerializer())) {
            raw.send(
                new ProducerRecord<>(
                    MonitorTopology.DEFAULT_SIGNAL_TOPIC,
                    "UNIT-X",
                    "{\"format\":\"probity-signals\"".getBytes(StandardCharsets.UTF_8)));
          }
          waitUntil(() -> committedWarnings(bootstrap) > 0, "a first warning");

          // Mid-stream: B leaves and loses its local state; A takes over its tasks.
          b.close(leave());
          b.cleanUp();
          send(producer, arrivals.subList(n * 35 / 100, n * 60 / 100));

          // B comes back with no local state and shares the tasks again.
          b = start(scenario, bootstrap, dirB, restored);
          send(producer, arrivals.subList(n * 60 / 100, n * 80 / 100));

          // Both stop and lose their local state; a fresh instance restores every store from the
          // changelogs and goes on.
          a.close(leave());
          a.cleanUp();
          b.close(leave());
          b.cleanUp();
          AtomicLong restoredByFresh = new AtomicLong();
          a = start(scenario, bootstrap, dirA, restoredByFresh);
          send(producer, arrivals.subList(n * 80 / 100, n));
          // A heartbeat on every partition lets stream time pass the grace everywhere.
          long end = scenario.last().plus(Scenario.GRACE).plusSeconds(1).toEpochMilli();
          for (int p = 0; p < 4; p++) {
            producer.send(
                new ProducerRecord<String, Signal>(
                    MonitorTopology.DEFAULT_SIGNAL_TOPIC, p, (Long) end, "heartbeat-" + p, null));
          }
          producer.flush();
          waitUntil(() -> allInputCommitted(admin), "the application to commit all input");
          assertThat(restoredByFresh.get())
              .as("records the fresh instance restored from the changelogs")
              .isPositive();
        }
        Map<String, List<Warning>> raised = readWarnings(bootstrap);
        assertThat(raised).isEqualTo(withoutEmpty(expected));
        assertThat(endOffsets(bootstrap, MonitorTopology.DEFAULT_REJECTED_TOPIC))
            .as("no signal rejected")
            .isZero();
        assertThat(read(bootstrap, MonitorTopology.DEFAULT_UNREADABLE_TOPIC))
            .as("the unreadable record, in the dead-letter topic")
            .singleElement()
            .satisfies(r -> assertThat(r.key()).isEqualTo("UNIT-X"));
        a.close(WAIT);
      }
    } finally {
      cluster.close();
    }
  }

  private static CloseOptions leave() {
    return CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
        .withTimeout(WAIT);
  }

  private static KafkaClusterTestKit cluster() throws Exception {
    TestKitNodes nodes =
        new TestKitNodes.Builder()
            .setCombined(true)
            .setNumBrokerNodes(1)
            .setNumControllerNodes(1)
            .build();
    return new KafkaClusterTestKit.Builder(nodes)
        .setConfigProp("offsets.topic.replication.factor", "1")
        .setConfigProp("offsets.topic.num.partitions", "2")
        .setConfigProp("transaction.state.log.replication.factor", "1")
        .setConfigProp("transaction.state.log.min.isr", "1")
        .setConfigProp("transaction.state.log.num.partitions", "2")
        .setConfigProp("group.initial.rebalance.delay.ms", "0")
        .build();
  }

  private static KafkaStreams start(
      Scenario scenario, String bootstrap, Path stateDir, AtomicLong restored) throws Exception {
    Properties p = MonitorTopology.config(APP, bootstrap);
    p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
    p.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 10_000);
    KafkaStreams streams =
        new KafkaStreams(
            MonitorTopology.builder()
                .policy(Scenario.POLICY)
                .indicators(Scenario.INDICATORS)
                .ledgers(unit -> Optional.ofNullable(scenario.ledgers.get(unit)))
                .grace(Scenario.GRACE)
                .build(),
            p);
    streams.setGlobalStateRestoreListener(
        new StateRestoreListener() {
          @Override
          public void onRestoreStart(
              TopicPartition partition, String store, long startingOffset, long endingOffset) {}

          @Override
          public void onBatchRestored(
              TopicPartition partition, String store, long batchEndOffset, long numRestored) {
            restored.addAndGet(numRestored);
          }

          @Override
          public void onRestoreEnd(TopicPartition partition, String store, long totalRestored) {}
        });
    AtomicReference<Throwable> failure = new AtomicReference<>();
    streams.setUncaughtExceptionHandler(
        e -> {
          failure.compareAndSet(null, e);
          return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
    streams.start();
    waitUntil(
        () -> {
          if (failure.get() != null) {
            throw new AssertionError("the instance failed", failure.get());
          }
          return streams.state() == KafkaStreams.State.RUNNING;
        },
        "the instance to run");
    return streams;
  }

  private static Properties producerConfig(String bootstrap) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    return p;
  }

  private static KafkaProducer<String, Signal> producer(String bootstrap) {
    return new KafkaProducer<>(
        producerConfig(bootstrap), new StringSerializer(), ProbitySerdes.signals().serializer());
  }

  private static void send(
      KafkaProducer<String, Signal> producer, List<Map.Entry<String, Signal>> l) throws Exception {
    for (Map.Entry<String, Signal> e : l) {
      producer.send(
          new ProducerRecord<>(MonitorTopology.DEFAULT_SIGNAL_TOPIC, e.getKey(), e.getValue()));
    }
    producer.flush();
  }

  private static boolean allInputCommitted(Admin admin) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> committed =
        admin.listConsumerGroupOffsets(APP).partitionsToOffsetAndMetadata().get();
    Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
    for (int p = 0; p < 4; p++) {
      latest.put(new TopicPartition(MonitorTopology.DEFAULT_SIGNAL_TOPIC, p), OffsetSpec.latest());
    }
    var ends = admin.listOffsets(latest).all().get();
    for (var e : ends.entrySet()) {
      OffsetAndMetadata c = committed.get(e.getKey());
      if (c == null || c.offset() < e.getValue().offset()) {
        return false;
      }
    }
    return true;
  }

  private static KafkaConsumer<String, byte[]> consumer(String bootstrap) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    return new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
  }

  private static long committedWarnings(String bootstrap) {
    return endOffsets(bootstrap, MonitorTopology.DEFAULT_WARNING_TOPIC);
  }

  /** The sum of the last stable offsets of a topic's partitions. */
  private static long endOffsets(String bootstrap, String topic) {
    try (KafkaConsumer<String, byte[]> c = consumer(bootstrap)) {
      List<TopicPartition> parts = new ArrayList<>();
      c.partitionsFor(topic).forEach(i -> parts.add(new TopicPartition(topic, i.partition())));
      long n = 0;
      for (long o : c.endOffsets(parts).values()) {
        n += o;
      }
      return n;
    }
  }

  /** Every committed warning record, per unit in offset order. */
  private static Map<String, List<Warning>> readWarnings(String bootstrap) {
    String topic = MonitorTopology.DEFAULT_WARNING_TOPIC;
    Map<String, List<Warning>> out = new LinkedHashMap<>();
    for (ConsumerRecord<String, byte[]> r : read(bootstrap, topic)) {
      WarningDocument doc = ProbitySerdes.warnings().deserializer().deserialize(topic, r.value());
      out.computeIfAbsent(r.key(), k -> new ArrayList<>()).addAll(doc.warnings());
    }
    return out;
  }

  /** Every committed record of a topic, in offset order per partition. */
  private static List<ConsumerRecord<String, byte[]>> read(String bootstrap, String topic) {
    List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> c = consumer(bootstrap)) {
      List<TopicPartition> parts = new ArrayList<>();
      c.partitionsFor(topic).forEach(i -> parts.add(new TopicPartition(topic, i.partition())));
      c.assign(parts);
      c.seekToBeginning(parts);
      Map<TopicPartition, Long> ends = c.endOffsets(parts);
      Instant deadline = Instant.now().plus(WAIT);
      while (parts.stream().anyMatch(tp -> c.position(tp) < ends.get(tp))) {
        if (Instant.now().isAfter(deadline)) {
          throw new AssertionError("could not read " + topic + " up to " + ends);
        }
        for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(500))) {
          out.add(r);
        }
      }
    }
    return out;
  }

  private static Map<String, List<Warning>> withoutEmpty(Map<String, List<Warning>> m) {
    Map<String, List<Warning>> out = new LinkedHashMap<>();
    m.forEach(
        (k, v) -> {
          if (!v.isEmpty()) {
            out.put(k, v);
          }
        });
    return out;
  }

  interface Check {
    boolean holds() throws Exception;
  }

  private static void waitUntil(Check check, String what) throws Exception {
    Instant deadline = Instant.now().plus(WAIT);
    while (!check.holds()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(100);
    }
  }
}
