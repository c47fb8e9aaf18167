package io.github.probity.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.excel.WorkbookRejectedException;
import io.github.probity.json.JsonReadException;
import io.github.probity.json.ProbityJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

class ProbityExceptionHandlerTest {
  private final ProbityExceptionHandler handler = new ProbityExceptionHandler();

  private static ServletWebRequest request(Locale locale) {
    MockHttpServletRequest r = new MockHttpServletRequest("POST", "/annexes");
    r.addPreferredLocale(locale);
    return new ServletWebRequest(r);
  }

  @Test
  void aRefusedWorkbookIsABadRequestWithItsReason() {
    ResponseEntity<ProblemDetail> answer =
        handler.handle(
            new WorkbookRejectedException(
                WorkbookRejectedException.Reason.NOT_A_WORKBOOK, "starts with %PDF"),
            request(Locale.SIMPLIFIED_CHINESE));
    ProblemDetail p = answer.getBody();
    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(p.getType()).isEqualTo(ProbityExceptionHandler.TYPE);
    assertThat(p.getTitle()).isEqualTo("工作簿未被接受");
    assertThat(p.getProperties()).containsEntry("code", "NOT_A_WORKBOOK");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> findings =
        (List<Map<String, Object>>) p.getProperties().get("findings");
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f)
                  .containsEntry("severity", "ERROR")
                  .containsEntry("locationKind", "cell");
              assertThat((String) f.get("message")).contains("%PDF");
            });
  }

  @Test
  void aRefusedJsonDocumentIsLocatedInTheRequestsLanguage() {
    JsonReadException e = null;
    try {
      ProbityJson.strict()
          .readLedger("{\"format\":\"probity-ledger\",".getBytes(StandardCharsets.UTF_8));
    } catch (JsonReadException thrown) {
      e = thrown;
    }
    assertThat(e).isNotNull();
    ProblemDetail p = handler.handle(e, request(Locale.ENGLISH)).getBody();
    assertThat(p.getTitle()).isEqualTo("JSON document rejected");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> findings =
        (List<Map<String, Object>>) p.getProperties().get("findings");
    assertThat(findings.get(0))
        .containsEntry("locationKind", "jsonPointer")
        .containsKeys("pointer", "line", "column", "message");
    assertThat(p.getProperties()).containsEntry("findingCount", e.getFindings().size());
  }
}
