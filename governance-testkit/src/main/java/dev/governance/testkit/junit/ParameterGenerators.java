package dev.governance.testkit.junit;

import com.google.common.collect.ImmutableMap;
import com.google.common.primitives.Primitives;
import com.google.common.reflect.TypeToken;
import dev.governance.core.compliance.CompletionRecord;
import dev.governance.core.compliance.ComplianceEvent;
import dev.governance.core.compliance.Obligation;
import dev.governance.core.compliance.Regulation;
import dev.governance.core.compliance.TimeLimit;
import dev.governance.core.kpi.KpiDefinition;
import dev.governance.core.kpi.Observation;
import dev.governance.core.kpi.Perspective;
import dev.governance.core.kpi.Scorecard;
import dev.governance.core.kpi.StatusThresholds;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.money.Money;
import dev.governance.core.party.OrganisationalUnit;
import dev.governance.core.party.Person;
import dev.governance.core.party.Role;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.portfolio.CostReport;
import dev.governance.core.portfolio.Deliverable;
import dev.governance.core.portfolio.InformationSystem;
import dev.governance.core.portfolio.Milestone;
import dev.governance.core.portfolio.Program;
import dev.governance.core.portfolio.Project;
import dev.governance.core.risk.Acceptance;
import dev.governance.core.risk.Control;
import dev.governance.core.risk.MitigationAction;
import dev.governance.core.risk.OrderedScale;
import dev.governance.core.risk.Risk;
import dev.governance.core.risk.RiskAppetite;
import dev.governance.core.risk.RiskAssessment;
import dev.governance.core.risk.RiskScenario;
import dev.governance.core.service.IncidentRecord;
import dev.governance.core.service.OutageRecord;
import dev.governance.core.service.ServiceCount;
import dev.governance.core.service.ServiceTargets;
import dev.governance.core.time.ReportingPeriod;
import dev.governance.testkit.DomainGenerators;
import dev.governance.testkit.Generator;
import dev.governance.testkit.GovernanceModelGenerator;
import dev.governance.testkit.InvalidInput;
import dev.governance.testkit.InvalidInputGenerator;
import dev.governance.testkit.ModelSize;
import dev.governance.testkit.RaciCase;
import dev.governance.testkit.RaciCaseGenerator;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.TestInstances;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Finds the generator of a generated parameter, for {@link GovernancePropertyExtension} and {@link
 * GeneratedArgumentsProvider} alike: the default of its type ({@link ForAll} lists them) or the one
 * a method of the test class, or of a class enclosing a {@code @Nested} one, returns.
 */
final class ParameterGenerators {

  /** The default generator of each type, as {@link ForAll} documents them. */
  static final ImmutableMap<Class<?>, Supplier<Generator<?>>> DEFAULTS =
      ImmutableMap.<Class<?>, Supplier<Generator<?>>>builder()
          .put(GovernanceModel.class, () -> GovernanceModelGenerator.upTo(ModelSize.small()))
          .put(ModelSize.class, () -> ModelSize.upTo(ModelSize.small()))
          .put(RaciCase.class, RaciCaseGenerator::valid)
          .put(InvalidInput.class, InvalidInputGenerator::any)
          .put(Person.class, DomainGenerators::people)
          .put(Role.class, DomainGenerators::roles)
          .put(RoleAssignment.class, DomainGenerators::roleAssignments)
          .put(OrganisationalUnit.class, DomainGenerators::units)
          .put(Money.class, DomainGenerators::money)
          .put(ReportingPeriod.class, DomainGenerators::reportingPeriods)
          .put(Program.class, DomainGenerators::programs)
          .put(Project.class, DomainGenerators::projects)
          .put(InformationSystem.class, DomainGenerators::systems)
          .put(Deliverable.class, DomainGenerators::deliverables)
          .put(Milestone.class, DomainGenerators::milestones)
          .put(OrderedScale.class, DomainGenerators::scales)
          .put(RiskAssessment.class, DomainGenerators::assessments)
          .put(Control.class, DomainGenerators::controls)
          .put(Acceptance.class, DomainGenerators::acceptances)
          .put(RiskAppetite.class, DomainGenerators::appetites)
          .put(Risk.class, DomainGenerators::risks)
          .put(Perspective.class, DomainGenerators::perspectives)
          .put(StatusThresholds.class, DomainGenerators::thresholds)
          .put(KpiDefinition.class, DomainGenerators::kpis)
          .put(Observation.class, DomainGenerators::observations)
          .put(Scorecard.class, DomainGenerators::scorecards)
          .put(Regulation.class, DomainGenerators::regulations)
          .put(TimeLimit.class, DomainGenerators::timeLimits)
          .put(Obligation.class, DomainGenerators::obligations)
          .put(ComplianceEvent.class, DomainGenerators::events)
          .put(CompletionRecord.class, DomainGenerators::completions)
          .put(ServiceTargets.class, DomainGenerators::serviceTargets)
          .put(OutageRecord.class, DomainGenerators::outages)
          .put(IncidentRecord.class, DomainGenerators::incidents)
          .put(ServiceCount.class, DomainGenerators::serviceCounts)
          .put(CostReport.class, DomainGenerators::costReports)
          .put(RiskScenario.class, DomainGenerators::lossScenarios)
          .put(MitigationAction.class, DomainGenerators::mitigationActions)
          .buildOrThrow();

