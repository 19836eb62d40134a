package dev.governance.rules.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.kpi.Aggregation;
import dev.governance.core.kpi.Direction;
import dev.governance.core.kpi.KpiDefinition;
import dev.governance.core.kpi.KpiSource;
import dev.governance.core.kpi.Perspective;
import dev.governance.core.kpi.UpdateFrequency;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.money.Money;
import dev.governance.core.party.Person;
import dev.governance.core.party.Role;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.party.WellKnownRole;
import dev.governance.core.portfolio.Criticality;
import dev.governance.core.portfolio.Deliverable;
import dev.governance.core.portfolio.InformationSystem;
import dev.governance.core.portfolio.Milestone;
import dev.governance.core.portfolio.MilestoneKind;
import dev.governance.core.portfolio.Program;
import dev.governance.core.portfolio.Project;
import dev.governance.core.practice.ChangeRequest;
import dev.governance.rules.Finding;
import dev.governance.rules.Severity;
import dev.governance.rules.Subject;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RecipientsTest {

  /**
   * Two programs with their own managers (ana for omni, bo for retail), a system in each (commerce
   * owned by cy, pos by eli), each system owner holding the organisation's own role that plays the
   * system owner, a project in each program with its owner and manager.
   */
  static final GovernanceModel MODEL =
      GovernanceModel.builder()
          .name("Two programs")
          .addPeople(
              Person.of("ana", "Ana Lima"),
              Person.of("bo", "Bo Berg"),
              Person.of("cy", "Cy Wei"),
              Person.of("eli", "Eli Moreau"),
              Person.of("hal", "Hal Brennan"),
              Person.of("jon", "Jon Park"),
              Person.of("ivy", "Ivy Chen"),
              Person.of("oli", "Oli Grant"),
              Person.of("lea", "Lea Rossi"),
              Person.of("kai", "Kai Suzuki"),
              Person.of("dara", "Dara Okafor"))
          .addRoles(
              WellKnownRole.PROGRAM_MANAGER.role(),
              WellKnownRole.STEERING_COMMITTEE.role(),
              WellKnownRole.SECURITY_OFFICER.role(),
              Role.builder()
                  .id("commerce-owner")
                  .name("E-commerce owner")
                  .plays(WellKnownRole.SYSTEM_OWNER)
                  .build(),
              Role.builder()
                  .id("pos-owner")
                  .name("POS owner")
                  .plays(WellKnownRole.SYSTEM_OWNER)
                  .build(),
              Role.of("change-board", "Change board"))
          .addRoleAssignments(
              RoleAssignment.of("program-manager", List.of("ana", "bo")),
              RoleAssignment.of("steering-committee", List.of("lea", "kai")),
              RoleAssignment.of("security-officer", List.of("dara")),
              RoleAssignment.of("commerce-owner", List.of("cy")),
              RoleAssignment.of("pos-owner", List.of("eli")),
              RoleAssignment.of("change-board", List.of()))
          .addPrograms(program("omni", "ana"), program("retail", "bo"))
          .addProjects(project("p1", "omni", "hal", "jon"), project("p2", "retail", "ivy", "oli"))
          .addSystems(system("commerce", "cy", "omni"), system("pos", "eli", "retail"))
          .addDeliverables(Deliverable.builder().id("d2").name("Tills").project("p2").build())
          .addMilestones(
              Milestone.builder()
                  .id("m1")
                  .name("Checkout go-live")
                  .kind(MilestoneKind.GO_LIVE)
                  .due(LocalDate.of(2025, 6, 2))
                  .project("p1")
                  .build())
          .addChangeRequests(
              ChangeRequest.builder()
                  .id("cr-1")
                  .title("New terminals")
                  .system("pos")
                  .initiator("eli")
                  .raisedOn(LocalDate.of(2025, 3, 3))
                  .addProjects("p2")
                  .build())
          .addPerspectives(Perspective.INTERNAL_PROCESS)
          .addKpis(
              KpiDefinition.builder()
                  .id("availability")
                  .name("Availability")
                  .unit("%")
                  .direction(Direction.HIGHER_IS_BETTER)
                  .target(99.9)
                  .perspective("internal-process")
                  .aggregation(Aggregation.LAST)
                  .updateFrequency(UpdateFrequency.MONTHLY)
                  .source(KpiSource.AVAILABILITY)
                  .system("pos")
                  .build())
          .build();

  static final Recipients RECIPIENTS = Recipients.of(MODEL);

  /** A subject, a role it names and whom that role resolves to, with the rule that applies. */
  record Case(String rule, Subject subject, String role, List<String> expected) {
    @Override
    public String toString() {
      return rule;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case(
            "system owner of the subject's system",
            Subject.builder().system("pos").build(),
            "system-owner",
            List.of("eli")),
        new Case(
            "system owner of a change request's system",
            Subject.builder().change("cr-1").build(),
            "system-owner",
            List.of("eli")),
        new Case(
            "system owner of a KPI's system",
            Subject.builder().kpi("availability").build(),
            "system-owner",
            List.of("eli")),
        new Case(
            "program manager of the subject's program, before its system's",
            Subject.builder().program("omni").system("pos").build(),
            "program-manager",
            List.of("ana")),
        new Case(
            "program manager of the subject's system's program",
            Subject.builder().system("pos").build(),
            "program-manager",
            List.of("bo")),
        new Case(
            "program manager of a milestone's project's program",
            Subject.builder().milestone("m1").build(),
            "program-manager",
            List.of("ana")),
        new Case(
            "program manager of a change request's project's program",
            Subject.builder().change("cr-1").build(),
            "program-manager",
            List.of("bo")),
        new Case(
            "project owner of a milestone's project",
            Subject.builder().milestone("m1").build(),
            "project-owner",
            List.of("hal")),
        new Case(
            "project manager of a deliverable's project",
            Subject.builder().deliverable("d2").build(),
            "project-manager",
            List.of("oli")),
        new Case(
            "no system in scope: every holder of a role that plays the system owner",
            Subject.model(),
            "system-owner",
            List.of("cy", "eli")),
        new Case(
            "no program in scope: every program manager",
            Subject.model(),
            "program-manager",
            List.of("ana", "bo")),
        new Case(
            "a role with no scope rule: its holders",
            Subject.builder().system("pos").build(),
            "steering-committee",
            List.of("kai", "lea")),
        new Case(
            "an organisation's own role: its holders, whatever the scope",
            Subject.builder().system("pos").build(),
            "commerce-owner",
            List.of("cy")),
        new Case(
            "a role held by no one",
            Subject.builder().system("pos").build(),
            "change-board",
            List.of()),
        new Case(
            "a role the model does not have",
            Subject.model(),
            "data-protection-officer",
            List.of()),
        new Case(
            "a well-known role no one holds and with no scope",
            Subject.model(),
            "it-auditor",
            List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachRoleResolvesInTheFindingsScope(Case c) {
    assertThat(RECIPIENTS.holders(c.role(), c.subject())).containsExactlyElementsOf(c.expected());
    assertThat(RECIPIENTS.people(finding(c.subject(), List.of(c.role()), List.of())))
        .containsExactlyElementsOf(c.expected());
  }

  @Test
  void aSystemWithoutAnOwnerReachesNoOneRatherThanEveryOtherSystemsOwner() {
    GovernanceModel unowned =
        MODEL.withSystems(
            MODEL.systems().get(0).withOwner(java.util.Optional.empty()), MODEL.systems().get(1));
    assertThat(
            Recipients.of(unowned)
                .holders("system-owner", Subject.builder().system("commerce").build()))
        .isEmpty();
    assertThat(Recipients.of(unowned).holders("system-owner", Subject.builder().build()))
        .as("nothing in scope: the role's holders")
        .containsExactly("cy", "eli");
  }

  @Test
  void aProgramsSystemOwnersAreTheOwnersOfItsSystems() {
    assertThat(RECIPIENTS.holders("system-owner", Subject.builder().program("omni").build()))
        .isEqualTo(
            MODEL.systems().stream()
                .filter(s -> s.programs().contains("omni"))
                .flatMap(s -> s.owner().stream())
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
  }

  @Test
  void peopleAreTheNotifyPeopleAndTheResolvedHoldersSortedWithoutRepeats() {
    Finding finding =
        finding(
            Subject.builder().program("omni").system("commerce").build(),
            List.of("program-manager", "system-owner", "security-officer"),
            List.of("cy", "bo"));
    assertThat(RECIPIENTS.people(finding)).containsExactly("ana", "bo", "cy", "dara");
    Finding resolved = RECIPIENTS.resolve(finding);
    assertThat(resolved.people()).containsExactly("ana", "bo", "cy", "dara");
    assertThat(resolved.withPeople(List.of()))
        .as("everything but the people is kept")
        .isEqualTo(finding);
  }

  @Test
  void aFindingThatNamesNoOneResolvesToNoOne() {
    assertThat(RECIPIENTS.people(finding(Subject.model(), List.of(), List.of()))).isEmpty();
  }

  @Test
  void rejectsAMissingModelRoleOrSubject() {
    assertThatThrownBy(() -> Recipients.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("model");
    assertThatThrownBy(() -> RECIPIENTS.holders(null, Subject.model()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("role");
    assertThatThrownBy(() -> RECIPIENTS.holders("system-owner", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("subject");
  }

  static Finding finding(Subject subject, List<String> roles, List<String> people) {
    return Finding.builder()
        .code("GOV-999")
        .severity(Severity.WARNING)
        .subject(subject)
        .message("Something to tell")
        .addAllNotifyRoles(roles)
        .addAllNotifyPeople(people)
        .build();
  }

  static Program program(String id, String manager) {
    return Program.builder()
        .id(id)
        .name(id)
        .budget(Money.parse("1000000", "EUR"))
        .baselineStart(LocalDate.of(2024, 1, 1))
        .baselineFinish(LocalDate.of(2026, 12, 31))
        .programManager(manager)
        .build();
  }

  static Project project(String id, String program, String owner, String manager) {
    return Project.builder()
        .id(id)
        .name(id)
        .program(program)
        .owner(owner)
        .manager(manager)
        .start(LocalDate.of(2024, 1, 1))
        .finish(LocalDate.of(2026, 6, 30))
        .build();
  }

  static InformationSystem system(String id, String owner, String program) {
    return InformationSystem.builder()
        .id(id)
        .name(id)
        .owner(owner)
        .criticality(Criticality.HIGH)
        .addPrograms(program)
        .build();
  }
}
