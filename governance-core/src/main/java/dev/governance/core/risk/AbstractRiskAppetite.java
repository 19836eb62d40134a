package dev.governance.core.risk;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.notBlank;
import static dev.governance.core.ArgChecker.notNegative;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * How much risk the organisation will take, as scores on the risk engine's scale: the appetite (the
 * level it is content with) and the tolerance (the most it will bear, never below the appetite). An
 * appetite without a category is the default for all categories.
 */
@Value.Immutable
abstract class AbstractRiskAppetite {

  /** Returns the risk category this appetite is for; empty for the default appetite. */
  public abstract Optional<String> category();

  /** Returns the highest score the organisation is content with; not negative. */
  public abstract double appetite();

  /** Returns the highest score the organisation will bear; not below {@link #appetite()}. */
  public abstract double tolerance();

  @Value.Check
  protected void validate() {
    category().ifPresent(c -> notBlank(c, "category"));
    notNegative(appetite(), "appetite");
    notNegative(tolerance(), "tolerance");
    check(
        tolerance() >= appetite(),
        "tolerance",
        tolerance(),
        "a score >= the appetite " + appetite());
  }
}
