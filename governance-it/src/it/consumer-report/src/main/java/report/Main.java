package report;

import dev.governance.core.model.GovernanceModel;
import dev.governance.io.GovernanceJson;
import dev.governance.report.dashboard.Dashboard;
import dev.governance.report.html.HtmlRenderer;
import dev.governance.rules.Finding;
import dev.governance.rules.health.GovernanceHealth;
import dev.governance.rules.health.HealthReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.TreeSet;

/**
 * What an application embedding the reports does: load a JSON model (the reflective mapping of
 * governance-json across module boundaries), run every engine on it, render the dashboard, and
 * save and reload the model.
 */
public final class Main {

  private Main() {}

  /**
   * Prints the results.
   *
   * @param args the model file
   */
  public static void main(String[] args) {
    GovernanceModel model = GovernanceJson.load(Path.of(args[0]));
    HealthReport health = GovernanceHealth.builder().build().check(model, LocalDate.of(2025, 12, 31));
    TreeSet<String> codes = new TreeSet<>();
    for (Finding finding : health.findings().findings()) {
      codes.add(finding.code().toString());
    }
    System.out.println("findings " + codes);
    String html = HtmlRenderer.render(Dashboard.of(health).report());
    System.out.println("dashboard " + html.substring(0, html.indexOf('>') + 1));
    byte[] saved = GovernanceJson.toBytes(model);
    System.out.println("round trip " + GovernanceJson.load("saved.json", saved).equals(model));
  }
}
