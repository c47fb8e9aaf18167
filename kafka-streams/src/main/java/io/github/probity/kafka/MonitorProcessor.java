package io.github.probity.kafka;

import io.github.probity.json.WarningDocument;
import io.github.probity.model.Ledger;
import io.github.probity.warning.DispositionCase;
import io.github.probity.warning.Indicator;
import io.github.probity.warning.IndicatorContext;
import io.github.probity.warning.Signal;
import io.github.probity.warning.Warning;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates the signals of the units of one task, as one {@link io.github.probity.warning.Monitor}
 * per unit would.
 *
 * <p>A signal that sorts after its unit's {@link Head} waits in the pending store until stream time
 * passes its time by the grace; then the pending signals are evaluated in time order, each by its
 * unit's evaluations, and the warnings go out with a case opened for each. A late or repeated
 * signal goes to the rejected topic.
 *
 * <p>State: the stores hold everything (pending signals, heads, each unit's evaluated signals
 * within the retention); the indicators' evaluations are kept in memory as a cache and rebuilt from
 * the stored signals, with their output discarded, whenever the cache does not match the unit's
 * head (after a restore, a rebalance or an aborted transaction). Confined to its stream thread.
 */
final class MonitorProcessor implements Processor<String, Signal, String, Object> {
  static final String HEADER_REJECTED = "probity.rejected";

  private static final Consumer<Warning> DISCARD = w -> {};
  private static final StringSerializer PREFIX = new StringSerializer();

  private final Settings settings;
  private final Map<String, UnitState> cache = new HashMap<>();

  /**
   * The earliest time in the pending store, {@link Instant#MAX} if it is empty, {@code null} if not
   * known yet: a record that does not make it ripe needs no scan of the store.
   */
  private @Nullable Instant earliest;

  private @Nullable ProcessorContext<String, Object> context;
  private @Nullable KeyValueStore<String, byte[]> pending;
  private @Nullable KeyValueStore<String, Head> heads;
  private @Nullable KeyValueStore<String, byte[]> signals;
  private @Nullable KeyValueStore<String, String> timeline;

  /**
   * One unit's evaluations, valid while {@code count} equals the head's count, and the time of its
   * oldest retained signal ({@link Instant#MAX} if none), so that trimming scans only when due.
   */
  private static final class UnitState {
    final List<Indicator.Evaluation> evaluations;
    long count;
    Instant oldest = Instant.MAX;

    UnitState(List<Indicator.Evaluation> evaluations, long count) {
      this.evaluations = evaluations;
      this.count = count;
    }
  }

  MonitorProcessor(Settings settings) {
    this.settings = settings;
  }

  @Override
  public void init(ProcessorContext<String, Object> ctx) {
    this.context = ctx;
    this.pending = ctx.getStateStore(MonitorTopology.PENDING_STORE);
    this.heads = ctx.getStateStore(MonitorTopology.HEADS_STORE);
    this.signals = ctx.getStateStore(MonitorTopology.SIGNALS_STORE);
    this.timeline = ctx.getStateStore(MonitorTopology.TIMELINE_STORE);
    cache.clear();
    earliest = null;
  }

  @Override
  public void close() {
    cache.clear();
  }

  @Override
  public void process(Record<String, Signal> record) {
    Signal signal = record.value();
    if (signal != null) {
      accept(record.key(), signal);
    }
    drain();
  }

  private void accept(@Nullable String unit, Signal s) {
    if (unit == null || !Keys.isUnit(unit)) {
      reject(unit, s, "NO_UNIT");
      return;
    }
    Head head = head(unit);
    if (!head.before(s.getTime(), s.getId())) {
      reject(unit, s, "LATE");
      return;
    }
    if (pending().putIfAbsent(Keys.pending(s.getTime(), unit, s.getId()), encode(s)) != null) {
      reject(unit, s, "REPEATED");
      return;
    }
    Instant e = earliest;
    if (e != null && s.getTime().isBefore(e)) {
      earliest = s.getTime();
    }
  }

  private void drain() {
    long streamTime = ctx().currentStreamTimeMs();
    if (streamTime < 0) {
      return;
    }
    Instant ripe = Instant.ofEpochMilli(streamTime).minus(settings.grace());
    Instant e = earliest;
    if (e != null && e.isAfter(ripe)) {
      return;
    }
    List<KeyValue<String, byte[]>> due = new ArrayList<>();
    Instant next = Instant.MAX;
    try (KeyValueIterator<String, byte[]> it = pending().all()) {
      while (it.hasNext()) {
        KeyValue<String, byte[]> kv = it.next();
        Instant t = Keys.parseTime(kv.key, 0);
        if (t.isAfter(ripe)) {
          next = t;
          break;
        }
        due.add(kv);
      }
    }
    for (KeyValue<String, byte[]> kv : due) {
      pending().delete(kv.key);
      evaluate(Keys.unitOfPending(kv.key), kv.value, ripe);
    }
    earliest = next;
  }

