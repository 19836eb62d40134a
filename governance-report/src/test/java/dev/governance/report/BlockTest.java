package dev.governance.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlockTest {

  @Test
  void everyBlockOfTheSampleReadsAsATableWithItsIdAndTitleAndDescribesItself() {
    for (Block block : ReportFixtures.dashboard().report().blocks()) {
      Table table = block.asTable();
      assertThat(table.id()).isEqualTo(block.id());
      assertThat(table.title()).isEqualTo(block.title());
      assertThat(block.textAlternative()).startsWith(block.title() + ":").endsWith(".");
    }
  }

  @Test
  void thePermittedBlockTypesAreTheEightKinds() {
    assertThat(Block.class.isSealed()).isTrue();
    assertThat(Block.class.getPermittedSubclasses()).hasSize(8);
  }
}
