package dev.governance.testkit.junit;

import dev.governance.testkit.Property;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * The arguments of a JUnit {@code @ParameterizedTest}, generated: {@link #count()} sets of them,
 * one argument per generator. It does not shrink: a failing set fails its own invocation, as any
 * parameterized test's does; {@link GovernanceProperty} is the entry point that shrinks.
 *
 * <p>With names, as in {@code @GeneratedArguments(value = "models", count = 50, seed = 1)}, the
 * arguments come from the generators that the test class's methods of those names return, one
 * argument per name, each checked against the type of the parameter in its place (see {@link
 * ForAll} for what such a method is, and for the enclosing classes of a {@code @Nested} test class
 * that are searched too; without {@code @TestInstance(Lifecycle.PER_CLASS)} on the class that
 * declares it, it must be static, as a {@code @MethodSource} factory must). Without names, there is
 * one argument per parameter, each from that parameter's {@link ForAll} name, or, without one, from
 * the default generator of its type. The problems {@link ForAll} lists fail the test with a {@link
 * org.junit.jupiter.api.extension.ParameterResolutionException}.
 *
 * <p>Each set is named {@code seed S, set N}: set N of seed S is the value that try N of a {@link
 * Property} (and a {@link GovernanceProperty}) over the same generators with seed S checks, so a
 * failing set can be rerun, and shrunk, as a property with that seed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ArgumentsSource(GeneratedArgumentsProvider.class)
public @interface GeneratedArguments {

  /**
   * Returns the names of the methods of the test class (or of a class enclosing a {@code @Nested}
   * one) that return the generators, one per argument in order; empty (the default) takes one
   * argument per parameter, by its {@link ForAll} or type.
   */
  String[] value() default {};

  /** Returns how many sets of arguments to generate; at least 1. */
  int count() default Property.DEFAULT_TRIES;

  /**
   * Returns the seed, at most one: empty (the default) takes the system property {@value
   * Property#SEED_PROPERTY} when it is set and a fresh random seed otherwise.
   */
  long[] seed() default {};
}
