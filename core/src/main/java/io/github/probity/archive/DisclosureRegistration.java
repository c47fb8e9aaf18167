package io.github.probity.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The registration (登记) of a disclosure before it is published: which disclosure, when, within what
 * range, in what form, until when, what content, and who registered it. The content digest is the
 * SHA-256 of the view's {@link DisclosureView#text()}, so what was published can be checked against
 * what was registered.
 *
 * <p>Invariants: range, form, content and registrar are non-blank. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class DisclosureRegistration {
  DisclosureRegistration() {}

  /** {@return which disclosure this is} */
  public abstract DisclosureKind getKind();

  /**
   * Returns when it was registered.
   *
   * @return the instant
   */
  public abstract Instant getRegisteredAt();

  /** {@return the range (范围), e.g. 局机关全体干部 or 社会公众} */
  public abstract String getRange();

  /** {@return the form (形式), e.g. 公开栏, 门户网站 or 会议通报} */
  public abstract String getForm();

  /** {@return the last day of publication, if limited} */
  public abstract Optional<LocalDate> getDeadline();

  /**
   * Returns the content as described, e.g. 示例区财政局2026年廉政风险点及防控措施（158条）.
   *
   * @return the content description
   */
  public abstract String getContent();

  /** {@return the SHA-256, in hex, of the disclosed text} */
  public abstract String getContentDigest();

  /**
   * {@return who registered the disclosure, as printed after 登记人 on the register: a name or a post,
   * not an id}
   */
  public abstract String getRegistrar();

  @Value.Check
  void check() {
    if (getRange().isBlank()
        || getForm().isBlank()
        || getContent().isBlank()
        || getRegistrar().isBlank()) {
      throw new IllegalArgumentException(
          "DisclosureRegistration: range, form, content and registrar must not be blank");
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DisclosureRegistration}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableDisclosureRegistration.Builder {
    Builder() {}
  }
}
