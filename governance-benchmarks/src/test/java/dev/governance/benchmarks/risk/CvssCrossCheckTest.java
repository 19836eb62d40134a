package dev.governance.benchmarks.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.rules.risk.cvss.Cvss3Scores;
import dev.governance.rules.risk.cvss.Cvss3Vector;
import dev.governance.rules.risk.cvss.Cvss4Vector;
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
      String theirs =
          peer.getBaseScore() + " " + peer.getTemporalScore() + " " + peer.getEnvironmentalScore();
      String mine = ours.base() + " " + ours.temporal() + " " + ours.environmental();
      if (!theirs.equals(mine)) {
        disagreements.add(vector + ": springett " + theirs + ", governance " + mine);
      }
    }
    assertThat(disagreements).as("vectors scored differently").isEmpty();
  }

  /**
   * For v4.0 the peer computes in doubles and rounds what lands just below a half down: where the
   * two disagree, the peer is 0.1 lower and the exact value is x.x5, which the specification rounds
   * up (FIRST's reference data agrees: {@code ../shared/reference/scoring/worked-examples.md}
   * scores the vector below 5.7, the peer 5.6). Every disagreement must be of that kind.
   */
  @Test
  void v40DisagreementsAreThePeersRoundingOfHalves() {
    String published = "CVSS:4.0/AV:N/AC:L/AT:P/PR:H/UI:A/VC:N/VI:H/VA:L/SC:N/SI:N/SA:L";
    assertThat(Cvss4Vector.parse(published).scores().score()).isEqualTo(5.7);
    assertThat(Cvss.fromVector(published).calculateScore().getBaseScore()).isEqualTo(5.6);
    List<String> otherDisagreements = new ArrayList<>();
    for (String vector : CvssWorkload.vectors4(20_000, 40)) {
      double theirs = Cvss.fromVector(vector).calculateScore().getBaseScore();
      double mine = Cvss4Vector.parse(vector).scores().score();
      if (theirs != mine && Math.round(mine * 10) - Math.round(theirs * 10) != 1) {
        otherDisagreements.add(vector + ": springett " + theirs + ", governance " + mine);
      }
    }
    assertThat(otherDisagreements)
        .as("vectors scored differently other than by rounding a half")
        .isEmpty();
  }
}
