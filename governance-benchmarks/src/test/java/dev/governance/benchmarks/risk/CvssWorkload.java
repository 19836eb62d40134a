package dev.governance.benchmarks.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random CVSS v3.1 vectors for the benchmark and its cross-check: every base metric, each
 * temporal and environmental metric present half the time, in the specification's order (which
 * every parser accepts).
 */
final class CvssWorkload {

  private static final String[][] METRICS = {
      {"AV", "NALP"}, {"AC", "LH"}, {"PR", "NLH"}, {"UI", "NR"}, {"S", "UC"}, {"C", "HLN"}, {"I", "HLN"}, {"A", "HLN"},
      {"E", "XUPFH"}, {"RL", "XOTWU"}, {"RC", "XURC"}, {"CR", "XLMH"}, {"IR", "XLMH"}, {"AR", "XLMH"},
      {"MAV", "XNALP"}, {"MAC", "XLH"}, {"MPR", "XNLH"}, {"MUI", "XNR"}, {"MS", "XUC"}, {"MC", "XNLH"}, {"MI", "XNLH"}, {"MA", "XNLH"}};
  private static final int BASE_METRICS = 8;

  private CvssWorkload() {}

  static List<String> vectors(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> vectors = new ArrayList<>(count);
    for (int v = 0; v < count; v++) {
      StringBuilder vector = new StringBuilder("CVSS:3.1");
      for (int m = 0; m < METRICS.length; m++) {
        if (m < BASE_METRICS || random.nextBoolean()) {
          String values = METRICS[m][1];
          vector.append('/').append(METRICS[m][0]).append(':').append(values.charAt(random.nextInt(values.length())));
        }
      }
      vectors.add(vector.toString());
    }
    return vectors;
  }
}
