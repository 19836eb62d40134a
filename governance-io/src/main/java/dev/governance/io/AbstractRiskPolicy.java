package dev.governance.io;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.inRange;

import com.google.common.collect.ImmutableMap;
import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.core.risk.AssessmentStage;
import dev.governance.rules.Severity;
import dev.governance.rules.health.GovernanceHealth;
import dev.governance.rules.risk.RiskMatrix;
import dev.governance.rules.risk.RiskRegister;
import dev.governance.rules.risk.RiskRegisterRule;
import dev.governance.rules.risk.quant.LossSimulation;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The risk register's configuration in a policy file: the matrix levels are read from ({@code
 * nist-800-30}, NIST SP 800-30 Rev. 1 Table I-2, or {@code 3x3}), the review cadence per level, the
 * assessment that times reviews, how old control evidence may be, the years and seed of the loss
 * simulation and severities that replace rules' defaults. Every default is {@link
 * dev.governance.rules.risk.RiskRegister#standard()}'s.
 */
@Value.Immutable
abstract class AbstractRiskPolicy {

  /** The matrix names a policy may give. */
  static final List<String> MATRICES = List.of("nist-800-30", "3x3");

  /** Returns the matrix's name: {@code nist-800-30} (the default) or {@code 3x3}. */
  @Value.Default
  public String matrix() {
    return MATRICES.get(0);
  }

  /**
   * Returns the review cadence per level of the matrix; by default the register's own for that
   * matrix. A level the matrix does not have is rejected.
   */
  @Value.Default
  public ImmutableMap<String, Period> reviewCadence() {
    return RiskRegister.builder().matrix(riskMatrix()).build().reviewCadence();
  }

  /** Returns the assessment whose level times reviews. */
  @Value.Default
  public AssessmentStage reviewStage() {
    return RiskRegister.standard().reviewStage();
  }

  /** Returns how old control evidence may be. */
  @Value.Default
  public Period evidenceMaxAge() {
    return RiskRegister.standard().evidenceMaxAge();
  }

  /** The most years a policy may ask the loss simulation for: 8 MB of simulated losses. */
  static final int MOST_SIMULATION_YEARS = 1_000_000;

  /**
   * Returns how many years the model's loss scenarios are simulated over for the register's loss
   * exceedance curve; {@link dev.governance.rules.health.GovernanceHealth#standard()}'s (20,000) by
   * default, at most 1,000,000.
   */
  @Value.Default
  public int simulationYears() {
    return GovernanceHealth.standard().lossSimulation().years();
  }

  /** Returns the simulation's seed, so that one model always gives one curve; 1 by default. */
  @Value.Default
  public long simulationSeed() {
    return GovernanceHealth.standard().lossSimulation().seed();
  }

  /** Returns the loss simulation this policy configures. */
  public LossSimulation simulation() {
    return LossSimulation.builder().years(simulationYears()).seed(simulationSeed()).build();
  }

  /** Returns severities that replace rules' defaults. */
  public abstract ImmutableMap<RiskRegisterRule, Severity> severities();

  /**
   * Returns the risk register this policy configures.
   *
   * @param calendar the business days review dates fall on, if any
   * @return the register
   */
  public RiskRegister register(Optional<HolidayCalendar> calendar) {
    return RiskRegister.builder()
        .matrix(riskMatrix())
        .reviewCadence(reviewCadence())
        .reviewStage(reviewStage())
        .evidenceMaxAge(evidenceMaxAge())
        .calendar(calendar)
        .putAllSeverities(severities())
        .build();
  }

  private RiskMatrix riskMatrix() {
    return matrix().equals("3x3") ? RiskMatrix.threeByThree() : RiskMatrix.nist80030();
  }

  @Value.Check
  protected void validate() {
    check(MATRICES.contains(matrix()), "matrix", matrix(), "one of " + String.join(", ", MATRICES));
    inRange(simulationYears(), 1, MOST_SIMULATION_YEARS, "simulationYears");
    // a cadence for a level the matrix lacks fails where the policy file is read, at its path
    var unused = register(Optional.empty());
  }
}
