package dev.governance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;

public class HeatMapTest {

  private static HeatMap.Builder builder() {
    return HeatMap.builder()
        .id("h")
        .title("Inherent")
        .rowTitle("Likelihood")
        .columnTitle("Impact")
        .addRows("High", "Low")
        .addColumns("Low", "High");
  }

  public static HeatMap sample() {
    return builder()
        .addCounts(ImmutableList.of(0, 2), ImmutableList.of(1, 0))
        .addTones(
            ImmutableList.of(Tone.WARNING, Tone.CRITICAL),
            ImmutableList.of(Tone.GOOD, Tone.WARNING))
        .build();
  }

  @Test
  void countsReadAsATableAndASentence() {
    HeatMap map = sample();
    assertThat(map.total()).isEqualTo(3);
    assertThat(map.asTable().columns()).containsExactly("Likelihood \\ Impact", "Low", "High");
    assertThat(map.asTable().rows().get(0).cells()).containsExactly("High", "0", "2");
    assertThat(map.textAlternative())
        .isEqualTo(
            "Inherent: 3 on a grid of likelihood by impact; 2 at High x High (Critical); 1 at Low x"
                + " Low (OK).");
    assertThat(map.accept(new NamingVisitor())).isEqualTo("heatMap");
  }

  @Test
  void rejectsGridsThatDoNotMatchTheLabels() {
    assertThatThrownBy(
            () ->
                builder()
                    .addCounts(ImmutableList.of(0, 2))
                    .addTones(ImmutableList.of(Tone.GOOD, Tone.GOOD))
                    .build())
        .hasMessage("Invalid governance data: counts = 1: expected 2 rows, one per row label");
    assertThatThrownBy(
            () ->
                builder()
                    .addCounts(ImmutableList.of(0), ImmutableList.of(1, 0))
                    .addTones(
                        ImmutableList.of(Tone.GOOD, Tone.GOOD),
                        ImmutableList.of(Tone.GOOD, Tone.GOOD))
                    .build())
        .hasMessage("Invalid governance data: counts[0] = 1: expected 2 cells, one per column");
    assertThatThrownBy(
            () ->
                builder()
                    .addCounts(ImmutableList.of(0, -1), ImmutableList.of(1, 0))
                    .addTones(
                        ImmutableList.of(Tone.GOOD, Tone.GOOD),
                        ImmutableList.of(Tone.GOOD, Tone.GOOD))
                    .build())
        .hasMessage("Invalid governance data: counts[0][1] = -1: expected a count, not negative");
  }
}
