package dev.governance.rules.risk.cvss;

import org.jspecify.annotations.Nullable;

/**
 * The metrics of a CVSS v3.x vector, in the order of the specification's Table 15 (v3.1 section
 * 6), with the values each takes; {@code X} is "Not Defined".
 */
enum Cvss3Metric {
  AV("NALP", true), AC("LH", true), PR("NLH", true), UI("NR", true), S("UC", true), C("HLN", true), I("HLN", true), A("HLN", true),
  E("XUPFH", false), RL("XOTWU", false), RC("XURC", false),
  CR("XLMH", false), IR("XLMH", false), AR("XLMH", false),
  MAV("XNALP", false), MAC("XLH", false), MPR("XNLH", false), MUI("XNR", false), MS("XUC", false), MC("XNLH", false), MI("XNLH", false), MA("XNLH", false);

  private static final Cvss3Metric[] ALL = values();

  final String values;
  final boolean mandatory;

  Cvss3Metric(String values, boolean mandatory) {
    this.values = values;
    this.mandatory = mandatory;
  }

  /** Returns the metric with this abbreviation, or null. */
  static @Nullable Cvss3Metric byName(String name) {
    switch (name) {
      case "AV": return AV;
      case "AC": return AC;
      case "PR": return PR;
      case "UI": return UI;
      case "S": return S;
      case "C": return C;
      case "I": return I;
      case "A": return A;
      case "E": return E;
      case "RL": return RL;
      case "RC": return RC;
      case "CR": return CR;
      case "IR": return IR;
      case "AR": return AR;
      case "MAV": return MAV;
      case "MAC": return MAC;
      case "MPR": return MPR;
      case "MUI": return MUI;
      case "MS": return MS;
      case "MC": return MC;
      case "MI": return MI;
      case "MA": return MA;
      default: return null;
    }
  }

  static Cvss3Metric at(int ordinal) {
    return ALL[ordinal];
  }
}
