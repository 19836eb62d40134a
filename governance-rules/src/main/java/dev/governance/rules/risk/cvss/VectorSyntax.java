package dev.governance.rules.risk.cvss;

import dev.governance.core.GovernanceValidationException;

/**
 * What the CVSS v3 and v4.0 parsers share: metric abbreviations as numbers (the characters one per
 * byte, so that {@code AV} is {@code 'A' << 8 | 'V'}; parsers build the number while they scan a
 * vector and look the metric up with a switch, cutting no strings out, since this runs for every
 * metric of every vector parsed), and the error for a metric not written NAME:VALUE.
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
}
