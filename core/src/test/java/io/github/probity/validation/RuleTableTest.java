package io.github.probity.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-kept rule table lists every rule of the standard set with its default severity. */
class RuleTableTest {

  @Test
  void everyStandardRuleHasARowWithItsSeverity() throws IOException {
    Path table = Path.of("..", "docs", "validation-rules.md");
    String text = Files.readString(table, StandardCharsets.UTF_8);
    List<Rule> rules = new ArrayList<>(RuleSet.standard().rules());
    rules.add(BeanValidation.rule());
    for (Rule r : rules) {
      assertThat(text)
          .as("row of %s", r.id())
          .contains("| `" + r.id() + "` | " + r.defaultSeverity().code() + " |");
    }
  }
}
