package io.github.probity.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

class ProbityValidationAutoConfigurationTest {
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  ProbityAutoConfiguration.class, ProbityValidationAutoConfiguration.class));

  record Clerk(@NotBlank String name) {}

  @AfterEach
  void resetLocale() {
    LocaleContextHolder.resetLocaleContext();
  }

  private static String messageIn(Validator validator, Locale locale) {
    LocaleContextHolder.setLocale(locale);
    Set<ConstraintViolation<Clerk>> v = validator.validate(new Clerk(" "));
    assertThat(v).hasSize(1);
    return v.iterator().next().getMessage();
  }

  @Test
  void theApplicationsValidatorSpeaksProbitysMessagesInTheRequestsLanguage() {
    runner.run(
        ctx -> {
          assertThat(ctx).hasNotFailed().hasSingleBean(LocalValidatorFactoryBean.class);
          Validator validator = ctx.getBean(Validator.class);
          assertThat(messageIn(validator, Locale.SIMPLIFIED_CHINESE)).isEqualTo("不能为空白");
          assertThat(messageIn(validator, Locale.ENGLISH)).isEqualTo("must not be blank");
        });
  }

  @Test
  void theApplicationsOwnValidatorOrTheSwitchLeavesItAlone() {
    runner
        .withUserConfiguration(HostValidator.class)
        .run(ctx -> assertThat(ctx.getBeanNamesForType(Validator.class)).containsExactly("host"));
    runner
        .withPropertyValues("probity.validation.bean-validation=false")
        .run(ctx -> assertThat(ctx).doesNotHaveBean(Validator.class));
  }

  @Configuration(proxyBeanMethods = false)
  static class HostValidator {
    @Bean
    LocalValidatorFactoryBean host() {
      LocalValidatorFactoryBean v = new LocalValidatorFactoryBean();
      v.setMessageInterpolator(new ParameterMessageInterpolator());
      return v;
    }
  }
}
