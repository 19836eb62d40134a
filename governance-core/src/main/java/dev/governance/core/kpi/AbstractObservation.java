package dev.governance.core.kpi;

import static dev.governance.core.ArgChecker.finite;
import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.notNegative;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.time.ReportingPeriod;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One observed value of a KPI, either for a reporting period (monthly availability) or at an
 * instant (one incident's resolution time): exactly one of the two.
 *
 * <p>Observations come by the million, so this type is read without allocating: the period and the
 * instant are {@code @Nullable} accessors, not {@code Optional}s (on JDK 17 an {@code Optional}
 * accessor of an Immutables type allocates on every call, 16 bytes an observation in the
 * aggregation benchmark), and the weight is a plain number defaulting to 1.
 */
@Value.Immutable
abstract class AbstractObservation {

  /** Returns the id of the KPI observed. */
  public abstract String kpi();

  /** Returns the reporting period the value covers, for a period value; else null. */
  public abstract @Nullable ReportingPeriod period();

  /** Returns the instant of the observation, for a point value; else null. */
  public abstract @Nullable Instant at();

  /** Returns the observed value, in the KPI's unit; finite. */
  public abstract double value();

  /**
   * Returns the observation's weight for a weighted mean; not negative, 1 unless given, so that
   * unweighted observations count equally.
   */
  @Value.Default
  public double weight() {
    return 1;
  }

  @Value.Check
  protected void validate() {
    identifier(kpi(), "kpi");
    finite(value(), "value");
    notNegative(weight(), "weight");
    ReportingPeriod period = period();
    Instant at = at();
    if ((period == null) == (at == null)) {
      throw GovernanceValidationException.of(
          "period",
          (period == null ? "<missing>" : period) + ", at " + (at == null ? "<missing>" : at),
          "exactly one of period and at");
    }
  }
}
