package dev.governance.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RaciSheetTest {

  @Test
  void knowsWhereEachActivityAndRoleIs() {
    RaciSheet sheet = RaciCsv.read("r.csv", "r", "Activity,Owner,Lead\n\nPlan,A,R\nBuild,R,A\n");
    assertThat(sheet.activityLines())
        .containsExactly(java.util.Map.entry("plan", 3), java.util.Map.entry("build", 4));
    assertThat(sheet.roleColumns())
        .containsExactly(java.util.Map.entry("owner", 2), java.util.Map.entry("lead", 3));
    assertThat(sheet.roles()).extracting(r -> r.name()).containsExactly("Owner", "Lead");
  }
}
