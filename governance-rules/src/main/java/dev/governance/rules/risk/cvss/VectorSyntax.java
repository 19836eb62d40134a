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

  /**
   * Returns the key of an abbreviation, or 0 (no metric's) when it is empty, longer than three
   * characters or not ASCII (a wider character would spill into the key's next byte).
   */
  static int key(String name) {
    if (name.isEmpty() || name.length() > 3) {
      return 0;
    }
    int key = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c > 0x7F) {
        return 0;
      }
      key = key << 8 | c;
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
   * A look-up is a multiplication, a shift and one comparison of the stored key. Each slot also has
   * the table of its metric's one-character values, so that a parser goes from the name's key and
   * the value's character to the value's position with reads that do not wait on one another.
   *
   * <p>Issue 23: replaces a {@code switch} over the keys (a binary search of up to five branches
   * per metric) followed by the metric's {@code String.indexOf} of the value. Measured in {@code
   * CvssBenchmark} (JMH, one fork, on a loaded 2-core machine, alternating with the former jar):
   * with the table-driven scorers, v3.1 parse and score 1.5 to 1.6 times as fast as before, v4.0
   * 1.8 to 1.9 times; parsing, about half (v3.1) and 60% (v4.0) of the time before, is now about
   * two thirds of the shorter v3.1 time (JFR).
   */
  static final class KeyIndex {

    private static final int SLOTS = 64;

    private final int multiplier;
    private final int[] keys = new int[SLOTS];
    private final byte[] ordinals = new byte[SLOTS];

    /** Per slot, 128 entries: the position of a value by its character, -1 if none. */
    private final byte[] values = new byte[SLOTS * 128];

    /**
     * Indexes metrics' names by their ordinals, with the one-character values each takes.
     *
     * @param multiplier the hash multiplier
     * @param metrics the metrics
     * @param codes per metric (by ordinal), its one-character values in order
     * @throws IllegalStateException if two names share a slot under {@code multiplier}
     */
    KeyIndex(int multiplier, Enum<?>[] metrics, String[] codes) {
      this.multiplier = multiplier;
      Arrays.fill(keys, -1);
      Arrays.fill(ordinals, (byte) -1);
      Arrays.fill(values, (byte) -1);
      for (int i = 0; i < metrics.length; i++) {
        int key = key(metrics[i].name());
        int slot = (key * multiplier) >>> 26;
        if (ordinals[slot] >= 0) {
          throw new IllegalStateException(
              "metrics " + metrics[ordinals[slot]] + " and " + metrics[i] + " share a slot");
        }
        keys[slot] = key;
        ordinals[slot] = (byte) i;
        System.arraycopy(ordinalsByChar(codes[i]), 0, values, slot * 128, 128);
      }
    }

    /** Returns the slot of the metric whose key is {@code key}, or -1 when there is none. */
    int slot(int key) {
      int slot = (key * multiplier) >>> 26;
      return keys[slot] == key ? slot : -1;
    }

    /** Returns the ordinal of the metric in a slot that {@link #slot} returned. */
    int ordinalAt(int slot) {
      return ordinals[slot];
    }

    /**
     * Returns the position of the one-character value {@code c} among the values of the metric in a
     * slot that {@link #slot} returned, or -1 when it cannot take it.
     */
    int value(int slot, char c) {
      return c < 128 ? values[slot << 7 | c] : -1;
    }

    /** Returns the ordinal of the metric whose key is {@code key}, or -1. */
    int ordinal(int key) {
      int slot = slot(key);
      return slot < 0 ? -1 : ordinals[slot];
    }
  }
}
