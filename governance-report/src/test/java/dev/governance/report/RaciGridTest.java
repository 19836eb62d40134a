package dev.governance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;

class RaciGridTest {

  private static RaciGrid.Builder builder() {
    return RaciGrid.builder()
        .id("g")
        .title("RACI")
        .addActivities("Plan *", "Build")
        .addRoles("Owner", "Lead")
        .addCells(ImmutableList.of("A/R", ""), ImmutableList.of("R", "A"));
  }

  @Test
  void readsAsATableWithFindingsAndASentence() {
    RaciGrid grid =
        builder()
            .addMarks(
                GridMark.builder()
                    .row(0)
                    .code("RACI-005")
                    .message("one person does and approves")
                    .tone(Tone.CRITICAL)
                    .build())
            .addMarks(
                GridMark.builder()
                    .column(1)
                    .code("RACI-008")
                    .message("unstaffed")
                    .tone(Tone.WARNING)
                    .build())
            .note("All rows shown.")
            .build();
    Table table = grid.asTable();
    assertThat(table.columns()).containsExactly("Activity", "Owner", "Lead", "Findings");
    assertThat(table.rows().get(0).cells())
        .containsExactly("Plan *", "A/R", "", "RACI-005 one person does and approves");
    assertThat(table.rows().get(0).tone()).isEqualTo(Tone.CRITICAL);
    assertThat(table.note()).contains("Role findings: Lead: RACI-008 unstaffed. All rows shown.");
    assertThat(grid.textAlternative())
        .isEqualTo(
            "RACI: 2 activities by 2 roles; 2 findings on 1 activities and 1 whole roles (RACI-005,"
                + " RACI-008).");
    assertThat(grid.accept(new NamingVisitor())).isEqualTo("raciGrid");
  }

  @Test
  void rejectsCellsAndMarksOutsideTheGrid() {
    assertThatThrownBy(
            () ->
                RaciGrid.builder()
                    .id("g")
                    .title("R")
                    .addActivities("Plan")
                    .addRoles("Owner")
                    .addCells(ImmutableList.of("A", "R"))
                    .build())
        .hasMessage("Invalid governance data: cells[0] = 2: expected 1 cells, one per role");
    assertThatThrownBy(
            () ->
                builder()
                    .addMarks(
                        GridMark.builder()
                            .row(2)
                            .code("RACI-001")
                            .message("m")
                            .tone(Tone.CRITICAL)
                            .build())
                    .build())
        .hasMessage("Invalid governance data: marks[0].row = 2: expected a row from 0 to 1");
    assertThatThrownBy(
            () ->
                builder()
                    .addMarks(
                        GridMark.builder()
                            .column(5)
                            .code("RACI-001")
                            .message("m")
                            .tone(Tone.CRITICAL)
                            .build())
                    .build())
        .hasMessage("Invalid governance data: marks[0].column = 5: expected a column from 0 to 1");
  }
}
