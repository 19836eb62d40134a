/**
 * The JUnit 5 entry point of the testkit: {@link dev.governance.testkit.junit.GovernanceProperty}
 * runs a test method as a shrinking {@link dev.governance.testkit.Property} over its {@link
 * dev.governance.testkit.junit.ForAll} parameters, and {@link
 * dev.governance.testkit.junit.GeneratedArguments} feeds generated values to a plain
 * {@code @ParameterizedTest}, without shrinking.
 *
 * <p>JUnit Jupiter's API (and, for {@code @GeneratedArguments}, its params artifact) is an optional
 * dependency of the testkit: a test that uses this package has it already. So is governance-json:
 * with it on the test class path (governance-io brings it), a counterexample that is a model is
 * printed as the model JSON that {@code governance validate} reads; without it, by its {@code
 * toString()}.
 */
@NullMarked
@CheckReturnValue
package dev.governance.testkit.junit;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
