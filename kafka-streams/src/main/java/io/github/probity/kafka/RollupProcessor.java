package io.github.probity.kafka;

import io.github.probity.warning.Warning;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.jspecify.annotations.Nullable;

/**
 * Counts the warnings of the units of one task per unit, level and indicator in tumbling windows of
 * warning time, in a window store, and publishes each window's new count. Confined to its stream
 * thread.
 */
final class RollupProcessor implements Processor<String, Warning, String, WarningCount> {
  private final Duration window;
  private @Nullable ProcessorContext<String, WarningCount> context;
  private @Nullable WindowStore<String, Long> counts;

  RollupProcessor(Duration window) {
    this.window = window;
  }

  @Override
  public void init(ProcessorContext<String, WarningCount> ctx) {
    this.context = ctx;
    this.counts = ctx.getStateStore(MonitorTopology.ROLLUP_STORE);
  }

  @Override
  public void process(Record<String, Warning> record) {
    ProcessorContext<String, WarningCount> ctx = context;
    WindowStore<String, Long> store = counts;
    if (ctx == null || store == null) {
      throw new IllegalStateException("RollupProcessor used before init");
    }
    Warning w = record.value();
    long size = window.toMillis();
    long time = SignalTimestamps.millis(w.getTime());
    long start = Math.floorDiv(time, size) * size;
    String key = record.key() + Keys.SEP + w.getLevel().code() + Keys.SEP + w.getIndicator();
    Long before = store.fetch(key, start);
    long count = (before == null ? 0 : before) + 1;
    store.put(key, count, start);
    WarningCount c =
        new WarningCount(
            record.key(),
            w.getLevel(),
            w.getIndicator(),
            Instant.ofEpochMilli(start),
            Instant.ofEpochMilli(start).plus(window),
            count);
    ctx.forward(new Record<>(c.key(), c, start));
  }
}
