package dev.governance.core;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Generated;
import org.immutables.value.Value;

/**
 * {@link DomainStyle} for a value read in hot loops whose derived and default attributes depend on
 * its other attributes only, never on each other: they are computed in declaration order in the
 * constructor and read as plain final fields.
 *
 * <p>Under {@link DomainStyle}, Immutables generates, for a type with two or more derived or
 * default attributes, an initialisation shim held in a {@code volatile} field that every such
 * accessor reads first. A volatile read is cheap on its own but fences the compiler: loads after it
 * cannot be moved before it, so a loop calling such an accessor reloads everything it reads on
 * every turn (with the shim on {@code ReportingPeriod}'s epoch days, the KPI aggregator's loop ran
 * at 123 million observations a second; without it, 159 million). Immutables' {@code
 * unsafeDefaultAndDerived} drops the shim; "unsafe" because a derived attribute reading another
 * derived attribute declared after it would see zero or null, which is why this style is opt-in,
 * per type, and not {@link DomainStyle} itself. The other settings repeat {@link DomainStyle}'s
 * (Immutables styles do not merge): change both together.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    strictBuilder = true,
    unsafeDefaultAndDerived = true,
    throwForInvalidImmutableState = GovernanceValidationException.class,
    allowedClasspathAnnotations = {Generated.class, CanIgnoreReturnValue.class})
public @interface PlainFieldStyle {}
