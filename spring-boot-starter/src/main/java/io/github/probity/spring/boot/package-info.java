/**
 * Spring Boot auto-configuration for Probity: the rule set, grader, annex reader and writer, JSON
 * entry point and warning policy as beans that a host replaces by declaring its own, configured
 * under {@code probity.*} ({@link io.github.probity.spring.boot.ProbityProperties}); problem
 * details (RFC 9457) for refused input in Spring MVC applications; and Probity's Jackson module for
 * the host's {@code ObjectMapper}; the monitor advanced on a schedule of the starter's own ({@link
 * io.github.probity.spring.boot.MonitorAdvancer}); and the JDBC store over the application's data
 * source where {@code probity-store-jdbc} is present ({@link
 * io.github.probity.spring.boot.ProbityStoreAutoConfiguration}).
 *
 * <p>Works on Spring Boot 3.5 and 4.0; every Spring dependency is the host's.
 */
@NullMarked
package io.github.probity.spring.boot;

import org.jspecify.annotations.NullMarked;
