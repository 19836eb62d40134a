package dev.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PracticeExampleTest {

  @Test
  void printsTheDeliberatePracticeFindingsAndTheCountsPerRole() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PracticeExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(
            text.lines()
                .filter(l -> l.startsWith("  ERROR GOV-") || l.startsWith("  WARNING GOV-")))
        .hasSize(3);
    assertThat(text)
        .contains("ERROR GOV-004 [system=pos, change=cr-pos-terminals]")
        .contains("-> tell program-manager, system-owner")
        .contains(
            "ERROR GOV-005 [program=omni, system=commerce, milestone=click-collect-go-live] Go-live"
                + " 'Click and collect go-live' on 2025-12-08")
        .contains("WARNING GOV-006 [person=fay, system=mobile, document=mobile-runbook]")
        .contains("Governance health: 9 findings from every engine")
        .contains("per system: {commerce=1, mobile=1, pos=1}")
        .contains("per program: {omni=1}");
  }
}
