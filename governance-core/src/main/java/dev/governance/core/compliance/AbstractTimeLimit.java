package dev.governance.core.compliance;

import static dev.governance.core.ArgChecker.positive;

import java.util.Locale;
import org.immutables.value.Value;

/**
 * A time limit as a legal text states it: an amount and a unit, such as 72 hours or 4 business
 * days. How it is counted (when the period starts, how its end is adjusted) is for the deadline
 * engine's counting rules.
 */
@Value.Immutable
abstract class AbstractTimeLimit {

  /** Returns the amount; at least one. */
  @Value.Parameter
  public abstract int amount();

  /** Returns the unit. */
  @Value.Parameter
  public abstract TimeLimitUnit unit();

  /** Returns the limit in words, such as {@code 72 hours} or {@code 4 business days}. */
  @Override
  public String toString() {
    return amount() + " " + unit().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  @Value.Check
  protected void validate() {
    positive(amount(), "amount");
  }
}
