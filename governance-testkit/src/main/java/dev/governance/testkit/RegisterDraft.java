package dev.governance.testkit;

import static dev.governance.core.ArgChecker.check;

import dev.governance.core.model.GovernanceModel;
import dev.governance.core.party.Person;
import dev.governance.core.portfolio.InformationSystem;
import dev.governance.core.portfolio.Program;
import dev.governance.core.portfolio.Project;
import dev.governance.core.risk.Acceptance;
import dev.governance.core.risk.ActionStatus;
import dev.governance.core.risk.AssessmentStage;
import dev.governance.core.risk.Control;
import dev.governance.core.risk.MitigationAction;
import dev.governance.core.risk.OrderedScale;
import dev.governance.core.risk.Risk;
import dev.governance.core.risk.RiskAssessment;
import dev.governance.core.risk.Treatment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A model's joint risk register under edit as of a day: its risks, mitigation actions and controls,
 * changed in place and put back into the model by {@link #build()}. It holds the repairs that make
 * a risk pass each RISK rule of the standard register check, shared by {@link
 * RiskRegisterGenerator} (which applies all of them) and {@link RiskDefect} (which breaks one rule
 * and settles the rules a changed score or level could trip).
 */
final class RegisterDraft {

  /** The shortest review cadence of the standard check (Very High risks), in days. */
  static final int SHORTEST_CADENCE_DAYS = 90;

  /** Days ahead of the as-of day that repaired due dates, target dates and acceptances reach. */
  private static final int AHEAD_DAYS = 366;

  /** Days behind the as-of day that repaired evidence may be; half the standard one-year limit. */
  private static final int EVIDENCE_DAYS = 183;

  final GovernanceModel model;
  final LocalDate asOf;
  final OrderedScale likelihood;
  final OrderedScale impact;
  final List<Risk> risks;
  final List<MitigationAction> actions;
  final List<Control> controls;

  RegisterDraft(GovernanceModel model, LocalDate asOf) {
    this.model = model;
    this.asOf = asOf;
    this.likelihood = model.likelihoodScale();
    this.impact = model.impactScale();
    this.risks = new ArrayList<>(model.risks());
    this.actions = new ArrayList<>(model.mitigationActions());
    this.controls = new ArrayList<>(model.controls());
  }

  /** Returns the model with the edited risks, actions and controls. */
  GovernanceModel build() {
    // controls first, so that the risks may apply a new one; each step checks the whole model
    GovernanceModel built = model;
    if (!controls.equals(model.controls())) {
      built = built.withControls(controls);
    }
    if (!risks.equals(model.risks())) {
      built = built.withRisks(risks);
    }
    if (!actions.equals(model.mitigationActions())) {
      built = built.withMitigationActions(actions);
    }
    return built;
  }

  /**
   * Returns the index of a risk drawn from the register (0, the first, is the simplest) to inject
   * the defect of rule {@code code} into.
   *
   * @throws dev.governance.core.GovernanceValidationException if the register has no risk
   */
  int anyRisk(RandomGenerator random, String code) {
    check(!risks.isEmpty(), "risks", risks, "at least 1 risk to inject " + code + " into");
    return random.nextInt(risks.size());
  }

  // ---- repairs: after each, the risk passes the rule named ----

  /**
   * RISK-004: the system owner owns one of the risk's systems (else the risk touches no system),
   * and the program owner owns or manages one of its projects or manages their program (else it
   * touches no project).
   */
  void repairOwners(int index, RandomGenerator random) {
    Risk risk = risks.get(index);
    List<String> systemSide = systemLeads(risk.systems());
    if (!systemSide.contains(risk.systemOwner())) {
      risk =
          systemSide.isEmpty()
              ? risk.withSystems(List.of())
              : risk.withSystemOwner(DomainGenerators.pick(random, systemSide));
    }
    List<String> programSide = programLeads(risk.projects());
    if (!risk.projects().isEmpty() && !programSide.contains(risk.programOwner())) {
      risk =
          programSide.isEmpty()
              ? risk.withProjects(List.of())
              : risk.withProgramOwner(DomainGenerators.pick(random, programSide));
    }
    risks.set(index, risk);
  }

  /**
   * RISK-001 and RISK-002: the residual assessment ranks no higher than the inherent one in
   * likelihood or impact (so, the matrix being monotone, not in level either), and equals it when
   * no control is applied.
   */
  void repairResidual(int index) {
    Risk risk = risks.get(index);
    Optional<RiskAssessment> inherent = risk.assessment(AssessmentStage.INHERENT);
    Optional<RiskAssessment> residual = risk.assessment(AssessmentStage.RESIDUAL);
    if (inherent.isEmpty() || residual.isEmpty()) {
      return;
    }
    int l = likelihood.rank(inherent.get().likelihood());
    int i = impact.rank(inherent.get().impact());
    if (!risk.controls().isEmpty()) {
      l = Math.min(l, likelihood.rank(residual.get().likelihood()));
      i = Math.min(i, impact.rank(residual.get().impact()));
    }
    risks.set(index, withAssessment(risk, at(residual.get(), l, i)));
  }

  /**
   * RISK-003: a risk treated by acceptance has an acceptance that holds on the as-of day (a missing
   * one is recorded by the program owner, an expired one renewed).
   */
  void repairAcceptance(int index, RandomGenerator random) {
    Risk risk = risks.get(index);
    if (!risk.treatment().equals(Optional.of(Treatment.ACCEPT))) {
      return;
    }
    Optional<Acceptance> acceptance = risk.acceptance();
    if (acceptance.isPresent() && !acceptance.get().validUntil().isBefore(asOf)) {
      return;
    }
    LocalDate until = asOf.plusDays(random.nextInt(0, AHEAD_DAYS));
    Acceptance renewed =
        acceptance
            .map(a -> Acceptance.of(a.acceptedBy(), a.acceptedOn(), until))
            .orElseGet(
                () ->
                    Acceptance.of(
                        risk.programOwner(),
                        risk.identifiedOn().isBefore(asOf) ? risk.identifiedOn() : asOf,
                        until));
    risks.set(index, risk.withAcceptance(renewed));
  }

  /**
   * RISK-005, whatever the risk's level: a risk not reviewed within the shortest cadence (90 days)
   * before the as-of day is reviewed again within it.
   */
  void repairReview(int index, RandomGenerator random) {
    Risk risk = risks.get(index);
    LocalDate last = risk.lastReviewed().orElse(risk.identifiedOn());
    if (last.plusDays(SHORTEST_CADENCE_DAYS).isBefore(asOf)) {
      // last < asOf - 90 days, so a review 0 to 89 days before asOf is after identifiedOn and due
      // again after asOf whatever the level
      risks.set(
          index, risk.withLastReviewed(asOf.minusDays(random.nextInt(0, SHORTEST_CADENCE_DAYS))));
    }
  }

  /**
   * RISK-007, whatever the risk's levels: a risk with a target assessment whose target date passed
   * gets a target date on or after the as-of day.
   */
  void repairTarget(int index, RandomGenerator random) {
    Risk risk = risks.get(index);
    if (risk.assessment(AssessmentStage.TARGET).isPresent()
        && risk.targetDate().filter(date -> date.isBefore(asOf)).isPresent()) {
      risks.set(index, risk.withTargetDate(asOf.plusDays(random.nextInt(0, AHEAD_DAYS))));
    }
  }

  /** RISK-008: each open action of the risk past its due date is due again on or after the day. */
  void repairDueDates(int index, RandomGenerator random) {
    String risk = risks.get(index).id();
    for (int a = 0; a < actions.size(); a++) {
      MitigationAction action = actions.get(a);
      if (action.risk().equals(risk) && action.isOverdue(asOf)) {
        actions.set(a, action.withDue(asOf.plusDays(random.nextInt(0, AHEAD_DAYS))));
      }
    }
  }

  /**
   * RISK-009, whatever the risk's score: a risk not treated by acceptance gets a planned action,
   * due on or after the as-of day, if it has no open one.
   */
  void repairOpenAction(int index, RandomGenerator random) {
    Risk risk = risks.get(index);
    if (risk.treatment().equals(Optional.of(Treatment.ACCEPT))
        || actions.stream().anyMatch(a -> a.risk().equals(risk.id()) && a.status().isOpen())) {
      return;
    }
    actions.add(
        action(
            risk,
            "open-action",
            ActionStatus.PLANNED,
            asOf.plusDays(random.nextInt(0, AHEAD_DAYS))));
  }

  /**
   * RISK-006: every control claiming an effectiveness above 0 has evidence at most half a year old
   * on the as-of day (the standard limit is a year).
   */
  void repairEvidence(RandomGenerator random) {
    for (int c = 0; c < controls.size(); c++) {
      Control control = controls.get(c);
      if (control.effectiveness() > 0
          && control.evidenceDate().filter(d -> !d.plusYears(1).isBefore(asOf)).isEmpty()) {
        controls.set(c, control.withEvidenceDate(asOf.minusDays(random.nextInt(0, EVIDENCE_DAYS))));
      }
    }
  }

  // ---- edits shared by the defects ----

  /** Returns an assessment like {@code like} at the likelihood and impact of the given ranks. */
  RiskAssessment at(RiskAssessment like, int likelihoodRank, int impactRank) {
    return like.withLikelihood(likelihood.levels().get(likelihoodRank).value())
        .withImpact(impact.levels().get(impactRank).value());
  }

  /** Returns a new assessment of {@code risk} at {@code stage} and the given ranks. */
  RiskAssessment at(Risk risk, AssessmentStage stage, int likelihoodRank, int impactRank) {
    RiskAssessment like =
        risk.assessment(stage)
            .orElseGet(
                () ->
                    RiskAssessment.builder()
                        .stage(stage)
                        .likelihood(likelihood.lowest().value())
                        .impact(impact.lowest().value())
                        .assessedOn(risk.identifiedOn())
                        .build());
    return at(like, likelihoodRank, impactRank);
  }

  /** Returns the rank of the highest likelihood level. */
  int topLikelihood() {
    return likelihood.levels().size() - 1;
  }

  /** Returns the rank of the highest impact level. */
  int topImpact() {
    return impact.levels().size() - 1;
  }

  /** Returns {@code risk} with {@code assessment} in place of its assessment at the same stage. */
  static Risk withAssessment(Risk risk, RiskAssessment assessment) {
    List<RiskAssessment> assessments = new ArrayList<>();
    for (RiskAssessment a : risk.assessments()) {
      assessments.add(a.stage() == assessment.stage() ? assessment : a);
    }
    if (risk.assessment(assessment.stage()).isEmpty()) {
      assessments.add(assessment);
    }
    return risk.withAssessments(assessments);
  }

  /** Returns {@code risk} without an assessment at {@code stage}. */
  static Risk withoutAssessment(Risk risk, AssessmentStage stage) {
    return risk.withAssessments(
        risk.assessments().stream().filter(a -> a.stage() != stage).collect(Collectors.toList()));
  }

  /**
   * Returns an action on {@code risk} owned by its program owner with its system owner (or, if one
   * person owns both sides, the first other person) as co-owner.
   */
  MitigationAction action(Risk risk, String name, ActionStatus status, LocalDate due) {
    String owner = risk.programOwner();
    String coOwner =
        risk.systemOwner().equals(owner)
            ? people().stream().filter(p -> !p.equals(owner)).findFirst().orElseThrow()
            : risk.systemOwner();
    return MitigationAction.builder()
        .id(uniqueId(risk.id() + "/" + name, actions.stream().map(MitigationAction::id)))
        .risk(risk.id())
        .title("Generated " + name.replace('-', ' '))
        .owner(owner)
        .coOwner(coOwner)
        .due(due)
        .status(status)
        .build();
  }

  /** Returns {@code base}, or {@code base-2}, {@code base-3}... whichever no id in use has. */
  static String uniqueId(String base, Stream<String> used) {
    Set<String> taken = used.collect(Collectors.toSet());
    String id = base;
    for (int n = 2; taken.contains(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  /** Returns the ids of the model's people, in order. */
  List<String> people() {
    return model.people().stream().map(Person::id).collect(Collectors.toList());
  }

  /** Returns the owners of the given systems, each once, in order. */
  List<String> systemLeads(List<String> systems) {
    Set<String> leads = new LinkedHashSet<>();
    for (InformationSystem system : model.systems()) {
      if (systems.contains(system.id())) {
        system.owner().ifPresent(leads::add);
      }
    }
    return new ArrayList<>(leads);
  }

  /**
   * Returns the owners and managers of the given projects and the managers of their programs, each
   * once, in order.
   */
  List<String> programLeads(List<String> projects) {
    Set<String> leads = new LinkedHashSet<>();
    Set<String> programs = new LinkedHashSet<>();
    for (Project project : model.projects()) {
      if (projects.contains(project.id())) {
        project.owner().ifPresent(leads::add);
        project.manager().ifPresent(leads::add);
        project.program().ifPresent(programs::add);
      }
    }
    for (Program program : model.programs()) {
      if (programs.contains(program.id())) {
        program.programManager().ifPresent(leads::add);
      }
    }
    return new ArrayList<>(leads);
  }
}
