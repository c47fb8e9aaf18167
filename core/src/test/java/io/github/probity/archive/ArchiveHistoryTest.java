package io.github.probity.archive;

import static io.github.probity.archive.ArchiveFixtures.clockAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.model.Ledger;
import io.github.probity.model.Person;
import io.github.probity.model.Post;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import io.github.probity.review.ReviewPolicy;
import io.github.probity.review.ReviewRecord;
import io.github.probity.review.ReviewWorkflow;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArchiveHistoryTest {
  static final LocalDate DAY = LocalDate.of(2026, 6, 1);

  @Test
  void anArchiveIsBuiltFromTheLedgerForOnePost() {
    Ledger ledger = ArchiveFixtures.ledger().build();
    ReviewWorkflow wf =
        ReviewWorkflow.of(
            ledger, ReviewPolicy.builder().addPartyOrganisation("P9").build(), clockAt(DAY));
    ReviewRecord post = wf.draft("M-1", "P4", Optional.empty());
    ReviewRecord dept = wf.draft("M-4", "P3", Optional.empty());

    Archive a = Archive.of(ledger, "POST-1", List.of(post, dept));

    assertThat(a.getUnitName()).isEqualTo("示例区财政局");
    assertThat(a.getYear()).isEqualTo(2026);
    assertThat(a.getDepartmentName()).isEqualTo("政府采购监管科");
    assertThat(a.getHolders()).extracting(Person::getName).containsExactly("钱进");
    assertThat(a.duties()).containsExactly("审核政府采购需求", "审核采购方式变更");
    assertThat(a.getRiskPoints()).extracting(RiskPoint::getId).containsExactly("RP-1");
    assertThat(a.getReviews()).containsExactly(post);
    assertThat(Archive.allOf(ledger, List.of())).hasSize(1);
    assertThatThrownBy(() -> Archive.of(ledger, "POST-404", List.of()))
        .hasMessageContaining("POST-404");
  }

  @Test
  void revisionsFindWhatChangedAndFlagReidentification() {
    ArchiveHistory h = chain();
    List<ArchiveRevision> revs = h.getRevisions();

    assertThat(revs).extracting(ArchiveRevision::getSequence).containsExactly(1, 2, 3, 4, 5, 6, 7);
    assertThat(revs.get(0).getKinds()).containsExactly(RevisionKind.CREATED);
    assertThat(revs.get(0).getPreviousHash()).isEqualTo(ArchiveRevision.GENESIS);
    assertThat(revs.get(1).getKinds()).containsExactly(RevisionKind.HOLDER_HANDOVER);
    assertThat(revs.get(1).isReidentificationRequired()).isTrue();
    assertThat(revs.get(2).getKinds()).containsExactly(RevisionKind.DUTY_CHANGE);
    assertThat(revs.get(2).isReidentificationRequired()).isTrue();
    assertThat(revs.get(3).getKinds())
        .containsExactlyInAnyOrder(RevisionKind.REGRADING, RevisionKind.MEASURE_ADDED);
    assertThat(revs.get(3).isReidentificationRequired()).isFalse();
    assertThat(revs.get(4).getKinds()).containsExactly(RevisionKind.PLEDGE);
    assertThat(revs.get(5).getKinds()).containsExactly(RevisionKind.ENTRY);
    assertThat(revs.get(6).getKinds()).containsExactly(RevisionKind.CONFIRMED);
    for (int i = 1; i < revs.size(); i++) {
      assertThat(revs.get(i).getPreviousHash()).isEqualTo(revs.get(i - 1).getHash());
    }
    assertThat(h.current().getContent().getChanges())
        .extracting(ChangeRecord::getReason)
        .containsExactly("建档", "人员交接", "职责调整", "重新定级并增加措施", "签订廉政承诺", "预警记录", "年度确认");
    assertThat(h.current().getHash()).matches("[0-9a-f]{64}");
    assertThat(h.verify().isIntact()).isTrue();
    assertThat(h.verify().getProblem()).isEmpty();
  }

  @Test
  void revisingAnotherPostOrYearIsRefused() {
    ArchiveHistory h = chain();
    Archive other =
        Archive.builder().from(h.current().getContent()).year(2027).changes(List.of()).build();
    assertThatThrownBy(() -> h.revise(other, "P9", "x", clockAt(DAY))).hasMessageContaining("2027");
    assertThatThrownBy(() -> h.revise(h.current().getContent(), "P9", " ", clockAt(DAY)))
        .hasMessageContaining("reason");
  }

  @Test
  void theSameContentHashesTheSameAndTheFormHasAnId() {
    Archive a = chain().current().getContent();
    Archive copy = Archive.builder().from(a).build();
    CanonicalForm form = CanonicalForm.builtIn();

    assertThat(form.encode(copy)).isEqualTo(form.encode(a));
    assertThat(form.id()).isEqualTo("probity-lp-1");
    assertThat(form.encode(Archive.builder().from(a).unitName("示例区财政局 ").build()))
        .isNotEqualTo(form.encode(a));
  }

  @Test
  void theBuiltInFormIsStable() throws Exception {
    // as stored before archives named their people: such content keeps its bytes
    Archive a =
        Archive.builder()
            .from(Archive.of(ArchiveFixtures.ledger().build(), "POST-1", List.of()))
            .people(List.of())
            .build();
    byte[] digest =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest(CanonicalForm.builtIn().encode(a));

    // Stored chains depend on these bytes: a change here needs a new form id.
    assertThat(java.util.HexFormat.of().formatHex(digest)).isEqualTo(GOLDEN);
  }

  static final String GOLDEN = "a5406830896bdb18b85bf130c2fc95521e245e7f2427b01e8f012e5b05c57384";

  @Test
  void verifyingWithAnotherFormFails() {
    ArchiveHistory h = chain();
    CanonicalForm other =
        new CanonicalForm() {
          @Override
          public String id() {
            return "other";
          }

          @Override
          public byte[] encode(Archive archive) {
            return CanonicalForm.builtIn().encode(archive);
          }
        };
    ChainVerification v = ArchiveHistory.of(h.getRevisions(), other).verify();
    assertThat(v.getFirstAltered()).hasValue(0);
    assertThat(v.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("other"));
  }

  /** Ways of flipping one byte of a stored revision, each named. */
  static final List<Tamper> TAMPERS =
      List.of(
          new Tamper("reason", r -> rev(r).reason(flip(r.getReason())).build()),
          new Tamper("actor", r -> rev(r).actor(flip(r.getActor())).build()),
          new Tamper("at", r -> rev(r).at(r.getAt().plusNanos(1)).build()),
          new Tamper("hash", r -> rev(r).hash(flip(r.getHash())).build()),
          new Tamper("previousHash", r -> rev(r).previousHash(flip(r.getPreviousHash())).build()),
          new Tamper("formId", r -> rev(r).formId(flip(r.getFormId())).build()),
          new Tamper("sequence", r -> rev(r).sequence(r.getSequence() ^ 1).build()),
          new Tamper(
              "kinds",
              r ->
                  rev(r)
                      .kinds(
                          r.getKinds().contains(RevisionKind.CONFIRMED)
                              ? EnumSet.of(RevisionKind.PLEDGE)
                              : EnumSet.of(RevisionKind.CONFIRMED))
                      .build()),
          new Tamper(
              "post name",
              r ->
                  content(
                      r,
                      a ->
                          a.post(
                              Post.builder().from(post(r)).name(flip(post(r).getName())).build()))),
          new Tamper(
              "duty",
              r ->
                  content(
                      r,
                      a -> {
                        List<String> duties = new ArrayList<>(post(r).getDuties());
                        duties.set(0, flip(duties.get(0)));
                        return a.post(Post.builder().from(post(r)).duties(duties).build());
                      })),
          new Tamper(
              "holder name",
              r ->
                  content(
                      r,
                      a -> {
                        Person p = r.getContent().getHolders().get(0);
                        return a.holders(
                            List.of(Person.builder().from(p).name(flip(p.getName())).build()));
                      })),
          new Tamper(
              "risk point title",
              r ->
                  content(
                      r,
                      a -> {
                        RiskPoint rp = r.getContent().getRiskPoints().get(0);
                        return a.riskPoints(
                            List.of(
                                RiskPoint.builder().from(rp).title(flip(rp.getTitle())).build()));
                      })),
          new Tamper(
              "unit name", r -> content(r, a -> a.unitName(flip(r.getContent().getUnitName())))),
          new Tamper(
              "change log",
              r ->
                  content(
                      r,
                      a -> {
                        List<ChangeRecord> log = new ArrayList<>(r.getContent().getChanges());
                        ChangeRecord c = log.get(log.size() - 1);
                        log.set(
                            log.size() - 1,
                            ChangeRecord.builder().from(c).reason(flip(c.getReason())).build());
                        return a.changes(log);
                      })));

  static Stream<Arguments> tamperings() {
    int revisions = chain().getRevisions().size();
    return IntStream.range(0, revisions)
        .boxed()
        .flatMap(i -> TAMPERS.stream().map(t -> Arguments.of(i, t)));
  }

  @ParameterizedTest(name = "revision index {0}, {1}")
  @MethodSource("tamperings")
  void flippingOneByteOfAnyRevisionIsFoundThere(int index, Tamper tamper) {
    List<ArchiveRevision> stored = new ArrayList<>(chain().getRevisions());
    ArchiveRevision original = stored.get(index);
    ArchiveRevision altered = tamper.apply.apply(original);
    assertThat(altered).isNotEqualTo(original);
    stored.set(index, altered);

    ChainVerification v = ArchiveHistory.of(stored, CanonicalForm.builtIn()).verify();

    assertThat(v.isIntact()).isFalse();
    assertThat(v.getFirstAltered()).hasValue(index);
    assertThat(v.getMessage()).isPresent();
  }

  @Test
  void aRevisionAlteredAndResealedBreaksTheNextLink() {
    List<ArchiveRevision> stored = new ArrayList<>(chain().getRevisions());
    ArchiveRevision r = stored.get(2);
    ArchiveRevision forged = rev(r).reason("伪造").build();
    forged = rev(forged).hash(ArchiveHistory.hash(forged, CanonicalForm.builtIn())).build();
    stored.set(2, forged);

    ChainVerification v = ArchiveHistory.of(stored, CanonicalForm.builtIn()).verify();
    assertThat(v.getFirstAltered()).hasValue(3);
    assertThat(v.getProblem()).contains(ChainVerification.Problem.LINK_BROKEN);
  }

  @Test
  void anEmptyHistoryIsRefused() {
    assertThatThrownBy(() -> ArchiveHistory.of(List.of(), CanonicalForm.builtIn()))
        .hasMessageContaining("at least one revision");
  }

  /**
   * A seven-revision history: created, handover, duty change, regrading + measure, pledge, entry,
   * confirmation.
   */
  static ArchiveHistory chain() {
    Ledger ledger = ArchiveFixtures.ledger().build();
    Archive a = Archive.of(ledger, "POST-1", List.of());
    ArchiveHistory h = ArchiveHistory.start(a, "P9", "建档", clockAt(DAY));

    Post post = ledger.post("POST-1").orElseThrow();
    Ledger handover = replacePost(ledger, Post.builder().from(post).holders(List.of("P5")).build());
    h =
        h.revise(
            h.current().getContent().refreshedFrom(handover, List.of()),
            "P9",
            "人员交接",
            clockAt(DAY.plusDays(1)));

    Post retasked = Post.builder().from(post).holders(List.of("P5")).addDuties("负责采购档案管理").build();
    Ledger duties = replacePost(ledger, retasked);
    h =
        h.revise(
            h.current().getContent().refreshedFrom(duties, List.of()),
            "P9",
            "职责调整",
            clockAt(DAY.plusDays(2)));

    RiskPoint rp = duties.riskPoint("RP-1").orElseThrow();
    RiskPoint regraded =
        RiskPoint.builder()
            .from(rp)
            .level(RiskLevel.HIGH)
            .addMeasures(ArchiveFixtures.measure("M-9", "采购审核全程留痕"))
            .build();
    Ledger graded = replacePoint(duties, regraded);
    h =
        h.revise(
            h.current().getContent().refreshedFrom(graded, List.of()),
            "P9",
            "重新定级并增加措施",
            clockAt(DAY.plusDays(3)));

    Archive pledged =
        Archive.builder()
            .from(h.current().getContent())
            .addPledges(
                IntegrityPledge.builder()
                    .personId("P5")
                    .date(DAY.plusDays(4))
                    .text("严守廉洁纪律")
                    .build())
            .build();
    h = h.revise(pledged, "P5", "签订廉政承诺", clockAt(DAY.plusDays(4)));

    Archive warned =
        Archive.builder()
            .from(h.current().getContent())
            .addEntries(
                ArchiveEntry.builder()
                    .kind(ArchiveEntry.WARNING)
                    .id("W-1")
                    .date(DAY.plusDays(5))
                    .summary("采购审核超时预警")
                    .putAttributes("level", "YELLOW")
                    .build())
            .build();
    h = h.revise(warned, "P9", "预警记录", clockAt(DAY.plusDays(5)));
    return h.revise(h.current().getContent(), "P9", "年度确认", clockAt(DAY.plusDays(6)));
  }

  static Ledger replacePost(Ledger ledger, Post post) {
    List<Post> posts = new ArrayList<>();
    ledger.getPosts().forEach(p -> posts.add(p.getId().equals(post.getId()) ? post : p));
    return Ledger.builder().from(ledger).posts(posts).build();
  }

  static Ledger replacePoint(Ledger ledger, RiskPoint point) {
    List<RiskPoint> points = new ArrayList<>();
    ledger.getRiskPoints().forEach(p -> points.add(p.getId().equals(point.getId()) ? point : p));
    return Ledger.builder().from(ledger).riskPoints(points).build();
  }

  static ArchiveRevision.Builder rev(ArchiveRevision r) {
    return ArchiveRevision.builder().from(r);
  }

  static Post post(ArchiveRevision r) {
    return r.getContent().getPost();
  }

  static ArchiveRevision content(ArchiveRevision r, UnaryOperator<Archive.Builder> change) {
    return rev(r).content(change.apply(Archive.builder().from(r.getContent())).build()).build();
  }

  /** Flips the lowest bit of one byte of the text's UTF-8 form, keeping it valid UTF-8. */
  static String flip(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    for (int i = bytes.length - 1; i >= 0; i--) {
      byte[] copy = bytes.clone();
      copy[i] ^= 0x01;
      try {
        String s =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(copy))
                .toString();
        if (!s.equals(text)) {
          return s;
        }
      } catch (CharacterCodingException e) {
        // try the previous byte
      }
    }
    throw new AssertionError("no byte of '" + text + "' can be flipped");
  }

  /** A named tampering. */
  record Tamper(String name, UnaryOperator<ArchiveRevision> apply) {
    @Override
    public String toString() {
      return name;
    }
  }
}
