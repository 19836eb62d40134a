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

  final String values;
  final boolean mandatory;

  Cvss3Metric(String values, boolean mandatory) {
    this.values = values;
    this.mandatory = mandatory;
  }

  /** Returns the metric with this abbreviation, or null. */
  static @Nullable Cvss3Metric byName(String name) {
    return byKey(VectorSyntax.key(name));
  }

  /** Returns the metric whose {@link VectorSyntax#key key} is {@code key}, or null. */
  static @Nullable Cvss3Metric byKey(int key) {
    switch (key) {
      case ('A' << 8) | 'V':
        return AV;
      case ('A' << 8) | 'C':
        return AC;
      case ('P' << 8) | 'R':
        return PR;
      case ('U' << 8) | 'I':
        return UI;
      case 'S':
        return S;
      case 'C':
        return C;
      case 'I':
        return I;
      case 'A':
        return A;
      case 'E':
        return E;
      case ('R' << 8) | 'L':
        return RL;
      case ('R' << 8) | 'C':
        return RC;
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
      case ('M' << 16) | ('P' << 8) | 'R':
        return MPR;
      case ('M' << 16) | ('U' << 8) | 'I':
        return MUI;
      case ('M' << 8) | 'S':
        return MS;
      case ('M' << 8) | 'C':
        return MC;
      case ('M' << 8) | 'I':
        return MI;
      case ('M' << 8) | 'A':
        return MA;
      default:
        return null;
    }
  }

  static Cvss3Metric at(int ordinal) {
    return ALL[ordinal];
  }
}
