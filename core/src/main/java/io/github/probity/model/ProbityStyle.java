package io.github.probity.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one value style shared by Probity's immutable types; applications do not need it.
 *
 * <p>Accessors are getter-style ({@code getTitle()}, {@code isMajorMatter()}) so that Jakarta Bean
 * Validation inspects their constraints; builder methods drop the prefix ({@code title(...)}). The
 * generated implementation is package-private: users see {@code RiskPoint} and {@code
 * RiskPoint.builder()}, never a generated class name. No Guava, no nulls.
 *
 * @since 0.1.0
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    init = "*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allParameters = false)
public @interface ProbityStyle {}
