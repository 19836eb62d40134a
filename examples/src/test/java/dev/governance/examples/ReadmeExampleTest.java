package dev.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.governance.core.GovernanceValidationException;
import dev.governance.core.Violation;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.party.Person;
import dev.governance.core.portfolio.Criticality;
import dev.governance.core.portfolio.InformationSystem;
import dev.governance.core.risk.Risk;
import dev.governance.report.dashboard.Dashboard;
import dev.governance.report.findings.Sarif;
import dev.governance.report.html.HtmlRenderer;
import dev.governance.rules.Finding;
import dev.governance.rules.FindingLocator;
import dev.governance.rules.health.GovernanceHealth;
import dev.governance.rules.health.HealthReport;
import dev.governance.rules.practice.PracticeEngine;
import dev.governance.rules.practice.PracticePolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The code examples of README.md, kept compiling and true. */
class ReadmeExampleTest {

  @Test
  void readmeExampleRunsAsDocumented() {
    GovernanceModel model =
        GovernanceModel.builder()
            .name("Omni-channel program")
            .addPeople(Person.of("ana", "Ana Lima"), Person.of("cy", "Cy Wei"))
            .addSystems(
                InformationSystem.builder()
                    .id("commerce")
                    .name("Commerce platform")
                    .owner("cy")
                    .criticality(Criticality.MISSION_CRITICAL)
                    .build())
            .addRisks(
                Risk.builder()
                    .id("privacy-law")
                    .title("New data-privacy law")
                    .category("privacy")
                    .programOwner("ana")
                    .systemOwner("cy")
                    .addSystems("commerce")
                    .identifiedOn(LocalDate.of(2024, 6, 1))
                    .build())
            .build();

    List<String> printed = new ArrayList<>();
    try {
      var unused = model.withRisks(model.risks().get(0).withSystemOwner("bo"));
    } catch (GovernanceValidationException e) {
      e.violations().stream().map(Violation::toString).forEach(printed::add);
    }
    assertThat(printed)
        .containsExactly("risks[0].systemOwner = 'bo': expected the id of a defined person");

    PracticePolicy practice =
        PracticePolicy.builder().requiredDocuments(ImmutableList.of("runbook")).build();
    HealthReport report =
        GovernanceHealth.builder()
            .practice(PracticeEngine.of(practice))
            .build()
            .check(model, LocalDate.of(2025, 12, 31));
    assertThat(report.findings().findings())
        .map(Finding::toString)
        .containsExactly(
            "WARNING GOV-006 [system=commerce] System 'Commerce platform' has no runbook");
    String html = HtmlRenderer.render(Dashboard.of(report).report());
    String sarif = Sarif.render("model.json", report.findings(), FindingLocator.NOWHERE, "0.1.0");
    assertThat(html).startsWith("<!DOCTYPE html>");
    assertThat(sarif).contains("\"ruleId\" : \"GOV-006\"");
  }
}
