package dev.governance.benchmarks.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.rules.risk.cvss.Cvss3Scores;
import dev.governance.rules.risk.cvss.Cvss3Vector;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import us.springett.cvss.Cvss;
import us.springett.cvss.Score;

/**
 * The benchmark's peer scores the same vectors alike: {@code us.springett:cvss-calculator} and the
 * library give the same base, temporal and environmental scores to 20,000 random v3.1 vectors (the
 * library matches the FIRST reference data, see {@code Cvss3ConformanceTest}); a disagreement is
 * listed by vector.
 */
class CvssCrossCheckTest {

  @Test
  void bothEnginesScoreTheBenchmarkVectorsAlike() {
    List<String> disagreements = new ArrayList<>();
    List<String> vectors = CvssWorkload.vectors(20_000, 31);
    for (String vector : vectors) {
      Score peer = Cvss.fromVector(vector).calculateScore();
      Cvss3Scores ours = Cvss3Vector.parse(vector).scores();
      String theirs = peer.getBaseScore() + " " + peer.getTemporalScore() + " " + peer.getEnvironmentalScore();
      String mine = ours.base() + " " + ours.temporal() + " " + ours.environmental();
      if (!theirs.equals(mine)) {
        disagreements.add(vector + ": springett " + theirs + ", governance " + mine);
      }
    }
    assertThat(disagreements).as("vectors scored differently").isEmpty();
  }
}
