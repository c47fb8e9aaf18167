package io.github.probity.spring.boot.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.probity.excel.AnnexReader;
import io.github.probity.excel.AnnexWriter;
import io.github.probity.finding.Severity;
import io.github.probity.grading.RiskGrader;
import io.github.probity.json.ProbityJson;
import io.github.probity.json.ReadMode;
import io.github.probity.model.Ledger;
import io.github.probity.spring.boot.ProbityExceptionHandler;
import io.github.probity.testkit.SampleUnit;
import io.github.probity.validation.RuleSet;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;

/** A real application on a random port, called over HTTP the way a browser or an OA client does. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class StarterOverHttpTest {
  private static final String BOUNDARY = "probity-boundary";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Value("${local.server.port}")
  int port;

  @Autowired ApplicationContext context;
  @Autowired AnnexWriter writer;
  @Autowired ProbityJson json;

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<byte[]> upload(byte[] file, String language) throws Exception {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(
        ("--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"annexes.xlsx\""
                + "\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(file);
    body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/annexes"))
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .header("Accept-Language", language)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpResponse<byte[]> post(String path, byte[] document) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .header("Accept-Language", "en")
            .POST(HttpRequest.BodyPublishers.ofByteArray(document))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void anUploadedAnnexWorkbookComesBackAsALedgerDocument() throws Exception {
    Ledger sample = SampleUnit.ledger();
    ByteArrayOutputStream workbook = new ByteArrayOutputStream();
    writer.writeAnnexes(sample, workbook);

    HttpResponse<byte[]> answer = upload(workbook.toByteArray(), "zh-CN");

    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode doc = MAPPER.readTree(answer.body());
    assertThat(doc.path("format").asText()).isEqualTo("probity-ledger");
    Ledger back = json.readLedger(answer.body()).value();
    assertThat(back.getUnit().getName()).isEqualTo(SampleUnit.NAME);
    assertThat(back.getRiskPoints()).hasSameSizeAs(sample.getRiskPoints());
  }

  @Test
  void garbageIsABadRequestWithTheFindingAndLeavesATrace(CapturedOutput output) throws Exception {
    HttpResponse<byte[]> answer =
        upload("这不是工作簿".getBytes(StandardCharsets.UTF_8), "zh-CN,zh;q=0.9");

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode problem = MAPPER.readTree(answer.body());
    assertThat(problem.path("status").asInt()).isEqualTo(400);
    assertThat(problem.path("type").asText()).isEqualTo(ProbityExceptionHandler.TYPE.toString());
    assertThat(problem.path("title").asText()).isEqualTo("工作簿未被接受");
    assertThat(problem.path("instance").asText()).isEqualTo("/annexes");
    assertThat(problem.path("findingCount").asInt()).isEqualTo(1);
    assertThat(problem.path("code").asText()).isEqualTo("NOT_A_WORKBOOK");
    JsonNode finding = problem.path("findings").path(0);
    assertThat(finding.path("code").asText()).isEqualTo("NOT_A_WORKBOOK");
    assertThat(finding.path("severity").asText()).isEqualTo("ERROR");
    assertThat(finding.path("locationKind").asText()).isEqualTo("cell");
    assertThat(finding.has("location")).isTrue();
    assertThat(finding.path("message").asText()).contains("工作簿");
    assertThat(output.getAll()).contains("Refused workbook", "uri=/annexes", "NOT_A_WORKBOOK");
    assertThat(
            context
                .getBean(MeterRegistry.class)
                .get("probity.refusals")
                .tags("kind", "workbook", "reason", "NOT_A_WORKBOOK")
                .counter()
                .count())
        .isPositive();
  }

  @Test
  void anEmptyOrTruncatedUploadIsRefusedWithItsReason() throws Exception {
    ByteArrayOutputStream workbook = new ByteArrayOutputStream();
    writer.writeAnnexes(SampleUnit.ledger(), workbook);
    byte[] whole = workbook.toByteArray();

    HttpResponse<byte[]> empty = upload(new byte[0], "en");
    HttpResponse<byte[]> truncated = upload(Arrays.copyOf(whole, whole.length / 2), "en");

    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(MAPPER.readTree(empty.body()).path("code").asText()).isEqualTo("NOT_A_WORKBOOK");
    assertThat(truncated.statusCode()).isEqualTo(400);
    assertThat(MAPPER.readTree(truncated.body()).path("code").asText()).isEqualTo("TRUNCATED");
  }

  /** The sample workbook with one part's text changed. */
  private byte[] sampleWith(String part, UnaryOperator<String> change) throws Exception {
    Path file = Files.createTempFile("probity-it", ".xlsx");
    try {
      try (OutputStream out = Files.newOutputStream(file)) {
        writer.writeAnnexes(SampleUnit.ledger(), out);
      }
      ByteArrayOutputStream changed = new ByteArrayOutputStream();
      try (ZipFile zip = new ZipFile(file.toFile());
          ZipOutputStream z = new ZipOutputStream(changed)) {
        for (ZipEntry e : Collections.list(zip.entries())) {
          byte[] content = zip.getInputStream(e).readAllBytes();
          if (e.getName().equals(part)) {
            content =
                change
                    .apply(new String(content, StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8);
          }
          z.putNextEntry(new ZipEntry(e.getName()));
          z.write(content);
          z.closeEntry();
        }
      }
      return changed.toByteArray();
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void hostileWorkbooksAreRefusedWithTheirReasons() throws Exception {
    byte[] doctype =
        sampleWith(
            "xl/workbook.xml",
            xml ->
                xml.replaceFirst(
                    "<workbook",
                    "<!DOCTYPE workbook [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><workbook"));
    byte[] bomb =
        sampleWith(
            "xl/worksheets/sheet1.xml",
            xml -> xml.replace("</worksheet>", " ".repeat(20 << 20) + "</worksheet>"));

    // what Excel and WPS save for a workbook with a password: an OLE2 container whose directory
    // holds an EncryptionInfo stream (the host has no POI, so Probity cannot offer to decrypt it)
    java.io.ByteArrayOutputStream ole2 = new java.io.ByteArrayOutputStream();
    ole2.writeBytes(
        new byte[] {
          (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
        });
    ole2.writeBytes(new byte[1024]);
    ole2.writeBytes("EncryptionInfo".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
    ole2.writeBytes(new byte[1024]);
    byte[] encrypted = ole2.toByteArray();

    assertThat(bomb.length).isLessThan(512 * 1024);
    for (Object[] c :
        new Object[][] {{doctype, "DOCTYPE"}, {bomb, "ZIP_BOMB"}, {encrypted, "ENCRYPTED"}}) {
      HttpResponse<byte[]> answer = upload((byte[]) c[0], "en");
      assertThat(answer.statusCode()).as("%s", c[1]).isEqualTo(400);
      assertThat(MAPPER.readTree(answer.body()).path("code").asText()).isEqualTo(c[1]);
    }
  }

  @Test
  void aWorkbookBeyondTheConfiguredSizeIsRefused() throws Exception {
    byte[] big = new byte[600 * 1024];
    Arrays.fill(big, (byte) 'x');

    HttpResponse<byte[]> answer = upload(big, "en");

    assertThat(answer.statusCode()).isEqualTo(400);
    JsonNode problem = MAPPER.readTree(answer.body());
    assertThat(problem.path("code").asText()).isEqualTo("LIMIT_EXCEEDED");
    assertThat(problem.path("title").asText()).isEqualTo("Workbook rejected");
  }

  @Test
  void aTruncatedJsonDocumentIsLocated() throws Exception {
    byte[] doc = json.writeLedger(SampleUnit.ledger());
    String text = new String(doc, StandardCharsets.UTF_8); // cut between characters, not in one
    byte[] cut = text.substring(0, text.length() / 2).getBytes(StandardCharsets.UTF_8);

    HttpResponse<byte[]> answer = post("/ledgers/check", cut);

    assertThat(answer.statusCode()).isEqualTo(400);
    JsonNode finding = MAPPER.readTree(answer.body()).path("findings").path(0);
    assertThat(finding.path("code").asText()).isEqualTo("JSON_TRUNCATED");
    assertThat(finding.path("locationKind").asText()).isEqualTo("jsonPointer");
    assertThat(finding.path("pointer").asText()).startsWith("/ledger");
    assertThat(finding.path("line").asInt()).isPositive();
  }

  @Test
  void ledgerAndReportAreRequestAndResponseBodies() throws Exception {
    HttpResponse<byte[]> ok = post("/ledgers/validate", json.writeLedger(SampleUnit.ledger()));
    HttpResponse<byte[]> bad =
        post(
            "/ledgers/validate",
            "{\"format\":\"probity-ledger\",\"schemaVersion\":1,\"ledger\":{\"unit\":{}}}"
                .getBytes(StandardCharsets.UTF_8));

    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(MAPPER.readTree(ok.body()).path("format").asText())
        .isEqualTo("probity-validation-report");
    assertThat(bad.statusCode()).isEqualTo(400);
    JsonNode finding = MAPPER.readTree(bad.body()).path("findings").path(0);
    assertThat(finding.path("code").asText()).isEqualTo("JSON_MISSING_PROPERTY");
    assertThat(finding.path("pointer").asText()).isEqualTo("/ledger/unit");
  }

  @Test
  void aValidLedgerDocumentIsChecked() throws Exception {
    HttpResponse<byte[]> answer = post("/ledgers/check", json.writeLedger(SampleUnit.ledger()));

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(MAPPER.readTree(answer.body()).path("format").asText())
        .isEqualTo("probity-validation-report");
  }

  @Test
  void applicationYmlConfiguresTheBeans() {
    assertThat(context.getBean(RiskGrader.class).id()).isEqualTo("count-rule");
    assertThat(json.mode()).isEqualTo(ReadMode.LENIENT);
    assertThat(context.getBean(AnnexReader.class)).isNotNull();
  }

  @Test
  void theHostsOwnRuleSetReplacesTheStartersOne() {
    assertThat(context.getBeanNamesForType(RuleSet.class)).containsExactly("hostRules");
    RuleSet rules = context.getBean(RuleSet.class);
    assertThat(rules.rule("PR-ARCHIVE-001")).isEmpty();
    // the starter's severity overrides apply to its own rule set only
    assertThat(rules.severityOf("PR-TEXT-001")).contains(Severity.WARNING);
  }

  @Test
  void theHostsJacksonMapperReadsLedgersInProbityShape() throws Exception {
    byte[] document = json.writeLedger(SampleUnit.ledger());
    byte[] body =
        MAPPER.writeValueAsBytes(Map.of("ledger", MAPPER.readTree(document).path("ledger")));

    HttpResponse<byte[]> answer = post("/ledgers/count", body);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(new String(answer.body(), StandardCharsets.UTF_8))
        .isEqualTo(String.valueOf(SampleUnit.ledger().getRiskPoints().size()));
  }

  @Test
  void theHostsJacksonMapperWritesLedgersInProbityShape() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sample")).GET().build();
    HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());

    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode expected = MAPPER.readTree(json.writeLedger(SampleUnit.ledger())).path("ledger");
    assertThat(MAPPER.readTree(answer.body()).path("ledger")).isEqualTo(expected);
  }

  @Test
  void theHostsStaxFactoriesAreTheJdksOwn() throws Exception {
    // the host has read a workbook through Probity before asking for its own parser
    ByteArrayOutputStream workbook = new ByteArrayOutputStream();
    writer.writeAnnexes(SampleUnit.ledger(), workbook);
    assertThat(upload(workbook.toByteArray(), "en").statusCode()).isEqualTo(200);

    assertThat(XMLInputFactory.newFactory().getClass().getName())
        .isEqualTo("com.sun.xml.internal.stream.XMLInputFactoryImpl");
    assertThat(XMLOutputFactory.newFactory().getClass().getName())
        .isEqualTo("com.sun.xml.internal.stream.XMLOutputFactoryImpl");
    assertThat(XMLEventFactory.newFactory().getClass().getName())
        .isEqualTo("com.sun.xml.internal.stream.events.XMLEventFactoryImpl");
    ClassLoader loader = getClass().getClassLoader();
    assertThat(
            Collections.list(
                loader.getResources("META-INF/services/javax.xml.stream.XMLInputFactory")))
        .isEmpty();
    assertThat(loader.getResource("com/fasterxml/aalto/stax/InputFactoryImpl.class")).isNull();
  }

  private byte[] filing(String clerk, boolean withoutMeasures) throws Exception {
    JsonNode ledger = MAPPER.readTree(json.writeLedger(SampleUnit.ledger())).path("ledger");
    if (withoutMeasures) {
      ((ObjectNode) ledger.findParents("measures").get(0)).putArray("measures");
    }
    ObjectNode body = MAPPER.createObjectNode();
    body.put("clerk", clerk);
    body.set("ledger", ledger);
    return MAPPER.writeValueAsBytes(body);
  }

  private HttpResponse<byte[]> postIn(String path, byte[] document, String language)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .header("Accept-Language", language)
            .POST(HttpRequest.BodyPublishers.ofByteArray(document))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void aFormFailingValidationIsAProblemDetailInTheRequestsLanguage() throws Exception {
    assertThat(postIn("/filings", filing("王小明", false), "en").statusCode()).isEqualTo(200);

    for (String[] c :
        new String[][] {{"en", "must not be blank", "has no"}, {"zh-CN", "不能为空白", "没有"}}) {
      HttpResponse<byte[]> answer = postIn("/filings", filing(" ", true), c[0]);
      assertThat(answer.statusCode()).isEqualTo(400);
      JsonNode problem = MAPPER.readTree(answer.body());
      assertThat(problem.path("type").asText())
          .isEqualTo(ProbityExceptionHandler.VALIDATION_TYPE.toString());
      assertThat(problem.path("findingCount").asInt()).isEqualTo(2);
      JsonNode clerk = null;
      JsonNode rule = null;
      for (JsonNode f : problem.path("findings")) {
        if (f.path("code").asText().equals("NotBlank")) {
          clerk = f;
        } else {
          rule = f;
        }
      }
      assertThat(clerk).isNotNull();
      assertThat(clerk.path("path").asText()).isEqualTo("clerk");
      assertThat(clerk.path("message").asText()).isEqualTo(c[1]);
      assertThat(rule).isNotNull();
      assertThat(rule.path("code").asText()).isEqualTo("PR-MEASURE-001");
      assertThat(rule.path("severity").asText()).isEqualTo("ERROR");
      assertThat(rule.path("locationKind").asText()).isEqualTo("modelPath");
      assertThat(rule.path("field").asText()).startsWith("ledger.").endsWith(".measures");
      assertThat(rule.path("message").asText()).contains(c[2]);
    }
  }

  @Test
  void actuatorsInfoNamesTheGraderAndTheRuleSet() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/info"))
            .GET()
            .build();
    HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());

    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode probity = MAPPER.readTree(answer.body()).path("probity");
    assertThat(probity.path("grading").path("grader").asText()).isEqualTo("count-rule");
    assertThat(probity.path("grading").path("policyVersion").asText()).isNotEmpty();
    assertThat(probity.path("ruleSet").path("rules").asInt())
        .isEqualTo(context.getBean(RuleSet.class).rules().size());
  }
}
