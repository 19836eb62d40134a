package dev.governance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SectionTest {

  @Test
  void holdsItsBlocksAndSummary() {
    Section section =
        Section.builder()
            .id("risk")
            .title("Risks")
            .summary("Joint register.")
            .addBlocks(TableTest.sample())
            .build();
    assertThat(section.blocks()).hasSize(1);
    assertThat(section.summary()).contains("Joint register.");
  }

  @Test
  void rejectsABadIdAndABlankTitle() {
    assertThatThrownBy(() -> Section.builder().id("a b").title("T").build())
        .hasMessageStartingWith("Invalid governance data: id = 'a b'");
    assertThatThrownBy(() -> Section.builder().id("a").title("").build())
        .hasMessage("Invalid governance data: title = '': expected a non-blank text");
  }
}
