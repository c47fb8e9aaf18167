package io.github.probity.json;

import io.github.probity.archive.Archive;
import io.github.probity.archive.ArchiveEntry;
import io.github.probity.archive.ArchiveHistory;
import io.github.probity.archive.CanonicalForm;
import io.github.probity.archive.DisclosureKind;
import io.github.probity.archive.DisclosureView;
import io.github.probity.archive.IntegrityPledge;
import io.github.probity.archive.RedactionPolicy;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskOwner;
import io.github.probity.review.Publicity;
import io.github.probity.review.ReviewAction;
import io.github.probity.review.ReviewRecord;
import io.github.probity.review.ReviewState;
import io.github.probity.review.ReviewStep;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Hand-made archive, history and disclosure over {@link Fixtures#sample()}, for frozen samples. */
final class ArchiveSamples {
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private ArchiveSamples() {}

  static Clock at(String instant) {
    return Clock.fixed(Instant.parse(instant), ZONE);
  }

  static ReviewRecord review() {
    return ReviewRecord.builder()
        .measureId("M-0001")
        .riskPointId("RP-0001")
        .owner(RiskOwner.post("POST-01"))
        .addTrail(
            ReviewStep.builder()
                .action(ReviewAction.DRAFT)
                .toState(ReviewState.DRAFTED)
                .actor("P04")
                .at(Instant.parse("2026-06-01T02:00:00Z"))
                .opinion("在岗人提出")
                .build(),
            ReviewStep.builder()
                .action(ReviewAction.PUBLICISE)
                .fromState(ReviewState.DRAFTED)
                .toState(ReviewState.PUBLICISED)
                .actor("P02")
                .at(Instant.parse("2026-06-01T03:00:00Z"))
                .publicity(
                    Publicity.builder()
                        .start(LocalDate.of(2026, 6, 1))
                        .end(LocalDate.of(2026, 6, 5))
                        .range("局机关")
                        .build())
                .build(),
            ReviewStep.builder()
                .action(ReviewAction.RETURN)
                .fromState(ReviewState.PUBLICISED)
                .toState(ReviewState.RETURNED)
                .actor("P02")
                .at(Instant.parse("2026-06-08T02:00:00Z"))
                .addReasons("措施不够具体")
                .build())
        .build();
  }

  static Archive archive() {
    Ledger ledger = Fixtures.sample();
    return Archive.builder()
        .from(Archive.of(ledger, "POST-01", List.of(review())))
        .people(List.of()) // as the frozen samples were written, before archives named people
        .addPledges(
            IntegrityPledge.builder()
                .personId("P04")
                .date(LocalDate.of(2026, 1, 20))
                .text("严格遵守廉洁从政各项规定")
                .build())
        .addEntries(
            ArchiveEntry.builder()
                .kind(ArchiveEntry.WARNING)
                .id("IND-1:S-9")
                .date(LocalDate.of(2026, 6, 10))
                .summary("警示预警（风险已显现）：90天内对同一人员信访举报3次")
                .putAttributes("level", "CAUTION")
                .putAttributes("subject", "PERSON:P04")
                .build())
        .build();
  }

  static ArchiveHistory history(CanonicalForm form) {
    ArchiveHistory h =
        ArchiveHistory.start(archive(), "P02", "建立岗位廉政风险档案", at("2026-01-10T02:00:00Z"), form);
    Archive next =
        Archive.builder()
            .from(h.current().getContent())
            .pledges(List.of())
            .entries(List.of())
            .build();
    return h.revise(next, "P02", "更正录入", at("2026-07-01T02:00:00Z"));
  }

  static DisclosureDocument disclosure() {
    DisclosureView view = DisclosureView.of(Fixtures.sample(), RedactionPolicy.standard());
    return new DisclosureDocument(
        view,
        view.register(
            DisclosureKind.PARTY_AFFAIRS,
            "局机关全体干部",
            "公开栏",
            Optional.of(LocalDate.of(2026, 6, 30)),
            "P02",
            at("2026-06-15T01:30:00Z")));
  }
}
