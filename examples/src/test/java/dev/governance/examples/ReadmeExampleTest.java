package dev.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.Violation;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.party.Person;
import dev.governance.core.portfolio.Criticality;
import dev.governance.core.portfolio.InformationSystem;
import dev.governance.core.risk.Risk;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The code example of README.md, kept compiling and true. */
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
  }
}
