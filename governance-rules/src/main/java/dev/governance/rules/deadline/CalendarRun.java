package dev.governance.rules.deadline;

import com.google.common.collect.ImmutableList;
import dev.governance.core.GovernanceValidationException;
import dev.governance.core.calendar.BusinessDayConvention;
import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.core.compliance.CompletionRecord;
import dev.governance.core.compliance.ComplianceEvent;
import dev.governance.core.compliance.Obligation;
import dev.governance.core.compliance.RegulationKind;
import dev.governance.rules.RoleHolders;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One run of the {@link ComplianceCalendar}: what it needs over and over (the completion records by
 * key, today's date and the starts of days in each zone, the reminders of each due date, the
 * explanation of each date of each schedule, the parsed rules and their dates from each start) is
 * worked out once, because a three-year calendar of 10,000 obligations has hundreds of thousands of
 * occurrences on a few hundred dates, from a handful of rules.
 *
 * <p>For speed (issue 23: the three-year calendar of 10,000 obligations took 600 to 1,200 ms, half
 * of it in the garbage collector): obligations of the same rule and start share one expansion (its
 * dates, the same {@code LocalDate} objects, replayed for each), so lib-recur runs once per rule,
 * not once per obligation; what is kept per date is held in arrays over the days around the window
 * ({@link ByDay}) instead of hash maps of dates, whose hash codes collide by month (the maps turned
 * into trees); an occurrence keeps the run's shared lists of reminders and explanation rather than
 * copies; and the sort keys are taken as occurrences are added, not read back from each.
 */
final class CalendarRun {

  /**
   * Bits of the sort key for an occurrence's position: up to 16 million occurrences, due seconds up
   * to 2^39 apart (17,000 years).
   */
  private static final int POSITION_BITS = 24;

  /** How many days a convention may move a scheduled date back: more than any run of days off. */
  private static final int MOVED_BACK_AT_MOST = 14;

  /**
   * A completion record's key: an event-driven occurrence is known by its event, a scheduled one by
   * its due date.
   */
  private record Key(String obligation, @Nullable String event, @Nullable LocalDate due) {
    static Key of(String obligation, @Nullable String event, LocalDate due) {
      return event != null ? new Key(obligation, event, null) : new Key(obligation, null, due);
    }
  }

  /**
   * A schedule: its rule and the convention that moves its dates; obligations on the same schedule
   * share explanations.
   */
  private record Schedule(String rule, BusinessDayConvention convention) {}

  /** An owner on a ladder: the kind of its obligation's regulation, if known, and its role. */
  private record Climber(@Nullable RegulationKind kind, String ownerRole) {}

  /** A rule expanded from a start up to an end. */
  private record Span(String rule, LocalDate start, LocalDate end) {}

  /**
   * The dates of a {@link Span}, and the error reading the next date threw, if it did: replayed,
   * the dates are given and then the error thrown, as reading the rule's stream would.
   */
  private record Expansion(List<LocalDate> days, @Nullable RuntimeException failure) {}

  /** The start of the day after a due date, and its epoch second. */
  private record DayEnd(ZonedDateTime at, long second) {}

  /** How many days before the window {@link ByDay} tables reach: a schedule starts a year early. */
  private static final int DAYS_BEFORE = 800;

  /**
   * How many days after the window {@link ByDay} tables reach: dates moved back, and the day after.
   */
  private static final int DAYS_AFTER = MOVED_BACK_AT_MOST + 2;

  /** The most days a {@link ByDay} table holds in its array (110 years); the rest go to a map. */
  private static final int MOST_DAYS = 40_000;

  /**
   * Values by date: in an array over the days around the window, a map beyond. Replaces hash maps
   * keyed by {@code LocalDate}, whose hash codes differ by month and day only within a year, so
   * that the maps of a few years' dates collided and turned into trees (a tenth of the run).
   */
  private static final class ByDay<V> {
    private final long first;
    private final @Nullable Object[] values;
    private final Map<LocalDate, V> beyond = new HashMap<>();

    ByDay(LocalDate from, LocalDate to) {
      this.first = from.toEpochDay() - DAYS_BEFORE;
      long last = to.toEpochDay() + DAYS_AFTER;
      this.values = new Object[(int) Math.min(last - first + 1, MOST_DAYS)];
    }

