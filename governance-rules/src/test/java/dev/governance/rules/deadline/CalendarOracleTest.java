package dev.governance.rules.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.governance.core.GovernanceValidationException;
import dev.governance.core.calendar.BusinessDayConvention;
import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.core.compliance.CompletionRecord;
import dev.governance.core.compliance.ComplianceEvent;
import dev.governance.core.compliance.Obligation;
import dev.governance.core.compliance.RegulationKind;
import dev.governance.core.model.GovernanceModel;
import dev.governance.rules.RoleHolders;
import dev.governance.testkit.GovernanceModelGenerator;
import dev.governance.testkit.ModelSize;
import dev.governance.testkit.RecurrenceRuleGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The calendar ({@link CalendarRun}, with its shared expansions, per-date tables and bucket sort)
 * against a straightforward computation written here: each obligation on its own, every rule parsed
 * and expanded afresh, every value worked out for each occurrence, and the whole sorted by a stable
 * sort on the due instant. On generated models, obligations, events and completion records (some of
 * them completing an occurrence, on time or late), under varied engines, the two lists are equal
 * element by element; where the calendar throws, the straightforward computation throws the same
 * message.
 */
class CalendarOracleTest {

  private static final List<HolidayCalendar> CALENDARS =
      List.of(HolidayCalendars.of("US"), HolidayCalendars.of("FR"), HolidayCalendar.weekends());
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("America/New_York"),
          ZoneId.of("UTC"),
          ZoneId.of("Europe/Berlin"),
          ZoneId.of("Pacific/Apia"));

  @Test
  void generatedModelsMatchTheStraightforwardComputation() {
    SplittableRandom random = new SplittableRandom(23);
    for (int round = 0; round < 60; round++) {
      GovernanceModel model =
          GovernanceModelGenerator.of(ModelSize.scaled(1 + random.nextInt(3))).generate(random);
      ComplianceCalendar engine = engine(random, model.obligations());
      LocalDate from = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(900));
      LocalDate to = from.plusDays(random.nextInt(800));
      Instant asOf =
          from.atStartOfDay(ZoneId.of("UTC"))
              .toInstant()
              .plusSeconds(random.nextLong(86_400L * (to.toEpochDay() - from.toEpochDay() + 30)));
      Map<String, RegulationKind> kinds = new HashMap<>();
      model.regulations().forEach(r -> kinds.put(r.id(), r.kind()));
      RoleHolders holders = RoleHolders.of(model);
      List<CompletionRecord> completions =
          completing(
              random,
              model.people().get(0).id(),
              model.completions(),
              straight(
                  engine,
                  model.obligations(),
                  model.events(),
                  List.of(),
                  kinds,
                  holders,
                  from,
                  to,
                  asOf));
      GovernanceModel completed = model.withCompletions(completions);
      assertThat(engine.occurrences(completed, from, to, asOf))
          .as("round %s", round)
          .containsExactlyElementsOf(
              straight(
                  engine,
                  model.obligations(),
                  model.events(),
                  completions,
                  kinds,
                  holders,
                  from,
                  to,
                  asOf));
      assertThat(
              engine.occurrences(model.obligations(), model.events(), completions, from, to, asOf))
          .as("round %s without the model", round)
          .containsExactlyElementsOf(
              straight(
                  engine,
                  model.obligations(),
                  model.events(),
                  completions,
                  Map.of(),
                  RoleHolders.none(),
                  from,
                  to,
                  asOf));
    }
  }

  @Test
  void generatedRulesMatchTheStraightforwardComputation() {
    SplittableRandom random = new SplittableRandom(2026);
    RecurrenceRuleGenerator rules = RecurrenceRuleGenerator.rules();
    for (int round = 0; round < 80; round++) {
      List<Obligation> obligations = new ArrayList<>();
      for (int i = 0; i < 1 + random.nextInt(40); i++) {
        Obligation.Builder o =
            Obligation.builder()
                .id("o-" + random.nextInt(1000))
                .title("Obligation " + i)
                .regulation("R" + random.nextInt(3))
                .citation("Art. " + i)
                .ownerRole(random.nextBoolean() ? "system-owner" : "owner-" + random.nextInt(5))
                .recurrence(random.nextInt(4) == 0 ? rules.generate(random) : rule(random));
        if (random.nextInt(5) == 0) {
          o.leadTime(Period.ofDays(random.nextInt(40)));
        }
        obligations.add(o.build());
      }
      ComplianceCalendar engine = engine(random, obligations);
      LocalDate from = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(1200));
      LocalDate to = from.plusDays(random.nextInt(1100));
      Instant asOf =
          from.atStartOfDay(ZoneId.of("UTC"))
              .toInstant()
              .plusSeconds(random.nextLong(86_400L * 1200) - 86_400L * 30);
      List<CompletionRecord> completions =
          completing(
              random,
              "someone",
              List.of(),
              straight(
                  engine,
                  obligations,
                  List.of(),
                  List.of(),
                  Map.of(),
                  RoleHolders.none(),
                  from,
                  to,
                  asOf));
      List<Occurrence> expected;
      try {
        expected =
            straight(
                engine,
                obligations,
                List.of(),
                completions,
                Map.of(),
                RoleHolders.none(),
                from,
                to,
                asOf);
      } catch (RuntimeException e) {
        assertThatThrownBy(
                () -> engine.occurrences(obligations, List.of(), completions, from, to, asOf))
            .as("round %s", round)
            .hasMessage(String.valueOf(e.getMessage()));
        continue;
      }
      assertThat(engine.occurrences(obligations, List.of(), completions, from, to, asOf))
          .as("round %s", round)
          .containsExactlyElementsOf(expected);
    }
  }

  private static String rule(SplittableRandom random) {
    String[] rules = {
      "FREQ=WEEKLY;BYDAY=MO",
      "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR",
      "RRULE:FREQ=MONTHLY;BYMONTHDAY=1",
      "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1",
      "FREQ=MONTHLY;BYDAY=-1FR",
      "FREQ=DAILY;INTERVAL=3"
    };
    return rules[random.nextInt(rules.length)];
  }

  private static ComplianceCalendar engine(SplittableRandom random, List<Obligation> obligations) {
    BusinessDayConvention[] conventions = BusinessDayConvention.values();
    ImmutableList<Integer> reminders =
        random.nextBoolean()
            ? ImmutableList.of(5, 1)
            : ImmutableList.of(1 + random.nextInt(4), 2, 2);
    ComplianceCalendar.Builder engine =
        ComplianceCalendar.builder()
            .calendar(CALENDARS.get(random.nextInt(CALENDARS.size())))
            .zone(ZONES.get(random.nextInt(ZONES.size())))
            .convention(conventions[random.nextInt(conventions.length)])
            .graceBusinessDays(random.nextInt(3))
            .leadTime(Period.ofDays(random.nextInt(20)))
            .reminderBusinessDays(reminders);
    if (random.nextBoolean()) {
      engine.scheduleStart(LocalDate.of(2022 + random.nextInt(3), 1 + random.nextInt(12), 1));
    }
    for (Obligation o : obligations) {
      if (random.nextInt(6) == 0) {
        engine.putConventions(o.id(), conventions[random.nextInt(conventions.length)]);
      }
      if (random.nextInt(6) == 0) {
        engine.addAnchoredToCompletion(o.id());
      }
    }
    if (random.nextBoolean()) {
      engine.putCountingRules(
          "R1", CountingRule.values()[random.nextInt(CountingRule.values().length)]);
    }
    return engine.build();
  }

  /**
   * {@code records} and records by {@code by} completing some of {@code occurrences}, on time or
   * late.
   */
  private static List<CompletionRecord> completing(
      SplittableRandom random,
      String by,
      List<CompletionRecord> records,
      List<Occurrence> occurrences) {
    List<CompletionRecord> all = new ArrayList<>(records);
    for (Occurrence o : occurrences) {
      if (random.nextInt(4) == 0) {
        all.add(
            CompletionRecord.builder()
                .obligation(o.obligation())
                .event(o.event())
                .due(o.dueDate())
                .completedAt(
                    o.due().toInstant().plusSeconds(random.nextInt(20 * 86_400) - 10 * 86_400))
                .completedBy(by)
                .evidence("TICKET-" + all.size())
                .build());
      }
    }
    return all;
  }

  /**
   * The occurrences worked out one obligation at a time, as the calendar's documentation describes
   * them, with no sharing between obligations or dates.
   */
  static List<Occurrence> straight(
      ComplianceCalendar engine,
      List<Obligation> obligations,
      List<ComplianceEvent> events,
      List<CompletionRecord> completions,
      Map<String, RegulationKind> kinds,
      RoleHolders holders,
      LocalDate from,
      LocalDate to,
      Instant asOf) {
    HolidayCalendar calendar = engine.calendar();
    List<Obligation> byId = new ArrayList<>(obligations);
    byId.sort(Comparator.comparing(Obligation::id));
    List<Occurrence> all = new ArrayList<>();
    for (Obligation obligation : byId) {
      if (obligation.recurrence().isEmpty()) {
        for (ComplianceEvent event : events) {
          if (event.kind().equals(obligation.trigger().orElseThrow())) {
            Deadline deadline =
                engine
                    .ruleOf(obligation)
                    .deadline(
                        event.becameAwareAt().atZone(event.zone()),
                        obligation.timeLimit().orElseThrow(),
                        calendar);
            occurrence(
                    engine,
                    obligation,
                    event.id(),
                    deadline.lastDay(),
                    deadline.due(),
                    deadline.steps(),
                    completions,
                    kinds,
                    holders,
                    from,
                    to,
                    asOf)
                .ifPresent(all::add);
          }
        }
        continue;
      }
      String rule = obligation.recurrence().get().replaceFirst("^RRULE:", "");
      Recurrence recurrence = Recurrence.parse(rule);
      if (recurrence.isSubDaily()) {
        throw GovernanceValidationException.of(
            "obligations." + obligation.id() + ".recurrence",
            rule,
            "a rule recurring daily or less often (FREQ=DAILY, WEEKLY, MONTHLY or YEARLY)");
      }
      @Nullable LocalDate lastCompleted = null;
      if (engine.anchoredToCompletion().contains(obligation.id())) {
        for (CompletionRecord record : completions) {
          LocalDate day = record.completedAt().atZone(engine.zone()).toLocalDate();
          if (record.obligation().equals(obligation.id())
              && (lastCompleted == null || day.isAfter(lastCompleted))) {
            lastCompleted = day;
          }
        }
      }
      LocalDate start =
          lastCompleted != null
              ? lastCompleted
              : engine.scheduleStart().orElse(LocalDate.of(from.getYear() - 1, 1, 1));
      LocalDate calendarEnd = LocalDate.of(calendar.lastYear(), 12, 31);
      LocalDate end =
          obligation.timeLimit().isPresent()
              ? to
              : to.plusDays(14).isAfter(calendarEnd) ? calendarEnd : to.plusDays(14);
      BusinessDayConvention convention = engine.conventionOf(obligation);
      Iterator<LocalDateTime> instances =
          recurrence.localInstances(start.atStartOfDay(), engine.zone()).iterator();
      while (instances.hasNext()) {
        LocalDate day = instances.next().toLocalDate();
        if (day.isAfter(end)) {
          break;
        }
        if (lastCompleted != null && !day.isAfter(lastCompleted)) {
          continue;
        }
        if (obligation.timeLimit().isPresent()) {
          Deadline deadline =
              engine
                  .ruleOf(obligation)
                  .deadline(
                      day.atStartOfDay(engine.zone()), obligation.timeLimit().get(), calendar);
          occurrence(
                  engine,
                  obligation,
                  null,
                  deadline.lastDay(),
                  deadline.due(),
                  deadline.steps(),
                  completions,
                  kinds,
                  holders,
                  from,
                  to,
                  asOf)
              .ifPresent(all::add);
          continue;
        }
        LocalDate adjusted = convention.adjust(day, calendar);
        List<String> steps =
            adjusted.equals(day)
                ? List.of(rule + " gives " + day)
                : List.of(
                    rule + " gives " + day,
                    convention
                        + ": "
                        + day
                        + " ("
                        + day.getDayOfWeek()
                        + ") is not a business day of "
                        + calendar.id()
                        + "; due "
                        + adjusted);
        occurrence(
                engine,
                obligation,
                null,
                adjusted,
                adjusted.plusDays(1).atStartOfDay(engine.zone()),
                steps,
                completions,
                kinds,
                holders,
                from,
                to,
                asOf)
            .ifPresent(all::add);
      }
    }
    all.sort(Comparator.comparingLong(o -> o.due().toEpochSecond()));
    return all;
  }

  private static Optional<Occurrence> occurrence(
      ComplianceCalendar engine,
      Obligation obligation,
      @Nullable String event,
      LocalDate dueDate,
      ZonedDateTime due,
      List<String> steps,
      List<CompletionRecord> completions,
      Map<String, RegulationKind> kinds,
      RoleHolders holders,
      LocalDate from,
      LocalDate to,
      Instant asOf) {
    if (dueDate.isBefore(from) || dueDate.isAfter(to)) {
      return Optional.empty();
    }
    HolidayCalendar calendar = engine.calendar();
    TreeSet<LocalDate> reminders = new TreeSet<>();
    for (int days : engine.reminderBusinessDays()) {
      reminders.add(calendar.shift(calendar.previousOrSame(dueDate), -days));
    }
    Occurrence.Builder o =
        Occurrence.builder()
            .obligation(obligation.id())
            .title(obligation.title())
            .citation(obligation.citation())
            .ownerRole(obligation.ownerRole())
            .event(Optional.ofNullable(event))
            .dueDate(dueDate)
            .due(due)
            .addAllReminders(reminders)
            .addAllExplanation(steps);
    @Nullable CompletionRecord record = null;
    for (CompletionRecord r : completions) {
      if (r.obligation().equals(obligation.id())
          && (event != null
              ? event.equals(r.event().orElse(null))
              : r.event().isEmpty() && r.due().equals(dueDate))) {
        record = r;
      }
    }
    LocalDate now = asOf.atZone(due.getZone()).toLocalDate();
    if (record != null) {
      o.status(
              record.completedAt().isAfter(due.toInstant())
                  ? OccurrenceStatus.DONE_LATE
                  : OccurrenceStatus.DONE_ON_TIME)
          .completedAt(record.completedAt())
          .businessDaysOverdue(0);
    } else if (!asOf.isBefore(due.toInstant())) {
      int overdue = Math.max(calendar.businessDaysBetween(dueDate.plusDays(1), now.plusDays(1)), 0);
      RegulationKind kind = kinds.get(obligation.regulation());
      EscalationLadder ladder = kind != null ? engine.ladder(kind) : engine.defaultLadder();
      o.status(
              overdue <= engine.graceBusinessDays()
                  ? OccurrenceStatus.IN_GRACE
                  : OccurrenceStatus.OVERDUE)
          .businessDaysOverdue(overdue)
          .escalatedTo(ladder.escalatedTo(obligation.ownerRole(), overdue, holders))
          .escalationNote(ladder.deadEnd(obligation.ownerRole(), holders));
    } else {
      Period lead = obligation.leadTime().orElse(engine.leadTime());
      o.status(
              now.equals(dueDate)
                  ? OccurrenceStatus.DUE_TODAY
                  : !now.isBefore(dueDate.minus(lead))
                      ? OccurrenceStatus.DUE_SOON
                      : OccurrenceStatus.UPCOMING)
          .businessDaysOverdue(0);
    }
    return Optional.of(o.build());
  }

  @Test
  void theStraightforwardComputationReadsTheDocumentedExample() {
    Obligation review =
        Obligation.builder()
            .id("access-review")
            .title("Review privileged access")
            .regulation("SOX")
            .citation("SOX 404 ITGC")
            .ownerRole("security-officer")
            .recurrence("FREQ=MONTHLY;BYMONTHDAY=1")
            .build();
    ComplianceCalendar engine =
        ComplianceCalendar.builder()
            .calendar(HolidayCalendar.weekends())
            .zone(ZoneId.of("Europe/Paris"))
            .build();
    List<Occurrence> due =
        straight(
            engine,
            List.of(review),
            List.of(),
            List.of(),
            Map.of(),
            RoleHolders.none(),
            LocalDate.of(2026, 2, 1),
            LocalDate.of(2026, 3, 31),
            Instant.parse("2026-02-20T09:00:00Z"));
    assertThat(due)
        .extracting(Occurrence::dueDate, Occurrence::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 2, 2), OccurrenceStatus.OVERDUE),
            org.assertj.core.groups.Tuple.tuple(
                LocalDate.of(2026, 3, 2), OccurrenceStatus.DUE_SOON));
    assertThat(due.get(1).reminders())
        .isEqualTo(ImmutableList.of(LocalDate.of(2026, 2, 23), LocalDate.of(2026, 2, 27)));
  }
}
