package io.github.probity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The design's rules on probity-core, checked over its main classes: no format library, no other
 * Probity module, a model that depends on nothing else, generated classes hidden and the internal
 * package kept out of the API, and no cycle between core's packages. That no other module uses the
 * internal package is checked where every module is on the class path, in the examples.
 */
class ArchitectureTest {
  private static final String INTERNAL = "io.github.probity.internal..";

  private static JavaClasses core;

  @BeforeAll
  static void importClasses() {
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.probity");
  }

  @Test
  void corePackagesFormNoCycle() {
    // the internal helpers sit beside the model (they parse its codes), below everything else
    slices()
        .matching("io.github.probity.(*)..")
        .should()
        .beFreeOfCycles()
        .ignoreDependency(
            JavaClass.Predicates.resideInAPackage(INTERNAL), DescribedPredicate.alwaysTrue())
        .ignoreDependency(
            DescribedPredicate.alwaysTrue(), JavaClass.Predicates.resideInAPackage(INTERNAL))
        .because("each package builds on the ones below it")
        .check(core);
  }

  @Test
  void coreDependsOnNoFormatLibrary() {
    noClasses()
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
        .because("core depends on nothing but the Jakarta Validation API")
        .check(core);
  }

  @Test
  void coreDependsOnNoOtherModule() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.github.probity.json..",
            "io.github.probity.excel..",
            "io.github.probity.testkit..",
            "io.github.probity.examples..",
            "io.github.probity.benchmarks..")
        .because("io-*, testkit and examples depend on core, never the other way")
        .check(core);
  }

  @Test
  void modelDependsOnNoOtherProbityPackage() {
    noClasses()
        .that()
        .resideInAPackage("io.github.probity.model..")
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "are Probity classes outside the model and core's internal helpers",
                c ->
                    c.getPackageName().startsWith("io.github.probity.")
                        && !c.getPackageName().startsWith("io.github.probity.model")
                        && !c.getPackageName().startsWith("io.github.probity.internal")))
        .check(core);
  }

  @Test
  void internalDependsOnTheModelAtMost() {
    noClasses()
        .that()
        .resideInAPackage(INTERNAL)
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "are Probity classes outside the model and the internal package",
                c ->
                    c.getPackageName().startsWith("io.github.probity.")
                        && !c.getPackageName().startsWith("io.github.probity.model")
                        && !c.getPackageName().startsWith("io.github.probity.internal")))
        .because("shared helpers sit below the packages that use them")
        .check(core);
  }

  @Test
  void theApiExposesNoInternalType() {
    DescribedPredicate<JavaClass> internal =
        DescribedPredicate.describe(
            "an internal type", c -> c.getPackageName().startsWith("io.github.probity.internal"));
    DescribedPredicate<List<JavaClass>> anyInternal =
        DescribedPredicate.describe(
            "an internal parameter type", params -> params.stream().anyMatch(internal));
    noMethods()
        .that()
        .areDeclaredInClassesThat()
        .resideOutsideOfPackage(INTERNAL)
        .and()
        .arePublic()
        .should()
        .haveRawReturnType(internal)
        .orShould()
        .haveRawParameterTypes(anyInternal)
        .because("io.github.probity.internal is not API")
        .check(core);
    noFields()
        .that()
        .areDeclaredInClassesThat()
        .resideOutsideOfPackage(INTERNAL)
        .and()
        .arePublic()
        .should()
        .haveRawType(internal)
        .because("io.github.probity.internal is not API")
        .check(core);
  }

  @Test
  void generatedImmutableClassesStayHidden() {
    classes()
        .that()
        .haveSimpleNameStartingWith("Immutable")
        .should()
        .notHaveModifier(JavaModifier.PUBLIC)
        .because("users write RiskPoint.builder(), never a generated class name")
        .allowEmptyShould(true)
        .check(core);
  }
}
