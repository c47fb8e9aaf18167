package io.github.probity.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module and package rules of the design, checked over every Probity module's main classes
 * (this module depends on all of them).
 */
class ArchitectureTest {
  /** The packages that make up probity-core. */
  static final String[] CORE = {
    "io.github.probity.model..",
    "io.github.probity.grading..",
    "io.github.probity.validation..",
    "io.github.probity.review..",
    "io.github.probity.archive..",
    "io.github.probity.warning..",
    "io.github.probity.annex..",
    "io.github.probity.plan..",
    "io.github.probity.internal.."
  };

  private static JavaClasses probity;

  @BeforeAll
  static void importClasses() {
    probity =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.probity");
  }

  @Test
  void coreDependsOnNoFormatLibrary() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAnyPackage(CORE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "com.fasterxml.jackson..",
                "tools.jackson..",
                "org.apache.poi..",
                "org.dhatim..",
                "cn.idev..",
                "com.alibaba..",
                "com.google.gson..")
            .because("core depends on nothing but the Jakarta Validation API");
    rule.check(probity);
  }

  @Test
  void coreDependsOnNoOtherModule() {
    noClasses()
        .that()
        .resideInAnyPackage(CORE)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.github.probity.json..",
            "io.github.probity.excel..",
            "io.github.probity.testkit..",
            "io.github.probity.examples..",
            "io.github.probity.benchmarks..")
        .because("io-*, testkit and examples depend on core, never the other way")
        .check(probity);
  }

  @Test
  void modelDependsOnNoOtherProbityPackage() {
    noClasses()
        .that()
        .resideInAPackage("io.github.probity.model..")
        .should()
        .dependOnClassesThat(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "are Probity classes outside the model and core's internal helpers",
                c ->
                    c.getPackageName().startsWith("io.github.probity.")
                        && !c.getPackageName().startsWith("io.github.probity.model")
                        && !c.getPackageName().startsWith("io.github.probity.internal")))
        .check(probity);
  }

  @Test
  void coreInternalIsNotUsedOutsideCore() {
    noClasses()
        .that()
        .resideOutsideOfPackages(CORE)
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.probity.internal..")
        .because("io.github.probity.internal is core's implementation, not API")
        .check(probity);
  }

  @Test
  void generatedImmutableClassesStayHidden() {
    classes()
        .that()
        .haveSimpleNameStartingWith("Immutable")
        .and()
        .resideInAnyPackage(CORE)
        .should()
        .notHaveModifier(JavaModifier.PUBLIC)
        .because("users write RiskPoint.builder(), never a generated class name")
        .allowEmptyShould(true)
        .check(probity);
  }
}
