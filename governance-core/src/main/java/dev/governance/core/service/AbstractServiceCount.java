package dev.governance.core.service;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.identifier;

import dev.governance.core.time.ReportingPeriod;
import org.immutables.value.Value;

/**
 * A system's request counts over one reporting period (Google SRE workbook, chapter 2 "Implementing
 * SLOs"): the valid requests and the failed ones among them, for error rates and error budgets.
 */
@Value.Immutable
abstract class AbstractServiceCount {

  /** Returns the id of the system counted. */
  public abstract String system();

  /** Returns the period the counts cover. */
  public abstract ReportingPeriod period();

  /** Returns the number of valid requests; not negative. */
  public abstract long requests();

  /** Returns the number of failed requests among them; from 0 to {@link #requests()}. */
  public abstract long errors();

  @Value.Check
  protected void validate() {
    identifier(system(), "system");
    check(requests() >= 0, "requests", requests(), "a count >= 0");
    check(
        errors() >= 0 && errors() <= requests(),
        "errors",
        errors(),
        "a count from 0 to requests " + requests());
  }
}
