package dev.governance.testkit;

import static dev.governance.core.ArgChecker.check;

import dev.governance.core.model.GovernanceModel;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Generates models whose joint risk register has no finding of the standard risk register check
 * ({@code RiskRegister.standard()} of governance-rules, RISK-001 to RISK-009) as of a given day, or
 * such a model with one {@link RiskDefect} injected into one of its risks.
 *
 * <p>A model is drawn by {@link GovernanceModelGenerator} of the generator's {@link ModelSize},
 * then its register is repaired as of the day, risk by risk: the system owner owns one of the
 * risk's systems and the program owner leads one of its projects or their program (else the risk
 * touches none); the residual assessment ranks no higher than the inherent one and equals it where
 * no control is applied; an accepted risk's acceptance holds on the day; a risk not reviewed in the
 * 90 days before the day (the shortest standard cadence) was reviewed within them; a passed target
 * date moves after the day; each open action past due is due again on or after the day; a risk not
 * accepted and with no open action gets a planned one. Last, every control claiming an effect has
 * evidence at most half a year old. The repairs draw only what they change, after the model's own
 * draws, and the defect's draws come after the repairs: with the same random state, {@link
 * #withDefect(RiskDefect, LocalDate)} gives {@link #valid(LocalDate)}'s model with the defect
 * injected.
 */
public final class RiskRegisterGenerator implements Generator<GovernanceModel> {

  private final ModelSize size;
  private final LocalDate asOf;
  private final Optional<RiskDefect> defect;

  private RiskRegisterGenerator(ModelSize size, LocalDate asOf, Optional<RiskDefect> defect) {
    check(
        defect.isEmpty() || size.risks() > 0,
        "size.risks",
        size.risks(),
        "at least 1 risk to inject " + defect.map(RiskDefect::code).orElse("") + " into");
    this.size = size;
    this.asOf = asOf;
    this.defect = defect;
  }

  /**
   * Returns a generator of models of {@link ModelSize#small()} whose register has no finding as of
   * {@code asOf}.
   *
   * @param asOf the day the risk register rules will judge by
   * @return the generator
   */
  public static RiskRegisterGenerator valid(LocalDate asOf) {
    return new RiskRegisterGenerator(
        ModelSize.small(), Objects.requireNonNull(asOf, "asOf"), Optional.empty());
  }

  /**
   * Returns a generator of models of {@link ModelSize#small()} whose register, with no finding as
   * of {@code asOf} otherwise, has {@code defect} in one risk.
   *
   * @param defect the defect to inject
   * @param asOf the day the risk register rules will judge by
   * @return the generator
   */
  public static RiskRegisterGenerator withDefect(RiskDefect defect, LocalDate asOf) {
    return new RiskRegisterGenerator(
        ModelSize.small(),
        Objects.requireNonNull(asOf, "asOf"),
        Optional.of(Objects.requireNonNull(defect, "defect")));
  }

  /**
   * Returns this generator drawing models of {@code size}.
   *
   * @param size how many of each part
   * @return the generator
   * @throws dev.governance.core.GovernanceValidationException if the generator injects a defect and
   *     {@code size} has no risk
   */
  public RiskRegisterGenerator ofSize(ModelSize size) {
    return new RiskRegisterGenerator(Objects.requireNonNull(size, "size"), asOf, defect);
  }

  @Override
  public GovernanceModel generate(RandomGenerator random) {
    GovernanceModel model = GovernanceModelGenerator.of(size).generate(random);
    RegisterDraft draft = new RegisterDraft(model, asOf);
    for (int i = 0; i < draft.risks.size(); i++) {
      draft.repairOwners(i, random);
      draft.repairResidual(i);
      draft.repairAcceptance(i, random);
      draft.repairReview(i, random);
      draft.repairTarget(i, random);
      draft.repairDueDates(i, random);
      draft.repairOpenAction(i, random);
    }
    draft.repairEvidence(random);
    GovernanceModel valid = draft.build();
    return defect.map(d -> d.inject(valid, asOf, random)).orElse(valid);
  }
}
