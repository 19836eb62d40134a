package dev.governance.core.party;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The roles that IT governance names everywhere. Each has a stable id, used as the {@link Role} id,
 * so that engines can find, say, the system owner in any model.
 */
public enum WellKnownRole {
  /** Leads a program: budget, schedule and coordination across its projects. */
  PROGRAM_MANAGER("program-manager", "Program manager"),
  /** Owns a system: performance, security, compliance, lifecycle and vendors. */
  SYSTEM_OWNER("system-owner", "System owner"),
  /** Answers what a project delivers and why. */
  PROJECT_OWNER("project-owner", "Project owner"),
  /** Answers how a project delivers and who does the work. */
  PROJECT_MANAGER("project-manager", "Project manager"),
  /** Runs the IT estate, its staff and budget. */
  INFORMATION_SYSTEMS_MANAGER("information-systems-manager", "Information-systems manager"),
  /** Owns information security. */
  SECURITY_OFFICER("security-officer", "Security officer"),
  /** Evaluates, directs and monitors; settles disagreements. */
  STEERING_COMMITTEE("steering-committee", "Steering committee"),
  /** Audits IT controls independently. */
  IT_AUDITOR("it-auditor", "IT auditor");

  private final String id;
  private final String title;

  WellKnownRole(String id, String title) {
    this.id = id;
    this.title = title;
  }

  /** Returns the role's stable id, such as {@code system-owner}. */
  public String id() {
    return id;
  }

  /**
   * Returns the well-known role with {@code id}, such as {@link #SYSTEM_OWNER} for {@code
   * system-owner}.
   *
   * @param id a role id, matched exactly
   * @return the role, or empty when no well-known role has that id
   */
  public static Optional<WellKnownRole> byId(String id) {
    Objects.requireNonNull(id, "id");
    return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
  }

  /** Returns this well-known role as a {@link Role} with its id and English name. */
  public Role role() {
    return Role.of(id, title);
  }
}
