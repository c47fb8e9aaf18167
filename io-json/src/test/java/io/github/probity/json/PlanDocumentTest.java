package io.github.probity.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.probity.finding.Finding;
import io.github.probity.plan.ImplementationPlan;
import io.github.probity.plan.ProgressIndicator;
import io.github.probity.testkit.PlanGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlanDocumentTest {
  private static final ProbityJson STRICT = ProbityJson.strict();
  private static final ProbityJson LENIENT = ProbityJson.lenient();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final com.networknt.schema.Schema SCHEMA =
      SchemaTest.load(DocumentType.IMPLEMENTATION_PLAN, 1);
  static final String V1_SAMPLE =
      "io/github/probity/json/v1/probity-implementation-plan.sample.json";

  /** The plan the frozen v1 sample holds. */
  static ImplementationPlan sample() {
    return ImplementationPlan.template("示例区财政局", 2026)
        .withTaskCompleted("召开动员会议", LocalDate.of(2026, 4, 22))
        .withTaskCompleted("查找风险", LocalDate.of(2026, 5, 10));
  }

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void plansRoundTripCanonicallyAndMatchTheSchema(long seed) throws IOException {
    ImplementationPlan plan = PlanGenerator.generate(seed);
    byte[] bytes = STRICT.writePlan(plan);

    ReadResult<ImplementationPlan> back = STRICT.readPlan(bytes);

    assertThat(back.value()).isEqualTo(plan);
    assertThat(back.findings()).isEmpty();
    assertThat(STRICT.writePlan(back.value())).isEqualTo(bytes);
    assertThat(SCHEMA.validate(MAPPER.readTree(bytes))).isEmpty();
    assertThat(STRICT.readPlan(ProbityJson.builder().pretty(true).build().writePlan(plan)).value())
        .isEqualTo(plan);
  }

  @Test
  void theFrozenV1SampleStillReadsAndMatchesTheSchema() throws IOException {
    byte[] frozen = FrozenSampleTest.resource(V1_SAMPLE);

    assertThat(STRICT.readPlan(frozen).value()).isEqualTo(sample());
    assertThat(text(STRICT.writePlan(sample()))).isEqualTo(text(frozen).strip());
    assertThat(SCHEMA.validate(MAPPER.readTree(frozen))).isEmpty();
  }

  @Test
  void strictReadingLocatesUnknownPropertiesAndLabels() {
    String doc = text(STRICT.writePlan(sample()));

    JsonReadException unknown =
        catchThrowableOfType(
            JsonReadException.class,
            () ->
                STRICT.readPlan(
                    doc.replaceFirst("\"title\"", "\"colour\":\"red\",\"title\"")
                        .getBytes(StandardCharsets.UTF_8)));
    assertThat(unknown.firstError().getCode()).isEqualTo(JsonFindingCode.UNKNOWN_PROPERTY);
    assertThat(JsonFindings.pointer(unknown.firstError()))
        .isEqualTo("/plan/phases/0/tasks/0/colour");

    byte[] labelled =
        doc.replace("\"POSTS_WITH_RISK_POINTS\"", "\"岗位风险点查找率\"").getBytes(StandardCharsets.UTF_8);
    JsonReadException label =
        catchThrowableOfType(JsonReadException.class, () -> STRICT.readPlan(labelled));
    assertThat(label.firstError().getCode()).isEqualTo(JsonFindingCode.INVALID_CODE);
    assertThat(JsonFindings.pointer(label.firstError()))
        .isEqualTo("/plan/phases/1/tasks/1/indicators/0");
  }

  @Test
  void lenientReadingAcceptsLabelsAndKeepsUnknownPropertiesAside() {
    String doc =
        text(STRICT.writePlan(sample()))
            .replace("\"POSTS_WITH_RISK_POINTS\"", "\"岗位风险点查找率\"")
            .replaceFirst("\"unitName\"", "\"approvedBy\":{\"name\":\"局党组\"},\"unitName\"");

    ReadResult<ImplementationPlan> r = LENIENT.readPlan(doc.getBytes(StandardCharsets.UTF_8));

    assertThat(r.value()).isEqualTo(sample());
    assertThat(r.unknownProperties()).containsEntry("/plan/approvedBy", "{\"name\":\"局党组\"}");
    assertThat(r.findings())
        .extracting(Finding::getCode)
        .containsExactly(JsonFindingCode.UNKNOWN_PROPERTY_KEPT, JsonFindingCode.LABEL_ACCEPTED);
    assertThat(r.value().phase(2).task("查找风险").orElseThrow().getIndicators())
        .containsExactly(ProgressIndicator.POSTS_WITH_RISK_POINTS);
  }

  @Test
  void aPlanTheModelRefusesIsAFinding() {
    String doc =
        text(STRICT.writePlan(sample()))
            .replace("\"start\":\"2026-05-02\"", "\"start\":\"2026-04-25\"");

    JsonReadException e =
        catchThrowableOfType(
            JsonReadException.class, () -> LENIENT.readPlan(doc.getBytes(StandardCharsets.UTF_8)));

    assertThat(e.firstError().getCode()).isEqualTo(JsonFindingCode.INVALID_VALUE);
    assertThat(JsonFindings.pointer(e.firstError())).isEqualTo("/plan");
    assertThat(JsonFindings.line(e.firstError())).isEqualTo(1);
    assertThat(e.getMessage()).contains("phases[1].start");
  }

  @Test
  void theSchemaRejectsUnknownPropertiesLabelsAndBadNames() throws IOException {
    ObjectNode doc = (ObjectNode) MAPPER.readTree(STRICT.writePlan(sample()));
    ObjectNode task = (ObjectNode) doc.at("/plan/phases/1/tasks/1");

    task.put("colour", "red");
    assertThat(SCHEMA.validate(doc)).isNotEmpty();
    task.remove("colour");
    task.putArray("indicators").add("岗位风险点查找率");
    assertThat(SCHEMA.validate(doc)).isNotEmpty();
    task.putArray("indicators").add("POSTS_WITH_RISK_POINTS");
    assertThat(SCHEMA.validate(doc)).isEmpty();
    task.putArray("responsiblePeople").add("科室负责人、在岗人");
    assertThat(SCHEMA.validate(doc)).isNotEmpty();
    task.putArray("responsiblePeople").add("科室负责人");
    task.putNull("note");
    assertThat(SCHEMA.validate(doc)).isNotEmpty();
    task.remove("note");
    doc.put("format", "probity-ledger");
    assertThat(SCHEMA.validate(doc)).isNotEmpty();
  }
}
