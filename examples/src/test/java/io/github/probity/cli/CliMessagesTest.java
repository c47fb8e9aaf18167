package io.github.probity.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.probity.finding.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The command line's two bundles: the same keys, each used, each a valid pattern. */
class CliMessagesTest {
  private static final Path SOURCES = Path.of("src/main/java/io/github/probity/cli");

  /** A string literal that names a key: lowercase words joined by dots. */
  private static final Pattern KEY = Pattern.compile("\"([a-z]+(?:\\.[a-zA-Z]+)+)\"");

  /** Reads one of the package's bundles as the UTF-8 file it is. */
  static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = CliMessagesTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void bothBundlesHaveTheSameKeysAndEveryPatternParses() throws IOException {
    Properties en = bundle("CliMessages.properties");
    Properties zh = bundle("CliMessages_zh_CN.properties");
    assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    for (Properties p : new Properties[] {en, zh}) {
      for (String key : p.stringPropertyNames()) {
        assertThatCode(() -> new MessageFormat(p.getProperty(key)))
            .as(key)
            .doesNotThrowAnyException();
      }
    }
  }

  @Test
  void everyKeyTheSourcesNameIsInTheBundleAndEveryKeyIsUsed() throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    used.removeIf(k -> k.startsWith("io.") || k.matches(".+\\.(json|html|xlsx)")); // not keys
    Set<String> keys = new TreeSet<>(bundle("CliMessages.properties").stringPropertyNames());
    assertThat(keys).containsAll(used);
    assertThat(used).containsAll(keys);
  }

  @Test
  void messagesAreRenderedInTheLanguageAsked() {
    assertThat(Cli.text(Locale.CHINA, "convert.written", "a.json", 12_000))
        .isEqualTo("已写出 a.json（风险点 12000 个）");
    assertThat(Cli.text(Locale.TRADITIONAL_CHINESE, "list.separator")).isEqualTo("、");
    assertThat(Cli.text(Locale.FRENCH, "convert.written", "a.json", 12_000))
        .isEqualTo("written a.json (12000 risk points)");
    assertThat(Cli.text(Locale.ENGLISH, "list.separator")).isEqualTo(", ");
    assertThat(Cli.text(Locale.ENGLISH, "validate.unchecked", "f", "X"))
        .contains("departments' supervising leaders");
    assertThat(Cli.text(Locale.ENGLISH, "finding.unlocated", Severity.ERROR, "C", "m"))
        .isEqualTo("ERROR C: m");
    assertThat(Cli.text(Locale.CHINESE, "finding.unlocated", Severity.ERROR, "C", "m"))
        .isEqualTo("错误 C：m");
  }
}
