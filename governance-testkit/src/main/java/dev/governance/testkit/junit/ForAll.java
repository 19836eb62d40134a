package dev.governance.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a parameter of a {@link GovernanceProperty} (or of a {@link GeneratedArguments}
 * parameterized test) whose values are generated.
 *
 * <p>Without a name, the parameter takes the default generator of its type. The table of defaults:
 * a {@code GovernanceModel} is drawn by {@code GovernanceModelGenerator.upTo(ModelSize.small())}, a
 * {@code ModelSize} by {@code ModelSize.upTo(ModelSize.small())} (both shrink toward fewer parts),
 * a {@code RaciCase} by {@code RaciCaseGenerator.valid()}, an {@code InvalidInput} by {@code
 * InvalidInputGenerator.any()}, and each core type that {@code DomainGenerators} generates on its
 * own by its generator there: {@code Person} by {@code people()}, {@code Risk} by {@code risks()},
 * {@code KpiDefinition} by {@code kpis()}, {@code OutageRecord} by {@code outages()}, and so on for
 * {@code Role}, {@code RoleAssignment}, {@code OrganisationalUnit}, {@code Money}, {@code
 * ReportingPeriod}, {@code Program}, {@code Project}, {@code InformationSystem}, {@code
 * Deliverable}, {@code Milestone}, {@code OrderedScale}, {@code RiskAssessment}, {@code Control},
 * {@code Acceptance}, {@code RiskAppetite}, {@code Perspective}, {@code StatusThresholds}, {@code
 * Observation}, {@code Scorecard}, {@code Regulation}, {@code TimeLimit}, {@code Obligation},
 * {@code ComplianceEvent}, {@code CompletionRecord}, {@code ServiceTargets}, {@code
 * IncidentRecord}, {@code ServiceCount}, {@code CostReport}, {@code RiskScenario} and {@code
 * MitigationAction}. Another type needs a name.
 *
 * <p>With a name, as in {@code @ForAll("risky") GovernanceModel model}, the parameter takes the
 * {@link dev.governance.testkit.Generator} that the test class's method of that name returns: a
 * method without parameters, static or not, declared in the class or a superclass, whose generator
 * makes values of the parameter's type. In a {@code @Nested} test class, a name the class does not
 * have is looked up in the classes that enclose it, innermost first (so a nested class's own method
 * hides an enclosing class's of the same name); a method that is not static is called on the
 * enclosing test instance of the class it was found in ({@code
 * ExtensionContext.getRequiredTestInstances()}).
 *
 * <p>An unknown name, a method with parameters, one that does not return a generator of the
 * parameter's type, or a type without a default and no name: the test fails with a {@link
 * org.junit.jupiter.api.extension.ParameterResolutionException} naming the parameter, the method
 * and what was expected.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface ForAll {

  /**
   * Returns the name of the method of the test class (or of a class enclosing a {@code @Nested}
   * one) that returns the parameter's generator; empty (the default) takes the default generator of
   * the parameter's type.
   */
  String value() default "";
}
