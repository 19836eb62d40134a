package dev.governance.rules.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.calendar.HolidayCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 2 of the calendar issue, for the presets: every preset has a worked example with a
 * weekend or holiday on its path (checked at the end: no preset goes untested). Belgium's 2026
 * holidays include Easter Monday (6 April) and Ascension (14 May); the US federal calendar has
 * Independence Day observed on Friday 3 July 2026.
 */
class LegalDeadlineTest {

  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final HolidayCalendar BE = HolidayCalendars.of("BE");
  private static final HolidayCalendar US = HolidayCalendars.of("US");
  private static final Set<LegalDeadline> TESTED = EnumSet.noneOf(LegalDeadline.class);

  private static ZonedDateTime eu(String local) {
    return LocalDateTime.parse(local).atZone(BRUSSELS);
  }

  private static ZonedDateTime ny(String local) {
    return LocalDateTime.parse(local).atZone(NEW_YORK);
  }

  private static void due(LegalDeadline preset, ZonedDateTime trigger, ZonedDateTime expected) {
    HolidayCalendar calendar = trigger.getZone().equals(BRUSSELS) ? BE : US;
    Deadline deadline = preset.deadline(trigger, calendar);
    assertThat(deadline.due())
        .as("%s from %s:%n%s", preset, trigger, deadline.explain())
        .isEqualTo(expected);
    assertThat(deadline.steps().get(0)).startsWith(preset.citation());
    TESTED.add(preset);
  }

  private static void lastDay(LegalDeadline preset, ZonedDateTime trigger, String expected) {
    HolidayCalendar calendar = trigger.getZone().equals(BRUSSELS) ? BE : US;
    Deadline deadline = preset.deadline(trigger, calendar);
    assertThat(deadline.lastDay())
        .as("%s from %s:%n%s", preset, trigger, deadline.explain())
        .isEqualTo(LocalDate.parse(expected));
    TESTED.add(preset);
  }

  @Test
  void gdpr() {
    // Aware on Good Friday 16:20: the hour is not counted; 72 hours from 17:00 run over the weekend
    // and Easter Monday.
    due(LegalDeadline.GDPR_BREACH_NOTIFICATION, eu("2026-04-03T16:20"), eu("2026-04-06T17:00"));
    lastDay(
        LegalDeadline.GDPR_DATA_SUBJECT_REQUEST,
        eu("2026-03-06T10:00"),
        "2026-04-07"); // 6 April: Easter Monday
    lastDay(
        LegalDeadline.GDPR_DATA_SUBJECT_REQUEST_EXTENDED,
        eu("2026-02-14T10:00"),
        "2026-05-15"); // 14 May: Ascension
  }

  @Test
  void hipaa() {
    lastDay(
        LegalDeadline.HIPAA_INDIVIDUAL_NOTICE,
        ny("2026-05-05T09:00"),
        "2026-07-04"); // a Saturday and a holiday: calendar days do not move
    lastDay(
        LegalDeadline.HIPAA_HHS_ANNUAL_LOG,
        ny("2025-12-31T00:00"),
        "2026-03-01"); // 1 March, a Sunday
    lastDay(
        LegalDeadline.HIPAA_HHS_ANNUAL_LOG,
        ny("2027-12-31T00:00"),
        "2028-02-29"); // 29 February in a leap year
  }

  @Test
  void secPeriodicReports() {
    lastDay(
        LegalDeadline.SEC_10K_LARGE_ACCELERATED_FILER,
        ny("2025-12-31T00:00"),
        "2026-03-02"); // 1 March is a Sunday
    lastDay(
        LegalDeadline.SEC_10K_ACCELERATED_FILER,
        ny("2026-06-30T00:00"),
        "2026-09-14"); // 13 September is a Sunday
    lastDay(
        LegalDeadline.SEC_10K_OTHER_FILER,
        ny("2026-08-31T00:00"),
        "2026-11-30"); // 29 November is a Sunday
    lastDay(
        LegalDeadline.SEC_10Q_ACCELERATED_FILER,
        ny("2026-03-31T00:00"),
        "2026-05-11"); // 10 May is a Sunday
    lastDay(
        LegalDeadline.SEC_10Q_OTHER_FILER,
        ny("2026-09-30T00:00"),
        "2026-11-16"); // 14 November is a Saturday
  }

