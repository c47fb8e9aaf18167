package io.github.probity.testkit;

import io.github.probity.archive.Archive;
import io.github.probity.archive.ArchiveEntry;
import io.github.probity.archive.ArchiveHistory;
import io.github.probity.archive.CanonicalForm;
import io.github.probity.archive.IntegrityPledge;
import io.github.probity.model.Leader;
import io.github.probity.model.Ledger;
import io.github.probity.model.Measure;
import io.github.probity.model.Post;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import io.github.probity.review.Publicity;
import io.github.probity.review.ReviewAction;
import io.github.probity.review.ReviewPolicy;
import io.github.probity.review.ReviewRecord;
import io.github.probity.review.ReviewWorkflow;
import io.github.probity.warning.CaseAction;
import io.github.probity.warning.CaseBook;
import io.github.probity.warning.DispositionLadder;
import io.github.probity.warning.Subject;
import io.github.probity.warning.Warning;
import io.github.probity.warning.WarningLevel;
import io.github.probity.warning.WarningPolicy;
import io.github.probity.warning.WarningStage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Generates post archives (一岗一档) with a revision history, from a seed, over a {@link
 * LedgerGenerator} ledger.
 *
 * <p>Invariants (property tests may rely on them): the archive is of one post of {@code
 * LedgerGenerator.generate(seed)} for that ledger's year; its review records are real workflow
 * trails (drafted, publicised, returned and redrafted, reviewed, filed), made by the actors the
 * owner's scope names; holders have integrity pledges; the history has two to four revisions whose
 * chain verifies; the last revisions add warning and disposition entries (with texts a spreadsheet
 * could take for formulas) and pledges. The same seed gives an equal history. Thread-safe: every
 * call uses its own random source.
 *
 * @since 0.1.0
 */
