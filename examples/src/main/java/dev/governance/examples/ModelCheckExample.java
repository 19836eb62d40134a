package dev.governance.examples;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.Violation;
import dev.governance.core.compliance.Obligation;
import dev.governance.core.compliance.Regulation;
import dev.governance.core.compliance.TimeLimit;
import dev.governance.core.compliance.TimeLimitUnit;
import dev.governance.core.kpi.Aggregation;
import dev.governance.core.kpi.Direction;
import dev.governance.core.kpi.KpiDefinition;
import dev.governance.core.kpi.Perspective;
import dev.governance.core.kpi.UpdateFrequency;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.money.Money;
import dev.governance.core.party.Person;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.party.WellKnownRole;
import dev.governance.core.portfolio.Criticality;
import dev.governance.core.portfolio.InformationSystem;
import dev.governance.core.portfolio.Program;
import dev.governance.core.risk.AssessmentStage;
import dev.governance.core.risk.Risk;
import dev.governance.core.risk.RiskAssessment;
import dev.governance.rules.Explanation;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * Builds the omni-channel retailer's governance model with the core API, prints what it holds and
 * an explained budget figure, then shows how a model with broken references is rejected with every
 * violation and its path.
 */
public final class ModelCheckExample {

  private ModelCheckExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    GovernanceModel model = omniChannel();
    out.printf(
        "Model '%s': %d people, %d program(s), %d system(s), %d risk(s), %d KPI(s), %d"
            + " obligation(s)%n",
        model.name(),
        model.people().size(),
        model.programs().size(),
        model.systems().size(),
        model.risks().size(),
        model.kpis().size(),
        model.obligations().size());

    Program program = model.programs().get(0);
    Money actual = Money.parse("43650000", "EUR");
    BigDecimal variance =
        actual
            .minus(program.budget())
            .amount()
            .multiply(BigDecimal.valueOf(100))
            .divide(program.budget().amount(), 2, RoundingMode.HALF_UP);
    out.println(
        Explanation.builder()
            .quantity("budget variance %")
            .result(variance.doubleValue())
            .formula(
                "("
                    + actual.amount().toPlainString()
                    + " - "
                    + program.budget().amount().toPlainString()
                    + ") / "
                    + program.budget().amount().toPlainString()
                    + " x 100")
            .putInputs("actual cost", actual.amount().doubleValue())
            .putInputs("budget", program.budget().amount().doubleValue())
            .build()
            .render());

    Risk privacyLaw = model.risks().get(0);
    try {
      var unused =
          model.withRisks(privacyLaw.withSystemOwner("nobody").withSystems("commerce", "pos"));
      out.println("unexpected: the broken model was accepted");
    } catch (GovernanceValidationException e) {
      out.println("A model with broken references is rejected, every violation with its path:");
      for (Violation v : e.violations()) {
        out.println("  " + v);
      }
    }
  }

  static GovernanceModel omniChannel() {
    LocalDate start = LocalDate.of(2023, 1, 1);
    return GovernanceModel.builder()
        .name("Global retailer, omni-channel program")
        .addPeople(
            Person.of("ana", "Ana Lima"),
            Person.of("cy", "Cy Wei"),
            Person.of("dara", "Dara Okafor"))
        .addRoles(
            WellKnownRole.PROGRAM_MANAGER.role(),
            WellKnownRole.SYSTEM_OWNER.role(),
            WellKnownRole.SECURITY_OFFICER.role())
        .addRoleAssignments(
            RoleAssignment.of("program-manager", List.of("ana")),
            RoleAssignment.of("system-owner", List.of("cy")),
            RoleAssignment.of("security-officer", List.of("dara")))
        .addPrograms(
            Program.builder()
                .id("omni")
                .name("Omni-channel")
                .budget(Money.parse("45000000", "EUR"))
                .baselineStart(start)
                .baselineFinish(start.plusYears(3).minusDays(1))
                .programManager("ana")
                .build())
        .addSystems(
            InformationSystem.builder()
                .id("commerce")
                .name("Commerce platform")
                .owner("cy")
                .criticality(Criticality.MISSION_CRITICAL)
                .addRegulations("GDPR")
                .build())
        .addRegulations(Regulation.GDPR)
        .addRisks(
            Risk.builder()
                .id("privacy-law")
                .title("New data-privacy law")
                .category("privacy")
                .programOwner("ana")
                .systemOwner("cy")
                .addSystems("commerce")
                .identifiedOn(start.plusMonths(18))
                .addAssessments(
                    RiskAssessment.builder()
                        .stage(AssessmentStage.INHERENT)
                        .likelihood(4)
                        .impact(4)
                        .assessedOn(start.plusMonths(18))
                        .build())
                .build())
        .addPerspectives(Perspective.INTERNAL_PROCESS)
        .addKpis(
            KpiDefinition.builder()
                .id("availability")
                .name("Platform availability")
                .unit("%")
                .direction(Direction.HIGHER_IS_BETTER)
                .target(99.95)
                .minimum(0.0)
                .maximum(100.0)
                .perspective("internal-process")
                .aggregation(Aggregation.MEAN)
                .updateFrequency(UpdateFrequency.MONTHLY)
                .build())
        .addObligations(
            Obligation.builder()
                .id("gdpr-33")
                .title("Notify the supervisory authority of a breach")
                .regulation("GDPR")
                .citation("Art. 33(1)")
                .ownerRole("security-officer")
                .trigger("personal-data-breach")
                .timeLimit(TimeLimit.of(72, TimeLimitUnit.HOURS))
                .build())
        .build();
  }
}
