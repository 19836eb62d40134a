package dev.governance.core.risk;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderedScaleTest {

  @Test
  void nistScaleHasFiveQualitativeLevels() {
    OrderedScale nist = OrderedScale.nistFiveLevel("likelihood");
    assertThat(nist.levels())
        .extracting(ScaleLevel::label)
        .containsExactly("Very Low", "Low", "Moderate", "High", "Very High");
    assertThat(nist.lowest()).isEqualTo(ScaleLevel.of(1, "Very Low"));
    assertThat(nist.highest()).isEqualTo(ScaleLevel.of(5, "Very High"));
  }

  @Test
  void looksUpLevelsByValueLabelAndRank() {
    OrderedScale odd =
        OrderedScale.of(
            "impact",
            List.of(
                ScaleLevel.of(1, "Minor"), ScaleLevel.of(3, "Major"), ScaleLevel.of(9, "Severe")));
    assertThat(odd.level(3)).contains(ScaleLevel.of(3, "Major"));
    assertThat(odd.level(2)).isEmpty();
    assertThat(odd.level("severe")).contains(ScaleLevel.of(9, "Severe"));
    assertThat(odd.level("Moderate")).isEmpty();
    assertThat(odd.rank(9)).isEqualTo(2);
    assertThat(odd.rank(4)).isEqualTo(-1);
    assertThat(OrderedScale.threeLevel("x").levels())
        .extracting(ScaleLevel::value)
        .containsExactly(1, 2, 3);
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            OrderedScale.nistFiveLevel("impact"), OrderedScale.nistFiveLevel("impact"))
        .addEqualityGroup(OrderedScale.nistFiveLevel("likelihood"))
        .addEqualityGroup(OrderedScale.threeLevel("impact"))
        .testEquals();
  }

  @Test
  void rejectsBadScales() {
    rejects(
        () -> OrderedScale.of("s", List.of(ScaleLevel.of(1, "Low"))),
        "Invalid governance data: levels = [1 Low]: expected at least two levels");
    rejects(
        () -> OrderedScale.of("s", List.of(ScaleLevel.of(2, "Low"), ScaleLevel.of(2, "High"))),
        "Invalid governance data: levels[1].value = 2: expected a value above the previous level's"
            + " 2");
    rejects(
        () -> OrderedScale.of("s", List.of(ScaleLevel.of(1, "Low"), ScaleLevel.of(2, "low"))),
        "Invalid governance data: levels.label[1] = 'low': expected no repeated entries");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicStaticMethods(OrderedScale.class);
    ValueContract.nullTester().testAllPublicInstanceMethods(OrderedScale.builder());
    ValueContract.nullTester().testAllPublicInstanceMethods(OrderedScale.threeLevel("x"));
  }
}
