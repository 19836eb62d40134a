package dev.governance.core.portfolio;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import dev.governance.core.time.ReportingPeriod;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class CostReportTest {

  private static final ReportingPeriod JAN = ReportingPeriod.month(YearMonth.of(2025, 1));
  private static final Currency EUR = Currency.getInstance("EUR");

  static CostReport.Builder january() {
    return CostReport.builder()
        .project("web")
        .period(JAN)
        .currency(EUR)
        .plannedValue(new BigDecimal("120000"))
        .earnedValue(new BigDecimal("100000"))
        .actualCost(new BigDecimal("110000.50"));
  }

  @Test
  void holdsThePeriodsEarnedValueFigures() {
    CostReport r = january().build();
    assertThat(r.project()).isEqualTo("web");
    assertThat(r.period()).isEqualTo(JAN);
    assertThat(r.currency()).isEqualTo(EUR);
    assertThat(r.plannedValue()).isEqualByComparingTo("120000");
    assertThat(r.earnedValue()).isEqualByComparingTo("100000");
    assertThat(r.actualCost()).isEqualByComparingTo("110000.50");
  }

  @Test
  void acceptsZeroAmounts() {
    CostReport r =
        january()
            .build()
            .withPlannedValue(BigDecimal.ZERO)
            .withEarnedValue(BigDecimal.ZERO)
            .withActualCost(BigDecimal.ZERO);
    assertThat(r.actualCost()).isZero();
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(january().build(), january().build())
        .addEqualityGroup(january().build().withPeriod(JAN.next()))
        .addEqualityGroup(january().build().withCurrency(Currency.getInstance("USD")))
        .addEqualityGroup(january().build().withProject("stores"))
        .testEquals();
  }

  @Test
  void rejectsNegativeAmounts() {
    rejects(
        () -> january().build().withPlannedValue(new BigDecimal("-1")),
        "Invalid governance data: plannedValue = '-1': expected an amount >= 0");
    rejects(
        () -> january().build().withEarnedValue(new BigDecimal("-0.01")),
        "Invalid governance data: earnedValue = '-0.01': expected an amount >= 0");
    rejects(
        () -> january().build().withActualCost(new BigDecimal("-1E+3")),
        "Invalid governance data: actualCost = '-1000': expected an amount >= 0");
  }

  @Test
  void rejectsAProjectThatIsNotAnIdentifier() {
    rejects(
        () -> january().build().withProject("web shop"),
        "Invalid governance data: project = 'web shop': expected an id of 1 to 128 letters,"
            + " digits or . _ : / + - starting with a letter or digit");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicInstanceMethods(CostReport.builder());
    ValueContract.nullTester().testAllPublicInstanceMethods(january().build());
  }
}
