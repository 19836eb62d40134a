package dev.governance.testkit;

/**
 * Thrown by {@link Property#check} when a property fails: an assertion error whose message is the
 * {@link Counterexample}'s report and whose cause is the failure on the shrunk value.
 */
public final class PropertyFailure extends AssertionError {

  private static final long serialVersionUID = 1L;

  private final transient Counterexample<?> counterexample;

  /**
   * Creates the failure.
   *
   * @param counterexample the shrunk counterexample
   */
  public PropertyFailure(Counterexample<?> counterexample) {
    super(counterexample.toString(), counterexample.failure());
    this.counterexample = counterexample;
  }

  /** Returns the shrunk counterexample. */
  public Counterexample<?> counterexample() {
    return counterexample;
  }
}
