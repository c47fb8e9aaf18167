package io.github.probity.benchmarks;

import io.github.probity.json.WarningDocument;
import io.github.probity.kafka.MonitorTopology;
import io.github.probity.kafka.ProbitySerdes;
import io.github.probity.model.Ledger;
import io.github.probity.testkit.LedgerGenerator;
import io.github.probity.testkit.SignalGenerator;
import io.github.probity.warning.Signal;
import io.github.probity.warning.Warning;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The Kafka Streams topology against a KRaft broker started in this JVM: throughput and end-to-end
 * latency of one application instance with exactly-once processing and RocksDB state.
 *
 * <p><b>Throughput:</b> the signals of {@code units} generated units ({@code perUnit} each, in time
 * order per unit, units interleaved by time) are produced first; then one instance with one stream
 * thread starts and processes them all. Reported: signals per second of wall time from start to the
 * last input offset committed, and signals per CPU-second of the stream thread (per core; the
 * broker runs in the same JVM, so the process's CPU time would count it too).
 *
 * <p><b>Latency:</b> with the instance running, signals are produced at a fixed rate; for each
 * warning read (read-committed) the time from sending the signal that completed it to reading the
 * warning is recorded. Grace is zero here, so a signal is evaluated as soon as it arrives; with a
 * grace, a signal also waits until stream time passes it by the grace.
 *
 * <p>Run, after {@code mvn -pl benchmarks -am package -DskipTests}: {@code java -cp
 * "benchmarks/target/classes:benchmarks/target/lib/*"
 * io.github.probity.benchmarks.KafkaStreamsThroughput [units] [perUnit] [rate]} (defaults 300, 200
 * and 1,000 signals per second for 15 seconds; a rate of 0 skips the latency run). The system
 * property {@code commitMs} sets {@code commit.interval.ms} (Kafka Streams' default under exactly
 * once: 100).
 */
public final class KafkaStreamsThroughput {
  private static final int PARTITIONS = 4;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private KafkaStreamsThroughput() {}

  /**
   * Runs the throughput and the latency measurement and prints the figures.
   *
   * @param args units, signals per unit and the latency run's rate, all optional
   * @throws Exception if the broker or the application fails
   */
  public static void main(String[] args) throws Exception {
    int units = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    int perUnit = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int rate = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
    Map<String, Ledger> ledgers = new HashMap<>();
    List<Map.Entry<String, Signal>> signals = new ArrayList<>();
    for (int u = 0; u < units; u++) {
      String unit = "UNIT-" + u;
      Ledger ledger = LedgerGenerator.generate(u, 40);
      ledgers.put(unit, ledger);
      for (Signal s : SignalGenerator.stream(u, ledger, perUnit)) {
        signals.add(Map.entry(unit, s));
      }
    }
    Collections.sort(signals, Comparator.comparing(e -> e.getValue().getTime()));

    TestKitNodes nodes =
        new TestKitNodes.Builder()
            .setCombined(true)
            .setNumBrokerNodes(1)
            .setNumControllerNodes(1)
            .build();
    KafkaClusterTestKit cluster =
        new KafkaClusterTestKit.Builder(nodes)
            .setConfigProp("offsets.topic.replication.factor", "1")
            .setConfigProp("offsets.topic.num.partitions", "2")
            .setConfigProp("transaction.state.log.replication.factor", "1")
            .setConfigProp("transaction.state.log.min.isr", "1")
            .setConfigProp("transaction.state.log.num.partitions", "2")
            .setConfigProp("group.initial.rebalance.delay.ms", "0")
            .build();
    try {
      cluster.format();
      cluster.startup();
      cluster.waitForReadyBrokers();
      String bootstrap = cluster.bootstrapServers();
      try (Admin admin = cluster.admin()) {
        throughput(admin, bootstrap, "throughput", signals, ledgers);
        if (rate > 0) {
          latency(admin, bootstrap, signals, ledgers, rate);
        }
      }
    } finally {
      cluster.close();
    }
  }

  private static void topics(Admin admin, String prefix) throws Exception {
    admin
        .createTopics(
            List.of(
                new NewTopic(prefix + "-signals", PARTITIONS, (short) 1),
                new NewTopic(prefix + "-warnings", PARTITIONS, (short) 1),
                new NewTopic(prefix + "-cases", PARTITIONS, (short) 1),
                new NewTopic(prefix + "-rejected", 1, (short) 1)))
        .all()
        .get(60, TimeUnit.SECONDS);
  }

  private static KafkaStreams streams(
      String prefix, String bootstrap, Map<String, Ledger> ledgers, Duration grace)
      throws Exception {
    Properties p = MonitorTopology.config("probity-bench-" + prefix, bootstrap);
    p.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("probity-bench").toString());
    p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
    String commitMs = System.getProperty("commitMs");
    if (commitMs != null) {
      p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, Integer.parseInt(commitMs));
    }
    return new KafkaStreams(
        MonitorTopology.builder()
            .signalTopic(prefix + "-signals")
            .warningTopic(prefix + "-warnings")
            .caseTopic(prefix + "-cases")
            .rejectedTopic(prefix + "-rejected")
            .ledgers(unit -> Optional.ofNullable(ledgers.get(unit)))
            .grace(grace)
            .build(),
        p);
  }

  private static KafkaProducer<String, Signal> producer(String bootstrap) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    return new KafkaProducer<>(p, new StringSerializer(), ProbitySerdes.signals().serializer());
  }

  private static void throughput(
      Admin admin,
      String bootstrap,
      String prefix,
      List<Map.Entry<String, Signal>> signals,
      Map<String, Ledger> ledgers)
      throws Exception {
    topics(admin, prefix);
    try (KafkaProducer<String, Signal> producer = producer(bootstrap)) {
      for (Map.Entry<String, Signal> e : signals) {
        producer.send(new ProducerRecord<>(prefix + "-signals", e.getKey(), e.getValue()));
      }
      producer.flush();
    }
    KafkaStreams streams = streams(prefix, bootstrap, ledgers, Duration.ZERO);
    long processStart = processCpu();
    long start = System.nanoTime();
    streams.start();
    while (!committed(admin, "probity-bench-" + prefix, prefix + "-signals")) {
      Thread.sleep(50);
    }
    long wall = System.nanoTime() - start;
    long cpu = streamThreadCpu();
    long process = processCpu() - processStart;
    streams.close(Duration.ofSeconds(60));
    streams.cleanUp();
    System.out.printf(
        Locale.ROOT,
        "throughput: %d signals, %.1f s wall, %.0f signals/s per instance (1 stream thread),"
            + " %.0f signals per CPU-second of the stream thread, %.0f per CPU-second of the"
            + " whole process (broker, producer and RocksDB threads included)%n",
        signals.size(),
        wall / 1e9,
        signals.size() / (wall / 1e9),
        signals.size() / (cpu / 1e9),
        signals.size() / (process / 1e9));
  }

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long streamThreadCpu() {
    long total = 0;
    for (ThreadInfo t : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (t != null && t.getThreadName().contains("StreamThread")) {
        total += Math.max(0, THREADS.getThreadCpuTime(t.getThreadId()));
      }
    }
    return total;
  }

  private static boolean committed(Admin admin, String group, String topic) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> done =
        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    for (int p = 0; p < PARTITIONS; p++) {
      latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
    }
    for (var e : admin.listOffsets(latest).all().get().entrySet()) {
      OffsetAndMetadata c = done.get(e.getKey());
      if (c == null || c.offset() < e.getValue().offset()) {
        return false;
      }
    }
    return true;
  }

  private static void latency(
      Admin admin,
      String bootstrap,
      List<Map.Entry<String, Signal>> signals,
      Map<String, Ledger> ledgers,
      int rate)
      throws Exception {
    String prefix = "latency";
    topics(admin, prefix);
    KafkaStreams streams = streams(prefix, bootstrap, ledgers, Duration.ZERO);
    streams.start();
    while (streams.state() != KafkaStreams.State.RUNNING) {
      Thread.sleep(20);
    }
    Map<String, Long> sent = new ConcurrentHashMap<>();
    Map<String, java.time.Instant> times = new HashMap<>();
    for (Map.Entry<String, Signal> e : signals) {
      times.put(e.getKey() + "/" + e.getValue().getId(), e.getValue().getTime());
    }
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    Properties cp = new Properties();
    cp.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    cp.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    cp.put(ConsumerConfig.GROUP_ID_CONFIG, "probity-bench-reader");
    cp.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    int count = Math.min(signals.size(), rate * 15);
    AtomicBoolean reading = new AtomicBoolean(true);
    Thread reader =
        new Thread(
            () -> {
              try (KafkaConsumer<String, WarningDocument> c =
                  new KafkaConsumer<>(
                      cp, new StringDeserializer(), ProbitySerdes.warnings().deserializer())) {
                c.subscribe(List.of(prefix + "-warnings"));
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15 + 30);
                while (System.nanoTime() < until && reading.get()) {
                  for (ConsumerRecord<String, WarningDocument> r : c.poll(Duration.ofMillis(100))) {
                    long now = System.nanoTime();
                    for (Warning w : r.value().warnings()) {
                      String last = w.getSignals().get(w.getSignals().size() - 1);
                      Long t = sent.get(r.key() + "/" + last);
                      if (t != null && w.getTime().equals(times.get(r.key() + "/" + last))) {
                        latencies.add(now - t);
                      }
                    }
                  }
                }
              }
            });
    reader.start();
    try (KafkaProducer<String, Signal> producer = producer(bootstrap)) {
      long start = System.nanoTime();
      for (int i = 0; i < count; i++) {
        long due = start + (long) (i * 1e9 / rate);
        long wait = due - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
        Map.Entry<String, Signal> e = signals.get(i);
        sent.put(e.getKey() + "/" + e.getValue().getId(), System.nanoTime());
        producer.send(new ProducerRecord<>(prefix + "-signals", e.getKey(), e.getValue()));
      }
      producer.flush();
    }
    while (!committed(admin, "probity-bench-" + prefix, prefix + "-signals")) {
      Thread.sleep(50);
    }
    Thread.sleep(2_000);
    reading.set(false);
    reader.join();
    streams.close(Duration.ofSeconds(60));
    streams.cleanUp();
    List<Long> l = new ArrayList<>(latencies);
    Collections.sort(l);
    if (l.isEmpty()) {
      System.out.println("latency: no warnings read");
      return;
    }
    System.out.printf(
        Locale.ROOT,
        "latency at %d signals/s, %d signals, %d warnings: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms,"
            + " max %.0f ms%n",
        rate,
        count,
        l.size(),
        pct(l, 0.50),
        pct(l, 0.95),
        pct(l, 0.99),
        l.get(l.size() - 1) / 1e6);
  }

  private static double pct(List<Long> sorted, double q) {
    int i = (int) Math.min(sorted.size() - 1, Math.round(q * (sorted.size() - 1)));
    return sorted.get(i) / 1e6;
  }
}
