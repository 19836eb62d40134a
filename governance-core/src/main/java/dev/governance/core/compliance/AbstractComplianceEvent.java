package dev.governance.core.compliance;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.identifiers;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An event that starts legal clocks, such as a personal-data breach: when it occurred, when the
 * organisation became aware of it (many limits run from awareness), and the time zone in which its
 * deadlines are stated.
 */
@Value.Immutable
abstract class AbstractComplianceEvent {

  /** Returns the event's id, unique in a model. */
  public abstract String id();

  /** Returns the kind of event, matching obligations' {@code trigger}. */
  public abstract String kind();

  /** Returns when the event occurred. */
  public abstract Instant occurredAt();

  /** Returns when the organisation became aware of it; not before it occurred. */
  public abstract Instant becameAwareAt();

  /** Returns the zone in which the event's deadlines are stated. */
  public abstract ZoneId zone();

  /** Returns the ids of the systems involved; none repeated. */
  public abstract ImmutableList<String> systems();

  /** Returns a description, if any. */
  public abstract Optional<String> description();

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    identifier(kind(), "kind");
    identifiers(systems(), "systems");
    check(
        !becameAwareAt().isBefore(occurredAt()),
        "becameAwareAt",
        becameAwareAt(),
        "an instant at or after occurredAt " + occurredAt());
  }
}
