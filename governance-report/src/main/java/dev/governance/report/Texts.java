package dev.governance.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Pattern;

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
   * locale: what {@code String.format(Locale.ROOT, "%.<decimals>f", value)} writes, less its
   * trailing zeros and point, and {@code 0} for a negative value that rounds to zero.
   *
   * <p>Why not {@code String.format} and two regular expressions, as before: each call parsed the
   * format and compiled both expressions, which made this a hot spot of the dashboard benchmark and
   * the first call of a command a cold {@link java.util.Formatter}. {@code %.Nf} rounds the
   * shortest decimal digits that {@link Double#toString} gives (as {@link BigDecimal#valueOf} reads
   * them) half up at the {@code N}-th decimal, which is what this computes; {@code TextsTest}
   * checks the two agree on 300,000 random values of every magnitude.
   *
   * @param value the number; NaN and the infinities are written as {@link Double#toString} does
   * @param decimals the most decimals, from 0
   * @return the text
   * @throws IllegalArgumentException if {@code decimals} is negative, naming it
   */
  public static String number(double value, int decimals) {
    if (decimals < 0) {
      throw new IllegalArgumentException(
          "decimals is " + decimals + "; expected a number of decimals from 0");
    }
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    String text =
        BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    int end = text.length();
    if (decimals > 0) {
      while (text.charAt(end - 1) == '0') {
        end--;
      }
      if (text.charAt(end - 1) == '.') {
        end--;
      }
    }
    // a BigDecimal has no negative zero: -0.001 rounds to 0.00, as %.2f's -0.00 is shown
    return text.substring(0, end);
  }

  private static final Pattern NUMBER =
      Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?%?");

  /**
   * Returns whether a spreadsheet would read {@code cell}, typed or imported as it is, as a formula
   * rather than as text: it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
   * carriage return, has more after it, and is not a number ({@code -3.5}, {@code +12%}). The CSV
   * and XLSX exports write such a cell with a leading {@code '}, as the OWASP guidance on CSV
   * injection advises (https://owasp.org/www-community/attacks/CSV_Injection).
   *
   * @param cell a cell's text
   * @return whether it must be neutralised before a spreadsheet opens it
   */
  public static boolean formulaLike(String cell) {
    return cell.length() > 1
        && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0
        && !NUMBER.matcher(cell).matches();
  }

  /** What every renderer writes for a NUL or an unpaired surrogate: the replacement character. */
  public static final char REPLACEMENT = '\uFFFD';

  /**
   * Returns {@code text} as well-formed Unicode: every NUL and every unpaired surrogate replaced by
   * {@link #REPLACEMENT}, U+FFFD. A model read from JSON never holds them (the loader rejects
   * them), but one built in code may, and UTF-8 cannot encode an unpaired surrogate; every renderer
   * writes user text through this, so all formats show the same character where they were.
   *
   * @param text any text
   * @return the text with NULs and unpaired surrogates replaced; {@code text} itself when it has
   *     none
   */
  public static String wellFormed(String text) {
    int bad = firstIllFormed(text);
    if (bad < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length()).append(text, 0, bad);
    for (int i = bad; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else {
        out.append(c == 0 || Character.isSurrogate(c) ? REPLACEMENT : c);
      }
    }
    return out.toString();
  }

  /** Returns the index of the first NUL or unpaired surrogate of {@code text}, or -1. */
  private static int firstIllFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (c == 0 || Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Returns {@code text} {@linkplain #wellFormed well-formed}, with the control characters a reader
   * cannot see but a terminal obeys (escape, bell, backspace, delete, C1 controls, ...) written as
   * {@code \u001b}-style escapes; tabs and line breaks stay. This is what the formats for people
   * (HTML, Markdown, iCalendar) show of user text.
   *
   * @param text any text
   * @return the text with its invisible control characters made visible
   */
  public static String visible(String text) {
    return escaped(text, false);
  }

  /**
   * Returns {@code text} {@linkplain #wellFormed well-formed}, with control characters escaped
   * ({@code \n}, {@code \u0007}, ...), so that user text prints on one line of a terminal or a text
   * report and cannot move the cursor.
   *
   * @param text any text
   * @return the text on one line
   */
  public static String oneLine(String text) {
    return escaped(text, true);
  }

  private static String escaped(String text, boolean oneLine) {
    String wellFormed = wellFormed(text);
    StringBuilder out = new StringBuilder(wellFormed.length());
    wellFormed
        .codePoints()
        .forEach(
            c -> {
              if (c == '\n' || c == '\r' || c == '\t') {
                if (oneLine) {
                  out.append(c == '\n' ? "\\n" : c == '\r' ? "\\r" : "\\t");
                } else {
                  out.append((char) c);
                }
              } else if (Character.isISOControl(c) || (oneLine && (c == 0x2028 || c == 0x2029))) {
                out.append(String.format(Locale.ROOT, "\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }
}
