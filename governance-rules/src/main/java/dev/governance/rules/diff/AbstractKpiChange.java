package dev.governance.rules.diff;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.identifier;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A KPI whose status changed, or whose value moved more than its threshold, between two snapshots;
 * or a KPI added to the scorecards (no before) or removed from them (no after).
 */
@Value.Immutable
abstract class AbstractKpiChange {

  /** Returns the KPI's scorecard node id (the id its KPI-001 and KPI-002 findings name). */
  @Value.Parameter
  public abstract String id();

  /** Returns the earlier reading; empty when no scorecard evaluated the KPI. */
  @Value.Parameter
  public abstract Optional<KpiReading> before();

  /** Returns the later reading; empty when no scorecard evaluates the KPI. */
  @Value.Parameter
  public abstract Optional<KpiReading> after();

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    check(
        before().isPresent() || after().isPresent(),
        "before",
        "<none>",
        "a reading before or after (or both)");
    check(
        !before().equals(after()),
        "after",
        after().map(Object::toString).orElse("<none>"),
        "a reading other than before");
  }
}
