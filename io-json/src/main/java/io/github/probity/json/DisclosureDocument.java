package io.github.probity.json;

import io.github.probity.archive.DisclosureRegistration;
import io.github.probity.archive.DisclosureView;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A disclosure document's content (党务公开/政务公开): the disclosure view as published and its
 * registration record. Invariant: the registration's content digest is the SHA-256 of the view's
 * {@link DisclosureView#text()}, so the record fits what was published. Immutable and thread-safe.
 *
 * @param view the disclosed view, after redaction
 * @param registration the registration of that view
 * @since 0.1.0
 */
public record DisclosureDocument(DisclosureView view, DisclosureRegistration registration) {

  /**
   * Checks that the registration belongs to the view.
   *
   * @param view the disclosed view
   * @param registration its registration
   * @throws IllegalArgumentException if the registration's digest is not the view's
   */
  public DisclosureDocument {
    String digest = sha256(view.text());
    if (!digest.equals(registration.getContentDigest())) {
      throw new IllegalArgumentException(
          "registration.contentDigest "
              + registration.getContentDigest()
              + " is not the SHA-256 of the view's text, "
              + digest);
    }
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
