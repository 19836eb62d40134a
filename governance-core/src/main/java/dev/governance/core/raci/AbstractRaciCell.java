package dev.governance.core.raci;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.noDuplicates;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The letters in one cell of a responsibility matrix, such as {@code A/R}. Any upper-case letter is
 * valid here; whether the matrix's scheme defines it is for the RACI engine to judge (a finding,
 * not an exception).
 */
@Value.Immutable
abstract class AbstractRaciCell {

  /** Returns the letters in the order given; upper case, none repeated, at least one. */
  @Value.Parameter
  public abstract ImmutableList<Character> letters();

  /**
   * Parses a cell as people type it in spreadsheets: {@code "A"}, {@code "A/R"}, {@code "a, r"},
   * {@code "AR"}. Letters may be in either case and separated by {@code /}, {@code ,}, {@code +} or
   * spaces.
   *
   * @param text the cell's text
   * @return the cell
   * @throws dev.governance.core.GovernanceValidationException if the text has no letter, a
   *     character that is neither a letter nor a separator, or a repeated letter
   */
  public static RaciCell parse(String text) {
    ImmutableList.Builder<Character> letters = ImmutableList.builder();
    for (char c : text.toCharArray()) {
      if (c == '/' || c == ',' || c == '+' || Character.isWhitespace(c)) {
        continue;
      }
      check(
          c < 128 && Character.isLetter(c),
          "cell",
          text,
          "letters A-Z, optionally separated by / , + or spaces");
      letters.add(Character.toUpperCase(c));
    }
    return RaciCell.of(letters.build());
  }

  /**
   * Returns whether the cell holds {@code letter}.
   *
   * @param letter an upper-case letter
   * @return true if present
   */
  public boolean contains(char letter) {
    return letters().contains(letter);
  }

  /**
   * Returns the letters as a bit set, bit 0 for {@code A} up to bit 25 for {@code Z}, so that
   * engines can test a cell's letters without iterating them.
   */
  @Value.Derived
  @Value.Auxiliary
  public int letterMask() {
    int mask = 0;
    for (char letter : letters()) {
      mask |= 1 << (letter - 'A');
    }
    return mask;
  }

  /** Returns the letters joined by {@code /}, such as {@code A/R}. */
  @Override
  public String toString() {
    return letters().stream().map(String::valueOf).collect(Collectors.joining("/"));
  }

  static void checkLetter(char letter) {
    check(letter >= 'A' && letter <= 'Z', "letter", letter, "an upper-case letter A-Z");
  }

  @Value.Check
  protected void validate() {
    check(!letters().isEmpty(), "letters", letters(), "at least one letter");
    letters().forEach(AbstractRaciCell::checkLetter);
    noDuplicates(letters(), "letters");
  }
}
