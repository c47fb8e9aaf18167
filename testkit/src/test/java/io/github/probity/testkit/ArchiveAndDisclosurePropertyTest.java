package io.github.probity.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.archive.Archive;
import io.github.probity.archive.ArchiveHistory;
import io.github.probity.archive.DisclosureView;
import io.github.probity.archive.RedactionPolicy;
import io.github.probity.model.Ledger;
import io.github.probity.model.Measure;
import io.github.probity.model.Person;
import io.github.probity.model.RiskPoint;
import io.github.probity.review.Publicity;
import io.github.probity.review.ReviewAction;
import io.github.probity.review.ReviewPolicy;
import io.github.probity.review.ReviewRecord;
import io.github.probity.review.ReviewState;
import io.github.probity.review.ReviewWorkflow;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Review, archive and disclosure over generated ledgers. */
class ArchiveAndDisclosurePropertyTest {
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  static Clock at(LocalDate date) {
    return Clock.fixed(date.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyMeasureCanBeFiledByTheActorsItsScopeNames(long seed) {
    Ledger ledger = LedgerGenerator.generate(seed);
    ReviewPolicy policy =
        ReviewPolicy.builder().addPartyOrganisation(partyOrganisation(ledger)).build();
    ReviewWorkflow draftDay = ReviewWorkflow.of(ledger, policy, at(MONDAY));
    ReviewWorkflow later = ReviewWorkflow.of(ledger, policy, at(MONDAY.plusDays(7)));
    List<ReviewRecord> filed = new ArrayList<>();

    for (RiskPoint rp : ledger.getRiskPoints()) {
      for (Measure m : rp.getMeasures()) {
        String drafter = draftDay.actors(rp.getOwner(), ReviewAction.DRAFT).iterator().next();
        ReviewRecord r = draftDay.draft(m.getId(), drafter, Optional.empty());
        if (ReviewWorkflow.publicityRequired(rp.getOwner().getScope())) {
          r =
              draftDay.publicise(
                  r,
                  any(draftDay, r, ReviewAction.PUBLICISE),
                  Publicity.builder().start(MONDAY).end(MONDAY.plusDays(4)).range("全局").build(),
                  Optional.empty());
        }
        r = later.review(r, any(later, r, ReviewAction.REVIEW), "同意");
        r = later.file(r, any(later, r, ReviewAction.FILE), Optional.empty());
        assertThat(r.state()).isEqualTo(ReviewState.FILED);
        filed.add(r);
      }
    }

    List<Archive> archives = Archive.allOf(ledger, filed);
    assertThat(archives).hasSameSizeAs(ledger.getPosts());
    int reviews = 0;
    for (Archive a : archives) {
      reviews += a.getReviews().size();
      ArchiveHistory h =
          ArchiveHistory.start(
              a, policy.getPartyOrganisation().iterator().next(), "建档", at(MONDAY));
      assertThat(h.verify().isIntact()).isTrue();
    }
    long personal =
        filed.stream().filter(r -> r.getOwner().getScope().code().equals("POST")).count();
    assertThat(reviews).isEqualTo((int) personal);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void noNameAppearsInTheStandardDisclosureView(long seed) {
    Ledger ledger = LedgerGenerator.generate(seed);
    DisclosureView view = DisclosureView.of(ledger, RedactionPolicy.standard());
    String text = view.text() + view;

    assertThat(view.getEntries()).hasSameSizeAs(ledger.getRiskPoints());
    for (Person p : ledger.getPeople()) {
      assertThat(text).doesNotContain(p.getName());
    }
  }

  @Test
  void noNameAppearsInTheSampleUnitsDisclosureView() {
    Ledger ledger = SampleUnit.ledger();
    String text = DisclosureView.of(ledger, RedactionPolicy.standard()).text();
    for (Person p : ledger.getPeople()) {
      assertThat(text).doesNotContain(p.getName());
    }
  }

  private static String partyOrganisation(Ledger ledger) {
    List<io.github.probity.model.Leader> leaders = ledger.getLeadershipGroup().getLeaders();
    return leaders.get(leaders.size() - 1).getPersonId();
  }

  private static String any(ReviewWorkflow wf, ReviewRecord r, ReviewAction action) {
    return wf.actors(r.getOwner(), action).iterator().next();
  }
}
