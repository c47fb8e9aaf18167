package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every reading finding has its message, in English and in Chinese. */
class ReadMessagesTest {
  private static final ResourceBundle.Control OWN_ONLY =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  @ParameterizedTest(name = "{0}")
  @EnumSource(ProblemCode.class)
  void everyCodeHasAMessageInBothLanguages(ProblemCode code) {
    for (Locale locale : new Locale[] {Locale.ROOT, Locale.SIMPLIFIED_CHINESE}) {
      ResourceBundle bundle = ResourceBundle.getBundle(code.messageBundle(), locale, OWN_ONLY);
      assertThat(bundle.keySet()).as("%s in %s", code, locale).contains(code.name());
      assertThat(bundle.getString(code.name())).as("%s in %s", code, locale).isNotBlank();
    }
  }
}
