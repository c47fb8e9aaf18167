package io.github.probity.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Core's main classes link to the Jakarta Validation API only, never to a provider or to EL. */
class ProviderIndependenceTest {

  @Test
  void noMainClassReferencesHibernateValidatorOrExpressionLanguage() throws IOException {
    Path classes = Path.of("target", "classes", "io", "github", "probity");
    List<Path> files;
    try (Stream<Path> s = Files.walk(classes)) {
      files = s.filter(p -> p.toString().endsWith(".class")).collect(Collectors.toList());
    }
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
      assertThat(bytes)
          .as(f.toString())
          .doesNotContain("org/hibernate/")
          .doesNotContain("jakarta/el/");
    }
  }
}
