package io.github.probity.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.finding.Severity;
import io.github.probity.internal.Messages;
import io.github.probity.model.LedgerIntegrityException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The report's views and summary; both bundles resolve every key the rules use. */
class ReportAndMessagesTest {

  static Properties bundle(String suffix) throws IOException {
    String name = "/io/github/probity/validation/ValidationMessages" + suffix + ".properties";
    Properties p = new Properties();
    try (InputStream in = ReportAndMessagesTest.class.getResourceAsStream(name);
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  @Test
  void everyKeyUsedResolvesInBothBundles() throws IOException {
    Properties en = bundle("");
    Properties zh = bundle("_zh_CN");
    assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    for (String key : StandardRules.MESSAGE_KEYS) {
      assertThat(en).containsKey(key);
      assertThat(zh).containsKey(key);
      assertThat(Messages.pattern(key, Locale.ENGLISH)).contains(en.getProperty(key));
      assertThat(Messages.pattern(key, Locale.SIMPLIFIED_CHINESE)).contains(zh.getProperty(key));
    }
    for (String key : List.of("report.valid", "report.invalid", "report.line")) {
      assertThat(Messages.pattern(key, Locale.ENGLISH)).isPresent();
      assertThat(Messages.pattern(key, Locale.CHINA)).isPresent();
    }
  }

  @Test
  void everyRuleMessageOfTheBundleBelongsToARule() throws IOException {
    List<String> declared = new ArrayList<>(StandardRules.MESSAGE_KEYS);
    declared.add(BeanValidation.rule().id());
    for (LedgerIntegrityException.Kind kind : LedgerIntegrityException.Kind.values()) {
      declared.add(LedgerConstraint.INTEGRITY + "." + kind.name());
    }
    assertThat(declared).doesNotHaveDuplicates();
    assertThat(bundle("").stringPropertyNames())
        .filteredOn(key -> key.startsWith("PR-"))
        .containsExactlyInAnyOrderElementsOf(declared);
  }

  @Test
  void chineseBundleIsReadAsUtf8AndReallyChinese() throws IOException {
    Properties zh = bundle("_zh_CN");
    for (String key : StandardRules.MESSAGE_KEYS) {
      assertThat(zh.getProperty(key)).matches(".*[\\u4e00-\\u9fff].*");
    }
    assertThat(Messages.pattern("PR-MEASURE-001", Locale.CHINESE))
        .contains(zh.getProperty("PR-MEASURE-001"));
  }

  @Test
  void localeFallbackIgnoresTheJvmDefault() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      assertThat(Messages.render("PR-OWNER-003", Locale.GERMAN, "LG", "局领导班子"))
          .isEqualTo("Leadership group 局领导班子 (LG) has no group risk point.");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void reportViewsAndSummary() {
    ValidationReport report =
        RuleSet.standard()
            .validate(
                Fixtures.withPoint(
                    "RP-3",
                    b ->
                        b.measures(List.of())
                            .category(io.github.probity.model.RiskCategory.PROCESS)),
                Fixtures.CLOCK);
    assertThat(report.isValid()).isFalse();
    assertThat(report.bySeverity(Severity.ERROR))
        .extracting(f -> f.getCode().code())
        .containsExactly("PR-MEASURE-001");
    assertThat(report.bySeverity(Severity.WARNING))
        .extracting(f -> f.getCode().code())
        .containsExactly("PR-DEPT-002");
    assertThat(report.counts())
        .containsEntry(Severity.ERROR, 1)
        .containsEntry(Severity.WARNING, 1)
        .containsEntry(Severity.INFO, 0);
    assertThat(report.atElement("departments[D1]")).hasSize(2);
    assertThat(report.atElement("departments[D1].riskPoints[RP-3]")).hasSize(1);
    assertThat(report.atElement("departments[D")).isEmpty();
    assertThat(report.byElement().keySet())
        .containsExactly("departments[D1].riskPoints[RP-3].measures", "departments[D1].riskPoints");
    assertThat(report.summary())
        .isEqualTo(
            "校验未通过：错误 1 项，警告 1 项，提示 0 项。\n"
                + "【错误】PR-MEASURE-001 departments[D1].riskPoints[RP-3].measures："
                + "风险点 RP-3“科室采购制度执行不到位”没有防控措施。\n"
                + "【警告】PR-DEPT-002 departments[D1].riskPoints："
                + "科室“政府采购监管科”（D1）的风险点只覆盖五类风险中的 2 类，应至少覆盖 3 类。");
    assertThat(report.summary(Locale.ENGLISH))
        .startsWith("Not valid: 1 errors, 1 warnings, 0 infos.\n[ERROR] PR-MEASURE-001 ");
    assertThat(ValidationReport.of(report.getFindings())).isEqualTo(report);
    assertThat(ValidationReport.of(List.of()).summary(Locale.ENGLISH))
        .isEqualTo("Valid: 0 errors, 0 warnings, 0 infos.");
  }
}