  private void evaluate(String unit, byte[] encoded, Instant now) {
    Signal s = decode(encoded);
    UnitState state = state(unit);
    List<Warning> out = new ArrayList<>();
    for (Indicator.Evaluation e : state.evaluations) {
      e.advanceTo(s.getTime(), out::add);
      e.accept(s, out::add);
    }
    state.count++;
    heads().put(unit, new Head(s.getTime(), s.getId(), state.count));
    signals().put(Keys.signal(unit, s.getId()), encoded);
    timeline().put(Keys.timeline(unit, s.getTime(), s.getId()), s.getId());
    if (state.oldest.isAfter(s.getTime())) {
      state.oldest = s.getTime();
    }
    Instant cutoff = s.getTime().minus(settings.retention());
    if (state.oldest.isBefore(cutoff)) {
      state.oldest = trim(unit, cutoff);
    }
    for (Warning w : out) {
      emit(unit, w, now);
    }
  }

  private void emit(String unit, Warning w, Instant now) {
    List<Signal> named = new ArrayList<>();
    for (String id : w.getSignals()) {
      byte[] s = signals().get(Keys.signal(unit, id));
      if (s != null) {
        named.add(decode(s));
      }
    }
    WarningDocument doc = WarningDocument.of(List.of(w), named);
    long ts = SignalTimestamps.millis(w.getTime());
    ctx().forward(new Record<String, Object>(unit, doc, ts), MonitorTopology.WARNINGS_SINK);
    if (settings.rollups()) {
      ctx().forward(new Record<String, Object>(unit, w, ts), MonitorTopology.ROLLUP_PROCESSOR);
    }
    Instant opened = w.getTime().isAfter(now) ? w.getTime() : now;
    DispositionCase c =
        DispositionCase.open(
            w, settings.policy(), settings.systemActor(), Clock.fixed(opened, ZoneOffset.UTC));
    ctx()
        .forward(
            new Record<String, Object>(unit, c, SignalTimestamps.millis(opened)),
            MonitorTopology.CASES_SINK);
  }

  private void reject(@Nullable String unit, Signal s, String reason) {
    RecordHeaders headers = new RecordHeaders();
    headers.add(HEADER_REJECTED, reason.getBytes(StandardCharsets.UTF_8));
    ctx()
        .forward(
            new Record<@Nullable String, Object>(
                unit, s, SignalTimestamps.millis(s.getTime()), headers),
            MonitorTopology.REJECTED_SINK);
  }

  /**
   * Forgets the unit's evaluated signals older than the cutoff; returns the time of the oldest
   * signal kept.
   */
  private Instant trim(String unit, Instant cutoff) {
    List<KeyValue<String, String>> old = new ArrayList<>();
    Instant oldest = Instant.MAX;
    try (KeyValueIterator<String, String> it =
        timeline().prefixScan(Keys.unitPrefix(unit), PREFIX)) {
      while (it.hasNext()) {
        KeyValue<String, String> kv = it.next();
        Instant t = Keys.timeOfTimeline(unit, kv.key);
        if (!t.isBefore(cutoff)) {
          oldest = t;
          break;
        }
        old.add(kv);
      }
    }
    for (KeyValue<String, String> kv : old) {
      timeline().delete(kv.key);
      signals().delete(Keys.signal(unit, kv.value));
    }
    return oldest;
  }

  private byte[] encode(Signal s) {
    return require(settings.signals().serializer().serialize(MonitorTopology.PENDING_STORE, s));
  }

  private Signal decode(byte[] encoded) {
    return require(
        settings.signals().deserializer().deserialize(MonitorTopology.SIGNALS_STORE, encoded));
  }

  private Head head(String unit) {
    Head h = heads().get(unit);
    return h == null ? Head.NONE : h;
  }

  /** The unit's evaluations, rebuilt from its stored signals unless the cache is current. */
  private UnitState state(String unit) {
    long count = head(unit).count;
    UnitState st = cache.get(unit);
    if (st != null && st.count == count) {
      return st;
    }
    Optional<Ledger> ledger = settings.ledgers().apply(unit);
    IndicatorContext ic = IndicatorContext.create(settings.policy(), ledger);
    List<Indicator.Evaluation> evs = new ArrayList<>(settings.indicators().size());
    for (Indicator i : settings.indicators()) {
      evs.add(i.start(ic));
    }
    UnitState fresh = new UnitState(evs, count);
    try (KeyValueIterator<String, String> it =
        timeline().prefixScan(Keys.unitPrefix(unit), PREFIX)) {
      while (it.hasNext()) {
        KeyValue<String, String> kv = it.next();
        byte[] encoded = signals().get(Keys.signal(unit, kv.value));
        if (encoded == null) {
          continue;
        }
        Signal s = decode(encoded);
        if (fresh.oldest.equals(Instant.MAX)) {
          fresh.oldest = s.getTime();
        }
        for (Indicator.Evaluation e : evs) {
          e.advanceTo(s.getTime(), DISCARD);
          e.accept(s, DISCARD);
        }
      }
    }
    cache.put(unit, fresh);
    return fresh;
  }

  private ProcessorContext<String, Object> ctx() {
    return require(context);
  }

  private KeyValueStore<String, byte[]> pending() {
    return require(pending);
  }

  private KeyValueStore<String, Head> heads() {
    return require(heads);
  }

  private KeyValueStore<String, byte[]> signals() {
    return require(signals);
  }

  private KeyValueStore<String, String> timeline() {
    return require(timeline);
  }

  private static <T> T require(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("MonitorProcessor used before init");
    }
    return value;
  }
}
