package io.github.probity.model;

import io.github.probity.internal.Codes;
import java.util.List;

/**
 * The kind of leadership meeting that decides collectively (集体研究), e.g. the levels of risk points.
 *
 * @since 0.1.0
 */
public enum MeetingKind implements Coded {
  /** The party leadership group's meeting (党组会议). */
  PARTY_GROUP("PARTY_GROUP", "党组会议"),
  /** The party committee's meeting (党委会议). */
  PARTY_COMMITTEE("PARTY_COMMITTEE", "党委会议"),
  /** The bureau's administrative meeting (局务会议). */
  BUREAU_AFFAIRS("BUREAU_AFFAIRS", "局务会议"),
  /** Any other meeting, e.g. a 局长办公会议 or a 班子会议. */
  OTHER("OTHER", "其他");

  private static final Codes<MeetingKind> CODES =
      Codes.of("会议类型 (MeetingKind)", MeetingKind.class, MeetingKind::synonyms);

  private final String code;
  private final String label;

  MeetingKind(String code, String label) {
    this.code = code;
    this.label = label;
  }

  private static List<String> synonyms(MeetingKind value) {
    switch (value) {
      case PARTY_GROUP:
        return List.of("党组会", "党组扩大会议");
      case PARTY_COMMITTEE:
        return List.of("党委会", "党委扩大会议");
      case BUREAU_AFFAIRS:
        return List.of("局务会", "局务扩大会议");
      default:
        return List.of("其他会议");
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
   * Parses a code, label or documented synonym, ignoring case and surrounding (also full-width)
   * spaces.
   *
   * @param text the text to parse
   * @return the value
   * @throws InvalidCodeException if the text names no value; the message lists the valid values
   */
  public static MeetingKind parse(String text) {
    return CODES.parse(text);
  }

  /**
   * Reads the kind from a meeting's reference, e.g. {@code 党组会议〔2026〕5号} or {@code 2026年第3次党委会}:
   * the first of 党组, 党委 and 局务 that the reference contains, otherwise {@link #OTHER}.
   *
   * @param reference a meeting reference
   * @return the kind the reference names
   */
  public static MeetingKind ofReference(String reference) {
    int best = Integer.MAX_VALUE;
    MeetingKind kind = OTHER;
    String[] marks = {"党组", "党委", "局务"};
    MeetingKind[] kinds = {PARTY_GROUP, PARTY_COMMITTEE, BUREAU_AFFAIRS};
    for (int i = 0; i < marks.length; i++) {
      int at = reference.indexOf(marks[i]);
      if (at >= 0 && at < best) {
        best = at;
        kind = kinds[i];
      }
    }
    return kind;
  }
}
