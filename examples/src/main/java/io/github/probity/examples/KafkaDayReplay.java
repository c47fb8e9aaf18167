package io.github.probity.examples;

import io.github.probity.json.WarningDocument;
import io.github.probity.kafka.MonitorTopology;
import io.github.probity.kafka.ProbitySerdes;
import io.github.probity.model.Ledger;
import io.github.probity.testkit.SampleDay;
import io.github.probity.testkit.SampleUnit;
import io.github.probity.warning.DispositionCase;
import io.github.probity.warning.Indicator;
import io.github.probity.warning.Signal;
import io.github.probity.warning.Warning;
import io.github.probity.warning.WarningPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;

/**
 * The sample unit's day ({@link SampleDay}) through {@link MonitorTopology} on Kafka Streams,
 * against a Kafka broker started in this JVM ({@link InProcessBroker}): the day's signals are
 * produced to the signal topic keyed by the unit's code, a heartbeat at the end of the day lets
 * stream time pass the last signal's grace, and the committed warnings and cases are read back and
 * printed with the same Chinese labels as {@link WarningDayReplay}. The warnings are those of the
 * in-process replay, in the same order; the cases are the ones the topology opens (待处理), not taken
 * up.
 *
 * <p>Needs Kafka Streams and the broker's test runtime on the class path: this module has them at
 * {@code provided} scope, so they are there when the example is compiled and tested, and not in the
 * command line's {@code lib/}; the profile {@code kafka-day} copies them to {@code
 * target/kafka-lib/}:
 *
 * <pre>
 * mvn -B -q -pl examples -am package -DskipTests -Dmaven.javadoc.skip=true -Pkafka-day
 * java -cp "examples/target/probity.jar:examples/target/lib/*:examples/target/kafka-lib/*" \
 *   io.github.probity.examples.KafkaDayReplay
 * </pre>
 *
 * @since 0.1.0
 */
public final class KafkaDayReplay {
  /** The application id, the prefix of the changelog topics. */
  public static final String APPLICATION_ID = "probity-sample-day";

  /** The record key of the sample unit's signals: its code (单位编码). */
  public static final String UNIT = SampleUnit.CODE;

  private static final Duration WAIT = Duration.ofSeconds(30);

  private KafkaDayReplay() {}

  /**
   * Runs the example with a temporary state directory and prints the warnings and cases.
   *
   * @param args none
   * @throws Exception if the broker or the application fails
   */
  public static void main(String[] args) throws Exception {
    Path state = Files.createTempDirectory("probity-streams");
    try {
      Result day = run(state);
      System.out.print(render(SampleUnit.ledger(), day));
    } finally {
      delete(state);
    }
  }

  /**
   * Starts a broker, creates the topology's topics (one partition each), runs the topology with the
   * sample unit's ledger, the default policy and the built-in indicators until it has committed
   * every signal, and reads the committed output.
   *
   * @param stateDir the directory for the application's state stores
   * @return the warnings and cases the topology wrote, in the order written
   * @throws Exception if the broker or the application fails, or does not finish within thirty
   *     seconds of a step
   */
  public static Result run(Path stateDir) throws Exception {
    Ledger ledger = SampleUnit.ledger();
    try (InProcessBroker broker = InProcessBroker.start()) {
      Map<String, Integer> topics = new LinkedHashMap<>();
      for (String t :
          List.of(
              MonitorTopology.DEFAULT_SIGNAL_TOPIC,
              MonitorTopology.DEFAULT_WARNING_TOPIC,
              MonitorTopology.DEFAULT_CASE_TOPIC,
              MonitorTopology.DEFAULT_REJECTED_TOPIC,
              MonitorTopology.DEFAULT_UNREADABLE_TOPIC)) {
        topics.put(t, 1);
      }
      broker.createTopics(topics);
      String bootstrap = broker.bootstrapServers();

      // tag::kafka[]
      Topology topology =
          MonitorTopology.builder()
              .policy(WarningPolicy.defaults()) // as WarningDayReplay's monitor
              .indicators(Indicator.builtIns())
              .ledgers(unit -> unit.equals(UNIT) ? Optional.of(ledger) : Optional.empty())
              .build(); // grace: five minutes, a monitor's default lateness
      Properties config = MonitorTopology.config(APPLICATION_ID, bootstrap); // exactly once
      config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
      KafkaStreams streams = new KafkaStreams(topology, config);
      AtomicReference<Throwable> failure = failures(streams); // a failed stream thread ends the run
      streams.start();
      try {
        send(bootstrap, SampleDay.signals(ledger)); // keyed by the unit, then a heartbeat at 23:59
        awaitAllInputCommitted(streams, failure, broker); // the output is committed with the input
      } finally {
        streams.close(WAIT);
      }
      // end::kafka[]
      List<Warning> warnings = new ArrayList<>();
      for (WarningDocument d :
          read(bootstrap, MonitorTopology.DEFAULT_WARNING_TOPIC, ProbitySerdes.warnings())) {
        warnings.addAll(d.warnings());
      }
      List<DispositionCase> cases =
          read(bootstrap, MonitorTopology.DEFAULT_CASE_TOPIC, ProbitySerdes.cases());
      long rejected =
          read(bootstrap, MonitorTopology.DEFAULT_REJECTED_TOPIC, new StringDeserializer()).size();
      return new Result(warnings, cases, rejected);
    }
  }

