package dev.governance.core.kpi;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import dev.governance.core.time.ReportingPeriod;
import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ObservationTest {

  private static final ReportingPeriod JAN = ReportingPeriod.month(YearMonth.of(2025, 1));

  @Test
  void isForAPeriodOrAnInstant() {
    Observation monthly =
        Observation.builder().kpi("availability").period(JAN).value(99.96).weight(3.0).build();
    assertThat(monthly.period()).isEqualTo(JAN);
    assertThat(monthly.at()).isNull();
    assertThat(monthly.weight()).isEqualTo(3.0);
    Observation incident =
        Observation.builder()
            .kpi("mttr")
            .at(Instant.parse("2025-01-05T10:00:00Z"))
            .value(45)
            .build();
    assertThat(incident.at()).isEqualTo(Instant.parse("2025-01-05T10:00:00Z"));
    assertThat(incident.period()).isNull();
    assertThat(incident.weight()).as("unweighted observations count equally").isEqualTo(1.0);
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            Observation.builder().kpi("a").period(JAN).value(1).build(),
            Observation.builder().kpi("a").period(JAN).value(1).build())
        .addEqualityGroup(Observation.builder().kpi("a").period(JAN.next()).value(1).build())
        .addEqualityGroup(Observation.builder().kpi("a").period(JAN).value(2).build())
        .testEquals();
  }

  @Test
  void rejectsBadInput() {
    rejects(
        () -> Observation.builder().kpi("a").value(1).build(),
        "Invalid governance data: period = '<missing>, at <missing>': expected exactly one of"
            + " period and at");
    rejects(
        () ->
            Observation.builder()
                .kpi("a")
                .period(JAN)
                .at(Instant.parse("2025-01-05T10:00:00Z"))
                .value(1)
                .build(),
        "Invalid governance data: period = '2025-01, at 2025-01-05T10:00:00Z': expected exactly one"
            + " of period and at");
    rejects(
        () -> Observation.builder().kpi("a").period(JAN).value(Double.NaN).build(),
        "Invalid governance data: value = NaN: expected a finite number");
    rejects(
        () -> Observation.builder().kpi("a").period(JAN).value(1).weight(-1).build(),
        "Invalid governance data: weight = -1.0: expected a finite number >= 0");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicInstanceMethods(Observation.builder());
    ValueContract.nullTester()
        .testAllPublicInstanceMethods(Observation.builder().kpi("a").period(JAN).value(1).build());
  }
}
