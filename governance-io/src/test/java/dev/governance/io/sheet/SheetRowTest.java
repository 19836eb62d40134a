package dev.governance.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.governance.rules.SourceRegion;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SheetRowTest {

  @Test
  void aCellPastTheRowsEndIsBlankAndLocatedInItsSheet() {
    SheetRow row =
        SheetRow.of(
            4,
            Optional.of("Release"),
            ImmutableList.of(SheetCell.text(SourceRegion.cell("Release", 4, 1), "Plan")));
    assertThat(row.cell(1).text()).isEqualTo("Plan");
    assertThat(row.cell(30).kind()).isEqualTo(CellKind.BLANK);
    assertThat(row.cell(30).location().a1()).isEqualTo("Release!AD4");
    assertThat(row.isBlank()).isFalse();
    assertThat(SheetRow.of(5, Optional.empty(), ImmutableList.of()).cell(2).location())
        .hasToString("5:2");
  }
}
