package dev.governance.report;

import java.util.Locale;

/** The words and number formats every renderer shares, so that they all say the same. */
public final class Texts {

  private Texts() {}

  /** Returns the status word of a tone: {@code OK}, {@code Attention}, {@code Critical}, ... */
  public static String status(Tone tone) {
    switch (tone) {
      case GOOD:
        return "OK";
      case WARNING:
        return "Attention";
      case CRITICAL:
        return "Critical";
      case MISSING:
        return "No data";
      default:
        return "-";
    }
  }

  /**
   * Returns {@code value} with at most {@code decimals} decimals, trailing zeros removed, in root
   * locale.
   */
  public static String number(double value, int decimals) {
    String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
    if (text.contains(".")) {
      text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return text.equals("-0") ? "0" : text;
  }
}
