package dev.governance.rules.deadline;

import static dev.governance.core.ArgChecker.check;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.governance.core.calendar.BusinessDayConvention;
import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.core.compliance.CompletionRecord;
import dev.governance.core.compliance.ComplianceEvent;
import dev.governance.core.compliance.Obligation;
import dev.governance.core.compliance.RegulationKind;
import dev.governance.core.model.GovernanceModel;
import dev.governance.rules.RoleHolders;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The compliance calendar: for a window, the dated occurrences of every obligation, each with its
 * status as of an instant, its reminders and its escalation.
 *
 * <ul>
 *   <li>A scheduled obligation's RFC 5545 rule (written directly or with {@link Schedules}) is
 *       expanded from {@link #scheduleStart()} (or, for obligations {@link #anchoredToCompletion()
 *       anchored to their completion}, from the latest completion, so that "every three months"
 *       runs from the last scan); each date is moved onto a business day by {@link #convention()}
 *       or the obligation's own {@link #conventions() convention}; with a time limit, the
 *       occurrence is the end of a period and the limit runs from it (a 10-Q 40 days after each
 *       quarter end).
 *   <li>An event-driven obligation is due within its time limit of becoming aware of each event of
 *       its kind, in the event's zone, counted by the regulation's {@link #countingRules() rule}.
 *   <li>Status: done on time or late (by the completion record for its due date or event), else
 *       overdue, in grace, due today, due soon (within the obligation's lead time, else {@link
 *       #leadTime()}), or upcoming.
 *   <li>Reminders fall the given numbers of business days before the due date, never on a day off.
 *   <li>Escalation climbs the ladder of the obligation's regulation kind ({@link #ladders()}, else
 *       {@link #escalation()}) above its owner as business days overdue mount, never to the owner's
 *       own role nor to one only the owner's holders hold ({@link EscalationLadder}); an occurrence
 *       that cannot climb says why ({@link Occurrence#escalationNote()}).
 * </ul>
 *
 * <p>An immutable configuration; one instance serves any number of threads.
 *
 * <p>For example, {@code accessReview} being due on the first of each month, seen on 20 February
 * 2026:
 *
 * <pre>{@code
 * ComplianceCalendar calendar =
 *     ComplianceCalendar.builder()
 *         .calendar(HolidayCalendar.weekends()) // or HolidayCalendars.of("FR")
 *         .zone(ZoneId.of("Europe/Paris"))
 *         .build();
 * List<Occurrence> due =
 *     calendar.occurrences(
 *         List.of(accessReview), // the obligations, events and completion records to date
 *         List.of(),
 *         List.of(),
 *         LocalDate.of(2026, 2, 1),
 *         LocalDate.of(2026, 3, 31),
 *         Instant.parse("2026-02-20T09:00:00Z"));
 * // 2026-02-02 OVERDUE (1 February is a Sunday), escalated to the program manager;
 * // 2026-03-02 DUE_SOON, reminders on 2026-02-23 and 2026-02-27
 * }</pre>
 */
@Value.Immutable
abstract class AbstractComplianceCalendar {

  /** Returns the business days of the place where obligations are met. */
  public abstract HolidayCalendar calendar();

  /** Returns the zone of scheduled obligations; UTC by default. */
  @Value.Default
  public ZoneId zone() {
    return ZoneOffset.UTC;
  }

  /**
   * Returns how scheduled dates move onto business days; {@link BusinessDayConvention#FOLLOWING} by
   * default.
   */
  @Value.Default
  public BusinessDayConvention convention() {
    return BusinessDayConvention.FOLLOWING;
  }

  /**
   * Returns conventions for particular obligations, by id, in place of {@link #convention()}: the
   * last business day of each month is {@link Schedules#monthEnds()} with {@link
   * BusinessDayConvention#PRECEDING}.
   */
  public abstract ImmutableMap<String, BusinessDayConvention> conventions();

  /**
   * Returns the date schedules are expanded from (their DTSTART), if set; by default 1 January of
   * the year before the window asked for, so that only the years around the window are expanded (a
   * calendar covers the years 1 to 9999, and a daily rule from year 1 would date 740,000 days).
   */
  public abstract Optional<LocalDate> scheduleStart();

  /**
   * Returns the ids of obligations whose next occurrence runs from their latest completion rather
   * than the schedule.
   */
  public abstract ImmutableSet<String> anchoredToCompletion();

  /** Returns the counting rule per regulation id; others count by {@link #defaultRule()}. */
  public abstract ImmutableMap<String, CountingRule> countingRules();

  /**
   * Returns the counting rule of regulations not in {@link #countingRules()}; {@link
   * CountingRule#END_OF_DAY} by default.
   */
  @Value.Default
  public CountingRule defaultRule() {
    return CountingRule.END_OF_DAY;
  }

  /** Returns the lead time of obligations that set none; 10 days by default. */
  @Value.Default
  public Period leadTime() {
    return Period.ofDays(10);
  }

  /** Returns the business days before a due date on which reminders fall; 5 and 1 by default. */
  @Value.Default
  public ImmutableList<Integer> reminderBusinessDays() {
    return ImmutableList.of(5, 1);
  }

  /**
   * Returns how many business days past due an occurrence is in grace before it is overdue; 0 by
   * default.
   */
  @Value.Default
  public int graceBusinessDays() {
    return 0;
  }

  /**
   * Returns the rungs of the default escalation ladder: the ladder of obligations whose regulation
   * kind has none in {@link #ladders()}, and of every obligation when the regulations are not
   * known; by default the {@link EscalationLadder#standard() standard ladder}, the system owner
   * after 3 business days overdue, the program manager after 10 and the steering committee after
   * 20.
   */
  @Value.Default
  public ImmutableList<EscalationStep> escalation() {
    return EscalationLadder.standard().rungs();
  }

  /**
   * Returns the escalation ladder per kind of regulation, in place of the default {@link
   * #escalation()}: a law's obligations may climb to the data-protection officer and the board, a
   * framework's to the steering committee.
   */
  public abstract ImmutableMap<RegulationKind, EscalationLadder> ladders();

  /**
   * Returns the ladder of obligations from regulations of {@code kind}: its own in {@link
   * #ladders()}, else the default {@link #escalation()}.
   *
   * @param kind the kind of regulation
   * @return the ladder
   */
  public EscalationLadder ladder(RegulationKind kind) {
    EscalationLadder ladder = ladders().get(kind);
    return ladder != null ? ladder : defaultLadder();
  }

  /** Returns the default ladder, {@link #escalation()}'s rungs. */
  @Value.Lazy
  EscalationLadder defaultLadder() {
    return EscalationLadder.of(escalation());
  }

  /**
   * Returns the occurrences due from {@code from} to {@code to}, inclusive, in due order, with
   * their status as of {@code asOf}.
   *
   * <p>Without a model this knows neither the regulations' kinds nor who holds which role: every
   * obligation climbs the {@link #escalation() default ladder}, and an owner role is placed on it
   * only by a well-known role's id, so an organisation's own role (such as {@code commerce-owner},
   * which plays the system owner) may be escalated to the well-known role it plays. Use {@link
   * #occurrences(GovernanceModel, LocalDate, LocalDate, Instant)} to escalate by the model's roles.
   *
   * @param obligations the obligations
   * @param events the events that trigger event-driven obligations
   * @param completions the records of occurrences met
   * @param from the first due date of the window
   * @param to the last due date of the window; not before {@code from}
   * @param asOf the instant statuses are judged at
   * @return the occurrences
   * @throws dev.governance.core.GovernanceValidationException if the window is out of order, a rule
   *     is malformed, or a date falls outside the calendar's years
   */
  public List<Occurrence> occurrences(
      List<Obligation> obligations,
      List<ComplianceEvent> events,
      List<CompletionRecord> completions,
      LocalDate from,
      LocalDate to,
      Instant asOf) {
    check(!to.isBefore(from), "to", to, "a date not before from " + from);
    return new CalendarRun(
            (ComplianceCalendar) this, completions, Map.of(), RoleHolders.none(), from, to, asOf)
        .occurrences(obligations, events);
  }

  /**
   * Returns the occurrences of {@code model}'s obligations due from {@code from} to {@code to},
   * inclusive, in due order, with their status as of {@code asOf}: as {@link #occurrences(List,
   * List, List, LocalDate, LocalDate, Instant)} does with the model's obligations, events and
   * completion records, and with each obligation climbing the {@link #ladder ladder} of its
   * regulation's kind past the roles its owner's holders hold ({@link RoleHolders#of}).
   *
   * @param model the model
   * @param from the first due date of the window
   * @param to the last due date of the window; not before {@code from}
   * @param asOf the instant statuses are judged at
   * @return the occurrences
   * @throws dev.governance.core.GovernanceValidationException if the window is out of order, a rule
   *     is malformed, or a date falls outside the calendar's years
   */
  public List<Occurrence> occurrences(
      GovernanceModel model, LocalDate from, LocalDate to, Instant asOf) {
    check(!to.isBefore(from), "to", to, "a date not before from " + from);
    Map<String, RegulationKind> kinds = new HashMap<>();
    model.regulations().forEach(r -> kinds.put(r.id(), r.kind()));
    return new CalendarRun(
            (ComplianceCalendar) this,
            model.completions(),
            kinds,
            RoleHolders.of(model),
            from,
            to,
            asOf)
        .occurrences(model.obligations(), model.events());
  }

  /** Returns the convention that moves {@code obligation}'s scheduled dates. */
  BusinessDayConvention conventionOf(Obligation obligation) {
    return conventions().getOrDefault(obligation.id(), convention());
  }

  /** Returns the counting rule of {@code obligation}'s regulation. */
  CountingRule ruleOf(Obligation obligation) {
    return countingRules().getOrDefault(obligation.regulation(), defaultRule());
  }

  @Value.Check
  protected void validate() {
    check(
        graceBusinessDays() >= 0,
        "graceBusinessDays",
        graceBusinessDays(),
        "a number of business days >= 0");
    check(!leadTime().isNegative(), "leadTime", leadTime(), "a period >= 0");
    for (int i = 0; i < reminderBusinessDays().size(); i++) {
      check(
          reminderBusinessDays().get(i) > 0,
          "reminderBusinessDays[" + i + "]",
          reminderBusinessDays().get(i),
          "a number of business days >= 1");
    }
    EscalationLadder.checkRungs(escalation(), "escalation");
  }
}
