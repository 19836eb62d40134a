package consumer;

import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.core.compliance.Obligation;
import dev.governance.core.compliance.TimeLimit;
import dev.governance.core.compliance.TimeLimitUnit;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.raci.RaciActivity;
import dev.governance.core.raci.RaciAssignment;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.rules.deadline.ComplianceCalendar;
import dev.governance.rules.deadline.CountingRule;
import dev.governance.rules.deadline.Deadline;
import dev.governance.rules.deadline.HolidayCalendars;
import dev.governance.rules.raci.RaciReport;
import dev.governance.rules.raci.RaciValidator;
import dev.governance.rules.risk.cvss.Cvss3Vector;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * What a fresh application depending on governance-rules does first: a RACI validation, a CVSS
 * score, a Regulation 1182/71 deadline and a recurring obligation's dates, one line each.
 *
 * <p>The figures expected.txt holds are the published ones: the RACI findings and the CVSS 3.1
 * temporal score 4.6 of docs/raci.md and docs/risk.md; three days from Good Friday 3 April 2026,
 * 16:20 in Brussels, under Regulation 1182/71 start on 4 April (Art. 3(1)), would end on Easter
 * Monday, a Belgian holiday, so move to Tuesday 7 April (Art. 3(4)), and must hold two working
 * days (Art. 3(5)), so end when Wednesday 8 April ends; a monthly review on the 1st is due at the
 * end of Wednesday 1 July and, 1 August being a Saturday, of Monday 3 August.
 */
public final class Main {

  private Main() {}

  /**
   * Prints the results.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    RaciMatrix release =
        RaciMatrix.builder()
            .id("platform-release")
            .name("Platform release")
            .addRoles("program-manager", "system-owner", "dev-lead", "qa-lead")
            .addActivities(
                RaciActivity.of("plan", "Plan the release"),
                RaciActivity.builder()
                    .id("migrate")
                    .name("Migrate customer data")
                    .critical(true)
                    .build())
            .addAssignments(
                RaciAssignment.of("plan", "program-manager", "A/R"),
                RaciAssignment.of("plan", "system-owner", "C"),
                RaciAssignment.of("migrate", "system-owner", "A"),
                RaciAssignment.of("migrate", "dev-lead", "R"))
            .build();
    RaciReport raci =
        RaciValidator.standard()
            .validate(
                release,
                List.of(
                    RoleAssignment.of("program-manager", List.of("ana")),
                    RoleAssignment.of("system-owner", List.of("cy")),
                    RoleAssignment.of("dev-lead", List.of("bo")),
                    RoleAssignment.of("qa-lead", List.of())));
    raci.findings().findings().forEach(f -> System.out.println("raci " + f.code()));

    System.out.println(
        "cvss "
            + Cvss3Vector.parse("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:N/A:N/RC:U")
                .scores()
                .temporal());

    HolidayCalendar belgium = HolidayCalendars.of("BE");
    Deadline breach =
        CountingRule.REGULATION_1182_71.deadline(
            LocalDateTime.parse("2026-04-03T16:20").atZone(ZoneId.of("Europe/Brussels")),
            TimeLimit.of(3, TimeLimitUnit.CALENDAR_DAYS),
            belgium);
    System.out.println("deadline " + breach.due());

    Obligation review =
        Obligation.builder()
            .id("access-review")
            .title("Review privileged access")
            .regulation("SOX")
            .citation("SOX 404 ITGC")
            .ownerRole("security-officer")
            .recurrence("FREQ=MONTHLY;BYMONTHDAY=1")
            .build();
    ComplianceCalendar calendar =
        ComplianceCalendar.builder().calendar(belgium).zone(ZoneId.of("Europe/Brussels")).build();
    calendar
        .occurrences(
            List.of(review),
            List.of(),
            List.of(),
            LocalDate.of(2026, 7, 1),
            LocalDate.of(2026, 8, 31),
            Instant.parse("2026-07-08T16:00:00Z"))
        .forEach(o -> System.out.println("due " + o.due()));
  }
}
