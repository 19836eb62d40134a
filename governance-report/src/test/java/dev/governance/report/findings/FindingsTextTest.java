package dev.governance.report.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.report.Texts;
import dev.governance.rules.FindingLocator;
import dev.governance.rules.ValidationReport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindingsTextTest {

  @Test
  void oneLinePerFindingAtItsLineAndColumnThenTheCounts() {
    String text =
        FindingsText.render("model.json", FindingsFixtures.REPORT, FindingsFixtures.LOCATOR);
    assertThat(text.lines()).hasSize(5);
    assertThat(text)
        .contains(
            "model.json:7:3: ERROR RACI-002 [activity=release] Activity 'Ship \"it\"' has 2"
                + " Accountables\\n"
                + "second line\n")
        .contains(
            "model.json: WARNING KPI-002 [kpi=availability] KPI 'Availability' has stale data\n")
        .endsWith("1 errors, 2 warnings, 1 infos\n");
  }

  @Test
  void aFindingInAWorkbookIsAtItsCellInA1Form() {
    assertThat(
            FindingsText.render("raci.xlsx", FindingsFixtures.REPORT, FindingsFixtures.IN_WORKBOOK))
        .contains("raci.xlsx:'Release plan'!C7: ERROR RACI-002 [activity=release] Activity");
  }

  @Test
  void aWaivedFindingSaysByWhichWaiverAndUntilWhenAndTheCountsSayHowManyWereWaived() {
    String text =
        FindingsText.render(
            "model.json",
            ValidationReport.of(List.of(FindingsFixtures.WAIVED, FindingsFixtures.STALE)),
            FindingLocator.NOWHERE);
    assertThat(text)
        .contains(
            "model.json: ERROR GOV-005 [system=commerce, milestone=go-live] Go-live 'Click and"
                + " collect' on 2025-12-08 falls inside commerce's freeze window (waived by"
                + " go-live-accepted until 2026-01-15)\n")
        .endsWith("1 errors, 1 warnings, 0 infos (1 waived)\n");
  }

  @Test
  void aFindingToldToPeopleNamesThemInIdOrder() {
    ValidationReport report =
        ValidationReport.of(
            List.of(
                FindingsFixtures.STALE.withPeople(List.of("cy", "ana")), FindingsFixtures.CUSTOM));
    String text =
        FindingsText.render(
            "model.json",
            report,
            FindingLocator.NOWHERE,
            Map.of("ana", "Ana Lima", "cy", "Cy Wei\nnext"));
    assertThat(text)
        .contains(
            "model.json: WARNING KPI-002 [kpi=availability] KPI 'Availability' has stale data"
                + " (tell: Ana Lima, Cy Wei\\nnext)\n")
        .contains("model.json: WARNING ACME-001 [model] A rule of the embedding application\n");
    assertThat(FindingsText.render("model.json", report, FindingLocator.NOWHERE))
        .as("without names, people are named by their ids")
        .contains("has stale data (tell: ana, cy)\n");
    assertThat(FindingsText.names(FindingsFixtures.CUSTOM, Map.of())).isEmpty();
  }

  @Test
  void noFindingsIsOnlyTheCounts() {
    assertThat(
            FindingsText.render("m.json", ValidationReport.of(List.of()), FindingLocator.NOWHERE))
        .isEqualTo("0 errors, 0 warnings, 0 infos\n");
  }

  @Test
  void controlCharactersInFileNamesAndTextCannotBreakALine() {
    assertThat(Texts.oneLine("a\r\nb\tc\u0007d\u2028e")).isEqualTo("a\\r\\nb\\tc\\u0007d\\u2028e");
    assertThat(
            FindingsText.render(
                    "evil\nname.json", FindingsFixtures.REPORT, FindingsFixtures.LOCATOR)
                .lines())
        .hasSize(5)
        .allSatisfy(line -> assertThat(line).doesNotStartWith("name.json"));
  }

  @Test
  void oneFindingsLineIsTheLineOfTheFullText() {
    assertThat(
            FindingsText.line("model.json", FindingsFixtures.ACCOUNTABLE, FindingsFixtures.LOCATOR))
        .isEqualTo(
            "model.json:7:3: ERROR RACI-002 [activity=release] Activity 'Ship \"it\"' has 2"
                + " Accountables\\nsecond line");
    assertThat(FindingsText.line("m.json", FindingsFixtures.STALE, FindingLocator.NOWHERE))
        .isEqualTo("m.json: WARNING KPI-002 [kpi=availability] KPI 'Availability' has stale data");
  }
}