    @SuppressWarnings("unchecked") // values holds only Vs
    V get(LocalDate day, Function<LocalDate, V> compute) {
      long i = day.toEpochDay() - first;
      if (i >= 0 && i < values.length) {
        Object value = values[(int) i];
        if (value == null) {
          value = compute.apply(day);
          values[(int) i] = value;
        }
        return (V) value;
      }
      return beyond.computeIfAbsent(day, compute);
    }
  }

  private final ComplianceCalendar engine;
  private final HolidayCalendar calendar;
  private final LocalDate from;
  private final LocalDate to;
  private final Instant asOf;
  private final Map<String, RegulationKind> kinds;
  private final RoleHolders holders;
  private final Map<Climber, EscalationLadder.Climb> climbs = new HashMap<>();
  private final Map<Key, CompletionRecord> done = new HashMap<>();
  private final Map<String, LocalDate> lastDone = new HashMap<>();
  private final Map<ZoneId, LocalDate> today = new HashMap<>();
  private final Map<LocalDate, ZonedDateTime> startOfDay = new HashMap<>();
  private final ByDay<DayEnd> dayEnds;
  private final ByDay<ImmutableList<LocalDate>> reminders;
  private final Map<Schedule, ByDay<ImmutableList<String>>> explanations = new HashMap<>();
  private final Map<String, Recurrence> rules = new HashMap<>();
  private final Map<Span, Expansion> expansions = new HashMap<>();
  private final List<Occurrence> result = new ArrayList<>();

  /** The due epoch second of each occurrence of {@link #result}, in order. */
  private long[] dueSeconds = new long[1024];

  CalendarRun(
      ComplianceCalendar engine,
      List<CompletionRecord> completions,
      Map<String, RegulationKind> kinds,
      RoleHolders holders,
      LocalDate from,
      LocalDate to,
      Instant asOf) {
    this.engine = engine;
    this.kinds = kinds;
    this.holders = holders;
    this.calendar = engine.calendar();
    this.from = from;
    this.to = to;
    this.asOf = asOf;
    this.dayEnds = new ByDay<>(from, to);
    this.reminders = new ByDay<>(from, to);
    for (CompletionRecord record : completions) {
      done.put(Key.of(record.obligation(), record.event().orElse(null), record.due()), record);
      lastDone.merge(
          record.obligation(),
          record.completedAt().atZone(engine.zone()).toLocalDate(),
          (a, b) -> a.isAfter(b) ? a : b);
    }
  }

  /**
   * Returns the occurrences in due order, obligations in id order on the same instant. Sorted as
   * numbers: each occurrence's due second and its position, the obligations taken in id order.
   */
  List<Occurrence> occurrences(List<Obligation> obligations, List<ComplianceEvent> events) {
    List<Obligation> byId = new ArrayList<>(obligations);
    byId.sort(Comparator.comparing(Obligation::id));
    for (Obligation obligation : byId) {
      if (obligation.recurrence().isPresent()) {
        scheduled(obligation);
      } else {
        for (ComplianceEvent event : events) {
          if (event.kind().equals(obligation.trigger().orElseThrow())) {
            Deadline deadline =
                engine
                    .ruleOf(obligation)
                    .deadline(
                        event.becameAwareAt().atZone(event.zone()),
                        obligation.timeLimit().orElseThrow(),
                        calendar);
            add(
                obligation,
                event.id(),
                deadline.lastDay(),
                deadline.due(),
                deadline.due().toEpochSecond(),
                deadline.steps());
          }
        }
      }
    }
    long[] keys = Arrays.copyOf(dueSeconds, result.size());
    long first = Long.MAX_VALUE;
    for (long key : keys) {
      first = Math.min(first, key);
    }
    for (int i = 0; i < keys.length; i++) {
      keys[i] = ((keys[i] - first) << POSITION_BITS) | i;
    }
    Arrays.sort(keys);
    Occurrence[] sorted = new Occurrence[keys.length];
    for (int i = 0; i < keys.length; i++) {
      sorted[i] = result.get((int) (keys[i] & ((1L << POSITION_BITS) - 1)));
    }
    return List.of(sorted);
  }

