package io.github.probity.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An anchor kept apart from the chain finds what the chain alone cannot: cuts and reseals. */
class ArchiveAnchorTest {
  private final ArchiveHistory chain = ArchiveHistoryTest.chain();
  private final ArchiveAnchor anchor = chain.anchor();

  @Test
  void theAnchorIsTheChainsHead() {
    ArchiveRevision head = chain.current();
    assertThat(anchor.getSequence()).isEqualTo(head.getSequence());
    assertThat(anchor.getHash()).isEqualTo(head.getHash());
    assertThat(anchor.getPostId()).isEqualTo(head.getContent().getPost().getId());
    assertThat(chain.verify(anchor).isIntact()).isTrue();
  }

  @Test
  void droppingTheLastRevisionsPassesTheChainButNotTheAnchor() {
    List<ArchiveRevision> cut = chain.getRevisions().subList(0, 4);
    ArchiveHistory truncated = ArchiveHistory.of(cut, CanonicalForm.builtIn());

    assertThat(truncated.verify().isIntact()).isTrue();
    ChainVerification v = truncated.verify(anchor);
    assertThat(v.getProblem()).contains(ChainVerification.Problem.TRUNCATED);
    assertThat(v.getFirstAltered()).hasValue(4);
  }

  @Test
  void aChainRewrittenAndResealedPassesItselfButNotTheAnchor() {
    List<ArchiveRevision> forged = new ArrayList<>();
    String previous = ArchiveRevision.GENESIS;
    for (ArchiveRevision r : chain.getRevisions()) {
      ArchiveRevision changed =
          ArchiveRevision.builder()
              .from(r)
              .reason(r.getSequence() == 2 ? "另一个理由" : r.getReason())
              .previousHash(previous)
              .build();
      changed =
          ArchiveRevision.builder()
              .from(changed)
              .hash(ArchiveHistory.hash(changed, CanonicalForm.builtIn()))
              .build();
      forged.add(changed);
      previous = changed.getHash();
    }
    ArchiveHistory resealed = ArchiveHistory.of(forged, CanonicalForm.builtIn());

    assertThat(resealed.verify().isIntact()).isTrue();
    ChainVerification v = resealed.verify(anchor);
    assertThat(v.getProblem()).contains(ChainVerification.Problem.ANCHOR_MISMATCH);
    assertThat(v.getFirstAltered()).hasValue(anchor.getSequence() - 1);
  }

  @Test
  void revisionsAfterTheAnchorStillVerify() {
    ArchiveAnchor early =
        ArchiveHistory.of(chain.getRevisions().subList(0, 3), CanonicalForm.builtIn()).anchor();
    assertThat(chain.verify(early).isIntact()).isTrue();
  }

  @Test
  void anAnchorOfAnotherPostIsRefused() {
    ArchiveAnchor other =
        ArchiveAnchor.of(
            anchor.getUnitCode(),
            anchor.getYear(),
            "OTHER",
            anchor.getSequence(),
            anchor.getHash());
    assertThatThrownBy(() -> chain.verify(other)).hasMessageContaining("another archive");
  }

  @Test
  void thePrintedLineReadsBack() throws GeneralSecurityException {
    assertThat(ArchiveAnchor.parse(anchor.printable())).isEqualTo(anchor);
    assertThat(anchor.printable())
        .startsWith("档案链 " + anchor.getUnitCode() + "/" + anchor.getYear() + "/")
        .contains("第" + anchor.getSequence() + "版 SHA-256:" + anchor.getHash());
    ArchiveAnchor signed = anchor.signedWith(ed25519().getPrivate());
    assertThat(ArchiveAnchor.parse("  " + signed.printable() + "\n")).isEqualTo(signed);
    assertThatThrownBy(() -> ArchiveAnchor.parse("档案链 X/2026/P 第1版 SHA-256:abc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Not an archive anchor");
  }

  @Test
  void aSignedAnchorProvesWhoTookIt() throws GeneralSecurityException {
    KeyPair unit = ed25519();
    KeyPair stranger = ed25519();
    ArchiveAnchor signed = anchor.signedWith(unit.getPrivate());

    assertThat(signed.getSignatureAlgorithm()).contains("Ed25519");
    assertThat(signed.isSignedBy(unit.getPublic())).isTrue();
    assertThat(signed.isSignedBy(stranger.getPublic())).isFalse();
    assertThat(anchor.isSignedBy(unit.getPublic())).isFalse();
    assertThat(chain.verify(signed, unit.getPublic()).isIntact()).isTrue();

    // an attacker who rewrites the chain and re-takes the anchor cannot sign it with the unit's key
    ArchiveAnchor replaced =
        ArchiveAnchor.of(
                signed.getUnitCode(),
                signed.getYear(),
                signed.getPostId(),
                signed.getSequence(),
                "0".repeat(64))
            .signedWith(stranger.getPrivate());
    assertThat(chain.verify(replaced, unit.getPublic()).getProblem())
        .contains(ChainVerification.Problem.SIGNATURE_INVALID);
    ArchiveAnchor moved =
        ArchiveAnchor.parse(signed.printable().replace("第" + signed.getSequence() + "版", "第1版"));
    assertThat(moved.isSignedBy(unit.getPublic())).isFalse();
  }

  @Test
  void ecAndRsaKeysSignToo() throws GeneralSecurityException {
    for (String algorithm : List.of("EC", "RSA")) {
      KeyPair keys = KeyPairGenerator.getInstance(algorithm).generateKeyPair();
      ArchiveAnchor signed = anchor.signedWith(keys.getPrivate());
      assertThat(signed.isSignedBy(keys.getPublic())).as(algorithm).isTrue();
      assertThat(ArchiveAnchor.parse(signed.printable()).isSignedBy(keys.getPublic()))
          .as(algorithm)
          .isTrue();
    }
  }

  @Test
  void theDigestOfAUnitsAnchorsIgnoresTheirOrder() {
    ArchiveAnchor a = ArchiveAnchor.of("U", 2026, "P-1", 1, "a".repeat(64));
    ArchiveAnchor b = ArchiveAnchor.of("U", 2026, "P-2", 3, "b".repeat(64));
    assertThat(ArchiveAnchor.digest(List.of(a, b)))
        .isEqualTo(ArchiveAnchor.digest(List.of(b, a)))
        .hasSize(64)
        .isNotEqualTo(ArchiveAnchor.digest(List.of(a)));
  }

  @Test
  void malformedAnchorsAreRefused() {
    assertThatThrownBy(() -> ArchiveAnchor.of("U", 2026, "P", 0, "a".repeat(64)))
        .hasMessageContaining("sequence");
    assertThatThrownBy(() -> ArchiveAnchor.of("U", 2026, "P", 1, "A".repeat(64)))
        .hasMessageContaining("hash");
    assertThatThrownBy(() -> ArchiveAnchor.of("U 2", 2026, "P", 1, "a".repeat(64)))
        .hasMessageContaining("without spaces");
  }

  private static KeyPair ed25519() throws GeneralSecurityException {
    return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
  }
}
