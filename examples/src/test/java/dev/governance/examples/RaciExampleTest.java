package dev.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RaciExampleTest {

  @Test
  void printsTheReleaseMatrixFindingsAndLoads() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RaciExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("RACI check of 'Platform release': {ERROR=4, WARNING=1, INFO=0}")
        .contains(
            "ERROR RACI-001 [activity=test, matrix=platform-release] Activity 'Test the release'"
                + " has no Accountable")
        .contains(
            "ERROR RACI-002 [activity=go-live, matrix=platform-release] Activity 'Approve go-live'"
                + " has 2 Accountables: program-manager, system-owner")
        .contains(
            "ERROR RACI-004 [activity=migrate, role=qa-lead, matrix=platform-release] Critical"
                + " activity 'Migrate customer data' has no letter for role 'qa-lead'")
        .contains(
            "ERROR RACI-009 [role=program-manager, person=ana, matrix=platform-release] Person"
                + " 'ana' holds conflicting roles 'program-manager' and 'system-owner'")
        .contains(
            "WARNING RACI-011 [role=qa-lead, matrix=platform-release] Role 'qa-lead' has no person"
                + " assigned")
        .contains("load of ana: Accountable 3, Responsible 1");
  }
}
