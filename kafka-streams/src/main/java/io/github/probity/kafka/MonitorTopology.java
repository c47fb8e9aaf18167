package io.github.probity.kafka;

import io.github.probity.json.ProbityJson;
import io.github.probity.json.WarningDocument;
import io.github.probity.model.Ledger;
import io.github.probity.warning.DispositionCase;
import io.github.probity.warning.Indicator;
import io.github.probity.warning.Signal;
import io.github.probity.warning.WarningPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.AutoOffsetReset;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowBytesStoreSupplier;

/**
 * The warning mechanism as a Kafka Streams {@link Topology}: the same {@link Indicator}s as the
 * in-process {@link io.github.probity.warning.Monitor}, evaluated per unit, with their state in
 * changelogged state stores.
 *
 * <p><b>Topics.</b> Every topic but the roll-ups is keyed by the unit id (a string), so one unit's
 * records share a partition and keep their order:
 *
 * <ul>
 *   <li>signals in ({@value #DEFAULT_SIGNAL_TOPIC}): one signal per record, see {@link
 *       ProbitySerdes#signals()}; the record timestamp is taken from the signal's time. A record
 *       with no value (a tombstone) is a heartbeat: it only lets stream time pass;
 *   <li>warnings out ({@value #DEFAULT_WARNING_TOPIC}): one warning per record, with the signals it
 *       names, see {@link ProbitySerdes#warnings()};
 *   <li>cases out ({@value #DEFAULT_CASE_TOPIC}): the disposition case each warning opens, see
 *       {@link ProbitySerdes#cases()};
 *   <li>rejected signals out ({@value #DEFAULT_REJECTED_TOPIC}): signals that were not evaluated,
 *       as they came, with the header {@code probity.rejected} saying why: {@code LATE}, {@code
 *       REPEATED} or {@code NO_UNIT} (no usable key);
 *   <li>with {@link Builder#rollups}, warning counts out ({@value #DEFAULT_ROLLUP_TOPIC}), keyed by
 *       {@link WarningCount#key()}: per unit, level and indicator in windows of warning time.
 * </ul>
 *
 * <p><b>Determinism.</b> Each unit is evaluated as one in-process monitor with that unit's ledger
 * would evaluate its signals: in {@link Signal#ORDER}, not in arrival order. A signal waits until
 * stream time (the largest signal time the task has seen) has passed its time by the {@linkplain
 * Builder#grace grace}; a signal that sorts at or before what its unit has already evaluated is
 * late and rejected, like a repeat of a waiting one. So as long as no signal arrives later than the
 * grace, each unit's warnings are exactly those of {@link io.github.probity.warning.Monitor#replay}
 * over its signals, in the same order, whatever the partitioning, the instances and their failures.
 * Time-based indicators fire at the unit's next evaluated signal.
 *
 * <p><b>State.</b> Four key-value stores (RocksDB unless {@link Builder#inMemoryState()}), each
 * backed by a changelog topic: the signals waiting for the grace, each unit's head (how far it has
 * been evaluated), and each unit's evaluated signals within the {@linkplain Builder#retention
 * retention}. The indicators' evaluations live in memory and are rebuilt by replaying the unit's
 * retained signals (their warnings discarded) after a restore or a rebalance, so the {@link
 * Indicator} SPI is the same as in process; an evaluation whose state depends on signals older than
 * the retention is rebuilt without them.
 *
 * <p>Use {@link #config} for the processing guarantee ({@code exactly_once_v2}). The class holds no
 * state; a built topology may be run by any number of instances of one application.
 *
 * @since 0.1.0
 */
public final class MonitorTopology {
  /** The default signal topic. */
  public static final String DEFAULT_SIGNAL_TOPIC = "probity-signals";

  /** The default warning topic. */
  public static final String DEFAULT_WARNING_TOPIC = "probity-warnings";

  /** The default case topic. */
  public static final String DEFAULT_CASE_TOPIC = "probity-cases";

  /** The default topic for rejected signals. */
  public static final String DEFAULT_REJECTED_TOPIC = "probity-rejected-signals";

  /** The default topic for the warning counts, see {@link Builder#rollups}. */
  public static final String DEFAULT_ROLLUP_TOPIC = "probity-warning-counts";

  /** The dead-letter topic that {@link #config} sets for signal records that cannot be read. */
  public static final String DEFAULT_UNREADABLE_TOPIC = "probity-unreadable-signals";

  static final String SOURCE = "signals";
  static final String PROCESSOR = "monitor";
  static final String WARNINGS_SINK = "warnings";
  static final String CASES_SINK = "cases";
  static final String REJECTED_SINK = "rejected";
  static final String ROLLUP_PROCESSOR = "rollups";
  static final String ROLLUP_SINK = "warning-counts";
  static final String ROLLUP_STORE = "monitor-warning-counts";
  static final String PENDING_STORE = "monitor-pending";
  static final String HEADS_STORE = "monitor-heads";
  static final String SIGNALS_STORE = "monitor-signals";
  static final String TIMELINE_STORE = "monitor-timeline";

