package dev.governance.rules.kpi;

import java.math.BigDecimal;
import java.time.Duration;

/** Numbers for formulas: the shortest decimal text, no exponent; durations in seconds. */
final class Numbers {

  private Numbers() {}

  /** Returns the shortest decimal text of {@code value}, without an exponent. */
  static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** Returns a duration in seconds, with its fraction. */
  static double seconds(Duration duration) {
    return duration.getSeconds() + duration.getNano() / 1e9;
  }
}
