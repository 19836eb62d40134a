package dev.governance.rules.deadline;

import com.google.common.collect.ImmutableList;
import dev.governance.core.compliance.TimeLimit;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.immutables.value.Value;

/**
 * When a time limit expires, and how that was worked out: the event that started the clock, the
 * limit, the counting rule, the period's last day, the instant by which to act, and each step of
 * the computation in words ("Art. 3(4): Saturday 4 July 2026 is not a working day; the period ends
 * with Monday 6 July").
 */
@Value.Immutable
abstract class AbstractDeadline {

  /** Returns the event that started the clock, in the zone where the act is to be done. */
  public abstract ZonedDateTime event();

  /** Returns the time limit. */
  public abstract TimeLimit limit();

  /** Returns the rule the period was counted by. */
  public abstract CountingRule rule();

  /**
   * Returns the last day of the period, in the event's zone (the day of {@link #due()} for hour
   * periods).
   */
  public abstract LocalDate lastDay();

  /**
   * Returns the instant the period expires: act before it. For a period of days, the end of its
   * last day.
   */
  public abstract ZonedDateTime due();

  /** Returns the steps of the computation, in order, each citing the rule it applies. */
  public abstract ImmutableList<String> steps();

  /** Returns the steps as one text, a line each. */
  public String explain() {
    return String.join("\n", steps());
  }
}
