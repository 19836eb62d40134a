package dev.governance.core.compliance;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.notBlank;

import dev.governance.core.GovernanceValidationException;
import java.time.Period;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * An obligation from a regulation: what must be done, under which citation, by which role, and
 * when: either on a schedule (an RFC 5545 recurrence rule such as {@code
 * FREQ=MONTHLY;BYMONTHDAY=1}) or within a time limit after an event of a kind (a personal-data
 * breach, 72 hours). Exactly one of {@link #recurrence()} and {@link #trigger()} is present.
 *
 * <p>For example, a monthly obligation:
 *
 * <pre>{@code
 * Obligation accessReview =
 *     Obligation.builder()
 *         .id("access-review")
 *         .title("Review privileged access")
 *         .regulation("SOX")
 *         .citation("SOX 404 ITGC")
 *         .ownerRole("security-officer")
 *         .recurrence("FREQ=MONTHLY;BYMONTHDAY=1") // RFC 5545; or a trigger and a time limit
 *         .build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractObligation {

  private static final Pattern RRULE =
      Pattern.compile(
          "(RRULE:)?([A-Z]+=[^;=]+;)*FREQ=(SECONDLY|MINUTELY|HOURLY|DAILY|WEEKLY|MONTHLY|YEARLY)(;[A-Z]+=[^;=]+)*");

  /** Returns the obligation's id, unique in a model. */
  public abstract String id();

  /** Returns what must be done. */
  public abstract String title();

  /** Returns the id of the regulation it comes from. */
  public abstract String regulation();

  /** Returns the citation in the regulation, such as {@code Art. 33(1)}. */
  public abstract String citation();

  /** Returns the id of the role that owns the obligation. */
  public abstract String ownerRole();

  /** Returns the RFC 5545 recurrence rule of a scheduled obligation. */
  public abstract Optional<String> recurrence();

  /**
   * Returns the kind of event that triggers an event-driven obligation, such as {@code
   * data-breach}.
   */
  public abstract Optional<String> trigger();

  /**
   * Returns the time limit: required for an event-driven obligation (from the event), optional for
   * a scheduled one (from the end of each scheduled period).
   */
  public abstract Optional<TimeLimit> timeLimit();

  /** Returns how long before the deadline reminders start, if set; not negative. */
  public abstract Optional<Period> leadTime();

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    notBlank(title(), "title");
    identifier(regulation(), "regulation");
    notBlank(citation(), "citation");
    identifier(ownerRole(), "ownerRole");
    if (recurrence().isPresent() == trigger().isPresent()) {
      throw GovernanceValidationException.of(
          "recurrence",
          recurrence().orElse("<missing>") + ", trigger " + trigger().orElse("<missing>"),
          "exactly one of recurrence and trigger");
    }
    recurrence()
        .ifPresent(
            r ->
                check(
                    RRULE.matcher(r).matches(),
                    "recurrence",
                    r,
                    "an RFC 5545 RRULE such as FREQ=MONTHLY;BYMONTHDAY=1"));
    trigger().ifPresent(t -> identifier(t, "trigger"));
    if (trigger().isPresent()) {
      check(
          timeLimit().isPresent(),
          "timeLimit",
          "<missing>",
          "a time limit for an event-driven obligation");
    }
    leadTime().ifPresent(p -> check(!p.isNegative(), "leadTime", p, "a period >= 0"));
  }
}
