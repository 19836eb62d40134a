package dev.governance.io;

import static dev.governance.core.ArgChecker.identifier;

import dev.governance.core.risk.LossSpec;
import dev.governance.rules.risk.quant.LossScenario;
import dev.governance.rules.risk.quant.LossSpecs;
import org.immutables.value.Value;

/**
 * One loss scenario of a scenarios file ({@link ScenarioFile}): an id, how often a loss event
 * happens a year ({@code poisson:RATE} or {@code probability:P}) and how much one costs ({@code
 * lognormal90:LOW,HIGH} or {@code pert:MIN,MODE,MAX}), read as a model's loss scenarios are ({@link
 * LossSpec}), with no register risk behind it.
 */
@Value.Immutable
abstract class AbstractScenarioSpec {

  /** Returns the scenario's id, unique in its file. */
  public abstract String id();

  /** Returns the loss event frequency, {@code poisson:RATE} or {@code probability:P}. */
  public abstract String frequency();

  /** Returns the loss magnitude, {@code lognormal90:LOW,HIGH} or {@code pert:MIN,MODE,MAX}. */
  public abstract String magnitude();

  /** Returns the frequency, read; a frequency that does not read is rejected on building. */
  @Value.Derived
  public LossSpec frequencySpec() {
    return LossSpec.frequency(frequency(), "frequency");
  }

  /** Returns the magnitude, read; a magnitude that does not read is rejected on building. */
  @Value.Derived
  public LossSpec magnitudeSpec() {
    return LossSpec.magnitude(magnitude(), "magnitude");
  }

  /** Returns the scenario to simulate, under its id. */
  public LossScenario lossScenario() {
    return LossSpecs.scenario(id(), frequencySpec(), magnitudeSpec());
  }

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
  }
}