  private MonitorTopology() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the Streams configuration this topology is meant to run with: the application id, the
   * brokers, exactly-once processing ({@code exactly_once_v2}), and unreadable signal records
   * passed over to the dead-letter topic {@value #DEFAULT_UNREADABLE_TOPIC} (the record as it came,
   * with the error in its headers) instead of stopping the application. Add to it what the
   * deployment needs (state directory, threads, standby replicas, security).
   *
   * @param applicationId the application id; it prefixes the changelog topics
   * @param bootstrapServers the brokers
   * @return new properties
   */
  public static Properties config(String applicationId, String bootstrapServers) {
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.put(
        StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
        LogAndContinueExceptionHandler.class.getName());
    p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, DEFAULT_UNREADABLE_TOPIC);
    return p;
  }

  /**
   * Builds the topology. Defaults: the default topics, {@link WarningPolicy#defaults()}, {@link
   * Indicator#builtIns()}, no ledgers, five minutes' grace (a {@link
   * io.github.probity.warning.Monitor}'s default lateness), a retention of twice the longest of the
   * policy's complaint and split-purchase windows, the system actor 预警系统, strict {@link
   * ProbityJson}, RocksDB stores. Not thread-safe.
   */
  public static final class Builder {
    private String signalTopic = DEFAULT_SIGNAL_TOPIC;
    private String warningTopic = DEFAULT_WARNING_TOPIC;
    private String caseTopic = DEFAULT_CASE_TOPIC;
    private String rejectedTopic = DEFAULT_REJECTED_TOPIC;
    private String rollupTopic = DEFAULT_ROLLUP_TOPIC;
    private Optional<Duration> rollupWindow = Optional.empty();
    private WarningPolicy policy = WarningPolicy.defaults();
    private List<Indicator> indicators = Indicator.builtIns();
    private Function<String, Optional<Ledger>> ledgers = unit -> Optional.empty();
    private Duration grace = Duration.ofMinutes(5);
    private Optional<Duration> retention = Optional.empty();
    private String systemActor = "预警系统";
    private ProbityJson json = ProbityJson.strict();
    private boolean inMemory;

    private Builder() {}

    /**
     * Sets the signal topic.
     *
     * @param topic the topic
     * @return this builder
     */
    public Builder signalTopic(String topic) {
      this.signalTopic = topic;
      return this;
    }

    /**
     * Sets the warning topic.
     *
     * @param topic the topic
     * @return this builder
     */
    public Builder warningTopic(String topic) {
      this.warningTopic = topic;
      return this;
    }

    /**
     * Sets the case topic.
     *
     * @param topic the topic
     * @return this builder
     */
    public Builder caseTopic(String topic) {
      this.caseTopic = topic;
      return this;
    }

    /**
     * Sets the topic for rejected signals.
     *
     * @param topic the topic
     * @return this builder
     */
    public Builder rejectedTopic(String topic) {
      this.rejectedTopic = topic;
      return this;
    }

    /**
     * Sets the topic for the warning counts.
     *
     * @param topic the topic
     * @return this builder
     */
    public Builder rollupTopic(String topic) {
      this.rollupTopic = topic;
      return this;
    }

    /**
     * Counts the warnings per unit, level and indicator in tumbling windows of warning time (e.g.
     * one day) and publishes each window's count whenever it changes, for a superior commission's
     * dashboard. The counts are kept for the longer of two windows and 400 days; a warning whose
     * window has been dropped is not counted.
     *
     * @param window the window length, positive
     * @return this builder
     */
    public Builder rollups(Duration window) {
      if (window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("the roll-up window must be positive: " + window);
      }
      this.rollupWindow = Optional.of(window);
      return this;
    }

    /**
     * Sets the policy, for every unit.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder policy(WarningPolicy policy) {
      this.policy = policy;
      return this;
    }

    /**
     * Sets the indicators, replacing the built-ins; host-supplied indicators run unchanged.
     *
     * @param indicators the indicators, evaluated in this order
     * @return this builder
     */
    public Builder indicators(List<Indicator> indicators) {
      this.indicators = List.copyOf(indicators);
      return this;
    }

    /**
     * Sets how a unit's ledger is found, for the indicators that read it. It is asked when a unit's
     * evaluations are started or rebuilt, from the stream thread; it must be thread-safe and should
     * answer the same for the same unit.
     *
     * @param ledgers the ledger of a unit id, or empty
     * @return this builder
     */
    public Builder ledgers(Function<String, Optional<Ledger>> ledgers) {
      this.ledgers = ledgers;
      return this;
    }

    /**
     * Sets how long after its time a signal may still arrive and be evaluated in order: the
     * counterpart of a monitor's allowed lateness, measured against stream time.
     *
     * @param grace the grace, not negative
     * @return this builder
     */
    public Builder grace(Duration grace) {
      if (grace.isNegative()) {
        throw new IllegalArgumentException("grace must not be negative: " + grace);
      }
      this.grace = grace;
      return this;
    }

    /**
     * Sets how long each unit's evaluated signals are kept to rebuild its evaluations: at least the
     * longest window of the indicators (for {@link Indicator#longTenure()}, the policy's high-risk
     * post term).
     *
     * @param retention the retention, positive
     * @return this builder
     */
    public Builder retention(Duration retention) {
      if (retention.isNegative() || retention.isZero()) {
        throw new IllegalArgumentException("retention must be positive: " + retention);
      }
      this.retention = Optional.of(retention);
      return this;
    }

    /**
     * Sets the actor recorded as opening the cases.
     *
     * @param systemActor the actor, e.g. 预警系统
     * @return this builder
     */
    public Builder systemActor(String systemActor) {
      this.systemActor = systemActor;
      return this;
    }

    /**
     * Sets the reader and writer of the topics' documents.
     *
     * @param json the reader and writer
     * @return this builder
     */
    public Builder json(ProbityJson json) {
      this.json = json;
      return this;
    }

    /**
     * Keeps the state in memory stores instead of RocksDB; they are still changelogged, so state is
     * restored on another instance, but it must fit in the heap.
     *
     * @return this builder
     */
    public Builder inMemoryState() {
      this.inMemory = true;
      return this;
    }

    /**
     * Builds the topology.
     *
     * @return a new topology
     */
    public Topology build() {
      Duration keep =
          retention.orElseGet(
              () -> {
                Duration w = policy.getComplaintWindow();
                if (policy.getSplitPurchaseWindow().compareTo(w) > 0) {
                  w = policy.getSplitPurchaseWindow();
                }
                return w.multipliedBy(2);
              });
      Serde<Signal> signals = ProbitySerdes.signals(json);
      Settings settings =
          new Settings(
              policy,
              indicators,
              ledgers,
              grace,
              keep,
              systemActor,
              signals,
              rollupWindow.isPresent());
      Serde<String> keys = Serdes.String();
      Serde<WarningDocument> warnings = ProbitySerdes.warnings(json);
      Serde<DispositionCase> cases = ProbitySerdes.cases(json);
      Topology t = new Topology();
      t.addSource(
          AutoOffsetReset.earliest(),
          SOURCE,
          new SignalTimestamps(),
          keys.deserializer(),
          signals.deserializer(),
          signalTopic);
      t.addProcessor(PROCESSOR, () -> new MonitorProcessor(settings), SOURCE);
      // Waiting signals and heads change on every signal: the cache folds a signal's put and
      // delete, and a unit's successive heads, into one write per commit. Evaluated signals are
      // written once and rarely read: no cache.
      t.addStateStore(store(PENDING_STORE, keys, Serdes.ByteArray(), true), PROCESSOR);
      t.addStateStore(store(HEADS_STORE, keys, new Head.HeadSerde(), true), PROCESSOR);
      t.addStateStore(store(SIGNALS_STORE, keys, Serdes.ByteArray(), false), PROCESSOR);
      t.addStateStore(store(TIMELINE_STORE, keys, Serdes.String(), false), PROCESSOR);
      t.addSink(WARNINGS_SINK, warningTopic, keys.serializer(), warnings.serializer(), PROCESSOR);
      t.addSink(CASES_SINK, caseTopic, keys.serializer(), cases.serializer(), PROCESSOR);
      t.addSink(REJECTED_SINK, rejectedTopic, keys.serializer(), signals.serializer(), PROCESSOR);
      if (rollupWindow.isPresent()) {
        Duration window = rollupWindow.get();
        Duration kept = window.multipliedBy(2);
        if (kept.compareTo(Duration.ofDays(400)) < 0) {
          kept = Duration.ofDays(400);
        }
        t.addProcessor(ROLLUP_PROCESSOR, () -> new RollupProcessor(window), PROCESSOR);
        WindowBytesStoreSupplier supplier =
            inMemory
                ? Stores.inMemoryWindowStore(ROLLUP_STORE, kept, window, false)
                : Stores.persistentWindowStore(ROLLUP_STORE, kept, window, false);
        t.addStateStore(Stores.windowStoreBuilder(supplier, keys, Serdes.Long()), ROLLUP_PROCESSOR);
        t.addSink(
            ROLLUP_SINK,
            rollupTopic,
            keys.serializer(),
            ProbitySerdes.warningCounts().serializer(),
            ROLLUP_PROCESSOR);
      }
      return t;
    }

    private <V> StoreBuilder<KeyValueStore<String, V>> store(
        String name, Serde<String> keys, Serde<V> values, boolean cached) {
      KeyValueBytesStoreSupplier supplier =
          inMemory ? Stores.inMemoryKeyValueStore(name) : Stores.persistentKeyValueStore(name);
      StoreBuilder<KeyValueStore<String, V>> b =
          Stores.keyValueStoreBuilder(supplier, keys, values);
      return cached ? b.withCachingEnabled() : b.withCachingDisabled();
    }
  }
}
