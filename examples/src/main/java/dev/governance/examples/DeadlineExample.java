package dev.governance.examples;

import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.core.compliance.ComplianceEvent;
import dev.governance.core.compliance.Obligation;
import dev.governance.core.compliance.TimeLimit;
import dev.governance.core.compliance.TimeLimitUnit;
import dev.governance.rules.deadline.ComplianceCalendar;
import dev.governance.rules.deadline.CountingRule;
import dev.governance.rules.deadline.HolidayCalendars;
import dev.governance.rules.deadline.LegalDeadline;
import dev.governance.rules.deadline.Occurrence;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The omni-channel program's compliance calendar over a holiday weekend: a material cybersecurity
 * incident determined on Saturday 4 July 2026 (Form 8-K Item 1.05), a GDPR breach notification
 * counted under Regulation 1182/71, and the monthly access review moved off a Saturday.
 */
public final class DeadlineExample {

  private DeadlineExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    ZoneId newYork = ZoneId.of("America/New_York");
    HolidayCalendar us = HolidayCalendars.of("US"); // 5 U.S.C. 6103, from jollyday's rules
    out.println("Form 8-K Item 1.05 for an incident determined material on Saturday 4 July 2026:");
    out.println(
        LegalDeadline.SEC_8K_ITEM_1_05
            .deadline(LocalDateTime.parse("2026-07-04T10:00").atZone(newYork), us)
            .explain());

    HolidayCalendar belgium = HolidayCalendars.of("BE");
    out.println("GDPR Art. 33 for a breach known on Good Friday, 16:20 in Brussels:");
    out.println(
        LegalDeadline.GDPR_BREACH_NOTIFICATION
            .deadline(
                LocalDateTime.parse("2026-04-03T16:20").atZone(ZoneId.of("Europe/Brussels")),
                belgium)
            .explain());

    Obligation accessReview =
        Obligation.builder()
            .id("access-review")
            .title("Review privileged access")
            .regulation("SOX")
            .citation("SOX 404 ITGC")
            .ownerRole("security-officer")
            .recurrence("FREQ=MONTHLY;BYMONTHDAY=1")
            .build();
    Obligation tenQ =
        Obligation.builder()
            .id("10-q")
            .title("File Form 10-Q")
            .regulation("SEC")
            .citation("Form 10-Q General Instruction A")
            .ownerRole("cfo")
            .recurrence("FREQ=YEARLY;BYMONTH=3,6,9;BYMONTHDAY=-1")
            .timeLimit(TimeLimit.of(40, TimeLimitUnit.CALENDAR_DAYS))
            .build();
    ComplianceCalendar calendar =
        ComplianceCalendar.builder()
            .calendar(us)
            .zone(newYork)
            .putCountingRules("SEC", CountingRule.SEC_RULE_0_3)
            .build();
    List<Occurrence> summer =
        calendar.occurrences(
            List.of(accessReview, tenQ),
            List.<ComplianceEvent>of(),
            List.of(),
            LocalDate.of(2026, 7, 1),
            LocalDate.of(2026, 8, 31),
            Instant.parse("2026-07-08T16:00:00Z"));
    out.println("Compliance calendar, July-August 2026, as of 8 July:");
    for (Occurrence o : summer) {
      out.printf(
          "  %s  %-26s %-8s %s%s%n",
          o.dueDate(),
          o.title(),
          o.status(),
          o.escalatedTo().map(r -> "escalated to " + r + "; ").orElse(""),
          "reminders " + o.reminders());
    }
  }
}
