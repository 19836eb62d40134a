package dev.governance.core.kpi;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import org.junit.jupiter.api.Test;

class ScorecardNodeTest {

  static ScorecardNode.Builder objective() {
    return ScorecardNode.builder()
        .id("reliable")
        .name("Reliable platform")
        .kind(NodeKind.OBJECTIVE);
  }

  @Test
  void kpiLeavesNameTheirKpi() {
    ScorecardNode leaf = ScorecardNode.kpiLeaf("availability", "Availability", 2);
    assertThat(leaf.kpi()).contains("availability");
    assertThat(leaf.weight()).isEqualTo(2);
    assertThat(objective().addChildren(leaf).build().weight()).isEqualTo(1.0);
  }

  @Test
  void equalityIsByValue() {
    ScorecardNode leaf = ScorecardNode.kpiLeaf("availability", "Availability", 1);
    new EqualsTester()
        .addEqualityGroup(
            objective().addChildren(leaf).build(), objective().addChildren(leaf).build())
        .addEqualityGroup(objective().addChildren(leaf).weight(2).build())
        .addEqualityGroup(leaf)
        .testEquals();
  }

  @Test
  void rejectsMalformedNodes() {
    rejects(
        () -> ScorecardNode.builder().id("k").name("K").kind(NodeKind.KPI).build(),
        "Invalid governance data: kpi = '<missing>': expected the id of a KPI definition for a KPI"
            + " node");
    rejects(
        () ->
            ScorecardNode.builder()
                .id("k")
                .name("K")
                .kind(NodeKind.KPI)
                .kpi("k")
                .addChildren(ScorecardNode.kpiLeaf("x", "X", 1))
                .build(),
        "Invalid governance data: children = '1 children': expected none for a KPI node");
    rejects(
        () -> objective().kpi("k").addChildren(ScorecardNode.kpiLeaf("x", "X", 1)).build(),
        "Invalid governance data: kpi = 'k': expected no KPI on a OBJECTIVE node");
    rejects(
        () -> objective().build(),
        "Invalid governance data: children = 'none': expected at least one child under a OBJECTIVE"
            + " node");
    rejects(
        () ->
            objective()
                .addChildren(ScorecardNode.kpiLeaf("x", "X", 0), ScorecardNode.kpiLeaf("y", "Y", 0))
                .build(),
        "Invalid governance data: children.weight = 'all 0': expected at least one child with a"
            + " positive weight");
    rejects(
        () -> ScorecardNode.kpiLeaf("x", "X", -1),
        "Invalid governance data: weight = -1.0: expected a finite number >= 0");
    ScorecardNode perspective =
        ScorecardNode.builder()
            .id("p")
            .name("P")
            .kind(NodeKind.PERSPECTIVE)
            .addChildren(ScorecardNode.kpiLeaf("x", "X", 1))
            .build();
    rejects(
        () -> objective().addChildren(perspective).build(),
        "Invalid governance data: children[0].kind = PERSPECTIVE: expected OBJECTIVE or KPI:"
            + " perspectives sit directly under the scorecard");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicStaticMethods(ScorecardNode.class);
    ValueContract.nullTester().testAllPublicInstanceMethods(ScorecardNode.builder());
    ValueContract.nullTester().testAllPublicInstanceMethods(ScorecardNode.kpiLeaf("x", "X", 1));
  }
}
