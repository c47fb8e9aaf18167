package io.github.probity.store.jdbc;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.immutables.value.Value;

/**
 * The head of a post's archive chain for a year: its latest revision's sequence number and hash.
 *
 * <p>A chain can be rewritten whole and resealed by someone with write access to the database; the
 * head, once printed on the archive workbook or the disclosure register, is what such a rewrite is
 * checked against ({@link ArchiveStore#check(ArchiveHead)}). {@link #digest(List)} folds the heads
 * of all of a unit's posts into one hash for the register. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ArchiveHead {
  ArchiveHead() {}

  /**
   * Returns the unit's code.
   *
   * @return the unit code
   */
  public abstract String getUnitCode();

  /**
   * Returns the year.
   *
   * @return the year
   */
  public abstract int getYear();

  /**
   * Returns the post's id.
   *
   * @return the post id
   */
  public abstract String getPostId();

  /**
   * Returns the latest revision's sequence number.
   *
   * @return the sequence, from 1
   */
  public abstract int getSequence();

  /**
   * Returns the latest revision's hash.
   *
   * @return 64 lower-case hex digits
   */
  public abstract String getHash();

  /**
   * Returns the head as one line to print, e.g. {@code 档案链 SL-CZJ/2026/P-01 第3版 SHA-256:9f…}.
   *
   * @return the printable line
   */
  public String printable() {
    return "档案链 "
        + getUnitCode()
        + "/"
        + getYear()
        + "/"
        + getPostId()
        + " 第"
        + getSequence()
        + "版 SHA-256:"
        + getHash();
  }

  /**
   * Returns one SHA-256 over several heads, e.g. all posts of a unit for a year, independent of the
   * order they are given in: each head's {@link #printable()} line, sorted by unit, year and post,
   * each followed by a line feed, UTF-8.
   *
   * @param heads the heads
   * @return 64 lower-case hex digits
   */
  public static String digest(List<ArchiveHead> heads) {
    StringBuilder text = new StringBuilder();
    heads.stream()
        .sorted(
            Comparator.comparing(ArchiveHead::getUnitCode)
                .thenComparingInt(ArchiveHead::getYear)
                .thenComparing(ArchiveHead::getPostId))
        .forEach(h -> text.append(h.printable()).append('\n'));
    return Sha256.hex(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Returns a head.
   *
   * @param unitCode the unit's code
   * @param year the year
   * @param postId the post's id
   * @param sequence the latest revision's sequence number
   * @param hash the latest revision's hash
   * @return the head
   */
  public static ArchiveHead of(
      String unitCode, int year, String postId, int sequence, String hash) {
    return ImmutableArchiveHead.builder()
        .unitCode(unitCode)
        .year(year)
        .postId(postId)
        .sequence(sequence)
        .hash(hash)
        .build();
  }
}
