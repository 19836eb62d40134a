package dev.governance.rules.risk.quant;

import dev.governance.core.risk.LossSpec;
import dev.governance.core.risk.RiskScenario;
import java.util.List;

/**
 * The distributions that a model's {@link LossSpec}s name, and a model's loss scenarios as
 * simulation scenarios: {@code poisson:RATE} is {@link Frequency#poisson}, {@code probability:P}
 * {@link Frequency#annualProbability}, {@code lognormal90:LOW,HIGH} {@link
 * Distribution#lognormal90} and {@code pert:MIN,MODE,MAX} {@link Distribution#pert}.
 */
public final class LossSpecs {

  private LossSpecs() {}

  /**
   * Returns the frequency a spec names.
   *
   * @param spec a frequency spec
   * @return the frequency
   * @throws IllegalArgumentException if the spec names a magnitude
   */
  public static Frequency frequency(LossSpec spec) {
    List<Double> p = spec.parameters();
    switch (spec.kind()) {
      case POISSON:
        return Frequency.poisson(p.get(0));
      case PROBABILITY:
        return Frequency.annualProbability(p.get(0));
      default:
        throw new IllegalArgumentException(spec + " is a magnitude, not a frequency");
    }
  }

  /**
   * Returns the magnitude distribution a spec names.
   *
   * @param spec a magnitude spec
   * @return the distribution
   * @throws IllegalArgumentException if the spec names a frequency
   */
  public static Distribution magnitude(LossSpec spec) {
    List<Double> p = spec.parameters();
    switch (spec.kind()) {
      case LOGNORMAL90:
        return Distribution.lognormal90(p.get(0), p.get(1));
      case PERT:
        return Distribution.pert(p.get(0), p.get(1), p.get(2));
      default:
        throw new IllegalArgumentException(spec + " is a frequency, not a magnitude");
    }
  }

  /**
   * Returns a model's loss scenario as a simulation scenario with the same id.
   *
   * @param scenario the model's scenario
   * @return the scenario to simulate
   */
  public static LossScenario scenario(RiskScenario scenario) {
    return scenario(scenario.id(), scenario.frequencySpec(), scenario.magnitudeSpec());
  }

  /**
   * Returns the simulation scenario of a frequency spec and a magnitude spec.
   *
   * @param id the scenario's id
   * @param frequency a frequency spec
   * @param magnitude a magnitude spec
   * @return the scenario to simulate
   * @throws IllegalArgumentException if {@code frequency} names a magnitude or {@code magnitude} a
   *     frequency
   * @throws dev.governance.core.GovernanceValidationException if {@code id} is not an id
   */
  public static LossScenario scenario(String id, LossSpec frequency, LossSpec magnitude) {
    return LossScenario.builder()
        .id(id)
        .lossEventFrequency(frequency(frequency))
        .primaryLoss(magnitude(magnitude))
        .build();
  }
}
