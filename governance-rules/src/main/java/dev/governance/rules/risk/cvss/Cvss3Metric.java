package dev.governance.rules.risk.cvss;

import org.jspecify.annotations.Nullable;

/**
 * The metrics of a CVSS v3.x vector, in the order of the specification's Table 15 (v3.1 section 6),
 * with the values each takes; {@code X} is "Not Defined".
 */
enum Cvss3Metric {
  AV("NALP", true),
  AC("LH", true),
  PR("NLH", true),
  UI("NR", true),
  S("UC", true),
  C("HLN", true),
  I("HLN", true),
  A("HLN", true),
  E("XUPFH", false),
  RL("XOTWU", false),
  RC("XURC", false),
  CR("XLMH", false),
  IR("XLMH", false),
  AR("XLMH", false),
  MAV("XNALP", false),
  MAC("XLH", false),
  MPR("XNLH", false),
  MUI("XNR", false),
  MS("XUC", false),
  MC("XNLH", false),
  MI("XNLH", false),
  MA("XNLH", false);

  private static final Cvss3Metric[] ALL = values();

  /** The metrics by name and their values by character, for the parser. */
  static final VectorSyntax.KeyIndex INDEX = new VectorSyntax.KeyIndex(0xb186d9dd, ALL, codes());

  final String values;
  final boolean mandatory;

  Cvss3Metric(String values, boolean mandatory) {
    this.values = values;
    this.mandatory = mandatory;
  }

  /**
   * Returns the position of {@code value} in {@link #values} (0 for {@code X} where the metric may
   * be left out), or -1 when the metric cannot take it.
   */
  int ordinal(char value) {
    return INDEX.value(INDEX.slot(VectorSyntax.key(name())), value);
  }

  /** Returns the metric with this abbreviation, or null. */
  static @Nullable Cvss3Metric byName(String name) {
    return byKey(VectorSyntax.key(name));
  }

  /** Returns the metric whose {@link VectorSyntax#key key} is {@code key}, or null. */
  static @Nullable Cvss3Metric byKey(int key) {
    int ordinal = INDEX.ordinal(key);
    return ordinal < 0 ? null : ALL[ordinal];
  }

  private static String[] codes() {
    String[] codes = new String[ALL.length];
    for (Cvss3Metric metric : ALL) {
      codes[metric.ordinal()] = metric.values;
    }
    return codes;
  }

  static Cvss3Metric at(int ordinal) {
    return ALL[ordinal];
  }
}