  private ParameterGenerators() {}

  /** Returns the simple names of the types that have a default generator, in the table's order. */
  static String defaultTypes() {
    return DEFAULTS.keySet().stream().map(Class::getSimpleName).collect(Collectors.joining(", "));
  }

  /**
   * Returns the seed that an annotation's {@code seed} attribute fixes, if it gives one.
   *
   * @param where the annotated method or source, for the message
   * @param annotation the annotation's name, such as {@code @GovernanceProperty}
   * @param seed the attribute's values
   * @return the seed, or empty for none
   * @throws ExtensionConfigurationException if the attribute gives two seeds or more
   */
  static OptionalLong seed(String where, String annotation, long[] seed) {
    if (seed.length > 1) {
      throw new ExtensionConfigurationException(
          where
              + ": "
              + annotation
              + "(seed = "
              + Arrays.toString(seed)
              + ") gives "
              + seed.length
              + " seeds; expected at most one");
    }
    return seed.length == 1 ? OptionalLong.of(seed[0]) : OptionalLong.empty();
  }

  /**
   * Returns the generator of a generated parameter of the test that {@code context} runs: a named
   * method is looked up in the test class, then, for a {@code @Nested} class, in the classes that
   * enclose it, innermost first, and one that is not static is called on the test instance of the
   * class it was found in ({@link ExtensionContext#getTestInstances()}).
   *
   * @param type the parameter's declared type
   * @param where the parameter and its method, for messages: {@code parameter 1 (model) of
   *     Test.check(GovernanceModel)}
   * @param name the name of the generator's method, or empty for the type's default
   * @param context the context of the test method
   * @return the generator
   * @throws ParameterResolutionException as {@link #of(Type, String, String, Class, List)} does
   */
  static Generator<?> of(Type type, String where, String name, ExtensionContext context) {
    return of(
        type,
        where,
        name,
        context.getRequiredTestClass(),
        context.getTestInstances().map(TestInstances::getAllInstances).orElse(List.of()));
  }

  /**
   * Returns the generator of a generated parameter, given the test class and its test instances: a
   * named method is looked up in the test class, then in the classes that enclose a {@code @Nested}
   * one, innermost first; one that is not static is called on the innermost of {@code
   * testInstances} that is an instance of the class the method was found in.
   *
   * @param type the parameter's declared type
   * @param where the parameter and its method, for messages: {@code parameter 1 (model) of
   *     Test.check(GovernanceModel)}
   * @param name the name of the generator's method, or empty for the type's default
   * @param testClass the class whose method is named
   * @param testInstances the instances on which a method that is not static may be called,
   *     outermost first
   * @return the generator
   * @throws ParameterResolutionException if the type has no default and no name is given, or the
   *     named method is missing, takes parameters, is not static without an instance of its class,
   *     returns no generator of the type or returns null
   */
  static Generator<?> of(
      Type type, String where, String name, Class<?> testClass, List<Object> testInstances) {
    if (name.isEmpty()) {
      Supplier<Generator<?>> generator = DEFAULTS.get(TypeToken.of(type).getRawType());
      if (generator == null) {
        throw new ParameterResolutionException(
            where
                + ": @ForAll without a name takes the default generator of the parameter's type,"
                + " but "
                + type.getTypeName()
                + " has none; expected one of the types "
                + defaultTypes()
                + ", or @ForAll(\"name\") naming a method of "
                + testClass.getName()
                + " without parameters that returns a Generator of "
                + type.getTypeName());
      }
      return generator.get();
    }
    List<Class<?>> classes = testClassAndEnclosing(testClass);
    Map.Entry<Class<?>, Method> found = method(where, name, classes);
    Method method = found.getValue();
    check(where, method, type);
    Object instance = null;
    if (!Modifier.isStatic(method.getModifiers())) {
      instance = instanceOf(found.getKey(), testInstances);
      if (instance == null) {
        throw new ParameterResolutionException(
            where
                + ": the generator method "
                + signature(method)
                + " is not static and there is no test instance"
                + (found.getKey().equals(testClass) ? "" : " of " + found.getKey().getName())
                + " to call it on (a @ParameterizedTest provides its arguments before it makes"
                + " one); expected a static method, or the test class annotated"
                + " @TestInstance(Lifecycle.PER_CLASS)");
      }
    }
    Object generator = ReflectionSupport.invokeMethod(method, instance);
    if (generator == null) {
      throw new ParameterResolutionException(
          where
              + ": the generator method "
              + signature(method)
              + " returned null; expected a Generator of "
              + type.getTypeName());
    }
    return (Generator<?>) generator;
  }

