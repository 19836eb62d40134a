package dev.governance.rules.risk;

import dev.governance.core.model.GovernanceModel;
import dev.governance.core.portfolio.InformationSystem;
import dev.governance.core.portfolio.Program;
import dev.governance.core.portfolio.Project;
import dev.governance.core.risk.AssessmentStage;
import dev.governance.core.risk.Control;
import dev.governance.core.risk.MitigationAction;
import dev.governance.core.risk.Risk;
import dev.governance.core.risk.RiskAssessment;
import dev.governance.core.risk.Treatment;
import dev.governance.rules.Finding;
import dev.governance.rules.Subject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The RISK-001 to RISK-009 checks of one risk. */
final class RiskChecks {

  private final RiskRegister register;
  private final GovernanceModel model;
  private final Risk risk;
  private final PortfolioIndex portfolio;
  private final LocalDate asOf;
  private final List<Finding> findings = new ArrayList<>();

  RiskChecks(
      RiskRegister register,
      GovernanceModel model,
      PortfolioIndex portfolio,
      Risk risk,
      LocalDate asOf) {
    this.portfolio = portfolio;
    this.register = register;
    this.model = model;
    this.risk = risk;
    this.asOf = asOf;
  }

  List<Finding> findings(
      Optional<RiskAssessment> inherent,
      Optional<RiskAssessment> residual,
      List<Control> applied,
      RiskRating rating) {
    if (inherent.isPresent() && residual.isPresent()) {
      RiskScore before = register.level(model, inherent.get());
      RiskScore after = register.level(model, residual.get());
      if (after.rank() > before.rank()) {
        report(
            RiskRegisterRule.RESIDUAL_ABOVE_INHERENT,
            "residual level " + after.level() + " is above the inherent level " + before.level(),
            "Controls cannot raise a risk: reassess the residual likelihood and impact");
      }
      // with a residual assessment, the rating's residual score is that assessment's
      double beforeScore = rating.inherent().orElseThrow().result();
      double afterScore = rating.residual().orElseThrow().result();
      if (afterScore < beforeScore && applied.isEmpty()) {
        report(
            RiskRegisterRule.RESIDUAL_WITHOUT_CONTROL,
            "residual score "
                + afterScore
                + " is below the inherent "
                + beforeScore
                + " with no control applied",
            "Link the controls that lower the risk, or set the residual assessment back to the"
                + " inherent one");
      }
    }
    if (risk.treatment().equals(Optional.of(Treatment.ACCEPT))) {
      if (risk.acceptance().isEmpty()) {
        report(
            RiskRegisterRule.ACCEPTANCE_MISSING_OR_EXPIRED,
            "accepted without an acceptance record",
            "Record who accepted the risk, when, and until when");
      } else if (risk.acceptance().get().validUntil().isBefore(asOf)) {
        report(
            RiskRegisterRule.ACCEPTANCE_MISSING_OR_EXPIRED,
            "the acceptance by "
                + risk.acceptance().get().acceptedBy()
                + " expired on "
                + risk.acceptance().get().validUntil(),
            "Renew the acceptance or treat the risk otherwise");
      }
    }
    ownerSides();
    target();
    actions(rating);
    rating
        .nextReview()
        .filter(next -> next.isBefore(asOf))
        .ifPresent(
            next ->
                report(
                    RiskRegisterRule.REVIEW_OVERDUE,
                    "review was due on "
                        + next
                        + " ("
                        + rating.level().orElseThrow().level()
                        + " risks are reviewed every "
                        + register.reviewCadence().get(rating.level().orElseThrow().level())
                        + ")",
                    "Review the risk and record the review date"));
    for (Control control : applied) {
      if (control.effectiveness() > 0 && control.evidenceDate().isEmpty()) {
        report(
            RiskRegisterRule.CONTROL_EVIDENCE,
            "control "
                + control.id()
                + " claims effectiveness "
                + control.effectiveness()
                + " with no evidence",
            "Attach evidence of the control's operation, or set its effectiveness to 0");
      } else if (control.effectiveness() > 0
          && control.evidenceDate().get().plus(register.evidenceMaxAge()).isBefore(asOf)) {
        report(
            RiskRegisterRule.CONTROL_EVIDENCE,
            "control "
                + control.id()
                + "'s evidence of "
                + control.evidenceDate().get()
                + " is older than "
                + register.evidenceMaxAge(),
            "Refresh the evidence of the control's operation");
      }
    }
    return findings;
  }

