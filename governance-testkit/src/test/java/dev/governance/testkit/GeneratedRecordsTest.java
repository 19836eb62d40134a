package dev.governance.testkit;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import dev.governance.core.kpi.KpiDefinition;
import dev.governance.core.kpi.KpiSource;
import dev.governance.core.kpi.Observation;
import dev.governance.core.kpi.ScorecardNode;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.money.Money;
import dev.governance.core.portfolio.CostReport;
import dev.governance.core.portfolio.InformationSystem;
import dev.governance.core.portfolio.Project;
import dev.governance.core.risk.ActionStatus;
import dev.governance.core.risk.LossSpec;
import dev.governance.core.risk.MitigationAction;
import dev.governance.core.risk.Risk;
import dev.governance.core.risk.RiskScenario;
import dev.governance.core.service.IncidentRecord;
import dev.governance.core.service.OutageRecord;
import dev.governance.core.service.ServiceCount;
import dev.governance.core.time.ReportingPeriod;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The records in generated models: valid, as varied as real ones, and drawn after the rest. */
class GeneratedRecordsTest {

  private static final ModelSize NO_RECORDS =
      ModelSize.builder().recordMonths(0).derivedKpis(0).build();

  @Test
  void everyBudgetedProjectReportsMonthlyInItsBudgetsCurrencyFromItsFirstMonth() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              GovernanceModel model = small(seed);
              Map<String, List<CostReport>> byProject =
                  model.costReports().stream().collect(groupingBy(CostReport::project));
              for (Project p : model.projects()) {
                Money budget = p.budget().orElseThrow();
                List<CostReport> reports = byProject.get(p.id());
                YearMonth first = YearMonth.from(p.start());
                long months = ChronoUnit.MONTHS.between(first, YearMonth.from(p.finish())) + 1;
                assertThat(reports).hasSize((int) Math.min(6, months));
                for (int m = 0; m < reports.size(); m++) {
                  CostReport r = reports.get(m);
                  assertThat(r.period()).isEqualTo(ReportingPeriod.month(first.plusMonths(m)));
                  assertThat(r.currency()).isEqualTo(budget.currency());
                }
              }
            });
  }

  @Test
  void eachSystemHasOverlappingPlannedAndMonthStraddlingOutagesAndEveryKindOfIncident() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              GovernanceModel model = small(seed);
              assertThat(model.systems().get(0).serviceTargets()).isPresent();
              for (InformationSystem system : model.systems()) {
                List<OutageRecord> outages =
                    model.outages().stream()
                        .filter(o -> o.system().equals(system.id()))
                        .collect(toList());
                assertThat(outages).hasSizeGreaterThanOrEqualTo(3);
                assertThat(outages).anyMatch(OutageRecord::planned);
                assertThat(outages)
                    .anyMatch(o -> !month(o.start()).equals(month(o.end().minusNanos(1))));
                assertThat(overlapping(outages)).isTrue();
                List<IncidentRecord> incidents =
                    model.incidents().stream()
                        .filter(i -> i.system().equals(system.id()))
                        .collect(toList());
                assertThat(incidents).hasSizeBetween(6, 12);
                assertThat(incidents)
                    .anyMatch(i -> i.acknowledged().isPresent() && i.resolved().isPresent())
                    .anyMatch(i -> i.acknowledged().isPresent() && i.resolved().isEmpty())
                    .anyMatch(i -> i.acknowledged().isEmpty() && i.resolved().isEmpty())
                    .anyMatch(i -> i.acknowledged().isEmpty() && i.resolved().isPresent());
                assertThat(model.serviceCounts())
                    .anyMatch(
                        c ->
                            c.system().equals(system.id())
                                && c.period()
                                    .equals(ReportingPeriod.month(RecordGenerators.RECORDS_START)));
              }
              assertThat(
                      model.serviceCounts().stream()
                          .map(c -> List.of(c.system(), c.period()))
                          .collect(toList()))
                  .doesNotHaveDuplicates();
            });
  }

  @Test
  void risksHaveScenariosAndCoOwnedActionsOfEveryStatus() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              GovernanceModel model = small(seed);
              Risk first = model.risks().get(0);
              assertThat(model.lossScenarios()).anyMatch(s -> s.risk().equals(first.id()));
              assertThat(model.mitigationActions()).anyMatch(a -> a.risk().equals(first.id()));
              Map<String, Risk> risks =
                  model.risks().stream().collect(Collectors.toMap(Risk::id, r -> r));
              for (RiskScenario s : model.lossScenarios()) {
                assertThat(risks.get(s.risk()).controls()).containsAll(s.controls());
              }
              for (MitigationAction a : model.mitigationActions()) {
                Risk risk = risks.get(a.risk());
                assertThat(Set.of(a.owner(), a.coOwner()))
                    .containsAnyOf(risk.programOwner(), risk.systemOwner());
                a.completedOn().ifPresent(d -> assertThat(d).isAfterOrEqualTo(risk.identifiedOn()));
              }
              if (model.mitigationActions().size() >= ActionStatus.values().length) {
                assertThat(model.mitigationActions().stream().map(MitigationAction::status))
                    .containsAll(EnumSet.allOf(ActionStatus.class));
              }
            });
  }

  @Test
  void derivedKpisAlternateSubjectsAndAreNeitherObservedNorOnTheScorecard() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              GovernanceModel model = small(seed);
              List<KpiDefinition> derived =
                  model.kpis().stream().filter(k -> k.source().isPresent()).collect(toList());
              assertThat(derived).extracting(KpiDefinition::id).startsWith("derived-kpi-1");
              assertThat(derived).hasSize(4);
              for (int i = 0; i < derived.size(); i++) {
                assertThat(derived.get(i).source().orElseThrow().subject())
                    .isEqualTo(i % 2 == 0 ? KpiSource.Subject.SYSTEM : KpiSource.Subject.PORTFOLIO);
              }
              Set<String> ids = derived.stream().map(KpiDefinition::id).collect(Collectors.toSet());
              assertThat(model.observations())
                  .extracting(Observation::kpi)
                  .doesNotContainAnyElementsOf(ids);
              assertThat(leaves(model.scorecards().get(0).children()))
                  .doesNotContainAnyElementsOf(ids);
              Set<String> reported =
                  model.costReports().stream().map(CostReport::project).collect(Collectors.toSet());
              derived.stream()
                  .flatMap(k -> k.project().stream())
                  .forEach(p -> assertThat(reported).contains(p));
            });
  }

  @Test
  void theRecordsAreDrawnAfterEveryOtherPart() {
    qt().withExamples(100)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              GovernanceModel with = small(seed);
              GovernanceModel without =
                  GovernanceModelGenerator.of(NO_RECORDS).generate(new SplittableRandom(seed));
              assertThat(withoutRecords(with)).isEqualTo(withoutRecords(without));
            });
  }

  @Test
  void overManySeedsTheRecordsReachTheirEdgeCases() {
    Set<String> seen = ConcurrentHashMap.newKeySet();
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              GovernanceModel model = small(seed);
              for (ServiceCount c : model.serviceCounts()) {
                note(seen, c.requests() > Integer.MAX_VALUE, "requests above 2^31");
                note(seen, c.requests() == 0, "no requests");
                note(seen, c.requests() > 0 && c.errors() == c.requests(), "only errors");
                note(seen, c.requests() > 0 && c.errors() == 0, "no errors");
              }
              for (IncidentRecord i : model.incidents()) {
                note(
                    seen, i.acknowledged().equals(Optional.of(i.opened())), "acknowledged on open");
                note(
                    seen,
                    i.resolved().isPresent() && i.resolved().equals(i.acknowledged()),
                    "resolved on acknowledgement");
                note(seen, i.opened().getNano() != 0, "opened with milliseconds");
              }
              for (RiskScenario s : model.lossScenarios()) {
                seen.add(s.frequencySpec().kind().code());
                seen.add(s.magnitudeSpec().kind().code());
                note(
                    seen,
                    !(s.frequency() + s.magnitude())
                        .equals((s.frequency() + s.magnitude()).toLowerCase(Locale.ROOT)),
                    "upper-case spec");
                note(seen, s.magnitude().contains("e+"), "exponent in a spec");
                note(seen, s.magnitude().contains(", "), "space in a spec");
                note(seen, isZero(s.frequencySpec()), "zero frequency");
              }
              for (CostReport r : model.costReports()) {
                note(seen, r.earnedValue().signum() == 0, "nothing earned");
                note(seen, r.actualCost().scale() == 0, "whole amounts");
                note(seen, r.actualCost().scale() == 2, "amounts with cents");
              }
              for (InformationSystem s : model.systems()) {
                note(seen, s.serviceTargets().isEmpty(), "system without targets");
                s.serviceTargets().ifPresent(t -> note(seen, t.windowDays() != 30, "window"));
              }
              for (Risk r : model.risks()) {
                note(seen, r.targetDate().isPresent(), "risk target date");
                note(seen, r.targetDate().isEmpty(), "risk without target date");
              }
              for (KpiDefinition k : model.kpis()) {
                k.source().ifPresent(source -> seen.add(source.code()));
                note(seen, k.program().isPresent(), "program KPI");
                note(seen, k.project().isPresent(), "project KPI");
              }
            });
    assertThat(seen)
        .contains(
            "requests above 2^31",
            "no requests",
            "only errors",
            "no errors",
            "acknowledged on open",
            "resolved on acknowledgement",
            "opened with milliseconds",
            "poisson",
            "probability",
            "lognormal90",
            "pert",
            "upper-case spec",
            "exponent in a spec",
            "space in a spec",
            "zero frequency",
            "nothing earned",
            "whole amounts",
            "amounts with cents",
            "system without targets",
            "window",
            "risk target date",
            "risk without target date",
            "program KPI",
            "project KPI")
        .containsAll(
            Stream.of(KpiSource.values()).map(KpiSource::code).collect(Collectors.toList()));
  }

  private static GovernanceModel small(long seed) {
    return GovernanceModelGenerator.small().generate(new SplittableRandom(seed));
  }

  /** Returns the model without the records that depend on the months of records. */
  private static GovernanceModel withoutRecords(GovernanceModel m) {
    return m.withCostReports()
        .withOutages()
        .withIncidents()
        .withServiceCounts()
        .withLossScenarios()
        .withMitigationActions()
        .withKpis(
            m.kpis().stream()
                .filter(k -> k.source().isEmpty())
                .collect(ImmutableList.toImmutableList()));
  }

  private static YearMonth month(Instant instant) {
    return YearMonth.from(instant.atOffset(ZoneOffset.UTC));
  }

  private static boolean overlapping(List<OutageRecord> outages) {
    for (int i = 0; i < outages.size(); i++) {
      for (int j = i + 1; j < outages.size(); j++) {
        OutageRecord a = outages.get(i);
        OutageRecord b = outages.get(j);
        if (a.start().isBefore(b.end()) && b.start().isBefore(a.end())) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> leaves(List<ScorecardNode> nodes) {
    List<String> kpis = new ArrayList<>();
    for (ScorecardNode n : nodes) {
      n.kpi().ifPresent(kpis::add);
      kpis.addAll(leaves(n.children()));
    }
    return kpis;
  }

  private static boolean isZero(LossSpec spec) {
    return spec.parameters().get(0) == 0;
  }

  private static void note(Set<String> seen, boolean condition, String what) {
    if (condition) {
      seen.add(what);
    }
  }
}
