package io.github.probity.model;

/**
 * An enumerated domain value with a stable machine code and a Chinese label.
 *
 * <p>The {@link #code()} never changes between releases and is what files and databases store; the
 * {@link #displayName()} is what users read. Neither depends on declaration order.
 *
 * @since 0.1.0
 */
public interface Coded {

  /** {@return the stable machine code, upper-case ASCII, such as {@code HIGH}} */
  String code();

  /**
   * Returns the Chinese label shown to users, such as {@code 高}.
   *
   * @return the label
   */
  String displayName();
}
