package dev.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.GovernanceModel;
import dev.governance.rules.Finding;
import dev.governance.rules.Subject;
import dev.governance.rules.health.GovernanceHealth;
import dev.governance.rules.health.HealthReport;
import dev.governance.rules.health.Recipients;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The code example of docs/findings.md's "Who is told", kept compiling and true. */
class WhoIsToldDocsExampleTest {

  @Test
  void docsExampleRoutesWhatTheDocsSay() {
    GovernanceModel model = OmniChannelScenario.model();
    HealthReport health = GovernanceHealth.standard().check(model, LocalDate.of(2025, 12, 31));
    Finding goLive = health.findings().findings("GOV-005").get(0);
    assertThat(goLive.notifyRoles()).containsExactly("program-manager", "system-owner");
    assertThat(goLive.people()).containsExactly("ana", "cy");
    assertThat(health.countsByPerson())
        .isEqualTo(Map.of("ana", 7, "cy", 2, "eli", 1, "fay", 1, "kai", 2, "lea", 2));
    assertThat(
            Recipients.of(model).holders("system-owner", Subject.builder().system("pos").build()))
        .containsExactly("eli");
  }
}
