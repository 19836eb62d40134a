package dev.governance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportTest {

  @Test
  void listsTheBlocksOfEverySectionInOrder() {
    Report report =
        Report.builder()
            .title("R")
            .asOf(LocalDate.of(2026, 1, 1))
            .addSections(Section.builder().id("a").title("A").addBlocks(TableTest.sample()).build())
            .addSections(
                Section.builder()
                    .id("b")
                    .title("B")
                    .addBlocks(TableTest.sample().withId("u"))
                    .build())
            .build();
    assertThat(report.blocks()).extracting(Block::id).containsExactly("t", "u");
  }

  @Test
  void rejectsDuplicateIdsAndABlankTitle() {
    assertThatThrownBy(
            () ->
                Report.builder()
                    .title("R")
                    .asOf(LocalDate.of(2026, 1, 1))
                    .addSections(
                        Section.builder().id("t").title("A").addBlocks(TableTest.sample()).build())
                    .build())
        .hasMessageContaining("section and block ids")
        .hasMessageContaining("'t'");
    assertThatThrownBy(() -> Report.builder().title(" ").asOf(LocalDate.of(2026, 1, 1)).build())
        .hasMessage("Invalid governance data: title = ' ': expected a non-blank text");
  }
}
