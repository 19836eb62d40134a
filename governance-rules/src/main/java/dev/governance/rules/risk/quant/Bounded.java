package dev.governance.rules.risk.quant;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.finite;

/** The checks of a distribution given as minimum, most likely and maximum, or as an interval. */
final class Bounded {

  private Bounded() {}

  /** Checks that {@code min < max}, both finite, naming the distribution's {@code max}. */
  static void interval(String distribution, double min, double max) {
    finite(min, distribution + ".min");
    finite(max, distribution + ".max");
    check(min < max, distribution + ".max", max, "a maximum above the minimum " + min);
  }

  /** Checks an interval and a most likely value within it. */
  static void estimate(String distribution, double min, double mode, double max) {
    interval(distribution, min, max);
    check(
        mode >= min && mode <= max,
        distribution + ".mode",
        mode,
        "a most likely value within [" + min + ", " + max + "]");
  }
}
