package dev.governance.core.raci;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ResponsibilityTest {

  @Test
  void everyMeaningIsUsedByAStandardScheme() {
    assertThat(Arrays.stream(Responsibility.values()))
        .allSatisfy(
            r ->
                assertThat(
                        RaciScheme.RACI.letterFor(r).isPresent()
                            || RaciScheme.RASCI.letterFor(r).isPresent()
                            || RaciScheme.RACI_VS.letterFor(r).isPresent()
                            || RaciScheme.DACI.letterFor(r).isPresent())
                    .as("%s is used by a scheme", r)
                    .isTrue());
  }
}
