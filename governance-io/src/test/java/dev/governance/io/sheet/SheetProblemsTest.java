package dev.governance.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.io.LoadException;
import dev.governance.rules.SourceRegion;
import org.junit.jupiter.api.Test;

class SheetProblemsTest {

  @Test
  void throwsEveryProblemAtOnceInTheOrderFound() {
    SheetProblems problems = new SheetProblems("r.xlsx");
    assertThat(problems.isEmpty()).isTrue();
    problems.throwIfAny();
    problems.add(SourceRegion.cell("Risks", 7, 3), "column 'Impact'", "expected 1-5, got 'Hgh'");
    problems.add(SheetCell.blank(SourceRegion.of(2, 1)), "column 'Id'", "expected an id");
    assertThatThrownBy(problems::throwIfAny)
        .isInstanceOf(LoadException.class)
        .hasMessage(
            "r.xlsx: Risks!C7: column 'Impact': expected 1-5, got 'Hgh'\n"
                + "r.xlsx:2:1: column 'Id': expected an id");
  }

  @Test
  void listsTheFirstThousandAndCountsTheRest() {
    SheetProblems problems = new SheetProblems("r.csv");
    for (int row = 1; row <= SheetProblems.MOST_LISTED + 5; row++) {
      problems.add(SourceRegion.of(row, 1), "column 'Id'", "expected an id");
    }
    assertThatThrownBy(problems::throwIfAny)
        .isInstanceOfSatisfying(
            LoadException.class,
            e -> {
              assertThat(e.problems()).hasSize(SheetProblems.MOST_LISTED + 1);
              assertThat(e.problems().get(SheetProblems.MOST_LISTED).toString())
                  .isEqualTo("r.csv:1000:1: file: 5 more problems not listed (the first 1000 are)");
            });
  }
}
