package io.github.probity.validation;

import io.github.probity.finding.Severity;
import io.github.probity.internal.Messages;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bridge to Jakarta Bean Validation: a validator for the model's field constraints that needs
 * no Expression Language, its message interpolator, and the rule that puts field violations into a
 * {@link ValidationReport}.
 *
 * <p>The provider (e.g. Hibernate Validator 8 or 9) is located at run time with {@link
 * Validation#byDefaultProvider()}; Probity compiles against the Jakarta Validation API only. The
 * validator's messages come from Probity's bundle (zh_CN and English), which covers every built-in
 * Jakarta constraint, so no raw {@code ${…}} expression is shown. Validators are built once per
 * locale and shared; they and this class are thread-safe.
 *
 * @since 0.1.0
 */
public final class BeanValidation {
  private static final Map<Locale, ValidatorFactory> FACTORIES = new ConcurrentHashMap<>();

  private BeanValidation() {}

  /**
   * {@return a shared validator whose messages are in zh_CN}
   *
   * @throws jakarta.validation.NoProviderFoundException if no provider is on the class path
   */
  public static Validator validator() {
    return validator(Locale.SIMPLIFIED_CHINESE);
  }

  /**
   * {@return a shared validator whose messages are in the given locale: Chinese locales get zh_CN,
   * all others English}
   *
   * @param locale the locale of the messages
   * @throws jakarta.validation.NoProviderFoundException if no provider is on the class path
   */
  public static Validator validator(Locale locale) {
    Locale l = Messages.bundleLocale(locale);
    return FACTORIES
        .computeIfAbsent(
            l,
            k ->
                Validation.byDefaultProvider()
                    .configure()
                    .messageInterpolator(messageInterpolator(k))
                    .buildValidatorFactory())
        .getValidator();
  }

  /**
   * Returns a message interpolator that needs no Expression Language, for hosts that build their
   * own validator factory. It resolves Probity's bundle, the application's {@code
   * ValidationMessages} and the provider's default messages, and the constraint's attributes.
   *
   * @param defaultLocale the locale used when the provider asks without one
   * @return a new interpolator, thread-safe; set it on the host's {@code Configuration}
   */
  public static MessageInterpolator messageInterpolator(Locale defaultLocale) {
    return new ProbityMessageInterpolator(defaultLocale);
  }

  /**
   * Returns rule {@code PR-FIELD-001}: the model's field constraints, checked by {@link
   * #validator()}, as violations with Probity paths and message keys. The provider is located when
   * the rule first runs.
   *
   * @return a new rule, severity ERROR by default; add it to a {@link RuleSet} that lacks it
   */
  public static Rule rule() {
    return new LazyFieldConstraints();
  }

  /**
   * {@return rule {@code PR-FIELD-001} checked by the given validator, e.g. the host's own}
   *
   * @param validator a Jakarta validator
   */
  public static Rule rule(Validator validator) {
    return new FieldConstraints(validator);
  }

  /** PR-FIELD-001 that boots the default validator on first use. */
  private static final class LazyFieldConstraints implements Rule {
    @Override
    public String id() {
      return FieldConstraints.ID;
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.ERROR;
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
      new FieldConstraints(validator()).check(context, findings);
    }

    @Override
    public String toString() {
      return FieldConstraints.ID;
    }
  }
}
