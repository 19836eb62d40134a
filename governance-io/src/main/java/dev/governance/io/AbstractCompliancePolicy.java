package dev.governance.io;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.governance.core.calendar.BusinessDayConvention;
import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.core.compliance.RegulationKind;
import dev.governance.rules.deadline.ComplianceCalendar;
import dev.governance.rules.deadline.CountingRule;
import dev.governance.rules.deadline.EscalationLadder;
import dev.governance.rules.deadline.EscalationStep;
import java.time.Period;
import java.time.ZoneId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The compliance calendar's configuration in a policy file: the holiday calendar deadlines count
 * business days on (an id of {@link dev.governance.rules.deadline.HolidayCalendars}, such as {@code
 * DE}, {@code US-NY} or {@code GB+US}; weekends only when absent), the zone, how scheduled dates
 * move onto business days, the counting rule per regulation, lead time, reminders, grace, the
 * default escalation ladder and a ladder per kind of regulation. Every other default is the {@link
 * dev.governance.rules.deadline.ComplianceCalendar}'s own.
 */
@Value.Immutable
abstract class AbstractCompliancePolicy {

  private static final ComplianceCalendar STANDARD =
      ComplianceCalendar.builder().calendar(HolidayCalendar.weekends()).build();

  /** Returns the holiday calendar's id, if the policy names one. */
  public abstract Optional<String> calendar();

  /** Returns the zone deadlines are judged in. */
  @Value.Default
  public ZoneId zone() {
    return STANDARD.zone();
  }

  /** Returns how scheduled dates move onto business days. */
  @Value.Default
  public BusinessDayConvention convention() {
    return STANDARD.convention();
  }

  /** Returns the counting rule per regulation id. */
  public abstract ImmutableMap<String, CountingRule> countingRules();

  /** Returns the counting rule of regulations not in {@link #countingRules()}. */
  @Value.Default
  public CountingRule defaultRule() {
    return STANDARD.defaultRule();
  }

  /** Returns the lead time of obligations that set none. */
  @Value.Default
  public Period leadTime() {
    return STANDARD.leadTime();
  }

  /** Returns the business days before a due date on which reminders fall. */
  @Value.Default
  public ImmutableList<Integer> reminderBusinessDays() {
    return STANDARD.reminderBusinessDays();
  }

  /** Returns how many business days past due an occurrence is in grace. */
  @Value.Default
  public int graceBusinessDays() {
    return STANDARD.graceBusinessDays();
  }

  /**
   * Returns the default escalation ladder above the owner, in increasing business days overdue: the
   * ladder of obligations whose regulation kind has none in {@link #ladders()}.
   */
  @Value.Default
  public ImmutableList<EscalationStep> escalation() {
    return STANDARD.escalation();
  }

  /**
   * Returns the escalation ladder per kind of regulation ({@code LAW}, {@code STANDARD}, {@code
   * FRAMEWORK}), in place of {@link #escalation()}.
   */
  public abstract ImmutableMap<RegulationKind, EscalationLadder> ladders();

  /**
   * Returns the compliance calendar this policy configures on {@code days}.
   *
   * @param days the business days, compiled for the years judged
   * @return the compliance calendar
   */
  public ComplianceCalendar compliance(HolidayCalendar days) {
    return ComplianceCalendar.builder()
        .calendar(days)
        .zone(zone())
        .convention(convention())
        .putAllCountingRules(countingRules())
        .defaultRule(defaultRule())
        .leadTime(leadTime())
        .reminderBusinessDays(reminderBusinessDays())
        .graceBusinessDays(graceBusinessDays())
        .escalation(escalation())
        .putAllLadders(ladders())
        .build();
  }

  @Value.Check
  protected void validate() {
    // a value the calendar rejects fails where the policy file is read, at its path, not at the
    // first health check
    var unused = compliance(STANDARD.calendar());
  }
}
