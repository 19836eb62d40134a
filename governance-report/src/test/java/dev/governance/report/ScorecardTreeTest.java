package dev.governance.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScorecardTreeTest {

  @Test
  void readsAsAnIndentedTableAndASentence() {
    ScorecardTree tree =
        ScorecardTree.builder().id("s").title("Shared").root(TreeNodeTest.sample()).build();
    assertThat(tree.asTable().rows())
        .extracting(r -> String.join("|", r.cells()))
        .containsExactly(
            "Shared|0||82.5|Attention|\u25B2 improving",
            "Availability|1|99.96|100.4|OK|",
            "Budget|1|||No data|");
    assertThat(tree.textAlternative())
        .isEqualTo("Shared: Shared scores 82.5 (Attention) over 2 nodes, 0 of them critical.");
    assertThat(tree.accept(new NamingVisitor())).isEqualTo("scorecardTree");
  }
}
