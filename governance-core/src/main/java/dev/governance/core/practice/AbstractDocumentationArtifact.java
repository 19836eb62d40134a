package dev.governance.core.practice;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.identifier;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document a system keeps, such as its architecture diagram, SLA, runbook or data-protection
 * assessment: its owner, its last review and how often it is reviewed (every six months by
 * default).
 */
@Value.Immutable
abstract class AbstractDocumentationArtifact {

  /** Returns the artifact's id. */
  public abstract String id();

  /** Returns the system it documents. */
  public abstract String system();

  /**
   * Returns its kind, such as {@code architecture-diagram}, {@code sla}, {@code runbook}, {@code
   * dpia}.
   */
  public abstract String kind();

  /** Returns the person who owns it. */
  public abstract String owner();

  /** Returns the day it was last reviewed, if it has been. */
  public abstract Optional<LocalDate> lastReviewed();

  /** Returns how often it is reviewed; six months by default. */
  @Value.Default
  public Period reviewEvery() {
    return Period.ofMonths(6);
  }

  /**
   * Returns the day the next review is due: a cadence after the last, or empty if never reviewed.
   */
  public Optional<LocalDate> nextReview() {
    return lastReviewed().map(d -> d.plus(reviewEvery()));
  }

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    identifier(system(), "system");
    identifier(kind(), "kind");
    identifier(owner(), "owner");
    check(
        !reviewEvery().isNegative() && !reviewEvery().isZero(),
        "reviewEvery",
        reviewEvery(),
        "a positive period such as P6M");
  }
}
