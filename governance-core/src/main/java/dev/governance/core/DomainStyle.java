package dev.governance.core;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Generated;
import org.immutables.value.Value;

/**
 * The one Immutables style of the governance domain model.
 *
 * <p>An abstract value type {@code AbstractRisk} generates the public immutable class {@code Risk},
 * so users write {@code Risk.builder()} and {@code Risk.of(...)}. Builders are strict (each
 * attribute is set once), a builder missing a required attribute throws {@link
 * GovernanceValidationException}, and collections are Guava immutable collections. Generated code
 * carries {@link Generated}, which coverage tools exclude.
 *
 * <p>{@link PlainFieldStyle} repeats these settings for the few types read in hot loops (Immutables
 * styles do not merge): change both together.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    strictBuilder = true,
    throwForInvalidImmutableState = GovernanceValidationException.class,
    allowedClasspathAnnotations = {Generated.class, CanIgnoreReturnValue.class})
public @interface DomainStyle {}
