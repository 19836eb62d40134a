package dev.governance.testkit;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * One metric of a CVSS vector string as a specification's table lists it: its abbreviation, the
 * values it takes as the vector writes them (the most ordinary first, "Not Defined" {@code X} first
 * for an optional metric) and whether it is a mandatory base metric.
 *
 * <p>The tables are the CVSS v3.1 specification's Table 15 (section 6, "Vector String") and the
 * CVSS v4.0 specification's vector string table (section 7), each in the table's order, which is
 * also the order the vectors generated write them in.
 */
record CvssMetric(String name, ImmutableList<String> values, boolean mandatory) {

  /** CVSS v3.1 section 6, Table 15: base, temporal and environmental metrics. */
  static final ImmutableList<ImmutableList<CvssMetric>> V3_1 =
      ImmutableList.of(
          group(
              base("AV", "N", "A", "L", "P"),
              base("AC", "L", "H"),
              base("PR", "N", "L", "H"),
              base("UI", "N", "R"),
              base("S", "U", "C"),
              base("C", "H", "L", "N"),
              base("I", "H", "L", "N"),
              base("A", "H", "L", "N")),
          group(
              optional("E", "H", "F", "P", "U"),
              optional("RL", "U", "W", "T", "O"),
              optional("RC", "C", "R", "U")),
          group(
              optional("CR", "H", "M", "L"),
              optional("IR", "H", "M", "L"),
              optional("AR", "H", "M", "L"),
              optional("MAV", "N", "A", "L", "P"),
              optional("MAC", "L", "H"),
              optional("MPR", "N", "L", "H"),
              optional("MUI", "N", "R"),
              optional("MS", "U", "C"),
              optional("MC", "H", "L", "N"),
              optional("MI", "H", "L", "N"),
              optional("MA", "H", "L", "N")));

  /**
   * CVSS v4.0 section 7: base, threat, environmental (security requirements and modified base
   * metrics) and supplemental metrics; Provider Urgency spells its values out.
   */
  static final ImmutableList<ImmutableList<CvssMetric>> V4_0 =
      ImmutableList.of(
          group(
              base("AV", "N", "A", "L", "P"),
              base("AC", "L", "H"),
              base("AT", "N", "P"),
              base("PR", "N", "L", "H"),
              base("UI", "N", "P", "A"),
              base("VC", "H", "L", "N"),
              base("VI", "H", "L", "N"),
              base("VA", "H", "L", "N"),
              base("SC", "H", "L", "N"),
              base("SI", "H", "L", "N"),
              base("SA", "H", "L", "N")),
          group(optional("E", "A", "P", "U")),
          group(
              optional("CR", "H", "M", "L"),
              optional("IR", "H", "M", "L"),
              optional("AR", "H", "M", "L"),
              optional("MAV", "N", "A", "L", "P"),
              optional("MAC", "L", "H"),
              optional("MAT", "N", "P"),
              optional("MPR", "N", "L", "H"),
              optional("MUI", "N", "P", "A"),
              optional("MVC", "H", "L", "N"),
              optional("MVI", "H", "L", "N"),
              optional("MVA", "H", "L", "N"),
              optional("MSC", "H", "L", "N"),
              optional("MSI", "S", "H", "L", "N"),
              optional("MSA", "S", "H", "L", "N")),
          group(
              optional("S", "N", "P"),
              optional("AU", "N", "Y"),
              optional("R", "A", "U", "I"),
              optional("V", "D", "C"),
              optional("RE", "L", "M", "H"),
              optional("U", "Clear", "Green", "Amber", "Red")));

  private static ImmutableList<CvssMetric> group(CvssMetric... metrics) {
    return ImmutableList.copyOf(metrics);
  }

  private static CvssMetric base(String name, String... values) {
    return new CvssMetric(name, ImmutableList.copyOf(values), true);
  }

  private static CvssMetric optional(String name, String... values) {
    return new CvssMetric(
        name, ImmutableList.<String>builder().add("X").add(values).build(), false);
  }

  /** Returns whether {@code groups} define a metric named {@code name}. */
  static boolean defines(List<ImmutableList<CvssMetric>> groups, String name) {
    return groups.stream().flatMap(List::stream).anyMatch(m -> m.name().equals(name));
  }
}
