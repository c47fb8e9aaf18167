package io.github.probity.model;

import io.github.probity.internal.Codes;
import java.util.List;

/**
 * The integrity-risk level of a risk point: 高, 一般 or 低 (the plan's three grades).
 *
 * <p>Parsing accepts the code, the label and the synonyms used in real tables: {@code 中} and the
 * tiers {@code 一级/二级/三级}, stars {@code ★★★/★★/★}, and English words. Labels for output are chosen
 * with a {@link LevelLabelStyle}. Compare levels with {@link #isAtLeast(RiskLevel)} or {@link
 * #rank()}, never with {@code ordinal()}.
 *
 * @since 0.1.0
 */
public enum RiskLevel implements Coded {
  /** 高 (一级, ★★★). */
  HIGH("HIGH", "高", "高", 3, "一级"),
  /** 一般 (中, 二级, ★★). */
  MEDIUM("MEDIUM", "一般", "中", 2, "二级"),
  /** 低 (三级, ★). */
  LOW("LOW", "低", "低", 1, "三级");

  private static final Codes<RiskLevel> CODES =
      Codes.of("风险等级 (RiskLevel)", RiskLevel.class, RiskLevel::synonyms);

  private final String code;
  private final String label;
  private final String shortLabel;
  private final int rank;
  private final String tierLabel;

  RiskLevel(String code, String label, String shortLabel, int rank, String tierLabel) {
    this.code = code;
    this.label = label;
    this.shortLabel = shortLabel;
    this.rank = rank;
    this.tierLabel = tierLabel;
  }

  private static List<String> synonyms(RiskLevel level) {
    switch (level) {
      case HIGH:
        return List.of("一级", "★★★", "☆☆☆", "***", "HIGH", "H", "高风险", "1级", "I级");
      case MEDIUM:
        return List.of(
            "中", "二级", "★★", "☆☆", "**", "MEDIUM", "M", "中等", "一般风险", "中风险", "2级", "II级");
      default:
        return List.of("三级", "★", "☆", "*", "LOW", "L", "较低", "低风险", "3级", "III级");
    }
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String displayName() {
    return label;
  }

  /**
   * {@return the label of this level in the given style, e.g. {@code 二级} for {@link #MEDIUM} in
   * {@link LevelLabelStyle#TIER}}
   *
   * @param style the label style
   */
  public String label(LevelLabelStyle style) {
    switch (style) {
      case HIGH_MEDIUM_LOW:
        return shortLabel;
      case TIER:
        return tierLabel;
      default:
        return label;
    }
  }

  /** {@return the rank of this level: 3 for 高, 2 for 一般, 1 for 低} */
  public int rank() {
    return rank;
  }

  /**
   * Tells whether this level is the same as or more severe than another.
   *
   * @param other the level to compare with
   * @return {@code true} if {@code rank() >= other.rank()}
   */
  public boolean isAtLeast(RiskLevel other) {
    return rank >= other.rank;
  }

  /**
   * Returns the more severe of two levels.
   *
   * @param a one level
   * @param b another level
   * @return the level with the higher rank
   */
  public static RiskLevel max(RiskLevel a, RiskLevel b) {
    return a.rank >= b.rank ? a : b;
  }

  /**
   * Returns the level with the given rank.
   *
   * @param rank 1, 2 or 3
   * @return the level
   * @throws IllegalArgumentException if the rank is not 1, 2 or 3
   */
  public static RiskLevel ofRank(int rank) {
    for (RiskLevel l : values()) {
      if (l.rank == rank) {
        return l;
      }
    }
    throw new IllegalArgumentException("RiskLevel rank must be 1, 2 or 3, was " + rank);
  }

  /**
   * Parses a code, label or synonym (高 / 一般 / 中 / 一级 / ★★★ / HIGH …), ignoring case and surrounding
   * (also full-width) spaces.
   *
   * @param text the text to parse
   * @return the level
   * @throws InvalidCodeException if the text names no level; the message lists the valid values
   */
  public static RiskLevel parse(String text) {
    return CODES.parse(text);
  }
}