  private void scheduled(Obligation obligation) {
    String written = obligation.recurrence().orElseThrow();
    String rule = written.startsWith("RRULE:") ? written.substring(6) : written;
    Recurrence recurrence = rules.get(rule);
    if (recurrence == null) {
      try {
        recurrence = Recurrence.parse(rule);
      } catch (GovernanceValidationException e) {
        // named by the obligation, as the model's other errors are named by their path
        throw GovernanceValidationException.of(
            "obligations." + obligation.id() + ".recurrence",
            rule,
            e.violations().get(0).expected());
      }
      rules.put(rule, recurrence);
    }
    if (recurrence.isSubDaily()) {
      // an obligation falls due on days; an hourly rule would date the same day many times over,
      // and a secondly one millions of times, without bound
      throw GovernanceValidationException.of(
          "obligations." + obligation.id() + ".recurrence",
          rule,
          "a rule recurring daily or less often (FREQ=DAILY, WEEKLY, MONTHLY or YEARLY)");
    }
    @Nullable LocalDate lastCompleted =
        engine.anchoredToCompletion().contains(obligation.id())
            ? lastDone.get(obligation.id())
            : null;
    LocalDate start =
        lastCompleted != null
            ? lastCompleted
            : engine
                .scheduleStart()
                .orElseGet(() -> LocalDate.of(Math.max(1, from.getYear() - 1), 1, 1));
    // A period ending after the window has its deadline after it too; a date moved back onto a
    // business day moves by days, not weeks; and the calendar cannot adjust past its last year.
    LocalDate calendarEnd = LocalDate.of(calendar.lastYear(), 12, 31);
    LocalDate margin = to.plusDays(MOVED_BACK_AT_MOST);
    LocalDate end =
        obligation.timeLimit().isPresent()
            ? to
            : margin.isAfter(calendarEnd) ? calendarEnd : margin;
    Schedule schedule = new Schedule(rule, engine.conventionOf(obligation));
    ByDay<ImmutableList<String>> explained =
        explanations.computeIfAbsent(schedule, s -> new ByDay<>(from, to));
    Recurrence expanded = recurrence;
    Expansion expansion =
        expansions.computeIfAbsent(
            new Span(rule, start, end), span -> expand(expanded, span.start(), span.end()));
    for (LocalDate day : expansion.days()) {
      if (lastCompleted == null || day.isAfter(lastCompleted)) {
        dated(obligation, schedule, explained, day);
      }
    }
    RuntimeException failure = expansion.failure();
    if (failure != null) {
      throw failure;
    }
  }

  /**
   * Returns the dates of {@code recurrence} from {@code start} up to {@code end}, read as a stream
   * of its instances up to the first after {@code end}; an error reading it is kept, to be thrown
   * after the dates read before it.
   */
  private Expansion expand(Recurrence recurrence, LocalDate start, LocalDate end) {
    List<LocalDate> days = new ArrayList<>();
    try {
      Iterator<LocalDateTime> instances =
          recurrence.localInstances(start.atStartOfDay(), engine.zone()).iterator();
      while (instances.hasNext()) {
        LocalDate day = instances.next().toLocalDate();
        if (day.isAfter(end)) {
          break;
        }
        days.add(day);
      }
    } catch (RuntimeException e) {
      return new Expansion(days, e);
    }
    return new Expansion(days, null);
  }

  /**
   * Adds the scheduled occurrence on {@code day}: the day moved onto a business day, or a time
   * limit from it.
   */
  private void dated(
      Obligation obligation,
      Schedule schedule,
      ByDay<ImmutableList<String>> explained,
      LocalDate day) {
    if (obligation.timeLimit().isPresent()) {
      Deadline deadline =
          engine
              .ruleOf(obligation)
              .deadline(startOfDay(day), obligation.timeLimit().get(), calendar);
      add(
          obligation,
          null,
          deadline.lastDay(),
          deadline.due(),
          deadline.due().toEpochSecond(),
          deadline.steps());
      return;
    }
    LocalDate adjusted = schedule.convention().adjust(day, calendar);
    ImmutableList<String> steps =
        explained.get(
            day,
            d ->
                adjusted.equals(d)
                    ? ImmutableList.of(schedule.rule() + " gives " + d)
                    : ImmutableList.of(
                        schedule.rule() + " gives " + d,
                        schedule.convention()
                            + ": "
                            + d
                            + " ("
                            + d.getDayOfWeek()
                            + ") is not a business day of "
                            + calendar.id()
                            + "; due "
                            + adjusted));
    DayEnd end = dayEnds.get(adjusted, this::dayEnd);
    add(obligation, null, adjusted, end.at(), end.second(), steps);
  }

  private DayEnd dayEnd(LocalDate day) {
    ZonedDateTime at = startOfDay(day.plusDays(1));
    return new DayEnd(at, at.toEpochSecond());
  }