  /**
   * RISK-007: after the target date, the residual level (else the current level) ranks above the
   * target assessment's.
   */
  private void target() {
    Optional<RiskAssessment> target = risk.assessment(AssessmentStage.TARGET);
    Optional<RiskAssessment> now =
        risk.assessment(AssessmentStage.RESIDUAL)
            .or(() -> risk.assessment(AssessmentStage.CURRENT));
    if (target.isEmpty()
        || now.isEmpty()
        || risk.targetDate().isEmpty()
        || !risk.targetDate().get().isBefore(asOf)) {
      return;
    }
    RiskScore aimed = register.level(model, target.get());
    RiskScore actual = register.level(model, now.get());
    if (actual.rank() > aimed.rank()) {
      report(
          RiskRegisterRule.RESIDUAL_ABOVE_TARGET,
          now.get().stage().name().toLowerCase(Locale.ROOT)
              + " level "
              + actual.level()
              + " is still above the target level "
              + aimed.level()
              + " after the target date "
              + risk.targetDate().get(),
          "Step up the treatment, or agree a new target and target date");
    }
  }

  /**
   * RISK-008: each open action past its due date; RISK-009: a risk above appetite, not accepted,
   * with no open action.
   */
  private void actions(RiskRating rating) {
    List<MitigationAction> actions = portfolio.actions().get(risk.id());
    for (MitigationAction action : actions) {
      if (action.isOverdue(asOf)) {
        findings.add(
            finding(
                    RiskRegisterRule.MITIGATION_OVERDUE,
                    "mitigation action "
                        + action.id()
                        + " ('"
                        + action.title()
                        + "') was due on "
                        + action.due()
                        + " and is "
                        + action.status().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    "Finish the action, or agree a new due date with its co-owner",
                    action.owner(),
                    action.coOwner())
                .build());
      }
    }
    boolean above =
        rating.appetite().filter(status -> status != AppetiteStatus.WITHIN_APPETITE).isPresent();
    if (above
        && !risk.treatment().equals(Optional.of(Treatment.ACCEPT))
        && actions.stream().noneMatch(a -> a.status().isOpen())) {
      report(
          RiskRegisterRule.NO_OPEN_MITIGATION,
          "residual score is above the appetite ("
              + rating.appetite().orElseThrow().name().toLowerCase(Locale.ROOT).replace('_', ' ')
              + ") and no mitigation action is planned or in progress",
          "Plan a mitigation action with an owner on each side, or accept the risk");
    }
  }

  /**
   * RISK-004: the system owner owns none of the risk's systems, or the program owner leads none of
   * its projects or programs.
   */
  private void ownerSides() {
    if (!risk.systems().isEmpty()
        && systemsOf().stream().noneMatch(s -> s.owner().equals(Optional.of(risk.systemOwner())))) {
      report(
          RiskRegisterRule.OWNER_MISSING,
          "no owner on the system side: "
              + risk.systemOwner()
              + " owns none of the systems "
              + risk.systems(),
          "Make the owner of an affected system the risk's system owner");
    }
    if (!risk.projects().isEmpty()) {
      boolean leads =
          projectsOf().stream()
                  .anyMatch(
                      p ->
                          p.owner().equals(Optional.of(risk.programOwner()))
                              || p.manager().equals(Optional.of(risk.programOwner())))
              || programsOf().stream()
                  .map(Program::programManager)
                  .anyMatch(m -> m.equals(Optional.of(risk.programOwner())));
      if (!leads) {
        report(
            RiskRegisterRule.OWNER_MISSING,
            "no owner on the program side: "
                + risk.programOwner()
                + " leads none of the projects "
                + risk.projects()
                + " or their programs",
            "Make the program manager or a project owner of the affected work the risk's program"
                + " owner");
      }
    }
  }

  private List<InformationSystem> systemsOf() {
    return risk.systems().stream().map(portfolio.systems()::get).toList();
  }

  private List<Project> projectsOf() {
    return risk.projects().stream().map(portfolio.projects()::get).toList();
  }

  private List<Program> programsOf() {
    return projectsOf().stream()
        .map(Project::program)
        .flatMap(Optional::stream)
        .distinct()
        .map(portfolio.programs()::get)
        .toList();
  }

  private void report(RiskRegisterRule rule, String message, String fix) {
    findings.add(finding(rule, message, fix).build());
  }

  /**
   * A finding about the risk, told to its two owners (the joint register's program and system
   * sides) and to {@code alsoTell}, each person once.
   */
  private Finding.Builder finding(
      RiskRegisterRule rule, String message, String fix, String... alsoTell) {
    Set<String> people = new LinkedHashSet<>(List.of(risk.programOwner(), risk.systemOwner()));
    people.addAll(Arrays.asList(alsoTell));
    return Finding.builder()
        .code(rule.code())
        .severity(register.severity(rule))
        .subject(Subject.builder().risk(risk.id()).build())
        .message(message)
        .suggestedFix(fix)
        .addAllNotifyPeople(people);
  }
}
