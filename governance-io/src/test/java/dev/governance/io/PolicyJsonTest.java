package dev.governance.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.governance.core.compliance.RegulationKind;
import dev.governance.core.risk.AssessmentStage;
import dev.governance.core.time.PeriodKind;
import dev.governance.rules.Severity;
import dev.governance.rules.deadline.CountingRule;
import dev.governance.rules.deadline.EscalationLadder;
import dev.governance.rules.deadline.EscalationStep;
import dev.governance.rules.practice.PracticePolicy;
import dev.governance.rules.practice.PracticeRule;
import dev.governance.rules.raci.RaciPolicy;
import dev.governance.rules.raci.RaciRule;
import dev.governance.rules.raci.RolePair;
import dev.governance.rules.risk.RiskRegisterRule;
import dev.governance.rules.steering.WaiverPolicy;
import dev.governance.rules.steering.WaiverRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.time.Period;
import java.time.ZoneId;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyJsonTest {

  private static final String FULL =
      String.join(
          "\n",
          "{",
          "  \"raci\": {",
          "    \"consultedLimit\": 1,",
          "    \"disabled\": [\"RACI-002\"],",
          "    \"severities\": {\"RACI-006\": \"INFO\"},",
          "    \"conflictingRoles\": [{\"first\": \"requester\", \"second\": \"approver\"}]",
          "  },",
          "  \"risk\": {",
          "    \"matrix\": \"3x3\",",
          "    \"reviewCadence\": {\"High\": \"P30D\", \"Medium\": \"P3M\", \"Low\": \"P1Y\"},",
          "    \"reviewStage\": \"INHERENT\",",
          "    \"evidenceMaxAge\": \"P6M\",",
          "    \"severities\": {\"RISK-005\": \"ERROR\"}",
          "  },",
          "  \"scorecard\": {\"periodKind\": \"QUARTER\", \"fiscalYearStart\": \"APRIL\","
              + " \"greenFrom\": 0.8, \"amberFrom\": 0.5},",
          "  \"practice\": {",
          "    \"requiredDocuments\": [\"runbook\", \"threat-model\"],",
          "    \"upgradeLeadBusinessDays\": 5,",
          "    \"severities\": {\"GOV-006\": \"ERROR\"}",
          "  },",
          "  \"compliance\": {",
          "    \"calendar\": \"DE\",",
          "    \"zone\": \"Europe/Berlin\",",
          "    \"countingRules\": {\"gdpr\": \"REGULATION_1182_71\", \"dora\": \"DORA\"},",
          "    \"reminderBusinessDays\": [10, 3, 1],",
          "    \"graceBusinessDays\": 2,",
          "    \"escalation\": [{\"afterBusinessDays\": 5, \"role\": \"ciso\"},"
              + " {\"afterBusinessDays\": 15, \"role\": \"steering-committee\"}],",
          "    \"ladders\": {\"LAW\": {\"rungs\": [{\"afterBusinessDays\": 1, \"role\": \"dpo\"},"
              + " {\"afterBusinessDays\": 5, \"role\": \"board\"}]}}",
          "  },",
          "  \"waivers\": {",
          "    \"approverRoles\": [\"steering-committee\", \"ciso\"],",
          "    \"notWaivable\": [\"CAL-001\", \"WAIVER-003\"],",
          "    \"reminderBusinessDays\": 5,",
          "    \"severities\": {\"WAIVER-002\": \"ERROR\"}",
          "  },",
          "  \"horizonDays\": 30",
          "}");

  private static final GovernancePolicy FULL_POLICY =
      GovernancePolicy.builder()
          .raci(
              RaciPolicy.builder()
                  .consultedLimit(1)
                  .addDisabled(RaciRule.SEVERAL_ACCOUNTABLE)
                  .putSeverities(RaciRule.IDLE_ROLE, Severity.INFO)
                  .addConflictingRoles(RolePair.of("requester", "approver"))
                  .build())
          .risk(
              RiskPolicy.builder()
                  .matrix("3x3")
                  .reviewCadence(
                      ImmutableMap.of(
                          "High",
                          Period.ofDays(30),
                          "Medium",
                          Period.ofMonths(3),
                          "Low",
                          Period.ofYears(1)))
                  .reviewStage(AssessmentStage.INHERENT)
                  .evidenceMaxAge(Period.ofMonths(6))
                  .putSeverities(RiskRegisterRule.REVIEW_OVERDUE, Severity.ERROR)
                  .build())
          .scorecard(
              ScorecardPolicy.builder()
                  .periodKind(PeriodKind.QUARTER)
                  .fiscalYearStart(Month.APRIL)
                  .greenFrom(0.8)
                  .amberFrom(0.5)
                  .build())
          .practice(
              PracticePolicy.builder()
                  .requiredDocuments(ImmutableList.of("runbook", "threat-model"))
                  .upgradeLeadBusinessDays(5)
                  .putSeverities(PracticeRule.DOCUMENTATION, Severity.ERROR)
                  .build())
          .compliance(
              CompliancePolicy.builder()
                  .calendar("DE")
                  .zone(ZoneId.of("Europe/Berlin"))
                  .putCountingRules("gdpr", CountingRule.REGULATION_1182_71)
                  .putCountingRules("dora", CountingRule.DORA)
                  .reminderBusinessDays(ImmutableList.of(10, 3, 1))
                  .graceBusinessDays(2)
                  .escalation(
                      ImmutableList.of(
                          EscalationStep.of(5, "ciso"),
                          EscalationStep.of(15, "steering-committee")))
                  .putLadders(
                      RegulationKind.LAW,
                      EscalationLadder.of(
                          ImmutableList.of(
                              EscalationStep.of(1, "dpo"), EscalationStep.of(5, "board"))))
                  .build())
          .waivers(
              WaiverPolicy.builder()
                  .approverRoles(ImmutableList.of("steering-committee", "ciso"))
                  .notWaivable(ImmutableList.of("CAL-001", "WAIVER-003"))
                  .reminderBusinessDays(5)
                  .putSeverities(WaiverRule.STALE, Severity.ERROR)
                  .build())
          .horizonDays(30)
          .build();

  @Test
  void theEmptyPolicyIsEveryEnginesStandardConfiguration() {
    assertThat(load("{}")).isEqualTo(GovernancePolicy.builder().build());
  }

  @Test
  void aFullPolicyLoadsToThePolicyBuiltInCode() {
    assertThat(load(FULL)).isEqualTo(FULL_POLICY);
  }

  @Test
  void savedPoliciesNameTheirSchemaAndStateEveryValue() {
    String json = new String(PolicyJson.toBytes(GovernancePolicy.builder().build()), UTF_8);
    assertThat(json)
        .startsWith("{\n  \"$schema\" : \"" + PolicyJson.SCHEMA_ID + "\",\n  \"compliance\" : {\n")
        .contains(
            "\"horizonDays\" : 90,",
            "\"matrix\" : \"nist-800-30\",",
            "\"greenFrom\" : 0.9,",
            "\"consultedLimit\" : 5,")
        .endsWith("}\n");
  }

  @Test
  void saveThenLoadGivesAnEqualPolicy() {
    byte[] json = PolicyJson.toBytes(FULL_POLICY);
    assertThat(PolicyJson.load("policy.json", json)).isEqualTo(FULL_POLICY);
  }

  @Test
  void saveThenLoadGivesAnEqualPolicyForGeneratedPolicies() {
    qt().withExamples(200)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              GovernancePolicy policy =
                  new GovernancePolicyGenerator().generate(new SplittableRandom(seed));
              byte[] json = PolicyJson.toBytes(policy);
              GovernancePolicy loaded = PolicyJson.load("policy.json", json);
              assertThat(loaded).isEqualTo(policy);
              assertThat(PolicyJson.toBytes(loaded)).isEqualTo(json);
            });
  }

  @Test
  void loadsAFile(@TempDir Path dir) throws IOException {
    Path file = Files.write(dir.resolve("governance-policy.json"), FULL.getBytes(UTF_8));
    assertThat(PolicyJson.load(file)).isEqualTo(FULL_POLICY);
  }

  @Test
  void thePublishedSchemaIsTheOneTheLoaderFollows() throws IOException {
    SchemaFiles.assertPublished(PolicyJson.SCHEMA_RESOURCE, PolicyJson.schema());
  }

  static Stream<Arguments> rejectedPolicies() {
    return Stream.of(
        Arguments.of(
            "an unknown field",
            "{\n  \"raci\": {\n    \"consultedLimit\": 1,\n    \"colour\": \"red\"\n  }\n}",
            "policy.json:4:5: $.raci.colour: unknown field; expected one of the fields of"
                + " RaciPolicy: accountableLimit, conflictingRoles, consultedLimit,"
                + " criticalRequiredRoles, disabled, responsibleLimit, severities"),
        Arguments.of(
            "an unknown section",
            "{\"deadlines\": {}}",
            "policy.json:1:2: $.deadlines: unknown field; expected one of the fields of"
                + " GovernancePolicy: compliance, horizonDays, practice, raci, risk, scorecard,"
                + " severities, waivers"),
        Arguments.of(
            "a wrong type",
            "{\n  \"horizonDays\": \"x\"\n}",
            "policy.json:2:18: $.horizonDays: expected an integer, but found 'x'"),
        Arguments.of(
            "an unknown enum constant",
            "{\"risk\": {\"reviewStage\": \"SOMETIMES\"}}",
            "policy.json:1:26: $.risk.reviewStage: expected one of INHERENT, CURRENT, RESIDUAL,"
                + " TARGET, but found 'SOMETIMES'"),
        Arguments.of(
            "an unknown matrix",
            "{\"risk\": {\"matrix\": \"5x5\"}}",
            "policy.json:1:21: $.risk.matrix: found '5x5', expected one of nist-800-30, 3x3"),
        Arguments.of(
            "a zero horizon",
            "{\"horizonDays\": 0}",
            "policy.json:1:17: $.horizonDays: found 0, expected an integer >= 1"),
        Arguments.of(
            "a negative horizon",
            "{\"horizonDays\": -3}",
            "policy.json:1:17: $.horizonDays: found -3, expected an integer >= 1"),
        Arguments.of(
            "amber above green",
            "{\"scorecard\": {\"greenFrom\": 0.5, \"amberFrom\": 0.7}}",
            "policy.json:1:47: $.scorecard.amberFrom: found 0.7, expected a score from 0 to"
                + " greenFrom 0.5"),
        Arguments.of(
            "a reminder on the due date",
            "{\"compliance\": {\"reminderBusinessDays\": [5, 0]}}",
            "policy.json:1:45: $.compliance.reminderBusinessDays[1]: found 0, expected a number of"
                + " business days >= 1"),
        Arguments.of(
            "an escalation out of order",
            "{\"compliance\": {\"escalation\": [\n"
                + "  {\"afterBusinessDays\": 5, \"role\": \"ciso\"},\n"
                + "  {\"afterBusinessDays\": 2, \"role\": \"cfo\"}]}}",
            "policy.json:3:25: $.compliance.escalation[1].afterBusinessDays: found 2, expected more"
                + " than the step before, 5"),
        Arguments.of(
            "an escalation naming a role twice",
            "{\"compliance\": {\"escalation\": [\n"
                + "  {\"afterBusinessDays\": 5, \"role\": \"ciso\"},\n"
                + "  {\"afterBusinessDays\": 8, \"role\": \"ciso\"}]}}",
            "policy.json:3:36: $.compliance.escalation[1].role: found 'ciso', expected a role not"
                + " already on the ladder (escalation[0])"),
        Arguments.of(
            "a ladder out of order",
            "{\"compliance\": {\"ladders\": {\"LAW\": {\"rungs\": [\n"
                + "  {\"afterBusinessDays\": 5, \"role\": \"dpo\"},\n"
                + "  {\"afterBusinessDays\": 5, \"role\": \"board\"}]}}}}",
            "policy.json:3:25: $.compliance.ladders.LAW.rungs[1].afterBusinessDays: found 5,"
                + " expected more than the step before, 5"),
        Arguments.of(
            "a ladder naming a role twice",
            "{\"compliance\": {\"ladders\": {\"FRAMEWORK\": {\"rungs\": [\n"
                + "  {\"afterBusinessDays\": 2, \"role\": \"program-manager\"},\n"
                + "  {\"afterBusinessDays\": 4, \"role\": \"steering-committee\"},\n"
                + "  {\"afterBusinessDays\": 9, \"role\": \"program-manager\"}]}}}}",
            "policy.json:4:36: $.compliance.ladders.FRAMEWORK.rungs[2].role: found"
                + " 'program-manager', expected a role not already on the ladder (rungs[0])"),
        Arguments.of(
            "a ladder for an unknown kind of regulation",
            "{\"compliance\": {\"ladders\": {\"POLICY\": {\"rungs\": []}}}}",
            "policy.json:1:29: $.compliance.ladders.POLICY: expected a key that is one of LAW,"
                + " STANDARD, FRAMEWORK, but found POLICY"),
        Arguments.of(
            "no approving role",
            "{\"waivers\": {\"approverRoles\": []}}",
            "policy.json:1:31: $.waivers.approverRoles: found [], expected at least one role id,"
                + " such as steering-committee"),
        Arguments.of(
            "a malformed code that cannot be waived",
            "{\"waivers\": {\"notWaivable\": [\"gov-5\"]}}",
            "policy.json:1:30: $.waivers.notWaivable[0]: found 'gov-5', expected a rule code such"
                + " as GOV-005"),
        Arguments.of(
            "a code no rule has",
            "{\"waivers\": {\"notWaivable\": [\"GOV-099\"]}}",
            "policy.json:1:30: $.waivers.notWaivable[0]: found 'GOV-099', expected the code of a"
                + " rule the library reports, such as GOV-005"),
        Arguments.of(
            "a negative reminder",
            "{\"waivers\": {\"reminderBusinessDays\": -1}}",
            "policy.json:1:38: $.waivers.reminderBusinessDays: found -1, expected an integer >= 0"),
        Arguments.of(
            "an unknown waiver rule",
            "{\"waivers\": {\"severities\": {\"WAIVER-009\": \"INFO\"}}}",
            "policy.json:1:29: $.waivers.severities.WAIVER-009: expected a key that is one of"
                + " WAIVER-001, WAIVER-002, WAIVER-003, WAIVER-004, but found WAIVER-009"),
        Arguments.of(
            "malformed JSON",
            "{\"horizonDays\": 3,}",
            "policy.json:1:19: $: Unexpected character ('}' (code 125)): was expecting double-quote"
                + " to start field name"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejectedPolicies")
  void rejectsWithALocatedMessage(String what, String json, String message) {
    assertThatThrownBy(() -> load(json)).isInstanceOf(LoadException.class).hasMessage(message);
  }

  @Test
  void anUnreadableFileIsAnUncheckedIoExceptionNamingIt(@TempDir Path dir) {
    Path missing = dir.resolve("missing-policy.json");
    assertThatThrownBy(() -> PolicyJson.load(missing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot read " + missing);
  }

  private static GovernancePolicy load(String json) {
    return PolicyJson.load("policy.json", json.getBytes(UTF_8));
  }
}
