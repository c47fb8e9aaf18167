package io.github.probity.kafka;

import java.time.Instant;

/**
 * The keys of the state stores: strings whose UTF-8 bytes sort like the values they encode, so that
 * a byte-ordered store (RocksDB, or the in-memory store) iterates them in time order.
 *
 * <p>A time is 17 digits of epoch seconds shifted to be non-negative, then 9 digits of nanos. A
 * unit id never contains {@link #SEP}; the topology rejects signals keyed by such an id.
 */
final class Keys {
  static final char SEP = '\u0000';
  static final int TIME_LENGTH = 26;
  private static final long SHIFT = -Instant.MIN.getEpochSecond();

  private Keys() {}

  static String time(Instant t) {
    StringBuilder b = new StringBuilder(TIME_LENGTH);
    pad(b, Long.toString(t.getEpochSecond() + SHIFT), 17);
    pad(b, Integer.toString(t.getNano()), 9);
    return b.toString();
  }

  static Instant parseTime(String key, int from) {
    long seconds = Long.parseLong(key.substring(from, from + 17)) - SHIFT;
    int nanos = Integer.parseInt(key.substring(from + 17, from + TIME_LENGTH));
    return Instant.ofEpochSecond(seconds, nanos);
  }

  private static void pad(StringBuilder b, String digits, int width) {
    for (int i = digits.length(); i < width; i++) {
      b.append('0');
    }
    b.append(digits);
  }

  /** Whether a record key can name a unit. */
  static boolean isUnit(String unit) {
    return !unit.isBlank() && unit.indexOf(SEP) < 0;
  }

  /** Pending signals of all units of a task, in time order: time, unit, id. */
  static String pending(Instant time, String unit, String id) {
    return time(time) + SEP + unit + SEP + id;
  }

  static String unitOfPending(String key) {
    int from = TIME_LENGTH + 1;
    return key.substring(from, key.indexOf(SEP, from));
  }

  /** The prefix of every key of one unit in the per-unit stores. */
  static String unitPrefix(String unit) {
    return unit + SEP;
  }

  /** One unit's evaluated signals in evaluation order: unit, time, id. */
  static String timeline(String unit, Instant time, String id) {
    return unit + SEP + time(time) + SEP + id;
  }

  static Instant timeOfTimeline(String unit, String key) {
    return parseTime(key, unit.length() + 1);
  }

  /** One unit's evaluated signal by id. */
  static String signal(String unit, String id) {
    return unit + SEP + id;
  }
}
