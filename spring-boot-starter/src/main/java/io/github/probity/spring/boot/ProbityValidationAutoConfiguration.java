package io.github.probity.spring.boot;

import io.github.probity.validation.BeanValidation;
import io.github.probity.validation.ValidLedger;
import java.time.Clock;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnResource;
import org.springframework.context.annotation.Bean;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * Makes the application's Jakarta validator (Boot's {@code defaultValidator}, which Spring MVC's
 * {@code @Valid} uses) speak Probity's messages: a {@link LocalValidatorFactoryBean} whose message
 * interpolator is {@link BeanValidation#messageInterpolator(Locale) Probity's} (zh_CN and English
 * texts for the model's constraints and every built-in Jakarta constraint, no Expression Language),
 * asked in the locale of the current request, and whose clock is the application's {@link Clock}
 * (the dates {@link ValidLedger} judges). Declared before Boot's validation auto-configuration and
 * only when the application has no validator of its own and a Jakarta provider (e.g. Hibernate
 * Validator) is on the class path; {@code probity.validation.bean-validation=false} leaves Boot's.
 *
 * @since 0.1.0
 */
@AutoConfiguration(
    after = ProbityAutoConfiguration.class,
    beforeName = {
      "org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration",
      "org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration"
    })
@ConditionalOnClass({jakarta.validation.Validator.class, LocalValidatorFactoryBean.class})
@ConditionalOnResource(
    resources = "classpath:META-INF/services/jakarta.validation.spi.ValidationProvider")
@ConditionalOnProperty(
    prefix = "probity.validation",
    name = "bean-validation",
    havingValue = "true",
    matchIfMissing = true)
public class ProbityValidationAutoConfiguration {

  /** Creates the configuration; Spring calls it. */
  public ProbityValidationAutoConfiguration() {}

  /**
   * The application's validator, with Probity's messages in the request's locale (Chinese for
   * {@code zh*}, English otherwise; Chinese outside a request) and the application's clock.
   *
   * @param clock the application's clock
   * @return the validator
   */
  @Bean
  @ConditionalOnMissingBean(jakarta.validation.Validator.class)
  public static LocalValidatorFactoryBean defaultValidator(ObjectProvider<Clock> clock) {
    LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
    // wrapped by Spring in a LocaleContextMessageInterpolator: asked in the request's locale
    validator.setMessageInterpolator(BeanValidation.messageInterpolator(Locale.SIMPLIFIED_CHINESE));
    validator.setConfigurationInitializer(
        c -> c.clockProvider(() -> clock.getIfAvailable(Clock::systemDefaultZone)));
    return validator;
  }
}
