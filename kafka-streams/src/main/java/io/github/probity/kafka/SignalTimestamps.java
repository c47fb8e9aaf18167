package io.github.probity.kafka;

import io.github.probity.warning.Signal;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/**
 * Takes a signal record's timestamp from the signal's own time (event time), so that stream time
 * follows the signals. A record without a signal (a tombstone, used as a heartbeat) keeps the
 * producer's timestamp. A time that has no non-negative epoch millisecond falls back to the
 * partition's time, so that Kafka Streams never drops the record. Stateless and thread-safe.
 */
final class SignalTimestamps implements TimestampExtractor {
  @Override
  public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
    Object value = record.value();
    long ts = value instanceof Signal ? millis(((Signal) value).getTime()) : record.timestamp();
    if (ts >= 0) {
      return ts;
    }
    return Math.max(partitionTime, 0);
  }

  static long millis(Instant t) {
    try {
      return t.toEpochMilli();
    } catch (ArithmeticException e) {
      return t.isBefore(Instant.EPOCH) ? -1 : Long.MAX_VALUE;
    }
  }
}
