package io.github.probity.examples;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A one-node Kafka cluster in this JVM, for examples and tests: one KRaft node that is broker and
 * controller at once, its logs in a temporary directory removed on {@link #close()}, the internal
 * topics (consumer offsets, transaction state) with one replica so that exactly-once processing
 * works on one node, and no initial rebalance delay. The same set-up as the Kafka Streams module's
 * broker tests and throughput benchmark; it needs {@code
 * org.apache.kafka:kafka-test-common-runtime} on the class path, which the published {@code
 * probity-kafka-streams} jar does not bring.
 *
 * <p>Not for production: nothing is replicated and nothing survives {@link #close()}. Thread-safe.
 *
 * @since 0.1.0
 */
public final class InProcessBroker implements AutoCloseable {
  private static final Duration WAIT = Duration.ofSeconds(30);

  private final KafkaClusterTestKit cluster;

  private InProcessBroker(KafkaClusterTestKit cluster) {
    this.cluster = cluster;
  }

  /**
   * Formats and starts a one-node cluster and waits until its broker is ready.
   *
   * @return the running cluster; close it
   * @throws Exception if the cluster cannot start
   */
  public static InProcessBroker start() throws Exception {
    TestKitNodes nodes =
        new TestKitNodes.Builder()
            .setCombined(true)
            .setNumBrokerNodes(1)
            .setNumControllerNodes(1)
            .build();
    KafkaClusterTestKit cluster =
        new KafkaClusterTestKit.Builder(nodes)
            .setConfigProp("offsets.topic.replication.factor", "1")
            .setConfigProp("offsets.topic.num.partitions", "1")
            .setConfigProp("transaction.state.log.replication.factor", "1")
            .setConfigProp("transaction.state.log.min.isr", "1")
            .setConfigProp("transaction.state.log.num.partitions", "1")
            .setConfigProp("group.initial.rebalance.delay.ms", "0")
            .build();
    try {
      cluster.format();
      cluster.startup();
      cluster.waitForReadyBrokers();
      return new InProcessBroker(cluster);
    } catch (Exception | Error e) {
      try {
        cluster.close();
      } catch (Exception suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /** {@return the bootstrap servers, for clients' {@code bootstrap.servers}} */
  public String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  /**
   * Returns a new admin client of this cluster.
   *
   * @return the client; close it
   */
  public Admin admin() {
    return cluster.admin();
  }

  /**
   * Creates topics with one replica and waits until they exist.
   *
   * @param partitions each topic's name and partition count
   * @throws Exception if a topic cannot be created within thirty seconds
   */
  public void createTopics(Map<String, Integer> partitions) throws Exception {
    List<NewTopic> topics = new ArrayList<>();
    partitions.forEach((name, n) -> topics.add(new NewTopic(name, n, (short) 1)));
    try (Admin admin = admin()) {
      admin.createTopics(topics).all().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }
  }

  /**
   * Stops the cluster and removes its logs.
   *
   * @throws IllegalStateException if the cluster fails to stop, or the thread is interrupted
   *     meanwhile (its interrupt status is then set)
   */
  @Override
  public void close() {
    try {
      cluster.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the broker stopped", e);
    } catch (Exception e) {
      throw new IllegalStateException("the broker did not stop cleanly", e);
    }
  }
}
