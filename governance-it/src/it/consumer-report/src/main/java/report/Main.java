package report;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.governance.core.model.GovernanceModel;
import dev.governance.io.GovernanceJson;
import dev.governance.report.dashboard.Dashboard;
import dev.governance.report.html.HtmlRenderer;
import dev.governance.rules.Finding;
import dev.governance.rules.health.GovernanceHealth;
import dev.governance.rules.health.HealthReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.TreeSet;

/**
 * What an application embedding the reports does: load a JSON model (the reflective mapping of
 * governance-json across module boundaries), run every engine on it, render the dashboard, save
 * and reload the model, and write it through an application's own Jackson mapper that found
 * governance-jackson's module by the service loader.
 */
public final class Main {

  private Main() {}

  /**
   * Prints the results.
   *
   * @param args the model file
   * @throws IOException if the mapper cannot write the model
   */
  public static void main(String[] args) throws IOException {
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
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    System.out.println(
        "jackson " + Arrays.equals(mapper.writeValueAsBytes(model), saved));
  }
}
