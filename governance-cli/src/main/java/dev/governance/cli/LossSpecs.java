package dev.governance.cli;

import dev.governance.core.GovernanceValidationException;
import dev.governance.rules.risk.quant.Distribution;
import dev.governance.rules.risk.quant.Frequency;
import java.util.Arrays;

/**
 * The command line's forms of loss frequencies and magnitudes: {@code poisson:2}, {@code
 * lognormal90:1e4,2e5}.
 */
final class LossSpecs {

  private LossSpecs() {}

  /** Returns the frequency written {@code poisson:RATE} or {@code probability:P}. */
  static Frequency frequency(String text) {
    String[] parts = split(text, "frequency", "poisson:RATE or probability:P");
    double[] numbers = numbers(parts[1], 1, "frequency", text, "poisson:RATE or probability:P");
    switch (parts[0]) {
      case "poisson":
        return Frequency.poisson(numbers[0]);
      case "probability":
        return Frequency.annualProbability(numbers[0]);
      default:
        throw GovernanceValidationException.of("frequency", text, "poisson:RATE or probability:P");
    }
  }

  /** Returns the magnitude written {@code lognormal90:LOW,HIGH} or {@code pert:MIN,MODE,MAX}. */
  static Distribution magnitude(String text) {
    String expected = "lognormal90:LOW,HIGH or pert:MIN,MODE,MAX";
    String[] parts = split(text, "magnitude", expected);
    switch (parts[0]) {
      case "lognormal90":
        {
          double[] n = numbers(parts[1], 2, "magnitude", text, expected);
          return Distribution.lognormal90(n[0], n[1]);
        }
      case "pert":
        {
          double[] n = numbers(parts[1], 3, "magnitude", text, expected);
          return Distribution.pert(n[0], n[1], n[2]);
        }
      default:
        throw GovernanceValidationException.of("magnitude", text, expected);
    }
  }

  private static String[] split(String text, String field, String expected) {
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw GovernanceValidationException.of(field, text, expected);
    }
    return new String[] {text.substring(0, colon).trim(), text.substring(colon + 1)};
  }

  private static double[] numbers(
      String list, int count, String field, String text, String expected) {
    try {
      double[] numbers =
          Arrays.stream(list.split(",", -1))
              .map(String::trim)
              .mapToDouble(Double::parseDouble)
              .toArray();
      if (numbers.length == count) {
        return numbers;
      }
    } catch (NumberFormatException e) {
      // reported below, with what was expected
    }
    throw GovernanceValidationException.of(field, text, expected);
  }
}
