package dev.governance.io;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.governance.core.calendar.BusinessDayConvention;
import dev.governance.core.compliance.RegulationKind;
import dev.governance.core.risk.AssessmentStage;
import dev.governance.core.time.PeriodKind;
import dev.governance.rules.Severity;
import dev.governance.rules.deadline.CountingRule;
import dev.governance.rules.deadline.EscalationLadder;
import dev.governance.rules.deadline.EscalationStep;
import dev.governance.rules.kpi.MissingData;
import dev.governance.rules.kpi.RollUp;
import dev.governance.rules.practice.PracticePolicy;
import dev.governance.rules.practice.PracticeRule;
import dev.governance.rules.raci.RaciPolicy;
import dev.governance.rules.raci.RaciRule;
import dev.governance.rules.raci.RolePair;
import dev.governance.rules.risk.RiskRegisterRule;
import dev.governance.rules.steering.WaiverPolicy;
import dev.governance.rules.steering.WaiverRule;
import dev.governance.testkit.Generator;
import java.time.Month;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Generates policies valid by construction with every section and most fields drawn, each enum
 * field over all its constants: severity maps, switched-off rules, limits, both matrices, review
 * cadences, scorecard bands (amber never above green), calendars, zones, counting rules, increasing
 * reminders and escalation ladders, and the deadline window.
 */
final class GovernancePolicyGenerator implements Generator<GovernancePolicy> {

  private static final List<String> CALENDARS = List.of("DE", "US", "GB+US", "DE-BY");
  private static final List<String> ZONES =
      List.of("UTC", "Europe/Berlin", "America/New_York", "Asia/Tokyo", "+05:30");
  private static final List<String> ROLES =
      List.of("system-owner", "program-manager", "steering-committee", "ciso");
  private static final List<String> DOCUMENTS =
      List.of("runbook", "sla", "architecture-diagram", "threat-model", "dpia");
  private static final List<String> REGULATIONS = List.of("gdpr", "dora", "sec-8k", "hipaa");
  private static final List<String> PERSPECTIVES =
      List.of("financial", "customer", "internal-process", "learning-and-growth");

  @Override
  public GovernancePolicy generate(RandomGenerator random) {
    return GovernancePolicy.builder()
        .raci(raci(random))
        .risk(risk(random))
        .scorecard(scorecard(random))
        .practice(practice(random))
        .compliance(compliance(random))
        .waivers(waivers(random))
        .horizonDays(1 + random.nextInt(730))
        .build();
  }

  private static RaciPolicy raci(RandomGenerator random) {
    RaciPolicy.Builder raci =
        RaciPolicy.builder()
            .consultedLimit(random.nextInt(10))
            .accountableLimit(random.nextInt(30))
            .responsibleLimit(random.nextInt(50));
    for (RaciRule rule : RaciRule.values()) {
      if (random.nextInt(4) == 0) {
        raci.addDisabled(rule);
      } else if (random.nextInt(4) == 0) {
        raci.putSeverities(rule, pick(random, Severity.values()));
      }
    }
    if (random.nextBoolean()) {
      raci.addCriticalRequiredRoles(pick(random, ROLES));
      raci.addConflictingRoles(
          RolePair.of(ROLES.get(0), ROLES.get(1 + random.nextInt(ROLES.size() - 1))));
    }
    return raci.build();
  }

  private static RiskPolicy risk(RandomGenerator random) {
    String matrix = pick(random, RiskPolicy.MATRICES);
    RiskPolicy.Builder risk =
        RiskPolicy.builder()
            .matrix(matrix)
            .reviewStage(pick(random, AssessmentStage.values()))
            .evidenceMaxAge(period(random));
    if (random.nextBoolean()) {
      ImmutableMap.Builder<String, Period> cadence = ImmutableMap.builder();
      RiskPolicy.builder().matrix(matrix).build().reviewCadence().keySet().stream()
          .filter(level -> random.nextBoolean())
          .forEach(level -> cadence.put(level, period(random)));
      risk.reviewCadence(cadence.build());
    }
    for (RiskRegisterRule rule : RiskRegisterRule.values()) {
      if (random.nextInt(3) == 0) {
        risk.putSeverities(rule, pick(random, Severity.values()));
      }
    }
    return risk.build();
  }

