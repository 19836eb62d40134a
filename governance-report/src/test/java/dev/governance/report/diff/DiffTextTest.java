package dev.governance.report.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.rules.FindingLocator;
import org.junit.jupiter.api.Test;

class DiffTextTest {

  @Test
  void oneLinePerChangeThenTheCounts() {
    assertThat(
            DiffText.render(
                DiffFixtures.DIFF,
                "old.json",
                FindingLocator.NOWHERE,
                "new.json",
                DiffFixtures.AFTER))
        .isEqualTo(
            "+ new.json:7:3: ERROR RACI-001 [activity=pci, matrix=checkout] Activity '<b>PCI</b> |"
                + " [x](http://evil)' has no Accountable\\n"
                + "second line\n"
                + "- old.json: WARNING KPI-001 [kpi=sales] KPI 'Sales' has no data\n"
                + "~ old.json: ERROR GOV-005 [milestone=go-live] Go-live in the freeze (not"
                + " waived)\n"
                + "  -> new.json: ERROR GOV-005 [milestone=go-live] Go-live in the freeze (waived"
                + " by w-freeze until 2026-01-15)\n"
                + "risk new-risk risk: (none) -> A *new* risk\n"
                + "risk stock residual level: Low -> High\n"
                + "kpi sales: no data GREY -> 4.5 RED\n"
                + "kpi visits: 1 GREEN -> (none)\n"
                + "raci checkout pci owner: A/R -> (empty)\n"
                + "milestone go-live: 2026-03-02 -> 2026-03-16\n"
                + "1 findings added, 1 resolved, 1 changed; risk changes 2, KPI changes 2, RACI"
                + " changes 1, milestone changes 1\n");
  }

  @Test
  void controlCharactersInFileNamesCannotBreakALine() {
    String text =
        DiffText.render(
            DiffFixtures.DIFF,
            "evil\nold.json",
            FindingLocator.NOWHERE,
            "new\u001b[2J.json",
            FindingLocator.NOWHERE);
    assertThat(text.lines()).hasSize(11).noneMatch(l -> l.startsWith("old.json"));
    assertThat(text).doesNotContain("\u001b").contains("new\\u001b[2J.json");
  }
}
