package dev.governance.core.kpi;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpiDefinitionTest {

  static KpiDefinition.Builder availability() {
    return KpiDefinition.builder()
        .id("availability")
        .name("Platform availability")
        .unit("%")
        .direction(Direction.HIGHER_IS_BETTER)
        .target(99.95)
        .minimum(0.0)
        .maximum(100.0)
        .perspective("internal-process")
        .aggregation(Aggregation.WEIGHTED_MEAN)
        .updateFrequency(UpdateFrequency.MONTHLY);
  }

  /** An unbounded KPI, scored by its progress from a baseline to the target 45. */
  static KpiDefinition.Builder resolution() {
    return KpiDefinition.builder()
        .id("resolution")
        .name("Mean incident resolution")
        .unit("min")
        .direction(Direction.LOWER_IS_BETTER)
        .target(45)
        .perspective("internal-process")
        .aggregation(Aggregation.LAST)
        .updateFrequency(UpdateFrequency.MONTHLY);
  }

  static KpiDefinition.Builder budgetVariance() {
    return KpiDefinition.builder()
        .id("budget-variance")
        .name("Budget variance")
        .unit("%")
        .direction(Direction.TARGET_RANGE)
        .target(0)
        .perspective("financial")
        .aggregation(Aggregation.LAST)
        .updateFrequency(UpdateFrequency.QUARTERLY);
  }

  @Test
  void weighsOneByDefault() {
    KpiDefinition kpi =
        availability().baseline(99.5).thresholds(StatusThresholds.of(99.95, 99.5)).build();
    assertThat(kpi.weight()).isEqualTo(1.0);
    assertThat(kpi.baseline()).contains(99.5);
    assertThat(
            budgetVariance()
                .tolerance(5.0)
                .thresholds(StatusThresholds.of(5, 10))
                .build()
                .tolerance())
        .contains(5.0);
  }

  @Test
  void acceptsValuesOnTheBoundaries() {
    assertThat(availability().baseline(100.0).build().baseline()).contains(100.0);
    assertThat(availability().baseline(0.0).build().baseline()).contains(0.0);
    assertThat(availability().thresholds(StatusThresholds.of(99.5, 99.5)).build().thresholds())
        .isPresent();
    assertThat(
            budgetVariance()
                .tolerance(5.0)
                .thresholds(StatusThresholds.of(0, 0))
                .build()
                .thresholds())
        .isPresent();
    assertThat(
            KpiDefinition.builder()
                .id("mttr")
                .name("MTTR")
                .unit("min")
                .direction(Direction.LOWER_IS_BETTER)
                .target(45)
                .thresholds(StatusThresholds.of(45, 45))
                .perspective("p")
                .aggregation(Aggregation.MEAN)
                .updateFrequency(UpdateFrequency.MONTHLY)
                .build()
                .thresholds())
        .isPresent();
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(availability().build(), availability().build())
        .addEqualityGroup(availability().weight(2).build())
        .addEqualityGroup(availability().baseline(99.0).build())
        .testEquals();
  }

  @Test
  void rejectsBoundsTargetsAndBaselinesThatDoNotFit() {
    rejects(
        () -> availability().baseline(101.0).build(),
        "Invalid governance data: baseline = 101.0: expected a value <= the maximum 100.0");
    rejects(
        () ->
            KpiDefinition.builder()
                .id("k")
                .name("K")
                .unit("%")
                .direction(Direction.HIGHER_IS_BETTER)
                .target(5)
                .minimum(10.0)
                .maximum(10.0)
                .perspective("p")
                .aggregation(Aggregation.MEAN)
                .updateFrequency(UpdateFrequency.DAILY)
                .build(),
        "Invalid governance data: maximum = 10.0: expected a value above the minimum 10.0");
    rejects(
        () ->
            KpiDefinition.builder()
                .id("k")
                .name("K")
                .unit("%")
                .direction(Direction.HIGHER_IS_BETTER)
                .target(-1)
                .minimum(0.0)
                .perspective("p")
                .aggregation(Aggregation.MEAN)
                .updateFrequency(UpdateFrequency.DAILY)
                .build(),
        "Invalid governance data: target = -1.0: expected a value >= the minimum 0.0");
    rejects(
        () -> availability().weight(-1).build(),
        "Invalid governance data: weight = -1.0: expected a finite number >= 0");
    rejects(
        () -> availability().baseline(Double.NaN).build(),
        "Invalid governance data: baseline = NaN: expected a finite number");
  }

  @Test
  void rejectsABaselineEqualToTheTargetWhenProgressScoresTheKpi() {
    String message =
        "Invalid governance data: baseline = 45.0: expected a value other than the target 45.0:"
            + " without a minimum and maximum, a KPI is scored by its progress from the baseline"
            + " to the target";
    rejects(() -> resolution().baseline(45.0).build(), message);
    rejects(() -> resolution().baseline(45.0).minimum(0.0).build(), message);
    assertThat(resolution().baseline(45.0).minimum(0.0).maximum(480.0).build().baseline())
        .contains(45.0);
    assertThat(availability().baseline(99.95).build().baseline()).contains(99.95);
    assertThat(
            budgetVariance()
                .baseline(0.0)
                .tolerance(5.0)
                .thresholds(StatusThresholds.of(5, 10))
                .build()
                .baseline())
        .contains(0.0);
  }

  @Test
  void requiresAToleranceExactlyForTargetRanges() {
    rejects(
        () -> budgetVariance().build(),
        "Invalid governance data: tolerance = '<missing>': expected a tolerance for a TARGET_RANGE"
            + " KPI");
    rejects(
        () -> budgetVariance().tolerance(0.0).build(),
        "Invalid governance data: tolerance = 0.0: expected a finite number > 0");
    rejects(
        () -> availability().tolerance(1.0).build(),
        "Invalid governance data: tolerance = 1.0: expected no tolerance: it applies to"
            + " TARGET_RANGE KPIs only");
  }

  @Test
  void rejectsThresholdsOrderedAgainstTheDirection() {
    rejects(
        () -> availability().thresholds(StatusThresholds.of(99.0, 99.5)).build(),
        "Invalid governance data: thresholds.green = 99.0: expected a value >= amber 99.5 (higher"
            + " is better)");
    rejects(
        () ->
            KpiDefinition.builder()
                .id("mttr")
                .name("MTTR")
                .unit("min")
                .direction(Direction.LOWER_IS_BETTER)
                .target(45)
                .thresholds(StatusThresholds.of(60, 45))
                .perspective("p")
                .aggregation(Aggregation.MEAN)
                .updateFrequency(UpdateFrequency.MONTHLY)
                .build(),
        "Invalid governance data: thresholds.green = 60.0: expected a value <= amber 45.0 (lower is"
            + " better)");
    rejects(
        () -> budgetVariance().tolerance(5.0).thresholds(StatusThresholds.of(-1, 10)).build(),
        "Invalid governance data: thresholds.green = -1.0: expected a distance from the target >="
            + " 0");
    rejects(
        () -> budgetVariance().tolerance(5.0).thresholds(StatusThresholds.of(10, 5)).build(),
        "Invalid governance data: thresholds.amber = 5.0: expected a distance from the target >="
            + " green 10.0");
  }

  @Test
  void aDerivedKpiNamesWhatItIsComputedFor() {
    KpiDefinition availability =
        availability().source(KpiSource.AVAILABILITY).system("commerce").build();
    assertThat(availability.source()).contains(KpiSource.AVAILABILITY);
    assertThat(availability.system()).contains("commerce");
    assertThat(availability.project()).isEmpty();
    assertThat(availability.program()).isEmpty();
    KpiDefinition cpi =
        budgetVariance().tolerance(0.1).source(KpiSource.CPI).project("web").build();
    assertThat(cpi.project()).contains("web");
    KpiDefinition spi =
        budgetVariance().tolerance(0.1).source(KpiSource.SPI).program("omni").build();
    assertThat(spi.program()).contains("omni");
    KpiDefinition observed = availability().build();
    assertThat(observed.source()).isEmpty();
    assertThat(observed.system()).isEmpty();
    assertThat(availability).isNotEqualTo(observed);
  }

  @Test
  void rejectsASystemSourceWithoutExactlyASystem() {
    rejects(
        () -> availability().source(KpiSource.AVAILABILITY).build(),
        "Invalid governance data: system = '<missing>': expected a system, and no project or"
            + " program, for source availability");
    rejects(
        () -> availability().source(KpiSource.MTTR).project("web").build(),
        "Invalid governance data: system = '<missing>': expected a system, and no project or"
            + " program, for source mttr");
    rejects(
        () ->
            availability().source(KpiSource.ERROR_RATE).system("commerce").program("omni").build(),
        "Invalid governance data: system = 'commerce': expected a system, and no project or"
            + " program, for source errorRate");
  }

  @Test
  void rejectsACostSourceWithoutExactlyOneProjectOrProgram() {
    rejects(
        () -> budgetVariance().tolerance(0.1).source(KpiSource.CPI).build(),
        "Invalid governance data: project = '<missing>': expected exactly one of project and"
            + " program, and no system, for source cpi");
    rejects(
        () ->
            budgetVariance()
                .tolerance(0.1)
                .source(KpiSource.SPI)
                .project("web")
                .program("omni")
                .build(),
        "Invalid governance data: project = 'web': expected exactly one of project and program,"
            + " and no system, for source spi");
    rejects(
        () ->
            budgetVariance()
                .tolerance(5.0)
                .source(KpiSource.COST_VARIANCE_PERCENT)
                .system("commerce")
                .build(),
        "Invalid governance data: system = 'commerce': expected exactly one of project and"
            + " program, and no system, for source costVariancePercent");
    rejects(
        () ->
            budgetVariance()
                .tolerance(5.0)
                .source(KpiSource.SCHEDULE_VARIANCE_DAYS)
                .system("commerce")
                .program("omni")
                .build(),
        "Invalid governance data: system = 'commerce': expected exactly one of project and"
            + " program, and no system, for source scheduleVarianceDays");
  }

  @Test
  void rejectsASubjectWithoutASource() {
    for (KpiDefinition.Builder b :
        List.of(
            availability().system("commerce"),
            availability().project("web"),
            availability().program("omni"))) {
      rejects(
          b::build,
          "Invalid governance data: source = '<missing>': expected a source for a KPI that names a"
              + " system, project or program");
    }
  }

  @Test
  void rejectsSubjectsThatAreNotIdentifiers() {
    rejects(
        () -> availability().source(KpiSource.MTBF).system("the shop").build(),
        "Invalid governance data: system = 'the shop': expected an id of 1 to 128 letters, digits"
            + " or . _ : / + - starting with a letter or digit");
    rejects(
        () -> budgetVariance().tolerance(1.0).source(KpiSource.CPI).project("").build(),
        "Invalid governance data: project = '': expected an id of 1 to 128 letters, digits or . _"
            + " : / + - starting with a letter or digit");
    rejects(
        () -> budgetVariance().tolerance(1.0).source(KpiSource.CPI).program("-omni").build(),
        "Invalid governance data: program = '-omni': expected an id of 1 to 128 letters, digits or"
            + " . _ : / + - starting with a letter or digit");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicInstanceMethods(KpiDefinition.builder());
    ValueContract.nullTester().testAllPublicInstanceMethods(availability().build());
  }
}
