package dev.governance.core.service;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import dev.governance.core.time.ReportingPeriod;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ServiceCountTest {

  private static final ReportingPeriod JAN = ReportingPeriod.month(YearMonth.of(2025, 1));

  static ServiceCount.Builder january() {
    return ServiceCount.builder().system("commerce").period(JAN).requests(1_000_000).errors(250);
  }

  @Test
  void holdsTheRequestsAndErrorsOfAPeriod() {
    ServiceCount c = january().build();
    assertThat(c.system()).isEqualTo("commerce");
    assertThat(c.period()).isEqualTo(JAN);
    assertThat(c.requests()).isEqualTo(1_000_000L);
    assertThat(c.errors()).isEqualTo(250L);
  }

  @Test
  void acceptsTheBoundaries() {
    ServiceCount c = january().build();
    assertThat(c.withErrors(0).withRequests(0).requests()).isZero();
    assertThat(c.withErrors(1_000_000).errors()).isEqualTo(1_000_000L);
    assertThat(c.withRequests(Long.MAX_VALUE).withErrors(Long.MAX_VALUE).errors())
        .as("counts are long integers")
        .isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(january().build(), january().build())
        .addEqualityGroup(january().build().withErrors(0))
        .addEqualityGroup(january().build().withPeriod(JAN.next()))
        .testEquals();
  }

  @Test
  void rejectsNegativeRequests() {
    rejects(
        () -> january().build().withRequests(-1),
        "Invalid governance data: requests = -1: expected a count >= 0");
  }

  @Test
  void rejectsErrorsOutsideZeroToRequests() {
    rejects(
        () -> january().build().withErrors(-1),
        "Invalid governance data: errors = -1: expected a count from 0 to requests 1000000");
    rejects(
        () -> january().build().withErrors(1_000_001),
        "Invalid governance data: errors = 1000001: expected a count from 0 to requests 1000000");
    rejects(
        () -> january().build().withRequests(0),
        "Invalid governance data: errors = 250: expected a count from 0 to requests 0");
  }

  @Test
  void rejectsASystemThatIsNotAnIdentifier() {
    rejects(
        () -> january().build().withSystem("the shop"),
        "Invalid governance data: system = 'the shop': expected an id of 1 to 128 letters, digits"
            + " or . _ : / + - starting with a letter or digit");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicInstanceMethods(ServiceCount.builder());
    ValueContract.nullTester().testAllPublicInstanceMethods(january().build());
  }
}
