package io.github.probity.examples;

import io.github.probity.archive.Archive;
import io.github.probity.archive.ArchiveHistory;
import io.github.probity.archive.DisclosureView;
import io.github.probity.archive.RedactionPolicy;
import io.github.probity.model.Ledger;
import io.github.probity.review.Publicity;
import io.github.probity.review.ReviewPolicy;
import io.github.probity.review.ReviewRecord;
import io.github.probity.review.ReviewWorkflow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The README's review, archive and disclosure example: a personal measure of the quick start's
 * ledger is proposed, publicised, reviewed and filed; the post's archive is opened; the ledger's
 * disclosure view is printed.
 */
public final class ReviewAndArchive {
  private ReviewAndArchive() {}

  /**
   * Runs the example.
   *
   * @return the filed review record, the archive history and the disclosure view
   */
  public static Result run() {
    Ledger ledger = QuickStart.ledger();
    // tag::review[]
    Clock clock = Clock.fixed(Instant.parse("2026-06-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    ReviewPolicy policy =
        ReviewPolicy.builder()
            .addPartyOrganisation("P01") // who acts for the party organisation
            .partyOrganisationName("局机关党支部")
            .build(); // publicity: at least 5 working days by default
    ReviewWorkflow review = ReviewWorkflow.of(ledger, policy, clock);

    ReviewRecord measure = review.draft("M-0042-1", "P03", Optional.of("在岗人提出")); // the post holder
    measure =
        review.publicise(
            measure,
            "P01",
            Publicity.builder()
                .start(LocalDate.of(2026, 6, 1))
                .end(LocalDate.of(2026, 6, 5))
                .range("局机关")
                .build(),
            Optional.empty());
    ReviewWorkflow nextWeek =
        ReviewWorkflow.of(ledger, policy, Clock.offset(clock, Duration.ofDays(7)));
    measure = nextWeek.review(measure, "P01", "同意"); // 审核
    measure = nextWeek.file(measure, "P01", Optional.empty()); // 备案

    ArchiveHistory archive =
        ArchiveHistory.start(
            Archive.of(ledger, "D03-01", List.of(measure)), "P01", "建立岗位廉政风险档案", clock);
    System.out.println(archive.verify().isIntact()); // true: the hash chain is intact

    DisclosureView disclosure = DisclosureView.of(ledger, RedactionPolicy.standard());
    System.out.println(disclosure.text()); // names replaced by roles and posts
    // end::review[]
    return new Result(measure, archive, disclosure);
  }

  /**
   * What the example produced.
   *
   * @param measure the filed review record
   * @param archive the post's archive history
   * @param disclosure the ledger's disclosure view
   */
  public record Result(ReviewRecord measure, ArchiveHistory archive, DisclosureView disclosure) {}
}
