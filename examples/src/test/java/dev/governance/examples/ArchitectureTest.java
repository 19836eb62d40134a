package dev.governance.examples;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The library's module rules (ARCHITECTURE.md; STYLE.md habit 1), checked over the main classes of
 * every published module. It lives in {@code examples} because that module sees them all.
 */
@AnalyzeClasses(packages = "dev.governance", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** The published library's packages; examples and benchmarks are programs and may print. */
  private static final String[] LIBRARY = {
    "dev.governance.core..", "dev.governance.rules..", "dev.governance.report..", "dev.governance.testkit.."
  };

  @ArchTest
  static final ArchRule packagesHaveNoCycles =
      slices().matching("dev.governance.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule coreDependsOnNothingOfOurs =
      noClasses().that().resideInAPackage("dev.governance.core..")
          .should().dependOnClassesThat(
              resideInAPackage("dev.governance..").and(resideOutsideOfPackage("dev.governance.core..")));

  @ArchTest
  static final ArchRule rulesDependOnlyOnCore =
      noClasses().that().resideInAPackage("dev.governance.rules..")
          .should().dependOnClassesThat().resideInAnyPackage("dev.governance.testkit..", "dev.governance.examples..");

  @ArchTest
  static final ArchRule testkitDependsOnlyOnCore =
      noClasses().that().resideInAPackage("dev.governance.testkit..")
          .should().dependOnClassesThat().resideInAnyPackage("dev.governance.rules..", "dev.governance.examples..");

  @ArchTest
  static final ArchRule reportDependsOnlyOnCoreAndRules =
      noClasses().that().resideInAPackage("dev.governance.report..")
          .should().dependOnClassesThat().resideInAnyPackage("dev.governance.testkit..", "dev.governance.examples..");

  @ArchTest
  static final ArchRule rulesDoNotDependOnReports =
      noClasses().that().resideInAnyPackage("dev.governance.core..", "dev.governance.rules..", "dev.governance.testkit..")
          .should().dependOnClassesThat().resideInAPackage("dev.governance.report..");

  @ArchTest
  static final ArchRule onlyProgramsDependOnTheCommand =
      noClasses().that().resideInAnyPackage(LIBRARY)
          .should().dependOnClassesThat().resideInAPackage("dev.governance.cli..");

  @ArchTest
  static final ArchRule reportInternalsStayInReport = internalsStayIn("report");

  @ArchTest
  static final ArchRule coreInternalsStayInCore = internalsStayIn("core");

  @ArchTest
  static final ArchRule rulesInternalsStayInRules = internalsStayIn("rules");

  @ArchTest
  static final ArchRule testkitInternalsStayInTestkit = internalsStayIn("testkit");

  @ArchTest
  static final ArchRule libraryDoesNotPrint =
      noClasses().that().resideInAnyPackage(LIBRARY).should(ACCESS_STANDARD_STREAMS);

  @ArchTest
  static final ArchRule libraryDoesNotUseJavaUtilLogging =
      noClasses().that().resideInAnyPackage(LIBRARY).should(USE_JAVA_UTIL_LOGGING);

  private static ArchRule internalsStayIn(String module) {
    return noClasses().that().resideOutsideOfPackage("dev.governance." + module + "..")
        .should().dependOnClassesThat().resideInAPackage("dev.governance." + module + "..internal..")
        .allowEmptyShould(true)
        .because("code in .internal packages is not API and may change without notice");
  }
}
