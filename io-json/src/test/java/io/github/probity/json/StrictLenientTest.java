package io.github.probity.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.probity.finding.Finding;
import io.github.probity.finding.Severity;
import io.github.probity.model.Ledger;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
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

  private static Finding error(ProbityJson json, String doc) {
    JsonReadException e = catchThrowableOfType(JsonReadException.class, () -> json.readLedger(doc));
    assertThat(e).as("expected a JsonReadException").isNotNull();
    return e.firstError();
  }

  @Test
  void strictRejectsAnUnknownPropertyWithItsPointerLineAndColumn() {
    String doc = edit("{\"id\":\"RP-0002\",", "{\"id\":\"RP-0002\",\n  \"colour\":\"red\",");

    Finding f = error(STRICT, doc);

    assertThat(f.getCode()).isEqualTo(JsonFindingCode.UNKNOWN_PROPERTY);
    assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
    assertThat(JsonFindings.pointer(f)).isEqualTo("/ledger/riskPoints/1/colour");
    assertThat(JsonFindings.line(f)).isEqualTo(2);
    assertThat(JsonFindings.column(f)).isEqualTo(12);
    assertThat(f.message(Locale.ENGLISH)).isEqualTo("Unknown property 'colour'");
    assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("未知属性“colour”");
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
        .extracting(Finding::getCode, JsonFindings::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                JsonFindingCode.UNKNOWN_PROPERTY_KEPT, "/exportedBy"),
            org.assertj.core.groups.Tuple.tuple(
                JsonFindingCode.UNKNOWN_PROPERTY_KEPT, "/ledger/riskPoints/1/colour"));
    assertThat(read.findings()).allMatch(f -> f.getSeverity() == Severity.WARNING);
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
        .extracting(Finding::getCode)
        .containsOnly(JsonFindingCode.LABEL_ACCEPTED)
        .hasSize(4);
    assertThat(JsonFindings.pointer(read.findings().get(0)))
        .isEqualTo("/ledger/riskPoints/0/category");
    assertThat(read.findings().get(0).message(Locale.ENGLISH)).isEqualTo("'业务流程' read as PROCESS");

    Finding f = error(STRICT, doc);
    assertThat(f.getCode()).isEqualTo(JsonFindingCode.INVALID_CODE);
    assertThat(JsonFindings.pointer(f)).isEqualTo("/ledger/riskPoints/0/category");
    assertThat(f.message(Locale.ENGLISH))
        .isEqualTo(
            "'业务流程' is not a valid RiskCategory; valid values: IDEOLOGY, INSTITUTION, DUTY,"
                + " PROCESS, EXTERNAL, UNSPECIFIED");
  }

  @Test
  void anUnknownEnumValueIsAnErrorInBothModes() {
    String doc = edit("\"level\":\"LOW\"", "\"level\":\"极高\"");

    assertThat(error(LENIENT, doc).getCode()).isEqualTo(JsonFindingCode.INVALID_CODE);
    assertThat(JsonFindings.pointer(error(LENIENT, doc))).isEqualTo("/ledger/riskPoints/1/level");
    assertThat(error(STRICT, doc).getCode()).isEqualTo(JsonFindingCode.INVALID_CODE);
  }

  @Test
  void nullIsAnErrorInStrictModeAndAbsentInLenientMode() {
    String doc = edit("\"title\":\"廉洁自律意识淡化\"", "\"title\":\"廉洁自律意识淡化\",\"manifestation\":null");

    Finding f = error(STRICT, doc);
    assertThat(f.getCode()).isEqualTo(JsonFindingCode.NULL_VALUE);
    assertThat(JsonFindings.pointer(f)).isEqualTo("/ledger/riskPoints/2/manifestation");

    ReadResult<Ledger> read = LENIENT.readLedger(doc);
    assertThat(read.value()).isEqualTo(SAMPLE);
    assertThat(read.findings())
        .extracting(Finding::getCode)
        .containsExactly(JsonFindingCode.NULL_IGNORED);
  }

  @Test
  void duplicateKeysAreAnErrorInBothModes() {
    String doc = edit("\"year\":2026,", "\"year\":2026,\n\"year\":2027,");

    for (ProbityJson json : new ProbityJson[] {STRICT, LENIENT}) {
      Finding f = error(json, doc);
      assertThat(f.getCode()).isEqualTo(JsonFindingCode.DUPLICATE_KEY);
      assertThat(JsonFindings.line(f)).isEqualTo(2);
      assertThat(f.message(Locale.ENGLISH)).contains("year");
    }
    Finding nested =
        error(STRICT, edit("{\"id\":\"RP-0002\",", "{\"id\":\"RP-0002\",\"id\":\"X\","));
    assertThat(nested.getCode()).isEqualTo(JsonFindingCode.DUPLICATE_KEY);
    assertThat(JsonFindings.pointer(nested)).isEqualTo("/ledger/riskPoints/1/id");
    String unknownTwice = edit("\"year\":2026,", "\"year\":2026,\"x\":1,\"x\":2,");
    assertThat(error(LENIENT, unknownTwice).getCode()).isEqualTo(JsonFindingCode.DUPLICATE_KEY);
    assertThat(error(STRICT, DOC.replace("{\"format\"", "{\"format\":\"a\",\"format\"")).getCode())
        .isIn(JsonFindingCode.DUPLICATE_KEY, JsonFindingCode.WRONG_FORMAT);
  }

  @Test
  void wrongTypesAreLocated() {
    Finding year = error(LENIENT, edit("\"year\":2026", "\"year\":\"2026\""));
    assertThat(year.getCode()).isEqualTo(JsonFindingCode.WRONG_TYPE);
    assertThat(JsonFindings.pointer(year)).isEqualTo("/ledger/year");
    assertThat(year.message(Locale.ENGLISH)).isEqualTo("Expected integer, found string");

    Finding principal = error(STRICT, edit("\"principal\":true", "\"principal\":\"yes\""));
    assertThat(JsonFindings.pointer(principal))
        .isEqualTo("/ledger/leadershipGroup/leaders/0/principal");

    Finding people = error(STRICT, edit("\"people\":[", "\"people\":{\"x\":1},\"p\":["));
    assertThat(people.getCode()).isEqualTo(JsonFindingCode.WRONG_TYPE);
    assertThat(JsonFindings.pointer(people)).isEqualTo("/ledger/people");

    Finding big = error(STRICT, edit("\"importance\":5", "\"importance\":50000000000"));
    assertThat(big.getCode()).isEqualTo(JsonFindingCode.INVALID_VALUE); // an integer, out of range
    assertThat(JsonFindings.pointer(big)).isEqualTo("/ledger/riskPoints/0/factors/importance");

    Finding date = error(STRICT, edit("\"date\":\"2026-03-12\"", "\"date\":\"12.03.2026\""));
    assertThat(date.getCode()).isEqualTo(JsonFindingCode.WRONG_TYPE);
    assertThat(JsonFindings.pointer(date)).isEqualTo("/ledger/riskPoints/0/decision/date");
  }

  @Test
  void missingPropertiesAndBrokenInvariantsPointAtTheirObject() {
    Finding missing = error(STRICT, edit("\"title\":\"廉洁自律意识淡化\",", ""));
    assertThat(missing.getCode()).isEqualTo(JsonFindingCode.MISSING_PROPERTY);
    assertThat(JsonFindings.pointer(missing)).isEqualTo("/ledger/riskPoints/2");
    assertThat(missing.message(Locale.ENGLISH)).contains("title");

    Finding invalid = error(STRICT, edit("\"importance\":5", "\"importance\":9"));
    assertThat(invalid.getCode()).isEqualTo(JsonFindingCode.INVALID_VALUE);
    assertThat(JsonFindings.pointer(invalid)).isEqualTo("/ledger/riskPoints/0/factors");
    assertThat(invalid.message(Locale.ENGLISH)).contains("importance", "9");
  }

  @Test
  void danglingReferencesAreAllReported() {
    String doc =
        edit("\"responsible\":\"P04\"", "\"responsible\":\"P99\"")
            .replace("\"holders\":[\"P04\"]", "\"holders\":[\"P98\"]");

    JsonReadException e =
        catchThrowableOfType(JsonReadException.class, () -> STRICT.readLedger(doc));

    assertThat(e.getFindings())
        .extracting(Finding::getCode)
        .containsOnly(JsonFindingCode.LEDGER_INTEGRITY);
    assertThat(e.getFindings())
        .extracting(f -> f.message(Locale.ENGLISH))
        .anyMatch(m -> m.contains("riskPoints[RP-0001].responsible") && m.contains("P99"))
        .anyMatch(m -> m.contains("P98"));
    assertThat(e.getFindings()).allMatch(f -> JsonFindings.pointer(f).equals("/ledger"));
  }

  @Test
  void theEnvelopeIsChecked() {
    assertThat(error(STRICT, DOC.replace("probity-ledger", "probity-policy")).getCode())
        .isEqualTo(JsonFindingCode.WRONG_FORMAT);
    Finding version = error(LENIENT, DOC.replace("\"schemaVersion\":1", "\"schemaVersion\":99"));
    assertThat(version.getCode()).isEqualTo(JsonFindingCode.UNSUPPORTED_VERSION);
    assertThat(JsonFindings.pointer(version)).isEqualTo("/schemaVersion");
    assertThat(version.message(Locale.ENGLISH))
        .isEqualTo("Unsupported schemaVersion 99; supported: [1]");
    Finding missing = error(STRICT, DOC.replace("\"schemaVersion\":1,", ""));
    assertThat(missing.getCode()).isEqualTo(JsonFindingCode.MISSING_PROPERTY);
    assertThat(missing.message(Locale.ENGLISH)).contains("schemaVersion");
    assertThat(error(STRICT, "[]").getCode()).isEqualTo(JsonFindingCode.WRONG_TYPE);
    assertThat(error(STRICT, DOC + " {}").getCode()).isEqualTo(JsonFindingCode.TRAILING_CONTENT);
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
