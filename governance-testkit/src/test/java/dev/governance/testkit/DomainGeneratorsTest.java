package dev.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.governance.core.portfolio.CostReport;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.core.raci.RaciScheme;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DomainGeneratorsTest {

  static Stream<Arguments> generators() {
    return Stream.of(
        Arguments.of("people", DomainGenerators.people()),
        Arguments.of("roles", DomainGenerators.roles()),
        Arguments.of("roleAssignments", DomainGenerators.roleAssignments()),
        Arguments.of("units", DomainGenerators.units()),
        Arguments.of("money", DomainGenerators.money()),
        Arguments.of("reportingPeriods", DomainGenerators.reportingPeriods()),
        Arguments.of("programs", DomainGenerators.programs()),
        Arguments.of("projects", DomainGenerators.projects()),
        Arguments.of("systems", DomainGenerators.systems()),
        Arguments.of("deliverables", DomainGenerators.deliverables()),
        Arguments.of("milestones", DomainGenerators.milestones()),
        Arguments.of("raciCells", DomainGenerators.raciCells(RaciScheme.RASCI)),
        Arguments.of("raciMatrices", DomainGenerators.raciMatrices(4)),
        Arguments.of("scales", DomainGenerators.scales()),
        Arguments.of("assessments", DomainGenerators.assessments()),
        Arguments.of("controls", DomainGenerators.controls()),
        Arguments.of("acceptances", DomainGenerators.acceptances()),
        Arguments.of("appetites", DomainGenerators.appetites()),
        Arguments.of("risks", DomainGenerators.risks()),
        Arguments.of("perspectives", DomainGenerators.perspectives()),
        Arguments.of("thresholds", DomainGenerators.thresholds()),
        Arguments.of("kpis", DomainGenerators.kpis()),
        Arguments.of("observations", DomainGenerators.observations()),
        Arguments.of("scorecards", DomainGenerators.scorecards()),
        Arguments.of("regulations", DomainGenerators.regulations()),
        Arguments.of("timeLimits", DomainGenerators.timeLimits()),
        Arguments.of("obligations", DomainGenerators.obligations()),
        Arguments.of("events", DomainGenerators.events()),
        Arguments.of("completions", DomainGenerators.completions()),
        Arguments.of("serviceTargets", DomainGenerators.serviceTargets()),
        Arguments.of("outages", DomainGenerators.outages()),
        Arguments.of("incidents", DomainGenerators.incidents()),
        Arguments.of("serviceCounts", DomainGenerators.serviceCounts()),
        Arguments.of("costReports", DomainGenerators.costReports()),
        Arguments.of("costReportHistories", DomainGenerators.costReportHistories()),
        Arguments.of("lossScenarios", DomainGenerators.lossScenarios()),
        Arguments.of("mitigationActions", DomainGenerators.mitigationActions()),
        Arguments.of("derivedKpis", DomainGenerators.derivedKpis()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generators")
  void generatesValidValuesReproducibly(String name, Generator<?> generator) {
    qt().withExamples(200)
        .forAll(longs().all())
        .checkAssert(
            seed ->
                assertThat(generator.generate(new SplittableRandom(seed)))
                    .isNotNull()
                    .isEqualTo(generator.generate(new SplittableRandom(seed))));
  }

  @Test
  void generatedMatricesHaveOneAccountableAndAResponsiblePerRow() {
    qt().withExamples(200)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              RaciMatrix m = DomainGenerators.raciMatrices(5).generate(new SplittableRandom(seed));
              assertThat(m.activities()).hasSize(5);
              m.activities()
                  .forEach(
                      a -> {
                        assertThat(m.rolesWith(a.id(), 'A')).hasSize(1);
                        assertThat(m.rolesWith(a.id(), 'R')).isNotEmpty();
                      });
            });
  }

  @Test
  void raciCellsUseOnlyTheSchemesLetters() {
    qt().withExamples(200)
        .forAll(longs().all())
        .checkAssert(
            seed ->
                assertThat(
                        DomainGenerators.raciCells(RaciScheme.DACI)
                            .generate(new SplittableRandom(seed))
                            .letters())
                    .isSubsetOf(List.of('D', 'A', 'C', 'I')));
  }

  @Test
  void costReportHistoriesStartWithTheFirstMonthAndMissSomeLaterOnes() {
    SplittableRandom random = new SplittableRandom(11);
    int gaps = 0;
    for (int i = 0; i < 200; i++) {
      List<CostReport> reports = DomainGenerators.costReportHistories().generate(random);
      assertThat(reports).isNotEmpty();
      YearMonth first = YearMonth.from(reports.get(0).period().start());
      YearMonth last = YearMonth.from(reports.get(reports.size() - 1).period().start());
      assertThat(reports)
          .extracting(r -> r.period().start())
          .isSortedAccordingTo(Comparator.naturalOrder())
          .doesNotHaveDuplicates();
      gaps += (int) (ChronoUnit.MONTHS.between(first, last) + 1 - reports.size());
    }
    assertThat(gaps).isPositive();
  }
}
