package dev.governance.core.practice;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.notBlank;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A governance forum that meets on a cadence, such as the steering committee every month, or the
 * program manager and a system owner every two weeks and every week in a critical phase.
 */
@Value.Immutable
abstract class AbstractCadence {

  /** Returns the cadence's id. */
  public abstract String id();

  /** Returns its name. */
  public abstract String name();

  /** Returns which forum it is. */
  public abstract CadenceKind kind();

  /** Returns the program it governs, if one. */
  public abstract Optional<String> program();

  /** Returns the system it governs, if one. */
  public abstract Optional<String> system();

  /** Returns the most time between meetings. */
  public abstract Period every();

  /** Returns the most time between meetings in the critical phase, if there is one. */
  public abstract Optional<Period> criticalEvery();

  /** Returns the first day of the critical phase, if there is one. */
  public abstract Optional<LocalDate> criticalFrom();

  /** Returns the last day of the critical phase, if there is one. */
  public abstract Optional<LocalDate> criticalTo();

  /** Returns the cadence in force on {@code day}: the critical one inside the critical phase. */
  public Period inForce(LocalDate day) {
    boolean critical =
        criticalFrom().isPresent()
            && !day.isBefore(criticalFrom().get())
            && !day.isAfter(criticalTo().get());
    return critical ? criticalEvery().orElseThrow() : every();
  }

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    notBlank(name(), "name");
    program().ifPresent(p -> identifier(p, "program"));
    system().ifPresent(s -> identifier(s, "system"));
    check(
        !every().isNegative() && !every().isZero() && atMostTenYears(every()),
        "every",
        every(),
        "a positive period of at most ten years, such as P1M");
    boolean phase = criticalFrom().isPresent();
    check(
        phase == criticalTo().isPresent() && phase == criticalEvery().isPresent(),
        "criticalEvery",
        criticalEvery().map(Object::toString).orElse("<missing>"),
        "criticalEvery, criticalFrom and criticalTo together, or none of them");
    if (phase) {
      check(
          !criticalTo().get().isBefore(criticalFrom().get()),
          "criticalTo",
          criticalTo().get(),
          "a day not before criticalFrom " + criticalFrom().get());
      check(
          !criticalEvery().get().isNegative()
              && !criticalEvery().get().isZero()
              && atMostTenYears(criticalEvery().get()),
          "criticalEvery",
          criticalEvery().get(),
          "a positive period of at most ten years, such as P1W");
    }
  }

  /**
   * Returns whether a period is at most ten years in each of its parts, so that adding it to any
   * meeting day stays a date (P999999999Y would not).
   */
  private static boolean atMostTenYears(Period period) {
    return period.toTotalMonths() <= 120 && period.getDays() <= 3653;
  }
}
