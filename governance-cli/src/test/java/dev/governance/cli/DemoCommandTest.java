package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

  @TempDir
  Path dir;

  @Test
  void writesTheSixFilesAndAOneScreenSummary() {
    Cli.Result result = Cli.run("demo", "--out", dir.toString());
    assertThat(result.code()).isZero();
    for (String file : new String[] {"dashboard.html", "report.md", "model.json", "findings.json", "findings.sarif", "deadlines.ics"}) {
      assertThat(dir.resolve(file)).as(file).isNotEmptyFile();
    }
    assertThat(result.out()).startsWith("Global retailer: omni-channel program, as of 2025-12-31\n")
        .contains("12 projects, 5 systems, 10 people, 3 RACI matrices, 5 risks, 6 KPIs, 5 obligations")
        .contains("findings: 6 ERROR, 1 WARNING, 0 INFO")
        .contains("ERROR CAL-001 [obligation=risk-review]").contains("ERROR GOV-004 [system=pos, change=cr-pos-terminals]").contains("ERROR RACI-002 [activity=release]");
    assertThat(result.out().lines()).hasSizeLessThan(25);
  }
}
