package dev.governance.core.raci;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import org.junit.jupiter.api.Test;

class RaciMatrixTest {

  static RaciMatrix.Builder release() {
    return RaciMatrix.builder()
        .id("release")
        .name("Platform release")
        .addActivities(
            RaciActivity.of("plan", "Plan release"),
            RaciActivity.builder().id("deploy").name("Deploy").critical(true).build())
        .addRoles("pm", "so", "ops");
  }

  static RaciMatrix filled() {
    return release()
        .addAssignments(
            RaciAssignment.of("deploy", "ops", "R"),
            RaciAssignment.of("plan", "pm", "A/R"),
            RaciAssignment.of("plan", "so", "C"),
            RaciAssignment.of("deploy", "so", "A"),
            RaciAssignment.of("deploy", "pm", "I"))
        .build();
  }

  @Test
  void usesRaciByDefault() {
    assertThat(filled().scheme()).isEqualTo(RaciScheme.RACI);
  }

  @Test
  void looksUpCellsRowsAndColumnsInMatrixOrder() {
    RaciMatrix m = filled();
    assertThat(m.cell("plan", "pm")).contains(RaciCell.parse("A/R"));
    assertThat(m.cell("plan", "ops")).isEmpty();
    assertThat(m.row("deploy").keySet()).containsExactly("pm", "so", "ops");
    assertThat(m.column("so").keySet()).containsExactly("plan", "deploy");
    assertThat(m.rolesWith("deploy", 'A')).containsExactly("so");
    assertThat(m.rolesWith("plan", 'R')).containsExactly("pm");
    assertThat(m.activitiesWith("pm", 'A')).containsExactly("plan");
    assertThat(m.activitiesWith("ops", 'A')).isEmpty();
    assertThat(m.activity("deploy").map(RaciActivity::critical)).contains(true);
    assertThat(m.activity("missing")).isEmpty();
    assertThat(m.row("missing")).isEmpty();
    assertThat(m.cells().rowKeySet()).containsExactly("plan", "deploy");
    assertThat(m.cells().columnKeySet()).containsExactly("pm", "so", "ops");
  }

  @Test
  void keepsMatrixOrderWhateverTheOrderOfAssignments() {
    RaciMatrix wide =
        RaciMatrix.builder()
            .id("w")
            .name("W")
            .addActivities(
                RaciActivity.of("a1", "A1"),
                RaciActivity.of("a2", "A2"),
                RaciActivity.of("a3", "A3"))
            .addRoles("r1", "r2", "r3", "r4", "r5")
            .addAssignments(
                RaciAssignment.of("a3", "r5", "I"),
                RaciAssignment.of("a2", "r4", "C"),
                RaciAssignment.of("a3", "r1", "A"),
                RaciAssignment.of("a1", "r3", "R"),
                RaciAssignment.of("a2", "r2", "A"),
                RaciAssignment.of("a1", "r5", "A"),
                RaciAssignment.of("a3", "r3", "R"),
                RaciAssignment.of("a1", "r1", "C"),
                RaciAssignment.of("a2", "r5", "R"))
            .build();
    assertThat(wide.cells().rowKeySet()).containsExactly("a1", "a2", "a3");
    assertThat(wide.cells().columnKeySet()).containsExactly("r1", "r2", "r3", "r4", "r5");
    assertThat(wide.row("a1").keySet()).containsExactly("r1", "r3", "r5");
    assertThat(wide.column("r5").keySet()).containsExactly("a1", "a2", "a3");
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(filled(), filled())
        .addEqualityGroup(release().build())
        .addEqualityGroup(release().scheme(RaciScheme.RASCI).build())
        .testEquals();
  }

  @Test
  void reportsEveryStructuralViolationAtOnce() {
    rejects(
        () ->
            release()
                .addAssignments(
                    RaciAssignment.of("plan", "pm", "A"),
                    RaciAssignment.of("build", "cto", "R"),
                    RaciAssignment.of("plan", "pm", "R"))
                .build(),
        "Invalid governance data, 3 violations:\n"
            + "  - assignments[1].activity = 'build': expected one of the matrix's activities\n"
            + "  - assignments[1].role = 'cto': expected one of the matrix's roles\n"
            + "  - assignments[2] = 'plan x pm': expected at most one assignment per cell");
  }

  @Test
  void rejectsRepeatedRowsAndColumns() {
    rejects(
        () -> release().addRoles("pm").build(),
        "Invalid governance data: roles[3] = 'pm': expected no repeated entries");
    rejects(
        () -> release().addActivities(RaciActivity.of("plan", "Again")).build(),
        "Invalid governance data: activities[2] = 'plan': expected no repeated entries");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicInstanceMethods(RaciMatrix.builder());
    ValueContract.nullTester().testAllPublicInstanceMethods(filled());
  }
}
