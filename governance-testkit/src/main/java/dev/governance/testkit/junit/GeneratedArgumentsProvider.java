package dev.governance.testkit.junit;

import static dev.governance.core.ArgChecker.positive;

import dev.governance.testkit.Generator;
import dev.governance.testkit.Property;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclaration;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * The arguments provider behind {@link GeneratedArguments}; a test uses it through that annotation.
 * It draws the sets with {@link Property#sample()}, so that they are the values a property over the
 * same generators and seed checks; it does not shrink.
 */
public final class GeneratedArgumentsProvider
    implements ArgumentsProvider, AnnotationConsumer<GeneratedArguments> {

  private String[] names = {};
  private int count = Property.DEFAULT_TRIES;
  private long[] seed = {};

  /** Creates the provider; JUnit does, for {@link GeneratedArguments}. */
  public GeneratedArgumentsProvider() {}

  /** Takes the annotation's names, count and seed. */
  @Override
  public void accept(GeneratedArguments annotation) {
    names = annotation.value();
    count = annotation.count();
    seed = annotation.seed();
  }

  /**
   * Returns {@code count} sets of generated arguments, each named {@code seed S, set N}.
   *
   * @throws ParameterResolutionException if there are more names than parameters, or a generator
   *     cannot be found (see {@link ForAll})
   * @throws ExtensionConfigurationException if the annotation gives two seeds or more
   * @throws dev.governance.core.GovernanceValidationException if {@code count} is below 1
   */
  @Override
  public Stream<? extends Arguments> provideArguments(
      ParameterDeclarations parameters, ExtensionContext context) {
    positive(count, "count");
    String source = parameters.getSourceElementDescription();
    OptionalLong fixed = ParameterGenerators.seed(source, "@GeneratedArguments", seed);
    List<ParameterDeclaration> declared = parameters.getAll();
    if (names.length > declared.size()) {
      throw new ParameterResolutionException(
          source
              + ": @GeneratedArguments names "
              + names.length
              + " generators "
              + Arrays.toString(names)
              + " for "
              + declared.size()
              + " parameters; expected at most one name per parameter");
    }
    int arguments = names.length > 0 ? names.length : declared.size();
    List<Generator<?>> generators = new ArrayList<>(arguments);
    for (int i = 0; i < arguments; i++) {
      ParameterDeclaration parameter = declared.get(i);
      AnnotatedElement element = parameter.getAnnotatedElement();
      String name =
          names.length > 0
              ? names[i]
              : element.isAnnotationPresent(ForAll.class)
                  ? element.getAnnotation(ForAll.class).value()
                  : "";
      generators.add(
          ParameterGenerators.of(
              type(parameter),
              "parameter "
                  + (i + 1)
                  + parameter.getParameterName().map(n -> " (" + n + ")").orElse("")
                  + " of "
                  + source,
              name,
              context));
    }
    long runSeed = fixed.orElseGet(Property::defaultSeed);
    Stream<List<Object>> sets =
        Property.forAll(GovernancePropertyExtension.allOf(generators))
            .withTries(count)
            .withSeed(runSeed)
            .sample();
    AtomicInteger set = new AtomicInteger();
    return sets.map(
        values ->
            Arguments.argumentSet(
                "seed " + runSeed + ", set " + set.incrementAndGet(), values.toArray()));
  }

  /** Returns the declared (generic) type of a parameter or field. */
  private static Type type(ParameterDeclaration parameter) {
    AnnotatedElement element = parameter.getAnnotatedElement();
    if (element instanceof Parameter p) {
      return p.getParameterizedType();
    }
    if (element instanceof Field f) {
      return f.getGenericType();
    }
    return parameter.getParameterType();
  }
}
