package dev.governance.rules.risk.cvss;

import dev.governance.core.GovernanceValidationException;
import java.util.Arrays;

/**
 * What the CVSS v3 and v4.0 parsers share: metric abbreviations as numbers (the characters one per
 * byte, so that {@code AV} is {@code 'A' << 8 | 'V'}; parsers build the number while they scan a
 * vector and look the metric up in a {@link KeyIndex}, cutting no strings out, since this runs for
 * every metric of every vector parsed), values looked up by their character in a table ({@link
 * #ordinalsByChar}), and the error for a metric not written NAME:VALUE.
 */
final class VectorSyntax {

  private VectorSyntax() {}

  /** Returns the key of an abbreviation, or 0 when it is empty or longer than three characters. */
  static int key(String name) {
    if (name.isEmpty() || name.length() > 3) {
      return 0;
    }
    int key = 0;
    for (int i = 0; i < name.length(); i++) {
      key = key << 8 | name.charAt(i);
    }
    return key;
  }

  /** Returns the error for the metric at {@code start}, which is not written NAME:VALUE. */
  static GovernanceValidationException malformed(String vector, int start) {
    int slash = vector.indexOf('/', start);
    return GovernanceValidationException.of(
        "vector",
        vector,
        "metrics written as NAME:VALUE and separated by '/', not '"
            + vector.substring(start, slash < 0 ? vector.length() : slash)
            + "'");
  }

  /**
   * Returns a table from a character to its position in {@code codes}, -1 for a character not in
   * it; indexed by characters below 128 (callers check the bound), so that a value is found with
   * one array read instead of {@code String.indexOf}.
   */
  static byte[] ordinalsByChar(String codes) {
    byte[] ordinals = new byte[128];
    Arrays.fill(ordinals, (byte) -1);
    for (int i = 0; i < codes.length(); i++) {
      ordinals[codes.charAt(i)] = (byte) i;
    }
    return ordinals;
  }

  /**
   * A perfect hash from metric {@link #key keys} to metric ordinals: 64 slots, the slot of a key
   * the top six bits of {@code key x multiplier}, with a multiplier under which no two of the
   * metrics' keys share a slot (found by trying random odd multipliers; the constructor checks it).
   * A look-up is a multiplication, a shift and one comparison of the stored key.
   *
   * <p>Issue 23: replaces a {@code switch} over the keys, which compiles to a binary search of up
   * to five unpredictable branches per metric; with the value tables and the bitmask of metrics
   * seen, parsing went from about 48% (v3.1) and 60% (v4.0) of the time to parse and score a vector
   * to the share reported in {@code CvssBenchmark}'s note.
   */
  static final class KeyIndex {

    private static final int SLOTS = 64;

    private final int multiplier;
    private final int[] keys = new int[SLOTS];
    private final byte[] ordinals = new byte[SLOTS];

    /**
     * Indexes metrics' names by their ordinals.
     *
     * @throws IllegalStateException if two names share a slot under {@code multiplier}
     */
    KeyIndex(int multiplier, Enum<?>[] metrics) {
      this.multiplier = multiplier;
      Arrays.fill(ordinals, (byte) -1);
      for (int i = 0; i < metrics.length; i++) {
        int key = key(metrics[i].name());
        int slot = slot(key);
        if (ordinals[slot] >= 0) {
          throw new IllegalStateException(
              "metrics " + metrics[ordinals[slot]] + " and " + metrics[i] + " share a slot");
        }
        keys[slot] = key;
        ordinals[slot] = (byte) i;
      }
    }

    private int slot(int key) {
      return (key * multiplier) >>> 26;
    }

    /** Returns the ordinal of the metric whose key is {@code key}, or -1. */
    int ordinal(int key) {
      int slot = slot(key);
      return keys[slot] == key ? ordinals[slot] : -1;
    }
  }
}
