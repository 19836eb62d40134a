package dev.governance.testkit;

import static dev.governance.core.ArgChecker.check;

import dev.governance.core.model.GovernanceModel;
import dev.governance.core.risk.Acceptance;
import dev.governance.core.risk.ActionStatus;
import dev.governance.core.risk.AssessmentStage;
import dev.governance.core.risk.Control;
import dev.governance.core.risk.MitigationAction;
import dev.governance.core.risk.Risk;
import dev.governance.core.risk.RiskAppetite;
import dev.governance.core.risk.Treatment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A defect injected into one risk of a joint risk register that has no finding as of a day, with
 * the code of the one risk register rule ({@code RISK-001} to {@code RISK-009}) it must trip under
 * the standard check ({@code RiskRegister.standard()} of governance-rules: the NIST SP 800-30 Table
 * I-2 matrix, reviews every 90 days to two years by level, control evidence up to a year old). The
 * findings the defect adds all carry that code.
 *
 * <p>{@link RiskRegisterGenerator#withDefect(RiskDefect, LocalDate)} generates registers with a
 * defect; {@link #inject(GovernanceModel, LocalDate, RandomGenerator)} injects one into a register
 * of one's own. The risk is drawn from the register; a defect that changes the risk's level or
 * score (RISK-001, 002, 007 and 009) also settles what the new level could trip otherwise: it
 * records a review within the last 90 days if the last one is older, moves a passed target date
 * after the day, and plans a mitigation action if the risk is neither accepted nor treated by an
 * open one. The rules are those of SP 800-30 Rev. 1 (Appendix I) and ISO 31000:2018 section 6.5, as
 * the check's javadoc cites them.
 */
public enum RiskDefect {
  /**
   * Trips RISK-001 (residual level above the inherent level): the risk's inherent assessment
   * becomes the lowest likelihood and impact, its residual one the highest.
   */
  RESIDUAL_ABOVE_INHERENT("RISK-001") {
    @Override
    void apply(RegisterDraft draft, int index, RandomGenerator random) {
      Risk risk = draft.risks.get(index);
      risk = RegisterDraft.withAssessment(risk, draft.at(risk, AssessmentStage.INHERENT, 0, 0));
      draft.risks.set(
          index,
          RegisterDraft.withAssessment(
              risk,
              draft.at(risk, AssessmentStage.RESIDUAL, draft.topLikelihood(), draft.topImpact())));
      settle(draft, index, random);
    }
  },
  /**
   * Trips RISK-002 (residual score lowered with no control applied): the risk loses its controls,
   * its inherent assessment becomes the highest likelihood and impact, and its residual one a lower
   * likelihood and any impact.
   */
  RESIDUAL_WITHOUT_CONTROL("RISK-002") {
    @Override
    void apply(RegisterDraft draft, int index, RandomGenerator random) {
      Risk risk = draft.risks.get(index).withControls(List.of());
      risk =
          RegisterDraft.withAssessment(
              risk,
              draft.at(risk, AssessmentStage.INHERENT, draft.topLikelihood(), draft.topImpact()));
      int likelihood = random.nextInt(0, draft.topLikelihood());
      int impact = random.nextInt(0, draft.topImpact() + 1);
      draft.risks.set(
          index,
          RegisterDraft.withAssessment(
              risk, draft.at(risk, AssessmentStage.RESIDUAL, likelihood, impact)));
      settle(draft, index, random);
    }
  },
  /**
   * Trips RISK-003 (risk acceptance missing or expired): the risk is treated by acceptance, with no
   * acceptance record or with one that expired before the day.
   */
  ACCEPTANCE_MISSING_OR_EXPIRED("RISK-003") {
    @Override
    void apply(RegisterDraft draft, int index, RandomGenerator random) {
      Risk risk = draft.risks.get(index).withTreatment(Treatment.ACCEPT);
      Optional<Acceptance> acceptance = Optional.empty();
      if (random.nextBoolean()) {
        LocalDate until = draft.asOf.minusDays(1L + random.nextInt(0, 365));
        acceptance = Optional.of(Acceptance.of(risk.programOwner(), until.minusDays(30), until));
      }
      draft.risks.set(index, risk.withAcceptance(acceptance));
    }
  },
  /**
   * Trips RISK-004 (no owner on the program side or the system side): the risk's system owner
   * becomes a person who owns none of its systems or, drawn otherwise and where some person leads
   * none of its projects (it gets the first project if it had none), its program owner becomes one
   * who neither owns nor manages them nor manages their program. A risk with no system gets the
   * first one; if every person owns one of its systems, it keeps only its first.
   */
  OWNER_MISSING("RISK-004") {
    @Override
    void apply(RegisterDraft draft, int index, RandomGenerator random) {
      Risk risk = draft.risks.get(index);
      boolean programSide = random.nextBoolean();
      if (programSide) {
        List<String> projects =
            risk.projects().isEmpty()
                ? draft.model.projects().stream().limit(1).map(p -> p.id()).toList()
                : risk.projects();
        List<String> outsiders = outsiders(draft, draft.programLeads(projects));
        if (!projects.isEmpty() && !outsiders.isEmpty()) {
          draft.risks.set(
              index,
              risk.withProjects(projects)
                  .withProgramOwner(DomainGenerators.pick(random, outsiders)));
          return;
        }
      }
      check(
          !draft.model.systems().isEmpty(),
          "systems",
          draft.model.systems(),
          "a model with a system, or with a project some person does not lead, for "
              + code()
              + " to name an owner who leads none");
      List<String> systems =
          risk.systems().isEmpty() ? List.of(draft.model.systems().get(0).id()) : risk.systems();
      List<String> outsiders = outsiders(draft, draft.systemLeads(systems));
      if (outsiders.isEmpty()) {
        systems = systems.subList(0, 1);
        outsiders = outsiders(draft, draft.systemLeads(systems));
      }
      check(
          !outsiders.isEmpty(),
          "people",
          draft.people(),
          "someone besides the owner of " + systems.get(0) + " for " + code() + " to name");
      draft.risks.set(
          index,
          risk.withSystems(systems).withSystemOwner(DomainGenerators.pick(random, outsiders)));
    }
  },
  /**
   * Trips RISK-005 (risk review overdue): the risk was last reviewed more than two years (the
   * longest standard cadence) before the day, and identified no later.
   */
  REVIEW_OVERDUE("RISK-005") {
    @Override
    void apply(RegisterDraft draft, int index, RandomGenerator random) {
      Risk risk = draft.risks.get(index);
      LocalDate stale = draft.asOf.minusYears(2).minusDays(1L + random.nextInt(0, 365));
      if (risk.identifiedOn().isAfter(stale)) {
        risk = risk.withIdentifiedOn(stale);
      }
      draft.risks.set(index, risk.withLastReviewed(stale));
    }
  },
  /**
   * Trips RISK-006 (control effectiveness without current evidence): a new control claiming an
   * effectiveness of 0.01 to 1, with no evidence or evidence more than a year older than the day,
   * is applied to the risk.
   */
  CONTROL_EVIDENCE("RISK-006") {
    @Override
    void apply(RegisterDraft draft, int index, RandomGenerator random) {
      Risk risk = draft.risks.get(index);
      Control.Builder control =
          Control.builder()
              .id(
                  RegisterDraft.uniqueId(
                      "defect-control", draft.controls.stream().map(Control::id)))
              .name("Control without current evidence")
              .effectiveness((1 + random.nextInt(0, 100)) / 100.0);
      if (random.nextBoolean()) {
        control.evidenceDate(draft.asOf.minusYears(1).minusDays(1L + random.nextInt(0, 365)));
      }
      Control built = control.build();
      draft.controls.add(built);
      List<String> controls = new ArrayList<>(risk.controls());
      controls.add(built.id());
      draft.risks.set(index, risk.withControls(controls));
    }
  },
  /**
   * Trips RISK-007 (residual level above target after the target date): the risk loses its residual
   * assessment, its current one becomes the highest likelihood and impact, its target one the
   * lowest, and its target date falls before the day.
   */
  RESIDUAL_ABOVE_TARGET("RISK-007") {
    @Override
    void apply(RegisterDraft draft, int index, RandomGenerator random) {
      Risk risk = RegisterDraft.withoutAssessment(draft.risks.get(index), AssessmentStage.RESIDUAL);
      risk =
          RegisterDraft.withAssessment(
              risk,
              draft.at(risk, AssessmentStage.CURRENT, draft.topLikelihood(), draft.topImpact()));
      risk = RegisterDraft.withAssessment(risk, draft.at(risk, AssessmentStage.TARGET, 0, 0));
      draft.risks.set(
          index, risk.withTargetDate(draft.asOf.minusDays(1L + random.nextInt(0, 365))));
      settle(draft, index, random);
    }
  },
  /**
   * Trips RISK-008 (mitigation action overdue): a new planned or in-progress action on the risk was
   * due before the day.
   */
  MITIGATION_OVERDUE("RISK-008") {
    @Override
    void apply(RegisterDraft draft, int index, RandomGenerator random) {
      ActionStatus status = OPEN.get(random.nextInt(OPEN.size()));
      LocalDate due = draft.asOf.minusDays(1L + random.nextInt(0, 365));
      draft.actions.add(draft.action(draft.risks.get(index), "defect-action", status, due));
    }
  },
  /**
   * Trips RISK-009 (risk above appetite with no open mitigation action): the risk's inherent and
   * residual assessments become the highest likelihood and impact (score 10, above an appetite
   * below 10), it is not treated by acceptance (no treatment, or mitigation, transfer or avoidance)
   * and has no acceptance, and its open actions are cancelled.
   */
  NO_OPEN_MITIGATION("RISK-009") {
    @Override
    void apply(RegisterDraft draft, int index, RandomGenerator random) {
      Risk risk = draft.risks.get(index);
      Optional<RiskAppetite> appetite = appetite(draft.model, risk);
      check(
          appetite.filter(a -> a.appetite() < 10).isPresent(),
          "appetites",
          appetite.map(a -> (Object) a.appetite()).orElse("<none>"),
          "an appetite below 10, the highest score, for the category '"
              + risk.category()
              + "' or every category, for "
              + code()
              + " to rise above it");
      int top = draft.topLikelihood();
      int topImpact = draft.topImpact();
      risk =
          RegisterDraft.withAssessment(
              risk, draft.at(risk, AssessmentStage.INHERENT, top, topImpact));
      risk =
          RegisterDraft.withAssessment(
              risk, draft.at(risk, AssessmentStage.RESIDUAL, top, topImpact));
      Optional<Treatment> treatment = NOT_ACCEPTED.get(random.nextInt(NOT_ACCEPTED.size()));
      draft.risks.set(index, risk.withTreatment(treatment).withAcceptance(Optional.empty()));
      for (int a = 0; a < draft.actions.size(); a++) {
        MitigationAction action = draft.actions.get(a);
        if (action.risk().equals(risk.id()) && action.status().isOpen()) {
          draft.actions.set(a, action.withStatus(ActionStatus.CANCELLED));
        }
      }
      settle(draft, index, random);
    }
  };

  private static final List<ActionStatus> OPEN =
      List.of(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS);

  private static final List<Optional<Treatment>> NOT_ACCEPTED =
      List.of(
          Optional.empty(),
          Optional.of(Treatment.MITIGATE),
          Optional.of(Treatment.TRANSFER),
          Optional.of(Treatment.AVOID));

  private final String code;

  RiskDefect(String code) {
    this.code = code;
  }

  /** Returns the code of the rule the defect trips, such as {@code RISK-004}. */
  public String code() {
    return code;
  }

  /**
   * Returns {@code register} with the defect injected into one of its risks, drawn from {@code
   * random}. The only findings of the standard risk register check as of {@code asOf} that the
   * defect adds carry {@link #code()}, and there is at least one, if {@code register} has no RISK
   * finding as of that day (as {@link RiskRegisterGenerator#valid(LocalDate)}'s registers have
   * none).
   *
   * @param register a model whose joint risk register has no finding as of {@code asOf}
   * @param asOf the day the risk register rules will judge by
   * @param random where the risk and the defect's details are drawn from
   * @return the defective model
   * @throws dev.governance.core.GovernanceValidationException if {@code register} has no risk; for
   *     {@link #OWNER_MISSING}, if it has no system and no project some person does not lead; for
   *     {@link #NO_OPEN_MITIGATION}, if the risk's appetite is missing or not below 10
   */
  public GovernanceModel inject(GovernanceModel register, LocalDate asOf, RandomGenerator random) {
    RegisterDraft draft = new RegisterDraft(register, asOf);
    apply(draft, draft.anyRisk(random, code), random);
    return draft.build();
  }

  abstract void apply(RegisterDraft draft, int index, RandomGenerator random);

  /**
   * Settles what a new level or score of the risk could trip besides this defect's rule: an old
   * review (RISK-005), a passed target date (RISK-007), no open action (RISK-009).
   */
  void settle(RegisterDraft draft, int index, RandomGenerator random) {
    draft.repairReview(index, random);
    if (this != RESIDUAL_ABOVE_TARGET) {
      draft.repairTarget(index, random);
    }
    if (this != NO_OPEN_MITIGATION) {
      draft.repairOpenAction(index, random);
    }
  }

  private static List<String> outsiders(RegisterDraft draft, List<String> leads) {
    return draft.people().stream().filter(p -> !leads.contains(p)).toList();
  }

  /** The appetite the check applies to the risk: its category's, else the general one. */
  private static Optional<RiskAppetite> appetite(GovernanceModel model, Risk risk) {
    return model.appetites().stream()
        .filter(a -> a.category().equals(Optional.of(risk.category())))
        .findFirst()
        .or(() -> model.appetites().stream().filter(a -> a.category().isEmpty()).findFirst());
  }
}
