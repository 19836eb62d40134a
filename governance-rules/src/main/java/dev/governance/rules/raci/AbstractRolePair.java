package dev.governance.rules.raci;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.identifier;

import java.io.Serializable;
import org.immutables.value.Value;

/**
 * Two roles that one person must not hold together, such as program manager and system owner
 * (segregation of duties, {@code RACI-009}).
 *
 * <p>Serializable as part of a {@link RaciPolicy}; the generated class checks the invariants again
 * when it is read back ({@code readResolve}).
 */
@Value.Immutable
abstract class AbstractRolePair implements Serializable {

  /** Returns the first role's id. */
  @Value.Parameter
  public abstract String first();

  /** Returns the second role's id; not the first. */
  @Value.Parameter
  public abstract String second();

  /** Returns {@code first + second}. */
  @Override
  public String toString() {
    return first() + " + " + second();
  }

  @Value.Check
  protected void validate() {
    identifier(first(), "first");
    identifier(second(), "second");
    check(!first().equals(second()), "second", second(), "a role other than the first");
  }
}
