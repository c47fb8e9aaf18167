package io.github.probity.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.probity.model.Effectiveness;
import io.github.probity.model.EffectivenessReview;
import io.github.probity.model.Evidence;
import io.github.probity.model.Ledger;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureStatus;
import io.github.probity.model.RiskPoint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A measure's status, progress, evidence and effectiveness reviews in the ledger document. */
class MeasuresInMotionJsonTest {
  private static final ProbityJson STRICT = ProbityJson.strict();
  private static final String HASH =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  /** The sample with its first measure in place, evidenced and reviewed, its second abandoned. */
  static Ledger inMotion() {
    Ledger sample = Fixtures.sample();
    List<RiskPoint> points = new ArrayList<>();
    int n = 0;
    for (RiskPoint p : sample.getRiskPoints()) {
      List<Measure> measures = new ArrayList<>();
      for (Measure m : p.getMeasures()) {
        Measure.Builder b = Measure.builder().from(m);
        if (n == 0) {
          b.status(MeasureStatus.DONE)
              .progress(100)
              .addEvidence(
                  Evidence.builder()
                      .reference("采购复核记录-2026-03.pdf")
                      .sha256(HASH)
                      .date(LocalDate.of(2026, 3, 31))
                      .by("P04")
                      .build(),
                  Evidence.builder()
                      .reference("财档〔2026〕17号")
                      .date(LocalDate.of(2026, 4, 2))
                      .by("P04")
                      .build())
              .addReviews(
                  EffectivenessReview.builder()
                      .date(LocalDate.of(2026, 6, 30))
                      .reviewer("P02")
                      .verdict(Effectiveness.BASICALLY_EFFECTIVE)
                      .note("复核记录需按月归档")
                      .build());
        } else if (n == 1) {
          b.status(MeasureStatus.ABANDONED).progress(40).abandonReason("岗位撤并，措施并入新岗位");
        } else if (n == 2) {
          b.status(MeasureStatus.IN_PROGRESS).progress(55);
        }
        n++;
        measures.add(b.build());
      }
      points.add(RiskPoint.builder().from(p).measures(measures).build());
    }
    return Ledger.builder().from(sample).riskPoints(points).build();
  }

  @Test
  void theNewFieldsRoundTripAndMatchTheSchema() throws IOException {
    Ledger ledger = inMotion();
    byte[] bytes = STRICT.writeLedger(ledger);
    String doc = new String(bytes, StandardCharsets.UTF_8);
    assertThat(doc)
        .contains("\"status\":\"DONE\",\"progress\":100,\"evidence\":[{\"reference\":")
        .contains("\"sha256\":\"" + HASH + "\"")
        .contains("\"verdict\":\"BASICALLY_EFFECTIVE\"")
        .contains("\"abandonReason\":\"岗位撤并，措施并入新岗位\"");
    assertThat(STRICT.readLedger(bytes).value()).isEqualTo(ledger);
    assertThat(ProbityJson.lenient().readLedger(bytes).value()).isEqualTo(ledger);
    assertThat(SchemaTest.validate(bytes)).isEmpty();
  }

  @Test
  void aMeasureWithDefaultsWritesNoneOfTheNewFieldsSoOldDocumentsKeepTheirBytes() {
    String doc = new String(STRICT.writeLedger(Fixtures.sample()), StandardCharsets.UTF_8);
    assertThat(doc)
        .doesNotContain("\"status\"")
        .doesNotContain("\"progress\"")
        .doesNotContain("\"evidence\"")
        .doesNotContain("\"reviews\"");
    List<Measure> frozen =
        STRICT.readLedger(FrozenSampleTest.v1Sample()).value().getRiskPoints().stream()
            .flatMap(p -> p.getMeasures().stream())
            .toList();
    assertThat(frozen)
        .isNotEmpty()
        .allSatisfy(
            m -> {
              assertThat(m.getStatus()).isEqualTo(MeasureStatus.PLANNED);
              assertThat(m.getProgress()).isZero();
              assertThat(m.getEvidence()).isEmpty();
              assertThat(m.getReviews()).isEmpty();
            });
  }

  @Test
  void aStoredOverdueStatusOrABadDigestIsRefusedAndTheSchemaSaysSoToo() throws IOException {
    String doc = new String(STRICT.writeLedger(inMotion()), StandardCharsets.UTF_8);
    String overdue = doc.replace("\"status\":\"DONE\"", "\"status\":\"OVERDUE\"");
    JsonReadException e =
        catchThrowableOfType(
            JsonReadException.class,
            () -> STRICT.readLedger(overdue.getBytes(StandardCharsets.UTF_8)));
    assertThat(e.firstError().message(Locale.ENGLISH)).contains("OVERDUE");
    assertThat(SchemaTest.validate(overdue.getBytes(StandardCharsets.UTF_8))).isNotEmpty();

    String badHash = doc.replace(HASH, HASH.substring(2));
    JsonReadException h =
        catchThrowableOfType(
            JsonReadException.class,
            () -> STRICT.readLedger(badHash.getBytes(StandardCharsets.UTF_8)));
    assertThat(h.firstError().message(Locale.ENGLISH)).contains("sha256");
    assertThat(SchemaTest.validate(badHash.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
  }

  @Test
  void progressOutsideZeroToHundredIsRefused() throws IOException {
    String doc = new String(STRICT.writeLedger(inMotion()), StandardCharsets.UTF_8);
    String over = doc.replace("\"progress\":100", "\"progress\":101");
    assertThat(
            catchThrowableOfType(
                    JsonReadException.class,
                    () -> STRICT.readLedger(over.getBytes(StandardCharsets.UTF_8)))
                .firstError()
                .message(Locale.ENGLISH))
        .contains("progress");
    JsonNode node = new ObjectMapper().readTree(over);
    assertThat(SchemaTest.load(DocumentType.LEDGER, 1).validate(node)).isNotEmpty();
  }

  @Test
  void theFrozenV1MeasuresSampleReadsMatchesTheSchemaAndIsTodaysOutput() throws IOException {
    byte[] sample =
        FrozenSampleTest.resource("io/github/probity/json/v1/probity-ledger-measures.sample.json");
    assertThat(STRICT.readLedger(sample).value()).isEqualTo(inMotion());
    assertThat(new String(STRICT.writeLedger(inMotion()), StandardCharsets.UTF_8))
        .isEqualTo(new String(sample, StandardCharsets.UTF_8).strip());
    assertThat(SchemaTest.validate(sample)).isEmpty();
  }
}
