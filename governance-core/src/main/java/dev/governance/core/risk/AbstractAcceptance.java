package dev.governance.core.risk;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.identifier;

import java.time.LocalDate;
import org.immutables.value.Value;

/** The record that a risk was accepted: by whom, when, and until when the acceptance holds. */
@Value.Immutable
abstract class AbstractAcceptance {

  /** Returns the id of the person who accepted the risk. */
  @Value.Parameter
  public abstract String acceptedBy();

  /** Returns the day of acceptance. */
  @Value.Parameter
  public abstract LocalDate acceptedOn();

  /** Returns the last day on which the acceptance holds. */
  @Value.Parameter
  public abstract LocalDate validUntil();

  /**
   * Returns whether the acceptance holds on {@code day}.
   *
   * @param day the day in question
   * @return true if {@code acceptedOn <= day <= validUntil}
   */
  public boolean isValidOn(LocalDate day) {
    return !day.isBefore(acceptedOn()) && !day.isAfter(validUntil());
  }

  @Value.Check
  protected void validate() {
    identifier(acceptedBy(), "acceptedBy");
    check(
        !validUntil().isBefore(acceptedOn()),
        "validUntil",
        validUntil(),
        "a date on or after acceptedOn " + acceptedOn());
  }
}
