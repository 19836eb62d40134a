package dev.governance.core.raci;

import static dev.governance.core.ArgChecker.identifier;

import org.immutables.value.Value;

/** One filled cell of a responsibility matrix: an activity, a role and the letters in the cell. */
@Value.Immutable
abstract class AbstractRaciAssignment {

  /** Returns the id of the activity (the row). */
  @Value.Parameter
  public abstract String activity();

  /** Returns the id of the role (the column). */
  @Value.Parameter
  public abstract String role();

  /** Returns the letters in the cell. */
  @Value.Parameter
  public abstract RaciCell cell();

  /**
   * Returns an assignment whose cell is parsed from text, as in {@link RaciCell#parse(String)}.
   *
   * @param activity the activity id
   * @param role the role id
   * @param letters the cell's text, such as {@code "A/R"}
   * @return the assignment
   * @throws dev.governance.core.GovernanceValidationException if an id or the letters are invalid
   */
  public static RaciAssignment of(String activity, String role, String letters) {
    return RaciAssignment.of(activity, role, RaciCell.parse(letters));
  }

  @Value.Check
  protected void validate() {
    identifier(activity(), "activity");
    identifier(role(), "role");
  }
}
