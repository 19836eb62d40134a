package dev.governance.rules.risk.cvss;

import dev.governance.core.GovernanceValidationException;
import org.jspecify.annotations.Nullable;

/**
 * The test oracle for the parsers: {@link Cvss3Vector#parse} and {@link Cvss4Vector#parse} as they
 * were before issue 23 (a {@code switch} per metric name, {@code indexOf} per value, a {@code char}
 * per metric), kept verbatim but for what they return and for the metric look-up (a comparison with
 * every metric's name, not the hash). {@code CvssFastPathTest} checks that the parsers accept
 * exactly the same vectors, read the same values and reject the others with the same message.
 */
final class ReferenceCvssParsers {

  private ReferenceCvssParsers() {}

  /**
   * Parses a v3 vector: its version and metric values as {@code 3.1:NLNNUHHHX...} (one character
   * per metric in {@link Cvss3Metric}'s order), or the message of the exception the parser threw.
   */
  static String parse3(String vector) {
    try {
      if (!vector.startsWith("CVSS:3.0/") && !vector.startsWith("CVSS:3.1/")) {
        throw GovernanceValidationException.of(
            "vector", vector, "a CVSS v3 vector starting with CVSS:3.0/ or CVSS:3.1/");
      }
      char[] values = new char[Cvss3Metric.values().length];
      int length = vector.length();
      int i = "CVSS:3.1/".length();
      while (true) {
        int nameStart = i;
        int key = 0;
        char c;
        while (i < length && (c = vector.charAt(i)) != ':' && c != '/' && i - nameStart < 3) {
          key = key << 8 | c;
          i++;
        }
        if (i + 1 >= length
            || vector.charAt(i) != ':'
            || (i + 2 < length && vector.charAt(i + 2) != '/')) {
          throw VectorSyntax.malformed(vector, nameStart);
        }
        @Nullable Cvss3Metric metric = switch3(key);
        char value = vector.charAt(i + 1);
        if (metric == null || values[metric.ordinal()] != 0 || metric.values.indexOf(value) < 0) {
          throw rejected3(vector, nameStart, i, metric, values);
        }
        values[metric.ordinal()] = value;
        i += 2;
        if (i == length) {
          break;
        }
        i++;
        if (i == length) {
          throw GovernanceValidationException.of("vector", vector, "no '/' at the end");
        }
      }
      for (int m = 0; m < values.length; m++) {
        if (values[m] == 0) {
          Cvss3Metric metric = Cvss3Metric.values()[m];
          if (metric.mandatory) {
            throw GovernanceValidationException.of(
                "vector", vector, "every base metric, but " + metric.name() + " is missing");
          }
          values[m] = 'X';
        }
      }
      return (vector.charAt(7) == '0' ? "3.0" : "3.1") + ":" + new String(values);
    } catch (GovernanceValidationException e) {
      return String.valueOf(e.getMessage());
    }
  }

  private static GovernanceValidationException rejected3(
      String vector, int start, int colon, @Nullable Cvss3Metric metric, char[] values) {
    if (metric == null) {
      return GovernanceValidationException.of(
          "vector", vector, "CVSS v3 metrics only, not '" + vector.substring(start, colon) + "'");
    }
    if (values[metric.ordinal()] != 0) {
      return GovernanceValidationException.of(
          "vector", vector, "each metric once, but " + metric.name() + " is repeated");
    }
    return GovernanceValidationException.of(
        "vector",
        vector,
        metric.name()
            + " to be one of "
            + String.join(", ", metric.values.split(""))
            + ", not '"
            + vector.charAt(colon + 1)
            + "'");
  }

  /** The metric whose name's characters, one per byte, are {@code key}; by name, not by hash. */
  private static @Nullable Cvss3Metric switch3(int key) {
    for (Cvss3Metric metric : Cvss3Metric.values()) {
      if (VectorSyntax.key(metric.name()) == key) {
        return metric;
      }
    }
    return null;
  }

  /**
   * Parses a v4.0 vector: its metric values' codes as {@code NLNNN...} (one character per metric in
   * {@link Cvss4Metric}'s order), or the message of the exception the parser threw.
   */
  static String parse4(String vector) {
    try {
      String prefix = "CVSS:4.0/";
      if (!vector.startsWith(prefix)) {
        throw GovernanceValidationException.of(
            "vector", vector, "a CVSS v4.0 vector starting with " + prefix);
      }
      char[] values = new char[Cvss4Metric.values().length];
      int length = vector.length();
      int previous = -1;
      int i = prefix.length();
      while (true) {
        int nameStart = i;
        int key = 0;
        char c;
        while (i < length && (c = vector.charAt(i)) != ':' && c != '/' && i - nameStart < 3) {
          key = key << 8 | c;
          i++;
        }
        if (i >= length || vector.charAt(i) != ':') {
          throw VectorSyntax.malformed(vector, nameStart);
        }
        @Nullable Cvss4Metric metric = switch4(key);
        int valueEnd = vector.indexOf('/', i + 1);
        valueEnd = valueEnd < 0 ? length : valueEnd;
        char value = metric == null ? 0 : metric.code(vector, i + 1, valueEnd);
        if (metric == null
            || values[metric.ordinal()] != 0
            || metric.ordinal() < previous
            || value == 0) {
          throw rejected4(vector, nameStart, i, valueEnd, metric, values, previous);
        }
        values[metric.ordinal()] = value;
        previous = metric.ordinal();
        if (valueEnd == length) {
          break;
        }
        i = valueEnd + 1;
        if (i == length) {
          throw GovernanceValidationException.of("vector", vector, "no '/' at the end");
        }
      }
      for (int m = 0; m < values.length; m++) {
        if (values[m] == 0) {
          Cvss4Metric metric = Cvss4Metric.values()[m];
          if (metric.mandatory) {
            throw GovernanceValidationException.of(
                "vector", vector, "every base metric, but " + metric.name() + " is missing");
          }
          values[m] = 'X';
        }
      }
      return new String(values);
    } catch (GovernanceValidationException e) {
      return String.valueOf(e.getMessage());
    }
  }

  private static GovernanceValidationException rejected4(
      String vector,
      int start,
      int colon,
      int end,
      @Nullable Cvss4Metric metric,
      char[] values,
      int previous) {
    if (metric == null) {
      return GovernanceValidationException.of(
          "vector", vector, "CVSS v4.0 metrics only, not '" + vector.substring(start, colon) + "'");
    }
    if (values[metric.ordinal()] != 0) {
      return GovernanceValidationException.of(
          "vector", vector, "each metric once, but " + metric.name() + " is repeated");
    }
    if (metric.ordinal() < previous) {
      return GovernanceValidationException.of(
          "vector",
          vector,
          "metrics in the specification's order, but "
              + metric.name()
              + " comes after "
              + Cvss4Metric.values()[previous].name());
    }
    return GovernanceValidationException.of(
        "vector",
        vector,
        metric.name()
            + " to be one of "
            + metric.choices()
            + ", not '"
            + vector.substring(colon + 1, end)
            + "'");
  }

  private static @Nullable Cvss4Metric switch4(int key) {
    for (Cvss4Metric metric : Cvss4Metric.values()) {
      if (VectorSyntax.key(metric.name()) == key) {
        return metric;
      }
    }
    return null;
  }
}
