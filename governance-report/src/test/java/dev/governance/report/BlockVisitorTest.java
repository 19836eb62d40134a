package dev.governance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BlockVisitorTest {

  @Test
  void eachBlockCallsTheStepOfItsType() {
    List<String> visited =
        ReportFixtures.dashboard().report().blocks().stream()
            .map(b -> b.getClass().getSimpleName() + ":" + b.accept(new NamingVisitor()))
            .distinct()
            .sorted()
            .collect(Collectors.toList());
    assertThat(visited)
        .containsExactly(
            "BarChart:barChart",
            "CurveChart:curveChart",
            "HeatMap:heatMap",
            "Metrics:metrics",
            "RaciGrid:raciGrid",
            "ScorecardTree:scorecardTree",
            "Table:table",
            "Timeline:timeline");
  }
}
