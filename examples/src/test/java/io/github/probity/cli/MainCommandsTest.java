package io.github.probity.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainCommandsTest extends CliFixture {

  @ParameterizedTest(name = "{0} --help")
  @ValueSource(
      strings = {
        "demo",
        "validate",
        "convert",
        "template",
        "grade",
        "merge",
        "report",
        "rollup",
        "fill",
        "papers"
      })
  void everyCommandHasHelpWithExitCodes(String command) {
    assertThat(run(command, "--help")).isZero();
    assertThat(out.toString()).contains("Usage: probity " + command).contains("Exit codes");
  }

  @Test
  void theTopLevelHelpListsEveryCommandAndTheLanguageOption() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString())
        .contains(
            "validate", "convert", "template", "grade", "merge", "report", "papers", "--lang");
  }

  @Test
  void langWorksBeforeOrAfterTheCommand() {
    Path missing = dir.resolve("missing.json");
    assertThat(run("--lang", "en", "validate", missing.toString())).isEqualTo(3);
    assertThat(out.toString()).contains("no such file");
    out.getBuffer().setLength(0);
    assertThat(run("validate", "--lang", "zh", missing.toString())).isEqualTo(3);
    assertThat(out.toString()).contains("文件不存在");
    assertThat(run("--lang", "fr", "validate", missing.toString())).isEqualTo(2);
  }

  @Test
  void progressDrawsOnlyWhenAsked() {
    StringWriter bar = new StringWriter();
    Progress p = new Progress(new PrintWriter(bar), "校验", 4);
    p.step(1);
    p.step(1);
    p.finish();
    assertThat(bar.toString()).contains("\r校验 [").contains("25% 1/4").contains("100% 4/4");

    StringWriter silent = new StringWriter();
    Progress.none().step(1);
    assumeFalse(Progress.isTerminal());
    Progress q = Progress.of(new PrintWriter(silent), "x", 10, 1_000_000);
    q.step(5);
    q.finish();
    assertThat(silent.toString()).isEmpty();
  }
}
