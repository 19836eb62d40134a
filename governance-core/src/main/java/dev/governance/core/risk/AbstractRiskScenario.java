package dev.governance.core.risk;

import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.identifiers;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * A loss scenario of a register risk, for quantitative analysis (Open FAIR, The Open Group Risk
 * Taxonomy O-RT, section 4): how often a loss event happens a year and how much one costs, with the
 * controls assumed in place.
 */
@Value.Immutable
abstract class AbstractRiskScenario {

  /** Returns the scenario's id, unique in a model. */
  public abstract String id();

  /** Returns the id of the register risk it quantifies. */
  public abstract String risk();

  /** Returns the loss event frequency, {@code poisson:RATE} or {@code probability:P}. */
  public abstract String frequency();

  /** Returns the loss magnitude, {@code lognormal90:LOW,HIGH} or {@code pert:MIN,MODE,MAX}. */
  public abstract String magnitude();

  /** Returns the ids of the controls the estimate assumes in place; none repeated. */
  public abstract ImmutableList<String> controls();

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

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    identifier(risk(), "risk");
    identifiers(controls(), "controls");
  }
}
