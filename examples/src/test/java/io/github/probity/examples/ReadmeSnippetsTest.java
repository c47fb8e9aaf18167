package io.github.probity.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Java block in the README is marked {@code <!-- snippet: FILE TAG -->} and must be,
 * verbatim, the {@code // tag::TAG[]} … {@code // end::TAG[]} region of that compiled and tested
 * source file.
 */
class ReadmeSnippetsTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern MARKED =
      Pattern.compile("<!-- snippet: (\\S+) (\\S+) -->\\n```java\\n(.*?)\\n```", Pattern.DOTALL);

  record Snippet(String file, String tag, String text) {
    @Override
    public String toString() {
      return file + "#" + tag;
    }
  }

  static Stream<Snippet> snippets() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    List<Snippet> found = new ArrayList<>();
    Matcher m = MARKED.matcher(readme);
    while (m.find()) {
      found.add(new Snippet(m.group(1), m.group(2), m.group(3)));
    }
    assertThat(found).as("marked snippets in README.md").isNotEmpty();
    long javaBlocks = readme.lines().filter(l -> l.equals("```java")).count();
    assertThat(found).as("every ```java block is marked").hasSize((int) javaBlocks);
    return found.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("snippets")
  void readmeShowsTheTestedSourceVerbatim(Snippet snippet) throws IOException {
    String source = Files.readString(ROOT.resolve(snippet.file()), StandardCharsets.UTF_8);
    Matcher tagged =
        Pattern.compile(
                "// tag::"
                    + Pattern.quote(snippet.tag())
                    + "\\[]\\n(.*?)\\n\\s*// end::"
                    + Pattern.quote(snippet.tag())
                    + "\\[]",
                Pattern.DOTALL)
            .matcher(source);
    assertThat(tagged.find()).as("tag %s in %s", snippet.tag(), snippet.file()).isTrue();
    assertThat(snippet.text()).isEqualTo(tagged.group(1).stripIndent().strip());
  }
}
