package dev.governance.core.service;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.identifier;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One incident of a system, as an incident-management tool records it (ITIL 4, incident management
 * practice): when it was opened, acknowledged by a responder and resolved; it may be neither
 * acknowledged nor resolved yet.
 */
@Value.Immutable
abstract class AbstractIncidentRecord {

  /** Returns the incident's id, such as a ticket number; unique in a model. */
  public abstract String id();

  /** Returns the id of the system affected. */
  public abstract String system();

  /** Returns the severity as the incident tool names it, such as {@code SEV1} or {@code P2}. */
  public abstract String severity();

  /** Returns when the incident was opened: detected or reported. */
  public abstract Instant opened();

  /** Returns when a responder acknowledged it; not before opened, not after resolved. */
  public abstract Optional<Instant> acknowledged();

  /** Returns when it was resolved; not before it was opened; empty while it is open. */
  public abstract Optional<Instant> resolved();

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    identifier(system(), "system");
    identifier(severity(), "severity");
    acknowledged()
        .ifPresent(
            at ->
                check(
                    !at.isBefore(opened()),
                    "acknowledged",
                    at,
                    "an instant not before opened " + opened()));
    resolved()
        .ifPresent(
            at ->
                check(
                    !at.isBefore(opened()),
                    "resolved",
                    at,
                    "an instant not before opened " + opened()));
    if (acknowledged().isPresent() && resolved().isPresent()) {
      check(
          !acknowledged().get().isAfter(resolved().get()),
          "acknowledged",
          acknowledged().get(),
          "an instant not after resolved " + resolved().get());
    }
  }
}
