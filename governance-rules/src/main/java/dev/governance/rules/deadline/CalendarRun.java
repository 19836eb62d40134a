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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 *
 * <p>Second round (issue 23: after the first, a fifth of the run went to sorting 700,000 keys, a
 * seventh to reading the occurrences back in their order, a seventh to reckoning epoch days and a
 * fifth to status; now 0.51 to 0.54 of its time, alternated on a loaded machine, and 324 in place
 * of 400 MB allocated per run): what an occurrence of a scheduled obligation takes from its date
 * (the date moved onto a business day, the explanation, the due instant, the reminders, whether it
 * is past due and by how many business days, whether it is due soon for a lead time, where an
 * owner's escalation stands) is worked out once per expanded date and due date ({@link Dated},
 * {@link Due}) and read from arrays parallel to the expansion's dates, with no look-up by date per
 * occurrence; and the occurrences are put in due order by counting them per distinct due instant
 * ({@link #sorted}: a few hundred instants for hundreds of thousands of occurrences), which keeps
 * the order in which they were added for the same instant by construction, in place of sorting a
 * key per occurrence and reading the list back at random.
 */
final class CalendarRun {

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
   * the dates are given and then the error thrown, as reading the rule's stream would. What each
   * date gives under each convention is kept beside it ({@link #dated}), filled as it is first
   * needed.
   */
  private static final class Expansion {
    final List<LocalDate> days;
    final @Nullable RuntimeException failure;
    private final Map<BusinessDayConvention, @Nullable Dated[]> dated =
        new EnumMap<>(BusinessDayConvention.class);

    Expansion(List<LocalDate> days, @Nullable RuntimeException failure) {
      this.days = days;
      this.failure = failure;
    }

    /** Returns what the dates give under {@code convention}, by index; null where not yet known. */
    @Nullable Dated[] dated(BusinessDayConvention convention) {
      return dated.computeIfAbsent(convention, c -> new Dated[days.size()]);
    }
  }

  /** The {@link Expansion#dated} of obligations with a time limit, which have none. */
  private static final @Nullable Dated[] NO_DATES = {};

  /** What a scheduled date gives under a convention: its due date and its explanation. */
  private record Dated(Due due, ImmutableList<String> steps) {}

  /**
   * A due instant and what occurrences due at it share: the bucket they are sorted in, their
   * reminders and, as of the run's instant, whether it is past and by how many business days, and
   * the last lead time asked about and whether the due date was within it. Scheduled occurrences
   * share one per due date ({@link #dueDays}); a deadline counted from an event or a period end has
   * its own.
   */
  private final class Due {
    final LocalDate date;
    final ZonedDateTime at;
    final int bucket;
    final boolean inWindow;
    private @Nullable ImmutableList<LocalDate> reminders;
    private @Nullable LocalDate now;
    private int reached = -1;
    private int overdue = -1;
    private @Nullable Period lead;
    private @Nullable OccurrenceStatus leadStatus;

    Due(LocalDate date, ZonedDateTime at) {
      this.date = date;
      this.at = at;
      this.bucket = bucketOf(at.toEpochSecond());
      this.inWindow = !date.isBefore(from) && !date.isAfter(to);
    }

    ImmutableList<LocalDate> reminders() {
      ImmutableList<LocalDate> days = reminders;
      if (days == null) {
        days = remindersByDay.get(date, CalendarRun.this::remindersOf);
        reminders = days;
      }
      return days;
    }

    /** Returns the run's date in this instant's zone. */
    LocalDate now() {
      LocalDate day = now;
      if (day == null) {
        day = today.computeIfAbsent(at.getZone(), zone -> asOf.atZone(zone).toLocalDate());
        now = day;
      }
      return day;
    }

    /** Returns whether the run's instant is not before this one. */
    boolean reached() {
      if (reached < 0) {
        reached = asOf.isBefore(at.toInstant()) ? 0 : 1;
      }
      return reached == 1;
    }

    /** Returns the business days past due as of the run's date; only once {@link #reached}. */
    int overdue() {
      if (overdue < 0) {
        overdue = Math.max(calendar.businessDaysBetween(date.plusDays(1), now().plusDays(1)), 0);
      }
      return overdue;
    }

    /** Returns the status of an occurrence not done nor {@link #reached}, for a lead time. */
    OccurrenceStatus ahead(Period lead) {
      OccurrenceStatus status = leadStatus;
      if (status == null || !lead.equals(this.lead)) {
        LocalDate today = now();
        status =
            today.equals(date)
                ? OccurrenceStatus.DUE_TODAY
                : today.isAfter(date.minus(lead).minusDays(1))
                    ? OccurrenceStatus.DUE_SOON
                    : OccurrenceStatus.UPCOMING;
        this.lead = lead;
        leadStatus = status;
      }
      return status;
    }
  }

  /**
   * An obligation being dated, with what its occurrences share: its lead time and, once one is
   * overdue, where its owner stands on its ladder.
   */
  private final class Owner {
    final Obligation obligation;
    final Period lead;
    private EscalationLadder.@Nullable Climb climb;

    Owner(Obligation obligation) {
      this.obligation = obligation;
      this.lead = obligation.leadTime().orElse(engine.leadTime());
    }

    EscalationLadder.Climb climb() {
      EscalationLadder.Climb c = climb;
      if (c == null) {
        c = CalendarRun.this.climb(obligation);
        climb = c;
      }
      return c;
    }
  }

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
  private final ByDay<Due> dueDays;
  private final ByDay<ImmutableList<LocalDate>> remindersByDay;
  private final Map<Schedule, ByDay<ImmutableList<String>>> explanations = new HashMap<>();
  private final Map<String, Recurrence> rules = new HashMap<>();
  private final Map<Span, Expansion> expansions = new HashMap<>();

  /** The bucket of each distinct due epoch second, numbered as first met. */
  private final Map<Long, Integer> buckets = new HashMap<>();

  /** The due epoch second of each bucket. */
  private long[] bucketSeconds = new long[256];

  /** The occurrences as added, {@link #added} of them. */
  private Occurrence[] result = new Occurrence[1024];

  /** The bucket of each occurrence of {@link #result}. */
  private int[] resultBuckets = new int[1024];

  private int added;

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
    this.dueDays = new ByDay<>(from, to);
    this.remindersByDay = new ByDay<>(from, to);
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
      Owner owner = new Owner(obligation);
      if (obligation.recurrence().isPresent()) {
        scheduled(owner);
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
            deadline(owner, event.id(), deadline);
          }
        }
      }
    }
    return List.of(sorted());
  }

  /**
   * Returns the occurrences in due order, those due at the same instant in the order they were
   * added: a counting sort over the buckets of distinct due seconds, the seconds themselves sorted
   * (they are distinct, so each names its bucket).
   */
  private Occurrence[] sorted() {
    int count = buckets.size();
    long[] seconds = Arrays.copyOf(bucketSeconds, count);
    Arrays.sort(seconds);
    int[] next = new int[count];
    for (int i = 0; i < added; i++) {
      next[resultBuckets[i]]++;
    }
    int at = 0;
    for (long second : seconds) {
      int b = Objects.requireNonNull(buckets.get(second));
      int size = next[b];
      next[b] = at;
      at += size;
    }
    Occurrence[] sorted = new Occurrence[added];
    for (int i = 0; i < added; i++) {
      sorted[next[resultBuckets[i]]++] = result[i];
    }
    return sorted;
  }

  /** Returns the bucket of the due epoch second {@code second}, numbering a new one if need be. */
  private int bucketOf(long second) {
    Integer known = buckets.get(second);
    if (known != null) {
      return known;
    }
    int b = buckets.size();
    if (b == bucketSeconds.length) {
      bucketSeconds = Arrays.copyOf(bucketSeconds, b * 2);
    }
    bucketSeconds[b] = second;
    buckets.put(second, b);
    return b;
  }

  private void scheduled(Owner owner) {
    Obligation obligation = owner.obligation;
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
    Recurrence expanded = recurrence;
    Expansion expansion =
        expansions.computeIfAbsent(
            new Span(rule, start, end), span -> expand(expanded, span.start(), span.end()));
    List<LocalDate> days = expansion.days;
    boolean limited = obligation.timeLimit().isPresent();
    @Nullable Dated[] dated = limited ? NO_DATES : expansion.dated(schedule.convention());
    for (int i = 0; i < days.size(); i++) {
      LocalDate day = days.get(i);
      if (lastCompleted != null && !day.isAfter(lastCompleted)) {
        continue;
      }
      if (limited) {
        // the end of a period: the time limit runs from it
        deadline(
            owner,
            null,
            engine
                .ruleOf(obligation)
                .deadline(startOfDay(day), obligation.timeLimit().orElseThrow(), calendar));
        continue;
      }
      Dated date = dated[i];
      if (date == null) {
        date = dated(schedule, day);
        dated[i] = date;
      }
      add(owner, null, date.due(), date.steps());
    }
    RuntimeException failure = expansion.failure;
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
   * Returns what the scheduled {@code day} gives: the day moved onto a business day, due at the end
   * of it, and why.
   */
  private Dated dated(Schedule schedule, LocalDate day) {
    LocalDate adjusted = schedule.convention().adjust(day, calendar);
    ImmutableList<String> steps =
        explanations
            .computeIfAbsent(schedule, s -> new ByDay<>(from, to))
            .get(
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
    return new Dated(dueDays.get(adjusted, d -> new Due(d, startOfDay(d.plusDays(1)))), steps);
  }

  /** Adds the occurrence due by {@code deadline}, counted from an event or a period's end. */
  private void deadline(Owner owner, @Nullable String event, Deadline deadline) {
    add(owner, event, new Due(deadline.lastDay(), deadline.due()), deadline.steps());
  }

  private ZonedDateTime startOfDay(LocalDate day) {
    return startOfDay.computeIfAbsent(day, d -> d.atStartOfDay(engine.zone()));
  }

  private void add(Owner owner, @Nullable String event, Due due, List<String> steps) {
    if (!due.inWindow) {
      return;
    }
    Obligation obligation = owner.obligation;
    Occurrence.Builder occurrence =
        Occurrence.builder()
            .obligation(obligation.id())
            .title(obligation.title())
            .citation(obligation.citation())
            .ownerRole(obligation.ownerRole())
            .event(Optional.ofNullable(event))
            .dueDate(due.date)
            .due(due.at);
    // reminders before status, as before: either may find a date outside the calendar's years
    ImmutableList<LocalDate> remind = due.reminders();
    @Nullable CompletionRecord record =
        done.isEmpty() ? null : done.get(Key.of(obligation.id(), event, due.date));
    status(owner, record, due, occurrence);
    if (added == result.length) {
      result = Arrays.copyOf(result, added * 2);
      resultBuckets = Arrays.copyOf(resultBuckets, added * 2);
    }
    resultBuckets[added] = due.bucket;
    // the lists set on the built occurrence are kept as they are (ImmutableList.copyOf of an
    // ImmutableList); the builder would copy them into new ones for each occurrence
    result[added++] = occurrence.build().withReminders(remind).withExplanation(steps);
  }

  private void status(
      Owner owner, @Nullable CompletionRecord record, Due due, Occurrence.Builder occurrence) {
    if (record != null) {
      boolean late = record.completedAt().isAfter(due.at.toInstant());
      occurrence
          .status(late ? OccurrenceStatus.DONE_LATE : OccurrenceStatus.DONE_ON_TIME)
          .completedAt(record.completedAt())
          .businessDaysOverdue(0);
      return;
    }
    if (due.reached()) {
      int overdue = due.overdue();
      EscalationLadder.Climb climb = owner.climb();
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
    occurrence.status(due.ahead(owner.lead)).businessDaysOverdue(0);
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
