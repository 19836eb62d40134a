package dev.governance.report.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.report.Report;
import dev.governance.rules.diff.SnapshotDiff;
import org.junit.jupiter.api.Test;

class DiffMarkdownTest {

  @Test
  void theSinceTheLastMeetingPageHasASectionAndACountPerKind() {
    String md = DiffMarkdown.render(DiffFixtures.DIFF, "november.json", "december.json");
    assertThat(md)
        .startsWith(
            "# Since the last meeting\n\ndecember.json (as of 2025-12-31) against november.json"
                + " (as of 2025-11-30): 1 findings added, 1 resolved, 1 changed; risk changes 2,"
                + " KPI changes 2, RACI changes 1, milestone changes 1.\n\nAs of 2025-12-31.\n")
        .contains(
            "## Findings\n\n1 new, 1 resolved, 1 changed.\n",
            "### New findings (1)\n",
            "### Resolved findings (1)\n",
            "### Changed findings (1)\n\n| Code | Subject | Before | After | Message |\n"
                + "| --- | --- | --- | --- | --- |\n"
                + "| GOV-005 | milestone=go-live | ERROR, not waived | ERROR, waived by w-freeze"
                + " until 2026-01-15 | Go-live in the freeze |\n",
            "## Risks\n\n2 changed.\n",
            "| new-risk | risk | (none) | A \\*new\\* risk |\n",
            "| stock | residual level | Low | High |\n",
            "| sales | no data GREY | 4.5 RED |\n",
            "| visits | 1 GREEN | (none) |\n",
            "| checkout | pci | owner | A/R | (empty) |\n",
            "## Milestones\n\n1 changed.\n",
            "| go-live | 2026-03-02 | 2026-03-16 |\n");
  }

  @Test
  void userTextCannotInjectMarkupLinksOrBreakATable() {
    String md = DiffMarkdown.render(DiffFixtures.DIFF, "old.json", "new.json");
    assertThat(md)
        .doesNotContain("<b>", "](http://", "\nsecond line")
        .contains("\\<b\\>PCI\\</b\\> \\| \\[x\\](http\\://evil)");
  }

  @Test
  void noChangeSaysSoInEverySectionWithoutATable() {
    SnapshotDiff empty =
        SnapshotDiff.builder().beforeAsOf(DiffFixtures.DEC).afterAsOf(DiffFixtures.DEC).build();
    Report report = DiffMarkdown.report(empty, "a.json", "b.json");
    assertThat(report.blocks()).isEmpty();
    assertThat(report.subtitle()).hasValueSatisfying(s -> assertThat(s).endsWith(": no change."));
    assertThat(DiffMarkdown.render(empty, "a.json", "b.json"))
        .contains(
            "No finding changed.",
            "No risk changed.",
            "No KPI changed.",
            "No RACI cell changed.",
            "No milestone changed.");
  }
}
