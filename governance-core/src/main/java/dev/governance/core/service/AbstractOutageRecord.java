package dev.governance.core.service;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.notBlank;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An interval during which a system was down, or announced maintenance, which availability excludes
 * (ITIL 4, availability management).
 */
@Value.Immutable
abstract class AbstractOutageRecord {

  /** Returns the outage's id, unique in a model. */
  public abstract String id();

  /** Returns the id of the system that was down. */
  public abstract String system();

  /** Returns when the outage began. */
  public abstract Instant start();

  /** Returns when service was restored; after the start. */
  public abstract Instant end();

  /** Returns whether this was announced maintenance, excluded from downtime; false by default. */
  @Value.Default
  public boolean planned() {
    return false;
  }

  /** Returns what happened, if recorded. */
  public abstract Optional<String> description();

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    identifier(system(), "system");
    check(end().isAfter(start()), "end", end(), "an instant after start " + start());
    description().ifPresent(d -> notBlank(d, "description"));
  }
}
