package dev.governance.examples;

import dev.governance.core.model.GovernanceModel;
import dev.governance.rules.Finding;
import dev.governance.rules.health.GovernanceHealth;
import dev.governance.rules.health.HealthReport;
import dev.governance.rules.practice.PracticeEngine;
import java.io.PrintStream;
import java.time.LocalDate;

/**
 * Runs the governance practice checks (GOV-001 to GOV-010) and then governance health over the
 * omni-channel scenario: its three deliberate practice findings, and every engine's findings
 * counted per role to tell, per system and per program.
 */
public final class PracticeExample {

  private PracticeExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    GovernanceModel model = OmniChannelScenario.model();
    LocalDate asOf = LocalDate.of(2025, 12, 31);
    out.println("Practice checks of the omni-channel program as of " + asOf + ":");
    for (Finding f : PracticeEngine.standard().review(model, asOf).findings()) {
      out.println("  " + f + " -> tell " + String.join(", ", f.notifyRoles()));
    }
    HealthReport health = GovernanceHealth.standard().check(model, asOf);
    out.println(
        "Governance health: "
            + health.findings().findings().size()
            + " findings from every engine");
    out.println("  per role to tell: " + health.countsByRole());
    out.println("  per system: " + health.countsBySystem());
    out.println("  per program: " + health.countsByProgram());
  }
}
