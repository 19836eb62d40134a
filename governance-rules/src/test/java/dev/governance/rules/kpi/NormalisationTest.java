package dev.governance.rules.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import com.google.common.testing.EqualsTester;
import dev.governance.core.GovernanceValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Normalisations, on the scorecard examples of the shared reference (scoring, "Scorecards"). */
class NormalisationTest {

  @Test
  void bscDesignerPerformanceAndProgress() {
    assertThat(LinearNormalisation.performance(0, 200, false).score(50).result()).isEqualTo(0.25);
    assertThat(LinearNormalisation.performance(0, 100, false).score(16).result())
        .isCloseTo(0.16, within(1e-12));
    assertThat(LinearNormalisation.progress(15, 45).score(16).result())
        .isCloseTo(0.0333, within(5e-5));
    assertThat(LinearNormalisation.progress(15, 45).score(16))
        .hasToString("score = 0.03333333333333333 = min(1, max(0, (16 - 15) / (45 - 15)))");
    assertThat(LinearNormalisation.performance(0, 60, true).score(45).result()).isEqualTo(0.25);
  }

  @Test
  void spiderImpactGoalAndRedFlag() {
    GoalRedFlagNormalisation g = GoalRedFlagNormalisation.of(700, 500);
    assertThat(g.scoreOutOfTen(300).result()).isEqualTo(0);
    assertThat(g.scoreOutOfTen(500).result()).isCloseTo(3.33, within(0.005));
    assertThat(g.scoreOutOfTen(700).result()).isCloseTo(6.67, within(0.005));
    assertThat(g.scoreOutOfTen(900).result()).isCloseTo(10, within(1e-12));
    assertThat(g.score(700).result()).isCloseTo(0.667, within(0.0005));
    GoalRedFlagNormalisation lower = GoalRedFlagNormalisation.of(30, 60);
    assertThat(lower.scoreOutOfTen(30).result()).isCloseTo(6.67, within(0.005));
    assertThat(lower.scoreOutOfTen(90).result()).isEqualTo(0);
  }

  @Test
  void overPerformanceIsClampedCappedOrKept() {
    assertThat(LinearNormalisation.progress(0, 100).score(150).result()).isEqualTo(1.0);
    assertThat(
            LinearNormalisation.builder()
                .zero(0)
                .one(100)
                .limits(ScoreLimits.cappedAt(1.2))
                .build()
                .score(150)
                .result())
        .isEqualTo(1.2);
    assertThat(
            LinearNormalisation.builder()
                .zero(0)
                .one(100)
                .limits(ScoreLimits.uncapped())
                .build()
                .score(150)
                .result())
        .isEqualTo(1.5);
    assertThat(LinearNormalisation.progress(0, 100).score(-10).result()).isEqualTo(0.0);
    assertThat(
            LinearNormalisation.builder()
                .zero(0)
                .one(100)
                .limits(ScoreLimits.uncapped())
                .build()
                .score(150)
                .formula())
        .isEqualTo("max(0, (150 - 0) / (100 - 0))");
  }

  @Test
  void targetBandBinaryAndSteps() {
    TargetBandNormalisation band = TargetBandNormalisation.of(0, 5);
    assertThat(band.score(-4).result()).isEqualTo(1.0);
    assertThat(band.score(7.5).result()).isEqualTo(0.5);
    assertThat(band.score(-12).result()).isEqualTo(0.0);
    assertThat(BinaryNormalisation.of(99.9, false).score(99.95).result()).isEqualTo(1.0);
    assertThat(BinaryNormalisation.of(60, true).score(75))
        .hasToString("score = 0.0 = 75 <= 60 (not met)");
    StepNormalisation steps =
        StepNormalisation.builder()
            .addSteps(ScoreStep.of(90, 0.5), ScoreStep.of(95, 0.8), ScoreStep.of(99, 1))
            .build();
    assertThat(steps.score(89).result()).isEqualTo(0.0);
    assertThat(steps.score(96).result()).isEqualTo(0.8);
    assertThat(steps.score(99.5)).hasToString("score = 1.0 = 99.5 >= 99: step 3");
  }

  @Test
  void higherIsBetterScoresNeverFallWhenTheValueRises() {
    List<Normalisation> higherIsBetter =
        List.of(
            LinearNormalisation.performance(0, 100, false),
            LinearNormalisation.progress(20, 80),
            LinearNormalisation.builder().zero(0).one(100).limits(ScoreLimits.uncapped()).build(),
            GoalRedFlagNormalisation.of(700, 500),
            BinaryNormalisation.of(50, false),
            StepNormalisation.builder()
                .addSteps(ScoreStep.of(10, 0.2), ScoreStep.of(60, 0.9))
                .build());
    qt().forAll(doubles().between(-1000, 1000), doubles().between(0, 500))
        .checkAssert(
            (value, rise) ->
                higherIsBetter.forEach(
                    n ->
                        assertThat(n.score(value + rise).result())
                            .as("%s", n)
                            .isGreaterThanOrEqualTo(n.score(value).result())));
  }

  @Test
  void rejectsBadDefinitions() {
    assertThatThrownBy(() -> LinearNormalisation.progress(45, 45))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: one = 45.0: expected a value other than the zero anchor 45.0"
                + " (target equal to baseline, or max equal to min)");
    assertThatThrownBy(() -> GoalRedFlagNormalisation.of(5, 5))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: redFlag = 5.0: expected a value other than the goal 5.0");
    assertThatThrownBy(() -> TargetBandNormalisation.of(0, 0))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: tolerance = 0.0: expected a finite number > 0");
    assertThatThrownBy(() -> ScoreLimits.cappedAt(0.9))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: maximum = 0.9: expected a finite score >= 1");
    assertThatThrownBy(() -> StepNormalisation.builder().build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: steps = '[]': expected at least one step");
    assertThatThrownBy(
            () ->
                StepNormalisation.builder()
                    .addSteps(ScoreStep.of(5, 1), ScoreStep.of(5, 1))
                    .build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: steps[1].from = 5.0: expected a bound above the previous"
                + " step's 5.0");
    assertThatThrownBy(() -> ScoreStep.of(1, -1))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: score = -1.0: expected a finite number >= 0");
    assertThatThrownBy(() -> LinearNormalisation.progress(0, 1).score(Double.NaN))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: value = NaN: expected a finite number");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(LinearNormalisation.progress(0, 1), LinearNormalisation.progress(0, 1))
        .addEqualityGroup(LinearNormalisation.progress(0, 2))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(ScoreLimits.clamped(), ScoreLimits.cappedAt(1))
        .addEqualityGroup(ScoreLimits.uncapped())
        .testEquals();
  }
}
