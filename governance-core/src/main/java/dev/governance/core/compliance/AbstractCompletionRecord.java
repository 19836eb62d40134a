package dev.governance.core.compliance;

import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.notBlank;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The record that one occurrence of an obligation was met: which obligation, which due date (or
 * which event, for an event-driven one), when and by whom it was completed, and the evidence.
 */
@Value.Immutable
abstract class AbstractCompletionRecord {

  /** Returns the id of the obligation. */
  public abstract String obligation();

  /** Returns the due date of the occurrence completed. */
  public abstract LocalDate due();

  /** Returns the id of the triggering event, for an event-driven obligation. */
  public abstract Optional<String> event();

  /** Returns when the occurrence was completed. */
  public abstract Instant completedAt();

  /** Returns the id of the person who completed it. */
  public abstract String completedBy();

  /** Returns a reference to the evidence, such as a ticket or document id, if any. */
  public abstract Optional<String> evidence();

  @Value.Check
  protected void validate() {
    identifier(obligation(), "obligation");
    event().ifPresent(e -> identifier(e, "event"));
    identifier(completedBy(), "completedBy");
    evidence().ifPresent(e -> notBlank(e, "evidence"));
  }
}
