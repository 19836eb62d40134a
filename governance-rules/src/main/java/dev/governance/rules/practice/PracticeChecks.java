package dev.governance.rules.practice;

import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.core.compliance.Regulation;
import dev.governance.core.kpi.KpiDefinition;
import dev.governance.core.kpi.Scorecard;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.party.WellKnownRole;
import dev.governance.core.portfolio.Deliverable;
import dev.governance.core.portfolio.InformationSystem;
import dev.governance.core.portfolio.Milestone;
import dev.governance.core.portfolio.MilestoneKind;
import dev.governance.core.portfolio.Program;
import dev.governance.core.portfolio.Project;
import dev.governance.core.practice.Cadence;
import dev.governance.core.practice.CadenceKind;
import dev.governance.core.practice.ChangeRequest;
import dev.governance.core.practice.Decision;
import dev.governance.core.practice.Disagreement;
import dev.governance.core.practice.DocumentationArtifact;
import dev.governance.core.practice.Meeting;
import dev.governance.core.practice.RoadmapWindow;
import dev.governance.core.practice.WindowKind;
import dev.governance.core.raci.RaciActivity;
import dev.governance.rules.Finding;
import dev.governance.rules.RoleHolders;
import dev.governance.rules.Subject;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One review of one model as of one day: each rule a method, findings collected in order. */
final class PracticeChecks {

  private static final String PROGRAM_MANAGER = WellKnownRole.PROGRAM_MANAGER.id();
  private static final String SYSTEM_OWNER = WellKnownRole.SYSTEM_OWNER.id();
  private static final String STEERING_COMMITTEE = WellKnownRole.STEERING_COMMITTEE.id();

  private final PracticePolicy policy;
  private final GovernanceModel model;
  private final LocalDate asOf;
  private final HolidayCalendar calendar;
  private final Map<String, Program> programs;
  private final Map<String, Project> projects;
  private final Map<String, InformationSystem> systems;
  private final RoleHolders roles;
  private final List<Finding> findings = new ArrayList<>();

  PracticeChecks(
      PracticePolicy policy, GovernanceModel model, LocalDate asOf, HolidayCalendar calendar) {
    this.policy = policy;
    this.model = model;
    this.asOf = asOf;
    this.calendar = calendar;
    this.programs =
        model.programs().stream().collect(Collectors.toMap(Program::id, Function.identity()));
    this.projects =
        model.projects().stream().collect(Collectors.toMap(Project::id, Function.identity()));
    this.systems =
        model.systems().stream()
            .collect(Collectors.toMap(InformationSystem::id, Function.identity()));
    this.roles = RoleHolders.of(model);
  }

  List<Finding> findings() {
    missingRaci();
    missingOwners();
    dualRoles();
    unapprovedChanges();
    roadmapConflicts();
    documentation();
    unbalancedScorecards();
    missedCadences();
    unresolvedDisagreements();
    calendarReviews();
    unrecordedDecisions();
    return findings;
  }

  /** GOV-001. */
  private void missingRaci() {
    Set<String> covered =
        model.raciMatrices().stream()
            .flatMap(m -> m.activities().stream())
            .map(RaciActivity::deliverable)
            .flatMap(Optional::stream)
            .collect(Collectors.toSet());
    for (Deliverable d : model.deliverables()) {
      if (d.major() && !covered.contains(d.id())) {
        report(
            PracticeRule.MISSING_RACI,
            Subject.builder().deliverable(d.id()).build(),
            "Major deliverable '" + d.name() + "' has no RACI matrix",
            "Add a RACI matrix whose activities name the deliverable",
            PROGRAM_MANAGER);
      }
    }
  }

  /** GOV-002. */
  private void missingOwners() {
    for (InformationSystem s : model.systems()) {
      if (s.owner().isEmpty()) {
        report(
            PracticeRule.MISSING_OWNER,
            Subject.builder().system(s.id()).build(),
            "System '" + s.name() + "' has no system owner",
            "Name the system owner who answers for its performance, security and compliance",
            WellKnownRole.INFORMATION_SYSTEMS_MANAGER.id());
      }
    }
    for (Program p : model.programs()) {
      if (p.programManager().isEmpty()) {
        report(
            PracticeRule.MISSING_OWNER,
            Subject.builder().program(p.id()).build(),
            "Program '" + p.name() + "' has no program manager",
            "Name the program manager",
            STEERING_COMMITTEE);
      }
    }
  }

