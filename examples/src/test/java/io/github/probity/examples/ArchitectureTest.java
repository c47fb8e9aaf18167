package io.github.probity.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The design's rules across modules, checked over every Probity module's main classes (this module
 * depends on all of them). Core's own rules are checked in core.
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
    "io.github.probity.rollup..",
    "io.github.probity.finding..",
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
  void theExamplesKnowNothingOfTheCommandLine() {
    noClasses()
        .that()
        .resideInAPackage("io.github.probity.examples..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.probity.cli..")
        .because("the examples show the API alone; the command line may use them, not the reverse")
        .check(probity);
  }

  @Test
  void onlyTheCommandLineUsesPicocli() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.github.probity.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("picocli..")
        .because("option parsing belongs to the command line, not to the library or the examples")
        .check(probity);
  }
}
