package dev.governance.testkit.junit;

import dev.governance.testkit.Counterexample;
import dev.governance.testkit.Generator;
import dev.governance.testkit.Property;
import dev.governance.testkit.PropertyFailure;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.ReflectionSupport;
import org.opentest4j.TestAbortedException;

/**
 * The JUnit Jupiter extension behind {@link GovernanceProperty}; a test registers it through that
 * annotation, not by itself.
 *
 * <p>It works in two steps, both JUnit's public extension API. As a {@link ParameterResolver}, it
 * finds the generator of each {@link ForAll} parameter ({@link ForAll} says how), so that a wrong
 * name or type fails before anything runs, and gives JUnit a stand-in value (null, or zero for a
 * primitive) for the one call it would make. As an {@link InvocationInterceptor}, it skips that
 * call and runs the property instead: a {@link Property} over the {@code @ForAll} parameters drawn
 * in order as one value, so that they shrink together, each draw passed to the test method by
 * reflection. Running through {@code Property} (rather than, say, a test template with an
 * invocation per draw) keeps one implementation of running and shrinking, and lets shrinking call
 * the method as often as it needs within the one test. The other parameters (a {@code TestInfo}, a
 * {@code @TempDir}) are resolved by their own resolvers once and passed to every call.
 *
 * <p>So the method is called many times within one test: {@code @BeforeEach} and {@code @AfterEach}
 * methods run once around the whole property, not around each draw, and the test instance is the
 * same for every draw. A failure is a {@link PropertyFailure}: its message reports the try, the
 * seed and how to rerun ({@code @GovernanceProperty(seed = SEED)} or {@code
 * -Dgovernance.testkit.seed=SEED}), then each drawn parameter, shrunk, as {@code parameter N (name,
 * Type):} followed by its text (a model as its JSON when governance-json is on the class path, see
 * the package), then the failure on it, which is also the cause.
 *
 * <p>A try that an assumption aborts ({@code Assumptions.assumeTrue}, which throws {@link
 * TestAbortedException}) neither passes nor fails: it is left out, as Hypothesis's {@code assume}
 * leaves a draw out, and while shrinking a candidate that an assumption aborts is not kept. When an
 * assumption aborts every try, the test is aborted with a {@link TestAbortedException} that says
 * so.
 */
public final class GovernancePropertyExtension implements ParameterResolver, InvocationInterceptor {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(GovernancePropertyExtension.class);

  /** Creates the extension; JUnit does, for {@link GovernanceProperty}. */
  public GovernancePropertyExtension() {}

