package io.github.probity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.excel.AnnexWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** The help's two bundles: the same keys, every option described, the language asked for. */
class CliHelpTest extends CliFixture {

  @Test
  void bothBundlesHaveTheSameKeys() throws IOException {
    assertThat(CliMessagesTest.bundle("CliHelp_zh_CN.properties").stringPropertyNames())
        .isEqualTo(CliMessagesTest.bundle("CliHelp.properties").stringPropertyNames());
  }

  @ParameterizedTest(name = "--lang {0}")
  @ValueSource(strings = {"zh", "en"})
  void everyCommandOptionAndParameterIsDescribed(String lang) {
    CommandLine cli = new CommandLine(new Main());
    cli.setResourceBundle(Main.help("--lang", lang));
    for (CommandLine command : cli.getSubcommands().values()) {
      CommandSpec spec = command.getCommandSpec();
      assertThat(spec.usageMessage().description()).as(spec.name()).isNotEmpty();
      assertThat(spec.usageMessage().exitCodeList()).as(spec.name()).isNotEmpty();
      for (ArgSpec arg : spec.args()) {
        assertThat(arg.description()).as(spec.name() + " " + arg).isNotEmpty();
        assertThat(String.join(" ", arg.description())).as(spec.name() + " " + arg).isNotBlank();
      }
    }
  }

  @Test
  void helpIsInOneLanguage() {
    assertThat(run("validate", "--help")).isZero();
    assertThat(out.toString())
        .contains("Reads ledger or annex files", "files to validate", "Exit codes:")
        .doesNotContain("读取台账", "退出码");
    out.getBuffer().setLength(0);
    assertThat(run("--lang", "zh", "validate", "--help")).isZero();
    assertThat(out.toString())
        .contains("读取台账或附件文件", "要校验的文件", "退出码：", "显示帮助信息并退出")
        .doesNotContain("Reads ledger", "Exit codes");
    out.getBuffer().setLength(0);
    assertThat(run("convert", "--lang=zh", "--help")).isZero();
    assertThat(out.toString()).contains("在 Excel 表格", "把文件中的表头映射到标准列");
  }

  @Test
  void aChineseLocaleGetsChineseHelpWithoutLang() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      ResourceBundle zh = Main.help();
      assertThat(zh.getString("probity.usage.description")).isEqualTo("廉政风险预警防控机制工具");
      assertThat(Main.help("--lang", "en").getString("probity.usage.description"))
          .isEqualTo("Integrity-risk prevention-control tool");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void theTemplateRowsHelpStatesTheWritersLimits() {
    StringWriter help = new StringWriter();
    new CommandLine(new Main())
        .setResourceBundle(Main.help("--lang", "en"))
        .getSubcommands()
        .get("template")
        .usage(new PrintWriter(help, true));
    assertThat(help.toString().replaceAll("\\s+", " "))
        .contains(
            "(default: "
                + TemplateCommand.DEFAULT_ROWS
                + ", 0 to "
                + AnnexWriter.MAX_BLANK_ROWS
                + ")");
  }
}
