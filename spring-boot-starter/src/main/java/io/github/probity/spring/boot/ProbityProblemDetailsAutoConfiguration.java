package io.github.probity.spring.boot;

import io.github.probity.json.ProbityJson;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * In a Spring MVC application, exchanges Probity's documents as bodies ({@link
 * ProbityHttpMessageConverter}) and answers refused input with problem details ({@link
 * ProbityExceptionHandler}, unless {@code probity.web.problem-details=false}); each bean only when
 * the host declares none of its type.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = ProbityAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({DispatcherServlet.class, ProblemDetail.class})
public class ProbityProblemDetailsAutoConfiguration {

  /** Creates the configuration; Spring calls it. */
  public ProbityProblemDetailsAutoConfiguration() {}

  /**
   * The converter that reads and writes Probity's documents as request and response bodies through
   * the {@link ProbityJson} bean, ahead of the host's JSON converters for those types only; case
   * books it reads take their later transition times from the {@link Clock} bean.
   *
   * @param json the JSON entry point
   * @param clock the clock of the case books read
   * @return the converter
   */
  @Bean
  @ConditionalOnMissingBean
  public ProbityHttpMessageConverter probityHttpMessageConverter(ProbityJson json, Clock clock) {
    return new ProbityHttpMessageConverter(json, clock);
  }

  /**
   * The controller advice that turns refusals and failed validation into 400 problem details.
   *
   * @param clock the clock {@code @ValidLedger} findings are judged by
   * @param events the observers told of each refusal
   * @return the advice
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(
      prefix = "probity.web",
      name = "problem-details",
      havingValue = "true",
      matchIfMissing = true)
  public ProbityExceptionHandler probityExceptionHandler(
      Clock clock, ObjectProvider<ProbityEvents> events) {
    return new ProbityExceptionHandler(clock, events.orderedStream().toList());
  }
}