  /** GOV-003. */
  private void dualRoles() {
    for (InformationSystem s : model.systems()) {
      for (String programId : s.programs()) {
        Optional<String> manager = Objects.requireNonNull(programs.get(programId)).programManager();
        if (manager.isPresent() && manager.equals(s.owner())) {
          report(
              PracticeRule.DUAL_ROLE,
              Subject.builder().program(programId).system(s.id()).person(manager.get()).build(),
              manager.get()
                  + " is both program manager of '"
                  + programId
                  + "' and system owner of '"
                  + s.id()
                  + "' in it",
              "Give the system another owner, so that program and system interests each have their"
                  + " own voice",
              STEERING_COMMITTEE);
        }
      }
    }
  }

  /** GOV-004. */
  private void unapprovedChanges() {
    for (ChangeRequest c : model.changeRequests()) {
      if (!c.major()) {
        continue;
      }
      List<String> missing =
          c.requiredApprovals().stream()
              .filter(r -> c.approvals().stream().noneMatch(a -> roles.satisfies(r, a.role())))
              .toList();
      if (c.requiredApprovals().isEmpty() || !missing.isEmpty()) {
        report(
            PracticeRule.UNAPPROVED_CHANGE,
            Subject.builder().change(c.id()).system(c.system()).build(),
            "Major change '"
                + c.title()
                + "' to "
                + c.system()
                + (c.requiredApprovals().isEmpty()
                    ? " requires no change-control approval"
                    : " lacks the approval of " + String.join(", ", missing)),
            "Have the program's change board approve the change before it is made",
            PROGRAM_MANAGER,
            SYSTEM_OWNER);
      }
    }
  }

  /** GOV-005. */
  private void roadmapConflicts() {
    for (Milestone m : model.milestones()) {
      Optional<String> program =
          m.program()
              .or(
                  () ->
                      m.project().flatMap(p -> Objects.requireNonNull(projects.get(p)).program()));
      if (program.isEmpty()) {
        continue;
      }
      for (RoadmapWindow w : model.roadmapWindows()) {
        if (!Objects.requireNonNull(systems.get(w.system())).programs().contains(program.get())) {
          continue;
        }
        Subject subject =
            Subject.builder().program(program.get()).system(w.system()).milestone(m.id()).build();
        if ((w.kind() == WindowKind.FREEZE || w.kind() == WindowKind.UPGRADE)
            && w.contains(m.due())) {
          report(
              PracticeRule.ROADMAP_CONFLICT,
              subject,
              kindName(m)
                  + " '"
                  + m.name()
                  + "' on "
                  + m.due()
                  + " falls inside "
                  + w.system()
                  + "'s "
                  + w.kind().name().toLowerCase(java.util.Locale.ROOT)
                  + " window "
                  + w.start()
                  + " to "
                  + w.end(),
              "Move the milestone or the window",
              PROGRAM_MANAGER,
              SYSTEM_OWNER);
        } else if (w.kind() == WindowKind.UPGRADE
            && m.kind() == MilestoneKind.GO_LIVE
            && w.end().isBefore(m.due())) {
          int gap = calendar.businessDaysBetween(w.end(), m.due()) - 1;
          if (gap < policy.upgradeLeadBusinessDays()) {
            report(
                PracticeRule.ROADMAP_CONFLICT,
                subject,
                "Upgrade of "
                    + w.system()
                    + " ends "
                    + gap
                    + " business days before go-live '"
                    + m.name()
                    + "' on "
                    + m.due()
                    + "; at least "
                    + policy.upgradeLeadBusinessDays()
                    + " expected",
                "Finish the upgrade earlier or move the go-live",
                PROGRAM_MANAGER,
                SYSTEM_OWNER);
          }
        }
      }
    }
  }

  private static String kindName(Milestone m) {
    return m.kind() == MilestoneKind.GO_LIVE ? "Go-live" : "Milestone";
  }