  private ZonedDateTime startOfDay(LocalDate day) {
    return startOfDay.computeIfAbsent(day, d -> d.atStartOfDay(engine.zone()));
  }

  private void add(
      Obligation obligation,
      @Nullable String event,
      LocalDate dueDate,
      ZonedDateTime due,
      long dueSecond,
      List<String> steps) {
    if (dueDate.isBefore(from) || dueDate.isAfter(to)) {
      return;
    }
    Occurrence.Builder occurrence =
        Occurrence.builder()
            .obligation(obligation.id())
            .title(obligation.title())
            .citation(obligation.citation())
            .ownerRole(obligation.ownerRole())
            .event(Optional.ofNullable(event))
            .dueDate(dueDate)
            .due(due);
    // reminders before status, as before: either may find a date outside the calendar's years
    ImmutableList<LocalDate> remind = reminders.get(dueDate, this::remindersOf);
    @Nullable CompletionRecord record =
        done.isEmpty() ? null : done.get(Key.of(obligation.id(), event, dueDate));
    status(obligation, record, dueDate, due, occurrence);
    if (result.size() == dueSeconds.length) {
      dueSeconds = Arrays.copyOf(dueSeconds, dueSeconds.length * 2);
    }
    dueSeconds[result.size()] = dueSecond;
    // the lists set on the built occurrence are kept as they are (ImmutableList.copyOf of an
    // ImmutableList); the builder would copy them into new ones for each occurrence
    result.add(occurrence.build().withReminders(remind).withExplanation(steps));
  }

  private void status(
      Obligation obligation,
      @Nullable CompletionRecord record,
      LocalDate dueDate,
      ZonedDateTime due,
      Occurrence.Builder occurrence) {
    if (record != null) {
      boolean late = record.completedAt().isAfter(due.toInstant());
      occurrence
          .status(late ? OccurrenceStatus.DONE_LATE : OccurrenceStatus.DONE_ON_TIME)
          .completedAt(record.completedAt())
          .businessDaysOverdue(0);
      return;
    }
    LocalDate now = today.computeIfAbsent(due.getZone(), zone -> asOf.atZone(zone).toLocalDate());
    if (!asOf.isBefore(due.toInstant())) {
      int overdue = Math.max(calendar.businessDaysBetween(dueDate.plusDays(1), now.plusDays(1)), 0);
      EscalationLadder.Climb climb = climb(obligation);
      occurrence
          .status(
              overdue <= engine.graceBusinessDays()
                  ? OccurrenceStatus.IN_GRACE
                  : OccurrenceStatus.OVERDUE)
          .businessDaysOverdue(overdue)
          .escalatedTo(climb.escalatedTo(overdue))
          .escalationNote(climb.deadEnd());
      return;
    }
    Period lead = obligation.leadTime().orElse(engine.leadTime());
    OccurrenceStatus status =
        now.equals(dueDate)
            ? OccurrenceStatus.DUE_TODAY
            : now.isAfter(dueDate.minus(lead).minusDays(1))
                ? OccurrenceStatus.DUE_SOON
                : OccurrenceStatus.UPCOMING;
    occurrence.status(status).businessDaysOverdue(0);
  }

  /**
   * Where {@code obligation}'s owner stands on the ladder of its regulation's kind, worked out once
   * per kind and owner.
   */
  private EscalationLadder.Climb climb(Obligation obligation) {
    @Nullable RegulationKind kind = kinds.get(obligation.regulation());
    return climbs.computeIfAbsent(
        new Climber(kind, obligation.ownerRole()),
        c ->
            (c.kind() != null ? engine.ladder(c.kind()) : engine.defaultLadder())
                .climb(c.ownerRole(), holders));
  }

  /**
   * The reminder dates: business days the given numbers of business days before the due date,
   * earliest first, none repeated.
   */
  private ImmutableList<LocalDate> remindersOf(LocalDate dueDate) {
    LocalDate base = calendar.previousOrSame(dueDate);
    List<Integer> offsets = engine.reminderBusinessDays();
    LocalDate[] days = new LocalDate[offsets.size()];
    for (int i = 0; i < days.length; i++) {
      days[i] = calendar.shift(base, -offsets.get(i));
    }
    Arrays.sort(days);
    ImmutableList.Builder<LocalDate> unique = ImmutableList.builderWithExpectedSize(days.length);
    for (int i = 0; i < days.length; i++) {
      if (i == 0 || !days[i].equals(days[i - 1])) {
        unique.add(days[i]);
      }
    }
    return unique.build();
  }
}
