package io.github.probity.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Evidence that a prevention measure is in place (落实佐证): a reference to a document kept elsewhere —
 * a file name, an archive number (档案号), a system record — with the SHA-256 digest of its content
 * where it is a file, the date it was filed and who filed it. The model holds no file content.
 *
 * <p>Invariants: the reference is non-blank without surrounding spaces; the digest, when given, is
 * 64 hexadecimal characters and is stored in lower case (an upper-case digest, as some tools print
 * it, is accepted and normalised); the person id is non-blank. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Evidence {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

  Evidence() {}

  /** {@return the reference, e.g. {@code 采购复核记录-2026-03.pdf} or {@code 财档〔2026〕17号}} */
  @NotBlank
  @Size(max = 500)
  public abstract String getReference();

  /**
   * Returns the SHA-256 digest of the referenced file's content, as 64 lower-case hexadecimal
   * characters, if the evidence is a file.
   *
   * @return the digest
   */
  public abstract Optional<String> getSha256();

  /** {@return the date the evidence was filed} */
  public abstract LocalDate getDate();

  /** {@return the person id of who filed the evidence} */
  @NotBlank
  @Size(max = 64)
  public abstract String getBy();

  @Value.Check
  Evidence check() {
    Checks.id("Evidence", "reference", getReference());
    Checks.id("Evidence", "by", getBy());
    Optional<String> sha = getSha256();
    if (sha.isPresent()) {
      String hex = sha.get();
      if (!isSha256(hex)) {
        throw new IllegalArgumentException(
            "Evidence.sha256 must be 64 hexadecimal characters, was '" + hex + "'");
      }
      String lower = hex.toLowerCase(Locale.ROOT);
      if (!lower.equals(hex)) {
        return builder().from(this).sha256(lower).build();
      }
    }
    return this;
  }

  /**
   * Tells whether a text is a SHA-256 digest in hexadecimal: exactly 64 characters {@code 0-9},
   * {@code a-f} or {@code A-F}.
   *
   * @param text the text
   * @return {@code true} if the model accepts it as {@link #getSha256()}
   */
  public static boolean isSha256(String text) {
    return SHA256.matcher(text).matches();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Evidence}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableEvidence.Builder {
    Builder() {}
  }
}
