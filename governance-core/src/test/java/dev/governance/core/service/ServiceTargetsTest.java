package dev.governance.core.service;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import org.junit.jupiter.api.Test;

class ServiceTargetsTest {

  static ServiceTargets.Builder sla() {
    return ServiceTargets.builder().availability(99.95);
  }

  @Test
  void holdsItsTargetsOverAThirtyDayWindowByDefault() {
    ServiceTargets targets = sla().mttrMinutes(240.0).errorRate(0.1).build();
    assertThat(targets.availability()).contains(99.95);
    assertThat(targets.mttrMinutes()).contains(240.0);
    assertThat(targets.errorRate()).contains(0.1);
    assertThat(targets.windowDays()).isEqualTo(30);
    assertThat(sla().windowDays(7).build().windowDays()).isEqualTo(7);
  }

  @Test
  void oneTargetIsEnough() {
    assertThat(ServiceTargets.builder().availability(99.9).build().mttrMinutes()).isEmpty();
    assertThat(ServiceTargets.builder().mttrMinutes(60.0).build().availability()).isEmpty();
    assertThat(ServiceTargets.builder().errorRate(1.0).build().errorRate()).contains(1.0);
  }

  @Test
  void acceptsTheWindowBoundaries() {
    assertThat(sla().windowDays(1).build().windowDays()).isEqualTo(1);
    assertThat(sla().windowDays(366).build().windowDays()).isEqualTo(366);
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(sla().build(), sla().windowDays(30).build())
        .addEqualityGroup(sla().windowDays(28).build())
        .addEqualityGroup(sla().errorRate(0.5).build())
        .addEqualityGroup(ServiceTargets.builder().availability(99.9).build())
        .testEquals();
  }

  @Test
  void requiresAtLeastOneTarget() {
    rejects(
        () -> ServiceTargets.builder().build(),
        "Invalid governance data: availability = '<missing>': expected at least one of"
            + " availability, mttrMinutes and errorRate");
    rejects(
        () -> ServiceTargets.builder().windowDays(7).build(),
        "Invalid governance data: availability = '<missing>': expected at least one of"
            + " availability, mttrMinutes and errorRate");
  }

  @Test
  void rejectsPercentagesOutsideZeroToHundredExclusive() {
    rejects(
        () -> ServiceTargets.builder().availability(0.0).build(),
        "Invalid governance data: availability = 0.0: expected a percentage above 0 and below 100");
    rejects(
        () -> ServiceTargets.builder().availability(100.0).build(),
        "Invalid governance data: availability = 100.0: expected a percentage above 0 and below"
            + " 100");
    rejects(
        () -> ServiceTargets.builder().availability(Double.NaN).build(),
        "Invalid governance data: availability = NaN: expected a percentage above 0 and below 100");
    rejects(
        () -> ServiceTargets.builder().errorRate(-0.5).build(),
        "Invalid governance data: errorRate = -0.5: expected a percentage above 0 and below 100");
    rejects(
        () -> ServiceTargets.builder().errorRate(100.0).build(),
        "Invalid governance data: errorRate = 100.0: expected a percentage above 0 and below 100");
  }

  @Test
  void rejectsAnMttrThatIsNotAPositiveFiniteNumber() {
    rejects(
        () -> ServiceTargets.builder().mttrMinutes(0.0).build(),
        "Invalid governance data: mttrMinutes = 0.0: expected a finite number of minutes > 0");
    rejects(
        () -> ServiceTargets.builder().mttrMinutes(-1.0).build(),
        "Invalid governance data: mttrMinutes = -1.0: expected a finite number of minutes > 0");
    rejects(
        () -> ServiceTargets.builder().mttrMinutes(Double.POSITIVE_INFINITY).build(),
        "Invalid governance data: mttrMinutes = Infinity: expected a finite number of minutes > 0");
    rejects(
        () -> ServiceTargets.builder().mttrMinutes(Double.NaN).build(),
        "Invalid governance data: mttrMinutes = NaN: expected a finite number of minutes > 0");
  }

  @Test
  void rejectsAWindowOutsideOneTo366Days() {
    rejects(
        () -> sla().windowDays(0).build(),
        "Invalid governance data: windowDays = 0: expected an integer from 1 to 366");
    rejects(
        () -> sla().windowDays(367).build(),
        "Invalid governance data: windowDays = 367: expected an integer from 1 to 366");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicInstanceMethods(ServiceTargets.builder());
    ValueContract.nullTester().testAllPublicInstanceMethods(sla().build());
  }
}
