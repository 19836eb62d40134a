package dev.governance.core.risk;

import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.inRange;
import static dev.governance.core.ArgChecker.notBlank;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A control that reduces risk, with its effectiveness: the share of the risk it removes, from 0
 * (none) to 1 (all), and the date of the evidence that it works.
 */
@Value.Immutable
abstract class AbstractControl {

  /** Returns the control's id, unique in a model. */
  public abstract String id();

  /** Returns the control's name. */
  public abstract String name();

  /** Returns the share of risk the control removes, from 0 to 1. */
  public abstract double effectiveness();

  /** Returns the id of the person who owns the control, if named. */
  public abstract Optional<String> owner();

  /** Returns the date of the latest evidence that the control works, if any. */
  public abstract Optional<LocalDate> evidenceDate();

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    notBlank(name(), "name");
    inRange(effectiveness(), 0, 1, "effectiveness");
    owner().ifPresent(o -> identifier(o, "owner"));
  }
}
