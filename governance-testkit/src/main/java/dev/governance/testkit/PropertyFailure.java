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
    this(counterexample, counterexample.toString());
  }

  /**
   * Creates the failure with its own message, such as {@link Counterexample#report} telling how to
   * rerun where the property is declared.
   *
   * @param counterexample the shrunk counterexample
   * @param message the failure's message
   */
  public PropertyFailure(Counterexample<?> counterexample, String message) {
    super(message, counterexample.failure());
    this.counterexample = counterexample;
  }

  /** Returns the shrunk counterexample. */
  public Counterexample<?> counterexample() {
    return counterexample;
  }
}
