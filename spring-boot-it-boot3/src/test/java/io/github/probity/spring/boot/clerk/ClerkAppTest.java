package io.github.probity.spring.boot.clerk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.probity.excel.AnnexReader;
import io.github.probity.excel.AnnexWriter;
import io.github.probity.model.Ledger;
import io.github.probity.testkit.SampleUnit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The clerk's application through MockMvc: the same tests run on Boot 3 and Boot 4. */
@SpringBootTest(classes = ClerkApp.class)
class ClerkAppTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Autowired WebApplicationContext context;
  @Autowired AnnexWriter writer;
  @Autowired AnnexReader reader;

  private MockMvc mvc;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).build();
  }

  static byte[] sampleWorkbook(AnnexWriter writer) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.writeAnnexes(SampleUnit.ledger(), out);
    return out.toByteArray();
  }

  private static MockMultipartFile file(byte[] content) {
    return new MockMultipartFile("file", "附件.xlsx", "application/octet-stream", content);
  }

  @Test
  void anUploadIsReadValidatedAndGradedByTheUnitsGraderAndItsAnnexesDownloaded() throws Exception {
    byte[] workbook = sampleWorkbook(writer);

    byte[] body =
        mvc.perform(
                multipart("/clerk/api/check").file(file(workbook)).header("Accept-Language", "en"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.grader").value("unit-count-rule"))
            .andExpect(jsonPath("$.unit").value(SampleUnit.NAME))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();

    JsonNode check = MAPPER.readTree(body);
    int points = SampleUnit.ledger().getRiskPoints().size();
    assertThat(check.path("riskPoints").asInt()).isEqualTo(points);
    int cells = 0;
    for (JsonNode level : check.path("heatMap")) {
      for (JsonNode n : level) {
        cells += n.asInt();
      }
    }
    assertThat(cells).isEqualTo(points);
    boolean skippedNoteAtItsRow = false;
    for (JsonNode f : check.path("findings")) {
      assertThat(f.path("code").asText()).isNotEmpty();
      assertThat(f.path("message").asText()).isNotEmpty();
      // the template's sign-off lines under annex 3 are read as notes, each at its row
      skippedNoteAtItsRow |=
          f.path("code").asText().equals("NOTE_ROW_SKIPPED")
              && f.path("sheet").asText().equals("附件3 个人")
              && f.path("row").asInt() > 0;
      if (f.path("code").asText().startsWith("PR-MEASURE")) {
        // a rule's finding is placed at the row its risk point was read from
        assertThat(f.path("sheet").asText()).startsWith("附件");
        assertThat(f.path("row").asInt()).isPositive();
      }
    }
    assertThat(skippedNoteAtItsRow).isTrue();
    byte[] annexes =
        mvc.perform(get(check.path("annexes").asText()))
            .andExpect(status().isOk())
            .andExpect(
                content()
                    .contentType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    Ledger back = reader.read(new ByteArrayInputStream(annexes)).getLedger();
    assertThat(back.getRiskPoints()).hasSize(points);
    mvc.perform(get("/clerk/annexes/none")).andExpect(status().isNotFound());
  }

  @Test
  void hostileUploadsAreProblemDetailsWithProbitysReason() throws Exception {
    byte[] workbook = sampleWorkbook(writer);
    byte[][] uploads = {
      new byte[0],
      "<html>not a workbook</html>".getBytes(StandardCharsets.UTF_8),
      Arrays.copyOf(workbook, workbook.length / 3)
    };
    String[] reasons = {"NOT_A_WORKBOOK", "NOT_A_WORKBOOK", "TRUNCATED"};
    for (int i = 0; i < uploads.length; i++) {
      mvc.perform(multipart("/clerk/api/check").file(file(uploads[i])))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.code").value(reasons[i]))
          .andExpect(jsonPath("$.findings[0].code").value(reasons[i]));
    }
  }

  @Test
  void thePageShowsEachFindingAtItsCellAndTheHeatMap() throws Exception {
    mvc.perform(get("/clerk"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("type=\"file\"")));

    String page =
        mvc.perform(
                multipart("/clerk")
                    .file(file(sampleWorkbook(writer)))
                    .header("Accept-Language", "zh-CN"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page)
        .contains("id=\"findings\"", "id=\"heatmap\"", "id=\"annexes\"", "思想道德")
        .contains("<td class=\"sheet\">附件3 个人</td>", "NOTE_ROW_SKIPPED");

    String refused =
        mvc.perform(multipart("/clerk").file(file("x".getBytes(StandardCharsets.UTF_8))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(refused).contains("工作簿未被接受", "NOT_A_WORKBOOK");
  }
}
