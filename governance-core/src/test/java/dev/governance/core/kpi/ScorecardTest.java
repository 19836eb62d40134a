package dev.governance.core.kpi;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import org.junit.jupiter.api.Test;

class ScorecardTest {

  static Scorecard shared() {
    ScorecardNode program =
        ScorecardNode.builder()
            .id("program")
            .name("Program")
            .kind(NodeKind.PERSPECTIVE)
            .weight(0.5)
            .addChildren(
                ScorecardNode.kpiLeaf("cpi", "Cost performance", 1),
                ScorecardNode.kpiLeaf("spi", "Schedule performance", 1))
            .build();
    ScorecardNode reliable =
        ScorecardNode.builder()
            .id("reliable")
            .name("Reliable")
            .kind(NodeKind.OBJECTIVE)
            .addChildren(
                ScorecardNode.kpiLeaf("availability", "Availability", 2),
                ScorecardNode.kpiLeaf("mttr", "MTTR", 1))
            .build();
    ScorecardNode system =
        ScorecardNode.builder()
            .id("system")
            .name("System")
            .kind(NodeKind.PERSPECTIVE)
            .weight(0.5)
            .addChildren(reliable)
            .build();
    return Scorecard.builder()
        .id("shared")
        .name("Shared dashboard")
        .addChildren(program, system)
        .build();
  }

  @Test
  void walksTheTreeDepthFirst() {
    Scorecard s = shared();
    assertThat(s.nodes())
        .extracting(ScorecardNode::id)
        .containsExactly("program", "cpi", "spi", "system", "reliable", "availability", "mttr");
    assertThat(s.kpis()).containsExactly("cpi", "spi", "availability", "mttr");
    assertThat(s.node("reliable").map(ScorecardNode::kind)).contains(NodeKind.OBJECTIVE);
    assertThat(s.node("nope")).isEmpty();
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(shared(), shared())
        .addEqualityGroup(
            Scorecard.builder()
                .id("s")
                .name("S")
                .addChildren(ScorecardNode.kpiLeaf("x", "X", 1))
                .build())
        .testEquals();
  }

  @Test
  void rejectsEmptyWeightlessAndRepeatedNodes() {
    rejects(
        () -> Scorecard.builder().id("s").name("S").build(),
        "Invalid governance data: children = 'none': expected at least one node");
    rejects(
        () ->
            Scorecard.builder()
                .id("s")
                .name("S")
                .addChildren(ScorecardNode.kpiLeaf("x", "X", 0))
                .build(),
        "Invalid governance data: children.weight = 'all 0': expected at least one node with a"
            + " positive weight");
    rejects(
        () ->
            Scorecard.builder()
                .id("s")
                .name("S")
                .addChildren(
                    ScorecardNode.kpiLeaf("x", "X", 1), ScorecardNode.kpiLeaf("x", "X again", 1))
                .build(),
        "Invalid governance data: nodes.id[1] = 'x': expected no repeated entries");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicInstanceMethods(Scorecard.builder());
    ValueContract.nullTester().testAllPublicInstanceMethods(shared());
  }
}
