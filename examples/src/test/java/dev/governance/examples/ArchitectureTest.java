package dev.governance.examples;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The library's module and package rules, as {@code docs/architecture.md} states them, checked over
 * the main classes of every published module. It lives in {@code examples} because that module sees
 * them all.
 */
@AnalyzeClasses(
    packages = "dev.governance",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NotShaded.class})
class ArchitectureTest {

  /**
   * Leaves out the third-party code shaded into governance-rules' jar (lib-recur and its
   * dependencies, relocated under {@code dev.governance.rules.internal.dmfs}): its own package
   * structure is not ours to rule. The code that calls it is still checked.
   */
  static final class NotShaded implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("/dev/governance/rules/internal/dmfs/");
    }
  }

  /** The published library's packages; examples and benchmarks are programs and may print. */
  private static final String[] LIBRARY = {
    "dev.governance.core..",
    "dev.governance.rules..",
    "dev.governance.json..",
    "dev.governance.io..",
    "dev.governance.report..",
    "dev.governance.jackson..",
    "dev.governance.spark..",
    "dev.governance.testkit.."
  };

  /** The report module's renderers: they read a report or a health report, never an engine. */
  private static final String[] RENDERERS = {
    "dev.governance.report.html..",
    "dev.governance.report.text..",
    "dev.governance.report.calendar..",
    "dev.governance.report.findings.."
  };

  /**
   * The engines' packages, which renderers reach only through {@code HealthReport} and its parts.
   */
  private static final String[] ENGINES = {
    "dev.governance.rules.raci..",
    "dev.governance.rules.risk..",
    "dev.governance.rules.kpi..",
    "dev.governance.rules.practice.."
  };

  @ArchTest
  static final ArchRule packagesHaveNoCycles =
      slices().matching("dev.governance.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule coreDependsOnNothingOfOurs =
      noClasses()
          .that()
          .resideInAPackage("dev.governance.core..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("dev.governance..")
                  .and(resideOutsideOfPackage("dev.governance.core..")));

  @ArchTest static final ArchRule rulesDependOnlyOnCore = dependsOnlyOn("rules", "core");

  /**
   * The generators and the property runner depend on core only; the JUnit entry point ({@code
   * testkit.junit}) may also use governance-json, an optional dependency, to print a model.
   */
  @ArchTest
  static final ArchRule testkitDependsOnlyOnCore =
      noClasses()
          .that()
          .resideInAPackage("dev.governance.testkit..")
          .and()
          .resideOutsideOfPackage("dev.governance.testkit.junit..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("dev.governance..")
                  .and(
                      resideOutsideOfPackages("dev.governance.testkit..", "dev.governance.core..")))
          .because("docs/architecture.md: modules depend one way");

  @ArchTest
  static final ArchRule testkitDependsOnlyOnCoreAndJson = dependsOnlyOn("testkit", "core", "json");

  /** JUnit is an optional dependency of the testkit, read by its JUnit entry point only. */
  @ArchTest
  static final ArchRule onlyTheTestkitsEntryPointDependsOnJunit =
      noClasses()
          .that()
          .resideInAnyPackage(LIBRARY)
          .and()
          .resideOutsideOfPackage("dev.governance.testkit.junit..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.junit..", "org.opentest4j..");

  @ArchTest
  static final ArchRule reportDependsOnlyOnCoreRulesAndJson =
      dependsOnlyOn("report", "core", "rules", "json");

  @ArchTest
  static final ArchRule ioDependsOnlyOnCoreRulesAndJson =
      dependsOnlyOn("io", "core", "rules", "json");

  @ArchTest static final ArchRule jsonDependsOnlyOnCore = dependsOnlyOn("json", "core");

  @ArchTest
  static final ArchRule jacksonDependsOnlyOnTheModulesItWritesAndReadsBy =
      dependsOnlyOn("jackson", "core", "rules", "json", "io", "report");

  @ArchTest
  static final ArchRule onlyProgramsDependOnTheJacksonModule =
      noClasses()
          .that()
          .resideInAnyPackage(LIBRARY)
          .and()
          .resideOutsideOfPackage("dev.governance.jackson..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.governance.jackson..");

  @ArchTest
  static final ArchRule sparkDependsOnlyOnCoreAndRules = dependsOnlyOn("spark", "core", "rules");

  @ArchTest
  static final ArchRule noOtherModuleDependsOnSpark =
      noClasses()
          .that()
          .resideInAnyPackage(LIBRARY)
          .and()
          .resideOutsideOfPackage("dev.governance.spark..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.governance.spark..", "org.apache.spark..", "scala..")
          .because("Spark is governance-spark's provided dependency and no one else's");

  @ArchTest
  static final ArchRule ioNeverDependsOnReport =
      noClasses()
          .that()
          .resideInAPackage("dev.governance.io..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.governance.report..", "dev.governance.testkit..", "dev.governance.examples..");

  @ArchTest
  static final ArchRule reportNeverDependsOnIo =
      noClasses()
          .that()
          .resideInAPackage("dev.governance.report..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.governance.io..");

  @ArchTest
  static final ArchRule renderersReachEnginesOnlyThroughTheHealthReport =
      noClasses()
          .that()
          .resideInAnyPackage(RENDERERS)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(ENGINES)
          .because("a renderer prints what a health report holds; it runs no engine");

  @ArchTest
  static final ArchRule theReportModuleRunsNoEngine =
      noClasses()
          .that()
          .resideInAPackage("dev.governance.report..")
          .should()
          .callMethodWhere(
              target(owner(resideInAnyPackage(ENGINES)))
                  .and(target(nameMatching("standard|of|validate|review|evaluate|run"))))
          .orShould()
          .callMethodWhere(
              target(owner(resideInAnyPackage("dev.governance.rules.deadline..")))
                  .and(target(nameMatching("standard|occurrences"))))
          .orShould()
          .callMethodWhere(
              target(owner(resideInAnyPackage("dev.governance.rules.health..")))
                  .and(target(nameMatching("check|standard"))))
          .because(
              "the dashboard and the renderers are views over a HealthReport; engines run in"
                  + " GovernanceHealth");

  /** The testkit's JUnit entry point prints a model with governance-json, when it is present. */
  @ArchTest
  static final ArchRule rulesDoNotDependOnReports =
      noClasses()
          .that()
          .resideInAnyPackage(
              "dev.governance.core..", "dev.governance.rules..", "dev.governance.testkit..")
          .and()
          .resideOutsideOfPackage("dev.governance.testkit.junit..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.governance.report..", "dev.governance.io..", "dev.governance.json..");

  @ArchTest
  static final ArchRule onlyProgramsDependOnTheCommand =
      noClasses()
          .that()
          .resideInAnyPackage(LIBRARY)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.governance.cli..");

  @ArchTest static final ArchRule reportInternalsStayInReport = internalsStayIn("report");

  @ArchTest static final ArchRule ioInternalsStayInIo = internalsStayIn("io");

  @ArchTest static final ArchRule coreInternalsStayInCore = internalsStayIn("core");

  @ArchTest static final ArchRule rulesInternalsStayInRules = internalsStayIn("rules");

  @ArchTest
  static final ArchRule testkitJunitNeverDependsOnIoOrReport =
      noClasses()
          .that()
          .resideInAPackage("dev.governance.testkit.junit..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.governance.io..", "dev.governance.report..");

  @ArchTest static final ArchRule testkitInternalsStayInTestkit = internalsStayIn("testkit");

  @ArchTest
  static final ArchRule libraryDoesNotPrint =
      noClasses()
          .that()
          .resideInAnyPackage(LIBRARY)
          .and()
          .resideOutsideOfPackage("dev.governance.spark.example..")
          .should(ACCESS_STANDARD_STREAMS)
          .because("the library returns what it finds; SparkExample is a program that prints");

  @ArchTest
  static final ArchRule libraryDoesNotUseJavaUtilLogging =
      noClasses().that().resideInAnyPackage(LIBRARY).should(USE_JAVA_UTIL_LOGGING);

  /**
   * Returns the rule that {@code module}'s packages depend on no module of ours but {@code
   * allowed}.
   */
  private static ArchRule dependsOnlyOn(String module, String... allowed) {
    String[] own = new String[allowed.length + 1];
    own[0] = "dev.governance." + module + "..";
    for (int i = 0; i < allowed.length; i++) {
      own[i + 1] = "dev.governance." + allowed[i] + "..";
    }
    return noClasses()
        .that()
        .resideInAPackage(own[0])
        .should()
        .dependOnClassesThat(resideInAPackage("dev.governance..").and(resideOutsideOfPackages(own)))
        .because("docs/architecture.md: modules depend one way");
  }

  private static ArchRule internalsStayIn(String module) {
    return noClasses()
        .that()
        .resideOutsideOfPackage("dev.governance." + module + "..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.governance." + module + "..internal..")
        .allowEmptyShould(true)
        .because("code in .internal packages is not API and may change without notice");
  }
}
