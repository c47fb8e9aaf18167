package io.github.probity.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskPoint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The roles of a risk point's responsible and supervising parties in the ledger document. */
class ResponsibilityRolesTest {
  private static final ProbityJson JSON = ProbityJson.strict();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Schema SCHEMA = SchemaTest.load(DocumentType.LEDGER, 1);

  /** The sample with roles: beside a person on the first point, instead of one on the others. */
  static Ledger withRoles() {
    Ledger sample = Fixtures.sample();
    List<RiskPoint> points = new ArrayList<>();
    for (RiskPoint rp : sample.getRiskPoints()) {
      RiskPoint.Builder b = RiskPoint.builder().from(rp);
      if (points.isEmpty()) {
        b.responsibleRole("科员").supervisorRole("分管副局长");
      } else {
        b.responsibleRole("科室负责人").supervisorRole("分管领导");
      }
      points.add(b.build());
    }
    return Ledger.builder().from(sample).riskPoints(points).build();
  }

  @Test
  void rolesRoundTripAndMatchTheSchema() throws IOException {
    Ledger ledger = withRoles();
    byte[] bytes = JSON.writeLedger(ledger);
    assertThat(JSON.readLedger(bytes).value()).isEqualTo(ledger);
    assertThat(SchemaTest.validate(bytes)).isEmpty();
    assertThat(JSON.writeLedger(JSON.readLedger(bytes).value())).isEqualTo(bytes);
  }

  @Test
  void rolesFollowTheirPersonAndAreLeftOutWhenAbsent() throws IOException {
    JsonNode point = MAPPER.readTree(JSON.writeLedger(withRoles())).at("/ledger/riskPoints/0");
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = point.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    assertThat(names)
        .containsSubsequence("responsible", "responsibleRole", "supervisor", "supervisorRole");
    assertThat(names.indexOf("responsibleRole")).isEqualTo(names.indexOf("responsible") + 1);
    assertThat(names.indexOf("supervisorRole")).isEqualTo(names.indexOf("supervisor") + 1);
    assertThat(point.get("responsibleRole").asText()).isEqualTo("科员");

    String plain = new String(JSON.writeLedger(Fixtures.sample()), StandardCharsets.UTF_8);
    assertThat(plain).doesNotContain("responsibleRole").doesNotContain("supervisorRole");
  }

  @Test
  void theSchemaTakesRolesAsNonEmptyTextAndTheUnspecifiedCategory() throws IOException {
    ObjectNode doc = (ObjectNode) MAPPER.readTree(JSON.writeLedger(withRoles()));
    ObjectNode point = (ObjectNode) doc.at("/ledger/riskPoints/0");
    point.put("responsibleRole", "");
    assertThat(SCHEMA.validate(doc)).isNotEmpty();
    point.put("responsibleRole", 3);
    assertThat(SCHEMA.validate(doc)).isNotEmpty();
    point.put("responsibleRole", "科室负责人");
    point.put("category", "UNSPECIFIED");
    assertThat(SCHEMA.validate(doc)).isEmpty();
  }
}
