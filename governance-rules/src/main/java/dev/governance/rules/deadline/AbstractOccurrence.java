package dev.governance.rules.deadline;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One dated occurrence of an obligation: when it is due, in which zone, under which citation and
 * owner, its status as of an instant, its reminders and escalation, and how its deadline was worked
 * out.
 */
@Value.Immutable
abstract class AbstractOccurrence {

  /** Returns the id of the obligation. */
  public abstract String obligation();

  /** Returns what must be done. */
  public abstract String title();

  /** Returns the citation, such as {@code GDPR Art. 33(1)}. */
  public abstract String citation();

  /** Returns the id of the role that owns the obligation. */
  public abstract String ownerRole();

  /** Returns the id of the event that triggered it, for an event-driven obligation. */
  public abstract Optional<String> event();

  /** Returns the date it is due, in its zone. */
  public abstract LocalDate dueDate();

  /** Returns the instant it is due: act before it. */
  public abstract ZonedDateTime due();

  /** Returns its status as of the evaluation instant. */
  public abstract OccurrenceStatus status();

  /** Returns by how many business days it is overdue (0 unless overdue or in grace). */
  public abstract int businessDaysOverdue();

  /**
   * Returns the role it is escalated to, once overdue past the first step of its escalation ladder
   * above the owner: never the owner's own role (the owner is told through {@link #ownerRole()}).
   */
  public abstract Optional<String> escalatedTo();

  /**
   * Returns why it cannot be escalated, once overdue, when no role above its owner on the ladder is
   * held by anyone else: {@code "no higher role on the ladder than steering-committee"}, or {@code
   * "steering-committee, the higher role on the ladder, is held by the owner too"}.
   */
  public abstract Optional<String> escalationNote();

  /** Returns the dates of its reminders, all business days, earliest first. */
  public abstract ImmutableList<LocalDate> reminders();

  /** Returns when it was completed, if it was. */
  public abstract Optional<Instant> completedAt();

  /** Returns how the due instant was worked out, step by step. */
  public abstract ImmutableList<String> explanation();
}
