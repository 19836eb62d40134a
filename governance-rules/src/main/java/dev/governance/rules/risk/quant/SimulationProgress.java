package dev.governance.rules.risk.quant;

/**
 * Told, after each chunk of simulated years, how far a simulation has come; called from the
 * simulating threads.
 */
@FunctionalInterface
public interface SimulationProgress {

  /** Does nothing. */
  SimulationProgress NONE = (done, total) -> {};

  /**
   * Reports progress.
   *
   * @param done the years simulated so far, of every risk
   * @param total the years to simulate
   */
  void update(long done, long total);
}
