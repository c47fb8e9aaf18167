package io.github.probity.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.probity.finding.Finding;
import io.github.probity.finding.Severity;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskLevel;
import io.github.probity.validation.RuleSet;
import io.github.probity.validation.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReportDocumentTest {
  private static final ProbityJson STRICT = ProbityJson.strict();
  private static final com.networknt.schema.Schema SCHEMA =
      SchemaTest.load(DocumentType.VALIDATION_REPORT, 1);

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  /**
   * The standard rules' report on a random ledger, plus seeded violations of every argument kind.
   */
  static ValidationReport report(long seed) {
    Random r = new Random(seed);
    Ledger ledger = RandomLedgers.generate(seed);
    List<Finding> violations = new ArrayList<>(RuleSet.standard().validate(ledger).getFindings());
    Object[] arguments = {"采购\"审核\"", 42, 7_000_000_000L, 2.5, true, RiskLevel.HIGH, "x/y~z"};
    for (int i = r.nextInt(4); i > 0; i--) {
      List<Object> args = new ArrayList<>();
      for (int k = r.nextInt(4); k > 0; k--) {
        args.add(arguments[r.nextInt(arguments.length)]);
      }
      violations.add(
          JsonFindings.violation(
              "TEST_RULE_" + r.nextInt(10),
              Severity.values()[r.nextInt(Severity.values().length)],
              "riskPoints[RP-" + r.nextInt(100) + "].title",
              "test.message." + r.nextInt(3),
              args));
    }
    return ValidationReport.of(violations);
  }

  static ValidationReport normalized(ValidationReport report) {
    List<Finding> out = new ArrayList<>();
    for (Finding v : report.getFindings()) {
      List<Object> args = new ArrayList<>();
      v.getArguments().forEach(a -> args.add(ReportCodec.normalize(a)));
      out.add(
          JsonFindings.violation(
              v.getCode().code(),
              v.getSeverity(),
              v.getLocation().text(),
              v.getMessageKey(),
              args));
    }
    return ValidationReport.of(out);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void reportsRoundTripCanonicallyAndMatchTheSchema(long seed) throws IOException {
    ValidationReport report = report(seed);
    byte[] bytes = STRICT.writeReport(report);

    ValidationReport back = STRICT.readReport(bytes).value();

    assertThat(back).isEqualTo(normalized(report));
    assertThat(STRICT.writeReport(back)).isEqualTo(bytes);
    assertThat(STRICT.writeReport(report(seed))).isEqualTo(bytes);
    assertThat(SCHEMA.validate(new ObjectMapper().readTree(bytes))).isEmpty();
  }

  @Test
  void strictReadingLocatesProblems() {
    String doc =
        new String(
            STRICT.writeReport(
                ValidationReport.of(
                    List.of(
                        JsonFindings.violation(
                            "R1", Severity.ERROR, "unit.name", "k", List.of("a"))))),
            StandardCharsets.UTF_8);

    JsonReadException unknown =
        catchThrowableOfType(
            JsonReadException.class,
            () ->
                STRICT.readReport(
                    doc.replace("\"ruleId\"", "\"colour\":1,\"ruleId\"")
                        .getBytes(StandardCharsets.UTF_8)));
    assertThat(JsonFindings.pointer(unknown.firstError())).isEqualTo("/report/violations/0/colour");

    JsonReadException severity =
        catchThrowableOfType(
            JsonReadException.class,
            () ->
                STRICT.readReport(
                    doc.replace("\"ERROR\"", "\"错误\"").getBytes(StandardCharsets.UTF_8)));
    assertThat(severity.firstError().getCode()).isEqualTo(JsonFindingCode.INVALID_CODE);
    assertThat(
            ProbityJson.lenient()
                .readReport(doc.replace("\"ERROR\"", "\"错误\"").getBytes(StandardCharsets.UTF_8))
                .value()
                .getFindings()
                .get(0)
                .getSeverity())
        .isEqualTo(Severity.ERROR);
  }

  @Test
  void anUnknownSeverityIsALocatedFindingInLenientModeToo() {
    String doc =
        new String(
                STRICT.writeReport(
                    ValidationReport.of(
                        List.of(
                            JsonFindings.violation(
                                "R1", Severity.ERROR, "unit.name", "k", List.of("a"))))),
                StandardCharsets.UTF_8)
            .replace("\"ERROR\"", "\"ERRVR\"");
    JsonReadException e =
        catchThrowableOfType(
            JsonReadException.class,
            () -> ProbityJson.lenient().readReport(doc.getBytes(StandardCharsets.UTF_8)));
    assertThat(e).as("a typed error, not IllegalArgumentException").isNotNull();
    assertThat(e.firstError().getCode()).isEqualTo(JsonFindingCode.INVALID_CODE);
    assertThat(JsonFindings.pointer(e.firstError())).isEqualTo("/report/violations/0/severity");
  }
}
