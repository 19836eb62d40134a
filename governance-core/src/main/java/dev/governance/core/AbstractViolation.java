package dev.governance.core;

import java.io.Serializable;
import org.immutables.value.Value;

/**
 * One reason why input was rejected: where it is ({@link #path()}), what was given ({@link
 * #value()}) and what was expected ({@link #expected()}).
 *
 * <p>Paths follow the structure of the input: a field name ({@code "effectiveness"}) for a single
 * value, or a path through the model ({@code "risks[3].systemOwner"}) for a whole model.
 *
 * <p>Serializable, so that a {@link GovernanceValidationException} (an exception, hence
 * serializable) keeps its violations when a framework ships it between processes, as Apache Spark
 * does from an executor to the driver.
 */
@Value.Immutable
@DomainStyle
abstract class AbstractViolation implements Serializable {

  /** Returns where the bad value is, such as {@code risks[3].systemOwner}. */
  @Value.Parameter
  public abstract String path();

  /** Returns the rejected value as text, {@code <missing>} where none was given. */
  @Value.Parameter
  public abstract String value();

  /** Returns what would have been accepted, in plain English. */
  @Value.Parameter
  public abstract String expected();

  /** Returns {@code path = value: expected expected}, the form used in exception messages. */
  @Override
  public String toString() {
    return path() + " = " + value() + ": expected " + expected();
  }
}