  /** GOV-006. */
  private void documentation() {
    for (InformationSystem s : model.systems()) {
      List<DocumentationArtifact> docs =
          model.documents().stream().filter(d -> d.system().equals(s.id())).toList();
      List<String> required = new ArrayList<>(policy.requiredDocuments());
      if (s.regulations().contains(Regulation.GDPR.id())) {
        required.addAll(policy.personalDataDocuments());
      }
      for (String kind : required) {
        if (docs.stream().noneMatch(d -> d.kind().equals(kind))) {
          report(
              PracticeRule.DOCUMENTATION,
              Subject.builder().system(s.id()).build(),
              "System '" + s.name() + "' has no " + kind,
              "Write the " + kind + " and name its owner",
              SYSTEM_OWNER);
        }
      }
      for (DocumentationArtifact d : docs) {
        Optional<LocalDate> next = d.nextReview();
        if (next.isEmpty() || next.get().isBefore(asOf)) {
          report(
              PracticeRule.DOCUMENTATION,
              Subject.builder().system(s.id()).document(d.id()).person(d.owner()).build(),
              "The "
                  + d.kind()
                  + " of '"
                  + s.name()
                  + "' "
                  + (next.isEmpty()
                      ? "has never been reviewed"
                      : "was due for review on " + next.get()),
              "Review it (every " + d.reviewEvery() + ")",
              SYSTEM_OWNER);
        }
      }
    }
  }

  /** GOV-007. */
  private void unbalancedScorecards() {
    Map<String, KpiDefinition> kpis =
        model.kpis().stream().collect(Collectors.toMap(KpiDefinition::id, Function.identity()));
    for (Scorecard card : model.scorecards()) {
      Set<String> perspectives =
          card.kpis().stream()
              .map(k -> Objects.requireNonNull(kpis.get(k)).perspective())
              .collect(Collectors.toSet());
      if (policy.programPerspectives().stream().noneMatch(perspectives::contains)) {
        report(
            PracticeRule.UNBALANCED_SCORECARD,
            Subject.builder().build(),
            "Scorecard '"
                + card.name()
                + "' has no program-side KPI (budget, schedule) in "
                + policy.programPerspectives(),
            "Add budget and schedule KPIs",
            PROGRAM_MANAGER);
      }
      if (policy.systemPerspectives().stream().noneMatch(perspectives::contains)) {
        report(
            PracticeRule.UNBALANCED_SCORECARD,
            Subject.builder().build(),
            "Scorecard '"
                + card.name()
                + "' has no system-side KPI (availability, incidents) in "
                + policy.systemPerspectives(),
            "Add availability and incident KPIs",
            SYSTEM_OWNER);
      }
    }
  }

  /** GOV-008. */
  private void missedCadences() {
    for (Cadence c : model.cadences()) {
      List<LocalDate> held =
          model.meetings().stream()
              .filter(m -> m.cadence().equals(c.id()))
              .map(Meeting::heldOn)
              .filter(d -> !d.isAfter(asOf))
              .sorted()
              .collect(Collectors.toList());
      Subject subject = Subject.builder().cadence(c.id()).build();
      if (held.isEmpty()) {
        report(
            PracticeRule.CADENCE_MISSED,
            subject,
            "'" + c.name() + "' has never met",
            "Hold the first meeting",
            roles(c));
        continue;
      }
      held.add(asOf);
      for (int i = 1; i < held.size(); i++) {
        LocalDate previous = held.get(i - 1);
        LocalDate latest = calendar.nextOrSame(previous.plus(c.inForce(previous)));
        if (held.get(i).isAfter(latest)) {
          boolean overdue = i == held.size() - 1;
          report(
              PracticeRule.CADENCE_MISSED,
              subject,
              "'"
                  + c.name()
                  + "' met on "
                  + previous
                  + (overdue ? " and not since" : " and next on " + held.get(i))
                  + "; the cadence in force ("
                  + c.inForce(previous)
                  + ") called for a meeting by "
                  + latest,
              "Meet every " + c.inForce(previous),
              roles(c));
        }
      }
    }
  }

  private static String[] roles(Cadence c) {
    return c.kind() == CadenceKind.STEERING_COMMITTEE
        ? new String[] {STEERING_COMMITTEE, PROGRAM_MANAGER}
        : new String[] {PROGRAM_MANAGER, SYSTEM_OWNER};
  }

