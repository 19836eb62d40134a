package dev.governance.rules.raci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.party.RoleAssignment;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.rules.Severity;
import dev.governance.rules.SharedReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 1 of the RACI issue: the PMBOK responsibility assignment matrix of {@code
 * ../shared/reference/scoring/worked-examples.md} (section "RACI") validates with no ERROR. The
 * file is read in place; the test is skipped, saying so, where it is absent.
 */
class PmbokConformanceTest {

  @Test
  void pmbokMatrixHasNoError() throws IOException {
    Path file = SharedReference.file("scoring/worked-examples.md");
    List<String> table = raciTable(Files.readAllLines(file));
    assertThat(table).as("the RACI table of %s", file).hasSizeGreaterThanOrEqualTo(3);

    List<String> people = cells(table.get(0)).subList(1, cells(table.get(0)).size());
    List<String> roles =
        people.stream().map(p -> p.toLowerCase(Locale.ROOT)).collect(Collectors.toList());
    List<String> rows = new ArrayList<>();
    for (String line : table.subList(2, table.size())) {
      List<String> cells = cells(line);
      rows.add(
          cells.get(0).toLowerCase(Locale.ROOT).replace(' ', '-')
              + ": "
              + String.join(" ", cells.subList(1, cells.size())));
    }
    RaciMatrix pmbok = Matrices.of(String.join(" ", roles), rows.toArray(new String[0]));
    List<RoleAssignment> holders =
        roles.stream().map(r -> RoleAssignment.of(r, List.of(r))).collect(Collectors.toList());

    RaciReport report = RaciValidator.standard().validate(pmbok, holders);

    assertThat(pmbok.activities()).hasSize(4);
    assertThat(report.findings().count(Severity.ERROR))
        .as(report.findings().findings().toString())
        .isZero();
    assertThat(report.isValid()).isTrue();
    assertThat(report.personLoads())
        .filteredOn(l -> l.person().equals("ben"))
        .singleElement()
        .satisfies(l -> assertThat(l.accountable()).isEqualTo(2));
  }

  /** The lines of the first Markdown table after the "## RACI" heading. */
  private static List<String> raciTable(List<String> lines) {
    int heading = lines.indexOf("## RACI");
    assertThat(heading).as("a '## RACI' section").isNotNegative();
    return lines.subList(heading, lines.size()).stream()
        .dropWhile(l -> !l.startsWith("|"))
        .takeWhile(l -> l.startsWith("|"))
        .collect(Collectors.toList());
  }

  private static List<String> cells(String line) {
    String inner = line.substring(1, line.lastIndexOf('|'));
    List<String> cells = new ArrayList<>();
    for (String cell : inner.split("\\|")) {
      cells.add(cell.trim());
    }
    return cells;
  }
}