  @Test
  void secLateFilingAnd8k() {
    lastDay(
        LegalDeadline.SEC_NT_NOTICE,
        ny("2026-07-02T00:00"),
        "2026-07-06"); // Friday 3 July: Independence Day observed
    lastDay(
        LegalDeadline.SEC_10K_LATE_FILING,
        ny("2026-05-29T00:00"),
        "2026-06-15"); // 13 June is a Saturday
    lastDay(
        LegalDeadline.SEC_10Q_LATE_FILING,
        ny("2026-05-11T00:00"),
        "2026-05-18"); // 16 May is a Saturday
    lastDay(
        LegalDeadline.SEC_8K_ITEM_1_05,
        ny("2026-07-04T10:00"),
        "2026-07-09"); // determined on a Saturday holiday
  }

  @Test
  void nis2Chain() {
    // Aware on Saturday 28 March 10:00; summer time starts on the Sunday: 24 elapsed hours end at
    // 11:00 on the clock.
    due(LegalDeadline.NIS2_EARLY_WARNING, eu("2026-03-28T10:00"), eu("2026-03-29T11:00"));
    due(
        LegalDeadline.NIS2_INCIDENT_NOTIFICATION,
        eu("2026-12-25T09:00"),
        eu("2026-12-28T09:00")); // over Christmas and a weekend
    lastDay(
        LegalDeadline.NIS2_FINAL_REPORT,
        eu("2026-01-31T15:00"),
        "2026-02-28"); // a month from a Saturday 31st
    List<Deadline> chain =
        LegalDeadline.NIS2_FINAL_REPORT.chain(
            eu("2026-12-25T09:00"),
            BE,
            Map.of(LegalDeadline.NIS2_INCIDENT_NOTIFICATION, eu("2026-12-27T18:00")));
    assertThat(chain)
        .extracting(d -> d.due())
        .containsExactly(eu("2026-12-28T09:00"), eu("2027-01-28T00:00"));
    assertThat(
            LegalDeadline.NIS2_FINAL_REPORT
                .chain(eu("2026-12-25T09:00"), BE, Map.of())
                .get(1)
                .lastDay())
        .as("unsubmitted: assumed at its deadline")
        .isEqualTo(LocalDate.of(2027, 1, 28));
    assertThat(LegalDeadline.NIS2_FINAL_REPORT.follows())
        .contains(LegalDeadline.NIS2_INCIDENT_NOTIFICATION);
    assertThat(LegalDeadline.NIS2_EARLY_WARNING.follows()).isEmpty();
  }

  @Test
  void doraNoonRule() {
    due(
        LegalDeadline.DORA_INITIAL_NOTIFICATION,
        eu("2026-03-13T22:00"),
        eu("2026-03-16T12:00")); // 02:00 on a Saturday
    due(
        LegalDeadline.DORA_INTERMEDIATE_REPORT,
        eu("2026-04-02T10:00"),
        eu("2026-04-07T12:00")); // Easter Sunday, then Easter Monday
    due(
        LegalDeadline.DORA_FINAL_REPORT,
        eu("2026-04-30T11:00"),
        eu("2026-06-01T12:00")); // 30 May is a Saturday
    Deadline capped =
        LegalDeadline.doraInitialNotification(eu("2026-03-12T09:00"), eu("2026-03-13T08:00"), BE);
    assertThat(capped.due()).isEqualTo(eu("2026-03-13T09:00"));
    assertThat(capped.steps().get(0)).contains("no later than 24 hours after awareness");
    assertThat(
            LegalDeadline.doraInitialNotification(
                    eu("2026-03-12T09:00"), eu("2026-03-12T10:00"), BE)
                .due())
        .isEqualTo(eu("2026-03-12T14:00"));
    assertThat(LegalDeadline.DORA_FINAL_REPORT.chain(eu("2026-03-10T10:00"), BE, Map.of()))
        .hasSize(3);
  }

