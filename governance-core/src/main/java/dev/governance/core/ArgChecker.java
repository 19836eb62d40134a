package dev.governance.core;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Argument checks that return the checked value, so that factories and {@code @Value.Check} methods
 * stay one line per rule. Each check throws {@link GovernanceValidationException} naming the field,
 * the value and what was expected.
 */
public final class ArgChecker {

  /**
   * The form of every identifier in the model: 1 to 128 characters (code points), letters and
   * decimal digits of any script, the marks that belong to them (accents, vowel signs) and {@code .
   * _ : / + -}, starting with a letter or digit. So ids made from names in any language ({@code
   * 项目经理}, {@code руководитель}, {@code परियोजना-प्रबंधक}) are ids; white space, control and format
   * characters, punctuation and symbols are not.
   */
  public static final Pattern ID =
      Pattern.compile("[\\p{L}\\p{Nd}][\\p{L}\\p{M}\\p{Nd}._:/+-]{0,127}");

  /** The most characters (code points) of an identifier. */
  public static final int MOST_ID_CHARACTERS = 128;

  private static final String ID_EXPECTED =
      "an id of 1 to 128 letters, digits or . _ : / + - starting with a letter or digit";

  private ArgChecker() {}

  /**
   * Checks that {@code value} is an identifier matching {@link #ID}.
   *
   * @param value the identifier
   * @param field the field name used in the message
   * @return {@code value}
   * @throws GovernanceValidationException if it does not match
   */
  @CanIgnoreReturnValue
  public static String identifier(String value, String field) {
    check(isIdentifier(value), field, value, ID_EXPECTED);
    return value;
  }

  /**
   * Returns whether {@code value} matches {@link #ID}, by a loop over its characters: every id of
   * every value is checked, and the loop is several times faster than the regular expression it
   * equals (a property test compares the two). ASCII characters, which most ids are made of, are
   * decided without looking up their Unicode category.
   */
  static boolean isIdentifier(String value) {
    int length = value.length();
    if (length == 0) {
      return false;
    }
    int count = 0;
    for (int i = 0; i < length; count++) {
      int c = value.codePointAt(i);
      boolean allowed =
          count == 0
              ? isLetterOrDigit(c)
              : isLetterOrDigit(c)
                  || c == '.'
                  || c == '_'
                  || c == ':'
                  || c == '/'
                  || c == '+'
                  || c == '-'
                  || c >= 0x80 && isMark(c);
      if (!allowed || count == MOST_ID_CHARACTERS) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  private static boolean isLetterOrDigit(int c) {
    return c < 0x80
        ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        : Character.isLetter(c) || Character.isDigit(c);
  }

  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /**
   * Checks that {@code value} has at least one character that is not white space.
   *
   * @param value the text, such as a name or title
   * @param field the field name used in the message
   * @return {@code value}
   * @throws GovernanceValidationException if it is empty or blank
   */
  @CanIgnoreReturnValue
  public static String notBlank(String value, String field) {
    check(!value.isBlank(), field, value, "a non-blank text");
    return value;
  }

  /**
   * Checks that {@code value} is a finite number (not NaN, not infinite).
   *
   * @param value the number
   * @param field the field name used in the message
   * @return {@code value}
   * @throws GovernanceValidationException if it is NaN or infinite
   */
  @CanIgnoreReturnValue
  public static double finite(double value, String field) {
    check(Double.isFinite(value), field, value, "a finite number");
    return value;
  }

  /**
   * Checks that {@code value} is finite and not below zero.
   *
   * @param value the number
   * @param field the field name used in the message
   * @return {@code value}
   * @throws GovernanceValidationException if it is negative, NaN or infinite
   */
  @CanIgnoreReturnValue
  public static double notNegative(double value, String field) {
    check(Double.isFinite(value) && value >= 0, field, value, "a finite number >= 0");
    return value;
  }

  /**
   * Checks that {@code value} is not below zero.
   *
   * @param value the count
   * @param field the field name used in the message
   * @return {@code value}
   * @throws GovernanceValidationException if it is negative
   */
  @CanIgnoreReturnValue
  public static int notNegative(int value, String field) {
    check(value >= 0, field, value, "an integer >= 0");
    return value;
  }

  /**
   * Checks that {@code value} lies in the closed range {@code [min, max]}.
   *
   * @param value the number
   * @param min the smallest accepted value
   * @param max the largest accepted value
   * @param field the field name used in the message
   * @return {@code value}
   * @throws GovernanceValidationException if it is outside the range or NaN
   */
  @CanIgnoreReturnValue
  public static double inRange(double value, double min, double max, String field) {
    check(
        value >= min && value <= max,
        field,
        value,
        "a number from " + plain(min) + " to " + plain(max));
    return value;
  }

  /**
   * Checks that {@code value} lies in the closed range {@code [min, max]}.
   *
   * @param value the number
   * @param min the smallest accepted value
   * @param max the largest accepted value
   * @param field the field name used in the message
   * @return {@code value}
   * @throws GovernanceValidationException if it is outside the range
   */
  @CanIgnoreReturnValue
  public static int inRange(int value, int min, int max, String field) {
    check(value >= min && value <= max, field, value, "an integer from " + min + " to " + max);
    return value;
  }

  /**
   * Checks that {@code value} is at least one.
   *
   * @param value the count
   * @param field the field name used in the message
   * @return {@code value}
   * @throws GovernanceValidationException if it is zero or negative
   */
  @CanIgnoreReturnValue
  public static int positive(int value, String field) {
    check(value > 0, field, value, "an integer >= 1");
    return value;
  }

  /**
   * Checks that every element of {@code values} is an identifier and that none occurs twice.
   *
   * @param values the ids, such as the project ids of a program
   * @param field the field name used in the message
   * @return {@code values}
   * @throws GovernanceValidationException naming the index of the first bad or repeated id
   */
  @CanIgnoreReturnValue
  public static List<String> identifiers(List<String> values, String field) {
    for (int i = 0; i < values.size(); i++) {
      identifier(values.get(i), field + "[" + i + "]");
    }
    return noDuplicates(values, field);
  }

  /**
   * Checks that no element occurs twice in {@code values}.
   *
   * @param values the list, such as the project ids of a program
   * @param field the field name used in the message
   * @param <T> the element type
   * @return {@code values}
   * @throws GovernanceValidationException naming the first repeated element and its index
   */
  @CanIgnoreReturnValue
  public static <T> List<T> noDuplicates(List<T> values, String field) {
    Objects.requireNonNull(field, "field");
    Set<T> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      T value = values.get(i);
      check(seen.add(value), field + "[" + i + "]", value, "no repeated entries");
    }
    return values;
  }

  /**
   * Throws unless {@code condition} holds.
   *
   * @param condition what must be true
   * @param field the field name used in the message
   * @param value the value that was checked, shown in the message
   * @param expected what would have been accepted, in plain English
   * @throws GovernanceValidationException if {@code condition} is false
   */
  public static void check(boolean condition, String field, Object value, String expected) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(expected, "expected");
    if (!condition) {
      throw GovernanceValidationException.of(field, value, expected);
    }
  }

  private static String plain(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }
}
