package dev.governance.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.rules.Finding;
import dev.governance.rules.Severity;
import dev.governance.rules.SourceRegion;
import dev.governance.rules.Subject;
import org.junit.jupiter.api.Test;

class RaciSheetTest {

  @Test
  void knowsWhereEachActivityAndRoleIs() {
    RaciSheet sheet =
        RaciWorkbookCsvTest.csv("r.csv", "r", "Activity,Owner,Lead\n\nPlan,A,R\nBuild,R,A\n");
    assertThat(sheet.activityLines())
        .containsExactly(java.util.Map.entry("plan", 3), java.util.Map.entry("build", 4));
    assertThat(sheet.roleColumns())
        .containsExactly(java.util.Map.entry("owner", 2), java.util.Map.entry("lead", 3));
    assertThat(sheet.roles()).extracting(r -> r.name()).containsExactly("Owner", "Lead");
  }

  @Test
  void placesAFindingAtItsActivitysRowInItsRolesColumn() {
    RaciSheet sheet =
        RaciWorkbookCsvTest.csv("r.csv", "r", "Activity,Owner,Lead\n\nPlan,A,R\nBuild,R,A\n");
    assertThat(
            sheet.locator().locate(about(Subject.builder().activity("build").role("lead").build())))
        .contains(SourceRegion.of(4, 3));
    assertThat(sheet.locator().locate(about(Subject.builder().activity("plan").build())))
        .contains(SourceRegion.of(3, 1));
    assertThat(
            sheet
                .locator()
                .locate(about(Subject.builder().activity("plan").role("nobody").build())))
        .contains(SourceRegion.of(3, 1));
    assertThat(sheet.locator().locate(about(Subject.builder().role("lead").build()))).isEmpty();
  }

  private static Finding about(Subject subject) {
    return Finding.builder()
        .code("RACI-004")
        .severity(Severity.ERROR)
        .subject(subject)
        .message("m")
        .build();
  }
}