  /**
   * Returns {@code testClass} and, when it is an inner class (as a {@code @Nested} test class is),
   * the classes that enclose it, innermost first.
   */
  private static List<Class<?>> testClassAndEnclosing(Class<?> testClass) {
    List<Class<?>> classes = new ArrayList<>();
    Class<?> current = testClass;
    classes.add(current);
    while (current.getEnclosingClass() != null && !Modifier.isStatic(current.getModifiers())) {
      current = current.getEnclosingClass();
      classes.add(current);
    }
    return classes;
  }

  /** Returns the innermost of {@code instances} that is a {@code type}, or null. */
  private static @Nullable Object instanceOf(Class<?> type, List<Object> instances) {
    for (int i = instances.size() - 1; i >= 0; i--) {
      if (type.isInstance(instances.get(i))) {
        return instances.get(i);
      }
    }
    return null;
  }

  /**
   * Returns the method {@code name} without parameters of the first of {@code classes} (or of its
   * superclasses) that has one, with that class.
   */
  private static Map.Entry<Class<?>, Method> method(
      String where, String name, List<Class<?>> classes) {
    for (Class<?> c : classes) {
      Optional<Method> method = ReflectionSupport.findMethod(c, name);
      if (method.isPresent()) {
        return Map.entry(c, method.get());
      }
    }
    List<Method> named = new ArrayList<>();
    for (Class<?> c : classes) {
      named.addAll(
          ReflectionSupport.findMethods(
              c, m -> m.getName().equals(name), HierarchyTraversalMode.TOP_DOWN));
    }
    if (named.isEmpty()) {
      throw new ParameterResolutionException(
          where
              + ": @ForAll(\""
              + name
              + "\") names no method of "
              + classes.get(0).getName()
              + " or its superclasses"
              + (classes.size() == 1
                  ? ""
                  : ", nor of the classes that enclose it, "
                      + classes.subList(1, classes.size()).stream()
                          .map(Class::getName)
                          .collect(Collectors.joining(", ")))
              + "; expected a method "
              + name
              + "() that returns a Generator");
    }
    throw new ParameterResolutionException(
        where
            + ": @ForAll(\""
            + name
            + "\") names "
            + named.stream().map(ParameterGenerators::signature).collect(Collectors.joining(", "))
            + ", which takes parameters; expected a method "
            + name
            + "() without parameters that returns a Generator");
  }

  /** Checks that {@code method} returns a generator whose values are of {@code type}. */
  private static void check(String where, Method method, Type type) {
    if (!Generator.class.isAssignableFrom(method.getReturnType())) {
      throw new ParameterResolutionException(
          where
              + ": the generator method "
              + signature(method)
              + " returns "
              + method.getGenericReturnType().getTypeName()
              + "; expected a Generator of "
              + type.getTypeName());
    }
    Type generated = generatedType(method.getGenericReturnType());
    Type wanted = type instanceof Class<?> c ? Primitives.wrap(c) : type;
    if (generated != null && !TypeToken.of(wanted).isSupertypeOf(generated)) {
      throw new ParameterResolutionException(
          where
              + ": the generator method "
              + signature(method)
              + " returns "
              + method.getGenericReturnType().getTypeName()
              + ", whose values are "
              + generated.getTypeName()
              + "; expected a Generator of "
              + type.getTypeName());
    }
  }

  /**
   * Returns the type of the values of a generator type, or null when it is not known (a raw type or
   * a type variable).
   */
  private static @Nullable Type generatedType(Type generatorType) {
    Type supertype = generatorSupertype(TypeToken.of(generatorType));
    if (!(supertype instanceof ParameterizedType parameterized)) {
      return null;
    }
    Type value = parameterized.getActualTypeArguments()[0];
    if (value instanceof WildcardType wildcard) {
      value = wildcard.getUpperBounds()[0];
    }
    return value instanceof Class<?> || value instanceof ParameterizedType ? value : null;
  }

  /** Returns {@code Generator<V>} as {@code token}, a subtype of it, sees it. */
  @SuppressWarnings("unchecked") // token's raw type implements Generator, checked by the caller
  private static <T> Type generatorSupertype(TypeToken<T> token) {
    Class<? super T> generator = (Class<? super T>) (Class<?>) Generator.class;
    return token.getSupertype(generator).getType();
  }

  /** Returns {@code Type.method(ParameterType, ...)}. */
  static String signature(Method method) {
    return method.getDeclaringClass().getSimpleName()
        + "."
        + method.getName()
        + "("
        + Arrays.stream(method.getParameterTypes())
            .map(Class::getSimpleName)
            .collect(Collectors.joining(", "))
        + ")";
  }
}