  /** Returns whether the parameter is annotated {@link ForAll}. */
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.isAnnotated(ForAll.class);
  }

  /**
   * Finds the parameter's generator, keeps it for the property, and returns a stand-in for the call
   * the extension skips.
   *
   * @throws ParameterResolutionException if the method is not a {@link GovernanceProperty}, or the
   *     parameter's generator cannot be found (see {@link ForAll})
   */
  @Override
  public @Nullable Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Method method = context.getRequiredTestMethod();
    String where = where(method, parameter.getParameter(), parameter.getIndex());
    if (!AnnotationSupport.isAnnotated(method, GovernanceProperty.class)) {
      throw new ParameterResolutionException(
          where
              + " is annotated @ForAll, but its method is not a property; expected the method"
              + " annotated @GovernanceProperty (or a @ParameterizedTest with"
              + " @GeneratedArguments)");
    }
    String name = parameter.findAnnotation(ForAll.class).map(ForAll::value).orElse("");
    Generator<?> generator =
        ParameterGenerators.of(
            parameter.getParameter().getParameterizedType(), where, name, context);
    context.getStore(NAMESPACE).put(parameter.getIndex(), generator);
    Class<?> type = parameter.getParameter().getType();
    return type.isPrimitive() ? Array.get(Array.newInstance(type, 1), 0) : null;
  }

  /**
   * Runs a {@link GovernanceProperty} method as its property, skipping JUnit's single call; calls
   * any other test method as it is.
   *
   * @throws PropertyFailure if the property fails
   * @throws ExtensionConfigurationException if the method has no {@link ForAll} parameter or the
   *     annotation gives two seeds or more
   * @throws dev.governance.core.GovernanceValidationException if the annotation's {@code tries} is
   *     below 1 or its {@code shrinkLimit} negative
   */
  @Override
  public void interceptTestMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext context)
      throws Throwable {
    Method method = invocationContext.getExecutable();
    Optional<GovernanceProperty> annotation =
        AnnotationSupport.findAnnotation(method, GovernanceProperty.class);
    if (annotation.isEmpty()) {
      invocation.proceed();
      return;
    }
    invocation.skip();
    Parameter[] parameters = method.getParameters();
    List<Integer> drawn = new ArrayList<>();
    List<Generator<?>> generators = new ArrayList<>();
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i].isAnnotationPresent(ForAll.class)) {
        drawn.add(i);
        generators.add(context.getStore(NAMESPACE).get(i, Generator.class));
      }
    }
    if (drawn.isEmpty()) {
      throw new ExtensionConfigurationException(
          ParameterGenerators.signature(method)
              + " is a @GovernanceProperty without a @ForAll parameter; expected at least one"
              + " parameter annotated @ForAll, whose values the property draws");
    }
    Property<List<Object>> property =
        Property.forAll(allOf(generators))
            .withTries(annotation.get().tries())
            .withShrinkLimit(annotation.get().shrinkLimit())
            .describedBy(values -> describe(method, drawn, values));
    OptionalLong seed =
        ParameterGenerators.seed(
            ParameterGenerators.signature(method), "@GovernanceProperty", annotation.get().seed());
    if (seed.isPresent()) {
      property = property.withSeed(seed.getAsLong());
    }
    Object target = invocationContext.getTarget().orElse(null);
    List<Object> fixed = invocationContext.getArguments();
    AtomicInteger aborted = new AtomicInteger();
    Optional<Counterexample<List<Object>>> found =
        property.falsify(
            values -> {
              Object[] arguments = fixed.toArray();
              for (int i = 0; i < drawn.size(); i++) {
                arguments[drawn.get(i)] = values.get(i);
              }
              try {
                ReflectionSupport.invokeMethod(method, target, arguments);
              } catch (TestAbortedException assumptionNotMet) {
                aborted.incrementAndGet();
              }
            });
    if (found.isPresent()) {
      Counterexample<List<Object>> counterexample = found.get();
      throw new PropertyFailure(
          counterexample,
          counterexample.report("@GovernanceProperty(seed = " + counterexample.seed() + ")"));
    }
    if (aborted.get() == annotation.get().tries()) {
      throw new TestAbortedException(
          ParameterGenerators.signature(method)
              + ": an assumption aborted every one of the "
              + aborted.get()
              + " tries; expected draws that meet the property's assumptions, such as from a"
              + " generator that makes them directly");
    }
  }

  /** Returns one generator of a value from each of {@code generators}, drawn in order. */
  static Generator<List<Object>> allOf(List<Generator<?>> generators) {
    return random -> {
      List<Object> values = new ArrayList<>(generators.size());
      for (Generator<?> generator : generators) {
        values.add(generator.generate(random));
      }
      return values;
    };
  }

  /** Returns the text of the drawn parameters, each under its heading. */
  private static String describe(Method method, List<Integer> drawn, List<Object> values) {
    Parameter[] parameters = method.getParameters();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < drawn.size(); i++) {
      int index = drawn.get(i);
      Object value = values.get(i);
      if (i > 0) {
        text.append('\n');
      }
      text.append(heading(parameters[index], index, value)).append('\n');
      text.append(ValueText.of(value));
    }
    return text.toString();
  }

  /**
   * Returns {@code parameter 1 (model, GovernanceModel), as the model JSON that governance validate
   * reads:} or, for a value printed by toString, {@code parameter 2 (limit, int):}.
   */
  static String heading(Parameter parameter, int index, Object value) {
    String name = parameter.isNamePresent() ? parameter.getName() + ", " : "";
    return "parameter "
        + (index + 1)
        + " ("
        + name
        + parameter.getType().getSimpleName()
        + ")"
        + (ValueText.isModelJson(value)
            ? ", as the model JSON that `governance validate` reads:"
            : ":");
  }

  /** Returns {@code parameter 1 (model) of Test.check(GovernanceModel)}, for messages. */
  static String where(Method method, Parameter parameter, int index) {
    String name = parameter.isNamePresent() ? " (" + parameter.getName() + ")" : "";
    return "parameter " + (index + 1) + name + " of " + ParameterGenerators.signature(method);
  }
}
