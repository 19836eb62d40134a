package dev.governance.rules.kpi;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.identifier;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One incident's timeline, as an incident-management tool records it (ITIL 4, incident management
 * practice): when it was opened (detected or reported), acknowledged by a responder, and resolved.
 * An incident may be neither acknowledged nor resolved yet.
 */
@Value.Immutable
abstract class AbstractIncident {

  /** Returns the incident's id, such as a ticket number. */
  public abstract String id();

  /** Returns when the incident was opened: detected or reported. */
  public abstract Instant openedAt();

  /**
   * Returns when a responder acknowledged it; not before it was opened nor after it was resolved.
   */
  public abstract Optional<Instant> acknowledgedAt();

  /** Returns when it was resolved; not before it was opened. */
  public abstract Optional<Instant> resolvedAt();

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    acknowledgedAt()
        .ifPresent(
            at ->
                check(
                    !at.isBefore(openedAt()),
                    "acknowledgedAt",
                    at,
                    "an instant not before openedAt " + openedAt()));
    resolvedAt()
        .ifPresent(
            at ->
                check(
                    !at.isBefore(openedAt()),
                    "resolvedAt",
                    at,
                    "an instant not before openedAt " + openedAt()));
    if (acknowledgedAt().isPresent() && resolvedAt().isPresent()) {
      check(
          !acknowledgedAt().get().isAfter(resolvedAt().get()),
          "acknowledgedAt",
          acknowledgedAt().get(),
          "an instant not after resolvedAt " + resolvedAt().get());
    }
  }
}
