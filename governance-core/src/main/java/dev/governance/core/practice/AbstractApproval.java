package dev.governance.core.practice;

import static dev.governance.core.ArgChecker.identifier;

import java.time.LocalDate;
import org.immutables.value.Value;

/** An approval given to a change: by whom, in which role, on which day. */
@Value.Immutable
abstract class AbstractApproval {

  /** Returns the role the approver acted in, such as {@code change-board}. */
  @Value.Parameter
  public abstract String role();

  /** Returns the person who approved. */
  @Value.Parameter
  public abstract String person();

  /** Returns the day of the approval. */
  @Value.Parameter
  public abstract LocalDate approvedOn();

  @Value.Check
  protected void validate() {
    identifier(role(), "role");
    identifier(person(), "person");
  }
}
