package dev.governance.rules.risk.cvss;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.GovernanceValidationException;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Malformed vectors for the parsers' properties: a valid vector with one character changed, deleted
 * or inserted, a metric repeated, or the end cut off.
 */
final class VectorMutations {

  private VectorMutations() {}

  /** Mutates {@code valid} by the seed, with characters from {@code alphabet}. */
  static String mutate(String valid, long seed, String alphabet) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder vector = new StringBuilder(valid);
    int at = random.nextInt(vector.length());
    switch (random.nextInt(5)) {
      case 0 -> vector.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
      case 1 -> vector.deleteCharAt(at);
      case 2 -> vector.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
      case 3 -> vector.append("/").append(vector.substring(9, 13));
      default -> vector.setLength(at);
    }
    return vector.toString();
  }

  /**
   * Asserts that a parser either rejects a mutated vector with the documented error, or (a mutation
   * may still be valid) parses it into a vector whose canonical form parses back to it.
   */
  static <V> void rejectedOrCanonical(String mutated, Function<String, V> parse) {
    try {
      V parsed = parse.apply(mutated);
      assertThat(parse.apply(parsed.toString())).isEqualTo(parsed);
    } catch (GovernanceValidationException e) {
      assertThat(e.getMessage()).startsWith("Invalid governance data: vector = ");
    }
  }
}
