package dev.governance.rules.kpi;

import java.math.BigDecimal;

/** Number formatting for formulas: the shortest decimal text, no exponent. */
final class Numbers {

  private Numbers() {}

  static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
