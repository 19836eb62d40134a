package dev.governance.core.raci;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ResponsibilityTest {

  @Test
  void groupsMeaningsAsTheRulesUseThem() {
    assertThat(Arrays.stream(Responsibility.values()).filter(Responsibility::answersForOutcome))
        .containsExactly(Responsibility.ACCOUNTABLE, Responsibility.APPROVER);
    assertThat(Arrays.stream(Responsibility.values()).filter(Responsibility::doesTheWork))
        .containsExactly(Responsibility.RESPONSIBLE, Responsibility.DRIVER);
    assertThat(Arrays.stream(Responsibility.values()).filter(Responsibility::givesInput))
        .containsExactly(Responsibility.CONSULTED, Responsibility.CONTRIBUTOR);
    assertThat(Arrays.stream(Responsibility.values()).filter(Responsibility::checksTheWork))
        .containsExactly(
            Responsibility.VERIFIER, Responsibility.SIGNATORY, Responsibility.APPROVER);
  }

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
