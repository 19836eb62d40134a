package dev.governance.benchmarks.raci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.testkit.RaciCase;
import dev.governance.testkit.RaciCaseGenerator;
import dev.governance.testkit.RaciDefect;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The peer is only a fair comparison if it finds what the library finds. */
class DroolsRaciEngineTest {

  private final RaciEngine drools = new DroolsRaciEngine();
  private final RaciEngine governance = new GovernanceRaciEngine();

  @Test
  void findsTheSameAsTheLibraryOnValidAndDefectiveMatrices() {
    for (int seed = 0; seed < 120; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      RaciCase c =
          seed % 12 == 11
              ? RaciCaseGenerator.valid().generate(random)
              : RaciCaseGenerator.withDefect(RaciDefect.values()[seed % 11]).generate(random);
      assertThat(drools.findings(c.matrix(), c.holders()))
          .as("seed %d, %s", seed, c.defect())
          .isEqualTo(governance.findings(c.matrix(), c.holders()));
    }
  }

  @Test
  void findsTheSameOnTheBenchmarkMatrix() {
    RaciWorkload workload = RaciWorkload.of(2_000, 50, 1_000);
    assertThat(drools.findings(workload.matrix(), workload.holders()))
        .isEqualTo(governance.findings(workload.matrix(), workload.holders()))
        .isNotEmpty();
  }
}
