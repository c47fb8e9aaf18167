package io.github.probity.spring.boot;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * In a Spring MVC application, answers refused input with problem details: declares {@link
 * ProbityExceptionHandler} unless the host declares its own, or sets {@code
 * probity.web.problem-details=false}.
 */
@AutoConfiguration(after = ProbityAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({DispatcherServlet.class, ProblemDetail.class})
@ConditionalOnProperty(
    prefix = "probity.web",
    name = "problem-details",
    havingValue = "true",
    matchIfMissing = true)
public class ProbityProblemDetailsAutoConfiguration {

  /** Creates the configuration; Spring calls it. */
  public ProbityProblemDetailsAutoConfiguration() {}

  /**
   * The controller advice that turns refusals into 400 problem details.
   *
   * @return the advice
   */
  @Bean
  @ConditionalOnMissingBean
  public ProbityExceptionHandler probityExceptionHandler() {
    return new ProbityExceptionHandler();
  }
}
