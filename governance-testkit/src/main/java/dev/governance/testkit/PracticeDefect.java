package dev.governance.testkit;

import com.google.common.collect.ImmutableList;
import dev.governance.core.kpi.NodeKind;
import dev.governance.core.kpi.Scorecard;
import dev.governance.core.kpi.ScorecardNode;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.portfolio.Deliverable;
import dev.governance.core.portfolio.InformationSystem;
import dev.governance.core.portfolio.Milestone;
import dev.governance.core.portfolio.Program;
import dev.governance.core.portfolio.Project;
import dev.governance.core.practice.Cadence;
import dev.governance.core.practice.CadenceKind;
import dev.governance.core.practice.ChangeRequest;
import dev.governance.core.practice.Disagreement;
import dev.governance.core.practice.DocumentationArtifact;
import dev.governance.core.practice.Meeting;
import dev.governance.core.practice.RoadmapWindow;
import dev.governance.core.practice.WindowKind;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A defect injected into a model the testkit generated valid, with the code of the one governance
 * practice rule ({@code GOV-001} to {@code GOV-010}) it must trip as of the given day: the findings
 * the defect adds all carry that code.
 */
public enum PracticeDefect {
  /** A new major deliverable that no RACI matrix covers. */
  MAJOR_DELIVERABLE_WITHOUT_RACI("GOV-001") {
    @Override
    GovernanceModel apply(GovernanceModel m, LocalDate asOf) {
      Project project = m.projects().get(0);
      return m.withDeliverables(
          append(
              m.deliverables(),
              Deliverable.builder()
                  .id("defect-deliverable")
                  .name("Uncovered deliverable")
                  .project(project.id())
                  .major(true)
                  .build()));
    }
  },
  /** The first system loses its owner. */
  SYSTEM_WITHOUT_OWNER("GOV-002") {
    @Override
    GovernanceModel apply(GovernanceModel m, LocalDate asOf) {
      return withSystem(m, m.systems().get(0).withOwner(Optional.empty()));
    }
  },
  /** The first program's manager also owns a system of the program. */
  DUAL_ROLE("GOV-003") {
    @Override
    GovernanceModel apply(GovernanceModel m, LocalDate asOf) {
      Program program = m.programs().get(0);
      InformationSystem system = m.systems().get(0);
      return withSystem(
          m,
          system
              .withOwner(program.programManager().orElseThrow())
              .withPrograms(append(system.programs(), program.id())));
    }
  },
  /** A major change to the first system with no change-control approval. */
  UNAPPROVED_CHANGE("GOV-004") {
    @Override
    GovernanceModel apply(GovernanceModel m, LocalDate asOf) {
      return m.withChangeRequests(
          append(
              m.changeRequests(),
              ChangeRequest.builder()
                  .id("defect-change")
                  .title("Unapproved change")
                  .system(m.systems().get(0).id())
                  .initiator(m.people().get(0).id())
                  .raisedOn(asOf)
                  .build()));
    }
  },
  /** A freeze of a system of the first program covers the program's first milestone. */
  MILESTONE_IN_FREEZE("GOV-005") {
    @Override
    GovernanceModel apply(GovernanceModel m, LocalDate asOf) {
      Program program = m.programs().get(0);
      Milestone milestone =
          m.milestones().stream()
              .filter(x -> x.program().equals(Optional.of(program.id())))
              .findFirst()
              .orElseThrow();
      String manager = program.programManager().orElseThrow();
      String owner =
          m.people().stream()
              .map(p -> p.id())
              .filter(id -> !id.equals(manager))
              .findFirst()
              .orElseThrow();
      InformationSystem system = m.systems().get(0);
      GovernanceModel served =
          withSystem(
                  m, system.withOwner(owner).withPrograms(append(system.programs(), program.id())))
              .withCadences(
                  append(
                      m.cadences(),
                      Cadence.builder()
                          .id("defect-review")
                          .name("Compliance review")
                          .kind(CadenceKind.COMPLIANCE_REVIEW)
                          .every(Period.ofMonths(3))
                          .build()))
              .withMeetings(
                  append(
                      m.meetings(),
                      Meeting.builder()
                          .cadence("defect-review")
                          .heldOn(asOf)
                          .addAttendees(manager, owner)
                          .build()));
      return served.withRoadmapWindows(
          append(
              m.roadmapWindows(),
              RoadmapWindow.builder()
                  .id("defect-freeze")
                  .system(system.id())
                  .kind(WindowKind.FREEZE)
                  .start(milestone.due())
                  .end(milestone.due())
                  .build()));
    }
  },
  /** A document of the first system overdue for review. */
  DOCUMENT_OVERDUE("GOV-006") {
    @Override
    GovernanceModel apply(GovernanceModel m, LocalDate asOf) {
      InformationSystem system = m.systems().get(0);
      return m.withDocuments(
          append(
              m.documents(),
              DocumentationArtifact.builder()
                  .id("defect-document")
                  .system(system.id())
                  .kind("runbook")
                  .owner(m.people().get(0).id())
                  .lastReviewed(asOf.minusYears(1))
                  .build()));
    }
  },
  /** A new scorecard of one KPI, so that it lacks the program side, the system side or both. */
  UNBALANCED_SCORECARD("GOV-007") {
    @Override
    GovernanceModel apply(GovernanceModel m, LocalDate asOf) {
      String kpi = m.kpis().get(0).id();
      return m.withScorecards(
          append(
              m.scorecards(),
              Scorecard.builder()
                  .id("defect-scorecard")
                  .name("Unbalanced")
                  .addChildren(
                      ScorecardNode.builder()
                          .id("defect-node")
                          .name("Only")
                          .kind(NodeKind.PERSPECTIVE)
                          .addChildren(ScorecardNode.kpiLeaf(kpi, "Only KPI", 1))
                          .build())
                  .build()));
    }
  },
  /** A cadence that has never met. */
  CADENCE_NEVER_MET("GOV-008") {
    @Override
    GovernanceModel apply(GovernanceModel m, LocalDate asOf) {
      return m.withCadences(
          append(
              m.cadences(),
              Cadence.builder()
                  .id("defect-cadence")
                  .name("Silent committee")
                  .kind(CadenceKind.STEERING_COMMITTEE)
                  .every(Period.ofMonths(1))
                  .build()));
    }
  },
  /** A disagreement raised a month ago and never escalated. */
  DISAGREEMENT_NOT_ESCALATED("GOV-009") {
    @Override
    GovernanceModel apply(GovernanceModel m, LocalDate asOf) {
      return m.withDisagreements(
          append(
              m.disagreements(),
              Disagreement.builder()
                  .id("defect-disagreement")
                  .topic("Unescalated")
                  .raisedOn(asOf.minusMonths(1))
                  .addParties(m.people().get(0).id())
                  .build()));
    }
  },
  /**
   * The first system, owned by someone else than the program manager, serves the first program with
   * no compliance review.
   */
  CALENDAR_NOT_REVIEWED("GOV-010") {
    @Override
    GovernanceModel apply(GovernanceModel m, LocalDate asOf) {
      Program program = m.programs().get(0);
      String manager = program.programManager().orElseThrow();
      String owner =
          m.people().stream()
              .map(p -> p.id())
              .filter(id -> !id.equals(manager))
              .findFirst()
              .orElseThrow();
      InformationSystem system = m.systems().get(0);
      return withSystem(
          m, system.withOwner(owner).withPrograms(append(system.programs(), program.id())));
    }
  };

  private final String code;

  PracticeDefect(String code) {
    this.code = code;
  }

  /** Returns the code of the rule the defect trips, such as {@code GOV-004}. */
  public String code() {
    return code;
  }

  /**
   * Returns {@code model} with the defect injected.
   *
   * @param model a model the testkit generated valid
   * @param asOf the day the practice rules will judge by
   * @return the defective model
   */
  public GovernanceModel inject(GovernanceModel model, LocalDate asOf) {
    return apply(model, asOf);
  }

  abstract GovernanceModel apply(GovernanceModel model, LocalDate asOf);

  private static GovernanceModel withSystem(GovernanceModel m, InformationSystem first) {
    List<InformationSystem> systems = new ArrayList<>(m.systems());
    systems.set(0, first);
    return m.withSystems(systems);
  }

  private static <T> ImmutableList<T> append(List<T> list, T element) {
    return ImmutableList.<T>builder().addAll(list).add(element).build();
  }
}
