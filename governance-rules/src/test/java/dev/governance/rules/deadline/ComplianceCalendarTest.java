package dev.governance.rules.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.governance.core.GovernanceValidationException;
import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.core.compliance.CompletionRecord;
import dev.governance.core.compliance.ComplianceEvent;
import dev.governance.core.compliance.Obligation;
import dev.governance.core.compliance.Regulation;
import dev.governance.core.compliance.RegulationKind;
import dev.governance.core.compliance.TimeLimit;
import dev.governance.core.compliance.TimeLimitUnit;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.party.Person;
import dev.governance.core.party.Role;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.party.WellKnownRole;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplianceCalendarTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final HolidayCalendar US = HolidayCalendars.of("US");
  private static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);
  private static final LocalDate AUGUST_31 = LocalDate.of(2026, 8, 31);

  private static final Obligation ACCESS_REVIEW =
      Obligation.builder()
          .id("access-review")
          .title("Review privileged access")
          .regulation("SOX")
          .citation("SOX 404 ITGC")
          .ownerRole("security-officer")
          .recurrence("FREQ=MONTHLY;BYMONTHDAY=1")
          .build();
  private static final Obligation TEN_Q =
      Obligation.builder()
          .id("10-q")
          .title("File Form 10-Q")
          .regulation("SEC")
          .citation("Form 10-Q General Instruction A")
          .ownerRole("cfo")
          .recurrence("FREQ=YEARLY;BYMONTH=3,6,9;BYMONTHDAY=-1")
          .timeLimit(TimeLimit.of(40, TimeLimitUnit.CALENDAR_DAYS))
          .build();
  private static final Obligation BREACH =
      Obligation.builder()
          .id("gdpr-33")
          .title("Notify the supervisory authority")
          .regulation("GDPR")
          .citation("Art. 33(1)")
          .ownerRole("dpo")
          .trigger("personal-data-breach")
          .timeLimit(TimeLimit.of(72, TimeLimitUnit.HOURS))
          .build();
  private static final Obligation SCAN =
      Obligation.builder()
          .id("asv-scan")
          .title("External vulnerability scan")
          .regulation("PCI")
          .citation("Req. 11.3.2")
          .ownerRole("security-officer")
          .recurrence("FREQ=MONTHLY;INTERVAL=3")
          .build();

  private static final ComplianceEvent BREACH_EVENT =
      ComplianceEvent.builder()
          .id("breach-7")
          .kind("personal-data-breach")
          .occurredAt(Instant.parse("2026-07-02T09:00:00Z"))
          .becameAwareAt(
              LocalDateTime.parse("2026-07-02T14:18")
                  .atZone(ZoneId.of("Europe/Brussels"))
                  .toInstant())
          .zone(ZoneId.of("Europe/Brussels"))
          .build();

  private static final List<CompletionRecord> DONE =
      List.of(
          CompletionRecord.builder()
              .obligation("access-review")
              .due(JUNE_1)
              .completedAt(Instant.parse("2026-06-01T15:00:00Z"))
              .completedBy("ana")
              .build(),
          CompletionRecord.builder()
              .obligation("gdpr-33")
              .due(LocalDate.of(2026, 7, 5))
              .event("breach-7")
              .completedAt(Instant.parse("2026-07-06T09:00:00Z"))
              .completedBy("dpo-1")
              .build(),
          CompletionRecord.builder()
              .obligation("asv-scan")
              .due(LocalDate.of(2026, 4, 1))
              .completedAt(Instant.parse("2026-05-20T15:00:00Z"))
              .completedBy("ana")
              .build());

  private static ComplianceCalendar.Builder engine() {
    return ComplianceCalendar.builder()
        .calendar(US)
        .zone(NEW_YORK)
        .putCountingRules("SEC", CountingRule.SEC_RULE_0_3)
        .putCountingRules("GDPR", CountingRule.REGULATION_1182_71);
  }

  private static List<Occurrence> asOf(ComplianceCalendar calendar, String instant) {
    return calendar.occurrences(
        List.of(ACCESS_REVIEW, TEN_Q, BREACH),
        List.of(BREACH_EVENT),
        DONE,
        JUNE_1,
        AUGUST_31,
        Instant.parse(instant));
  }

  private static Occurrence find(List<Occurrence> occurrences, String obligation, LocalDate due) {
    return occurrences.stream()
        .filter(o -> o.obligation().equals(obligation) && o.dueDate().equals(due))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anObligationRecurringMoreOftenThanDailyIsRejectedBeforeItIsExpanded() {
    Obligation hourly = ACCESS_REVIEW.withRecurrence("FREQ=SECONDLY");
    assertThatThrownBy(
            () ->
                engine()
                    .build()
                    .occurrences(
                        List.of(hourly),
                        List.of(),
                        List.of(),
                        JUNE_1,
                        AUGUST_31,
                        Instant.parse("2026-07-08T16:00:00Z")))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: obligations.access-review.recurrence = 'FREQ=SECONDLY':"
                + " expected a rule recurring daily or less often (FREQ=DAILY, WEEKLY, MONTHLY or"
                + " YEARLY)");
  }

  /**
   * A calendar covers the years 1 to 9999, so schedules no longer start on its first day: without a
   * schedule start they run from 1 January of the year before the window, and a rule of 24 months
   * reaches into it (from the year 1, it ended in the year 3; and a daily rule dated 740,000 days).
   */
  @Test
  void schedulesStartTheYearBeforeTheWindowUnlessTold() {
    Obligation twoYears = ACCESS_REVIEW.withRecurrence("FREQ=MONTHLY;BYMONTHDAY=15;COUNT=24");
    Instant now = Instant.parse("2026-07-08T16:00:00Z");
    List<Occurrence> occurrences =
        engine()
            .build()
            .occurrences(List.of(twoYears), List.of(), List.of(), JUNE_1, AUGUST_31, now);
    assertThat(occurrences)
        .extracting(Occurrence::dueDate)
        .containsExactly(
            LocalDate.of(2026, 6, 15), LocalDate.of(2026, 7, 15), LocalDate.of(2026, 8, 17));
    assertThat(
            engine()
                .scheduleStart(LocalDate.of(2020, 1, 1))
                .build()
                .occurrences(List.of(twoYears), List.of(), List.of(), JUNE_1, AUGUST_31, now))
        .isEmpty();
  }

  /** Issue 20, point 8: COUNT=0 failed with the library's words and no obligation named. */
  @Test
  void aMalformedRuleIsNamedByItsObligation() {
    Obligation none = ACCESS_REVIEW.withRecurrence("FREQ=MONTHLY;COUNT=0");
    assertThatThrownBy(
            () ->
                engine()
                    .build()
                    .occurrences(
                        List.of(none),
                        List.of(),
                        List.of(),
                        JUNE_1,
                        AUGUST_31,
                        Instant.parse("2026-07-08T16:00:00Z")))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: obligations.access-review.recurrence ="
                + " 'FREQ=MONTHLY;COUNT=0': expected a COUNT from 1 to 999999999, not 0");
  }

  @Test
  void datesEveryObligationInTheWindow() {
    List<Occurrence> all = asOf(engine().build(), "2026-07-08T16:00:00Z");
    assertThat(all)
        .extracting(o -> o.obligation() + " " + o.dueDate())
        .containsExactly(
            "access-review 2026-06-01",
            "access-review 2026-07-01",
            "gdpr-33 2026-07-05",
            "access-review 2026-08-03",
            "10-q 2026-08-10");
    Occurrence august = find(all, "access-review", LocalDate.of(2026, 8, 3));
    assertThat(august.explanation())
        .containsExactly(
            "FREQ=MONTHLY;BYMONTHDAY=1 gives 2026-08-01",
            "FOLLOWING: 2026-08-01 (SATURDAY) is not a business day of US; due 2026-08-03");
    assertThat(august.due()).isEqualTo(LocalDate.of(2026, 8, 4).atStartOfDay(NEW_YORK));
    assertThat(find(all, "10-q", LocalDate.of(2026, 8, 10)).explanation())
        .contains(
            "Rule 0-3(a): 2026-08-09 (SUNDAY) is a Saturday, Sunday or holiday of US; due the next"
                + " business day, 2026-08-10");
    assertThat(find(all, "gdpr-33", LocalDate.of(2026, 7, 5)).due())
        .isEqualTo(LocalDateTime.parse("2026-07-05T15:00").atZone(ZoneId.of("Europe/Brussels")));
  }

  @Test
  void statusesRemindersAndEscalation() {
    List<Occurrence> july8 = asOf(engine().build(), "2026-07-08T16:00:00Z");
    assertThat(find(july8, "access-review", JUNE_1).status())
        .isEqualTo(OccurrenceStatus.DONE_ON_TIME);
    Occurrence july = find(july8, "access-review", LocalDate.of(2026, 7, 1));
    assertThat(july.status()).isEqualTo(OccurrenceStatus.OVERDUE);
    assertThat(july.businessDaysOverdue())
        .isEqualTo(4); // 2, 6, 7, 8 July: Friday 3 July is a holiday
    assertThat(july.escalatedTo()).contains("system-owner"); // 3 or more business days overdue
    Occurrence breach = find(july8, "gdpr-33", LocalDate.of(2026, 7, 5));
    assertThat(breach.status()).isEqualTo(OccurrenceStatus.DONE_LATE);
    assertThat(breach.event()).contains("breach-7");
    assertThat(breach.completedAt()).contains(Instant.parse("2026-07-06T09:00:00Z"));
    Occurrence august = find(july8, "access-review", LocalDate.of(2026, 8, 3));
    assertThat(august.status()).isEqualTo(OccurrenceStatus.UPCOMING);
    assertThat(august.reminders())
        .containsExactly(LocalDate.of(2026, 7, 27), LocalDate.of(2026, 7, 31));
    assertThat(august.ownerRole()).isEqualTo("security-officer");
    assertThat(august.citation()).isEqualTo("SOX 404 ITGC");
    assertThat(august.title()).isEqualTo("Review privileged access");

    assertThat(
            find(
                    asOf(engine().build(), "2026-07-28T16:00:00Z"),
                    "access-review",
                    LocalDate.of(2026, 8, 3))
                .status())
        .isEqualTo(OccurrenceStatus.DUE_SOON);
    assertThat(
            find(
                    asOf(engine().build(), "2026-08-03T14:00:00Z"),
                    "access-review",
                    LocalDate.of(2026, 8, 3))
                .status())
        .isEqualTo(OccurrenceStatus.DUE_TODAY);
    assertThat(
            find(
                    asOf(engine().graceBusinessDays(5).build(), "2026-07-08T16:00:00Z"),
                    "access-review",
                    LocalDate.of(2026, 7, 1))
                .status())
        .isEqualTo(OccurrenceStatus.IN_GRACE);
    Occurrence july2 =
        find(
            asOf(engine().build(), "2026-07-02T16:00:00Z"),
            "access-review",
            LocalDate.of(2026, 7, 1));
    assertThat(july2.escalatedTo())
        .as("first day overdue: with the owner, who is never named as escalated to")
        .isEmpty();
    assertThat(july2.escalationNote()).isEmpty();
    Occurrence late =
        find(
            asOf(engine().build(), "2026-08-31T16:00:00Z"),
            "access-review",
            LocalDate.of(2026, 7, 1));
    assertThat(late.escalatedTo()).contains("steering-committee");
  }

  @Test
  void eachObligationClimbsTheLadderOfItsRegulationsKind() {
    Obligation monthly =
        Obligation.builder()
            .id("x")
            .title("Monthly check")
            .regulation("SOX")
            .citation("s. 1")
            .ownerRole("security-officer")
            .recurrence("FREQ=MONTHLY;BYMONTHDAY=1")
            .build();
    GovernanceModel model =
        GovernanceModel.builder()
            .name("ladders")
            .addPeople(
                Person.of("ana", "Ana"),
                Person.of("dara", "Dara"),
                Person.of("eve", "Eve"),
                Person.of("lea", "Lea"))
            .addRoles(
                WellKnownRole.SECURITY_OFFICER.role(),
                WellKnownRole.PROGRAM_MANAGER.role(),
                WellKnownRole.STEERING_COMMITTEE.role(),
                Role.of("dpo", "Data-protection officer"),
                Role.of("board", "Board"))
            .addRoleAssignments(
                RoleAssignment.of("security-officer", List.of("dara")),
                RoleAssignment.of("program-manager", List.of("ana")),
                RoleAssignment.of("steering-committee", List.of("lea")),
                RoleAssignment.of("dpo", List.of("eve")),
                RoleAssignment.of("board", List.of("lea")))
            .addRegulations(
                Regulation.of("SOX", "Sarbanes-Oxley Act", RegulationKind.LAW),
                Regulation.of("PCI", "PCI DSS", RegulationKind.STANDARD),
                Regulation.of("POLICY", "Our policy", RegulationKind.FRAMEWORK))
            .addObligations(
                monthly.withId("sox-law"),
                monthly.withId("pci-standard").withRegulation("PCI"),
                monthly
                    .withId("policy-pm")
                    .withRegulation("POLICY")
                    .withOwnerRole("program-manager"),
                monthly
                    .withId("policy-top")
                    .withRegulation("POLICY")
                    .withOwnerRole("steering-committee"))
            .build();
    ComplianceCalendar calendar =
        engine()
            .putLadders(
                RegulationKind.LAW,
                EscalationLadder.of(
                    ImmutableList.of(EscalationStep.of(1, "dpo"), EscalationStep.of(5, "board"))))
            .putLadders(
                RegulationKind.FRAMEWORK,
                EscalationLadder.of(
                    ImmutableList.of(
                        EscalationStep.of(2, "program-manager"),
                        EscalationStep.of(4, "steering-committee"))))
            .build();
    Instant july9 = Instant.parse("2026-07-09T16:00:00Z"); // 5 business days after 1 July
    List<Occurrence> byKind = calendar.occurrences(model, JUNE_1, AUGUST_31, july9);
    assertThat(find(byKind, "sox-law", LocalDate.of(2026, 7, 1)).escalatedTo())
        .as("the law's own ladder")
        .contains("board");
    assertThat(find(byKind, "pci-standard", LocalDate.of(2026, 7, 1)).escalatedTo())
        .as("no ladder for standards: the default")
        .contains("system-owner");
    assertThat(find(byKind, "policy-pm", LocalDate.of(2026, 7, 1)).escalatedTo())
        .as("the framework's ladder: the steering committee's 4 days reached")
        .contains("steering-committee");
    Occurrence top = find(byKind, "policy-top", LocalDate.of(2026, 7, 1));
    assertThat(top.escalatedTo()).isEmpty();
    assertThat(top.escalationNote())
        .contains("no higher role on the ladder than steering-committee");
    assertThat(calendar.ladder(RegulationKind.STANDARD).rungs()).isEqualTo(calendar.escalation());

    List<Occurrence> unknownKinds =
        calendar.occurrences(model.obligations(), List.of(), List.of(), JUNE_1, AUGUST_31, july9);
    assertThat(find(unknownKinds, "sox-law", LocalDate.of(2026, 7, 1)).escalatedTo())
        .as("regulations not given: every obligation climbs the default ladder")
        .contains("system-owner");
    assertThat(find(unknownKinds, "policy-pm", LocalDate.of(2026, 7, 1)).escalatedTo())
        .as("5 days: short of the steering committee's 20, the rung above the program manager")
        .isEmpty();
    assertThat(find(unknownKinds, "policy-top", LocalDate.of(2026, 7, 1)).escalationNote())
        .contains("no higher role on the ladder than steering-committee");
  }

  @Test
  void nextOccurrenceAnchoredToTheScheduleOrToTheCompletion() {
    List<Occurrence> bySchedule =
        engine()
            .build()
            .occurrences(
                List.of(SCAN),
                List.of(),
                DONE,
                JUNE_1,
                AUGUST_31,
                Instant.parse("2026-06-02T00:00:00Z"));
    assertThat(bySchedule)
        .extracting(Occurrence::dueDate)
        .containsExactly(LocalDate.of(2026, 7, 1));
    List<Occurrence> byCompletion =
        engine()
            .addAnchoredToCompletion("asv-scan")
            .build()
            .occurrences(
                List.of(SCAN),
                List.of(),
                DONE,
                JUNE_1,
                AUGUST_31,
                Instant.parse("2026-06-02T00:00:00Z"));
    assertThat(byCompletion)
        .extracting(Occurrence::dueDate)
        .containsExactly(LocalDate.of(2026, 8, 20)); // three months after 20 May
  }

  @Test
  void rejectsBadConfigurationAndWindows() {
    assertThatThrownBy(
            () ->
                engine()
                    .build()
                    .occurrences(List.of(), List.of(), List.of(), AUGUST_31, JUNE_1, Instant.EPOCH))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: to = 2026-06-01: expected a date not before from 2026-08-31");
    assertThatThrownBy(
            () ->
                engine()
                    .escalation(
                        ImmutableList.of(EscalationStep.of(5, "a"), EscalationStep.of(5, "b")))
                    .build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: escalation[1].afterBusinessDays = 5: expected more than the"
                + " step before, 5");
    assertThatThrownBy(
            () ->
                engine()
                    .escalation(
                        ImmutableList.of(EscalationStep.of(5, "a"), EscalationStep.of(6, "a")))
                    .build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: escalation[1].role = 'a': expected a role not already on the"
                + " ladder (escalation[0])");
    assertThatThrownBy(() -> engine().reminderBusinessDays(ImmutableList.of(0)).build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: reminderBusinessDays[0] = 0: expected a number of business"
                + " days >= 1");
    assertThatThrownBy(() -> engine().graceBusinessDays(-1).build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: graceBusinessDays = -1: expected a number of business days >="
                + " 0");
    assertThatThrownBy(() -> EscalationStep.of(-1, "cio"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageStartingWith("Invalid governance data: afterBusinessDays = -1");
    Obligation badRule = ACCESS_REVIEW.withRecurrence("FREQ=MONTHLY;BYMONTHDAY=40");
    assertThatThrownBy(
            () ->
                engine()
                    .build()
                    .occurrences(
                        List.of(badRule), List.of(), List.of(), JUNE_1, AUGUST_31, Instant.EPOCH))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageStartingWith(
            "Invalid governance data: obligations.access-review.recurrence ="
                + " 'FREQ=MONTHLY;BYMONTHDAY=40'");
  }
}
