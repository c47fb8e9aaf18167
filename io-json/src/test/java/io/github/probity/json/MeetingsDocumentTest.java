package io.github.probity.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.probity.finding.Finding;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskPoint;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Meetings recorded once on the ledger document, and the decisions that name them. */
class MeetingsDocumentTest {
  private static final ProbityJson STRICT = ProbityJson.strict();
  private static final Ledger SAMPLE = Fixtures.sampleWithMeetings();
  private static final String DOC = new String(STRICT.writeLedger(SAMPLE), StandardCharsets.UTF_8);

  @Test
  void meetingsComeBeforeThePointsAndRoundTripWholeAndStreamed() throws IOException {
    assertThat(DOC.indexOf("\"meetings\":[{\"reference\":\"2026年第3次党组会\""))
        .isPositive()
        .isLessThan(DOC.indexOf("\"riskPoints\""));
    assertThat(STRICT.readLedger(DOC.getBytes(StandardCharsets.UTF_8)).value()).isEqualTo(SAMPLE);

    List<RiskPoint> points = new ArrayList<>();
    try (LedgerStreamReader r =
        STRICT.openLedgerReader(new ByteArrayInputStream(DOC.getBytes(StandardCharsets.UTF_8)))) {
      assertThat(r.head().getMeetings()).isEqualTo(SAMPLE.getMeetings());
      r.forEachRemaining(points::add);
    }
    assertThat(points).isEqualTo(SAMPLE.getRiskPoints());
  }

  @Test
  void aDecisionNamingNoRecordedMeetingIsAnIntegrityProblemWholeAndStreamed() {
    String doc =
        DOC.replace("\"meetingReference\":\"2026年第3次党组会\"", "\"meetingReference\":\"2026年第4次党组会\"");

    JsonReadException whole =
        catchThrowableOfType(
            JsonReadException.class, () -> STRICT.readLedger(doc.getBytes(StandardCharsets.UTF_8)));
    assertThat(whole.getFindings())
        .extracting(Finding::getCode)
        .containsOnly(JsonFindingCode.LEDGER_INTEGRITY);
    assertThat(whole.getFindings())
        .extracting(f -> f.message(Locale.ENGLISH))
        .anyMatch(
            m ->
                m.contains("riskPoints[RP-0001].decision.meetingReference")
                    && m.contains("2026年第4次党组会"));

    JsonReadException streamed =
        catchThrowableOfType(
            JsonReadException.class,
            () -> {
              try (LedgerStreamReader r =
                  STRICT.openLedgerReader(
                      new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)))) {
                r.forEachRemaining(rp -> {});
              }
            });
    assertThat(streamed.firstError().getCode()).isEqualTo(JsonFindingCode.LEDGER_INTEGRITY);
    assertThat(streamed.firstError().message(Locale.ENGLISH))
        .contains("riskPoints[RP-0001].decision.meetingReference");
  }

  @Test
  void anUnknownMeetingKindIsRefusedNamingTheValidCodes() {
    String doc = DOC.replace("\"kind\":\"PARTY_GROUP\"", "\"kind\":\"TEA_PARTY\"");

    JsonReadException e =
        catchThrowableOfType(
            JsonReadException.class, () -> STRICT.readLedger(doc.getBytes(StandardCharsets.UTF_8)));
    assertThat(e.firstError().message(Locale.ENGLISH)).contains("TEA_PARTY", "BUREAU_AFFAIRS");
  }

  @Test
  void theWrittenDocumentMatchesTheSchema() throws IOException {
    assertThat(SchemaTest.validate(DOC.getBytes(StandardCharsets.UTF_8))).isEmpty();
  }
}