  @Test
  void pciCcpaAndNydfs() {
    lastDay(
        LegalDeadline.PCI_DSS_VULNERABILITY_SCAN,
        ny("2026-03-07T00:00"),
        "2026-06-07"); // a Sunday: no move
    lastDay(LegalDeadline.PCI_DSS_PENETRATION_TEST, ny("2025-07-04T00:00"), "2026-07-04");
    lastDay(
        LegalDeadline.CCPA_CONFIRM_RECEIPT,
        ny("2026-07-02T10:00"),
        "2026-07-17"); // 10 business days over 3 July
    lastDay(LegalDeadline.CCPA_RESPONSE, ny("2026-05-20T10:00"), "2026-07-04");
    lastDay(LegalDeadline.CCPA_RESPONSE_EXTENDED, ny("2026-04-05T10:00"), "2026-07-04");
    // Determined on Friday 30 October (EDT); 72 elapsed hours end on Monday 2 November, 14:00 EST.
    due(LegalDeadline.NYDFS_EVENT_NOTICE, ny("2026-10-30T15:00"), ny("2026-11-02T14:00"));
    due(LegalDeadline.NYDFS_EXTORTION_NOTICE, ny("2026-07-04T09:00"), ny("2026-07-05T09:00"));
    lastDay(LegalDeadline.NYDFS_EXTORTION_JUSTIFICATION, ny("2026-06-04T09:00"), "2026-07-04");
  }

  @Test
  void describesItself() {
    assertThat(LegalDeadline.GDPR_BREACH_NOTIFICATION.citation())
        .isEqualTo("Regulation (EU) 2016/679 Art. 33(1)");
    assertThat(LegalDeadline.GDPR_BREACH_NOTIFICATION.clockStarts())
        .isEqualTo("becoming aware of a personal data breach");
    assertThat(LegalDeadline.GDPR_BREACH_NOTIFICATION.limit().toString()).isEqualTo("72 hours");
    assertThat(LegalDeadline.GDPR_BREACH_NOTIFICATION.rule())
        .isEqualTo(CountingRule.REGULATION_1182_71);
    assertThat(
            LegalDeadline.GDPR_BREACH_NOTIFICATION.deadline(eu("2026-04-03T16:20"), BE).explain())
        .startsWith(
            "Regulation (EU) 2016/679 Art. 33(1): 72 hours from becoming aware of a personal data"
                + " breach (2026-04-03T16:20+02:00[Europe/Brussels])");
  }

  @Test
  void rejectsAnEventAfterItsAwarenessAndSubmissionsBeforeTheirClock() {
    assertThatThrownBy(
            () ->
                LegalDeadline.GDPR_BREACH_NOTIFICATION.deadline(
                    eu("2026-04-03T17:00"), eu("2026-04-03T16:20"), BE))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: occurred = 2026-04-03T17:00+02:00[Europe/Brussels]: expected"
                + " an instant not after the awareness 2026-04-03T16:20+02:00[Europe/Brussels] that"
                + " starts the clock");
    assertThat(
            LegalDeadline.GDPR_BREACH_NOTIFICATION
                .deadline(eu("2026-04-01T08:00"), eu("2026-04-03T16:20"), BE)
                .due())
        .isEqualTo(eu("2026-04-06T17:00"));
    assertThatThrownBy(
            () ->
                LegalDeadline.doraInitialNotification(
                    eu("2026-03-12T09:00"), eu("2026-03-12T08:00"), BE))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: classification = 2026-03-12T08:00+01:00[Europe/Brussels]:"
                + " expected an instant not before the awareness "
                + "2026-03-12T09:00+01:00[Europe/Brussels]");
    assertThatThrownBy(
            () ->
                LegalDeadline.NIS2_FINAL_REPORT.chain(
                    eu("2026-12-25T09:00"),
                    BE,
                    Map.of(LegalDeadline.NIS2_INCIDENT_NOTIFICATION, eu("2026-12-24T09:00"))))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageStartingWith(
            "Invalid governance data: submitted.NIS2_INCIDENT_NOTIFICATION ="
                + " 2026-12-24T09:00+01:00[Europe/Brussels]");
  }

  @AfterAll
  static void everyPresetHasAWorkedExample() {
    assertThat(EnumSet.complementOf(EnumSet.copyOf(TESTED)))
        .as("presets without a worked example")
        .isEmpty();
  }
}
