package io.github.probity.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.probity.model.Ledger;
import io.github.probity.validation.Severity;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictLenientTest {
  private static final ProbityJson STRICT = ProbityJson.strict();
  private static final ProbityJson LENIENT = ProbityJson.lenient();
  private static final Ledger SAMPLE = Fixtures.sample();
  private static final String DOC = new String(STRICT.writeLedger(SAMPLE), StandardCharsets.UTF_8);

  private static String edit(String from, String to) {
    assertThat(DOC).contains(from);
    return DOC.replaceFirst(
        java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
  }

  private static JsonFinding error(ProbityJson json, String doc) {
    JsonReadException e = catchThrowableOfType(JsonReadException.class, () -> json.readLedger(doc));
    assertThat(e).as("expected a JsonReadException").isNotNull();
    return e.firstError();
  }

  @Test
  void strictRejectsAnUnknownPropertyWithItsPointerLineAndColumn() {
    String doc = edit("{\"id\":\"RP-0002\",", "{\"id\":\"RP-0002\",\n  \"colour\":\"red\",");

    JsonFinding f = error(STRICT, doc);

    assertThat(f.code()).isEqualTo(JsonFindingCode.UNKNOWN_PROPERTY);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.pointer()).isEqualTo("/ledger/riskPoints/1/colour");
    assertThat(f.line()).isEqualTo(2);
    assertThat(f.column()).isEqualTo(12);
    assertThat(f.messageEn()).isEqualTo("Unknown property 'colour'");
    assertThat(f.messageZh()).isEqualTo("未知属性“colour”");
    assertThat(f.toString()).contains("JSON_UNKNOWN_PROPERTY", "line 2, column 12");
  }

  @Test
  void lenientKeepsUnknownPropertiesAsideAndReportsThem() {
    String doc =
        edit("{\"id\":\"RP-0002\",", "{\"id\":\"RP-0002\",\"colour\":{\"a\":[1,true,null]},")
            .replace("\"schemaVersion\":1,", "\"schemaVersion\":1,\"exportedBy\":\"OA 3.2\",");

    ReadResult<Ledger> read = LENIENT.readLedger(doc);

    assertThat(read.value()).isEqualTo(SAMPLE);
    assertThat(read.unknownProperties())
        .containsExactly(
            java.util.Map.entry("/exportedBy", "\"OA 3.2\""),
            java.util.Map.entry("/ledger/riskPoints/1/colour", "{\"a\":[1,true,null]}"));
    assertThat(read.findings())
        .extracting(JsonFinding::code, JsonFinding::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                JsonFindingCode.UNKNOWN_PROPERTY_KEPT, "/exportedBy"),
            org.assertj.core.groups.Tuple.tuple(
                JsonFindingCode.UNKNOWN_PROPERTY_KEPT, "/ledger/riskPoints/1/colour"));
    assertThat(read.findings()).allMatch(f -> f.severity() == Severity.WARNING);
  }

  @Test
  void lenientAcceptsChineseLabelsForEnumsAndStrictDoesNot() {
    String doc =
        edit("\"level\":\"MEDIUM\",\"decision\"", "\"level\":\"一般\",\"decision\"")
            .replace("\"category\":\"PROCESS\"", "\"category\":\"业务流程\"")
            .replace(
                "\"proposedLevel\":\"MEDIUM\",\"level\":\"HIGH\"",
                "\"proposedLevel\":\"中\",\"level\":\"高\"");

    ReadResult<Ledger> read = LENIENT.readLedger(doc);

    assertThat(read.value()).isEqualTo(SAMPLE);
    assertThat(read.findings())
        .extracting(JsonFinding::code)
        .containsOnly(JsonFindingCode.LABEL_ACCEPTED)
        .hasSize(4);
    assertThat(read.findings().get(0).pointer()).isEqualTo("/ledger/riskPoints/0/category");
    assertThat(read.findings().get(0).messageEn()).isEqualTo("'业务流程' read as PROCESS");

    JsonFinding f = error(STRICT, doc);
    assertThat(f.code()).isEqualTo(JsonFindingCode.INVALID_CODE);
    assertThat(f.pointer()).isEqualTo("/ledger/riskPoints/0/category");
    assertThat(f.messageEn())
        .isEqualTo(
            "'业务流程' is not a valid RiskCategory; valid values: IDEOLOGY, INSTITUTION, DUTY,"
                + " PROCESS, EXTERNAL, UNSPECIFIED");
  }

  @Test
  void anUnknownEnumValueIsAnErrorInBothModes() {
    String doc = edit("\"level\":\"LOW\"", "\"level\":\"极高\"");

    assertThat(error(LENIENT, doc).code()).isEqualTo(JsonFindingCode.INVALID_CODE);
    assertThat(error(LENIENT, doc).pointer()).isEqualTo("/ledger/riskPoints/1/level");
    assertThat(error(STRICT, doc).code()).isEqualTo(JsonFindingCode.INVALID_CODE);
  }

  @Test
  void nullIsAnErrorInStrictModeAndAbsentInLenientMode() {
    String doc = edit("\"title\":\"廉洁自律意识淡化\"", "\"title\":\"廉洁自律意识淡化\",\"manifestation\":null");

    JsonFinding f = error(STRICT, doc);
    assertThat(f.code()).isEqualTo(JsonFindingCode.NULL_VALUE);
    assertThat(f.pointer()).isEqualTo("/ledger/riskPoints/2/manifestation");

    ReadResult<Ledger> read = LENIENT.readLedger(doc);
    assertThat(read.value()).isEqualTo(SAMPLE);
    assertThat(read.findings())
        .extracting(JsonFinding::code)
        .containsExactly(JsonFindingCode.NULL_IGNORED);
  }

  @Test
  void duplicateKeysAreAnErrorInBothModes() {
    String doc = edit("\"year\":2026,", "\"year\":2026,\n\"year\":2027,");

    for (ProbityJson json : new ProbityJson[] {STRICT, LENIENT}) {
      JsonFinding f = error(json, doc);
      assertThat(f.code()).isEqualTo(JsonFindingCode.DUPLICATE_KEY);
      assertThat(f.line()).isEqualTo(2);
      assertThat(f.messageEn()).contains("year");
    }
    JsonFinding nested =
        error(STRICT, edit("{\"id\":\"RP-0002\",", "{\"id\":\"RP-0002\",\"id\":\"X\","));
    assertThat(nested.code()).isEqualTo(JsonFindingCode.DUPLICATE_KEY);
    assertThat(nested.pointer()).isEqualTo("/ledger/riskPoints/1/id");
    String unknownTwice = edit("\"year\":2026,", "\"year\":2026,\"x\":1,\"x\":2,");
    assertThat(error(LENIENT, unknownTwice).code()).isEqualTo(JsonFindingCode.DUPLICATE_KEY);
    assertThat(error(STRICT, DOC.replace("{\"format\"", "{\"format\":\"a\",\"format\"")).code())
        .isIn(JsonFindingCode.DUPLICATE_KEY, JsonFindingCode.WRONG_FORMAT);
  }

  @Test
  void wrongTypesAreLocated() {
    JsonFinding year = error(LENIENT, edit("\"year\":2026", "\"year\":\"2026\""));
    assertThat(year.code()).isEqualTo(JsonFindingCode.WRONG_TYPE);
    assertThat(year.pointer()).isEqualTo("/ledger/year");
    assertThat(year.messageEn()).isEqualTo("Expected integer, found string");

    JsonFinding principal = error(STRICT, edit("\"principal\":true", "\"principal\":\"yes\""));
    assertThat(principal.pointer()).isEqualTo("/ledger/leadershipGroup/leaders/0/principal");

    JsonFinding people = error(STRICT, edit("\"people\":[", "\"people\":{\"x\":1},\"p\":["));
    assertThat(people.code()).isEqualTo(JsonFindingCode.WRONG_TYPE);
    assertThat(people.pointer()).isEqualTo("/ledger/people");

    JsonFinding big = error(STRICT, edit("\"importance\":5", "\"importance\":50000000000"));
    assertThat(big.code()).isEqualTo(JsonFindingCode.WRONG_TYPE);
    assertThat(big.pointer()).isEqualTo("/ledger/riskPoints/0/factors/importance");

    JsonFinding date = error(STRICT, edit("\"date\":\"2026-03-12\"", "\"date\":\"12.03.2026\""));
    assertThat(date.code()).isEqualTo(JsonFindingCode.WRONG_TYPE);
    assertThat(date.pointer()).isEqualTo("/ledger/riskPoints/0/decision/date");
  }

  @Test
  void missingPropertiesAndBrokenInvariantsPointAtTheirObject() {
    JsonFinding missing = error(STRICT, edit("\"title\":\"廉洁自律意识淡化\",", ""));
    assertThat(missing.code()).isEqualTo(JsonFindingCode.MISSING_PROPERTY);
    assertThat(missing.pointer()).isEqualTo("/ledger/riskPoints/2");
    assertThat(missing.messageEn()).contains("title");

    JsonFinding invalid = error(STRICT, edit("\"importance\":5", "\"importance\":9"));
    assertThat(invalid.code()).isEqualTo(JsonFindingCode.INVALID_VALUE);
    assertThat(invalid.pointer()).isEqualTo("/ledger/riskPoints/0/factors");
    assertThat(invalid.messageEn()).contains("importance", "9");
  }

  @Test
  void danglingReferencesAreAllReported() {
    String doc =
        edit("\"responsible\":\"P04\"", "\"responsible\":\"P99\"")
            .replace("\"holders\":[\"P04\"]", "\"holders\":[\"P98\"]");

    JsonReadException e =
        catchThrowableOfType(JsonReadException.class, () -> STRICT.readLedger(doc));

    assertThat(e.getFindings())
        .extracting(JsonFinding::code)
        .containsOnly(JsonFindingCode.LEDGER_INTEGRITY);
    assertThat(e.getFindings())
        .extracting(JsonFinding::messageEn)
        .anyMatch(m -> m.contains("riskPoints[RP-0001].responsible") && m.contains("P99"))
        .anyMatch(m -> m.contains("P98"));
    assertThat(e.getFindings()).allMatch(f -> f.pointer().equals("/ledger"));
  }

  @Test
  void theEnvelopeIsChecked() {
    assertThat(error(STRICT, DOC.replace("probity-ledger", "probity-policy")).code())
        .isEqualTo(JsonFindingCode.WRONG_FORMAT);
    JsonFinding version =
        error(LENIENT, DOC.replace("\"schemaVersion\":1", "\"schemaVersion\":99"));
    assertThat(version.code()).isEqualTo(JsonFindingCode.UNSUPPORTED_VERSION);
    assertThat(version.pointer()).isEqualTo("/schemaVersion");
    assertThat(version.messageEn()).isEqualTo("Unsupported schemaVersion 99; supported: [1]");
    JsonFinding missing = error(STRICT, DOC.replace("\"schemaVersion\":1,", ""));
    assertThat(missing.code()).isEqualTo(JsonFindingCode.MISSING_PROPERTY);
    assertThat(missing.messageEn()).contains("schemaVersion");
    assertThat(error(STRICT, "[]").code()).isEqualTo(JsonFindingCode.WRONG_TYPE);
    assertThat(error(STRICT, DOC + " {}").code()).isEqualTo(JsonFindingCode.TRAILING_CONTENT);
  }

  @Test
  void theEnvelopeMayListTheBodyFirst() {
    String body = DOC.substring(DOC.indexOf("\"ledger\":"), DOC.length() - 1);
    String reordered = "{" + body + ",\"schemaVersion\":1,\"format\":\"probity-ledger\"}";

    assertThat(STRICT.readLedger(reordered).value()).isEqualTo(SAMPLE);
    assertThatThrownBy(
            () -> STRICT.readLedger(reordered.replace("\"level\":\"LOW\"", "\"level\":\"?\"")))
        .isInstanceOf(JsonReadException.class)
        .hasMessageContaining("JSON_INVALID_CODE");
  }
}
