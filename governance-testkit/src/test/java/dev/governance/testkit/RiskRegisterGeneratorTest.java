package dev.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.risk.Control;
import dev.governance.core.risk.Risk;
import dev.governance.core.risk.Treatment;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Structure of generated registers; that the standard check finds nothing in them, and exactly the
 * injected code in defective ones, is tested in governance-rules.
 */
class RiskRegisterGeneratorTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 15);

  @Test
  void onlyTheRegisterDiffersFromTheModelOfTheSameSeed() {
    for (long seed = 1; seed <= 20; seed++) {
      GovernanceModel model = GovernanceModelGenerator.small().generate(new SplittableRandom(seed));
      GovernanceModel valid =
          RiskRegisterGenerator.valid(AS_OF).generate(new SplittableRandom(seed));
      assertThat(
              valid
                  .withRisks(model.risks())
                  .withMitigationActions(model.mitigationActions())
                  .withControls(model.controls()))
          .isEqualTo(model);
      assertThat(valid.risks())
          .extracting(Risk::id)
          .isEqualTo(model.risks().stream().map(Risk::id).toList());
    }
  }

  @Test
  void validRegistersAreReviewedAcceptedTreatedAndEvidencedAsOfTheDay() {
    for (long seed = 1; seed <= 100; seed++) {
      GovernanceModel m = RiskRegisterGenerator.valid(AS_OF).generate(new SplittableRandom(seed));
      for (Risk risk : m.risks()) {
        assertThat(risk.lastReviewed().orElse(risk.identifiedOn()))
            .as("%s reviewed, seed %d", risk.id(), seed)
            .isAfterOrEqualTo(AS_OF.minusDays(RegisterDraft.SHORTEST_CADENCE_DAYS));
        if (risk.treatment().equals(Optional.of(Treatment.ACCEPT))) {
          assertThat(risk.acceptance()).get().matches(a -> !a.validUntil().isBefore(AS_OF));
        } else {
          assertThat(m.mitigationActions())
              .as("%s treated, seed %d", risk.id(), seed)
              .anyMatch(a -> a.risk().equals(risk.id()) && a.status().isOpen());
        }
      }
      assertThat(m.mitigationActions()).noneMatch(a -> a.isOverdue(AS_OF));
      for (Control control : m.controls()) {
        if (control.effectiveness() > 0) {
          assertThat(control.evidenceDate()).get().matches(d -> !d.plusYears(1).isBefore(AS_OF));
        }
      }
    }
  }

  @Test
  void aDefectiveRegisterIsTheValidOneOfTheSameSeedWithTheDefectInjected() {
    for (RiskDefect defect : RiskDefect.values()) {
      for (long seed = 1; seed <= 5; seed++) {
        SplittableRandom random = new SplittableRandom(seed);
        GovernanceModel valid = RiskRegisterGenerator.valid(AS_OF).generate(random);
        assertThat(
                RiskRegisterGenerator.withDefect(defect, AS_OF)
                    .generate(new SplittableRandom(seed)))
            .as("%s, seed %d", defect, seed)
            .isEqualTo(defect.inject(valid, AS_OF, random));
      }
    }
  }

  @Test
  void theSameSeedGivesTheSameRegister() {
    RiskRegisterGenerator generator =
        RiskRegisterGenerator.withDefect(RiskDefect.OWNER_MISSING, AS_OF)
            .ofSize(ModelSize.builder().risks(2).build());
    assertThat(generator.generate(new SplittableRandom(7)))
        .isEqualTo(generator.generate(new SplittableRandom(7)));
    assertThat(generator.generate(new SplittableRandom(7)).risks()).hasSize(2);
  }

  @Test
  void aDefectNeedsARisk() {
    ModelSize none = ModelSize.builder().risks(0).build();
    assertThat(
            RiskRegisterGenerator.valid(AS_OF)
                .ofSize(none)
                .generate(new SplittableRandom(1))
                .risks())
        .isEmpty();
    assertThatThrownBy(
            () -> RiskRegisterGenerator.withDefect(RiskDefect.REVIEW_OVERDUE, AS_OF).ofSize(none))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: size.risks = 0: expected at least 1 risk to inject RISK-005"
                + " into");
  }

  @Test
  void refusesNoDay() {
    assertThatThrownBy(() -> RiskRegisterGenerator.valid(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("asOf");
  }
}
