package dev.governance.report.sheet;

import dev.governance.report.Texts;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The names of one workbook's sheets, each valid for Excel and unique in the workbook: at most
 * {@value #MOST_CHARACTERS} characters, none of {@code [ ] : * ? / \} (each written as {@code -}),
 * no control character (written as a space), not starting or ending with {@code '}, not blank and
 * not {@code History} (a name Excel keeps for itself); a name another sheet has, in any case, gets
 * {@code (2)}, {@code (3)}, ... within the limit. Excel states these rules in "Rename a worksheet"
 * (support.microsoft.com) and ECMA-376 Part 1, 18.2.19 (sheet).
 */
final class SheetNames {

  /** The most characters (UTF-16 code units) of a sheet name. */
  static final int MOST_CHARACTERS = 31;

  private final Set<String> taken = new HashSet<>();

  /**
   * Returns a name for a new sheet, as near to {@code wanted} as the rules allow, and takes it.
   *
   * @param wanted the name wanted, any text
   * @return a valid name no earlier sheet of this workbook has
   */
  String take(String wanted) {
    String base = valid(wanted);
    String name = base;
    for (int n = 2; !taken.add(key(name)); n++) {
      String suffix = " (" + n + ")";
      name = cut(base, MOST_CHARACTERS - suffix.length()).strip() + suffix;
    }
    return name;
  }

  /** Returns {@code wanted} made a valid sheet name, taken or not. */
  static String valid(String wanted) {
    StringBuilder name = new StringBuilder();
    Texts.wellFormed(wanted)
        .codePoints()
        .forEach(
            c -> {
              if ("[]:*?/\\".indexOf(c) >= 0) {
                name.append('-');
              } else if (Character.isISOControl(c) || c == 0xFFFE || c == 0xFFFF) {
                name.append(' ');
              } else {
                name.appendCodePoint(c);
              }
            });
    String text = trimmed(name.toString());
    text = trimmed(cut(text, MOST_CHARACTERS));
    if (text.isEmpty()) {
      return "Sheet";
    }
    return text.equalsIgnoreCase("History") ? "History sheet" : text;
  }

  /** Returns {@code text} without spaces and apostrophes at either end. */
  private static String trimmed(String text) {
    int from = 0;
    int to = text.length();
    while (from < to && (text.charAt(from) == '\'' || Character.isWhitespace(text.charAt(from)))) {
      from++;
    }
    while (to > from
        && (text.charAt(to - 1) == '\'' || Character.isWhitespace(text.charAt(to - 1)))) {
      to--;
    }
    return text.substring(from, to);
  }

  /** Returns at most {@code most} UTF-16 units of {@code text}, never half a surrogate pair. */
  static String cut(String text, int most) {
    if (text.length() <= most) {
      return text;
    }
    int end = Character.isLowSurrogate(text.charAt(most)) ? most - 1 : most;
    return text.substring(0, end);
  }

  /** Sheet names are unique regardless of case, as Excel compares them. */
  private static String key(String name) {
    return name.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }
}
