package dev.governance.examples;

import dev.governance.core.party.RoleAssignment;
import dev.governance.core.raci.RaciActivity;
import dev.governance.core.raci.RaciAssignment;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.rules.Finding;
import dev.governance.rules.raci.PersonLoad;
import dev.governance.rules.raci.RaciPolicy;
import dev.governance.rules.raci.RaciReport;
import dev.governance.rules.raci.RaciValidator;
import dev.governance.rules.raci.RolePair;
import java.io.PrintStream;
import java.util.List;

/**
 * Validates the omni-channel platform release's RACI matrix, with who holds each role, and prints
 * the findings and each person's load.
 */
public final class RaciExample {

  private RaciExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    RaciMatrix release =
        RaciMatrix.builder()
            .id("platform-release")
            .name("Platform release")
            .addRoles("program-manager", "system-owner", "dev-lead", "qa-lead")
            .addActivities(
                RaciActivity.of("plan", "Plan the release"),
                RaciActivity.builder()
                    .id("migrate")
                    .name("Migrate customer data")
                    .critical(true)
                    .build(),
                RaciActivity.of("test", "Test the release"),
                RaciActivity.of("go-live", "Approve go-live"))
            .addAssignments(
                RaciAssignment.of("plan", "program-manager", "A/R"),
                RaciAssignment.of("plan", "system-owner", "C"),
                RaciAssignment.of("plan", "dev-lead", "C"),
                RaciAssignment.of("migrate", "system-owner", "A"),
                RaciAssignment.of("migrate", "dev-lead", "R"),
                RaciAssignment.of("migrate", "program-manager", "I"),
                RaciAssignment.of("test", "qa-lead", "R"),
                RaciAssignment.of("test", "dev-lead", "C"),
                RaciAssignment.of("go-live", "program-manager", "A"),
                RaciAssignment.of("go-live", "system-owner", "A"),
                RaciAssignment.of("go-live", "dev-lead", "R"))
            .build();
    List<RoleAssignment> holders =
        List.of(
            RoleAssignment.of("program-manager", List.of("ana")),
            RoleAssignment.of("system-owner", List.of("ana")),
            RoleAssignment.of("dev-lead", List.of("bo")),
            RoleAssignment.of("qa-lead", List.of()));
    RaciValidator validator =
        RaciValidator.of(
            RaciPolicy.builder()
                .addConflictingRoles(RolePair.of("program-manager", "system-owner"))
                .build());

    RaciReport report = validator.validate(release, holders);
    out.println("RACI check of '" + release.name() + "': " + report.findings().counts());
    for (Finding finding : report.findings().findings()) {
      out.println("  " + finding);
    }
    for (PersonLoad load : report.personLoads()) {
      out.println(
          "  load of "
              + load.person()
              + ": Accountable "
              + load.accountable()
              + ", Responsible "
              + load.responsible());
    }
  }
}