  private static ScorecardPolicy scorecard(RandomGenerator random) {
    double green = random.nextDouble();
    return ScorecardPolicy.builder()
        .periodKind(pick(random, PeriodKind.values()))
        .fiscalYearStart(pick(random, Month.values()))
        .zone(ZoneId.of(pick(random, ZONES)))
        .missingData(pick(random, MissingData.values()))
        .carryForwardPeriods(1 + random.nextInt(12))
        .rollUp(pick(random, RollUp.values()))
        .trendPeriods(2 + random.nextInt(12))
        .greenFrom(green)
        .amberFrom(green * random.nextDouble())
        .build();
  }

  private static PracticePolicy practice(RandomGenerator random) {
    PracticePolicy.Builder practice =
        PracticePolicy.builder()
            .upgradeLeadBusinessDays(random.nextInt(20))
            .escalationBusinessDays(random.nextInt(20))
            .decisionBusinessDays(random.nextInt(20))
            .requiredDocuments(some(random, DOCUMENTS))
            .personalDataDocuments(some(random, DOCUMENTS))
            .programPerspectives(some(random, PERSPECTIVES))
            .systemPerspectives(some(random, PERSPECTIVES));
    for (PracticeRule rule : PracticeRule.values()) {
      if (random.nextInt(3) == 0) {
        practice.putSeverities(rule, pick(random, Severity.values()));
      }
    }
    return practice.build();
  }

  private static CompliancePolicy compliance(RandomGenerator random) {
    CompliancePolicy.Builder compliance =
        CompliancePolicy.builder()
            .zone(ZoneId.of(pick(random, ZONES)))
            .convention(pick(random, BusinessDayConvention.values()))
            .defaultRule(pick(random, CountingRule.values()))
            .leadTime(period(random))
            .graceBusinessDays(random.nextInt(5));
    if (random.nextBoolean()) {
      compliance.calendar(pick(random, CALENDARS));
    }
    for (String regulation : REGULATIONS) {
      if (random.nextBoolean()) {
        compliance.putCountingRules(regulation, pick(random, CountingRule.values()));
      }
    }
    ImmutableList.Builder<Integer> reminders = ImmutableList.builder();
    for (int i = random.nextInt(4), day = 0; i > 0; i--) {
      day += 1 + random.nextInt(5);
      reminders.add(day);
    }
    for (RegulationKind kind : RegulationKind.values()) {
      if (random.nextBoolean()) {
        compliance.putLadders(kind, EscalationLadder.of(ladder(random)));
      }
    }
    return compliance.reminderBusinessDays(reminders.build()).escalation(ladder(random)).build();
  }

  /** Rungs of a ladder: some of the roles, each once, in increasing business days. */
  private static ImmutableList<EscalationStep> ladder(RandomGenerator random) {
    ImmutableList.Builder<EscalationStep> rungs = ImmutableList.builder();
    int after = -1;
    for (String role : some(random, ROLES)) {
      after += 1 + random.nextInt(10);
      rungs.add(EscalationStep.of(after, role));
    }
    return rungs.build();
  }

  private static WaiverPolicy waivers(RandomGenerator random) {
    ImmutableList<String> approvers = some(random, ROLES);
    WaiverPolicy.Builder waivers =
        WaiverPolicy.builder()
            .approverRoles(approvers.isEmpty() ? ImmutableList.of(pick(random, ROLES)) : approvers)
            .notWaivable(some(random, List.of("GOV-005", "CAL-001", "RACI-002", "WAIVER-003")))
            .reminderBusinessDays(random.nextInt(30));
    for (WaiverRule rule : WaiverRule.values()) {
      if (random.nextInt(3) == 0) {
        waivers.putSeverities(rule, pick(random, Severity.values()));
      }
    }
    return waivers.build();
  }

  private static Period period(RandomGenerator random) {
    return Period.of(random.nextInt(3), random.nextInt(12), random.nextInt(31));
  }

  /** Some of {@code values}, possibly none, in their order. */
  private static ImmutableList<String> some(RandomGenerator random, List<String> values) {
    return values.stream()
        .filter(value -> random.nextBoolean())
        .collect(ImmutableList.toImmutableList());
  }

  private static <T> T pick(RandomGenerator random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  private static <T> T pick(RandomGenerator random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
