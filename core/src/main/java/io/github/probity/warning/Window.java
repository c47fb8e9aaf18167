package io.github.probity.warning;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sliding time window of signals per key, with a count and a sum of amounts per key. Entries are
 * added in time order; entries older than the window are evicted on every add, so memory is bounded
 * by the signals within one window. Not thread-safe.
 */
final class Window<K> {
  private static final class Entry<K> {
    final Instant time;
    final K key;
    final String signalId;
    final BigDecimal amount;
    boolean live = true;

    Entry(Instant time, K key, String signalId, BigDecimal amount) {
      this.time = time;
      this.key = key;
      this.signalId = signalId;
      this.amount = amount;
    }
  }

  /** The live entries of one key and the sum of their amounts. */
  static final class Bucket<K> {
    private final ArrayDeque<Entry<K>> entries = new ArrayDeque<>();
    private BigDecimal sum = BigDecimal.ZERO;

    int count() {
      return entries.size();
    }

    BigDecimal sum() {
      return sum;
    }

    List<String> signalIds() {
      List<String> ids = new ArrayList<>(entries.size());
      for (Entry<K> e : entries) {
        ids.add(e.signalId);
      }
      return ids;
    }
  }

  private final Duration length;
  private final ArrayDeque<Entry<K>> all = new ArrayDeque<>();
  private final Map<K, Bucket<K>> buckets = new HashMap<>();

  Window(Duration length) {
    this.length = length;
  }

  /**
   * Evicts what fell out of the window ending at {@code now}, adds the entry, returns its bucket.
   */
  Bucket<K> add(Instant now, K key, String signalId, BigDecimal amount) {
    evict(now);
    Entry<K> e = new Entry<>(now, key, signalId, amount);
    all.addLast(e);
    Bucket<K> b = buckets.computeIfAbsent(key, k -> new Bucket<>());
    b.entries.addLast(e);
    b.sum = b.sum.add(amount);
    return b;
  }

  /** Forgets a key's entries, e.g. once they raised a warning. */
  void reset(K key) {
    Bucket<K> b = buckets.remove(key);
    if (b != null) {
      for (Entry<K> e : b.entries) {
        e.live = false;
      }
    }
  }

  /** Evicts entries strictly older than {@code now - length}. */
  void evict(Instant now) {
    Instant start = now.minus(length);
    while (!all.isEmpty() && all.peekFirst().time.isBefore(start)) {
      Entry<K> e = all.pollFirst();
      if (e.live) {
        Bucket<K> b = buckets.get(e.key);
        if (b != null) {
          b.entries.pollFirst();
          b.sum = b.sum.subtract(e.amount);
          if (b.entries.isEmpty()) {
            buckets.remove(e.key);
          }
        }
      }
    }
  }

  /** Returns how many entries the window holds, live or not. */
  int size() {
    return all.size();
  }
}
