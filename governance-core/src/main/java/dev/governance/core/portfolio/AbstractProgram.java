package dev.governance.core.portfolio;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.identifiers;
import static dev.governance.core.ArgChecker.notBlank;

import com.google.common.collect.ImmutableList;
import dev.governance.core.money.Money;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A program: several interrelated projects toward one strategic goal, led by a program manager,
 * with a budget and a baseline schedule.
 */
@Value.Immutable
abstract class AbstractProgram {

  /** Returns the program's id, unique in a model. */
  public abstract String id();

  /** Returns the program's name. */
  public abstract String name();

  /** Returns the strategic goal the program serves, if stated. */
  public abstract Optional<String> goal();

  /** Returns the ids of the program's projects, in the given order; none repeated. */
  public abstract ImmutableList<String> projects();

  /** Returns the approved budget (budget at completion); not negative. */
  public abstract Money budget();

  /** Returns the first day of the baseline schedule. */
  public abstract LocalDate baselineStart();

  /** Returns the last day of the baseline schedule; not before the start. */
  public abstract LocalDate baselineFinish();

  /** Returns the id of the person who is program manager, if one is named. */
  public abstract Optional<String> programManager();

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    notBlank(name(), "name");
    identifiers(projects(), "projects");
    check(!budget().isNegative(), "budget", budget(), "an amount >= 0");
    check(
        !baselineFinish().isBefore(baselineStart()),
        "baselineFinish",
        baselineFinish(),
        "a date on or after baselineStart " + baselineStart());
    programManager().ifPresent(p -> identifier(p, "programManager"));
  }
}