  /** GOV-009. */
  private void unresolvedDisagreements() {
    for (Disagreement d : model.disagreements()) {
      Subject subject = Subject.builder().disagreement(d.id()).build();
      if (d.escalatedOn().isEmpty() && d.decidedOn().isEmpty()) {
        LocalDate by = calendar.shift(d.raisedOn(), policy.escalationBusinessDays());
        if (asOf.isAfter(by)) {
          report(
              PracticeRule.DISAGREEMENT_UNRESOLVED,
              subject,
              "Disagreement '"
                  + d.topic()
                  + "' raised on "
                  + d.raisedOn()
                  + " was not escalated by "
                  + by,
              "Escalate it to the steering committee",
              PROGRAM_MANAGER,
              SYSTEM_OWNER);
        }
      } else if (d.escalatedOn().isPresent() && d.decidedOn().isEmpty()) {
        LocalDate by = calendar.shift(d.escalatedOn().get(), policy.decisionBusinessDays());
        if (asOf.isAfter(by)) {
          report(
              PracticeRule.DISAGREEMENT_UNRESOLVED,
              subject,
              "Disagreement '"
                  + d.topic()
                  + "' escalated on "
                  + d.escalatedOn().get()
                  + " has no decision; one was due by "
                  + by,
              "Have the steering committee decide",
              STEERING_COMMITTEE);
        }
      }
    }
  }

  /** GOV-010. */
  private void calendarReviews() {
    LocalDate quarterStart = asOf.with(IsoFields.DAY_OF_QUARTER, 1);
    Set<String> reviewCadences =
        model.cadences().stream()
            .filter(c -> c.kind() == CadenceKind.COMPLIANCE_REVIEW)
            .map(Cadence::id)
            .collect(Collectors.toSet());
    List<Meeting> reviews =
        model.meetings().stream()
            .filter(
                m ->
                    reviewCadences.contains(m.cadence())
                        && !m.heldOn().isBefore(quarterStart)
                        && !m.heldOn().isAfter(asOf))
            .toList();
    for (InformationSystem s : model.systems()) {
      for (String programId : s.programs()) {
        Optional<String> manager = Objects.requireNonNull(programs.get(programId)).programManager();
        if (manager.isEmpty() || s.owner().isEmpty() || manager.equals(s.owner())) {
          continue; // a dual role is GOV-003's finding; one person cannot review "with" themselves
        }
        boolean reviewed =
            reviews.stream()
                .anyMatch(
                    m ->
                        m.attendees().contains(manager.get())
                            && m.attendees().contains(s.owner().get()));
        if (!reviewed) {
          report(
              PracticeRule.CALENDAR_NOT_REVIEWED,
              Subject.builder().program(programId).system(s.id()).build(),
              "The compliance calendar has not been reviewed by the program manager ("
                  + manager.get()
                  + ") and the system owner ("
                  + s.owner().get()
                  + ") together since "
                  + quarterStart,
              "Hold a compliance-calendar review with both",
              PROGRAM_MANAGER,
              SYSTEM_OWNER);
        }
      }
    }
  }

  /** GOV-011; a decision record that names the disagreement is offered as the fix. */
  private void unrecordedDecisions() {
    for (Disagreement d : model.disagreements()) {
      if (d.decidedOn().isEmpty() || d.decisionRecord().isPresent()) {
        continue;
      }
      List<String> records =
          model.decisions().stream()
              .filter(r -> r.relatesTo().contains(d.id()))
              .map(Decision::id)
              .toList();
      report(
          PracticeRule.DECISION_UNRECORDED,
          Subject.builder().disagreement(d.id()).build(),
          "Disagreement '"
              + d.topic()
              + "' was decided on "
              + d.decidedOn().get()
              + " but names no decision record",
          records.isEmpty()
              ? "Record the decision with its rationale and impacts, and set decisionRecord to it"
              : "Set decisionRecord to " + String.join(" or ", records) + ", which concerns it",
          STEERING_COMMITTEE,
          PROGRAM_MANAGER);
    }
  }

  private void report(
      PracticeRule rule, Subject subject, String message, String fix, String... notify) {
    findings.add(
        Finding.builder()
            .code(rule.code())
            .severity(policy.severity(rule))
            .subject(subject)
            .message(message)
            .suggestedFix(fix)
            .addNotifyRoles(notify)
            .build());
  }
}
