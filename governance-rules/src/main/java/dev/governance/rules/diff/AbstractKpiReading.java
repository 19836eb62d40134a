package dev.governance.rules.diff;

import static dev.governance.core.ArgChecker.finite;

import dev.governance.rules.kpi.Status;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/** A KPI as one snapshot's scorecard evaluated it: its period value and its traffic light. */
@Value.Immutable
abstract class AbstractKpiReading {

  /** Returns the period value, in the KPI's unit; empty when there was no data. */
  @Value.Parameter
  public abstract OptionalDouble value();

  /** Returns the traffic light. */
  @Value.Parameter
  public abstract Status status();

  @Value.Check
  protected void validate() {
    value().ifPresent(v -> finite(v, "value"));
  }
}
