package dev.governance.rules.risk.quant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationProgressTest {

  @Test
  void isToldTheRiskYearsDoneAfterEachChunk() {
    List<String> told = new ArrayList<>();
    LossScenario risk =
        LossScenario.builder()
            .id("r")
            .lossEventFrequency(Frequency.poisson(1))
            .primaryLoss(Distribution.constant(1))
            .build();
    var unused =
        LossSimulation.builder()
            .years(25)
            .chunkYears(10)
            .threads(1)
            .build()
            .run(
                List.of(risk, risk.withId("s")),
                (done, total) -> told.add(done + "/" + total),
                () -> false);
    assertThat(told).containsExactly("20/50", "40/50", "50/50");
    SimulationProgress.NONE.update(1, 2); // does nothing, and says nothing
  }
}
