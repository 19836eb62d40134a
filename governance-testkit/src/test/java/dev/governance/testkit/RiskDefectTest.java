package dev.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.party.Person;
import dev.governance.core.risk.AssessmentStage;
import dev.governance.core.risk.Risk;
import dev.governance.core.risk.RiskAppetite;
import dev.governance.core.risk.RiskAssessment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Codes, javadoc and preconditions of the risk defects; the rules' verdict is in governance-rules.
 */
class RiskDefectTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 15);

  private static final Path SOURCE =
      Path.of("src", "main", "java", "dev", "governance", "testkit", "RiskDefect.java");

  @Test
  void oneDefectPerRiskRuleInCodeOrder() {
    assertThat(Arrays.stream(RiskDefect.values()).map(RiskDefect::code))
        .containsExactly(
            "RISK-001",
            "RISK-002",
            "RISK-003",
            "RISK-004",
            "RISK-005",
            "RISK-006",
            "RISK-007",
            "RISK-008",
            "RISK-009");
  }

  /** Each constant's javadoc opens by citing the rule its code names, as the class promises. */
  @Test
  void eachConstantsJavadocCitesItsOwnCode() throws IOException {
    String source = Files.readString(SOURCE);
    Matcher constant =
        Pattern.compile(
                "/\\*\\*\\s*\\*\\s*Trips (RISK-\\d{3})"
                    + " \\([^)]+\\)[^/]*\\*/\\s*([A-Z_]+)\\(\"(RISK-\\d{3})\"\\)")
            .matcher(source);
    List<String> cited = new java.util.ArrayList<>();
    while (constant.find()) {
      assertThat(constant.group(1)).as(constant.group(2)).isEqualTo(constant.group(3));
      assertThat(RiskDefect.valueOf(constant.group(2)).code()).isEqualTo(constant.group(1));
      cited.add(constant.group(2));
    }
    assertThat(cited)
        .containsExactlyElementsOf(
            Arrays.stream(RiskDefect.values()).map(Enum::name).collect(Collectors.toList()));
  }

  @Test
  void eachDefectChangesTheRegisterAndKeepsTheModelValid() {
    for (long seed = 1; seed <= 20; seed++) {
      GovernanceModel valid =
          RiskRegisterGenerator.valid(AS_OF).generate(new SplittableRandom(seed));
      for (RiskDefect defect : RiskDefect.values()) {
        GovernanceModel defective = defect.inject(valid, AS_OF, new SplittableRandom(seed));
        assertThat(defective).as("%s, seed %d", defect, seed).isNotEqualTo(valid);
        assertThat(defective.people()).isEqualTo(valid.people());
        assertThat(defective.systems()).isEqualTo(valid.systems());
      }
    }
  }

  @Test
  void aRegisterWithNoRiskIsRefused() {
    GovernanceModel empty = GovernanceModel.builder().name("No risk").build();
    assertThatThrownBy(
            () -> RiskDefect.REVIEW_OVERDUE.inject(empty, AS_OF, new SplittableRandom(1)))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: risks = []: expected at least 1 risk to inject RISK-005"
                + " into");
  }

  @Test
  void anOwnerCannotGoMissingWhereThereIsNothingToOwn() {
    assertThatThrownBy(
            () -> RiskDefect.OWNER_MISSING.inject(oneRiskModel(), AS_OF, new SplittableRandom(1)))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: systems = []: expected a model with a system, or with a"
                + " project some person does not lead, for RISK-004 to name an owner who leads"
                + " none");
  }

  @Test
  void aRiskCannotRiseAboveAnAppetiteOfTen() {
    GovernanceModel model =
        oneRiskModel().withAppetites(RiskAppetite.builder().appetite(10).tolerance(10).build());
    assertThatThrownBy(
            () -> RiskDefect.NO_OPEN_MITIGATION.inject(model, AS_OF, new SplittableRandom(1)))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: appetites = 10.0: expected an appetite below 10, the highest"
                + " score, for the category 'privacy' or every category, for RISK-009 to rise above"
                + " it");
    assertThatThrownBy(
            () ->
                RiskDefect.NO_OPEN_MITIGATION.inject(
                    oneRiskModel(), AS_OF, new SplittableRandom(1)))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: appetites = '<none>': expected an appetite below 10, the"
                + " highest score, for the category 'privacy' or every category, for RISK-009 to"
                + " rise above it");
  }

  /** A model of two people and one risk that touches no system and no project, with no appetite. */
  private static GovernanceModel oneRiskModel() {
    return GovernanceModel.builder()
        .name("One risk")
        .addPeople(
            Person.builder().id("ana").name("Ana").build(),
            Person.builder().id("cy").name("Cy").build())
        .addRisks(
            Risk.builder()
                .id("privacy-law")
                .title("New data-privacy law")
                .category("privacy")
                .programOwner("ana")
                .systemOwner("cy")
                .identifiedOn(LocalDate.of(2025, 6, 1))
                .addAssessments(
                    RiskAssessment.builder()
                        .stage(AssessmentStage.INHERENT)
                        .likelihood(4)
                        .impact(4)
                        .assessedOn(LocalDate.of(2025, 6, 1))
                        .build())
                .build())
        .build();
  }
}
