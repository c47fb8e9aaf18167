package io.github.probity.annex;

import io.github.probity.model.RiskLevel;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A cell's text with the risk level written inside it taken out: {@code 公车私用★★★} is the text {@code
 * 公车私用} with the level {@link RiskLevel#HIGH}. Returned by {@link AnnexText#levelInText(String)}
 * and {@link AnnexText#splitNumberedWithLevels(String)}.
 *
 * <p>As {@code AnnexText} returns it, the text is cleaned (no surrounding white space) and empty
 * only when the cell held nothing but a level mark or nothing at all. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false)
public abstract class LevelledText {
  LevelledText() {}

  /**
   * Returns the text without the level mark.
   *
   * @return the text, possibly empty
   */
  @Value.Parameter
  public abstract String getText();

  /** {@return the level written in the text, if there was one} */
  @Value.Parameter
  public abstract Optional<RiskLevel> getLevel();

  /**
   * Returns a text with a level.
   *
   * @param text the text without the level mark
   * @param level the level
   * @return the value
   */
  public static LevelledText of(String text, RiskLevel level) {
    return ImmutableLevelledText.of(text, Optional.of(level));
  }

  /**
   * Returns a text without a level.
   *
   * @param text the text
   * @return the value
   */
  public static LevelledText of(String text) {
    return ImmutableLevelledText.of(text, Optional.empty());
  }
}
