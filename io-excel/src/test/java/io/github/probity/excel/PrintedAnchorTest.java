package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.archive.Archive;
import io.github.probity.archive.ArchiveAnchor;
import io.github.probity.archive.ArchiveHistory;
import io.github.probity.archive.DisclosureKind;
import io.github.probity.archive.DisclosureRegistration;
import io.github.probity.archive.DisclosureView;
import io.github.probity.archive.RedactionPolicy;
import io.github.probity.model.Ledger;
import io.github.probity.testkit.ArchiveGenerator;
import io.github.probity.testkit.SampleUnit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A chain's anchor printed on the archive workbook and the register, and read back to verify. */
class PrintedAnchorTest {
  @Test
  void theArchiveWorkbookPrintsItsChainsAnchorAndReadsItBack() throws Exception {
    ArchiveHistory history = ArchiveGenerator.history(7);
    KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    ArchiveAnchor anchor = history.anchor().signedWith(keys.getPrivate());
    Archive current = history.current().getContent();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ArchiveWorkbookWriter.standard().write(current, anchor, out);
    ArchiveReadResult read =
        ArchiveWorkbookReader.standard().read(new ByteArrayInputStream(out.toByteArray()));

    assertThat(read.archives()).containsExactly(current);
    assertThat(read.anchors()).containsExactly(anchor);
    assertThat(history.verify(read.anchors().get(0), keys.getPublic()).isIntact()).isTrue();
    assertThat(read.isClean()).isTrue();
  }

  @Test
  void anAnchorOfAnotherPostIsRefusedBeforeWriting() {
    ArchiveHistory history = ArchiveGenerator.history(8);
    Archive current = history.current().getContent();
    ArchiveAnchor other =
        ArchiveAnchor.of(current.getUnitCode(), current.getYear(), "OTHER", 1, "a".repeat(64));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> ArchiveWorkbookWriter.standard().write(current, other, out))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(out.size()).isZero();
  }

  @Test
  void theRegisterPrintsTheDigestAndEveryAnchor() throws IOException, GeneralSecurityException {
    Ledger ledger = SampleUnit.ledger();
    DisclosureView view = DisclosureView.of(ledger, RedactionPolicy.standard());
    DisclosureRegistration reg =
        view.register(
            DisclosureKind.GOVERNMENT_AFFAIRS,
            "社会公众",
            "门户网站",
            Optional.of(LocalDate.of(2026, 7, 15)),
            ledger.getLeadershipGroup().getLeaders().get(0).getPersonId(),
            DisclosureWorkbookTest.CLOCK);
    List<ArchiveAnchor> anchors =
        List.of(
            ArchiveAnchor.of(ledger.getUnit().getCode(), 2026, "P-1", 2, "b".repeat(64)),
            ArchiveAnchor.of(ledger.getUnit().getCode(), 2026, "P-2", 1, "c".repeat(64)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DisclosureWorkbookWriter.standard().write(view, reg, anchors, out);

    String text = DisclosureWorkbookTest.unzipped(out.toByteArray());
    assertThat(text)
        .contains("档案链锚点汇总（SHA-256）")
        .contains(ArchiveAnchor.digest(anchors))
        .contains(anchors.get(0).printable())
        .contains(anchors.get(1).printable());
  }
}
