package dev.governance.rules.risk.quant;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.inRange;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A risk as Open FAIR decomposes it (The Open Group, Risk Taxonomy C13K, section 4): loss event
 * frequency, given or as threat event frequency times vulnerability; and loss magnitude, primary
 * plus secondary (a secondary loss follows a loss event with the secondary loss event probability,
 * and has its own magnitude).
 *
 * <p>A simulated year draws the count of (threat or loss) events, then each event's own magnitude,
 * and sums them (see {@link LossSimulation}); not one frequency times one magnitude, which
 * understates the tail.
 */
@Value.Immutable
abstract class AbstractLossScenario implements java.io.Serializable {

  /** Returns the risk's identifier. */
  public abstract String id();

  /**
   * Returns the loss event frequency, when given directly (else threat event frequency and
   * vulnerability).
   */
  public abstract Optional<Frequency> lossEventFrequency();

  /**
   * Returns the threat event frequency, with {@link #vulnerability()}, when loss events are not
   * given directly.
   */
  public abstract Optional<Frequency> threatEventFrequency();

  /** Returns the vulnerability that turns threat events into loss events. */
  public abstract Optional<Vulnerability> vulnerability();

  /** Returns the primary loss magnitude of a loss event. */
  public abstract Distribution primaryLoss();

  /** Returns the probability that a loss event brings secondary loss (0 by default). */
  @Value.Default
  public double secondaryLossProbability() {
    return 0;
  }

  /**
   * Returns the secondary loss magnitude, required when the secondary loss probability is above 0.
   */
  public abstract Optional<Distribution> secondaryLoss();

  @Value.Check
  protected void validate() {
    identifier(id(), "lossScenario.id");
    String where = "lossScenario[" + id() + "]";
    check(
        lossEventFrequency().isPresent() != threatEventFrequency().isPresent(),
        where + ".lossEventFrequency",
        lossEventFrequency(),
        "either a loss event frequency or a threat event frequency, exactly one");
    check(
        threatEventFrequency().isPresent() == vulnerability().isPresent(),
        where + ".vulnerability",
        vulnerability(),
        "a vulnerability exactly when a threat event frequency is given");
    check(
        primaryLoss().minimum() >= 0,
        where + ".primaryLoss",
        primaryLoss(),
        "a magnitude distribution with no values below 0");
    inRange(secondaryLossProbability(), 0, 1, where + ".secondaryLossProbability");
    check(
        secondaryLoss().isPresent() == secondaryLossProbability() > 0,
        where + ".secondaryLoss",
        secondaryLoss(),
        "a secondary loss magnitude exactly when the secondary loss probability is above 0");
    check(
        secondaryLoss().map(Distribution::minimum).orElse(0.0) >= 0,
        where + ".secondaryLoss",
        secondaryLoss(),
        "a magnitude distribution with no values below 0");
  }
}
