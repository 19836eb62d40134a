package dev.governance.rules.diff;

import static dev.governance.core.ArgChecker.check;

import dev.governance.rules.Finding;
import org.immutables.value.Value;

/**
 * A finding reported in both snapshots (the same code and subject) whose severity or waiver mark
 * changed: it was raised or lowered by a policy or a new value, or a waiver now accepts it, or no
 * longer does.
 */
@Value.Immutable
abstract class AbstractFindingChange {

  /** Returns the finding as the earlier snapshot reported it. */
  @Value.Parameter
  public abstract Finding before();

  /** Returns the finding as the later snapshot reports it. */
  @Value.Parameter
  public abstract Finding after();

  @Value.Check
  protected void validate() {
    check(
        before().code().equals(after().code()) && before().subject().equals(after().subject()),
        "after",
        after().code() + " [" + after().subject() + "]",
        "the code and subject of before, " + before().code() + " [" + before().subject() + "]");
    check(
        before().severity() != after().severity() || !before().waived().equals(after().waived()),
        "after",
        after().severity() + " " + after().waived().map(Object::toString).orElse("not waived"),
        "a severity or waiver other than before's");
  }
}
