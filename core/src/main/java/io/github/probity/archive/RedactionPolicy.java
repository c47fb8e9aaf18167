package io.github.probity.archive;

import io.github.probity.model.OwnerScope;
import io.github.probity.model.RiskCategory;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a disclosure view leaves out: persons' names (replaced by what they are — role, post or
 * title — everywhere, free texts included), contact data (telephone numbers and e-mail addresses in
 * free texts; the model keeps no other contact data), chosen risk categories and owner scopes, and
 * optionally the manifestations.
 *
 * <p>{@link #standard()} replaces names, drops contact data and withholds nothing else. Immutable
 * and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class RedactionPolicy {
  RedactionPolicy() {}

  /**
   * Tells whether persons' names are replaced by their role, post or title.
   *
   * @return {@code true} by default
   */
  @Value.Default
  public boolean isReplaceNames() {
    return true;
  }

  /**
   * Tells whether telephone numbers and e-mail addresses are removed from all texts.
   *
   * @return {@code true} by default
   */
  @Value.Default
  public boolean isDropContactData() {
    return true;
  }

  /**
   * Tells whether manifestations (表现形式) are shown.
   *
   * @return {@code true} by default
   */
  @Value.Default
  public boolean isShowManifestations() {
    return true;
  }

  /**
   * Returns the risk categories whose points are withheld.
   *
   * @return the categories, empty by default
   */
  public abstract Set<RiskCategory> getWithheldCategories();

  /**
   * Returns the owner scopes whose points are withheld.
   *
   * @return the scopes, empty by default
   */
  public abstract Set<OwnerScope> getWithheldScopes();

  /**
   * Returns the standard policy: names replaced, contact data dropped, nothing withheld.
   *
   * @return the standard policy
   */
  public static RedactionPolicy standard() {
    return builder().build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RedactionPolicy}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableRedactionPolicy.Builder {
    Builder() {}
  }
}
