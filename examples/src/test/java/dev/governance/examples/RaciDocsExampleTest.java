package dev.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.party.RoleAssignment;
import dev.governance.core.raci.RaciActivity;
import dev.governance.core.raci.RaciAssignment;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.rules.Finding;
import dev.governance.rules.raci.PersonLoad;
import dev.governance.rules.raci.RaciReport;
import dev.governance.rules.raci.RaciValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The code example of docs/raci.md, kept compiling and true. */
class RaciDocsExampleTest {

  @Test
  void docsExampleFindsWhatTheDocsSay() {
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
                    .build())
            .addAssignments(
                RaciAssignment.of("plan", "program-manager", "A/R"),
                RaciAssignment.of("plan", "system-owner", "C"),
                RaciAssignment.of("migrate", "system-owner", "A"),
                RaciAssignment.of("migrate", "dev-lead", "R"))
            .build();

    RaciReport report =
        RaciValidator.standard()
            .validate(
                release,
                List.of(
                    RoleAssignment.of("program-manager", List.of("ana")),
                    RoleAssignment.of("system-owner", List.of("cy")),
                    RoleAssignment.of("dev-lead", List.of("bo")),
                    RoleAssignment.of("qa-lead", List.of())));

    assertThat(report.findings().findings())
        .extracting(Finding::toString)
        .containsExactly(
            "ERROR RACI-004 [activity=migrate, role=program-manager, matrix=platform-release]"
                + " Critical activity 'Migrate customer data' has no letter for role"
                + " 'program-manager'",
            "ERROR RACI-004 [activity=migrate, role=qa-lead, matrix=platform-release] Critical"
                + " activity 'Migrate customer data' has no letter for role 'qa-lead'",
            "WARNING RACI-006 [role=qa-lead, matrix=platform-release] Role 'qa-lead' has no letter"
                + " on any activity",
            "WARNING RACI-011 [role=qa-lead, matrix=platform-release] Role 'qa-lead' has no person"
                + " assigned");
    assertThat(report.personLoads())
        .containsExactly(
            PersonLoad.of("ana", 1, 1), PersonLoad.of("bo", 0, 1), PersonLoad.of("cy", 1, 0));
  }
}
