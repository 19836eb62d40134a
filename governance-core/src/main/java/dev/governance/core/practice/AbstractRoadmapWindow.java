package dev.governance.core.practice;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.identifier;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A window on a system's roadmap: an upgrade, a migration or a freeze, from one day to another
 * (both included).
 */
@Value.Immutable
abstract class AbstractRoadmapWindow {

  /** Returns the window's id. */
  public abstract String id();

  /** Returns the system. */
  public abstract String system();

  /** Returns what happens. */
  public abstract WindowKind kind();

  /** Returns the first day. */
  public abstract LocalDate start();

  /** Returns the last day. */
  public abstract LocalDate end();

  /** Returns whether {@code day} is inside the window. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start()) && !day.isAfter(end());
  }

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    identifier(system(), "system");
    check(!end().isBefore(start()), "end", end(), "a day not before start " + start());
  }
}
