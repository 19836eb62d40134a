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

  final String codes;
  final boolean mandatory;

  Cvss4Metric(String codes) {
    this.codes = codes;
    this.mandatory = codes.indexOf('X') < 0;
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
    switch (key) {
      case ('A' << 8) | 'V':
        return AV;
      case ('A' << 8) | 'C':
        return AC;
      case ('A' << 8) | 'T':
        return AT;
      case ('P' << 8) | 'R':
        return PR;
      case ('U' << 8) | 'I':
        return UI;
      case ('V' << 8) | 'C':
        return VC;
      case ('V' << 8) | 'I':
        return VI;
      case ('V' << 8) | 'A':
        return VA;
      case ('S' << 8) | 'C':
        return SC;
      case ('S' << 8) | 'I':
        return SI;
      case ('S' << 8) | 'A':
        return SA;
      case 'E':
        return E;
      case ('C' << 8) | 'R':
        return CR;
      case ('I' << 8) | 'R':
        return IR;
      case ('A' << 8) | 'R':
        return AR;
      case ('M' << 16) | ('A' << 8) | 'V':
        return MAV;
      case ('M' << 16) | ('A' << 8) | 'C':
        return MAC;
      case ('M' << 16) | ('A' << 8) | 'T':
        return MAT;
      case ('M' << 16) | ('P' << 8) | 'R':
        return MPR;
      case ('M' << 16) | ('U' << 8) | 'I':
        return MUI;
      case ('M' << 16) | ('V' << 8) | 'C':
        return MVC;
      case ('M' << 16) | ('V' << 8) | 'I':
        return MVI;
      case ('M' << 16) | ('V' << 8) | 'A':
        return MVA;
      case ('M' << 16) | ('S' << 8) | 'C':
        return MSC;
      case ('M' << 16) | ('S' << 8) | 'I':
        return MSI;
      case ('M' << 16) | ('S' << 8) | 'A':
        return MSA;
      case 'S':
        return S;
      case ('A' << 8) | 'U':
        return AU;
      case 'R':
        return R;
      case 'V':
        return V;
      case ('R' << 8) | 'E':
        return RE;
      case 'U':
        return U;
      default:
        return null;
    }
  }

  static Cvss4Metric at(int ordinal) {
    return ALL[ordinal];
  }
}
