package dev.governance.rules.risk.cvss;

import org.jspecify.annotations.Nullable;

/**
 * The metrics of a CVSS v4.0 vector in the order of the specification's vector string table
 * (section 7): base, threat, environmental, supplemental. Each value is kept as one character, its
 * first letter; only Provider Urgency spells its values out ({@code Clear}, {@code Green}, {@code
 * Amber}, {@code Red}). {@code X} is "Not Defined".
 */
enum Cvss4Metric {
  AV("NALP"),
  AC("LH"),
  AT("NP"),
  PR("NLH"),
  UI("NPA"),
  VC("HLN"),
  VI("HLN"),
  VA("HLN"),
  SC("HLN"),
  SI("HLN"),
  SA("HLN"),
  E("XAPU"),
  CR("XHML"),
  IR("XHML"),
  AR("XHML"),
  MAV("XNALP"),
  MAC("XLH"),
  MAT("XNP"),
  MPR("XNLH"),
  MUI("XNPA"),
  MVC("XHLN"),
  MVI("XHLN"),
  MVA("XHLN"),
  MSC("XHLN"),
  MSI("XSHLN"),
  MSA("XSHLN"),
  S("XNP"),
  AU("XNY"),
  R("XAUI"),
  V("XDC"),
  RE("XLMH"),
  U("XCGAR");

  private static final Cvss4Metric[] ALL = values();
  private static final String[] URGENCIES = {"Clear", "Green", "Amber", "Red"};

  /** The metrics by name and their one-character values by character, for the parser. */
  static final VectorSyntax.KeyIndex INDEX =
      new VectorSyntax.KeyIndex(0x755357a5, ALL, oneCharacterCodes());

  final String codes;
  final boolean mandatory;

  Cvss4Metric(String codes) {
    this.codes = codes;
    this.mandatory = codes.indexOf('X') < 0;
  }

  /**
   * Returns each metric's values written as one character (by ordinal): its codes, but only X for
   * Provider Urgency, whose other values are spelled out.
   */
  private static String[] oneCharacterCodes() {
    String[] codes = new String[ALL.length];
    for (Cvss4Metric metric : ALL) {
      codes[metric.ordinal()] = metric == U ? "X" : metric.codes;
    }
    return codes;
  }

  /**
   * Returns the position in {@link #codes} of the value written from {@code from} to {@code to} in
   * {@code vector} (0 for {@code X} where the metric may be left out), or -1 when this metric
   * cannot take it; a one-character value is looked up in a table by its character.
   */
  int ordinal(String vector, int from, int to) {
    if (to - from == 1) {
      return INDEX.value(INDEX.slot(VectorSyntax.key(name())), vector.charAt(from));
    }
    char code = code(vector, from, to);
    return code == 0 ? -1 : codes.indexOf(code);
  }

  /**
   * Returns the code of the value written from {@code from} to {@code to} in {@code vector}, or 0
   * when this metric cannot take it.
   */
  char code(String vector, int from, int to) {
    if (to - from == 1) {
      char c = vector.charAt(from);
      return (this != U || c == 'X') && codes.indexOf(c) >= 0 ? c : 0;
    }
    if (this == U) {
      for (String urgency : URGENCIES) {
        if (urgency.length() == to - from && vector.startsWith(urgency, from)) {
          return urgency.charAt(0);
        }
      }
    }
    return 0;
  }

  /** Returns a value as the vector writes it. */
  String spelled(char code) {
    if (this == U && code != 'X') {
      return URGENCIES[codes.indexOf(code) - 1];
    }
    return String.valueOf(code);
  }

  /**
   * Returns the values this metric takes, as the vector writes them, such as {@code N, A, L, P}.
   */
  String choices() {
    StringBuilder choices = new StringBuilder();
    for (int i = 0; i < codes.length(); i++) {
      choices.append(i == 0 ? "" : ", ").append(spelled(codes.charAt(i)));
    }
    return choices.toString();
  }

  /** Returns the metric with this abbreviation, or null. */
  static @Nullable Cvss4Metric byName(String name) {
    return byKey(VectorSyntax.key(name));
  }

  /** Returns the metric whose {@link VectorSyntax#key key} is {@code key}, or null. */
  static @Nullable Cvss4Metric byKey(int key) {
    int ordinal = INDEX.ordinal(key);
    return ordinal < 0 ? null : ALL[ordinal];
  }

  static Cvss4Metric at(int ordinal) {
    return ALL[ordinal];
  }
}
