package io.github.probity.spring.boot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.probity.json.ProbityJson;
import io.github.probity.json.WarningDocument;
import io.github.probity.spring.boot.MonitorAdvancer;
import io.github.probity.testkit.CaseGenerator;
import io.github.probity.testkit.SampleUnit;
import io.github.probity.testkit.SignalGenerator;
import io.github.probity.warning.CaseAction;
import io.github.probity.warning.CaseBook;
import io.github.probity.warning.CaseEvent;
import io.github.probity.warning.DispositionCase;
import io.github.probity.warning.DispositionMeasure;
import io.github.probity.warning.Monitor;
import io.github.probity.warning.Signal;
import io.github.probity.warning.WarningPolicy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Case books and signal streams as request and response bodies, the warning policy from {@code
 * application.yml} and the monitor advanced by the starter, through MockMvc on Boot 3 and Boot 4.
 */
@SpringBootTest(classes = AnnexApp.class)
class DocumentBodiesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Autowired WebApplicationContext context;
  @Autowired ProbityJson json;
  @Autowired WarningPolicy policy;

  private MockMvc mvc;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).build();
  }

  private byte[] post200(String path, byte[] body) throws Exception {
    return mvc.perform(
            post(path)
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  private JsonNode post400(String path, byte[] body, String language) throws Exception {
    var response =
        mvc.perform(
                post(path)
                    .contentType(MediaType.APPLICATION_JSON)
                    .header("Accept-Language", language)
                    .content(body))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse();
    assertThat(response.getContentType()).startsWith("application/problem+json");
    return MAPPER.readTree(response.getContentAsByteArray());
  }

  @Test
  void aCaseBookIsReadWithTheClockBeanAndWrittenBack() throws Exception {
    CaseBook book = CaseGenerator.generate(5, SampleUnit.ledger(), 80, WarningPolicy.defaults());
    assertThat(book.cases()).isNotEmpty();
    long escalationsBefore = escalations(book);

    Instant before = Instant.now();
    byte[] answer = post200("/cases/escalate", json.writeCases(book));
    Instant after = Instant.now();

    assertThat(MAPPER.readTree(answer).path("format").asText()).isEqualTo("probity-cases");
    CaseBook escalated = json.readCases(answer, java.time.Clock.systemUTC()).value();
    assertThat(escalated.cases()).hasSameSizeAs(book.cases());
    List<Instant> newEscalations = new ArrayList<>();
    for (DispositionCase c : escalated.cases()) {
      List<CaseEvent> history = c.getHistory();
      DispositionCase original = book.get(c.getId()).orElseThrow();
      for (CaseEvent e : history.subList(original.getHistory().size(), history.size())) {
        assertThat(e.getAction()).isEqualTo(CaseAction.ESCALATE);
        assertThat(e.getActor()).isEqualTo(CaseGenerator.SYSTEM);
        newEscalations.add(e.getTime());
      }
    }
    // The generated cases were due in 2026's first days: the application's clock finds them late.
    assertThat(newEscalations).isNotEmpty();
    assertThat(escalations(escalated)).isEqualTo(escalationsBefore + newEscalations.size());
    assertThat(newEscalations)
        .allSatisfy(t -> assertThat(t).isBetween(before.minusSeconds(1), after.plusSeconds(1)));
  }

  private static long escalations(CaseBook book) {
    return book.cases().stream().mapToLong(c -> c.getEscalations().size()).sum();
  }

  @Test
  void aSignalStreamIsABodyBothWays() throws Exception {
    List<Signal> day = new ArrayList<>(SignalGenerator.stream(3, SampleUnit.ledger(), 40));
    Collections.reverse(day);

    byte[] ordered = post200("/signals/ordered", json.writeSignals(day));

    assertThat(MAPPER.readTree(ordered).path("format").asText()).isEqualTo("probity-signals");
    assertThat(json.readSignals(ordered).value())
        .isEqualTo(day.stream().sorted(Signal.ORDER).toList());
  }

  @Test
  void signalsAreEvaluatedUnderTheConfiguredPolicy() throws Exception {
    List<Signal> day = SignalGenerator.stream(3, SampleUnit.ledger(), 120);

    byte[] answer = post200("/signals/replay", json.writeSignals(day));

    WarningDocument warnings = json.readWarnings(answer).value();
    assertThat(warnings.warnings())
        .isEqualTo(
            Monitor.replay(
                day,
                policy,
                Optional.of(SampleUnit.ledger()),
                io.github.probity.warning.Indicator.builtIns()));
    assertThat(warnings.warnings()).isNotEmpty();
  }

  @Test
  void applicationYmlConfiguresTheWarningPolicyAndTheMonitorsSchedule() {
    assertThat(policy.getComplaintThreshold()).isEqualTo(2);
    assertThat(policy.replyDays(DispositionMeasure.WRITTEN_INQUIRY)).isEqualTo(7);
    assertThat(policy.getComplaintWindow())
        .isEqualTo(WarningPolicy.defaults().getComplaintWindow());
    MonitorAdvancer advancer = context.getBean(MonitorAdvancer.class);
    assertThat(advancer.isRunning()).isTrue();
    assertThat(advancer.getInterval()).hasSeconds(30);
  }

  @Test
  void anUnreadableCaseBookIsAProblemDetailWithLocatedFindingsInTheRequestsLanguage()
      throws Exception {
    byte[] doc = json.writeCases(CaseGenerator.generate(5, SampleUnit.ledger(), 80, policy));
    String text = new String(doc, StandardCharsets.UTF_8);
    byte[] broken =
        text.replaceFirst("\"action\":\"OPEN\"", "\"action\":\"REOPEN\"")
            .getBytes(StandardCharsets.UTF_8);
    assertThat(broken).isNotEqualTo(doc);

    JsonNode en = post400("/cases/escalate", broken, "en");
    JsonNode zh = post400("/cases/escalate", broken, "zh-CN");

    assertThat(en.path("type").asText()).isEqualTo("urn:probity:problem:input-rejected");
    JsonNode finding = en.path("findings").path(0);
    assertThat(finding.path("code").asText()).startsWith("JSON_");
    assertThat(finding.path("severity").asText()).isEqualTo("ERROR");
    assertThat(finding.path("locationKind").asText()).isEqualTo("jsonPointer");
    assertThat(finding.path("pointer").asText()).isEqualTo("/caseBook/cases/0/history/0/action");
    assertThat(finding.path("line").asInt()).isPositive();
    assertThat(finding.path("column").asInt()).isPositive();
    assertThat(zh.path("findings").path(0).path("code").asText())
        .isEqualTo(finding.path("code").asText());
    assertThat(zh.path("findings").path(0).path("message").asText())
        .isNotEqualTo(finding.path("message").asText())
        .containsPattern("\\p{IsHan}");
  }

  @Test
  void anUnreadableSignalStreamIsAProblemDetailWithLocatedFindings() throws Exception {
    byte[] broken =
        "{\"format\":\"probity-signals\",\"schemaVersion\":1,\"signals\":[{\"id\":\"S1\"}]}"
            .getBytes(StandardCharsets.UTF_8);

    JsonNode en = post400("/signals/replay", broken, "en");

    JsonNode finding = en.path("findings").path(0);
    assertThat(finding.path("code").asText()).startsWith("JSON_");
    assertThat(finding.path("severity").asText()).isEqualTo("ERROR");
    assertThat(finding.path("pointer").asText()).startsWith("/signals/0");
    assertThat(finding.path("line").asInt()).isEqualTo(1);
    assertThat(finding.path("message").asText()).doesNotContainPattern("\\p{IsHan}");
  }

  @Test
  void aListOfSignalsIsNoProbityDocument() {
    assertThat(
            context
                .getBean(io.github.probity.spring.boot.ProbityHttpMessageConverter.class)
                .canRead(List.class, MediaType.APPLICATION_JSON))
        .isFalse();
  }
}
