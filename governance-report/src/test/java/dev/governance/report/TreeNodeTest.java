package dev.governance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TreeNodeTest {

  static TreeNode sample() {
    return TreeNode.builder()
        .label("Shared")
        .score(82.5)
        .tone(Tone.WARNING)
        .trend(Trend.IMPROVING)
        .addChildren(
            TreeNode.builder()
                .label("Availability")
                .value("99.96")
                .score(100.4)
                .tone(Tone.GOOD)
                .build())
        .addChildren(TreeNode.builder().label("Budget").tone(Tone.MISSING).build())
        .build();
  }

  @Test
  void flattensDepthFirst() {
    assertThat(sample().flatten())
        .extracting(TreeNode::label)
        .containsExactly("Shared", "Availability", "Budget");
  }

  @Test
  void rejectsABlankLabelAndANonFiniteScore() {
    assertThatThrownBy(() -> TreeNode.builder().label("").tone(Tone.GOOD).build())
        .hasMessage("Invalid governance data: label = '': expected a non-blank text");
    assertThatThrownBy(
            () -> TreeNode.builder().label("x").score(Double.NaN).tone(Tone.GOOD).build())
        .hasMessageStartingWith("Invalid governance data: score = NaN");
  }
}
