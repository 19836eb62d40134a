package dev.governance.rules.risk;

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableMap;
import dev.governance.core.GovernanceValidationException;
import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.money.Money;
import dev.governance.core.party.Person;
import dev.governance.core.portfolio.Criticality;
import dev.governance.core.portfolio.InformationSystem;
import dev.governance.core.portfolio.Program;
import dev.governance.core.portfolio.Project;
import dev.governance.core.risk.Acceptance;
import dev.governance.core.risk.ActionStatus;
import dev.governance.core.risk.AssessmentStage;
import dev.governance.core.risk.Control;
import dev.governance.core.risk.MitigationAction;
import dev.governance.core.risk.OrderedScale;
import dev.governance.core.risk.Risk;
import dev.governance.core.risk.RiskAppetite;
import dev.governance.core.risk.RiskAssessment;
import dev.governance.core.risk.Treatment;
import dev.governance.rules.Finding;
import dev.governance.rules.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The register check, table-driven: each risk breaks at most one rule, and the clean one none. */
class RiskRegisterTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  private static final LocalDate START = LocalDate.of(2025, 1, 1);

  private static RiskAssessment assessed(AssessmentStage stage, int likelihood, int impact) {
    return RiskAssessment.builder()
        .stage(stage)
        .likelihood(likelihood)
        .impact(impact)
        .assessedOn(START)
        .build();
  }

  private static Risk.Builder risk(String id) {
    return Risk.builder()
        .id(id)
        .title(id)
        .category("operations")
        .programOwner("ana")
        .systemOwner("cy")
        .identifiedOn(START)
        .lastReviewed(LocalDate.of(2026, 6, 1));
  }

  static GovernanceModel model() {
    return GovernanceModel.builder()
        .name("register")
        .addPeople(
            Person.of("ana", "Ana Lima"), Person.of("bo", "Bo Berg"), Person.of("cy", "Cy Wei"))
        .addPrograms(
            Program.builder()
                .id("omni")
                .name("Omni")
                .addProjects("web")
                .budget(Money.parse("1000", "EUR"))
                .baselineStart(START)
                .baselineFinish(START.plusYears(3))
                .programManager("ana")
                .build())
        .addProjects(
            Project.builder()
                .id("web")
                .name("Web")
                .program("omni")
                .owner("bo")
                .start(START)
                .finish(START.plusYears(1))
                .build())
        .addSystems(
            InformationSystem.builder()
                .id("commerce")
                .name("Commerce")
                .owner("cy")
                .criticality(Criticality.MISSION_CRITICAL)
                .build())
        .addControls(
            Control.builder()
                .id("enc")
                .name("Encryption")
                .effectiveness(0.7)
                .evidenceDate(LocalDate.of(2026, 1, 10))
                .build(),
            Control.builder().id("waf").name("WAF").effectiveness(0.5).build(),
            Control.builder()
                .id("old")
                .name("Old audit")
                .effectiveness(0.4)
                .evidenceDate(LocalDate.of(2024, 1, 1))
                .build())
        .addAppetites(RiskAppetite.builder().appetite(4).tolerance(7).build())
        .addRisks(
            risk("clean")
                .addSystems("commerce")
                .addProjects("web")
                .addControls("enc")
                .addAssessments(
                    assessed(AssessmentStage.INHERENT, 4, 5),
                    assessed(AssessmentStage.RESIDUAL, 2, 5))
                .build(),
            risk("worse")
                .addControls("enc")
                .addAssessments(
                    assessed(AssessmentStage.INHERENT, 2, 2),
                    assessed(AssessmentStage.RESIDUAL, 4, 4))
                .build(),
            risk("free-lunch")
                .addAssessments(
                    assessed(AssessmentStage.INHERENT, 4, 4),
                    assessed(AssessmentStage.RESIDUAL, 2, 2))
                .build(),
            risk("accepted")
                .treatment(Treatment.ACCEPT)
                .addAssessments(assessed(AssessmentStage.INHERENT, 2, 2))
                .build(),
            risk("expired")
                .treatment(Treatment.ACCEPT)
                .acceptance(Acceptance.of("bo", START, LocalDate.of(2026, 3, 31)))
                .addAssessments(assessed(AssessmentStage.INHERENT, 2, 2))
                .build(),
            risk("orphan")
                .addSystems("commerce")
                .addProjects("web")
                .addAssessments(assessed(AssessmentStage.INHERENT, 2, 2))
                .build()
                .withProgramOwner("cy")
                .withSystemOwner("bo"),
            risk("stale")
                .addAssessments(assessed(AssessmentStage.INHERENT, 5, 5))
                .build()
                .withLastReviewed(LocalDate.of(2026, 1, 1)),
            risk("evidence")
                .addControls("waf", "old")
                .addAssessments(assessed(AssessmentStage.INHERENT, 3, 3))
                .build())
        .build();
  }

  /**
   * The register with one risk per treatment rule (RISK-007 to RISK-009), and open actions on the
   * risks above appetite that break another rule.
   */
  static GovernanceModel withTreatments() {
    GovernanceModel m = model();
    List<Risk> risks = new ArrayList<>(m.risks());
    risks.add(
        risk("off-target")
            .targetDate(LocalDate.of(2026, 3, 31))
            .addAssessments(
                assessed(AssessmentStage.RESIDUAL, 4, 4), assessed(AssessmentStage.TARGET, 2, 2))
            .build());
    risks.add(risk("late-action").addAssessments(assessed(AssessmentStage.INHERENT, 2, 2)).build());
    risks.add(risk("untreated").addAssessments(assessed(AssessmentStage.INHERENT, 5, 4)).build());
    return m.withRisks(risks)
        .withMitigationActions(
            action("off-target", ActionStatus.IN_PROGRESS, AS_OF.plusMonths(1)),
            action("late-action", ActionStatus.IN_PROGRESS, LocalDate.of(2026, 5, 1)),
            action("stale", ActionStatus.PLANNED, AS_OF.plusMonths(2)),
            action("worse", ActionStatus.PLANNED, AS_OF.plusMonths(2)),
            action("untreated", ActionStatus.CANCELLED, LocalDate.of(2026, 1, 1)));
  }

  private static MitigationAction action(String risk, ActionStatus status, LocalDate due) {
    return MitigationAction.builder()
        .id(risk + "-action")
        .risk(risk)
        .title("Treat " + risk)
        .owner("ana")
        .coOwner("cy")
        .due(due)
        .status(status)
        .build();
  }

  @Test
  void eachRuleOnItsRisk() {
    RiskRegisterReport report = RiskRegister.standard().review(withTreatments(), AS_OF);
    Map<String, Set<String>> expected =
        Map.ofEntries(
            Map.entry("clean", Set.<String>of()),
            Map.entry("worse", Set.<String>of("RISK-001")),
            Map.entry("free-lunch", Set.<String>of("RISK-002")),
            Map.entry("accepted", Set.<String>of("RISK-003")),
            Map.entry("expired", Set.<String>of("RISK-003")),
            Map.entry("orphan", Set.<String>of("RISK-004")),
            Map.entry("stale", Set.<String>of("RISK-005")),
            Map.entry("evidence", Set.<String>of("RISK-006")),
            Map.entry("off-target", Set.<String>of("RISK-007")),
            Map.entry("late-action", Set.<String>of("RISK-008")),
            Map.entry("untreated", Set.<String>of("RISK-009")));
    expected.forEach(
        (risk, codes) ->
            assertThat(
                    report.findings().findings().stream()
                        .filter(f -> f.subject().risk().orElseThrow().equals(risk))
                        .map(Finding::code)
                        .collect(toSet()))
                .as(risk)
                .isEqualTo(codes));
    assertThat(report.findings().findings())
        .extracting(Finding::toString)
        .contains(
            "ERROR RISK-001 [risk=worse] residual level High is above the inherent level Low",
            "WARNING RISK-002 [risk=free-lunch] residual score 1.6 is below the inherent 6.4 with"
                + " no control applied",
            "ERROR RISK-003 [risk=accepted] accepted without an acceptance record",
            "ERROR RISK-003 [risk=expired] the acceptance by bo expired on 2026-03-31",
            "ERROR RISK-004 [risk=orphan] no owner on the system side: bo owns none of the systems"
                + " [commerce]",
            "ERROR RISK-004 [risk=orphan] no owner on the program side: cy leads none of the"
                + " projects [web] or their programs",
            "WARNING RISK-005 [risk=stale] review was due on 2026-04-01 (Very High risks are"
                + " reviewed every P90D)",
            "WARNING RISK-006 [risk=evidence] control waf claims effectiveness 0.5 with no"
                + " evidence",
            "WARNING RISK-006 [risk=evidence] control old's evidence of 2024-01-01 is older than"
                + " P1Y",
            "WARNING RISK-007 [risk=off-target] residual level High is still above the target level"
                + " Low after the target date 2026-03-31",
            "WARNING RISK-008 [risk=late-action] mitigation action late-action-action ('Treat"
                + " late-action') was due on 2026-05-01 and is in progress",
            "WARNING RISK-009 [risk=untreated] residual score is above the appetite (outside"
                + " tolerance) and no mitigation action is planned or in progress");
    assertThat(
            report.findings().findings().stream()
                .filter(f -> f.code().equals("RISK-008"))
                .flatMap(f -> f.notifyPeople().stream()))
        .as("an overdue action tells its owner and co-owner")
        .containsExactly("ana", "cy");
  }

  @Test
  void everyRiskFindingTellsTheRisksTwoOwnersOnce() {
    GovernanceModel model = withTreatments();
    RiskRegisterReport report = RiskRegister.standard().review(model, AS_OF);
    assertThat(report.findings().findings())
        .isNotEmpty()
        .allSatisfy(
            f -> {
              Risk risk =
                  model.risks().stream()
                      .filter(r -> r.id().equals(f.subject().risk().orElseThrow()))
                      .findFirst()
                      .orElseThrow();
              assertThat(f.notifyPeople())
                  .startsWith(
                      java.util.stream.Stream.of(risk.programOwner(), risk.systemOwner())
                          .distinct()
                          .toArray(String[]::new))
                  .doesNotHaveDuplicates();
            });
  }

  @Test
  void ratesEveryRisk() {
    RiskRegisterReport report = RiskRegister.standard().review(model(), AS_OF);
    RiskRating clean = report.ratings().get(0);
    assertThat(clean.risk()).isEqualTo("clean");
    assertThat(clean.inherent().orElseThrow().result())
        .isCloseTo(8.0, within(1e-12)); // 10 x 4 x 5 / 25
    assertThat(clean.residual().orElseThrow().result()).isCloseTo(4.0, within(1e-12));
    assertThat(clean.level().orElseThrow().level())
        .isEqualTo("Moderate"); // Table I-2: Low likelihood, Very High impact
    assertThat(clean.appetite()).contains(AppetiteStatus.WITHIN_APPETITE);
    assertThat(clean.recommendation()).contains(Treatment.ACCEPT);
    assertThat(clean.nextReview()).contains(LocalDate.of(2027, 6, 1));
    RiskRating evidence =
        report.ratings().stream()
            .filter(r -> r.risk().equals("evidence"))
            .findFirst()
            .orElseThrow();
    // no residual assessment: 3.6 x (1 - (1 - (1 - 0.5)(1 - 0.4))) = 3.6 x 0.3
    assertThat(evidence.residual().orElseThrow().result()).isCloseTo(3.6 * 0.3, within(1e-12));
    RiskRating stale =
        report.ratings().stream().filter(r -> r.risk().equals("stale")).findFirst().orElseThrow();
    assertThat(stale.appetite()).contains(AppetiteStatus.OUTSIDE_TOLERANCE);
    assertThat(stale.recommendation()).contains(Treatment.AVOID);
    RiskRating worse =
        report.ratings().stream().filter(r -> r.risk().equals("worse")).findFirst().orElseThrow();
    assertThat(worse.appetite()).contains(AppetiteStatus.WITHIN_TOLERANCE); // 6.4
    assertThat(worse.recommendation()).contains(Treatment.MITIGATE);
    assertThat(report.top(2))
        .extracting(RiskRating::risk)
        .containsExactly("stale", "worse"); // residual 10 and 6.4
  }

  @Test
  void drawsHeatMaps() {
    RiskRegisterReport report = RiskRegister.standard().review(model(), AS_OF);
    assertThat(report.inherentHeatMap().get(1).get(1))
        .isEqualTo(4); // worse, accepted, expired, orphan at L2 I2
    assertThat(report.inherentHeatMap().get(4).get(4)).isEqualTo(1); // stale
    assertThat(
            report.inherentHeatMap().stream()
                .flatMap(List::stream)
                .mapToInt(Integer::intValue)
                .sum())
        .isEqualTo(8);
    assertThat(
            report.residualHeatMap().stream()
                .flatMap(List::stream)
                .mapToInt(Integer::intValue)
                .sum())
        .isEqualTo(3);
    assertThat(report.residualHeatMap().get(3).get(3)).isEqualTo(1); // worse at L4 I4
  }

  @Test
  void eachMatrixHasADefaultCadenceForEveryLevel() {
    assertThat(RiskRegister.standard().reviewCadence())
        .containsExactlyInAnyOrderEntriesOf(
            ImmutableMap.of(
                "Very High", java.time.Period.ofDays(90),
                "High", java.time.Period.ofDays(180),
                "Moderate", java.time.Period.ofYears(1),
                "Low", java.time.Period.ofYears(1),
                "Very Low", java.time.Period.ofYears(2)));
    assertThat(RiskRegister.builder().matrix(RiskMatrix.threeByThree()).build().reviewCadence())
        .containsExactlyInAnyOrderEntriesOf(
            ImmutableMap.of(
                "High", java.time.Period.ofDays(90),
                "Medium", java.time.Period.ofDays(180),
                "Low", java.time.Period.ofYears(1)));
  }

  @Test
  void rejectsACadenceForALevelTheMatrixLacks() {
    assertThatThrownBy(
            () ->
                RiskRegister.builder()
                    .reviewCadence(ImmutableMap.of("Very high", java.time.Period.ofDays(1)))
                    .build())
        .hasMessage(
            "Invalid governance data: reviewCadence = 'Very high': expected a level of the matrix"
                + " NIST SP 800-30 Rev. 1 Table I-2: Very Low, Low, Moderate, High, Very High");
  }

  @Test
  void severitiesAndCadencesAreConfigurable() {
    RiskRegister lenient =
        RiskRegister.builder()
            .putSeverities(RiskRegisterRule.REVIEW_OVERDUE, Severity.INFO)
            .reviewCadence(ImmutableMap.of("Very High", java.time.Period.ofYears(1)))
            .reviewStage(AssessmentStage.INHERENT)
            .build();
    RiskRegisterReport report = lenient.review(model(), AS_OF);
    assertThat(report.findings().findings(RiskRegisterRule.REVIEW_OVERDUE.code())).isEmpty();
    assertThat(RiskRegisterRule.REVIEW_OVERDUE.defaultSeverity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void reviewDatesFallOnBusinessDaysWithACalendar() {
    // The clean risk, last reviewed on 1 June 2026, is due a year later: Tuesday 1 June 2027, a
    // business day;
    // the stale one, Very High, 90 days after 1 January 2026: Wednesday 1 April 2026. Make 1 April
    // a holiday.
    HolidayCalendar calendar =
        HolidayCalendar.of("X", 2025, 2028, List.of(LocalDate.of(2026, 4, 1)));
    RiskRegisterReport report =
        RiskRegister.builder().calendar(calendar).build().review(model(), AS_OF);
    assertThat(
            report.ratings().stream()
                .filter(r -> r.risk().equals("stale"))
                .findFirst()
                .orElseThrow()
                .nextReview())
        .contains(LocalDate.of(2026, 4, 2));
  }

  @Test
  void rejectsAMatrixThatDoesNotFitTheScales() {
    RiskRegister threeByThree = RiskRegister.builder().matrix(RiskMatrix.threeByThree()).build();
    assertThatThrownBy(() -> threeByThree.review(model(), AS_OF))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: matrix = '3x3': expected a matrix of 5 likelihoods by 5"
                + " impacts, as the model's scales");
    assertThat(model().likelihoodScale()).isEqualTo(OrderedScale.nistFiveLevel("likelihood"));
  }
}
