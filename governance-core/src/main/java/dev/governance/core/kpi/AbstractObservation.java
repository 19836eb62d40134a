package dev.governance.core.kpi;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.finite;
import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.notNegative;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.time.ReportingPeriod;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One observed value of a KPI, either for a reporting period (monthly availability) or at an
 * instant (one incident's resolution time): exactly one of the two.
 */
@Value.Immutable
abstract class AbstractObservation {

  /** Returns the id of the KPI observed. */
  public abstract String kpi();

  /** Returns the reporting period the value covers, for a period value. */
  public abstract Optional<ReportingPeriod> period();

  /** Returns the instant of the observation, for a point value. */
  public abstract Optional<Instant> at();

  /** Returns the observed value, in the KPI's unit; finite. */
  public abstract double value();

  /** Returns the observation's weight for a weighted mean, if given; not negative. */
  public abstract Optional<Double> weight();

  @Value.Check
  protected void validate() {
    identifier(kpi(), "kpi");
    finite(value(), "value");
    weight().ifPresent(w -> notNegative(w, "weight"));
    if (period().isPresent() == at().isPresent()) {
      throw GovernanceValidationException.of(
          "period",
          period().map(Object::toString).orElse("<missing>") + ", at " + at().map(Object::toString).orElse("<missing>"),
          "exactly one of period and at");
    }
  }
}
