package io.github.probity.archive;

import java.time.LocalDate;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A further record filed in an archive, such as a warning (预警) or a disposition (处置): the extension
 * point through which the warning mechanism, or a host, adds its records to a post's archive
 * without changing the archive's type.
 *
 * <p>The kind is a stable upper-case code, e.g. {@code WARNING} or {@code DISPOSITION}; attributes
 * carry further fields as text and are hashed in key order. Invariants: kind and id are non-blank.
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ArchiveEntry {
  /** The kind of a warning record. */
  public static final String WARNING = "WARNING";

  /** The kind of a disposition record. */
  public static final String DISPOSITION = "DISPOSITION";

  ArchiveEntry() {}

  /** {@return the kind of record, a stable code} */
  public abstract String getKind();

  /** {@return the record's id, unique within its kind} */
  public abstract String getId();

  /** {@return the day the record was made} */
  public abstract LocalDate getDate();

  /** {@return a one-line summary} */
  public abstract String getSummary();

  /** {@return further fields, by name} */
  public abstract Map<String, String> getAttributes();

  @Value.Check
  void check() {
    if (getKind().isBlank() || getId().isBlank()) {
      throw new IllegalArgumentException("ArchiveEntry.kind and id must not be blank");
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ArchiveEntry}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableArchiveEntry.Builder {
    Builder() {}
  }
}
