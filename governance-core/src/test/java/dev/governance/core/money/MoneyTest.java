package dev.governance.core.money;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

  private static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void trailingZerosAreNotSignificant() {
    new EqualsTester()
        .addEqualityGroup(
            Money.parse("1.50", "EUR"),
            Money.parse("1.5", "EUR"),
            Money.of(new BigDecimal("1.500"), EUR))
        .addEqualityGroup(Money.parse("1.5", "USD"))
        .addEqualityGroup(Money.parse("-1.5", "EUR"))
        .testEquals();
  }

  @Test
  void arithmeticIsExact() {
    Money budget = Money.parse("45000000", "EUR");
    Money actual = budget.times(new BigDecimal("0.97"));
    assertThat(actual).isEqualTo(Money.parse("43650000", "EUR"));
    assertThat(budget.minus(actual)).isEqualTo(Money.parse("1350000", "EUR"));
    assertThat(Money.parse("0.1", "EUR").plus(Money.parse("0.2", "EUR")))
        .isEqualTo(Money.parse("0.3", "EUR"));
    assertThat(Money.parse("1", "EUR").minus(Money.parse("2", "EUR")).isNegative()).isTrue();
    assertThat(budget.compareTo(actual)).isPositive();
    assertThat(Money.parse("0", "EUR").isNegative()).isFalse();
  }

  @Test
  void printsPlainAmountAndCode() {
    assertThat(Money.parse("45000000.00", "EUR")).hasToString("45000000 EUR");
    assertThat(Money.parse("-12.50", "USD")).hasToString("-12.5 USD");
  }

  @Test
  void rejectsMixedCurrencies() {
    rejects(
        () -> Money.parse("1", "EUR").plus(Money.parse("1", "USD")),
        "Invalid governance data: other.currency = 'USD': expected EUR");
    rejects(
        () -> Money.parse("1", "EUR").compareTo(Money.parse("1", "GBP")),
        "Invalid governance data: other.currency = 'GBP': expected EUR");
  }

  @Test
  void rejectsUnparsableAmountsAndCurrencies() {
    rejects(
        () -> Money.parse("1,5", "EUR"),
        "Invalid governance data: amount = '1,5': expected a decimal number such as 1250.50");
    rejects(
        () -> Money.parse("1", "EURO"),
        "Invalid governance data: currency = 'EURO': expected an ISO 4217 currency code such as EUR"
            + " or USD");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicStaticMethods(Money.class);
    ValueContract.nullTester().testAllPublicInstanceMethods(Money.parse("1", "EUR"));
  }
}
