package dev.governance.benchmarks.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random CVSS v3.1 and v4.0 vectors for the benchmark and its cross-check: every base metric, each
 * other metric (temporal or threat, environmental, supplemental) present half the time, in the
 * specification's order (which every parser accepts).
 */
final class CvssWorkload {

  private static final String[][] METRICS = {
    {"AV", "NALP"},
    {"AC", "LH"},
    {"PR", "NLH"},
    {"UI", "NR"},
    {"S", "UC"},
    {"C", "HLN"},
    {"I", "HLN"},
    {"A", "HLN"},
    {"E", "XUPFH"},
    {"RL", "XOTWU"},
    {"RC", "XURC"},
    {"CR", "XLMH"},
    {"IR", "XLMH"},
    {"AR", "XLMH"},
    {"MAV", "XNALP"},
    {"MAC", "XLH"},
    {"MPR", "XNLH"},
    {"MUI", "XNR"},
    {"MS", "XUC"},
    {"MC", "XNLH"},
    {"MI", "XNLH"},
    {"MA", "XNLH"}
  };
  private static final String[][] METRICS_4 = {
    {"AV", "NALP"},
    {"AC", "LH"},
    {"AT", "NP"},
    {"PR", "NLH"},
    {"UI", "NPA"},
    {"VC", "HLN"},
    {"VI", "HLN"},
    {"VA", "HLN"},
    {"SC", "HLN"},
    {"SI", "HLN"},
    {"SA", "HLN"},
    {"E", "XAPU"},
    {"CR", "XHML"},
    {"IR", "XHML"},
    {"AR", "XHML"},
    {"MAV", "XNALP"},
    {"MAC", "XLH"},
    {"MAT", "XNP"},
    {"MPR", "XNLH"},
    {"MUI", "XNPA"},
    {"MVC", "XHLN"},
    {"MVI", "XHLN"},
    {"MVA", "XHLN"},
    {"MSC", "XHLN"},
    {"MSI", "XSHLN"},
    {"MSA", "XSHLN"},
    {"S", "XNP"},
    {"AU", "XNY"},
    {"R", "XAUI"},
    {"V", "XDC"},
    {"RE", "XLMH"}
  };
  private static final int BASE_METRICS = 8;
  private static final int BASE_METRICS_4 = 11;

  private CvssWorkload() {}

  /** Returns v3.1 vectors. */
  static List<String> vectors(int count, long seed) {
    return vectors(count, seed, "CVSS:3.1", METRICS, BASE_METRICS);
  }

  /**
   * Returns v4.0 vectors (Provider Urgency aside: the peer does not read its spelled-out values).
   */
  static List<String> vectors4(int count, long seed) {
    return vectors(count, seed, "CVSS:4.0", METRICS_4, BASE_METRICS_4);
  }

  private static List<String> vectors(
      int count, long seed, String prefix, String[][] metrics, int baseMetrics) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> vectors = new ArrayList<>(count);
    for (int v = 0; v < count; v++) {
      StringBuilder vector = new StringBuilder(prefix);
      for (int m = 0; m < metrics.length; m++) {
        if (m < baseMetrics || random.nextBoolean()) {
          String values = metrics[m][1];
          vector
              .append('/')
              .append(metrics[m][0])
              .append(':')
              .append(values.charAt(random.nextInt(values.length())));
        }
      }
      vectors.add(vector.toString());
    }
    return vectors;
  }
}
