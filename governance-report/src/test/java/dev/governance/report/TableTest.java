package dev.governance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.GovernanceValidationException;
import org.junit.jupiter.api.Test;

public class TableTest {

  public static Table sample() {
    return Table.builder()
        .id("t")
        .title("Owners")
        .addColumns("Role", "Person")
        .addRows(
            TableRow.of("Owner", "Ann"),
            TableRow.of(com.google.common.collect.ImmutableList.of("Lead", "Bo"), Tone.CRITICAL))
        .note("Two roles.")
        .build();
  }

  @Test
  void isItsOwnTableAndDescribesItself() {
    Table table = sample();
    assertThat(table.asTable()).isSameAs(table);
    assertThat(table.textAlternative())
        .isEqualTo("Owners: a table of 2 rows with columns Role, Person.");
    assertThat(table.rows().get(1).tone()).isEqualTo(Tone.CRITICAL);
    assertThat(table.accept(new NamingVisitor())).isEqualTo("table");
  }

  @Test
  void rejectsRowsOfTheWrongWidthAndTablesWithoutColumns() {
    assertThatThrownBy(
            () ->
                Table.builder()
                    .id("t")
                    .title("T")
                    .addColumns("A", "B")
                    .addRows(TableRow.of("x"))
                    .build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: rows[0].cells = 1: expected 2 cells, one per column");
    assertThatThrownBy(() -> Table.builder().id("t").title("T").build())
        .hasMessage("Invalid governance data: columns = []: expected at least one column");
    assertThatThrownBy(() -> Table.builder().id("bad id").title("T").addColumns("A").build())
        .hasMessageStartingWith("Invalid governance data: id = 'bad id': expected an id");
  }
}
