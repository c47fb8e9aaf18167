package io.github.probity.validation;

import io.github.probity.internal.Templates;
import jakarta.validation.MessageInterpolator;
import java.util.Locale;

/**
 * A Jakarta {@link MessageInterpolator} that needs no Expression Language, see {@link Templates}.
 * Stateless apart from its default locale; thread-safe.
 */
final class ProbityMessageInterpolator implements MessageInterpolator {
  private final Locale defaultLocale;

  ProbityMessageInterpolator(Locale defaultLocale) {
    this.defaultLocale = defaultLocale;
  }

  @Override
  public String interpolate(String messageTemplate, Context context) {
    return interpolate(messageTemplate, context, defaultLocale);
  }

  @Override
  public String interpolate(String messageTemplate, Context context, Locale locale) {
    return Templates.interpolate(
        messageTemplate, context.getConstraintDescriptor().getAttributes(), locale);
  }
}
