package dev.governance.core.portfolio;

import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.notBlank;

import org.immutables.value.Value;

/**
 * A deliverable of a project. Major deliverables need a RACI matrix; critical ones need every
 * role's cell filled.
 */
@Value.Immutable
abstract class AbstractDeliverable {

  /** Returns the deliverable's id, unique in a model. */
  public abstract String id();

  /** Returns the deliverable's name. */
  public abstract String name();

  /** Returns the id of the project that produces it. */
  public abstract String project();

  /**
   * Returns whether the deliverable is critical (every RACI cell must be filled); false by default.
   */
  @Value.Default
  public boolean critical() {
    return false;
  }

  /** Returns whether the deliverable is major (it needs a RACI matrix); false by default. */
  @Value.Default
  public boolean major() {
    return false;
  }

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    notBlank(name(), "name");
    identifier(project(), "project");
  }
}
