package dev.governance.testkit;

import dev.governance.core.GovernanceValidationException;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Input with one deliberate defect: building it must throw {@link GovernanceValidationException}
 * with a violation at {@link #expectedPath()}.
 */
public final class InvalidInput {

  private final Defect defect;
  private final String expectedPath;
  private final Supplier<?> attempt;

  InvalidInput(Defect defect, String expectedPath, Supplier<?> attempt) {
    this.defect = Objects.requireNonNull(defect, "defect");
    this.expectedPath = Objects.requireNonNull(expectedPath, "expectedPath");
    this.attempt = Objects.requireNonNull(attempt, "attempt");
  }

  /** Returns the defect injected. */
  public Defect defect() {
    return defect;
  }

  /**
   * Returns the path at which the defect must be reported, such as {@code risks[3].systemOwner}.
   */
  public String expectedPath() {
    return expectedPath;
  }

  /**
   * Tries to build the input.
   *
   * @return never returns normally when the library is correct
   * @throws GovernanceValidationException naming {@link #expectedPath()} among its violations
   */
  public Object build() {
    return attempt.get();
  }

  /** Returns the defect and the expected path. */
  @Override
  public String toString() {
    return defect + " at " + expectedPath;
  }
}
