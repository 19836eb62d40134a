package dev.governance.core.money;

import dev.governance.core.GovernanceValidationException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * An exact amount of money in one currency, such as a program budget of 45,000,000 EUR.
 *
 * <p>The amount is a {@link BigDecimal}, never a floating-point number. Equality is by value:
 * {@code 1.50 EUR} equals {@code 1.5 EUR} (trailing zeros are not significant), and amounts are
 * never rounded. Arithmetic between different currencies is rejected.
 */
@Value.Immutable
// Immutables pattern: the generated final Money is the only subclass, so this is its own type
@SuppressWarnings("ComparableType")
abstract class AbstractMoney implements Comparable<Money> {

  /** Returns the exact amount, without trailing zeros. */
  @Value.Parameter
  public abstract BigDecimal amount();

  /** Returns the currency. */
  @Value.Parameter
  public abstract Currency currency();

  /**
   * Returns money from an amount in text and an ISO 4217 currency code.
   *
   * @param amount the amount, such as {@code "45000000"} or {@code "-12.50"}
   * @param currencyCode the currency, such as {@code "EUR"}
   * @return the money
   * @throws GovernanceValidationException if the amount is not a decimal number or the code is not
   *     an ISO 4217 currency
   */
  public static Money parse(String amount, String currencyCode) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currencyCode, "currencyCode");
    BigDecimal value;
    try {
      value = new BigDecimal(amount.trim());
    } catch (NumberFormatException e) {
      throw GovernanceValidationException.of("amount", amount, "a decimal number such as 1250.50");
    }
    Currency currency;
    try {
      currency = Currency.getInstance(currencyCode);
    } catch (IllegalArgumentException e) {
      throw GovernanceValidationException.of(
          "currency", currencyCode, "an ISO 4217 currency code such as EUR or USD");
    }
    return Money.of(value, currency);
  }

  /**
   * Returns the sum of this and {@code other}.
   *
   * @param other money in the same currency
   * @return the exact sum
   * @throws GovernanceValidationException if the currencies differ
   */
  public Money plus(Money other) {
    return Money.of(amount().add(sameCurrency(other).amount()), currency());
  }

  /**
   * Returns this minus {@code other}.
   *
   * @param other money in the same currency
   * @return the exact difference
   * @throws GovernanceValidationException if the currencies differ
   */
  public Money minus(Money other) {
    return Money.of(amount().subtract(sameCurrency(other).amount()), currency());
  }

  /**
   * Returns this amount multiplied by {@code factor}, exactly.
   *
   * @param factor the factor, such as a share of a budget
   * @return the exact product
   */
  public Money times(BigDecimal factor) {
    return Money.of(amount().multiply(factor), currency());
  }

  /** Returns whether the amount is below zero. */
  public boolean isNegative() {
    return amount().signum() < 0;
  }

  /**
   * Compares amounts of the same currency.
   *
   * @throws GovernanceValidationException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    return amount().compareTo(sameCurrency(other).amount());
  }

  /** Returns the amount in plain notation and the currency code, such as {@code 45000000 EUR}. */
  @Override
  public String toString() {
    return amount().toPlainString() + " " + currency().getCurrencyCode();
  }

  @Value.Check
  protected AbstractMoney normalize() {
    BigDecimal stripped = amount().stripTrailingZeros();
    if (stripped.equals(amount())) {
      return this;
    }
    return Money.of(stripped, currency());
  }

  private Money sameCurrency(Money other) {
    if (!other.currency().equals(currency())) {
      throw GovernanceValidationException.of(
          "other.currency", other.currency().getCurrencyCode(), currency().getCurrencyCode());
    }
    return other;
  }
}
