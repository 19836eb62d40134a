package dev.governance.rules.risk.cvss;

/**
 * Metric abbreviations as numbers: the characters one per byte, so that {@code AV} is {@code 'A'
 * << 8 | 'V'}. Parsers build the number while they scan a vector and look the metric up with a
 * switch, cutting no strings out, since this runs for every metric of every vector parsed.
 */
final class MetricKeys {

  private MetricKeys() {}

  /** Returns the key of an abbreviation, or 0 when it is empty or longer than three characters. */
  static int of(String name) {
    if (name.isEmpty() || name.length() > 3) {
      return 0;
    }
    int key = 0;
    for (int i = 0; i < name.length(); i++) {
      key = key << 8 | name.charAt(i);
    }
    return key;
  }
}