  /** Produces the day's signals keyed by the unit, then a heartbeat at the end of the day. */
  private static void send(String bootstrap, List<Signal> day) {
    Properties producer = new Properties();
    producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    // tag::produce[]
    try (KafkaProducer<String, Signal> signals =
        new KafkaProducer<>(
            producer, new StringSerializer(), ProbitySerdes.signals().serializer())) {
      for (Signal s : day) { // keyed by unit: one unit's signals share a partition
        signals.send(new ProducerRecord<>(MonitorTopology.DEFAULT_SIGNAL_TOPIC, UNIT, s));
      }
      // a heartbeat (no value) at 23:59 moves stream time past the last signal's grace
      long endOfDay = SampleDay.END_OF_DAY.toEpochMilli();
      signals.send(
          new ProducerRecord<String, Signal>(
              MonitorTopology.DEFAULT_SIGNAL_TOPIC, null, (Long) endOfDay, UNIT, null));
    }
    // end::produce[]
  }

  /**
   * Renders the result with {@link WarningDayReplay}'s labels: the warnings, then the cases.
   *
   * @param ledger the ledger, for names and titles
   * @param result the topology's output
   * @return the text
   */
  public static String render(Ledger ledger, Result result) {
    return WarningDayReplay.renderWarnings(ledger, result.warnings())
        + WarningDayReplay.renderCases(result.cases());
  }

  /** Records the first failure of a stream thread, which then stops the instance. */
  private static AtomicReference<Throwable> failures(KafkaStreams streams) {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    streams.setUncaughtExceptionHandler(
        e -> {
          failure.compareAndSet(null, e);
          return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
    return failure;
  }

  /** Waits until the application has committed the end of every signal partition. */
  private static void awaitAllInputCommitted(
      KafkaStreams streams, AtomicReference<Throwable> failure, InProcessBroker broker)
      throws Exception {
    Instant deadline = Instant.now().plus(WAIT);
    try (Admin admin = broker.admin()) {
      TopicPartition signals = new TopicPartition(MonitorTopology.DEFAULT_SIGNAL_TOPIC, 0);
      long end =
          Objects.requireNonNull(
                  admin.listOffsets(Map.of(signals, OffsetSpec.latest())).all().get().get(signals))
              .offset();
      while (true) {
        Throwable f = failure.get();
        if (f != null || streams.state() == KafkaStreams.State.ERROR) {
          throw new IllegalStateException("the application failed", f);
        }
        OffsetAndMetadata committed =
            admin
                .listConsumerGroupOffsets(APPLICATION_ID)
                .partitionsToOffsetAndMetadata()
                .get()
                .get(signals);
        if (committed != null && committed.offset() >= end) {
          return;
        }
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException(
              "the application did not commit its input within " + WAIT + ": " + committed);
        }
        Thread.sleep(50);
      }
    }
  }

  /** Every committed record of a topic's partitions, read from the beginning. */
  private static <T> List<T> read(
      String bootstrap, String topic, org.apache.kafka.common.serialization.Serde<T> serde) {
    return read(bootstrap, topic, serde.deserializer());
  }

  private static <T> List<T> read(String bootstrap, String topic, Deserializer<T> values) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    List<T> out = new ArrayList<>();
    try (KafkaConsumer<String, T> c = new KafkaConsumer<>(p, new StringDeserializer(), values)) {
      List<TopicPartition> parts = new ArrayList<>();
      c.partitionsFor(topic).forEach(i -> parts.add(new TopicPartition(topic, i.partition())));
      c.assign(parts);
      c.seekToBeginning(parts);
      Map<TopicPartition, Long> ends = c.endOffsets(parts);
      Instant deadline = Instant.now().plus(WAIT);
      while (parts.stream().anyMatch(tp -> c.position(tp) < ends.getOrDefault(tp, 0L))) {
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException("could not read " + topic + " up to " + ends);
        }
        for (ConsumerRecord<String, T> r : c.poll(Duration.ofMillis(200))) {
          out.add(r.value());
        }
      }
    }
    return out;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /**
   * What the topology wrote.
   *
   * @param warnings the warnings, in the order written (one unit: evaluation order)
   * @param cases the cases the warnings opened, in the order written
   * @param rejected how many signals were rejected as late, repeated or without a unit
   */
  public record Result(List<Warning> warnings, List<DispositionCase> cases, long rejected) {
    /**
     * Copies the lists.
     *
     * @param warnings the warnings
     * @param cases the cases
     * @param rejected the rejected count
     */
    public Result {
      warnings = List.copyOf(warnings);
      cases = List.copyOf(cases);
    }
  }
}
