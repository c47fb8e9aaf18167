package io.github.probity.archive;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The head of a post's archive chain for a year, kept outside the chain: the unit, year and post,
 * the latest revision's sequence number and hash, and optionally a signature over them.
 *
 * <p>{@link ArchiveHistory#verify()} proves only that the chain is consistent with itself: someone
 * who can write the chain can drop its last revisions, or rewrite a content and reseal every
 * revision after it, and the chain still verifies. An anchor printed on the archive workbook and
 * the disclosure register, published, or kept in a separate table fixes the head at the time it was
 * taken; {@link ArchiveHistory#verify(ArchiveAnchor)} then finds a chain cut below it and a chain
 * rewritten at or before it. Revisions appended after the anchor are not covered until the next
 * anchor is taken. A signature ({@link #signedWith}) made with a key the host keeps away from the
 * store also proves who took the anchor: without one, an attacker who can replace both the chain
 * and every copy of the anchor still goes unnoticed.
 *
 * <p>{@link #printable()} is the anchor as one line to print, which {@link #parse(String)} reads
 * back. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ArchiveAnchor {
  private static final Pattern LINE =
      Pattern.compile(
          "档案链 (\\S+)/(\\d{4})/(\\S+) 第(\\d+)版 SHA-256:([0-9a-f]{64})"
              + "(?: 签名 ([A-Za-z0-9]+):([A-Za-z0-9+/=]+))?");

  ArchiveAnchor() {}

  /** {@return the unit's code} */
  public abstract String getUnitCode();

  /** {@return the archive's year} */
  public abstract int getYear();

  /** {@return the post's id} */
  public abstract String getPostId();

  /**
   * Returns the sequence number of the revision the anchor was taken at.
   *
   * @return the sequence, from 1
   */
  public abstract int getSequence();

  /**
   * Returns that revision's hash.
   *
   * @return 64 lower-case hex digits
   */
  public abstract String getHash();

  /**
   * Returns the JCA name of the signature algorithm, such as {@code Ed25519}.
   *
   * @return the algorithm, or empty if the anchor is not signed
   */
  public abstract Optional<String> getSignatureAlgorithm();

  /**
   * Returns the signature over {@link #signedText()}, in Base64.
   *
   * @return the signature, or empty if the anchor is not signed
   */
  public abstract Optional<String> getSignature();

  /**
   * Returns an unsigned anchor.
   *
   * @param unitCode the unit's code
   * @param year the archive's year
   * @param postId the post's id
   * @param sequence the revision's sequence number, from 1
   * @param hash the revision's hash, 64 lower-case hex digits
   * @return the anchor
   * @throws IllegalArgumentException if the sequence is below 1 or the hash is not 64 hex digits
   */
  public static ArchiveAnchor of(
      String unitCode, int year, String postId, int sequence, String hash) {
    return ImmutableArchiveAnchor.builder()
        .unitCode(unitCode)
        .year(year)
        .postId(postId)
        .sequence(sequence)
        .hash(hash)
        .build();
  }

  /**
   * Returns the anchor as one line to print, e.g. {@code 档案链 SL-CZJ/2026/P-01 第3版 SHA-256:9f…},
   * followed by {@code 签名 Ed25519:…} when signed.
   *
   * @return the printable line
   */
  public String printable() {
    String line = signedText();
    return getSignature().isPresent()
        ? line + " 签名 " + getSignatureAlgorithm().orElseThrow() + ":" + getSignature().get()
        : line;
  }

  /**
   * {@return the text a signature is made over: the printable line without its signature, UTF-8}
   */
  public String signedText() {
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
   * Reads an anchor back from its {@link #printable()} line, e.g. as typed from a printed archive.
   * Spaces around the line are ignored.
   *
   * @param line the printed line
   * @return the anchor
   * @throws IllegalArgumentException if the line is not an anchor
   */
  public static ArchiveAnchor parse(String line) {
    Matcher m = LINE.matcher(line.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "Not an archive anchor (档案链 单位/年度/岗位 第N版 SHA-256:…): " + line);
    }
    ImmutableArchiveAnchor.Builder b =
        ImmutableArchiveAnchor.builder()
            .unitCode(m.group(1))
            .year(Integer.parseInt(m.group(2)))
            .postId(m.group(3))
            .sequence(Integer.parseInt(m.group(4)))
            .hash(m.group(5));
    if (m.group(6) != null) {
      b.signatureAlgorithm(m.group(6)).signature(m.group(7));
    }
    return b.build();
  }

  /**
   * Returns this anchor signed with a private key, by the algorithm that fits the key: {@code
   * Ed25519} for an Ed25519 key (recommended), {@code SHA256withECDSA} for an EC key, {@code
   * SHA256withRSA} for an RSA key.
   *
   * @param key the host's private key
   * @return a signed copy
   * @throws IllegalArgumentException if the key's algorithm is none of these or signing fails
   */
  public ArchiveAnchor signedWith(PrivateKey key) {
    String algorithm = algorithmFor(key.getAlgorithm());
    try {
      Signature s = Signature.getInstance(algorithm);
      s.initSign(key);
      s.update(signedText().getBytes(StandardCharsets.UTF_8));
      return ImmutableArchiveAnchor.builder()
          .from(this)
          .signatureAlgorithm(algorithm)
          .signature(Base64.getEncoder().encodeToString(s.sign()))
          .build();
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("Cannot sign the archive anchor with this key", e);
    }
  }

  /**
   * Tells whether the anchor carries a valid signature by the holder of the given key's private
   * half. An unsigned anchor, a signature by another key or over other text, or a signature made
   * with another algorithm than the key's gives {@code false}.
   *
   * @param key the public key to check against
   * @return {@code true} if signed with the matching private key
   */
  public boolean isSignedBy(PublicKey key) {
    if (getSignature().isEmpty() || getSignatureAlgorithm().isEmpty()) {
      return false;
    }
    try {
      if (!getSignatureAlgorithm().get().equals(algorithmFor(key.getAlgorithm()))) {
        return false;
      }
      Signature s = Signature.getInstance(getSignatureAlgorithm().get());
      s.initVerify(key);
      s.update(signedText().getBytes(StandardCharsets.UTF_8));
      return s.verify(Base64.getDecoder().decode(getSignature().get()));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Returns one SHA-256 over several anchors, e.g. all posts of a unit for a year, to print on the
   * disclosure register: each anchor's unsigned line ({@link #signedText()}), sorted by unit, year
   * and post, each followed by a line feed, UTF-8. The order they are given in does not matter.
   *
   * @param anchors the anchors
   * @return 64 lower-case hex digits
   */
  public static String digest(List<ArchiveAnchor> anchors) {
    StringBuilder text = new StringBuilder();
    anchors.stream()
        .sorted(
            Comparator.comparing(ArchiveAnchor::getUnitCode)
                .thenComparingInt(ArchiveAnchor::getYear)
                .thenComparing(ArchiveAnchor::getPostId))
        .forEach(a -> text.append(a.signedText()).append('\n'));
    return Digests.sha256(text.toString());
  }

  private static String algorithmFor(String keyAlgorithm) {
    switch (keyAlgorithm) {
      case "Ed25519":
      case "EdDSA":
        return "Ed25519";
      case "EC":
        return "SHA256withECDSA";
      case "RSA":
        return "SHA256withRSA";
      default:
        throw new IllegalArgumentException(
            "Archive anchors are signed with Ed25519, EC or RSA keys, not " + keyAlgorithm);
    }
  }

  @Value.Check
  void check() {
    if (getSequence() < 1) {
      throw new IllegalArgumentException("ArchiveAnchor: sequence must be at least 1");
    }
    if (!getHash().matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("ArchiveAnchor: hash must be 64 lower-case hex digits");
    }
    if (getSignature().isPresent() != getSignatureAlgorithm().isPresent()) {
      throw new IllegalArgumentException(
          "ArchiveAnchor: a signature and its algorithm go together");
    }
    if (!getUnitCode().matches("[^\\s/]+") || !getPostId().matches("\\S+")) {
      throw new IllegalArgumentException(
          "ArchiveAnchor: unit code and post id are needed, without spaces (and no / in the"
              + " unit code)");
    }
  }
}