public final class ArchiveGenerator {
  /** The time zone of the generated unit. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** The Monday the generated review trails start on. */
  public static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);

  private ArchiveGenerator() {}

  /**
   * Generates an archive history sealed with the built-in canonical form.
   *
   * @param seed the seed
   * @return the history
   */
  public static ArchiveHistory history(long seed) {
    return history(seed, CanonicalForm.builtIn());
  }

  /**
   * Generates an archive history sealed with the given canonical form.
   *
   * @param seed the seed
   * @param form the canonical form the chain is computed over
   * @return the history
   */
  public static ArchiveHistory history(long seed, CanonicalForm form) {
    Random r = new Random(seed * 31 + 7);
    Ledger ledger = LedgerGenerator.generate(seed);
    List<Post> posts = ledger.getPosts();
    Post post = posts.get(r.nextInt(posts.size()));
    List<Leader> leaders = ledger.getLeadershipGroup().getLeaders();
    String party = leaders.get(leaders.size() - 1).getPersonId();
    ReviewPolicy policy =
        ReviewPolicy.builder().addPartyOrganisation(party).partyOrganisationName("机关党支部").build();
    ReviewWorkflow draftDay = ReviewWorkflow.of(ledger, policy, at(MONDAY));
    ReviewWorkflow later = ReviewWorkflow.of(ledger, policy, at(MONDAY.plusDays(7)));
    ReviewWorkflow redraftDay = ReviewWorkflow.of(ledger, policy, at(MONDAY.plusDays(8)));

    List<ReviewRecord> reviews = new ArrayList<>();
    for (RiskPoint rp : ledger.riskPointsOf(RiskOwner.post(post.getId()))) {
      for (Measure m : rp.getMeasures()) {
        int depth = r.nextInt(5);
        ReviewRecord rec =
            draftDay.draft(
                m.getId(),
                any(draftDay, rp.getOwner(), ReviewAction.DRAFT),
                r.nextBoolean() ? Optional.of("在岗人提出") : Optional.empty());
        if (depth >= 1) {
          rec =
              draftDay.publicise(
                  rec,
                  any(draftDay, rp.getOwner(), ReviewAction.PUBLICISE),
                  Publicity.builder()
                      .start(MONDAY)
                      .end(MONDAY.plusDays(4))
                      .range(r.nextBoolean() ? "本科室" : "局机关全体干部")
                      .build(),
                  Optional.empty());
        }
        if (depth == 2) {
          rec =
              later.returnForRedraft(
                  rec,
                  any(later, rp.getOwner(), ReviewAction.RETURN),
                  r.nextBoolean() ? List.of("措施不够具体") : List.of("措施不够具体", "未明确完成时限"));
          rec =
              redraftDay.redraft(
                  rec, any(redraftDay, rp.getOwner(), ReviewAction.REDRAFT), Optional.empty());
        }
        if (depth >= 3) {
          rec = later.review(rec, any(later, rp.getOwner(), ReviewAction.REVIEW), "同意");
        }
        if (depth >= 4) {
          rec = later.file(rec, any(later, rp.getOwner(), ReviewAction.FILE), Optional.empty());
        }
        reviews.add(rec);
      }
    }

    Archive archive = Archive.of(ledger, post.getId(), reviews);
    Clock opened = at(LocalDate.of(ledger.getYear(), 1, 10));
    ArchiveHistory history = ArchiveHistory.start(archive, party, "建立岗位廉政风险档案", opened, form);

    List<IntegrityPledge> pledges = new ArrayList<>();
    for (String holder : post.getHolders()) {
      IntegrityPledge.Builder b =
          IntegrityPledge.builder()
              .personId(holder)
              .date(LocalDate.of(ledger.getYear(), 1, 15 + r.nextInt(10)));
      if (r.nextBoolean()) {
        b.text("本人承诺：严格遵守廉洁从政各项规定，自觉接受监督。");
      }
      pledges.add(b.build());
    }
    Archive pledged =
        Archive.builder().from(history.current().getContent()).pledges(pledges).build();
    history = history.revise(pledged, party, "签订廉政承诺书", at(LocalDate.of(ledger.getYear(), 2, 1)));

    if (r.nextInt(4) > 0) {
      Clock clock = at(MONDAY.plusDays(20));
      CaseBook cases = new CaseBook(clock, WarningPolicy.defaults(), "预警系统");
      List<Warning> warnings = new ArrayList<>();
      int n = 1 + r.nextInt(3);
      for (int i = 0; i < n; i++) {
        Subject subject =
            i % 2 == 0
                ? Subject.post(post.getId())
                : Subject.person(post.getHolders().get(r.nextInt(post.getHolders().size())));
        Warning w =
            Warning.builder()
                .id("GEN-" + seed + ":S" + i)
                .indicator("GEN-" + seed)
                .level(WarningLevel.values()[r.nextInt(WarningLevel.values().length)])
                .stage(r.nextBoolean() ? WarningStage.TENDENCY : WarningStage.APPEARED)
                .ladder(DispositionLadder.values()[r.nextInt(DispositionLadder.values().length)])
                .subject(subject)
                .addSignals("S" + i, "S" + (i + 10))
                .time(at(MONDAY.plusDays(10 + i)).instant())
                .reason(i == 0 ? "=HYPERLINK(\"x\") 连续收到信访举报" : "审批超时 +1")
                .build();
        warnings.add(w);
        if (r.nextBoolean()) {
          cases.open(w);
          if (r.nextBoolean()) {
            cases.apply("CASE:" + w.getId(), CaseAction.ACCEPT, party, "已受理");
          }
        }
      }
      Archive warned =
          Archive.builder()
              .from(history.current().getContent().withWarnings(warnings, cases, ZONE))
              .addEntries(
                  ArchiveEntry.builder()
                      .kind("NOTE")
                      .id("N-" + seed)
                      .date(MONDAY.plusDays(21))
                      .summary("-年中廉政谈话")
                      .putAttributes("谈话人", "纪检组长")
                      .build())
              .build();
      history = history.revise(warned, party, "录入预警处置记录", clock);
    }
    return history;
  }

  /**
   * Generates an archive: the current content of {@link #history(long)}.
   *
   * @param seed the seed
   * @return the archive
   */
  public static Archive archive(long seed) {
    return history(seed).current().getContent();
  }

  private static Clock at(LocalDate date) {
    return Clock.fixed(date.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
  }

  private static String any(ReviewWorkflow wf, RiskOwner owner, ReviewAction action) {
    return wf.actors(owner, action).stream().sorted().findFirst().orElseThrow();
  }
}
