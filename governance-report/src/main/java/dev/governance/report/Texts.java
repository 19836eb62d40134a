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

  /**
   * Returns {@code text} with control characters escaped ({@code \\n}, {@code \\u0007}, ...), so
   * that user text prints on one line of a terminal or a text report and cannot move the cursor.
   *
   * @param text any text
   * @return the text on one line
   */
  public static String oneLine(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (c == '\n') {
                out.append("\\n");
              } else if (c == '\r') {
                out.append("\\r");
              } else if (c == '\t') {
                out.append("\\t");
              } else if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                out.append(String.format(Locale.ROOT, "\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }
}
