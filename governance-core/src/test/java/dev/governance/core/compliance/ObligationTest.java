package dev.governance.core.compliance;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ObligationTest {

  static Obligation.Builder breachNotification() {
    return Obligation.builder()
        .id("gdpr-33")
        .title("Notify the supervisory authority of a personal-data breach")
        .regulation("GDPR")
        .citation("Art. 33(1)")
        .ownerRole("dpo")
        .trigger("personal-data-breach")
        .timeLimit(TimeLimit.of(72, TimeLimitUnit.HOURS));
  }

  static Obligation.Builder monthlyRiskReview() {
    return Obligation.builder()
        .id("risk-review")
        .title("Review the joint risk register")
        .regulation("ISO27001")
        .citation("6.1.2")
        .ownerRole("program-manager")
        .recurrence("FREQ=MONTHLY;BYMONTHDAY=1")
        .leadTime(Period.ofDays(5));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FREQ=MONTHLY",
        "RRULE:FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=15",
        "INTERVAL=6;FREQ=MONTHLY",
        "FREQ=WEEKLY;BYDAY=MO,TU;COUNT=10"
      })
  void acceptsRecurrenceRules(String rule) {
    assertThat(
            Obligation.builder()
                .id("o")
                .title("O")
                .regulation("R")
                .citation("c")
                .ownerRole("r")
                .recurrence(rule)
                .build()
                .recurrence())
        .contains(rule);
  }

  @Test
  void isScheduledOrEventDriven() {
    assertThat(breachNotification().build().trigger()).contains("personal-data-breach");
    assertThat(monthlyRiskReview().build().leadTime()).contains(Period.ofDays(5));
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(breachNotification().build(), breachNotification().build())
        .addEqualityGroup(monthlyRiskReview().build())
        .addEqualityGroup(breachNotification().leadTime(Period.ofDays(1)).build())
        .testEquals();
  }

  @Test
  void rejectsBadInput() {
    rejects(
        () -> breachNotification().recurrence("FREQ=DAILY").build(),
        "Invalid governance data: recurrence = 'FREQ=DAILY, trigger personal-data-breach': expected"
            + " exactly one of recurrence and trigger");
    rejects(
        () ->
            Obligation.builder()
                .id("o")
                .title("O")
                .regulation("R")
                .citation("c")
                .ownerRole("r")
                .build(),
        "Invalid governance data: recurrence = '<missing>, trigger <missing>': expected exactly one"
            + " of recurrence and trigger");
    rejects(
        () ->
            Obligation.builder()
                .id("o")
                .title("O")
                .regulation("R")
                .citation("c")
                .ownerRole("r")
                .recurrence("every month")
                .build(),
        "Invalid governance data: recurrence = 'every month': expected an RFC 5545 RRULE such as"
            + " FREQ=MONTHLY;BYMONTHDAY=1");
    rejects(
        () ->
            Obligation.builder()
                .id("o")
                .title("O")
                .regulation("R")
                .citation("c")
                .ownerRole("r")
                .trigger("breach")
                .build(),
        "Invalid governance data: timeLimit = '<missing>': expected a time limit for an"
            + " event-driven obligation");
    rejects(
        () -> breachNotification().leadTime(Period.ofDays(-1)).build(),
        "Invalid governance data: leadTime = P-1D: expected a period >= 0");
    rejects(
        () -> breachNotification().build().withCitation(""),
        "Invalid governance data: citation = '': expected a non-blank text");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicInstanceMethods(Obligation.builder());
    ValueContract.nullTester().testAllPublicInstanceMethods(breachNotification().build());
  }
}
