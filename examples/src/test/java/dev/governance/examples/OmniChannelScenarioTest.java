package dev.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.governance.core.model.GovernanceModel;
import dev.governance.io.GovernanceJson;
import dev.governance.rules.deadline.Occurrence;
import dev.governance.rules.deadline.OccurrenceStatus;
import dev.governance.rules.health.GovernanceHealth;
import dev.governance.rules.kpi.CostRecords;
import dev.governance.rules.kpi.PortfolioMetrics;
import dev.governance.rules.kpi.ServiceRecords;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OmniChannelScenarioTest {

  @Test
  void theCommandsEmbeddedModelIsTheScenarioBuiltInCode() throws Exception {
    try (InputStream embedded =
        getClass().getResourceAsStream("/dev/governance/cli/omni-channel.json")) {
      assertThat(embedded).as("the governance command's embedded model").isNotNull();
      byte[] json = embedded.readAllBytes();
      assertThat(GovernanceJson.load("omni-channel.json", json))
          .isEqualTo(OmniChannelScenario.model());
      assertThat(json)
          .as("regenerate with OmniChannelScenario.main")
          .isEqualTo(GovernanceJson.toBytes(OmniChannelScenario.model()));
    }
  }

  @Test
  void theProgramManagersRiskReviewGoesToTheSteeringCommitteeNeverToItsOwner() {
    GovernanceModel model = OmniChannelScenario.model();
    for (LocalDate asOf : List.of(LocalDate.of(2025, 12, 17), LocalDate.of(2025, 12, 31))) {
      Occurrence missed =
          GovernanceHealth.standard().check(model, asOf).occurrences().stream()
              .filter(o -> o.obligation().equals("risk-review"))
              .filter(o -> o.status() == OccurrenceStatus.OVERDUE)
              .findFirst()
              .orElseThrow();
      assertThat(missed.ownerRole()).isEqualTo("program-manager");
      assertThat(missed.businessDaysOverdue()).isEqualTo(asOf.getDayOfMonth() == 17 ? 12 : 22);
      assertThat(missed.escalatedTo())
          .as("12 days: past the program manager's own 10, short of the committee's 20")
          .isEqualTo(
              asOf.getDayOfMonth() == 17 ? Optional.empty() : Optional.of("steering-committee"));
      assertThat(missed.escalationNote()).isEmpty();
    }
  }

  @Test
  void holdsTheCasesFigures() {
    GovernanceModel model = OmniChannelScenario.model();
    assertThat(model.projects()).hasSize(12);
    assertThat(model.programs().get(0).budget().amount()).isEqualByComparingTo("45000000");
    assertThat(model.systems())
        .extracting(s -> s.name())
        .containsExactly(
            "E-commerce platform",
            "In-store POS",
            "Mobile app",
            "Inventory management",
            "Order management");
    assertThat(model.observations())
        .as("availability, MTTR, budget and schedule come from records, not typed observations")
        .extracting(o -> o.kpi())
        .containsOnly("online-sales", "store-conversion");
    ServiceRecords service = ServiceRecords.of(model);
    assertThat(
            service
                .window("commerce", LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31))
                .availability()
                .result())
        .as("99.96 % over the last quarter")
        .isCloseTo(99.96, within(0.0005));
    assertThat(
            service
                .window("commerce", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31))
                .mttrMinutes()
                .orElseThrow()
                .result())
        .as("about 4 h at the start of 2025")
        .isEqualTo(240.0);
    assertThat(
            service
                .window("commerce", LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31))
                .mttrMinutes()
                .orElseThrow()
                .result())
        .as("about 45 min at the end")
        .isEqualTo(45.0);
    PortfolioMetrics program = CostRecords.of(model).program("omni", LocalDate.of(2025, 12, 31));
    assertThat(program.budgetAtCompletion()).contains(45_000_000.0);
    assertThat(program.earnedValue().orElseThrow().actualCost() / 45_000_000)
        .as("delivered about 3 % under the 45 M budget")
        .isBetween(0.96, 0.98);
    assertThat(program.scheduleVarianceDays().orElseThrow().result())
        .as("about two weeks behind by earned schedule")
        .isBetween(-16.0, -12.0);
    assertThat(model.risks()).extracting(r -> r.id()).contains("privacy-law");
    assertThat(model.lossScenarios()).extracting(l -> l.risk()).contains("privacy-law");
    assertThat(model.mitigationActions())
        .filteredOn(a -> a.isOverdue(LocalDate.of(2025, 12, 31)))
        .extracting(a -> a.id())
        .containsExactly("retention-purge");
  }
}
