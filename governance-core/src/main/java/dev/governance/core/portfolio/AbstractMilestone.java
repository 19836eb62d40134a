package dev.governance.core.portfolio;

import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.notBlank;

import dev.governance.core.GovernanceValidationException;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A dated milestone of a program or of a project (exactly one of the two). */
@Value.Immutable
abstract class AbstractMilestone {

  /** Returns the milestone's id, unique in a model. */
  public abstract String id();

  /** Returns the milestone's name. */
  public abstract String name();

  /** Returns what the milestone marks; {@link MilestoneKind#MILESTONE} by default. */
  @Value.Default
  public MilestoneKind kind() {
    return MilestoneKind.MILESTONE;
  }

  /** Returns the planned date. */
  public abstract LocalDate due();

  /** Returns the id of the program, for a program milestone. */
  public abstract Optional<String> program();

  /** Returns the id of the project, for a project milestone. */
  public abstract Optional<String> project();

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    notBlank(name(), "name");
    program().ifPresent(p -> identifier(p, "program"));
    project().ifPresent(p -> identifier(p, "project"));
    if (program().isPresent() == project().isPresent()) {
      throw GovernanceValidationException.of(
          "program",
          program().orElse("<missing>") + ", project " + project().orElse("<missing>"),
          "exactly one of program and project");
    }
  }
}
