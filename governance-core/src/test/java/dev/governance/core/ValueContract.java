package dev.governance.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import dev.governance.core.money.Money;
import dev.governance.core.raci.RaciCell;
import dev.governance.core.raci.RaciScheme;
import dev.governance.core.time.ReportingPeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Shared checks of the value-type contract: null rejection and bad-input messages. */
public final class ValueContract {

  private ValueContract() {}

  /** Returns a null tester that knows a usable default of every domain parameter type. */
  public static NullPointerTester nullTester() {
    return new NullPointerTester()
        .setDefault(Currency.class, Currency.getInstance("EUR"))
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(LocalDate.class, LocalDate.of(2026, 1, 1))
        .setDefault(YearMonth.class, YearMonth.of(2026, 1))
        .setDefault(Instant.class, Instant.parse("2026-01-01T00:00:00Z"))
        .setDefault(ZoneId.class, ZoneId.of("UTC"))
        .setDefault(Period.class, Period.ofDays(1))
        .setDefault(Money.class, Money.parse("1", "EUR"))
        .setDefault(ReportingPeriod.class, ReportingPeriod.month(YearMonth.of(2026, 1)))
        .setDefault(RaciCell.class, RaciCell.parse("R"))
        .setDefault(RaciScheme.class, RaciScheme.RACI)
        .setDefault(String.class, "x");
  }

  /**
   * Asserts that {@code call} throws {@link GovernanceValidationException} with exactly {@code
   * message}.
   */
  public static void rejects(ThrowingCallable call, String message) {
    assertThatThrownBy(call).isInstanceOf(GovernanceValidationException.class).hasMessage(message);
  }
}
