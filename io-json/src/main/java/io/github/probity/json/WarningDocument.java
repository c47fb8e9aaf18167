package io.github.probity.json;

import io.github.probity.warning.Signal;
import io.github.probity.warning.Warning;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The content of a warning document (预警记录): warnings, in the order raised, and the signals that
 * raised them, so that each warning's evidence travels with it.
 *
 * <p>Writing does not require every named signal to be present; reading reports a warning naming a
 * signal the document does not hold ({@link JsonFindingCode#UNRESOLVED_SIGNAL}). Immutable and
 * thread-safe.
 *
 * @param warnings the warnings, in order
 * @param signals the signals, in order; ids unique
 * @since 0.1.0
 */
public record WarningDocument(List<Warning> warnings, List<Signal> signals) {

  /**
   * Copies the lists.
   *
   * @param warnings the warnings
   * @param signals the signals
   */
  public WarningDocument {
    warnings = List.copyOf(warnings);
    signals = List.copyOf(signals);
  }

  /**
   * Returns a document of the warnings with exactly the signals they name, picked from a larger set
   * (e.g. the day's stream) in {@link Signal#ORDER}.
   *
   * @param warnings the warnings
   * @param available the signals to pick from
   * @return the document
   */
  public static WarningDocument of(List<Warning> warnings, Iterable<Signal> available) {
    Map<String, Signal> byId = new HashMap<>();
    for (Signal s : available) {
      byId.put(s.getId(), s);
    }
    java.util.TreeSet<Signal> picked = new java.util.TreeSet<>(Signal.ORDER);
    for (Warning w : warnings) {
      for (String id : w.getSignals()) {
        Signal s = byId.get(id);
        if (s != null) {
          picked.add(s);
        }
      }
    }
    return new WarningDocument(warnings, new ArrayList<>(picked));
  }

  /**
   * Returns the signals a warning names that this document holds, in the warning's order.
   *
   * @param warning the warning
   * @return its signals
   */
  public List<Signal> signalsOf(Warning warning) {
    Map<String, Signal> byId = new HashMap<>();
    for (Signal s : signals) {
      byId.put(s.getId(), s);
    }
    List<Signal> out = new ArrayList<>();
    for (String id : warning.getSignals()) {
      Signal s = byId.get(id);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }
}
