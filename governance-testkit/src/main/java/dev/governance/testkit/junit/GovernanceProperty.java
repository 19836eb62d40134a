package dev.governance.testkit.junit;

import dev.governance.testkit.Property;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Makes a test method a property over its {@link ForAll} parameters: JUnit runs it as one test, in
 * which {@link GovernancePropertyExtension} draws the parameters {@link #tries()} times and calls
 * the method with each draw. On the first draw that fails (the method throws), it shrinks the draw
 * and fails the test with a {@link dev.governance.testkit.PropertyFailure} whose message gives the
 * seed, how to rerun with it, and the shrunk parameters, a model as the JSON that {@code governance
 * validate} reads.
 *
 * <p>For example, a test method {@code void exportsValidModels(@ForAll GovernanceModel model)}
 * annotated {@code @GovernanceProperty(tries = 200)} checks 200 generated models; annotated
 * {@code @GovernanceProperty(seed = -4211)} it checks the models of the run whose failure printed
 * that seed. It is run through {@link Property}: the same seed draws the same values as {@code
 * Property.forAll(generator).withSeed(seed)} over the same generators.
 *
 * <p>The annotation is meta-annotated {@link Test} and {@code @ExtendWith(}{@link
 * GovernancePropertyExtension}{@code )}, so nothing else is needed on the method or its class; it
 * may itself annotate an annotation of the user's, which then does the same.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Test
@ExtendWith(GovernancePropertyExtension.class)
public @interface GovernanceProperty {

  /**
   * Returns how many draws to check; at least 1 (a smaller number fails the test with a {@link
   * dev.governance.core.GovernanceValidationException} naming {@code tries}).
   */
  int tries() default Property.DEFAULT_TRIES;

  /**
   * Returns the seed of the run, at most one: {@code seed = -4211} fixes it; empty (the default)
   * takes the system property {@value Property#SEED_PROPERTY} when it is set and a fresh random
   * seed otherwise, as {@link Property#defaultSeed()} does. Two seeds or more fail the test with an
   * {@link org.junit.jupiter.api.extension.ExtensionConfigurationException}.
   */
  long[] seed() default {};

  /**
   * Returns the most shrink candidates to check after a failure; 0 reports the failing draw as
   * found (a negative number fails the test with a {@link
   * dev.governance.core.GovernanceValidationException} naming {@code candidates}).
   */
  int shrinkLimit() default Property.DEFAULT_SHRINK_LIMIT;
}
