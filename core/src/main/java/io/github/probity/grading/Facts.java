package io.github.probity.grading;

import io.github.probity.model.PowerItem;
import io.github.probity.model.RiskFactors;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Resolves a point's factors: the assessed value, else one derived from the power item, else the
 * neutral default 3 (core factors) or absent, returned as 0 (discretion, harm).
 */
final class Facts {
  static final int NEUTRAL = 3;

  private Facts() {}

  static int importance(@Nullable RiskFactors f, @Nullable PowerItem item) {
    if (f != null) {
      return f.getImportance();
    }
    if (item == null) {
      return NEUTRAL;
    }
    if (item.isMajorMatter()) {
      return 5;
    }
    switch (item.getKind()) {
      case SUPERVISION:
        return 3;
      case OTHER:
        return 2;
      default:
        return 4;
    }
  }

  static int frequency(@Nullable RiskFactors f, @Nullable PowerItem item) {
    if (f != null) {
      return f.getFrequency();
    }
    if (item == null) {
      return NEUTRAL;
    }
    switch (item.getFrequency()) {
      case DAILY:
        return 5;
      case WEEKLY:
        return 4;
      case MONTHLY:
        return 3;
      case QUARTERLY:
        return 2;
      default:
        return 1;
    }
  }

  static int probability(@Nullable RiskFactors f) {
    return f != null ? f.getProbability() : NEUTRAL;
  }

  static int discretion(@Nullable RiskFactors f, @Nullable PowerItem item) {
    if (f != null) {
      OptionalInt assessed = f.getDiscretion();
      if (assessed.isPresent()) {
        return assessed.getAsInt();
      }
    }
    if (item == null) {
      return 0;
    }
    switch (item.getDiscretion()) {
      case NONE:
        return 1;
      case LIMITED:
        return 2;
      case CONSIDERABLE:
        return 4;
      default:
        return 5;
    }
  }

  static int harm(@Nullable RiskFactors f) {
    if (f == null) {
      return 0;
    }
    OptionalInt assessed = f.getHarm();
    return assessed.isPresent() ? assessed.getAsInt() : 0;
  }

  /** Returns a 1–5 factor's resolved value, 0 when absent; not for {@link Factor#POINT_COUNT}. */
  static int value(Factor factor, @Nullable RiskFactors f, @Nullable PowerItem item) {
    switch (factor) {
      case IMPORTANCE:
        return importance(f, item);
      case FREQUENCY:
        return frequency(f, item);
      case PROBABILITY:
        return probability(f);
      case DISCRETION:
        return discretion(f, item);
      case HARM:
        return harm(f);
      default:
        throw new IllegalArgumentException("not a 1–5 factor: " + factor);
    }
  }

  /** Where a resolved factor came from, in Chinese and English, by {@link #sourceIndex}. */
  private static final String[][] SOURCES = {
    {"评估值", "assessed"},
    {"据职权事项推定", "derived from the power item"},
    {"未评估，取中值", "not assessed, neutral value"}
  };

  /** The number of distinct sources {@link #sourceIndex} returns. */
  static final int SOURCE_COUNT = SOURCES.length;

  /** Returns the Chinese and English text of a source index. */
  static String[] sourceText(int index) {
    return SOURCES[index].clone();
  }

  /** Says where a resolved factor came from, for explanations: Chinese and English. */
  static String[] source(Factor factor, @Nullable RiskFactors f, @Nullable PowerItem item) {
    return SOURCES[sourceIndex(factor, f, item)].clone();
  }

  /** Says where a resolved factor came from: 0 assessed, 1 derived from the item, 2 neutral. */
  static int sourceIndex(Factor factor, @Nullable RiskFactors f, @Nullable PowerItem item) {
    boolean assessed;
    switch (factor) {
      case DISCRETION:
        assessed = f != null && f.getDiscretion().isPresent();
        break;
      case HARM:
        assessed = f != null && f.getHarm().isPresent();
        break;
      default:
        assessed = f != null;
    }
    if (assessed) {
      return 0;
    }
    boolean derivable =
        factor == Factor.IMPORTANCE || factor == Factor.FREQUENCY || factor == Factor.DISCRETION;
    return item != null && derivable ? 1 : 2;
  }
}
