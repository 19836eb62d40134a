package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableSortedMap;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.money.Money;
import dev.governance.core.party.Person;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.party.WellKnownRole;
import dev.governance.core.portfolio.Criticality;
import dev.governance.core.portfolio.InformationSystem;
import dev.governance.core.portfolio.Milestone;
import dev.governance.core.portfolio.MilestoneKind;
import dev.governance.core.portfolio.Program;
import dev.governance.core.practice.RoadmapWindow;
import dev.governance.core.practice.Waiver;
import dev.governance.core.practice.WindowKind;
import dev.governance.io.GovernanceJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, acceptance 4: a waived ERROR does not make {@code validate} exit 1; an expired one, or
 * one approved without authority, does.
 */
class ValidateWaiversTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void aWaivedErrorAloneExits0AndIsStillPrintedMarked() throws Exception {
    Path model = write(model("lea"));
    Cli.Result text = Cli.run("validate", model.toString(), "--as-of", "2025-12-31");
    assertThat(text.code()).isEqualTo(GovernanceCli.OK);
    assertThat(text.out())
        .contains(
            "ERROR GOV-005 [program=omni, system=commerce, milestone=go-live] Go-live 'Click and"
                + " collect' on 2025-12-08 falls inside commerce's freeze window 2025-11-24 to"
                + " 2025-12-28 (waived by go-live-accepted until 2026-01-15)")
        .contains("1 errors, ")
        .endsWith(" (1 waived)\n");
    Cli.Result json =
        Cli.run("validate", model.toString(), "--as-of", "2025-12-31", "--format", "json");
    assertThat(json.code()).isEqualTo(GovernanceCli.OK);
    JsonNode waived = JSON.readTree(json.out()).at("/findings/0");
    assertThat(waived.get("code").asText()).isEqualTo("GOV-005");
    assertThat(waived.get("waived").toString())
        .isEqualTo("{\"id\":\"go-live-accepted\",\"until\":\"2026-01-15\"}");
    Cli.Result sarif =
        Cli.run("validate", model.toString(), "--as-of", "2025-12-31", "--format", "sarif");
    assertThat(sarif.code()).isEqualTo(GovernanceCli.OK);
    assertThat(JSON.readTree(sarif.out()).at("/runs/0/results/0/suppressions/0/status").asText())
        .isEqualTo("accepted");
  }

  @Test
  void anExpiredWaiverExits1WithTheFindingActiveAgainAndWaiver001() throws Exception {
    Path model = write(model("lea"));
    Cli.Result result = Cli.run("validate", model.toString(), "--as-of", "2026-01-16");
    assertThat(result.code()).isEqualTo(GovernanceCli.FINDINGS);
    assertThat(result.out())
        .doesNotContain("(waived by")
        .contains(
            "WARNING WAIVER-001 [waiver=go-live-accepted] Waiver 'go-live-accepted' of GOV-005"
                + " expired on 2026-01-15; its finding is active again")
        .doesNotContain(" waived)");
  }

  @Test
  void aWaiverApprovedWithoutAuthorityExits1() throws Exception {
    Path model = write(model("cy"));
    Cli.Result result = Cli.run("validate", model.toString(), "--as-of", "2025-12-31");
    assertThat(result.code()).isEqualTo(GovernanceCli.FINDINGS);
    assertThat(result.out())
        .contains(
            "ERROR WAIVER-003 [waiver=go-live-accepted] Waiver 'go-live-accepted' of GOV-005 is"
                + " not applied: cy, who approved it, holds none of the approving roles"
                + " steering-committee, information-systems-manager");
  }

  @Test
  void aPolicyThatMarksTheCodeNotWaivableMakesTheWaiverInapplicable() throws Exception {
    Path model = write(model("lea"));
    Path policy =
        Files.writeString(
            dir.resolve("policy.json"), "{\"waivers\": {\"notWaivable\": [\"GOV-005\"]}}");
    Cli.Result result =
        Cli.run(
            "validate", model.toString(), "--as-of", "2025-12-31", "--policy", policy.toString());
    assertThat(result.code()).isEqualTo(GovernanceCli.FINDINGS);
    assertThat(result.out())
        .contains("the policy marks GOV-005 as not waivable")
        .doesNotContain("(waived by");
  }

  private Path write(GovernanceModel model) throws Exception {
    return Files.write(dir.resolve("model.json"), GovernanceJson.toBytes(model));
  }

  /**
   * A go-live inside the commerce freeze, its only ERROR, waived until 2026-01-15 by {@code
   * approver}; lea sits on the steering committee, cy owns the system.
   */
  private static GovernanceModel model(String approver) {
    return GovernanceModel.builder()
        .name("Click and collect")
        .addPeople(Person.of("ana", "Ana"), Person.of("cy", "Cy"), Person.of("lea", "Lea"))
        .addRoles(WellKnownRole.STEERING_COMMITTEE.role())
        .addRoleAssignments(RoleAssignment.of("steering-committee", List.of("lea")))
        .addPrograms(
            Program.builder()
                .id("omni")
                .name("Omni-channel")
                .budget(Money.parse("1000000", "EUR"))
                .baselineStart(LocalDate.of(2025, 1, 1))
                .baselineFinish(LocalDate.of(2026, 12, 31))
                .programManager("ana")
                .build())
        .addSystems(
            InformationSystem.builder()
                .id("commerce")
                .name("Commerce")
                .owner("cy")
                .criticality(Criticality.HIGH)
                .addPrograms("omni")
                .build())
        .addMilestones(
            Milestone.builder()
                .id("go-live")
                .name("Click and collect")
                .kind(MilestoneKind.GO_LIVE)
                .due(LocalDate.of(2025, 12, 8))
                .program("omni")
                .build())
        .addRoadmapWindows(
            RoadmapWindow.builder()
                .id("peak-freeze")
                .system("commerce")
                .kind(WindowKind.FREEZE)
                .start(LocalDate.of(2025, 11, 24))
                .end(LocalDate.of(2025, 12, 28))
                .build())
        .addWaivers(
            Waiver.builder()
                .id("go-live-accepted")
                .code("GOV-005")
                .putAllSubject(ImmutableSortedMap.of("system", "commerce", "milestone", "go-live"))
                .reason("Go live with hypercare")
                .approvedBy(approver)
                .from(LocalDate.of(2025, 11, 12))
                .until(LocalDate.of(2026, 1, 15))
                .build())
        .build();
  }
}
