package dev.governance.examples;

import dev.governance.core.model.GovernanceModel;
import dev.governance.core.risk.AssessmentStage;
import dev.governance.core.risk.Control;
import dev.governance.core.risk.RiskAppetite;
import dev.governance.core.risk.RiskAssessment;
import dev.governance.rules.risk.RiskMatrix;
import dev.governance.rules.risk.RiskRating;
import dev.governance.rules.risk.RiskRegister;
import dev.governance.rules.risk.RiskRegisterReport;
import dev.governance.rules.risk.cvss.Cvss3Scores;
import dev.governance.rules.risk.cvss.Cvss3Vector;
import dev.governance.rules.risk.cvss.Cvss4Scores;
import dev.governance.rules.risk.cvss.Cvss4Vector;
import dev.governance.rules.risk.quant.Distribution;
import dev.governance.rules.risk.quant.Frequency;
import dev.governance.rules.risk.quant.LossDistribution;
import dev.governance.rules.risk.quant.LossScenario;
import dev.governance.rules.risk.quant.LossSimulation;
import dev.governance.rules.risk.quant.SimulationResult;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Risk on the omni-channel program: CVSS v3.1 and v4.0 vulnerabilities scored (the first
 * explained), the joint register's data-privacy risk rated on NIST SP 800-30 Table I-2 with its
 * residual score after the encryption control, the register's findings, and the annual loss of two
 * risks simulated the Open FAIR way.
 */
public final class RiskExample {

  private RiskExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    Cvss3Scores checkout =
        Cvss3Vector.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:L/A:N/E:P/RL:O").scores();
    out.println(
        "Checkout vulnerability "
            + checkout.vector()
            + ": base "
            + checkout.base()
            + " "
            + checkout.baseSeverity().label()
            + ", temporal "
            + checkout.temporal());
    out.println(checkout.explainBase().render());
    Cvss4Scores paymentApi =
        Cvss4Vector.parse("CVSS:4.0/AV:N/AC:L/AT:P/PR:H/UI:A/VC:N/VI:H/VA:L/SC:N/SI:N/SA:L")
            .scores();
    out.println(
        "Payment API vulnerability "
            + paymentApi.vector()
            + ": "
            + paymentApi.vector().nomenclature()
            + " "
            + paymentApi.score()
            + " "
            + paymentApi.severity().label()
            + " (MacroVector "
            + paymentApi.macroVector()
            + ")");
    out.println(
        "NIST SP 800-30 level of a likely (4), very severe (5) risk: "
            + RiskMatrix.nist80030().score(4, 5).level());

    GovernanceModel base = ModelCheckExample.omniChannel();
    GovernanceModel model =
        base.withControls(
                Control.builder()
                    .id("encryption")
                    .name("Encryption at rest")
                    .effectiveness(0.6)
                    .owner("cy")
                    .evidenceDate(LocalDate.of(2025, 11, 3))
                    .build())
            .withAppetites(
                RiskAppetite.builder().category("privacy").appetite(3).tolerance(6).build())
            .withRisks(
                base.risks()
                    .get(0)
                    .withControls("encryption")
                    .withLastReviewed(LocalDate.of(2025, 9, 1))
                    .withAssessments(
                        base.risks().get(0).assessments().get(0),
                        RiskAssessment.builder()
                            .stage(AssessmentStage.CURRENT)
                            .likelihood(3)
                            .impact(4)
                            .assessedOn(LocalDate.of(2025, 9, 1))
                            .build()));
    RiskRegisterReport register = RiskRegister.standard().review(model, LocalDate.of(2026, 1, 15));
    RiskRating privacy = register.ratings().get(0);
    out.println(
        "Risk "
            + privacy.risk()
            + ": level "
            + privacy.level().orElseThrow().level()
            + ", "
            + privacy.residual().orElseThrow().render().lines().findFirst().orElseThrow()
            + ", "
            + privacy.appetite().orElseThrow()
            + ", suggested "
            + privacy.recommendation().orElseThrow()
            + ", next review "
            + privacy.nextReview().orElseThrow());
    register.findings().findings().forEach(f -> out.println("  " + f));

    // Open FAIR, simulated: store outages twice a year costing 10,000 to 200,000 (90 % interval),
    // and a
    // data breach with a 10 % annual chance costing 635,000 to 19,000,000; a million years on every
    // core.
    LossScenario outage =
        LossScenario.builder()
            .id("store-outage")
            .lossEventFrequency(Frequency.poisson(2))
            .primaryLoss(Distribution.lognormal90(10_000, 200_000))
            .build();
    LossScenario breach =
        LossScenario.builder()
            .id("data-breach")
            .lossEventFrequency(Frequency.annualProbability(0.1))
            .primaryLoss(Distribution.lognormal90(635_000, 19_000_000))
            .build();
    SimulationResult losses =
        LossSimulation.builder().years(1_000_000).seed(2026).build().run(List.of(outage, breach));
    LossDistribution annual = losses.annualLoss();
    out.printf(
        Locale.ROOT,
        "Annual loss of the portfolio: mean %,.0f (analytic %,.0f), P90 %,.0f, P99 %,.0f, 99%%"
            + " expected shortfall %,.0f%n",
        annual.mean(),
        2 * Distribution.lognormal90(10_000, 200_000).mean()
            + 0.1 * Distribution.lognormal90(635_000, 19_000_000).mean(),
        annual.percentile(90),
        annual.percentile(99),
        annual.expectedShortfall(0.99));
    losses
        .contributions()
        .forEach(
            c -> out.printf(Locale.ROOT, "  %s: %.0f %% of the mean%n", c.id(), 100 * c.share()));
    out.printf(
        Locale.ROOT,
        "  chance of losing more than 5,000,000 in a year: %.2f %%%n",
        100 * annual.probabilityOfExceeding(5_000_000));
  }
}
